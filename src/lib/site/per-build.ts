/**
 * Memoizes a computation for the length of one build, where content cannot change. In the dev server it
 * recomputes on every call, so an author's edit (a title, a new page) shows up in menus and sidebars at once.
 */
export function perBuild<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    cached ??= { value: compute() };
    return cached.value;
  };
}
