import {
  bundledLanguages,
  bundledThemes,
  createHighlighter,
  type BundledLanguage,
  type Highlighter,
  type ThemeRegistration,
} from 'shiki';
import { createCodeColors } from '../markdown/code-colors.ts';
import { readableOn } from './contrast.ts';

/** Both colour themes of every code block, as `light-dark()` colours: the page's colour scheme picks one. */
const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/** The backgrounds code is read on in each theme: the block's and an emphasised line's (components.css). */
const BACKGROUNDS = { light: ['#ffffff', '#fff5b1'], dark: ['#24292e', '#3b3212'] } as const;

/** A theme whose token colours all reach WCAG AA (4.5:1) on the backgrounds its code is read on. */
async function readableTheme(scheme: keyof typeof THEMES): Promise<ThemeRegistration> {
  const theme = (await bundledThemes[THEMES[scheme]]()).default as ThemeRegistration;
  const tokenColors = (theme.tokenColors ?? []).map((rule) => {
    const color = rule.settings.foreground;
    if (!color?.startsWith('#')) return rule;
    return { ...rule, settings: { ...rule.settings, foreground: readableOn(color, BACKGROUNDS[scheme]) } };
  });
  return { ...theme, tokenColors };
}

/** Languages Shiki shows as plain text without loading a grammar. */
const PLAIN = new Set(['text', 'plaintext', 'txt', 'plain']);

/** A highlighted block: its HTML and the colour classes it uses (class name → CSS declarations). */
export interface HighlightedCode {
  html: string;
  styles: readonly [string, string][];
}

/** How a block is shown besides its colours (a fenced block's `{2-3}` and `showLineNumbers`). */
export interface HighlightOptions {
  /** 1-based lines to emphasise (class `highlighted` on the line). */
  emphasize?: readonly number[] | undefined;
  /** Number the lines (class `line-numbers` on the `<pre>`: CSS counters, not part of the text). */
  lineNumbers?: boolean | undefined;
}

/** Highlights a code block: `<pre>` HTML with colours as classes (the site's CSP forbids inline styles). */
export type HighlightCode = (
  code: string,
  lang: string | null | undefined,
  options?: HighlightOptions,
) => Promise<HighlightedCode>;

/**
 * Creates the build's highlighter (Shiki). Each distinct block is highlighted once: documentation repeats its code
 * (the install commands of every version of a page), and the result does not depend on the page.
 */
export async function createCodeHighlighter(): Promise<HighlightCode> {
  const shiki: Highlighter = await createHighlighter({
    themes: [await readableTheme('light'), await readableTheme('dark')],
    langs: [],
  });
  const colors = createCodeColors();
  const done = new Map<string, Promise<HighlightedCode>>();

  const highlight = async (code: string, requested: string, options: HighlightOptions): Promise<HighlightedCode> => {
    const emphasize = new Set(options.emphasize ?? []);
    const lang = PLAIN.has(requested) || !(requested in bundledLanguages) ? 'plaintext' : requested;
    if (lang !== 'plaintext' && !shiki.getLoadedLanguages().includes(lang))
      await shiki.loadLanguage(lang as BundledLanguage);
    colors.clearRegistry();
    const html = shiki.codeToHtml(code, {
      lang,
      themes: THEMES,
      defaultColor: 'light-dark()',
      transformers: [
        {
          pre(node) {
            // What Astro's highlighter gave each block, which the stylesheet and scripts rely on.
            node.properties['class'] = String(node.properties['class'] ?? '').replace(/shiki/g, 'astro-code');
            node.properties['dataLanguage'] = requested;
            node.properties['style'] = `${String(node.properties['style'] ?? '')}; overflow-x: auto;`;
            if (options.lineNumbers) node.properties['class'] += ' line-numbers';
          },
          line(node, line) {
            if (emphasize.has(line)) this.addClassToHast(node, 'highlighted');
          },
        },
        colors,
      ],
    });
    const styles = [...colors.getClassRegistry()].map(([name, style]): [string, string] => [
      name,
      typeof style === 'string'
        ? style
        : Object.entries(style)
            .map(([k, v]) => `${k}:${v}`)
            .join(';'),
    ]);
    return { html, styles };
  };

  return (code, lang, options = {}) => {
    const requested = lang || 'plaintext';
    const shown = `${options.lineNumbers ? 'n' : ''}${(options.emphasize ?? []).join(',')}`;
    const key = `${requested}\u0000${shown}\u0000${code}`;
    let result = done.get(key);
    if (!result) {
      result = highlight(code, requested, options);
      done.set(key, result);
    }
    return result;
  };
}
