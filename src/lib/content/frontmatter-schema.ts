import { z } from 'zod';
import { INSTANCE_FAMILIES } from './instance-families.ts';

/** A kebab-case identifier (`packages-changes`). */
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "sdk-maintenance-policy"');

/** The frontmatter of a page in `content/docs/<version>/`. */
export const frontmatterSchema = z.strictObject({
  /** The page title: its `<h1>`, `<title>` and the link text of references to the page. */
  title: z.string().min(1),
  /** One or two sentences for `<meta name="description">` and link previews. */
  description: z.string().min(1),
  /**
   * The page's identity across versions: the same in every version that has the page, even when its file,
   * slug or label changed. The version menu and "what changed" use it.
   */
  pageId: kebab,
  /**
   * RST labels on the page title (`.. _sdk-maintenance-policy:`). Each is an anchor on the page and a target
   * of references. @default []
   */
  labels: z.array(z.string().min(1)).default([]),
  /** Instance families the page applies to ("This document is relevant for: …"). */
  relevantFor: z.array(z.enum(INSTANCE_FAMILIES)).optional(),
  /** Publication date of an announcement post (RST `.. post::`). */
  date: z.coerce.date().optional(),
  /** Tags of an announcement post. */
  tags: z.array(z.string().min(1)).optional(),
  /**
   * The on-page table of contents (RST `.. contents::`): its title and how many heading levels below the page
   * title it lists. @default { title: 'On this page', depth: 2 }
   */
  toc: z
    .strictObject({
      title: z.string().min(1).default('On this page'),
      depth: z.number().int().min(1).max(5).default(2),
    })
    .default({ title: 'On this page', depth: 2 }),
  /** How the page shows in the navigation (its place there is in the version's `nav.yaml`). @default {} */
  nav: z
    .strictObject({
      /** A shorter link text than the title. */
      label: z.string().min(1).optional(),
    })
    .default({}),
});

/** Frontmatter as written. */
export type FrontmatterInput = z.input<typeof frontmatterSchema>;
/** Validated frontmatter. */
export type Frontmatter = z.output<typeof frontmatterSchema>;
