/**
 * The anchors two pages share, sorted: a `#section` that can be kept when switching from one to the other. Only
 * these go into the page (on each version link), so the menu stays small.
 */
export function sharedAnchors(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((id) => b.has(id)).sort();
}
