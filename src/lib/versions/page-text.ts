import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directive } from 'micromark-extension-directive';
import { toSphinxId } from '../refs/sphinx-id.ts';

/** How the text of a page's directives is found: these need the page's version, so the caller supplies them. */
export interface TextResolvers {
  /** The link text of a `:ref{to="label"}` written without text: the target's title (as Sphinx shows it). */
  refTitle(label: string): string | undefined;
  /** The Markdown source of a partial (`::include{src="name"}`). */
  partial(name: string): string | undefined;
  /** A data table (`::table{src="name"}`) as lines of plain text: caption, header row, body rows. */
  table(name: string): string[] | undefined;
}

/** One section of a page as plain text: the part under a heading, down to the next heading. */
export interface TextSection {
  /** Identity of the section for matching across versions: the heading's Sphinx id (`''` before any heading). */
  key: string;
  /** The heading's text (`''` for the part before the first heading). */
  title: string;
  /** The heading level (1 for the part before the first heading). */
  depth: number;
  /** Paragraphs, list items, code blocks, table rows… in reading order. */
  blocks: string[];
}

const MAX_INCLUDE_DEPTH = 8;
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

// Pages hold no Markdown pipe tables (tables come from data files, `::table`), so only directives are parsed.
function parse(markdown: string) {
  return fromMarkdown(markdown, {
    extensions: [directive()],
    mdastExtensions: [directiveFromMarkdown()],
  });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text of a page as a reader sees it, section by section, from its MDX source: frontmatter and MDX comments
 * dropped, references replaced by their link text, partials and data tables expanded, `::label` lines left out.
 * It works on the source (not the built HTML) so it stays a pure function that the "what changed" pages and the
 * tests call alike.
 */
export function pageSections(source: string, resolvers: TextResolvers): TextSection[] {
  const body = source.replace(FRONTMATTER, '').replace(MDX_COMMENT, '');
  const sections: TextSection[] = [{ key: '', title: '', depth: 1, blocks: [] }];
  const seen = new Map<string, number>();
  for (const node of parse(body).children) {
    if (node.type === 'heading') {
      const title = squash(inline(node.children, body, resolvers));
      const base = toSphinxId(title) || 'section';
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      sections.push({ key: count === 0 ? base : `${base}-${count}`, title, depth: node.depth, blocks: [] });
      continue;
    }
    sections.at(-1)?.blocks.push(...blocks(node, body, resolvers, 0));
  }
  return sections.filter((section) => section.key !== '' || section.blocks.length > 0);
}

function blocks(node: RootContent, source: string, resolvers: TextResolvers, depth: number): string[] {
  const children = (parent: Parent) =>
    (parent.children as RootContent[]).flatMap((child) => blocks(child, source, resolvers, depth));
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const text = squash(inline(node.children, source, resolvers));
      return text ? [text] : [];
    }
    case 'code':
      return node.value ? [node.value] : [];
    case 'list':
      return node.children.flatMap((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '•';
        const [first = '', ...rest] = children(item);
        return [`${marker} ${first}`.trim(), ...rest];
      });
    case 'blockquote':
      return children(node);
    case 'containerDirective': {
      // An admonition: its title (`:::warning[Custom title]`, else the type) opens its first block.
      const labelNode = node.children.find((child) => (child.data as { directiveLabel?: boolean })?.directiveLabel);
      const title =
        labelNode && 'children' in labelNode
          ? squash(inline(labelNode.children as PhrasingContent[], source, resolvers))
          : node.name.charAt(0).toUpperCase() + node.name.slice(1);
      const inner = node.children
        .filter((child) => child !== labelNode)
        .flatMap((child) => blocks(child, source, resolvers, depth));
      const [first = '', ...rest] = inner;
      return [`${title}: ${first}`.trim(), ...rest];
    }
    case 'leafDirective': {
      const name = node.attributes?.['src'];
      if (node.name === 'include' && name && depth < MAX_INCLUDE_DEPTH) {
        const partial = resolvers.partial(name);
        if (partial === undefined) return [];
        const text = partial.replace(MDX_COMMENT, '');
        return parse(text).children.flatMap((child) => blocks(child, text, resolvers, depth + 1));
      }
      if (node.name === 'table' && name) return resolvers.table(name) ?? [];
      return []; // `::label` and anything unknown (the build reports unknown directives)
    }
    default:
      return [];
  }
}

function inline(
  nodes: readonly PhrasingContent[] | readonly Nodes[],
  source: string,
  resolvers: TextResolvers,
): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return ' ';
        case 'image':
          return node.alt ?? '';
        case 'textDirective': {
          if (node.name === 'ref') {
            if (node.children.length > 0) return inline(node.children, source, resolvers);
            const label = node.attributes?.['to'] ?? '';
            return resolvers.refTitle(label) ?? label;
          }
          // Not ours (`10:30`): prose, exactly as written.
          const { start, end } = node.position ?? {};
          return start && end ? source.slice(start.offset, end.offset) : `:${node.name}`;
        }
        default:
          return 'children' in node ? inline(node.children as Nodes[], source, resolvers) : '';
      }
    })
    .join('');
}
