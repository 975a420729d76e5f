// The part of search that loads with every page: it shows the button and listens for the shortcuts. The dialog's
// code (search-dialog.ts, a bundle of its own: see astro.config.mjs) and the version's Pagefind bundle are fetched
// when search is first opened, so a page that is only read downloads neither. Without JavaScript the button stays
// hidden.

import dialogUrl from './search-dialog.ts?worker&url';
import { HIGHLIGHT_PARAM } from './search-highlight-param.ts';

/** Whether a key goes into a text field (where `/` is a character to type, not the search shortcut). */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('input:not([type="checkbox"],[type="radio"],[type="button"]), textarea, select'));

/** Adds the dialog's script to the page, once; it wires every search box it finds. */
function loadDialog(): void {
  if (document.querySelector(`script[src="${dialogUrl}"]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = dialogUrl;
  document.head.append(script);
}

class SearchBox extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('.search-open');
    if (!button) return;
    button.hidden = false;
    // Arriving from a search result, the terms are marked in the page (by the dialog's code).
    if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) loadDialog();
    const dialog = this.querySelector('dialog');
    const input = this.querySelector('input');
    // The dialog opens at once, before its code arrives: what the reader types meanwhile is kept and searched.
    const open = () => {
      if (dialog && !dialog.open) dialog.showModal();
      input?.focus();
      loadDialog();
    };
    button.addEventListener('click', open);
    document.addEventListener('keydown', (event) => {
      const shortcut =
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target));
      if (!shortcut) return;
      event.preventDefault();
      open();
    });
  }
}

customElements.define('search-box', SearchBox);
