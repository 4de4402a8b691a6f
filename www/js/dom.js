// Small DOM helpers. Every string from data or from the user goes in as text (textContent),
// never as markup.

/** `el('p', {class: 'x'}, 'text', child)`: an element with attributes and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A button that copies `value` to the clipboard and says so (text and a live region). */
export function copyButton(value, what, label = 'Copy') {
  const button = el('button', { type: 'button', class: 'copy', 'aria-label': `${label}: ${what}` }, label);
  button.addEventListener('click', async () => {
    let ok = true;
    try {
      await navigator.clipboard.writeText(String(value));
    } catch {
      ok = false;
    }
    button.dataset.state = ok ? 'copied' : 'failed';
    button.textContent = ok ? 'Copied' : 'Copy failed';
    announce(ok ? `Copied ${what}` : `Could not copy ${what}; select it and press Ctrl+C`);
    clearTimeout(button.resetTimer);
    button.resetTimer = setTimeout(() => {
      button.textContent = label;
      delete button.dataset.state;
    }, 1800);
  });
  return button;
}

/** Says `message` to screen readers through the page's polite live region (#announcer). */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes repeated identical messages heard again.
  setTimeout(() => { region.textContent = message; }, 30);
}

/** A link to a source: its key, titled with the document's name; a source without an address
 * links to its entry in the page's source list. */
export function sourceLink(source) {
  if (source.url) {
    return el('a', { href: source.url, title: source.title, rel: 'noopener noreferrer', target: '_blank' }, source.key);
  }
  return el('a', { href: `#source-${slug(source.key)}`, title: source.title }, source.key);
}

/** A provenance line: the sources, the month verified and the confidence. */
export function provenanceLine(provenance) {
  return el('p', { class: 'provenance' },
    el('span', { class: `badge ${provenance.confidence}`, title: CONFIDENCE_MEANING[provenance.confidence] || '' },
      provenance.confidence),
    el('span', { class: 'sources' }, 'Source: ', provenance.sources.map(sourceLink)),
    el('span', { class: 'checked' }, `checked ${provenance.verified}`));
}

/** gmail-facts.md, "Confidence levels" (core/src/knowledge/provenance.rs). */
const CONFIDENCE_MEANING = {
  verified: 'An official Google page or an RFC says it, or several independent captures agree.',
  likely: 'One good source, or several secondary ones.',
  uncertain: 'Sources disagree, are old, or are missing.',
};

/** An id-safe form of a source key (`RFC 8314` -> `rfc-8314`). */
export function slug(text) {
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
