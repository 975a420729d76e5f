// Adds a copy button to every code block. Without JavaScript there is no button, and nothing is lost: the text
// can still be selected.
for (const pre of document.querySelectorAll<HTMLPreElement>('.content pre')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code to clipboard');
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText).then(
      () => (button.textContent = 'Copied'),
      () => (button.textContent = 'Copy failed'),
    );
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.replaceWith(wrapper);
  wrapper.append(pre, button);
}
