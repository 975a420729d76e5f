/**
 * Every problem the build reports to authors, with a stable code. CONTRIBUTING.md documents each one; the code
 * is printed with the message so authors can look it up.
 */
export const PROBLEMS = {
  'unknown-ref': 'A reference names a label that no page of its version defines',
  'duplicate-label': 'A label is defined twice in one version',
  'unknown-directive': 'A directive that the site does not know',
  'missing-partial': 'An `::include` names a partial that does not exist',
  'invalid-data': 'A data file does not match its schema',
  'missing-table': 'A `::table` names a data file that does not exist',
  'invalid-frontmatter': 'A page’s frontmatter does not match the schema',
  'broken-link': 'An internal link points to a page or anchor that does not exist',
  'missing-attribute': 'A directive lacks a required attribute',
  'duplicate-url': 'Two pages of a version are published at the same URL',
  'unsupported-mdx': 'A page uses MDX that pages cannot hold: imports, JSX or expressions',
  'unknown-page': 'A `:doc` reference or a card link names a page that its version does not have',
  'invalid-attribute': 'A directive attribute has a value the directive cannot take',
  'missing-file': 'An image, a download or an HTML fragment names a file that does not exist',
  'invalid-math': 'A formula (`$…$`, `$$…$$`) is not LaTeX that the math renderer can read',
  'misplaced-directive': 'A directive stands where it does not belong (`:::tab` outside `::::tabs`)',
} as const;

/** A problem code from the catalogue. */
export type ProblemCode = keyof typeof PROBLEMS;
