// docutils' `_non_id_translate` and `_non_id_translate_digraphs`: letters NFKD cannot fold to ASCII.
const NON_ID_TRANSLATE: Record<string, string> = Object.fromEntries([
  ...[...'øđħıłŧƀƃƈƌƒƙƚƞƥƫƭƴƶǥȥȴȵȶȷȼȿɀɇɉɋɍɏ'].map((char, i) => [char, 'odhiltbbcdfklnpttyzgzlntjcszejqry'[i] ?? '']),
  ['ß', 'sz'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ȸ', 'db'],
  ['ȹ', 'qp'],
]);

/**
 * The id docutils/Sphinx gives a label or section title (`docutils.nodes.make_id`): ASCII-folded, lower-case,
 * each run of other characters becomes `-`, and leading digits/hyphens are dropped because an id must start with
 * a letter. Using the same form keeps every deep link into the original site working here.
 *
 * `maintenance_rtd` → `maintenance-rtd`; `10/27/2021 - Neuron Runtime` → `neuron-runtime`.
 */
export function toSphinxId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (char) => NON_ID_TRANSLATE[char] ?? char)
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-0-9]+|-+$/g, '');
}

/**
 * Gives each heading a unique Sphinx-form id: the first "Description" is `description`, the next
 * `description-1`, and so on. Ids already taken (labels) are skipped.
 */
export function createIdAllocator(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (text: string): string => {
    const base = toSphinxId(text) || 'section';
    let id = base;
    for (let n = 1; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * A heading's id: the Sphinx form of its text, unless one of its labels is exactly that (then the label is the id,
 * as in Sphinx); otherwise `allocate` makes it unique. The renderer gives every heading its id so, in document
 * order, and the importer does the same to link to a heading of another page.
 */
export function headingId(labels: readonly string[], text: string, allocate: (text: string) => string): string {
  return labels.map(toSphinxId).find((labelId) => labelId !== '' && labelId === toSphinxId(text)) ?? allocate(text);
}
