// A custom element with an open shadow root, and a same-origin frame; every event the adapter
// dispatches is recorded in window.__events (page world), so the test sees what a framework sees.
window.__events = [];
customElements.define('smtp-settings', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="smtp-host">SMTP server</label><input id="smtp-host" name="smtp_host">';
    const input = root.querySelector('input');
    for (const type of ['input', 'change', 'blur']) input.addEventListener(type, () => window.__events.push(`shadow:${type}`));
  }
});
const frame = document.getElementById('frame');
frame.addEventListener('load', () => {
  const doc = frame.contentDocument;
  for (const type of ['input', 'change']) doc.addEventListener(type, () => window.__events.push(`frame:${type}`));
  window.__ready = true;
});
