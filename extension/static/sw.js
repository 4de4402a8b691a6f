// Portolan's service worker: core (wasm) answers the extension's messages (DESIGN.md,
// "Contract: the extension's messages"). It converts and routes; core decides.
//
// A module worker: the wasm-bindgen glue is imported statically and `init()` is awaited inside
// the handlers (service workers allow neither top-level await nor `import()`).
import init, { analyze, maxControls } from './wasm/portolan_extension.js';
import { hostCheck } from './native-host.js';

const CONTENT_SCRIPTS = ['content/snapshot.js', 'content/fill.js'];
const AUTO_SCRIPT_ID = 'portolan-auto';
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
  if (!present) await injectAdapter(tabId);
}

/** Injects the DOM adapter's scripts into the tab's top frame. */
async function injectAdapter(tabId) {
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
  await core();
  // One control past core's bound is enough for core to refuse; building more is wasted work.
  const limit = maxControls() + 1;
  // One executeScript per scan: the function reports a document without the adapter (a new
  // page, a reload), which is then injected once and asked again. A separate presence check
  // before every scan cost a round trip to the page each time (docs/BENCHMARKS.md).
  const take = () => inTab(tabId, (limit) => {
    if (!globalThis.PortolanSnapshot || !globalThis.PortolanFill) return { missing: true };
    const t0 = performance.now();
    // Over core's bound, core refuses whatever the controls say; a shallow snapshot with that
    // many empty controls lets it say so without the per-control work (a page of 10,000
    // inputs costs milliseconds instead of a second). Equivalent: the full snapshot would hold
    // at least as many controls. The controls are counted one by one only when the document
    // holds that many input, select and textarea elements at all: the browser keeps those
    // counts between reads (live collections), so a page under the bound costs nothing here.
    let tags = 0;
    for (const tag of ['input', 'select', 'textarea']) tags += document.getElementsByTagName(tag).length;
    const snapshot = tags >= limit && globalThis.PortolanFill.countControls() >= limit
      ? { url: location.href, lang: '', title: document.title, controls: Array.from({ length: limit }, () => ({})) }
      : globalThis.PortolanSnapshot.build(document, { limit });
    const ms = performance.now() - t0;
    globalThis.PortolanFill.watch();
    return {
      snapshot, ms, undoable: globalThis.PortolanFill.undoable(), unreadFrames: globalThis.PortolanFill.unreadFrames(),
    };
  }, [limit]);
  let taken = await take();
  if (taken && taken.missing) {
    await injectAdapter(tabId);
    taken = await take();
  }
  if (!taken || !taken.snapshot) throw new PortolanError('page-not-scriptable', 'no snapshot');
  const timing = { snapshotMs: taken.ms, analyzeMs: 0, controls: taken.snapshot.controls.length };
  const t0 = performance.now();
  try {
    const analysis = analyze(taken.snapshot, email);
    timing.analyzeMs = performance.now() - t0;
    return { analysis, snapshot: taken.snapshot, timing, undoable: taken.undoable, unreadFrames: taken.unreadFrames };
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
    // (An option's empty value is left out of the snapshot.)
    const found = (options.get(selector) || []).find((o) => (o.value ?? '') === value);
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
    const { analysis, snapshot, timing, undoable, unreadFrames } = await understand(msg.tabId, await emailFor(msg));
    return { ...withOptionTexts(analysis, snapshot), timing, undoable, unreadFrames };
  },

  async 'portolan/fill'(msg) {
    const { analysis } = await understand(msg.tabId, await emailFor(msg));
    const done = await inTab(msg.tabId, (entries) => globalThis.PortolanFill.apply(entries), [analysis.plan.entries]);
    return { filled: done.filled, skipped: done.skipped };
  },

  /** The native host's check from this computer (docs/PROTOCOL.md, `check`): the report, or
   * an error whose code says what went wrong with the host and whose `command` fixes it
   * (native-host.js). `timeoutMs` (optional) bounds each probe; the exchange is bounded too. */
  async 'portolan/check'(msg) {
    if (msg.timeoutMs !== undefined && !(Number.isInteger(msg.timeoutMs) && msg.timeoutMs >= 1 && msg.timeoutMs <= 30000)) {
      throw new PortolanError('invalid-request', '`timeoutMs` is an integer from 1 to 30000');
    }
    return hostCheck(await emailFor(msg), msg.timeoutMs);
  },

  async 'portolan/undo'(msg) {
    await ensureAdapter(msg.tabId);
    return inTab(msg.tabId, () => globalThis.PortolanFill.undo());
  },
};

// Automatic mode (opt-in). The optional host permissions the user granted decide where the
// offer script runs; without them nothing is registered and no page gets anything injected.
async function syncAutomaticMode() {
  const { auto } = await chrome.storage.local.get('auto');
  const { origins = [] } = await chrome.permissions.getAll();
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (registered.length) await chrome.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (auto !== true || !origins.length) return { enabled: false };
  await chrome.scripting.registerContentScripts([{
    id: AUTO_SCRIPT_ID,
    matches: origins,
    js: [...CONTENT_SCRIPTS, 'content/auto.js'],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  }]);
  return { enabled: true, origins };
}

handlers['portolan/auto'] = async (msg) => {
  if (typeof msg.enabled !== 'boolean') throw new PortolanError('invalid-request', '`enabled` is a boolean');
  await chrome.storage.local.set({ auto: msg.enabled });
  return syncAutomaticMode();
};

/** Messages from the in-page offer (content/auto.js): they act on the sender's own tab only. */
const offerHandlers = {
  async 'portolan/offer'(tabId) {
    const { analysis } = await understand(tabId, await emailFor({}));
    return { toFill: analysis.plan.entries.filter((e) => e.action && e.status !== 'keep').length };
  },
  'portolan/offer-fill': (tabId, email) => handlers['portolan/fill']({ tabId, email }),
  'portolan/offer-undo': (tabId) => handlers['portolan/undo']({ tabId }),
};

chrome.permissions.onAdded.addListener(() => { syncAutomaticMode(); });
chrome.permissions.onRemoved.addListener(() => { syncAutomaticMode(); });

function reply(work, sendResponse) {
  Promise.resolve()
    .then(work)
    .then(sendResponse, (err) => sendResponse({
      error: {
        code: err && err.code || 'internal',
        message: String(err && err.message || err),
        // Host failures say what fixes them (native-host.js).
        ...(err && err.command ? { command: err.command } : {}),
      },
      ...(err && err.timing ? { timing: err.timing } : {}),
    }));
  return true;
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !msg || typeof msg.type !== 'string') return false;
  const fromPage = sender.tab && !sender.url?.startsWith(chrome.runtime.getURL(''));
  if (fromPage) {
    // A content script may only ask about its own tab's top frame, and only in automatic mode.
    const handler = offerHandlers[msg.type];
    if (!handler || sender.frameId !== 0) return false;
    return reply(async () => {
      const { auto } = await chrome.storage.local.get('auto');
      if (auto !== true) throw new PortolanError('automatic-mode-off', 'automatic mode is off');
      return handler(sender.tab.id, await emailFor({}));
    }, sendResponse);
  }
  // The extension's own pages drive scan, fill, undo and settings.
  const handler = handlers[msg.type];
  if (!handler) return false;
  return reply(() => handler(validate(msg)), sendResponse);
});
