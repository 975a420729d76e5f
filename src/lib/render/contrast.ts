/**
 * Colour contrast as WCAG 2 computes it, and a colour moved just far enough from its backgrounds to be read on all
 * of them (WCAG AA: 4.5:1 for text). Used on the code themes, whose token colours were chosen for a plain
 * background: github-light's orange is 3.5:1 on white, and an emphasised line's yellow lowers every ratio.
 */

/** `#rgb`, `#rrggbb` or `#rrggbbaa` (alpha ignored) → [r, g, b] in 0–255. */
function channels(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits.slice(0, 6);
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/**
 * `color`, or the nearest colour towards black (on light backgrounds) or white (on dark ones) that reaches
 * `minimum` on every background; the hue is kept as far as the contrast allows.
 */
export function readableOn(color: string, backgrounds: readonly string[], minimum = 4.5): string {
  const enough = (candidate: string) => backgrounds.every((bg) => contrastRatio(candidate, bg) >= minimum);
  if (enough(color)) return color;
  const dark = backgrounds.every((bg) => luminance(bg) < 0.5);
  const target = dark ? 255 : 0;
  const rgb = channels(color);
  for (let step = 1; step <= 20; step++) {
    const candidate = toHex(rgb.map((c) => c + ((target - c) * step) / 20));
    if (enough(candidate)) return candidate;
  }
  return dark ? '#ffffff' : '#000000';
}
