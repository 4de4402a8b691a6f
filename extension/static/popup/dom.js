// A tiny element builder: attributes and text only, never HTML strings, so page-derived text
// can only ever be text.

/** `el('li', {class: 'x'}, 'text', childNode, null)`: null and undefined children are skipped. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Removes every child. */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
}

/** A button that copies `text`; the text is also in `data-copy`, so what it copies is visible
 * to tests and assistive tools. */
export function copyButton(text, label, caption = 'Copy') {
  const button = el('button', { type: 'button', class: 'copy', 'data-copy': text, 'aria-label': `Copy ${label}`, title: `Copy ${label}` }, caption);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select it';
    }
    setTimeout(() => { button.textContent = caption; }, 1500);
  });
  return button;
}
