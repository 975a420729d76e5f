import type { PageMap } from './page-map.ts';
import type { LegacyRedirectEntry } from './legacy-urls-schema.ts';

/** A static redirect page to emit: the original path and where it leads now. */
export interface LegacyRedirect {
  /** Original path without its leading `/en/`: the `[...path]` parameter (`latest/about-neuron/sdk-policy.html`). */
  param: string;
  path: string;
  /** URL of the page on this site (`/latest/about-neuron/sdk-policy/`); the redirect adds the reader's `#anchor`. */
  target: string;
  title: string;
}

/** An entry whose page does not exist: its index in the file, to report at its line. */
export interface UnknownLegacyTarget {
  index: number;
  message: string;
}

/**
 * Resolves each legacy address to the URL of its page through the page map (by page id, so a page that moves keeps
 * its redirects). Entries naming a page that does not exist come back as problems, never as redirects to nowhere.
 */
export function resolveLegacyRedirects(
  entries: readonly LegacyRedirectEntry[],
  map: PageMap,
): { redirects: LegacyRedirect[]; unknown: UnknownLegacyTarget[] } {
  const redirects: LegacyRedirect[] = [];
  const unknown: UnknownLegacyTarget[] = [];
  entries.forEach((entry, index) => {
    const page = map.find(entry.pageId, entry.version);
    const target = map.urlOf(entry.pageId, entry.version);
    if (!page || !target) {
      unknown.push({
        index,
        message: `"${entry.path}" maps to page "${entry.pageId}" of version "${entry.version}", which does not exist`,
      });
      return;
    }
    redirects.push({ param: entry.path.replace(/^\/en\//, ''), path: entry.path, target, title: page.title });
  });
  return { redirects, unknown };
}
