// Reference previews, loaded on first use: the first time the reader points at or focuses a link to another part
// of the documentation, the previews' code (ref-preview.ts, a bundle of its own) is added to the page; it shows
// that link's preview at once. Without JavaScript the links are plain links.

import previewUrl from './ref-preview.ts?worker&url';

const start = (event: Event) => {
  if (!(event.target instanceof Element) || !event.target.closest('a.ref-internal')) return;
  removeEventListener('pointerover', start);
  removeEventListener('focusin', start);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = previewUrl;
  document.head.append(script);
};
addEventListener('pointerover', start);
addEventListener('focusin', start);
