/**
 * The site's Content Security Policy, set by a `<meta>` on every page (a static host may not set headers): only
 * the site's own files, no inline script or style, no eval. Pagefind needs WebAssembly compilation
 * (`'wasm-unsafe-eval'`) and runs its search in a worker (`worker-src 'self' blob:`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
