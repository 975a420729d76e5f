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
  /**
   * The page is deliberately in no toctree (Sphinx's `:orphan:`): it is published but no `nav.yaml` entry names
   * it, and that is not a mistake. @default false
   */
  orphan: z.boolean().default(false),
  /**
   * The page lists the version's announcements (its pages with a `date`) after its text, newest first, with their
   * dates, tags and descriptions: the page ABlog made the blog's index of (its `blog_path`). @default false
   */
  posts: z.boolean().default(false),
  /**
   * Whether the site search indexes the page (Sphinx's `:nosearch:` is `search: false`): a page left out is
   * still published and linked, only not found by the search box. @default true
   */
  search: z.boolean().default(true),
  /**
   * Where the page sends its readers at once (Sphinx's `.. meta:: :http-equiv=refresh: 0; URL=…`): a page of
   * the site (`/latest/tools/neuron-agentic-development/`) or an absolute URL. The page says so with a link,
   * which the build checks like any other.
   */
  redirect: z
    .string()
    .regex(/^(?:\/|https?:\/\/)\S*$/, 'must be a site path starting with "/" or an http(s) URL')
    .optional(),
  /** `<meta name="keywords">` (RST `.. meta:: :keywords:`), one keyword per item. */
  keywords: z.array(z.string().min(1)).optional(),
  /**
   * Other `<meta name="…" content="…">` tags of the page (RST `.. meta::` fields other than description and
   * keywords, e.g. `robots: "noindex, nofollow"`, `date-modified`), written into the page's head as they are.
   * A value may be empty (`:noindex:` with no text), as docutils writes it.
   */
  meta: z.record(z.string().regex(/^[\w.:-]+$/, 'must be a meta name, like "date-modified"'), z.string()).optional(),
  /**
   * Where an imported page comes from: the repository, the file's path in it and the commit it was imported
   * at. The page shows a link to that file; the importer's `--check` compares against it.
   */
  source: z
    .strictObject({
      /** `owner/name` on GitHub (`aws-neuron/aws-neuron-sdk`). */
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"'),
      /** The source file's path inside the repository (`about-neuron/sdk-policy.rst`). */
      path: z.string().min(1),
      /** The full commit hash the page was imported from. */
      commit: z.string().regex(/^[0-9a-f]{40}$/, 'must be a full 40-hex-digit commit hash'),
    })
    .optional(),
});

/** Frontmatter as written. */
export type FrontmatterInput = z.input<typeof frontmatterSchema>;
/** Validated frontmatter. */
export type Frontmatter = z.output<typeof frontmatterSchema>;
