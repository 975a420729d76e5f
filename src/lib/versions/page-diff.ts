import { diffArrays, diffWords } from 'diff';
import type { TextSection } from '../render/text-sections.ts';

/** A run of text in a word-level diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One block (paragraph, list item, table row…) of a section diff. */
export type BlockDiff =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  /** A block edited in place: its words, with the added and removed runs marked. */
  | { kind: 'changed'; parts: DiffPart[] };

/** How one section differs: present in both (same or changed), or only in one of the two pages. */
export interface SectionDiff {
  key: string;
  /** The heading in the newer page (in the older one for a removed section); `''` before the first heading. */
  title: string;
  depth: number;
  status: 'same' | 'changed' | 'added' | 'removed';
  blocks: BlockDiff[];
}

/** The text diff of a page between an older version and a newer one. */
export interface PageDiff {
  sections: SectionDiff[];
  /** Whether any text differs. */
  changed: boolean;
}

/**
 * Below this share of unchanged characters, an edited block reads better as "removed" + "added" than as a word
 * diff that is mostly markup.
 */
const MIN_SIMILARITY = 0.5;

function wordDiff(older: string, newer: string): BlockDiff[] {
  const changes = diffWords(older, newer);
  const same = changes.filter((c) => !c.added && !c.removed).reduce((sum, c) => sum + c.value.length, 0);
  if (same / Math.max(older.length, newer.length, 1) < MIN_SIMILARITY)
    return [
      { kind: 'removed', text: older },
      { kind: 'added', text: newer },
    ];
  const parts = changes.map((c): DiffPart => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
  return [{ kind: 'changed', parts }];
}

/**
 * Diffs two lists of blocks: unchanged blocks are kept, and a run of removed blocks followed by a run of added ones
 * is paired up in order, so an edited paragraph shows its changed words rather than two whole paragraphs.
 */
export function diffBlocks(older: readonly string[], newer: readonly string[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  let removed: string[] = [];
  const flush = (added: readonly string[]) => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i += 1) out.push(...wordDiff(removed[i] ?? '', added[i] ?? ''));
    out.push(...removed.slice(pairs).map((text) => ({ kind: 'removed' as const, text })));
    out.push(...added.slice(pairs).map((text) => ({ kind: 'added' as const, text })));
    removed = [];
  };
  for (const change of diffArrays([...older], [...newer])) {
    if (change.removed) {
      removed.push(...change.value);
    } else if (change.added) {
      flush(change.value);
    } else {
      flush([]);
      out.push(...change.value.map((text) => ({ kind: 'same' as const, text })));
    }
  }
  flush([]);
  return out;
}

/**
 * The text diff of a page from an older version (`older`) to the current one (`newer`), section by section.
 * Sections are matched by their heading id; a section whose heading changed shows as removed and added.
 */
export function diffPages(older: readonly TextSection[], newer: readonly TextSection[]): PageDiff {
  const olderByKey = new Map(older.map((section) => [section.key, section]));
  const newerByKey = new Map(newer.map((section) => [section.key, section]));
  const sections: SectionDiff[] = [];
  const whole = (section: TextSection, status: 'added' | 'removed'): SectionDiff => ({
    key: section.key,
    title: section.title,
    depth: section.depth,
    status,
    blocks: section.blocks.map((text) => ({ kind: status, text })),
  });
  const keys = diffArrays(
    older.map((section) => section.key),
    newer.map((section) => section.key),
  );
  for (const change of keys) {
    for (const key of change.value) {
      const before = olderByKey.get(key);
      const after = newerByKey.get(key);
      if (change.removed && before) sections.push(whole(before, 'removed'));
      else if (change.added && after) sections.push(whole(after, 'added'));
      else if (before && after) {
        const blocks = diffBlocks(before.blocks, after.blocks);
        const changed = blocks.some((block) => block.kind !== 'same') || before.title !== after.title;
        sections.push({ key, title: after.title, depth: after.depth, status: changed ? 'changed' : 'same', blocks });
      }
    }
  }
  return { sections, changed: sections.some((section) => section.status !== 'same') };
}
