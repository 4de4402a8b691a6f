// Portolan's service worker: core (wasm) answers the extension's messages (DESIGN.md,
// "Contract: the extension's messages"). It converts and routes; core decides.
//
// A module worker: the wasm-bindgen glue is imported statically and `init()` is awaited inside
// the handlers (service workers allow neither top-level await nor `import()`).
import init, { analyze, maxControls } from './wasm/portolan_extension.js';

const CONTENT_SCRIPTS = ['content/snapshot.js', 'content/fill.js'];
const MAX_EMAIL = 320;

let ready = null;
const core = () => (ready ||= init({ module_or_path: chrome.runtime.getURL('wasm/portolan_extension_bg.wasm') }));

/** An error the popup can branch on by `code`. */
class PortolanError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** The request, checked: every field the handler uses has the type it expects. */
function validate(msg) {
  if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') {
    throw new PortolanError('invalid-request', 'a message is an object with a string `type`');
  }
  const needsTab = ['portolan/scan', 'portolan/fill', 'portolan/undo'].includes(msg.type);
  if (needsTab && !(Number.isSafeInteger(msg.tabId) && msg.tabId >= 0)) {
    throw new PortolanError('invalid-request', `${msg.type} needs a numeric tabId`);
  }
  if (msg.email !== undefined && msg.email !== null
      && !(typeof msg.email === 'string' && msg.email.length <= MAX_EMAIL)) {
    throw new PortolanError('invalid-request', '`email` is a string of at most 320 characters');
  }
  return msg;
}

/** Runs a function in the tab's top frame (isolated world); selectors reach same-origin frames
 * and open shadow roots from there. */
async function inTab(tabId, func, args = []) {
  let results;
  try {
    results = await chrome.scripting.executeScript({ target: { tabId }, func, args });
  } catch (err) {
    throw new PortolanError('page-not-scriptable', String(err && err.message || err));
  }
  const [first] = results || [];
  if (!first) throw new PortolanError('page-not-scriptable', 'the page returned no result');
  return first.result;
}

/** Injects the DOM adapter once per document. */
async function ensureAdapter(tabId) {
  const present = await inTab(tabId, () => Boolean(globalThis.PortolanSnapshot && globalThis.PortolanFill));
  if (present) return;
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPTS });
  } catch (err) {
    throw new PortolanError('page-not-scriptable', String(err && err.message || err));
  }
}

/** The email address to plan with: the message's, else the one the popup remembered. */
async function emailFor(msg) {
  if (typeof msg.email === 'string') return msg.email.trim() || null;
  const { email } = await chrome.storage.local.get('email');
  return typeof email === 'string' && email.trim() ? email.trim() : null;
}

/** Snapshot (content script), then classify and plan (core, wasm). */
async function understand(tabId, email) {
  await Promise.all([core(), ensureAdapter(tabId)]);
  // One control past core's bound is enough for core to refuse; building more is wasted work.
  const limit = maxControls() + 1;
  const taken = await inTab(tabId, (limit) => {
    const t0 = performance.now();
    const snapshot = globalThis.PortolanSnapshot.build(document, { limit });
    const ms = performance.now() - t0;
    globalThis.PortolanFill.watch();
    return { snapshot, ms };
  }, [limit]);
  if (!taken || !taken.snapshot) throw new PortolanError('page-not-scriptable', 'no snapshot');
  const timing = { snapshotMs: taken.ms, analyzeMs: 0, controls: taken.snapshot.controls.length };
  const t0 = performance.now();
  try {
    const analysis = analyze(taken.snapshot, email);
    timing.analyzeMs = performance.now() - t0;
    return { analysis, snapshot: taken.snapshot, timing };
  } catch (err) {
    // Core's refusal (e.g. too-many-controls) crosses as an Error with a stable code.
    timing.analyzeMs = performance.now() - t0;
    throw Object.assign(new PortolanError(err.code || 'internal', err.message), { timing });
  }
}

/** The visible text of a select option or radio, so the popup can show "SSL/TLS" rather
 * than the option value "2". A lookup in what the page showed, not a decision. */
function withOptionTexts(analysis, snapshot) {
  const options = new Map(snapshot.controls.filter((c) => c.options && c.options.length)
    .map((c) => [c.selector, c.options]));
  const text = (selector, value) => {
    const found = (options.get(selector) || []).find((o) => o.value === value);
    return found && found.text ? found.text : null;
  };
  return {
    ...analysis,
    fields: analysis.fields.map((f) => ({ ...f, proposedText: f.proposed === null ? null : text(f.selector, f.proposed) })),
    plan: {
      ...analysis.plan,
      entries: analysis.plan.entries.map((e) => ({ ...e, currentText: text(e.selector, e.current) })),
    },
  };
}

const handlers = {
  async 'portolan/scan'(msg) {
    const { analysis, snapshot, timing } = await understand(msg.tabId, await emailFor(msg));
    return { ...withOptionTexts(analysis, snapshot), timing };
  },

  async 'portolan/fill'(msg) {
    const { analysis } = await understand(msg.tabId, await emailFor(msg));
    const done = await inTab(msg.tabId, (entries) => globalThis.PortolanFill.apply(entries), [analysis.plan.entries]);
    return { filled: done.filled, skipped: done.skipped };
  },

  async 'portolan/undo'(msg) {
    await ensureAdapter(msg.tabId);
    return inTab(msg.tabId, () => globalThis.PortolanFill.undo());
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only the extension's own pages drive scan, fill and undo; content scripts only notify.
  if (sender.id !== chrome.runtime.id) return false;
  const handler = msg && handlers[msg.type];
  if (!handler) return false;
  if (sender.tab && !sender.url?.startsWith(chrome.runtime.getURL(''))) return false;
  Promise.resolve()
    .then(() => handler(validate(msg)))
    .then(sendResponse, (err) => sendResponse({
      error: { code: err && err.code || 'internal', message: String(err && err.message || err) },
      ...(err && err.timing ? { timing: err.timing } : {}),
    }));
  return true;
});
