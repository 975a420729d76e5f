import { basename } from 'node:path';
import type { Link, PhrasingContent, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { resolveApi } from '../../refs/api-index.ts';
import { parseRoleKind, ROLE_KIND_NAMES, roleTakesParentheses } from '../../refs/api-kinds.ts';
import { resolveDoc } from '../../refs/registry.ts';
import { suggest } from '../../refs/suggest.ts';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import { invalidAttribute, requireAttribute } from '../transforms/attributes.ts';
import type { TransformContext } from '../transforms/context.ts';

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

/** An `unknown-page` problem: `slug` names no page of the version (the hint lists the closest slugs). */
export function reportUnknownPage(node: RootContent, slug: string, context: TransformContext): void {
  const close = suggest(slug, context.registry.pages.keys());
  context.problems.push({
    code: 'unknown-page',
    ...sourceOf(node, context.pageFile),
    message: `no page "${slug}" in version "${context.version}"`,
    hint:
      (close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}? ` : '') +
      `a page is named by its path under content/docs/${context.version}/, without extension`,
  });
}

/**
 * A link to a page of the version by its slug (`:doc{to="guides/setup"}`, RST `:doc:`), showing the page's title
 * unless text is given. A slug no page has is a problem, with the closest slugs.
 */
export function docNode(node: TextDirective, context: TransformContext): RootContent {
  const slug = requireAttribute(node, 'to', ':doc{to="path/of/page"}` or `:doc[text]{to="path/of/page"}', context);
  if (slug === undefined) return element('span', node.children);
  const page = resolveDoc(context.registry, slug);
  context.dependencies.docs.add(slug);
  if (!page) {
    reportUnknownPage(node, slug, context);
    return element('span', node.children.length > 0 ? node.children : text(slug));
  }
  const link: Link = {
    type: 'link',
    url: page.url,
    children: node.children.length > 0 ? node.children : text(page.title),
    data: { hProperties: { className: ['ref', 'ref-internal', 'ref-doc'] } },
  };
  return link;
}

/**
 * A reference to an API (`:api{to="torch_neuronx.trace" kind="func"}`, RST `:func:` and the other Python, C and C++
 * roles), shown as code: `torch_neuronx.trace()` (functions and methods get parentheses, as in Sphinx) unless text
 * is given. It links to the version's entry for that name, else to the external project that covers it
 * (`external-apis.yaml`); otherwise it is code alone, as Sphinx renders a target it cannot resolve — without a
 * problem, since Sphinx does not warn either, but listed in the build's summary.
 */
export function apiRefNode(node: TextDirective, context: TransformContext): RootContent {
  const usage = ':api{to="module.name" kind="func"}';
  const name = requireAttribute(node, 'to', usage, context);
  const kind = requireAttribute(node, 'kind', usage, context);
  if (name === undefined || kind === undefined) return element('code', node.children);
  if (!parseRoleKind(kind)) invalidAttribute(node, 'kind', kind, { allowed: ROLE_KIND_NAMES }, context);
  const shown = node.children.length > 0 ? node.children : text(roleTakesParentheses(kind) ? `${name}()` : name);
  const code = element('code', shown, { className: ['api-ref'] });
  context.dependencies.apis.add(`${kind}|${name}`);
  const resolved = resolveApi(context.registry.apis, name, kind);
  if (resolved.kind === 'unresolved') {
    context.unresolvedApis.add(name);
    return code;
  }
  const external = resolved.kind === 'external';
  const link: Link = {
    type: 'link',
    url: resolved.url,
    children: [code],
    data: {
      hProperties: {
        className: ['ref', external ? 'ref-external' : 'ref-internal', 'ref-api'],
        ...(external ? { rel: ['external'], title: `${name} (${resolved.project})` } : {}),
      },
    },
  };
  return link;
}

/**
 * A file to download (`:download[text]{src="/downloads/<hash>/<name>"}`, RST `:download:`): a link that downloads
 * it, showing its file name unless text is given. The file must be published from `public/`.
 */
export function downloadNode(node: TextDirective, context: TransformContext): RootContent {
  const src = requireAttribute(node, 'src', ':download[text]{src="/downloads/<hash>/<name>"}', context);
  if (src === undefined) return element('span', node.children);
  checkPublicFile(node, src, 'src', context);
  const children = node.children.length > 0 ? node.children : text(basename(src));
  const link: Link = {
    type: 'link',
    url: src,
    children: [element('code', children)],
    data: { hProperties: { className: ['download'], download: true } },
  };
  return link;
}

/**
 * Checks that a site path (`/images/a.png`) names a file published from `public/` (`missing-file` otherwise).
 * A full URL (`https://…`) is not checked: the build has no network.
 */
export function checkPublicFile(node: RootContent, path: string, attribute: string, context: TransformContext): void {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return;
  const file = context.paths.publicFile(path.split(/[?#]/)[0] ?? path);
  if (file && context.exists(file)) return;
  context.problems.push({
    code: 'missing-file',
    ...sourceOf(node, context.pageFile),
    message: `${attribute}="${path}" names no file in public/`,
    hint: file
      ? `put the file at ${context.paths.displayPath(file)}, or fix the path`
      : 'write the path from the site root, e.g. `/images/diagram.png` for public/images/diagram.png',
  });
}
