import type { Plugin } from 'vite';

/** What the site's routes need from the build that is not content: see `src/site-context.d.ts`. */
export interface SiteContext {
  /** Folder of the rendered pages (`src/lib/render/render-store.ts`). */
  renderDir: string;
  /**
   * Whether a page with problems fails as it is served (the dev server, whose overlay shows them); a build
   * collects them all and reports them together at the end instead.
   */
  throwProblems: boolean;
}

const ID = 'virtual:neuron-docs/context';

/**
 * Hands the site's routes the values the integration works out from Astro's config, as a virtual module (as
 * Starlight does with its user config): routes then never look at the working directory.
 */
export function siteContextPlugin(context: SiteContext): Plugin {
  const resolved = `\0${ID}`;
  return {
    name: 'neuron-docs:context',
    resolveId: (id) => (id === ID ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? Object.entries(context)
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n')
        : undefined,
  };
}
