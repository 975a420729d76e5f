// Applies the theme the reader chose (src/scripts/theme-choice.ts) before the page paints: see BaseLayout.
try {
  const theme = localStorage.getItem('neuron-docs-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // storage refused (a private mode): the system's theme
}
