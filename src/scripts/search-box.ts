// The search box: a button that opens a dialog; the version's Pagefind bundle is imported on first open, so a
// page that is only read downloads none of it. Without JavaScript the button stays hidden.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options: (options: { highlightParam?: string }) => Promise<void>;
  debouncedSearch: (
    term: string,
    options?: object,
    wait?: number,
  ) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
// Result links carry the search terms in this parameter; the page they lead to marks the terms.
const HIGHLIGHT_PARAM = 'highlight';

/** Whether a key goes into a text field (where `/` is a character to type, not the search shortcut). */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('input:not([type="checkbox"],[type="radio"],[type="button"]), textarea, select'));

class SearchBox extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const open = this.querySelector<HTMLButtonElement>('.search-open');
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!open || !dialog || !input) return;
    open.hidden = false;
    if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void this.#highlight();
    open.addEventListener('click', () => this.#open(dialog, input));
    document.addEventListener('keydown', (event) => {
      const shortcut =
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target));
      if (!shortcut) return;
      event.preventDefault();
      this.#open(dialog, input);
    });
    input.addEventListener('input', () => void this.#search(input.value));
    // Enter in the field follows the first result.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.querySelector<HTMLAnchorElement>('.search-results a')?.click();
    });
    this.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('keydown', (event) => this.#moveFocus(event, input));
    // A click on the backdrop (the dialog element itself, outside its content box) closes it.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  }

  #open(dialog: HTMLDialogElement, input: HTMLInputElement): void {
    if (!dialog.open) dialog.showModal();
    input.focus();
    this.#pagefind ??= (import(/* @vite-ignore */ `${this.dataset['bundle']}pagefind.js`) as Promise<Pagefind>).then(
      async (pagefind) => {
        await pagefind.options({ highlightParam: HIGHLIGHT_PARAM });
        return pagefind;
      },
    );
  }

  // Arriving from a search result: mark the terms in the page (Pagefind's highlighter, loaded only then). Its
  // default inline <style> is turned off; the site's stylesheet styles the marks.
  async #highlight(): Promise<void> {
    const module = (await import(/* @vite-ignore */ `${this.dataset['bundle']}pagefind-highlight.js`)) as {
      default: new (options: object) => unknown;
    };
    new module.default({
      highlightParam: HIGHLIGHT_PARAM,
      addStyles: false,
      markOptions: { className: 'search-highlight' },
    });
  }

  async #search(term: string): Promise<void> {
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (!status || !list || !this.#pagefind) return;
    if (term.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#pagefind;
    } catch {
      status.textContent = 'Search is not available here: it is built with the site (npm run build).';
      return;
    }
    const search = await pagefind.debouncedSearch(term, {}, 120);
    if (search === null) return; // a newer keystroke superseded this search
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...results.map(renderResult));
    const count = search.results.length;
    status.textContent =
      count === 0 ? `No results for “${term}”.` : `${count} result${count === 1 ? '' : 's'} for “${term}”.`;
  }

  // Arrow keys walk the input and the result links, in order; Enter follows the focused link.
  #moveFocus(event: KeyboardEvent, input: HTMLInputElement): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...this.querySelectorAll<HTMLAnchorElement>('.search-results a')];
    const index = stops.indexOf(document.activeElement as HTMLInputElement);
    const next = stops[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = wrap(link(data.url, data.meta.title ?? data.url, data.excerpt));
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

customElements.define('search-box', SearchBox);
