// A small, dependency-free W3C WebDriver client over fetch, for Firefox ESR through geckodriver
// (the Firefox tests). It starts geckodriver on a free loopback port, opens one session and
// speaks the few commands the tests need, plus geckodriver's `moz/addon/install` (a temporary
// add-on from an unpacked directory) and `moz/context` (chrome or content).
import { spawn } from 'node:child_process';
import { freePort, sleep } from './peers.mjs';

/** The W3C element and shadow root reference keys. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

/** A WebDriver error: `error` is the W3C error code ("no such element", "script error", ...). */
export class WebDriverError extends Error {
  constructor(command, error, message) {
    super(`${command}: ${error}: ${message}`);
    this.error = error;
  }
}

/** Starts geckodriver on a free loopback port; returns {url, process, stop}. `systemAccess`
 * allows the `chrome` context (scripts with the browser's privileges). `env` is added to its
 * environment, which Firefox inherits (and native hosts from Firefox): geckodriver 0.37 applies
 * `moz:firefoxOptions.env` only on Android. */
export async function startGeckodriver({ binary = 'geckodriver', log = false, systemAccess = false, env } = {}) {
  const [port, websocket] = [await freePort(), await freePort()];
  const args = ['--host', '127.0.0.1', '--port', String(port), '--websocket-port', String(websocket),
    '--log', log ? 'debug' : 'warn', ...(systemAccess ? ['--allow-system-access'] : [])];
  const child = spawn(binary, args,
    { stdio: ['ignore', log ? 'inherit' : 'ignore', log ? 'inherit' : 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += d; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10000;
  for (;;) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`geckodriver did not start: ${stderr}`);
    }
    await sleep(50);
  }
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** One WebDriver session. */
export class Session {
  constructor(url, id, capabilities) {
    this.url = url;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** Opens a session with `capabilities` (the `alwaysMatch` object). */
  static async create(url, capabilities) {
    const value = await request(url, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(url, value.sessionId, value.capabilities);
  }

  /** A command on this session: `path` relative to /session/{id}. */
  command(method, path, body) {
    return request(this.url, method, `/session/${this.id}${path}`, body);
  }

  /** Ends the session (Firefox quits). */
  async quit() {
    await this.command('DELETE', '');
  }

  navigate(url) { return this.command('POST', '/url', { url }); }
  currentUrl() { return this.command('GET', '/url'); }
  title() { return this.command('GET', '/title'); }
  setTimeouts(timeouts) { return this.command('POST', '/timeouts', timeouts); }

  /** Runs `script` (a function body; `arguments` holds `args`) in the current browsing context. */
  execute(script, ...args) { return this.command('POST', '/execute/sync', { script, args }); }

  /** Runs `script`; it ends by calling `arguments[arguments.length - 1](result)`. */
  executeAsync(script, ...args) { return this.command('POST', '/execute/async', { script, args }); }

  /** Awaits the promise `expression` (an expression over `args`, bound as `args`) returns. */
  evaluate(expression, ...args) {
    return this.executeAsync(`const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve().then(() => (${expression}))
        .then((value) => done({ value }), (e) => done({ thrown: String(e) + (e && e.stack ? '\\n' + e.stack : '') }));`, ...args)
      .then((r) => {
        if (r && 'thrown' in r) throw new Error(`in the page: ${r.thrown}`);
        return r ? r.value : undefined;
      });
  }

  /** Opens a new tab and switches to it; returns its window handle. */
  async newTab() {
    const { handle } = await this.command('POST', '/window/new', { type: 'tab' });
    await this.switchTo(handle);
    return handle;
  }

  switchTo(handle) { return this.command('POST', '/window', { handle }); }
  windowHandle() { return this.command('GET', '/window'); }
  windowHandles() { return this.command('GET', '/window/handles'); }

  /** Closes the current tab; the caller switches to another one. */
  closeTab() { return this.command('DELETE', '/window'); }

  setWindowRect(rect) { return this.command('POST', '/window/rect', rect); }

  /** The first element matching a CSS selector: a reference for click() and friends. */
  async find(selector) {
    const value = await this.command('POST', '/element', { using: 'css selector', value: selector });
    return value[ELEMENT];
  }

  /** An element's open shadow root: a reference for findInShadow(). */
  async shadowRoot(element) {
    const value = await this.command('GET', `/element/${element}/shadow`);
    return value[SHADOW];
  }

  /** The first element matching a CSS selector inside a shadow root. */
  async findInShadow(shadow, selector) {
    const value = await this.command('POST', `/shadow/${shadow}/element`, { using: 'css selector', value: selector });
    return value[ELEMENT];
  }

  /** A real click (trusted events, as a person's), after scrolling the element into view. */
  click(element) { return this.command('POST', `/element/${element}/click`, {}); }
  text(element) { return this.command('GET', `/element/${element}/text`); }
  sendKeys(element, text) { return this.command('POST', `/element/${element}/value`, { text }); }

  /** The viewport as PNG bytes. */
  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot'), 'base64');
  }

  /** One element as PNG bytes. */
  async elementScreenshot(element) {
    return Buffer.from(await this.command('GET', `/element/${element}/screenshot`), 'base64');
  }

  /** geckodriver: installs an add-on (an .xpi/.zip or, temporary, an unpacked directory);
   * returns its id. */
  installAddon(path, { temporary = true } = {}) {
    return this.command('POST', '/moz/addon/install', { path, temporary });
  }

  uninstallAddon(id) { return this.command('POST', '/moz/addon/uninstall', { id }); }

  /** geckodriver: 'chrome' runs scripts with the browser's privileges, 'content' in pages. */
  setContext(context) { return this.command('POST', '/moz/context', { context }); }
}

async function request(url, method, path, body) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}`, 'unknown error', `not JSON (HTTP ${res.status}): ${text.slice(0, 200)}`);
  }
  const value = json && 'value' in json ? json.value : json;
  if (!res.ok || (value && typeof value === 'object' && typeof value.error === 'string')) {
    throw new WebDriverError(`${method} ${path}`, value && value.error || `HTTP ${res.status}`, value && value.message || text.slice(0, 200));
  }
  return value;
}
