// Shows the preview of a link to another page or section of the documentation (its title and first words) while
// the link is pointed at or focused, from the page's previews.json (made by the build; fetched once). The link is
// described by the preview (aria-describedby), so a screen reader reads it; Escape closes it.

import { normalizeBase, withoutBase } from '../lib/site/base-path.ts';

interface Preview {
  title: string;
  text: string;
}

const LINKS = 'a.ref-internal';
// Long enough to move the pointer from the link onto the preview
const HIDE_DELAY_MS = 200;

/** Where the site is published (`/` or `/docs/`). */
const BASE = normalizeBase(import.meta.env.BASE_URL);

const previews: Promise<Record<string, Preview>> = fetch('previews.json')
  .then((response) => (response.ok ? (response.json() as Promise<Record<string, Preview>>) : {}))
  .catch(() => ({}));

const box = document.createElement('div');
box.id = 'ref-preview';
box.className = 'ref-preview';
box.setAttribute('role', 'tooltip');
box.popover = 'manual';
// Inside the page's main landmark (a popover shows in the top layer wherever it is)
(document.querySelector('main') ?? document.body).append(box);

let current: HTMLAnchorElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

async function show(link: HTMLAnchorElement): Promise<void> {
  clearTimeout(timer);
  // previews.json is keyed by site path; under a base path (Astro's `base`) the links carry the base.
  const href = link.getAttribute('href') ?? '';
  const preview = (await previews)[withoutBase(BASE, href) ?? href];
  if (!preview || current === link) return;
  current?.removeAttribute('aria-describedby');
  current = link;
  const title = document.createElement('strong');
  title.textContent = preview.title;
  const text = document.createElement('p');
  text.textContent = preview.text;
  box.replaceChildren(title, ...(preview.text ? [text] : []));
  link.setAttribute('aria-describedby', box.id);
  if (!box.matches(':popover-open')) box.showPopover();
  // Below the link, or above it when there is no room below; inside the window (CSSOM: the CSP allows it)
  const at = link.getBoundingClientRect();
  const below = at.bottom + 6 + box.offsetHeight < innerHeight;
  box.style.left = `${Math.max(8, Math.min(at.left, innerWidth - box.offsetWidth - 8))}px`;
  box.style.top = `${below ? at.bottom + 6 : Math.max(8, at.top - box.offsetHeight - 6)}px`;
}

function hide(delay = HIDE_DELAY_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (box.matches(':popover-open')) box.hidePopover();
    current?.removeAttribute('aria-describedby');
    current = undefined;
  }, delay);
}

const linkOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest<HTMLAnchorElement>(LINKS) ?? undefined) : undefined;

addEventListener('pointerover', (event) => {
  const link = linkOf(event.target);
  if (link) void show(link);
  else if (event.target instanceof Node && box.contains(event.target)) clearTimeout(timer);
});
addEventListener('pointerout', (event) => {
  if (linkOf(event.target) || (event.target instanceof Node && box.contains(event.target))) hide();
});
addEventListener('focusin', (event) => {
  const link = linkOf(event.target);
  if (link) void show(link);
});
addEventListener('focusout', (event) => {
  if (linkOf(event.target)) hide(0);
});
addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) hide(0);
});

// The link that asked for the previews' code, pointed at or focused while it loaded
const waiting = document.querySelector<HTMLAnchorElement>(`${LINKS}:hover`) ?? linkOf(document.activeElement);
if (waiting) void show(waiting);
