// The service worker's side of the native host `dev.portolan.host` (docs/PROTOCOL.md): one
// `check` request over a native port, bounded in time, its reply checked (version, id, shape)
// before anyone reads it, and every way it can fail named by a stable code that carries what
// to do about it (docs/EXTENSION.md, "Check errors").

/** The host's name, for `connectNative`. */
export const HOST = 'dev.portolan.host';
/** The protocol version this extension speaks; a host reporting less is too old. */
export const PROTOCOL_VERSION = 1;
/** Each probe's bound, sent to the host as `timeoutMs` (the host's own default). */
export const PROBE_TIMEOUT_MS = 5000;
/** A check runs Gmail's 4 endpoints (in parallel, plus the MX look-up); a host that takes longer
 * than 4 probes in a row plus this margin is hung, and the popup must not wait on it. */
const PROBES = 4;
const MARGIN_MS = 5000;

/** An error with a stable `code`, and for host failures the `command` that fixes them. */
export class HostError extends Error {
  constructor(code, message, command) {
    super(message);
    this.code = code;
    if (command) this.command = command;
  }
}

/** The `--browser` of `portolan install` for the browser running this code: Chromium's brands
 * name the product (Chrome, Edge, Brave); Firefox has no brands. */
export function browserName(nav = globalThis.navigator) {
  const brands = (nav && nav.userAgentData && nav.userAgentData.brands || []).map((b) => b.brand);
  if (brands.some((b) => /edge/i.test(b))) return 'edge';
  if (brands.some((b) => /brave/i.test(b))) return 'brave';
  if (brands.some((b) => /google chrome/i.test(b))) return 'chrome';
  if (brands.length) return 'chromium';
  return /firefox/i.test(nav && nav.userAgent || '') ? 'firefox' : 'chromium';
}

/** The command that installs (or reinstalls, or updates the manifest of) the host. */
export function installCommand(browser = browserName()) {
  return `portolan install --browser ${browser}`;
}

/** Browsers word native-messaging failures only as messages; these are their spellings
 * (Chromium's `extensions/browser/api/messaging/native_message_port*` and Firefox's
 * `NativeMessaging.sys.mjs`). */
export function codeForBrowserError(message) {
  // Chromium: the manifest is not where the browser looks. Firefox: "No such native application".
  if (/not found|no such native application/i.test(message)) return 'host-missing';
  // Chromium: the manifest's allowed_origins lacks this extension. Firefox: "does not have permission".
  if (/forbidden|does not have permission/i.test(message)) return 'host-forbidden';
  // Chromium: the manifest names a program that is gone or cannot run: install again.
  if (/failed to start/i.test(message)) return 'host-missing';
  // Chromium: the host exited, or wrote something that is not a frame.
  if (/exited|communicating|disconnected/i.test(message)) return 'host-crashed';
  return 'host-failed';
}

/** What to run for each code: every host failure is fixed by installing the host again, except
 * a hang, which the same check in a terminal shows the cause of. */
function commandFor(code) {
  if (code === 'host-timeout') return 'portolan check';
  return code.startsWith('host-') ? installCommand() : undefined;
}

function fail(code, message) {
  return new HostError(code, message, commandFor(code));
}

/** One request over a native port. The port (not `sendNativeMessage`) so that a hung host can
 * be let go: disconnecting makes the browser end the host process. */
function exchange(request, timeoutMs) {
  return new Promise((resolve, reject) => {
    let port = null;
    let done = false;
    let timer = 0;
    const finish = (settle, value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try { port && port.disconnect(); } catch { /* already gone */ }
      settle(value);
    };
    try {
      port = chrome.runtime.connectNative(HOST);
    } catch (err) {
      const message = String(err && err.message || err);
      reject(fail(codeForBrowserError(message), message));
      return;
    }
    timer = setTimeout(() => finish(reject, fail('host-timeout',
      `the host did not answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    port.onMessage.addListener((reply) => finish(resolve, reply));
    port.onDisconnect.addListener((p) => {
      // Chromium reports why in runtime.lastError, Firefox in the port's `error`.
      const err = (p && p.error) || chrome.runtime.lastError;
      const message = err && err.message ? err.message : 'the host exited without a reply';
      finish(reject, fail(err && err.message ? codeForBrowserError(message) : 'host-crashed', message));
    });
    try {
      port.postMessage(request);
    } catch (err) {
      finish(reject, fail('host-crashed', String(err && err.message || err)));
    }
  });
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The reply, checked against docs/PROTOCOL.md: a version this extension understands, the
 * request's id, a `check` result. Returns the result or throws a HostError. */
export function checkedResult(reply, id) {
  if (!isObject(reply) || !isObject(reply.version)) throw fail('host-crashed', 'the host sent a garbled reply (no version)');
  const { protocol } = reply.version;
  if (!Number.isInteger(protocol)) throw fail('host-crashed', 'the host sent a garbled reply (version.protocol)');
  if (protocol < PROTOCOL_VERSION) {
    throw fail('host-too-old', `the host speaks protocol ${protocol}; this extension needs ${PROTOCOL_VERSION} (host ${String(reply.version.host)})`);
  }
  if (reply.id !== id) throw fail('host-crashed', 'the host answered another request');
  if (isObject(reply.error)) {
    const code = typeof reply.error.code === 'string' ? reply.error.code : 'host-failed';
    const message = typeof reply.error.message === 'string' ? reply.error.message : code;
    // Our request is well-formed, so a host that calls it bad does not know `check` or one of
    // its members: it predates them.
    if (code === 'bad-request') throw fail('host-too-old', `the host refused the check request: ${message}`);
    throw new HostError(code, message);
  }
  const result = reply.result;
  if (reply.type !== 'check' || !isObject(result) || !Array.isArray(result.probes)) {
    throw fail('host-crashed', 'the host sent a garbled reply (no check report)');
  }
  return result;
}

let sequence = 0;

/** Asks the host for `portolan check`; resolves with the report or rejects with a HostError.
 * `probeTimeoutMs` bounds each probe; the whole exchange is bounded by 4 of them plus a margin. */
export async function hostCheck(email, probeTimeoutMs = PROBE_TIMEOUT_MS) {
  const id = `check-${Date.now().toString(36)}-${++sequence}`;
  const request = { id, type: 'check', timeoutMs: probeTimeoutMs, ...(email ? { email } : {}) };
  const reply = await exchange(request, PROBES * probeTimeoutMs + MARGIN_MS);
  return checkedResult(reply, id);
}
