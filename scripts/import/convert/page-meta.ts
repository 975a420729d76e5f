/**
 * Directives that set the page's frontmatter instead of showing in its body: `meta` (description, keywords,
 * other meta tags), `contents` (the on-page table of contents) and ablog's `post` (date and tags).
 */
import { directiveParts, type DElement } from '../doctree.ts';
import type { Block } from '../mdx.ts';
import { siteUrl } from './links.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

export function meta(node: DElement, page: Page): Block[] {
  const { options } = directiveParts(node);
  for (const [name, value] of Object.entries(options)) {
    const content = squash(value ?? '');
    if (name === 'description') {
      // an empty `:description:` is no description: the page falls back to its first paragraph
      if (content) page.meta.description = content;
    } else if (name.toLowerCase() === 'http-equiv=refresh') {
      // docutils wrote `<meta http-equiv="refresh">`: the page sends its readers on; the target, written for
      // the original site, is resolved to where it is here
      const target = /url\s*=\s*(\S+)/i.exec(content)?.[1];
      if (target) page.meta.redirect = siteUrl(target, page);
      else
        page.asOriginal(node, 'meta', 'the page, without sending the reader on', `refresh "${content}" names no URL`);
    } else if (name.includes('=')) {
      page.asOriginal(node, 'meta', 'the page, without this meta tag', `meta "${name}" is not a meta name`);
    } else if (name === 'keywords') {
      page.meta.keywords = content
        .split(',')
        .map((keyword) => keyword.trim())
        .filter(Boolean);
    } else (page.meta.meta ??= {})[name] = content;
  }
  return [];
}

export function contents(node: DElement, page: Page): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['local', 'depth', 'backlinks', 'class']);
  const depth = Number.parseInt(parts.option('depth'), 10);
  page.meta.toc = {
    title: squash(parts.argument) || 'Contents',
    // docutils' default is every level; the site shows at most five below the title
    depth: Number.isFinite(depth) ? Math.min(Math.max(depth, 1), 5) : 5,
  };
  return [];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ablog's post dates (`post_date_format` '%b %d, %Y', with an optional time; ISO dates too) → ISO 8601. */
export function postDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text);
  const named = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text);
  let parts: number[] | undefined;
  if (iso) parts = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0)];
  else if (named) {
    const month = MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase());
    if (month >= 0) parts = [Number(named[3]), month, Number(named[2]), Number(named[4] ?? 0), Number(named[5] ?? 0)];
  }
  if (!parts) return undefined;
  const [year, month, day, hour, minute] = parts as [number, number, number, number, number];
  return new Date(Date.UTC(year, month, day, hour, minute)).toISOString().replace('.000Z', 'Z');
}

export function post(node: DElement, page: Page): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['tags', 'language', 'category', 'author', 'location', 'excerpt', 'exclude', 'nocomments']);
  const date = parts.argument.trim();
  if (date) {
    const iso = postDate(date);
    if (!iso) return page.fail(node, 'directive "post"', `date "${date}" is not a date ablog reads`, 'patch the date');
    page.meta.date = iso;
  }
  const tags = parts
    .option('tags')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length) page.meta.tags = tags;
  return [];
}
