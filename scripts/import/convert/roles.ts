/**
 * Interpreted-text roles → MDX. Cross-references follow Sphinx 5's XRefRole: `title <target>` splits at the last
 * unescaped `<…>`, `:ref:` targets are lower-cased, `~` shortens and `!` disables a Python reference, and each
 * resolves against the release's own labels, documents and API entries (refs are counted in `version.refs`).
 */
import { posix } from 'node:path';
import { resolvePython } from '../api-names.ts';
import { attr, children, type DElement } from '../doctree.ts';
import { codeSpan, escapeText } from '../escape.ts';
import { normalizeLabel } from '../labels.ts';
import { renderAttributes } from '../mdx.ts';
import { docnameJoin } from '../toctree.ts';
import { pythonRoleKind, pythonXref, splitTitle } from '../xref-title.ts';
import { convertInline, markdownLink, plain } from './inline.ts';
import type { Page } from './page.ts';

const unescape = (text: string) => text.replace(/\0/g, '');

const BADGE =
  /^bdg(?:-(link|ref))?(?:-(primary|secondary|success|info|warning|danger|light|muted|dark|white|black))?(-line)?$/;

export function convertRole(node: DElement, page: Page): string {
  const name = attr(node, 'name');
  const text = attr(node, 'value');
  const [domain, kind] = name.includes(':') ? (name.split(':', 2) as [string, string]) : ['', name];
  const extlink = page.version.project.conf.extlinks?.[name];
  if (extlink) return extlinkRole(text, extlink);
  if (name === 'ref' || name === 'std:ref') return refRole(node, text, page);
  if (name === 'doc' || name === 'std:doc') return docRole(node, text, page);
  if (name === 'numref' || name === 'std:numref') return numrefRole(node, text, page);
  if (name === 'download') return downloadRole(node, text, page);
  const pythonKind = pythonRoleKind(name);
  if (pythonKind) return pythonRole(node, pythonKind, text, page);
  if ((domain === 'c' || domain === 'cpp') && kind) return cRole(node, domain, kind, text, page);
  if (name === 'option' || name === 'std:option') return optionRole(node, text, page);
  const badge = BADGE.exec(name);
  if (badge) return badgeRole(node, badge, text, page);
  switch (name) {
    case 'octicon':
      return `:icon${renderAttributes({ name: unescape(text).split(';')[0]!.trim() })}`;
    case 'abbr': {
      const match = /^(.+?)\s*\((.+)\)$/s.exec(unescape(text));
      return match ? `${plain(match[1]!)} (${plain(match[2]!)})` : plain(unescape(text));
    }
    case 'command':
    case 'program':
      return `**${plain(unescape(text))}**`;
    case 'dfn':
      return `*${plain(unescape(text))}*`;
    case 'file':
    case 'samp':
    case 'kbd':
    case 'regexp':
    case 'envvar':
    case 'mimetype':
    case 'makevar':
    case 'mailheader':
    case 'newsgroup':
    case 'keyword':
    case 'token':
      return codeSpan(unescape(text));
    case 'guilabel':
      return plain(unescape(text).replace(/&(?=[^&])/g, ''));
    case 'menuselection':
      return plain(
        unescape(text)
          .replace(/&(?=[^&])/g, '')
          .replace(/\s*-->\s*/g, ' ‣ '),
      );
    case 'pep':
    case 'rfc': {
      const number = Number.parseInt(unescape(text), 10);
      const url =
        name === 'pep'
          ? `https://peps.python.org/pep-${String(number).padStart(4, '0')}/`
          : `https://datatracker.ietf.org/doc/html/rfc${number}.html`;
      return markdownLink(plain(`${name.toUpperCase()} ${number}`), url);
    }
    case 'manpage':
      return `*${plain(unescape(text))}*`;
  }
  return page.fail(
    node,
    `role ":${name}:"${node.a?.['unknown'] ? ' (unknown to docutils and to Sphinx)' : ''}`,
    'the importer does not convert it',
    node.a?.['unknown']
      ? 'Sphinx rendered it as an error: fix the source with a patch in scripts/import/patches.yaml'
      : 'add it to scripts/import/convert/roles.ts (and its MDX form to docs/components.md)',
  );
}

function extlinkRole(text: string, [base, caption]: [string, string | null]): string {
  const { explicit, title, target } = splitTitle(text);
  // Sphinx 4+: a caption without `%s` gets one appended; no caption shows the URL.
  const url = base.includes('%s') ? base.replace('%s', target) : base + target;
  const shown = explicit
    ? title
    : caption === null
      ? url
      : (caption.includes('%s') ? caption : `${caption}%s`).replace('%s', target);
  return markdownLink(plain(shown), url);
}

function refRole(node: DElement, text: string, page: Page): string {
  const { explicit, title, target } = splitTitle(text);
  const label = normalizeLabel(target);
  const resolved = page.version.labels.resolve(label, explicit);
  page.version.refs.use(page, node, 'ref', label, resolved !== undefined);
  if (!resolved) return plain(explicit ? title : target);
  // nbsphinx's document labels (`/path/to/page.ipynb`) name a whole page: a link to the page here
  if (resolved.kind === 'document') {
    const slug = page.version.slugOf(resolved.docname);
    return explicit ? `:doc[${plain(title)}]{to="${slug}"}` : `:doc{to="${slug}"}`;
  }
  return explicit ? `:ref[${plain(title)}]{to="${label}"}` : `:ref{to="${label}"}`;
}

function docRole(node: DElement, text: string, page: Page): string {
  const { explicit, title, target } = splitTitle(text);
  const docname = docnameJoin(page.docname, target.replace(/\.(rst|md|ipynb)$/, ''));
  const resolved = page.version.docs.has(docname);
  page.version.refs.use(page, node, 'doc', docname, resolved);
  // a MyST link's text keeps its markup: the role carries its nodes
  const label = children(node).length > 0 ? convertInline(children(node), page) : plain(title);
  if (!resolved) return label;
  const slug = page.version.slugOf(docname);
  return explicit ? `:doc[${label}]{to="${slug}"}` : `:doc{to="${slug}"}`;
}

function numrefRole(node: DElement, text: string, page: Page): string {
  const { explicit, title, target } = splitTitle(text);
  const label = normalizeLabel(target);
  const number = page.version.numbers.numref(label, explicit ? title : undefined);
  page.version.refs.use(page, node, 'numref', label, number !== undefined);
  if (number === undefined) return plain(title);
  return `:ref[${plain(number)}]{to="${label}"}`;
}

function downloadRole(node: DElement, text: string, page: Page): string {
  const { title, target } = splitTitle(text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return markdownLink(plain(title), target);
  const file = target.startsWith('/') ? target.slice(1) : posix.join(page.directory, target);
  const path = posix.normalize(file);
  const published = page.version.assets.download(path);
  page.version.refs.use(page, node, 'download', path, typeof published === 'string');
  if (typeof published !== 'string') {
    // a file the release lacks is an unresolved reference (the original showed the name without a link too)
    if (published.kind === 'blob') {
      page.loss(
        node,
        'missing-blob',
        `the file name "${title}" without a link`,
        `${path}: blob ${published.blob} is not in the git mirror`,
      );
    }
    return codeSpan(title);
  }
  return `:download[${plain(title)}]{src="${published}"}`;
}

function pythonRole(node: DElement, kind: string, text: string, page: Page): string {
  const { disabled, title, target } = pythonXref(kind, text);
  if (disabled) return codeSpan(title);
  const full = resolvePython(target, kind, page.scope, (name) => page.version.apis.has(name));
  page.version.refs.use(page, node, `py:${kind}`, target, full !== undefined);
  const to = full ?? target.replace(/^\./, '');
  const defaultTitle = kind === 'func' || kind === 'meth' ? `${to}()` : to;
  // the renderer shows an `:api` reference as code: its text is plain text, not a code span inside the code
  const label = title === defaultTitle ? '' : `[${escapeText(title)}]`;
  return `:api${label}${renderAttributes({ to, kind })}`;
}

function cRole(node: DElement, domain: string, kind: string, text: string, page: Page): string {
  const { explicit, title, target } = splitTitle(text);
  const name = target.replace(/^!/, '').replace(/\(\)$/, '');
  const full = page.version.apis.has(name) ? name : undefined;
  page.version.refs.use(page, node, `${domain}:${kind}`, name, full !== undefined);
  const shown = explicit ? title : kind === 'func' ? `${name}()` : name;
  return `:api[${escapeText(shown)}]${renderAttributes({ to: name, kind: `${domain}:${kind}` })}`;
}

function optionRole(node: DElement, text: string, page: Page): string {
  const { explicit, title, target } = splitTitle(text);
  // `program --opt` or `--opt` of the current `.. program::`
  const parts = target.trim().split(/\s+/);
  const full =
    parts.length > 1 ? target.trim() : page.scope.program ? `${page.scope.program} ${target.trim()}` : target.trim();
  const resolved = page.version.apis.has(full);
  page.version.refs.use(page, node, 'option', full, resolved);
  return `:api[${escapeText(explicit ? title : target.trim())}]${renderAttributes({ to: full, kind: 'option' })}`;
}

function badgeRole(node: DElement, match: RegExpExecArray, text: string, page: Page): string {
  const [, link, color, outline] = match;
  // an outline badge (`:bdg-success-line:`) is the variant `success-line`, as docs/components.md names it
  const attributes: Record<string, string | true | undefined> = { variant: `${color ?? 'secondary'}${outline ?? ''}` };
  if (!link) return `:badge[${plain(unescape(text))}]${renderAttributes(attributes)}`;
  const { explicit, title, target } = splitTitle(text);
  if (link === 'ref') {
    const label = normalizeLabel(target);
    const resolved = page.version.labels.resolve(label, explicit);
    page.version.refs.use(page, node, 'ref', label, resolved !== undefined);
    if (resolved) attributes['to'] = label;
    const shown = explicit ? title : (resolved?.title ?? target);
    return `:badge[${plain(shown)}]${renderAttributes(attributes)}`;
  }
  attributes['href'] = target;
  return `:badge[${plain(title)}]${renderAttributes(attributes)}`;
}
