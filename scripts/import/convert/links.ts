/**
 * Hyperlinks (`reference` nodes): external URLs stay; a relative link to a page of the original site
 * (`other.html#part`) becomes a link to the page here; any other relative link is made absolute on the original
 * site, where it led.
 */
import { posix } from 'node:path';
import { pageUrl } from '../../../src/lib/content/paths.ts';
import { attr, type DElement } from '../doctree.ts';
import { linkDestination } from '../escape.ts';
import type { Page } from './page.ts';

export const ORIGINAL_SITE = 'https://awsdocs-neuron.readthedocs-hosted.com';

export function referenceLink(node: DElement, text: string, page: Page): string {
  const refuri = attr(node, 'refuri');
  const refid = attr(node, 'refid');
  if (!refuri && refid) return `[${text}](#${page.version.anchorIn(page.docname, refid)})`;
  if (!refuri) return text; // a dangling `name_`: docutils reported it; Sphinx showed the text
  const label = text === '' ? refuri : text;
  return `[${label}](${linkDestination(siteUrl(refuri, page))})`;
}

/** Where a link written in a page leads on this site. */
export function siteUrl(refuri: string, page: Page): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(refuri) || refuri.startsWith('#') || refuri.startsWith('//')) return refuri;
  const [path = '', anchor] = refuri.split('#', 2);
  const resolved = posix.normalize(posix.join('/', page.directory, path)).slice(1);
  const docname = resolved.replace(/\.html$/, '').replace(/\/$/, '/index');
  if (/\.html$|\/$/.test(path) && page.version.docs.has(docname)) {
    const target = anchor ? `#${page.version.anchorIn(docname, anchor)}` : '';
    return `${pageUrl(page.version.id, page.version.slugOf(docname))}${target}`;
  }
  return `${ORIGINAL_SITE}/en/${page.version.project.rtdVersion}/${resolved}${anchor ? `#${anchor}` : ''}`;
}
