import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Entry ids are the file paths as they are (`latest/about-neuron/neuron2.x/…`), so the URLs are the site's own:
// the default ids would drop the dots of folder names.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');

export const collections = {
  docs: defineCollection({ loader: docsLoader({ generateId }), schema: docsSchema() }),
};
