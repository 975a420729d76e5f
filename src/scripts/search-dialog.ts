// The search dialog, loaded on first use or to mark a result's terms (see search-box.ts): it searches the version's Pagefind bundle as the
// reader types or, opted in, every version's bundles merged, each result labelled with its version; results can
// be narrowed to a kind of page and an instance family (the filters each page gives Pagefind in its head).

import { INSTANCE_FAMILIES } from '../lib/content/instance-families.ts';
import { decodeVersions, searchBundleUrl, versionOfUrl } from '../lib/search/bundle-url.ts';
import { normalizeBase, withBase, withoutBase } from '../lib/site/base-path.ts';
import { PAGE_KINDS, SEARCH_FILTERS } from '../lib/search/page-kind.ts';
import { HIGHLIGHT_PARAM } from './search-highlight-param.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options: (options: { highlightParam?: string; baseUrl?: string }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: { baseUrl?: string }) => Promise<void>;
  debouncedSearch: (
    term: string,
    options?: { filters?: Record<string, string> },
    wait?: number,
  ) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
/** Where the site is published (`/` or `/docs/`: Astro's `base`). */
const BASE = normalizeBase(import.meta.env.BASE_URL);
// Pagefind searches in a worker: a short pause only spares it the keystrokes of a word being typed.
const DEBOUNCE_MS = 40;

for (const box of document.querySelectorAll<HTMLElement>('search-box')) {
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void highlight(box.dataset['bundle'] ?? '');
  attach(box);
}

/** Wires the dialog of a `<search-box>` and searches what was typed before it loaded. */
function attach(box: HTMLElement): void {
  const dialog = box.querySelector('dialog');
  const input = box.querySelector<HTMLInputElement>('input[type="search"]');
  const status = box.querySelector('.search-status');
  const list = box.querySelector('.search-results');
  if (!dialog || !input || !status || !list) return;
  const bundle = box.dataset['bundle'] ?? '';
  const versions = decodeVersions(box.dataset['versions'] ?? '');
  const labelOf = new Map(versions.map((version) => [version.id, version.label]));
  const options = searchOptions();
  input.parentElement?.after(options.element);

  // One Pagefind per scope: the module is loaded again under another URL for the merged index, so the version's
  // own search stays as it was (Pagefind cannot unmerge an index).
  const instances = new Map<boolean, Promise<Pagefind>>();
  const pagefind = (all: boolean): Promise<Pagefind> => {
    let instance = instances.get(all);
    if (!instance) {
      instance = (import(/* @vite-ignore */ `${bundle}pagefind.js${all ? '?all' : ''}`) as Promise<Pagefind>).then(
        async (module) => {
          // The bundles hold the pages' site paths; under a base path, results lead there.
          await module.options({ highlightParam: HIGHLIGHT_PARAM, baseUrl: BASE });
          if (all)
            for (const version of versions) {
              const other = withBase(BASE, searchBundleUrl(version.id));
              if (other !== bundle) await module.mergeIndex(other, { baseUrl: BASE });
            }
          // Pagefind's worker, WebAssembly and metadata load now, while the reader types, not after
          void module.init();
          return module;
        },
      );
      instances.set(all, instance);
    }
    return instance;
  };

  let latest = 0;
  const search = async () => {
    const ticket = ++latest;
    const term = input.value;
    if (term.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const { all, filters } = options.read();
    let found;
    try {
      found = await (await pagefind(all)).debouncedSearch(term, { filters }, DEBOUNCE_MS);
    } catch {
      status.textContent = 'Search could not load its index: reload the page to try again.';
      return;
    }
    if (found === null || ticket !== latest) return; // a newer keystroke or choice superseded this search
    // Each result shows as soon as its excerpt arrives, in order (they are fetched at once); the count is said
    // when all are there
    const pending = found.results.slice(0, MAX_RESULTS).map((result) => result.data());
    list.replaceChildren();
    for (const data of pending) {
      const shown = await data;
      if (ticket !== latest) return;
      list.append(renderResult(shown, all ? labelOf : undefined));
    }
    const count = found.results.length;
    status.textContent =
      (count === 0 ? `No results for “${term}”` : `${count} result${count === 1 ? '' : 's'} for “${term}”`) +
      (all ? ' in all versions.' : '.');
  };

  if (dialog.open) void pagefind(false); // opened for a search: the bundle loads while the reader types
  input.addEventListener('input', () => void search());
  options.element.addEventListener('change', () => void search());
  // Enter in the field follows the first result.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') list.querySelector('a')?.click();
  });
  box.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (event) => moveFocus(event, input, list));
  // A click on the backdrop (the dialog element itself, outside its content box) closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  void search();
}

/** The scope and the filters, as controls under the search field. */
function searchOptions(): {
  element: HTMLElement;
  read: () => { all: boolean; filters: Record<string, string> };
} {
  const element = document.createElement('div');
  element.className = 'search-options';
  const scope = document.createElement('input');
  scope.type = 'checkbox';
  const select = (values: readonly string[]) => {
    const control = document.createElement('select');
    control.append(new Option('Any', ''), ...values.map((value) => new Option(value, value)));
    return control;
  };
  const kind = select(PAGE_KINDS);
  const instance = select(INSTANCE_FAMILIES);
  const label = (...parts: (string | Node)[]) => {
    const element = document.createElement('label');
    element.append(...parts);
    return element;
  };
  element.append(label(scope, ' All versions'), label('Kind ', kind), label('Instance ', instance));
  return {
    element,
    read: () => {
      const filters: Record<string, string> = {};
      if (kind.value) filters[SEARCH_FILTERS.kind] = kind.value;
      if (instance.value) filters[SEARCH_FILTERS.instance] = instance.value;
      return { all: scope.checked, filters };
    },
  };
}

// Arrow keys walk the input and the result links, in order; Enter follows the focused link.
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: Element): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
  const index = stops.indexOf(document.activeElement as HTMLInputElement);
  const next = stops[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/** Marks the search terms in a page reached from a result (Pagefind's highlighter; the site's CSS styles it). */
async function highlight(bundle: string): Promise<void> {
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)) as {
    default: new (options: object) => unknown;
  };
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: 'search-highlight' },
  });
}

function renderResult(data: PagefindResultData, versions: ReadonlyMap<string, string> | undefined): HTMLLIElement {
  const item = wrap(link(data.url, data.meta.title ?? data.url, data.excerpt));
  if (versions) {
    const badge = document.createElement('span');
    badge.className = 'search-result-version';
    const version = versionOfUrl(withoutBase(BASE, data.url) ?? data.url);
    badge.textContent = versions.get(version) ?? version;
    item.firstElementChild?.prepend(badge);
  }
  const subs = (data.sub_results ?? []).filter((sub) => sub.url !== data.url).slice(0, 3);
  if (subs.length > 0) {
    const list = document.createElement('ul');
    list.append(...subs.map((sub) => wrap(link(sub.url, sub.title, sub.excerpt))));
    item.append(list);
  }
  return item;
}

function wrap(content: HTMLElement): HTMLLIElement {
  const item = document.createElement('li');
  item.append(content);
  return item;
}

function link(url: string, title: string, excerpt: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = url;
  const heading = document.createElement('span');
  heading.className = 'search-result-title';
  heading.textContent = title;
  const text = document.createElement('span');
  text.className = 'search-result-excerpt';
  // Pagefind's excerpt is text from our own pages with the matches wrapped in <mark>.
  text.innerHTML = excerpt;
  anchor.append(heading, text);
  return anchor;
}
