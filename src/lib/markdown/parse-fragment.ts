import type { PhrasingContent, Root, RootContent } from 'mdast';
import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { PAGE_FEATURES } from '../render/satteri-mdx.ts';
import './node-source.ts'; // the `source` and `raw` fields of node data

/** Where a fragment's text came from, so problems inside it point at the right file and line. */
export interface FragmentSource {
  /** The file as shown to authors. */
  file: string;
  /** Line of the fragment's first line in that file (1-based). */
  line: number;
}

/**
 * Parses Markdown that is not a page of its own — a partial, a table cell — with the same directive syntax as
 * pages, and stamps every node with its source file and line so the shared transforms report problems there.
 */
export function parseFragment(markdown: string, source: FragmentSource): Root {
  // Most table cells and titles are plain words ("Basic", "Tested"): skip the parser for those, it is the
  // larger part of rendering a table.
  if (PLAIN.test(markdown)) return plainFragment(markdown, source);
  const tree = withFootnoteReferences(markdown);
  visit(tree, (node) => {
    const { start, end } = node.position ?? {};
    // A text directive that turns out to be prose (`a:b{c=d}`) gets its exact source back from `raw`.
    const raw =
      node.type === 'textDirective' && start?.offset !== undefined && end?.offset !== undefined
        ? markdown.slice(start.offset, end.offset)
        : undefined;
    // …and whether it is glued to the word before it (`a:b[c]`), which makes it prose.
    const glued = raw !== undefined && /[\p{L}\p{N}]/u.test(markdown.charAt((start?.offset ?? 0) - 1));
    node.data = {
      ...node.data,
      source: { file: source.file, line: source.line + (start ? start.line - 1 : 0), column: start?.column },
      ...(raw === undefined ? {} : { raw }),
      ...(glued ? { glued } : {}),
    };
  });
  return tree;
}

/**
 * GFM reads `[^name]` as a footnote reference only where its definition is in the same document; a fragment's
 * references point at definitions on the page that shows it (a table's footnotes are under the table's page, as
 * in Sphinx). So the fragment is parsed with a definition of each name it references and does not define, and
 * those definitions are dropped: the references stay, and link to the page's notes when the page is rendered.
 */
function withFootnoteReferences(markdown: string): Root {
  const names = new Set([...markdown.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1]!));
  for (const name of names) if (definesFootnote(markdown, name)) names.delete(name);
  if (names.size === 0) return markdownToMdast(markdown, { features: PAGE_FEATURES }) as Root;
  const stubs = [...names].map((name) => `[^${name}]: .`).join('\n\n');
  const tree = markdownToMdast(`${markdown}\n\n${stubs}\n`, { features: PAGE_FEATURES }) as Root;
  const stubbed = new Set([...names].map((name) => name.toLowerCase()));
  tree.children = tree.children.filter(
    (node) => !(node.type === 'footnoteDefinition' && stubbed.has(node.identifier.toLowerCase())),
  );
  return tree;
}

const definesFootnote = (markdown: string, name: string) =>
  markdown.split('\n').some((line) => line.trimStart().startsWith(`[^${name}]:`));

// One line, starting with a letter or `(`, with no character that can begin Markdown, directive or math syntax.
const PLAIN = /^[A-Za-z(][^`*_[\]\\<>&!:{}~|#$\n]*$/;

function plainFragment(text: string, source: FragmentSource): Root {
  const data = { source: { file: source.file, line: source.line, column: 1 } };
  return {
    type: 'root',
    children: [{ type: 'paragraph', data, children: [{ type: 'text', value: text.trimEnd(), data }] }],
  };
}

/** The inline content of a one-paragraph fragment (a table cell), or its blocks when it has several. */
export function fragmentChildren(tree: Root): RootContent[] | PhrasingContent[] {
  const [only] = tree.children;
  if (tree.children.length === 1 && only?.type === 'paragraph') return only.children;
  return tree.children;
}
