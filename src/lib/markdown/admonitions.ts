/**
 * The RST admonition set, with the title each shows when the author gives none. `admonition` is RST's generic
 * admonition: it has no default title, so one must be given (`:::admonition[Title]`).
 */
export const ADMONITIONS = {
  note: 'Note',
  tip: 'Tip',
  hint: 'Hint',
  important: 'Important',
  attention: 'Attention',
  caution: 'Caution',
  warning: 'Warning',
  danger: 'Danger',
  error: 'Error',
  seealso: 'See also',
  admonition: '',
} as const;

/** The name of an admonition type. */
export type AdmonitionType = keyof typeof ADMONITIONS;

/** Whether a container directive name is an admonition. */
export function isAdmonition(name: string): name is AdmonitionType {
  return Object.hasOwn(ADMONITIONS, name);
}
