// Marks, in the on-page contents, the section being read: the last heading scrolled past the top fifth of the
// window (or, at the bottom of the page, the section the reader went to). Without this script the contents are the
// same list of links, unmarked.

const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const sections = links.flatMap((link) => {
  const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  return heading ? [{ link, heading }] : [];
});

let marked: HTMLAnchorElement | undefined;
let pending = false;
const mark = () => {
  pending = false;
  const line = innerHeight / 5;
  let current = sections[0]?.link;
  for (const { link, heading } of sections) {
    if (heading.getBoundingClientRect().top > line) break;
    current = link;
  }
  // At the bottom of the page the last sections may never reach the line: the one the reader went to is marked.
  if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) {
    const target = sections.find(({ link }) => link.hash === location.hash);
    if (target && target.heading.getBoundingClientRect().top < innerHeight) current = target.link;
  }
  if (current === marked) return;
  marked?.removeAttribute('aria-current');
  current?.setAttribute('aria-current', 'location');
  marked = current;
};

if (sections.length > 0) {
  addEventListener(
    'scroll',
    () => {
      if (!pending) requestAnimationFrame(mark);
      pending = true;
    },
    { passive: true },
  );
  mark();
}
