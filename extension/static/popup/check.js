// "Check from this computer": asks the native host (through the service worker) to probe
// Gmail's servers and shows each probe's outcome and core's explanation.
import { el, clear } from './dom.js';

const HELP = {
  'host-missing': 'The Portolan helper is not installed. Install it, then try again: portolan install --browser chromium (or chrome, edge, brave, firefox).',
  'host-forbidden': 'The Portolan helper is installed for another extension ID. Reinstall it: portolan install --browser chromium.',
  'host-failed': 'The Portolan helper did not answer. Run portolan check in a terminal to see why.',
};

/** Wires the button in `root`; `email()` gives the address to check (for a custom domain's MX). */
export function setUpCheck(root, email) {
  const button = el('button', { type: 'button', class: 'check-button' }, 'Check from this computer');
  const out = el('div', { class: 'check-result', role: 'status', 'aria-live': 'polite' });
  root.append(
    el('h2', { class: 'section' }, 'Connection'),
    el('article', { class: 'card' },
      el('p', { class: 'note' }, "Tests from this computer that Gmail's servers answer: blocked ports, antivirus or proxy TLS interception."),
      button, out));
  button.addEventListener('click', async () => {
    button.disabled = true;
    clear(out);
    out.append(el('p', { class: 'note' }, 'Checking…'));
    const reply = await chrome.runtime.sendMessage({ type: 'portolan/check', email: email() || undefined });
    clear(out);
    button.disabled = false;
    if (!reply || reply.error) {
      const code = reply && reply.error ? reply.error.code : 'host-failed';
      out.append(el('p', { class: 'warn', 'data-code': code }, HELP[code] || `${code}: ${reply.error.message}`));
      return;
    }
    const list = el('ul', { class: 'probes' });
    for (const p of reply.probes || []) {
      list.append(el('li', { class: `probe ${p.outcome === 'ok' ? 'ok' : 'bad'}`, 'data-outcome': p.outcome },
        el('span', { class: 'target' }, p.target),
        el('span', { class: 'outcome' }, p.outcome),
        el('p', { class: 'reason' }, p.explanation || '')));
    }
    out.append(list);
    if (reply.summary) out.append(el('p', { class: 'note summary' }, reply.summary));
  });
}
