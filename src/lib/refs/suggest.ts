const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known names closest to a mistyped one, best first: those within a third of its length in edit distance,
 * plus those that contain it, that it contains, or that hold all its words in order. `neuron-new-package` → `neuron-new-packages`.
 */
export function suggest(wanted: string, known: Iterable<string>, limit = 3): string[] {
  const needle = wanted.toLowerCase();
  const threshold = Math.max(2, Math.ceil(needle.length / 3));
  return [...known]
    .map((name) => {
      const lower = name.toLowerCase();
      const contains = lower.includes(needle) || needle.includes(lower);
      // `important-dkms` for `important-neuronx-dkms`: every word of the wanted name is there, in order.
      const sharesWords = new RegExp(needle.split(/[-_]+/).map(escape).join('.*')).test(lower);
      return { name, score: contains ? 0.5 : sharesWords ? 1 : editDistance(needle, lower) };
    })
    .filter(({ score }) => score <= threshold)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}
