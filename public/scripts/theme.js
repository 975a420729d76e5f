// The reader's theme: applied before the page paints (a blocking script in <head>, loaded from a file since the
// CSP allows no inline script), then the header's choice (light, dark, or the system's) remembered across pages.
// Without JavaScript the page follows the system's theme and shows no choice.
const KEY = 'neuron-docs-theme';
const THEMES = ['light', 'dark'];

function stored() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage refused (private modes): the system's theme
  }
}

function apply(theme) {
  if (THEMES.includes(theme)) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

apply(stored());

document.addEventListener('DOMContentLoaded', () => {
  const select = document.querySelector('.theme-choice select');
  if (!select) return;
  select.value = THEMES.includes(stored()) ? stored() : 'system';
  select.closest('.theme-choice').hidden = false;
  select.addEventListener('change', () => {
    try {
      if (THEMES.includes(select.value)) localStorage.setItem(KEY, select.value);
      else localStorage.removeItem(KEY);
    } catch {
      // not remembered; applied to this page all the same
    }
    apply(select.value);
  });
});
