import { createRequire } from 'node:module';

/**
 * The octicons pages may show (`:icon{name="check"}`, RST `:octicon:`), each with the text a screen reader reads
 * for it when it stands alone: `check` in a support matrix means "Yes". An empty text marks an icon that only
 * decorates the words next to it (`:octicon:`rocket` Get started`). A short, reviewed list rather than all 300
 * octicons keeps the pages' visual vocabulary consistent; add a name here to use another one.
 */
export const ICONS = {
  check: 'Yes',
  'check-circle': 'Yes',
  x: 'No',
  'x-circle': 'No',
  dash: 'Not applicable',
  info: '',
  alert: '',
  stop: '',
  question: '',
  'light-bulb': '',
  'link-external': '',
  book: '',
  'mortar-board': '',
  rocket: '',
  gear: '',
  tools: '',
  download: '',
  package: '',
  code: '',
  'file-code': '',
  terminal: '',
  database: '',
  server: '',
  cpu: '',
  cloud: '',
  graph: '',
  pulse: '',
  tag: '',
  'comment-discussion': '',
  'arrow-right': '',
  plus: '',
  star: '',
  zap: '',
} as const satisfies Record<string, string>;

/** The name of an icon pages may show. */
export type IconName = keyof typeof ICONS;

/** Whether `name` is an icon pages may show. */
export const isIconName = (name: string): name is IconName => Object.hasOwn(ICONS, name);

interface Octicon {
  heights: Record<string, { width: number; path: string }>;
}

let octicons: Record<string, Octicon> | undefined;

/**
 * The icon as inline SVG (16 px, `currentColor`, so it takes the text's colour in both colour schemes), hidden from
 * assistive technology: the caller adds the text alternative. No icon font: nothing to download, nothing to fail.
 */
export function iconSvg(name: IconName): string {
  // @primer/octicons is CommonJS with its paths in one JSON file, read once per thread when a page shows an icon.
  octicons ??= createRequire(import.meta.url)('@primer/octicons') as Record<string, Octicon>;
  const icon = octicons[name]?.heights['16'];
  if (!icon) throw new Error(`@primer/octicons has no 16px icon "${name}"`);
  return (
    `<svg class="icon icon-${name}" viewBox="0 0 ${icon.width} 16" width="${icon.width}" height="16" ` +
    `aria-hidden="true" focusable="false">${icon.path}</svg>`
  );
}
