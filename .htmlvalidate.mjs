// @ts-check
/**
 * html-validate's rules for the built site. `npm run test:html` (scripts/validate-html.ts) checks every page of
 * `dist/` with them; editors' html-validate extensions find this file too.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  // Nothing above the repository is merged in.
  root: true,
  elements: ['html5'],
  // recommended: the standard plus accessibility and consistency rules; document: rules for whole documents
  // (doctype, heading levels, aria-labelledby/for pointing at existing ids, subresource integrity).
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // A page's <title> is its title from the original docs plus the site and version ("What changed in “Introducing
    // Packaging and installation changes” from 2.3.0 to Latest — Neuron Docs 2.3.0"): its length is the content's.
    // The 70-character limit is a search-engine heuristic (they cut long titles, they do not refuse them), not HTML.
    'long-title': 'off',
    // Subresource integrity guards files fetched from another origin. The site loads scripts and styles from its
    // own origin only (the CSP's script-src and style-src are 'self'), and Astro writes no `integrity` on its
    // bundles; a script or stylesheet from another origin still needs it.
    'require-sri': ['error', { target: 'crossorigin' }],
    // API entries are anchored as Sphinx anchors them, by their full name (`#torch_neuronx.trace`), so that links
    // into the original site keep working: HTML allows any id without whitespace; the strict form refuses the dots.
    'valid-id': ['error', { relaxed: true }],
  },
});
