import type { TextSection } from '../render/text-sections.ts';

/** What a reference's preview shows: the target's title and the start of its text. */
export interface Preview {
  title: string;
  text: string;
}

/** The longest preview text, in characters: about three lines of the preview box. */
export const PREVIEW_LENGTH = 280;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max = PREVIEW_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // room for the ellipsis; a cut just before a space keeps its last word
  const cut = flat.slice(0, max - 1);
  const space = flat[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** What a link leads to, as far as its preview needs: the target page and, for a section, its anchor and title. */
export interface PreviewTarget {
  /** The page's title and description (its preview when the link is to the page as a whole). */
  page: { title: string; description: string };
  /** The page's text, section by section (the render's `sections`). */
  sections: readonly TextSection[];
  /** The anchor of the link (`''` for the page). */
  anchor: string;
  /** The title the label gives its section (a label on a heading has the heading's id or its own). */
  sectionTitle?: string | undefined;
}

/**
 * The preview of a link: for the page, its title and description; for a section, the section's title and its
 * first block of text (the section is found by its heading's id, else by the label's title: a label's anchor is
 * not the heading's id). A section that cannot be found, or has no text, previews with its title alone.
 */
export function previewOf({ page, sections, anchor, sectionTitle }: PreviewTarget): Preview {
  if (!anchor) return { title: page.title, text: shorten(page.description) };
  const section =
    sections.find((candidate) => candidate.key === anchor) ??
    (sectionTitle ? sections.find((candidate) => candidate.title === sectionTitle) : undefined);
  const title = section?.title || sectionTitle || page.title;
  return { title, text: shorten(section?.blocks[0] ?? '') };
}
