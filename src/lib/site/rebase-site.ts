import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rebaseHtml, rebaseText } from './base-path.ts';

/** Files whose text names URLs of the site: pages, feeds and sitemaps, `llms.txt` and `robots.txt`, twins. */
const REBASED = /\.(html|xml|txt|md)$/;

/**
 * Rebases a built site in place (`outDir`, as Astro wrote it) for publishing under `base`. Pagefind's bundles are
 * left as they are: their result URLs get the base at search time (Pagefind's `baseUrl` option).
 */
export function rebaseBuiltSite(outDir: string, base: string, origin: string): void {
  if (base === '/') return;
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (!REBASED.test(file)) continue;
    const path = join(outDir, file);
    const text = readFileSync(path, 'utf8');
    const rebased = file.endsWith('.html') ? rebaseHtml(text, base, origin) : rebaseText(text, base, origin);
    if (rebased !== text) writeFileSync(path, rebased);
  }
}
