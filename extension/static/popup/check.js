// The Connection panel: asks the native host (through the service worker, `portolan/check`) to
// probe Gmail's servers from this computer and shows the verdict, one row per endpoint, the MX
// verdict for a custom domain, progress while it runs, and what to do when the host fails.
// Host-derived text is rendered as text only (dom.js).
import { el, clear } from './dom.js';
import { errorCard, mxCard, pendingRow, probeRow, verdict } from './connection-view.js';

/** Wires the panel in `root`. `endpoints` are Gmail's (core's knowledge: host, port, protocol,
 * security), shown as "checking…" while the host works; `email()` gives the address whose
 * domain's MX is checked too. */
export function setUpCheck(root, { endpoints, email }) {
  const button = el('button', { type: 'button', class: 'check-button primary' }, 'Check from this computer');
  const intro = el('p', { class: 'note intro' },
    "Tests from this computer that Gmail's servers answer on every mail port: a blocked port, a firewall, an antivirus or proxy that intercepts TLS.");
  const scope = el('p', { class: 'hint scope' });
  const bar = el('div', { class: 'progress', hidden: '' },
    el('div', { class: 'track', role: 'progressbar', 'aria-label': 'Checking' }, el('span', { class: 'runner' })),
    el('span', { class: 'elapsed' }));
  const head = el('div', { class: 'verdict-slot' });
  const rows = el('ul', { class: 'probes', 'aria-label': 'Gmail endpoints' });
  const extra = el('div', { class: 'check-extra' });
  const live = el('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  root.append(head, el('div', { class: 'check-controls' }, intro, scope, button, bar), rows, extra, live);

  const describeScope = () => {
    const address = email();
    const domain = address.includes('@') ? address.split('@').pop().toLowerCase() : '';
    const gmail = ['gmail.com', 'googlemail.com'].includes(domain);
    scope.textContent = !domain
      ? 'With a Workspace address set on This page, its domain is checked too.'
      : gmail ? `For ${address}: a Gmail address, so no domain to check.`
        : `Also checks that mail for ${domain} goes to Google (its MX records).`;
  };
  describeScope();

  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    const hadFocus = document.activeElement === button;
    button.disabled = true;
    button.textContent = 'Checking…';
    root.setAttribute('aria-busy', 'true');
    describeScope();
    intro.hidden = false;
    scope.hidden = false;
    clear(head);
    clear(extra);
    clear(rows);
    for (const e of endpoints) rows.append(pendingRow(e));
    live.textContent = "Checking Gmail's servers…";
    // One native message does the whole check: the progress is indeterminate, with the time.
    const started = Date.now();
    const tick = () => { bar.querySelector('.elapsed').textContent = `${Math.floor((Date.now() - started) / 1000)} s`; };
    tick();
    bar.hidden = false;
    const timer = setInterval(tick, 250);
    let reply;
    try {
      reply = await chrome.runtime.sendMessage({ type: 'portolan/check', email: email() || undefined });
    } catch (err) {
      reply = { error: { code: 'internal', message: String(err && err.message || err) } };
    }
    clearInterval(timer);
    bar.hidden = true;
    clear(rows);
    if (!reply || reply.error) {
      const error = reply && reply.error ? reply.error : { code: 'internal', message: 'no answer from the service worker' };
      extra.append(errorCard(error));
      live.textContent = 'The check could not run.';
    } else {
      head.append(verdict(reply));
      // The verdict now says what the introduction promised.
      intro.hidden = true;
      scope.hidden = true;
      for (const p of reply.probes || []) rows.append(probeRow(p));
      if (reply.mx) extra.append(mxCard(reply.mx));
      live.textContent = reply.summary || 'Check finished.';
    }
    root.removeAttribute('aria-busy');
    button.disabled = false;
    button.textContent = 'Check again';
    running = false;
    // Disabled while running, the button lost the keyboard focus: give it back.
    if (hadFocus && (document.activeElement === document.body || document.activeElement === null)) button.focus();
  };
  button.addEventListener('click', run);
  return { run };
}
