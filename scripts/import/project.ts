/**
 * What the import knows about a release before converting pages: its `conf.py` values, the documents Sphinx
 * builds, the "relevant for" instances of each, and where the sources came from (`.import-source.json`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from './python.ts';
import { SOURCE_INFO_FILE, type SourceInfo } from './source-info.ts';

export type DocParser = 'restructuredtext' | 'markdown' | 'jupyter_notebook';

export interface ProjectDoc {
  readonly docname: string;
  /** The source file, relative to the sources folder. */
  readonly path: string;
  readonly parser: DocParser;
}

/** The conf.py values the importer reads (names as in conf.py). */
export interface SphinxConf {
  readonly master_doc?: string;
  readonly root_doc?: string;
  readonly version?: string;
  readonly release?: string;
  readonly extensions?: string[];
  readonly extlinks?: Record<string, [string, string | null]>;
  readonly intersphinx_mapping?: Record<string, unknown>;
  readonly rst_prolog?: string;
  readonly rst_epilog?: string;
  readonly numfig?: boolean;
  readonly numfig_format?: Record<string, string>;
  readonly highlight_language?: string;
  readonly templates_path?: string[];
  readonly myst_enable_extensions?: string[];
  readonly myst_heading_anchors?: number;
  readonly myst_substitutions?: Record<string, string>;
  readonly blog_path?: string;
  readonly add_module_names?: boolean;
}

export interface Project {
  readonly sourcesDir: string;
  /** Read the Docs' name of the version: `latest` for the main branch, the tag otherwise. */
  readonly rtdVersion: string;
  readonly conf: SphinxConf;
  /** How many conf.py `source-read` handlers rewrite page text before parsing. */
  readonly sourceRead: number;
  readonly docs: readonly ProjectDoc[];
  readonly relevantFor: Readonly<Record<string, { text: string; instances: string[] }>>;
  readonly source: SourceInfo;
  /** The root document (`master_doc`). */
  readonly rootDoc: string;
}

export function loadProject(sourcesDir: string, rtdVersion: string): Project {
  const infoFile = join(sourcesDir, SOURCE_INFO_FILE);
  if (!existsSync(infoFile)) {
    throw new Error(
      `${infoFile} is missing: make the sources folder with \`npm run import:extract -- <git dir> <revision> ${sourcesDir}\``,
    );
  }
  const source = JSON.parse(readFileSync(infoFile, 'utf8')) as SourceInfo;
  const raw = JSON.parse(runPython('sphinx_project.py', ['config', sourcesDir, rtdVersion])) as Omit<
    Project,
    'sourcesDir' | 'rtdVersion' | 'source' | 'rootDoc'
  >;
  return {
    ...raw,
    sourcesDir,
    rtdVersion,
    source,
    rootDoc: raw.conf.root_doc ?? raw.conf.master_doc ?? 'index',
  };
}
