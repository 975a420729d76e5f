import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { DocsEngine } from './engine/docs-engine.ts';

/** The name every loader of the site goes by (`refreshContent({ loaders: [LOADER_NAME] })` reloads them all). */
export const LOADER_NAME = 'neuron-docs';

/** What the loaders need from the integration: its engine, and the Astro command being run. */
export interface EngineHolder {
  engine: DocsEngine | undefined;
  /** `sync` (`astro check`, `astro sync`) only needs entries for types: pages are not rendered then. */
  command: 'dev' | 'build' | 'preview' | 'sync' | undefined;
}

/** The integration's own hook that hands its engine to the loaders (Astro gives both the same config). */
export const ENGINE_HOOK = 'neuron-docs:engine';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Astro {
    interface IntegrationHooks {
      [ENGINE_HOOK]: () => EngineHolder;
    }
  }
}

function holderOf(config: AstroConfig): EngineHolder {
  const hook = config.integrations.find((integration) => integration.hooks[ENGINE_HOOK])?.hooks[ENGINE_HOOK];
  const holder = hook?.();
  if (!holder?.engine)
    throw new Error(
      'the docs collections are loaded by the neuron-docs integration: add `neuronDocs()` to `integrations` in astro.config.mjs',
    );
  return holder;
}

function loader(load: (context: LoaderContext, holder: EngineHolder) => Promise<void>): Loader {
  return { name: LOADER_NAME, load: (context) => load(context, holderOf(context.config)) };
}

/** Replaces a collection's entries by `entries`, leaving unchanged ones alone (same digest). */
function replaceAll(
  context: LoaderContext,
  entries: { id: string; data: Record<string, unknown>; digest: string; filePath?: string }[],
) {
  const ids = new Set(entries.map((entry) => entry.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  for (const entry of entries) context.store.set(entry);
}

/**
 * Every page of every version: entry id `<version>/<slug>`, data its frontmatter (already checked, with line
 * numbers, by the engine), digest the key of its render in the render store (see `src/lib/render/render-store.ts`).
 */
export function docsLoader(): Loader {
  return loader(async (context, { engine, command }) => {
    if (!engine) return;
    if (command === 'sync') {
      const { pages } = engine.content();
      replaceAll(
        context,
        pages.map((page) => ({
          id: `${page.version}/${page.slug}`,
          data: page.frontmatter,
          digest: context.generateDigest(page.source),
          filePath: page.shown,
        })),
      );
      return;
    }
    const { pages, rendered } = await engine.site();
    context.logger.info(
      `${pages.length} pages: ${rendered} rendered, ${pages.length - rendered} from the render cache`,
    );
    replaceAll(
      context,
      pages.map((page) => ({
        id: `${page.version}/${page.slug}`,
        data: page.frontmatter,
        digest: page.render.key,
        filePath: page.shown,
      })),
    );
  });
}

/** The versions of `content/versions.yaml`, newest first (entry ids are the version ids). */
export function versionsLoader(): Loader {
  return loader(async (context, { engine }) => {
    if (!engine) return;
    replaceAll(
      context,
      engine.content().versions.map((version, order) => {
        const data = { ...version, order };
        return { id: version.id, data, digest: context.generateDigest(data) };
      }),
    );
  });
}

/** Each version's navigation tree (entry ids are the version ids). */
export function navigationLoader(): Loader {
  return loader(async (context, { engine }) => {
    if (!engine) return;
    replaceAll(
      context,
      [...engine.content().navigation].map(([version, tree]) => {
        const data = { tree };
        return { id: version, data, digest: context.generateDigest(data) };
      }),
    );
  });
}

/**
 * Every label of a version and where it leads, one entry per version (entry id: the version): thousands of tiny
 * entries cost the content store far more than one map each.
 */
export function labelsLoader(): Loader {
  return loader(async (context, { engine }) => {
    if (!engine) return;
    const entries = [...engine.content().registries].map(([version, registry]) => {
      const targets = Object.fromEntries(
        [...registry.targets.values()].map((target) => [
          target.label,
          target.kind === 'unresolved'
            ? { kind: target.kind }
            : { kind: target.kind, title: target.title, url: target.url },
        ]),
      );
      const data = { targets };
      return { id: version, data, digest: context.generateDigest(data) };
    });
    replaceAll(context, entries);
  });
}

/**
 * The original site's page addresses and where each leads now, as one entry (`all`): a site without legacy
 * addresses still has it, so the routes never ask for an empty collection.
 */
export function redirectsLoader(): Loader {
  return loader(async (context, { engine, command }) => {
    if (!engine) return;
    const items = command === 'sync' ? [] : (await engine.site()).redirects.map((redirect) => ({ ...redirect }));
    replaceAll(context, [{ id: 'all', data: { items }, digest: context.generateDigest({ items }) }]);
  });
}
