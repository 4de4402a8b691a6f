// Automatic mode (opt-in: registered only after the user grants the optional host permission
// in the popup). On every page it runs a tiny pre-check: does the page have mail-server
// fields at all? Only then does it ask the service worker (core) whether there is something
// to fill, and shows an unobtrusive offer. It fills only when the person clicks.
(() => {
  'use strict';
  if (globalThis.PortolanAuto) return;
  globalThis.PortolanAuto = true;

  const HINT = /imap|pop3|smtp|mail.?server|incoming|outgoing|mailhost/i;
  const ATTRS = ['name', 'id', 'placeholder', 'aria-label'];

  /** Cheap: attributes of at most 200 controls and the text of their labels; no layout. */
  function looksLikeMailSetup() {
    const controls = document.querySelectorAll('input, select');
    if (controls.length < 2) return false;
    const max = Math.min(controls.length, 200);
    for (let i = 0; i < max; i += 1) {
      const c = controls[i];
      if (ATTRS.some((a) => HINT.test(c.getAttribute(a) || ''))) return true;
      if (c.labels && Array.from(c.labels).some((l) => HINT.test(l.textContent || ''))) return true;
    }
    return false;
  }

  let host = null;

  function offer(text, buttons) {
    if (!host) {
      host = document.createElement('portolan-offer');
      host.id = 'portolan-offer';
      host.style.cssText = 'all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483647';
      host.attachShadow({ mode: 'open' });
      document.documentElement.append(host);
    }
    const root = host.shadowRoot;
    root.replaceChildren();
    const style = document.createElement('style');
    style.textContent = `
      .box{font:13px/1.4 system-ui,sans-serif;background:#fff;color:#1c2230;border:1px solid #d6dbe4;border-radius:12px;
        box-shadow:0 6px 24px rgba(20,30,60,.18);padding:10px 12px;display:flex;gap:10px;align-items:center;max-width:360px}
      .t{flex:1}
      button{font:inherit;font-weight:600;border-radius:8px;padding:5px 10px;cursor:pointer;border:1px solid #d6dbe4;background:#f6f8fb;color:#1c2230}
      button.primary{background:#1b4fd8;border-color:#1b4fd8;color:#fff}
      button:focus-visible{outline:2px solid #1b4fd8;outline-offset:2px}`;
    const box = document.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Portolan');
    const t = document.createElement('span');
    t.className = 't';
    t.textContent = text;
    box.append(t);
    for (const [label, action, primary] of buttons) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      if (primary) b.className = 'primary';
      // Only the person's own click or key press: a page script can reach this open shadow root
      // and call click(), which would fill its form with the remembered address (hostile.test.mjs).
      b.addEventListener('click', (event) => { if (event.isTrusted) action(); });
      box.append(b);
    }
    root.append(style, box);
  }

  const close = () => { if (host) { host.remove(); host = null; } };

  async function ask(type) {
    try {
      return await chrome.runtime.sendMessage({ type });
    } catch {
      return null;
    }
  }

  async function fill() {
    const reply = await ask('portolan/offer-fill');
    if (!reply || reply.error) { close(); return; }
    const n = reply.filled.length;
    offer(`Portolan filled ${n} field${n === 1 ? '' : 's'}. Type your password yourself.`, [
      ['Undo', async () => { await ask('portolan/offer-undo'); close(); }, false],
      ['Close', close, false],
    ]);
  }

  async function check() {
    if (!looksLikeMailSetup()) return;
    const reply = await ask('portolan/offer');
    if (!reply || reply.error || !reply.toFill) return;
    offer(`Portolan can fill Gmail's settings here (${reply.toFill} field${reply.toFill === 1 ? '' : 's'}).`, [
      ['Fill', fill, true],
      ['Not now', close, false],
    ]);
  }

  check();
})();
