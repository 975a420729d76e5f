// Adds a copy button to every code block, and shows the page's "Copy as Markdown" button. Without JavaScript there
// are no buttons, and nothing is lost: the text can still be selected, and the Markdown twin is a link away.

/** Shows `text` on `button` for a moment, then its label again. */
const flash = (button: HTMLButtonElement, text: string, label: string) => {
  button.textContent = text;
  setTimeout(() => (button.textContent = label), 2000);
};

const copyPage = document.querySelector<HTMLButtonElement>('.copy-page');
if (copyPage) {
  copyPage.hidden = false;
  copyPage.addEventListener('click', () => {
    void fetch(copyPage.dataset['twin'] ?? '')
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => navigator.clipboard.writeText(text))
      .then(
        () => flash(copyPage, 'Copied', 'Copy as Markdown'),
        () => flash(copyPage, 'Copy failed', 'Copy as Markdown'),
      );
  });
}

for (const pre of document.querySelectorAll<HTMLPreElement>('.content pre')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code to clipboard');
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText).then(
      () => flash(button, 'Copied', 'Copy'),
      () => flash(button, 'Copy failed', 'Copy'),
    );
  });
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.replaceWith(wrapper);
  wrapper.append(pre, button);
}
