// Sends a reader who arrives at an address of the original site on to the page's new URL, keeping the #anchor,
// which <meta http-equiv="refresh"> cannot do. Loaded by the redirect pages of src/pages/en/[...path].ts, whose
// link #redirect-target holds the new URL. A static file: those pages are endpoints, outside Astro's bundling.
const target = document.getElementById('redirect-target')?.getAttribute('href');
if (target) location.replace(target + location.hash);
