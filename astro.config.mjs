// @ts-check
import { defineConfig } from 'astro/config';
import { neuronDocs } from './src/integrations/neuron-docs.ts';

export default defineConfig({
  // The public origin, for absolute canonical URLs: set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://neuron-docs.example',
  // The path the site is published under (`BASE_PATH=/docs/`): see src/lib/site/base-path.ts.
  base: process.env.BASE_PATH ?? '/',
  // The build writes here; the integration moves the site to dist/ only when every gate passed.
  outDir: './.build/out',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages are MDX rendered by the integration's engine in the content layer (src/integrations/README.md).
  integrations: [neuronDocs()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts are always files, never inlined: the site's CSP will allow no inline script.
      assetsInlineLimit: 0,
    },
    // Code loaded on first use (the search dialog) is bundled as a module of its own and fetched by its URL
    // (`?worker&url`), so the scripts every page loads carry no dynamic-import helper.
    worker: { format: 'es' },
  },
});
