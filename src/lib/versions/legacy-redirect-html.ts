/** The static file (in `public/`) that redirects with the reader's #anchor: `location.replace(target + hash)`. */
export const LEGACY_REDIRECT_SCRIPT = '/scripts/legacy-redirect.js';

/** Escapes text for HTML text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a legacy redirect page needs. */
export interface LegacyRedirectPage {
  /** The new URL path (`/latest/about-neuron/sdk-policy/`). */
  target: string;
  /** The page's title, for the link text. */
  title: string;
  /** The absolute canonical URL of the target. */
  canonical: string;
  /** URL of the redirect script. */
  script: string;
}

/**
 * The HTML of a redirect page at an address of the original site. Three ways out, so every reader lands:
 * the script replaces the location with the target plus the reader's `#anchor` (it runs before the refresh,
 * which browsers start only once the page has loaded); `<meta http-equiv="refresh">` for readers without
 * JavaScript (it cannot keep the anchor); and a plain link. No inline script: the site's CSP forbids them.
 */
export function legacyRedirectHtml({ target, title, canonical, script }: LegacyRedirectPage): string {
  const to = escapeHtml(target);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: ${escapeHtml(title)} — Neuron Docs</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<script src="${escapeHtml(script)}" defer></script>
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p><a id="redirect-target" href="${to}">${escapeHtml(title)}</a> is now at ${to}.</p>
</main>
</body>
</html>
`;
}
