// The header's theme choice: light, dark or the system's, remembered across pages (public/scripts/theme.js applies
// it before the next page paints). Without JavaScript the choice stays hidden and the system's theme applies.
const KEY = 'neuron-docs-theme';
const label = document.querySelector<HTMLLabelElement>('.theme-choice');
const select = label?.querySelector('select');
if (label && select) {
  const root = document.documentElement;
  select.value = root.dataset['theme'] ?? 'system';
  label.hidden = false;
  select.addEventListener('change', () => {
    const theme = select.value;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
    try {
      if (theme === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, theme);
    } catch {
      // not remembered; this page shows it all the same
    }
  });
}
