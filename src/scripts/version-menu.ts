/*
 * <version-menu>: keeps the reader's #section when switching versions, if the target page has that section.
 *
 * Design (the lightest that is correct): the build knows every page's anchors, so each version link carries only
 * the anchors its target shares with this page (`data-shared-anchors="a b c"`); no request, no JSON. The links'
 * hrefs are rewritten whenever the hash changes, rather than on click, so middle-click, "open in new tab" and
 * "copy link" get the same URL as a plain click. Without JavaScript the links simply lead to the top of the page.
 * After back/forward from the bfcache the menu is closed and the hrefs resynced with the restored hash.
 */
class VersionMenuElement extends HTMLElement {
  connectedCallback(): void {
    const sync = (): void => {
      const id = location.hash.slice(1);
      for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-shared-anchors]')) {
        // Set the attribute, not `link.hash`, which would turn the path into an absolute URL.
        const path = link.getAttribute('href')?.split('#')[0] ?? '';
        const keep = id && link.dataset['sharedAnchors']?.split(' ').includes(id);
        link.setAttribute('href', keep ? `${path}#${id}` : path);
      }
    };
    const details = this.querySelector('details');
    sync();
    addEventListener('hashchange', sync);
    addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      details?.removeAttribute('open');
      sync();
    });
    // A click elsewhere closes it, as a menu would.
    document.addEventListener('click', (event) => {
      if (details?.open && !this.contains(event.target as Node)) details.open = false;
    });
    // Escape closes the open menu and returns focus to its summary, as for any disclosure popup.
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    });
  }
}

customElements.define('version-menu', VersionMenuElement);
