// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { neuronDocs } from './src/integrations/neuron-docs.ts';
import { remarkNeuronContent } from './src/lib/markdown/remark-neuron-content.ts';
import { problems } from './src/lib/diagnostics/collector.ts';
import { codeColors } from './src/lib/markdown/code-colors.ts';

export default defineConfig({
  // The public origin, for absolute canonical URLs: set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://neuron-docs.example',
  // The build writes here; the integration moves the site to dist/ only when every gate passed.
  outDir: './.build/out',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), neuronDocs()],
  markdown: {
    // Astro 7's default Markdown processor runs no remark plugins; ours need the unified pipeline.
    processor: unified({
      remarkPlugins: [remarkDirective, [remarkNeuronContent, { report: problems.report }]],
      // Text is kept exactly as written: no curly quotes or dashes the originals do not have.
      smartypants: false,
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, wrap: false, transformers: [codeColors] },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts are always files, never inlined: the site's CSP will allow no inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules start with Astro's own "use astro:head-inject" marker; the bundler's notice about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
