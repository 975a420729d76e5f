/**
 * Whitespace normalization shared by the extractors and the page side of the fidelity check.
 * Deliberately nothing else: no case folding, no quote folding, no Unicode normalization — a
 * changed character is a fidelity failure.
 */
export function normalize(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
