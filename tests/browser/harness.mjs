// Shared setup for the browser tests: Debian's Chromium (driven by playwright-core) with the
// built test extension (dist/chromium-test), a loopback HTTP server, and helpers that talk to
// the service worker exactly as the popup does (chrome.runtime.sendMessage from an extension
// page).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const EXTENSION = join(ROOT, 'dist/chromium-test');
/** The native host where `cargo build --release -p portolan` leaves it (CARGO_TARGET_DIR
 * honoured, as `cargo xtask build` honours it). */
export const HOST_BIN = join(process.env.CARGO_TARGET_DIR ? resolve(ROOT, process.env.CARGO_TARGET_DIR) : join(ROOT, 'target'), 'release/portolan');
/** Why a test of the real host is skipped: it is not built (a partial local run). Never under
 * CI, which builds it first: there a missing host fails the tests that use it instead of
 * silently skipping them. */
export const NO_HOST = !process.env.CI && !existsSync(HOST_BIN) && `${HOST_BIN} is not built`;
export const SCREENSHOTS = join(ROOT, 'target/screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Serves `dirs` ({urlPrefix: directory}) on 127.0.0.1:0. `headers(pathname)` adds response
 * headers (the CSP test uses it). Returns {origin, close}. */
export async function serve(dirs, headers = () => ({})) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(url.pathname),
      });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

/** Chromium with the extension. Returns {context, id, ext (an extension page), close}.
 * `setup(profileDir)` runs before the browser starts (e.g. to install the native host's
 * manifest); `env` is added to the browser's environment (the native host inherits it).
 * `extension` (default dist/chromium-test), `headless` (default true) and `profile` (a directory
 * kept after close; default a temporary one that is removed) serve `cargo xtask run`. `args` are
 * extra Chromium switches, after the usual ones (the privacy test's network log). */
export async function launch({ setup, env, extension = EXTENSION, headless = true, profile: keep, args = [] } = {}) {
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`${extension} is missing: run \`cargo xtask build\` first`);
  }
  const profile = keep || mkdtempSync(join(tmpdir(), 'portolan-browser-'));
  if (setup) await setup(profile);
  const context = await chromium.launchPersistentContext(profile, {
    ...(env ? { env: { ...process.env, ...env } } : {}),
    executablePath: '/usr/bin/chromium',
    headless,
    viewport: headless ? { width: 1100, height: 800 } : null,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      ...args,
    ],
  });
  const cleanUp = async () => {
    await context.close().catch(() => {});
    if (!keep) rmSync(profile, { recursive: true, force: true });
  };
  let worker, id, ext;
  try {
    // A loaded machine can take a while to start the worker; never leave the browser behind.
    worker = context.serviceWorkers()[0] || await context.waitForEvent('serviceworker', { timeout: 60_000 });
    id = new URL(worker.url()).host;
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${id}/popup.html?tab=-1`);
  } catch (e) {
    await cleanUp();
    throw e;
  }
  return {
    context,
    id,
    worker,
    ext,
    close: cleanUp,
  };
}

/** Opens the popup for a tab (and a panel: 'reference', 'connection'), at popup size. */
export async function openPopup(browser, tabId, panel = '') {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${browser.id}/popup.html?tab=${tabId}${panel ? `&panel=${panel}` : ''}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Sends one message to the service worker from the extension page; returns the reply. */
export function send(ext, message) {
  return ext.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** Opens `url` in a new tab; returns {page, tabId}. */
export async function openTab(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.ext.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u.split('#')[0] });
    return tabs.length === 1 ? tabs[0].id : null;
  }, page.url());
  if (tabId === null) throw new Error(`cannot find the tab of ${url}`);
  return { page, tabId };
}

/** Every control's full state (value, checked, selected index) in the page, including open
 * shadow roots and same-origin frames, keyed by a stable path. Passwords included: the tests
 * prove the extension leaves them alone. */
export function formState(page) {
  return page.evaluate(formStateInPage);
}

/** In the page: what formState returns (a plain function, so WebDriver can run it too). */
export function formStateInPage() {
  const out = {};
  const walk = (root, prefix) => {
    const all = root.querySelectorAll('*');
    let i = 0;
    for (const el of all) {
      if (el.matches('input, select, textarea')) {
        const key = `${prefix}${el.tagName.toLowerCase()}#${i++}[${el.name || el.id || ''}]`;
        out[key] = { value: el.value, checked: el.checked ?? null, index: el.selectedIndex ?? null };
      }
      if (el.shadowRoot) walk(el.shadowRoot, `${prefix}shadow(${i})/`);
      if (el.tagName === 'IFRAME') {
        try { if (el.contentDocument) walk(el.contentDocument, `${prefix}frame(${i})/`); } catch { /* cross-origin */ }
      }
    }
  };
  walk(document, '');
  return out;
}

/** The median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Injects only the fill adapter (content/fill.js) into a tab's isolated world and runs
 * `PortolanFill[method](...args)` there: the adapter's mechanics without core's decisions. */
export async function adapter(browser, tabId, method, ...args) {
  return browser.ext.evaluate(async ({ tabId, method, args }) => {
    await chrome.scripting.executeScript({ target: { tabId }, files: ['content/fill.js'] });
    const [r] = await chrome.scripting.executeScript({
      target: { tabId },
      func: (m, a) => globalThis.PortolanFill[m](...a),
      args: [method, args],
    });
    return r.result;
  }, { tabId, method, args });
}
