// The same extension and native host in Firefox ESR (Debian's /usr/bin/firefox-esr), driven
// through geckodriver and WebDriver (tests/browser/webdriver.mjs):
// - dist/firefox/ derives from the root manifest.json, addons-linter finds no error in it nor in
//   the zip a user uploads to addons.mozilla.org (dist/portolan-firefox.zip), and the zip holds
//   exactly dist/firefox/;
// - dist/firefox-test/ installed as a temporary add-on; every fixture of the form corpus
//   scanned, filled and undone through the extension's messages from one of its own pages, as
//   corpus.test.mjs does in Chromium, with the same hard requirements (passwords untouched,
//   nothing submitted, undo restores the exact form state) and the same accuracy (core's native
//   figure, which Chromium's test also equals; per page against Chromium's
//   target/browser-corpus.json when that is there);
// - the popup's Connection panel through the real `portolan` host, installed by
//   `portolan install --browser firefox` into the home Firefox runs with, against Debian's
//   Dovecot and dnsmasq on loopback (tests/browser/peers.mjs): host-missing before the install,
//   every port working after it (screenshot target/screenshots/firefox-popup-connection.png),
//   host-missing again when installed for another add-on id (Firefox's words for both).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, crc32 } from 'node:zlib';
import { formStateInPage, HOST_BIN, NO_HOST, ROOT, SCREENSHOTS, serve } from './harness.mjs';
import {
  FORMS, fixtures, nativeSummary, passwordsInPage, readValuesInPage, rounded, scorePage, show, totals,
} from './corpus-score.mjs';
import { ENDPOINTS, noPeers, sleep, startMailPeers } from './peers.mjs';
import { Session, startGeckodriver } from './webdriver.mjs';
import { listFiles } from '../../extension/tools/zip.mjs';
import { GECKO_ID } from '../../extension/tools/manifest.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const DIST = join(ROOT, 'dist/firefox');
const DIST_TEST = join(ROOT, 'dist/firefox-test');
const ZIP = join(ROOT, 'dist/portolan-firefox.zip');
const LINTER = join(ROOT, 'node_modules/.bin/addons-linter');
const FAKE_HOST = join(ROOT, 'tests/browser/fake-host/host.mjs');
/** The add-on's moz-extension:// host, fixed by the pref extensions.webextensions.uuids. */
const UUID = '5d1f6a0e-4b7c-4e2a-9c3d-8a1b2c3d4e5f';
const BASE = `moz-extension://${UUID}`;
const INSTALL = 'portolan install --browser firefox';

const noBuild = !existsSync(join(DIST_TEST, 'manifest.json')) && 'dist/firefox-test is missing: run `cargo xtask build`';
const noFirefox = (!existsSync(FIREFOX) && `${FIREFOX} is not installed`)
  || (spawnSync('geckodriver', ['--version']).error && 'geckodriver is not installed (cargo install --locked geckodriver)')
  || noBuild;

let driver;
let session;
let server;
let peers;
let home;
let extTab;
let pageTab;
let tabId;
const results = [];

// One Firefox for the whole file: its home (where it looks for native-messaging manifests) is
// a fresh directory, and its environment (which the native host inherits) points the host at
// the loopback peers.
before(async () => {
  if (noFirefox) return;
  home = mkdtempSync(join(tmpdir(), 'portolan-firefox-home-'));
  server = await serve({ '/': `${FORMS}/` });
  if (!noPeers && !NO_HOST) peers = await startMailPeers('example.com');
  driver = await startGeckodriver({ systemAccess: true, env: { HOME: home, ...(peers ? peers.env : {}) } });
  session = await Session.create(driver.url, {
    browserName: 'firefox',
    'moz:firefoxOptions': {
      binary: FIREFOX,
      args: ['-headless'],
      prefs: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    },
  });
  await session.setTimeouts({ script: 60000, pageLoad: 20000 });
  // Tall enough that a whole popup fits in its screenshots.
  await session.setWindowRect({ width: 1100, height: 1800 });
  assert.equal(await session.installAddon(DIST_TEST), GECKO_ID);
  pageTab = await session.windowHandle();
  extTab = await openExtensionPage('/popup.html?tab=-1');
});

after(async () => {
  await session?.quit().catch(() => {});
  await driver?.stop();
  await server?.close();
  await peers?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

/** Opens an extension page in a new tab (WebDriver may not navigate to moz-extension: URLs;
 * the browser's own tab API may) and switches to it; returns its window handle. */
async function openExtensionPage(path) {
  const handles = await session.windowHandles();
  await session.setContext('chrome');
  try {
    await session.execute(`const tab = gBrowser.addTab(arguments[0], {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
      gBrowser.selectedTab = tab;`, `${BASE}${path}`);
  } finally {
    await session.setContext('content');
  }
  const deadline = Date.now() + 10000;
  for (;;) {
    const added = (await session.windowHandles()).filter((h) => !handles.includes(h));
    if (added.length === 1) {
      await session.switchTo(added[0]);
      if ((await session.execute('return document.readyState')) === 'complete') return added[0];
    }
    if (Date.now() > deadline) throw new Error(`${path} did not open`);
    await sleep(50);
  }
}

/** Sends one message to the background script from the extension page, as the popup does. */
async function send(message) {
  await session.switchTo(extTab);
  return session.evaluate('chrome.runtime.sendMessage(args[0])', message);
}

/** Runs a plain function in the corpus page's tab; returns its result. */
async function inPage(fn, ...args) {
  await session.switchTo(pageTab);
  return session.execute(`return (${fn}).apply(null, arguments);`, ...args);
}

/** Polls `condition` (a function body returning a boolean) in the current tab. */
async function waitFor(condition, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await session.execute(condition))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${condition}`);
    await sleep(50);
  }
}

/** Reads a zip's central directory: {name: bytes} (inflated, CRC checked). */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i += 1) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    assert.equal(buffer.readUInt32LE(local), 0x04034b50, `local header of ${name}`);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const body = buffer.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    assert.ok(method === 0 || method === 8, `${name}: method ${method}`);
    assert.equal(crc32(data), crc, `${name}: CRC`);
    files[name] = data;
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** addons-linter's JSON report on a directory or zip. */
function lint(target) {
  const run = spawnSync(LINTER, [target, '--output', 'json'], { encoding: 'utf8' });
  assert.ok(run.stdout, `addons-linter printed nothing: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function assertNoLintErrors(report, what) {
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind]) console.log(`addons-linter ${what} ${kind}: ${m.code} ${m.file || ''} ${m.message}: ${m.description}`);
  }
  assert.equal(report.summary.errors, 0, `addons-linter errors on ${what}: ${JSON.stringify(report.errors, null, 1)}`);
}

test('dist/firefox derives from the root manifest: background scripts, gecko settings, the same CSP', { skip: noBuild }, () => {
  const root = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const ff = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const ffTest = JSON.parse(readFileSync(join(DIST_TEST, 'manifest.json'), 'utf8'));
  for (const key of ['manifest_version', 'name', 'short_name', 'version', 'description', 'permissions',
    'optional_host_permissions', 'action', 'icons', 'content_security_policy']) {
    assert.deepEqual(ff[key], root[key], key);
  }
  assert.match(ff.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  assert.deepEqual(ff.background, { scripts: [root.background.service_worker], type: 'module' });
  assert.equal(ff.key, undefined, 'no Chromium key');
  assert.equal(ff.minimum_chrome_version, undefined);
  assert.equal(ff.host_permissions, undefined, 'the shipped add-on asks for no host');
  const { gecko } = ff.browser_specific_settings;
  assert.equal(gecko.id, GECKO_ID);
  assert.match(gecko.strict_min_version, /^\d+\.0$/);
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
  // The test variant differs only by the loopback host permissions.
  const { host_permissions: hosts, ...rest } = ffTest;
  assert.deepEqual(rest, ff);
  assert.deepEqual(hosts, ['http://127.0.0.1/*', 'http://localhost/*']);
  // The same files as the Chromium build, but for the manifest.
  assert.deepEqual(listFiles(DIST), listFiles(join(ROOT, 'dist/chromium')));
  for (const file of listFiles(DIST).filter((f) => f !== 'manifest.json')) {
    assert.ok(readFileSync(join(DIST, file)).equals(readFileSync(join(ROOT, 'dist/chromium', file))), file);
  }
});

test('addons-linter finds no error in dist/firefox', { skip: noBuild }, () => {
  const report = lint(DIST);
  assertNoLintErrors(report, 'dist/firefox');
  assert.equal(report.metadata.id, GECKO_ID);
  assert.equal(report.metadata.manifestVersion, 3);
});

test('the addons.mozilla.org zip holds exactly dist/firefox, and addons-linter accepts it', { skip: noBuild }, () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run \`cargo xtask build\``);
  const files = unzip(readFileSync(ZIP));
  assert.deepEqual(Object.keys(files), listFiles(DIST));
  for (const [name, data] of Object.entries(files)) {
    assert.ok(data.equals(readFileSync(join(DIST, name))), `${name} differs from dist/firefox`);
  }
  assertNoLintErrors(lint(ZIP), 'the zip');
});

test('portolan print-manifest --browser firefox allows exactly the add-on\'s id', { skip: NO_HOST || noBuild }, () => {
  const manifest = JSON.parse(execFileSync(HOST_BIN, ['print-manifest', '--browser', 'firefox'], { encoding: 'utf8' }));
  const ff = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.allowed_extensions, [ff.browser_specific_settings.gecko.id]);
  assert.equal(manifest.allowed_origins, undefined);
  assert.equal(manifest.name, 'dev.portolan.host');
});

test('Firefox runs the add-on: the background script answers from its wasm core', { skip: noFirefox }, async () => {
  await session.switchTo(extTab);
  assert.equal(await session.currentUrl(), `${BASE}/popup.html?tab=-1`);
  // Host permissions of a temporary add-on are granted at install (Firefox 127+), so the test
  // variant reaches loopback pages without a click, as chromium-test does in Chromium.
  const granted = await session.evaluate('chrome.permissions.getAll()');
  assert.deepEqual(granted.origins, ['http://127.0.0.1/*', 'http://localhost/*']);
  const bad = await send({ type: 'portolan/scan' });
  assert.equal(bad.error?.code, 'invalid-request', JSON.stringify(bad));
  await session.switchTo(pageTab);
  await session.navigate(`${server.origin}/${fixtures[0]}.html`);
  await session.switchTo(extTab);
  // Firefox's match patterns carry no port: find the tab by its URL.
  const tabs = (await session.evaluate('chrome.tabs.query({})'))
    .filter((t) => t.url.startsWith(`${server.origin}/`));
  assert.equal(tabs.length, 1, JSON.stringify(tabs));
  tabId = tabs[0].id;
});

/** In the add-on's page: one corpus page's whole round, the steps of corpus.test.mjs through
 * the extension's own APIs: tabs.update loads the page into the corpus tab, scripting's
 * isolated world reads it (form controls, passwords, a submit listener), runtime messages scan,
 * fill and undo as the popup sends them. One WebDriver command per page: a tab switch costs
 * about 30 ms here and the steps took a dozen. Returns what the test asserts on. */
async function corpusRoundInAddOn({ tabId, url, email, selectors }, read) {
  const inTab = async (func, ...args) => (await chrome.scripting.executeScript({ target: { tabId }, func, args }))[0].result;
  const sleep = (ms) => new Promise((ok) => { setTimeout(ok, ms); });
  await new Promise((ok, fail) => {
    const loaded = (id, change, tab) => {
      if (id !== tabId || change.status !== 'complete' || tab.url !== url) return;
      clearTimeout(timer);
      chrome.tabs.onUpdated.removeListener(loaded);
      ok();
    };
    const timer = setTimeout(() => {
      chrome.tabs.onUpdated.removeListener(loaded);
      fail(new Error(`${url} did not load`));
    }, 20000);
    chrome.tabs.onUpdated.addListener(loaded);
    chrome.tabs.update(tabId, { url }).catch(fail);
  });
  for (const deadline = Date.now() + 5000; await inTab(() => document.documentElement.hasAttribute('data-pending'));) {
    if (Date.now() > deadline) throw new Error(`${url} stayed data-pending`);
    await sleep(50);
  }
  await inTab(() => { document.addEventListener('submit', () => { globalThis.portolanTestSubmitted = true; }, true); });
  const send = (type) => chrome.runtime.sendMessage({ type, tabId, email });
  const initial = await inTab(read.formState);
  const initialPasswords = await inTab(read.passwords);
  const scan = await send('portolan/scan');
  const fill = await send('portolan/fill');
  const now = await inTab(read.values, selectors);
  // What an untouched (null) expectation compares against: the value before the fill.
  const undone = await send('portolan/undo');
  const beforeFill = await inTab(read.values, selectors);
  const again = await send('portolan/fill');
  const passwords = await inTab(read.passwords);
  const submitted = await inTab(() => globalThis.portolanTestSubmitted ?? null);
  const undo = await send('portolan/undo');
  const restored = await inTab(read.formState);
  return { initial, initialPasswords, scan, fill, now, undone, beforeFill, again, passwords, submitted, undo, restored };
}

for (const name of fixtures) {
  test(`corpus in Firefox: ${name}`, { skip: noFirefox }, async () => {
    assert.ok(Number.isInteger(tabId), 'the page tab is known');
    const expected = JSON.parse(readFileSync(join(FORMS, `${name}.expected.json`), 'utf8'));
    const url = `${server.origin}/${name}.html`;
    const email = expected.email || 'jane.doe@example.com';
    const selectors = Object.keys(expected.fill || {});
    await session.switchTo(extTab);
    const r = await session.evaluate(
      `(${corpusRoundInAddOn})(args[0], { formState: ${formStateInPage}, passwords: ${passwordsInPage}, values: ${readValuesInPage} })`,
      { tabId, url, email, selectors },
    );
    assert.ok(!r.scan.error, JSON.stringify(r.scan.error));
    assert.equal(r.scan.url, url);
    assert.ok(!r.fill.error, JSON.stringify(r.fill.error));
    assert.ok(!r.undone.error, JSON.stringify(r.undone.error));
    assert.deepEqual(r.again.filled, r.fill.filled, 'the same fill twice');
    assert.deepEqual(r.passwords, r.initialPasswords, 'password values untouched');
    assert.equal(r.submitted, null, 'never submits');
    assert.ok(!r.undo.error, JSON.stringify(r.undo.error));
    assert.deepEqual(r.restored, r.initial, 'undo restores the exact form state');

    results.push({ name, heldOut: Boolean(expected.heldOut), ...scorePage(expected, r.scan, r.now, r.beforeFill) });
  });
}

test('corpus accuracy in Firefox equals the native figure, and Chromium\'s', { skip: noFirefox || !fixtures.length }, () => {
  assert.equal(results.length, fixtures.length, 'every fixture was scored');
  const tuned = totals(results, false);
  const heldOut = totals(results, true);
  const perFixture = Object.fromEntries(results.map((r) => [r.name, { heldOut: r.heldOut, roles: r.roles, fills: r.fills, applied: r.applied, misses: r.misses }]));
  const native = nativeSummary();
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  writeFileSync(join(ROOT, 'target/firefox-corpus.json'), `${JSON.stringify({ tuned, heldOut, native, perFixture }, null, 2)}\n`);
  for (const [label, t] of [['tuned', tuned], ['held-out', heldOut]]) {
    console.log(`corpus in Firefox, ${label} (${t.pages} pages): roles ${show(t.roles)}, fills ${show(t.fills)}, applied in the page ${show(t.applied)}`);
  }
  // Chromium's figures from its last run of corpus.test.mjs, page by page, when present.
  const chromiumFile = join(ROOT, 'target/browser-corpus.json');
  const chromium = existsSync(chromiumFile) ? JSON.parse(readFileSync(chromiumFile, 'utf8')) : null;
  const scored = (r) => JSON.stringify([r.roles, r.fills, r.applied]);
  const differ = chromium ? fixtures.filter((n) => !chromium.perFixture[n] || scored(chromium.perFixture[n]) !== scored(perFixture[n])) : [];
  if (chromium) {
    console.log(`Chromium (target/browser-corpus.json): tuned roles ${show(chromium.tuned.roles)}, fills ${show(chromium.tuned.fills)}, applied ${show(chromium.tuned.applied)}; held-out roles ${show(chromium.heldOut.roles)}, fills ${show(chromium.heldOut.fills)}, applied ${show(chromium.heldOut.applied)}`);
    console.log(`pages scored differently from (or missing in) Chromium's last run: ${differ.length ? differ.join(', ') : 'none'}`);
  }
  if (native) {
    console.log(`native (committed snapshots): tuned roles ${native.tuned.roles}% fills ${native.tuned.fills}% | held-out roles ${native.heldOut.roles}% fills ${native.heldOut.fills}%`);
    assert.deepEqual(rounded(tuned, heldOut), native,
      'the Firefox and native figures differ: are the committed snapshots stale, or dist/ older than core? (node tests/tools/snapshots.mjs --check; cargo xtask build)');
    return;
  }
  // core's figure is unavailable (a fixture without its snapshot, say): then Chromium's last
  // run is the reference, and it must cover every page.
  assert.ok(chromium, 'neither core\'s SUMMARY (cargo test -p portolan-core --test corpus) nor target/browser-corpus.json is available');
  assert.deepEqual(differ, [], 'pages scored differently in Firefox and in Chromium\'s last run');
});

test('the popup in Firefox: This page shows the plan, Fill and Undo change the page', { skip: noFirefox }, async () => {
  await session.switchTo(pageTab);
  await session.navigate(`${server.origin}/thunderbird-web.html`);
  const values = () => inPage(() => Array.from(document.querySelectorAll('input:not([type=password]), select'), (e) => e.value));
  const initial = await values();
  const popup = await openExtensionPage(`/popup.html?tab=${tabId}`);
  await waitFor("return document.body.dataset.ready === 'true'");
  const email = await session.find('#email');
  await session.command('POST', `/element/${email}/clear`, {});
  await session.sendKeys(email, 'jane.doe@gmail.com');
  await waitFor("return document.querySelector('#status').textContent.includes('to fill')");
  await waitFor("return [...document.querySelectorAll('.value')].some((v) => v.textContent === 'jane.doe@gmail.com')");
  assert.ok((await session.execute("return document.querySelectorAll('.block h2').length")) >= 1);
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, 'firefox-popup-this-page.png'), await session.elementScreenshot(await session.find('body')));

  await session.click(await session.find('#fill'));
  await waitFor("return document.querySelector('#result').textContent.startsWith('Filled')");
  const filled = await values();
  assert.ok(filled.some((v) => v.endsWith('.gmail.com')), filled.join());
  await session.switchTo(popup);
  await waitFor("return !document.querySelector('#undo').disabled");
  await session.click(await session.find('#undo'));
  await waitFor("return document.querySelector('#result').textContent.startsWith('Restored')");
  assert.deepEqual(await values(), initial);
  await session.switchTo(popup);
  await session.closeTab();
});

test('automatic mode in Firefox: nothing registered by default; once on, the in-page offer fills and undoes', { skip: noFirefox }, async () => {
  await session.switchTo(extTab);
  assert.deepEqual(await session.evaluate('chrome.scripting.getRegisteredContentScripts()'), []);
  await session.evaluate("chrome.storage.local.set({ email: 'jane.doe@gmail.com' })");
  const on = await send({ type: 'portolan/auto', enabled: true });
  assert.equal(on.enabled, true, JSON.stringify(on));
  try {
    await session.switchTo(pageTab);
    await session.navigate(`${server.origin}/drupal-smtp.html?auto`);
    const host = () => session.execute("return document.querySelector('#edit-smtp-host').value");
    const before = await host();
    const offerText = () => session.execute("return document.querySelector('#portolan-offer')?.shadowRoot.textContent || ''");
    // The offer acts only on trusted clicks (a page script's click() does nothing): WebDriver's
    // click is a real one, into the open shadow root.
    const click = async (selector) => {
      const shadow = await session.shadowRoot(await session.find('#portolan-offer'));
      await session.click(await session.findInShadow(shadow, selector));
    };
    await waitFor("return Boolean(document.querySelector('#portolan-offer')?.shadowRoot?.querySelector('button.primary'))");
    assert.match(await offerText(), /can fill Gmail's settings/);
    await session.execute("document.querySelector('#portolan-offer').shadowRoot.querySelector('button.primary').click()");
    await sleep(500);
    assert.equal(await host(), before, 'a page script\'s click fills nothing');
    await click('button.primary');
    await waitFor(`return document.querySelector('#portolan-offer')?.shadowRoot.textContent.includes('filled')`);
    assert.equal(await host(), 'smtp.gmail.com');
    await click('button:not(.primary)'); // Undo
    await waitFor(`return document.querySelector('#edit-smtp-host').value === ${JSON.stringify(before)}`);
  } finally {
    const off = await send({ type: 'portolan/auto', enabled: false });
    assert.equal(off.enabled, false);
  }
  await session.switchTo(pageTab);
  await session.navigate(`${server.origin}/drupal-smtp.html?off`);
  await sleep(800);
  assert.equal(await session.execute("return document.querySelectorAll('#portolan-offer').length"), 0);
});

/** The popup on the Connection panel, at popup width. */
async function connectionPanel() {
  const handle = await openExtensionPage('/popup.html?tab=-1&panel=connection');
  await waitFor("return document.body.dataset.ready === 'true'");
  return handle;
}

/** Clicks the check button and waits for the check's end. */
async function runCheck() {
  await session.click(await session.find('#panel-connection .check-button'));
  await waitFor(`const b = document.querySelector('#panel-connection .check-button');
    return !b.disabled && !document.querySelector('#check .row.pending')
      && Boolean(document.querySelector('#check .probe, .check-error'));`, 40000);
}

function installHost(...extra) {
  execFileSync(HOST_BIN, ['install', '--browser', 'firefox', ...extra], { env: { ...process.env, HOME: home }, encoding: 'utf8' });
}

test('the popup checks through the real host installed by `portolan install --browser firefox`, against Dovecot', { skip: noFirefox || NO_HOST || noPeers }, async () => {
  // No host yet: the error names the Firefox install command.
  const missing = await send({ type: 'portolan/check' });
  assert.equal(missing.error?.code, 'host-missing', JSON.stringify(missing));
  assert.equal(missing.error.command, INSTALL);

  installHost();
  const manifestFile = join(home, '.mozilla/native-messaging-hosts/dev.portolan.host.json');
  assert.deepEqual(JSON.parse(readFileSync(manifestFile, 'utf8')).allowed_extensions, [GECKO_ID]);
  await session.switchTo(extTab);
  await session.evaluate("chrome.storage.local.set({ email: 'jane.doe@example.com' })");
  const panel = await connectionPanel();
  await runCheck();
  const rows = await session.execute(`return Array.from(document.querySelectorAll('#check .probe'), (p) => ({
    target: p.dataset.target, outcome: p.dataset.outcome,
    status: p.querySelector('.outcome').textContent,
    facts: p.querySelector('.facts')?.textContent || '',
    issuer: p.querySelector('.issuer')?.textContent || '',
    interception: p.querySelector('.interception')?.textContent || '',
  }));`);
  const shown = await session.execute("return document.querySelector('#check').textContent");
  assert.deepEqual(rows.map((r) => r.target).sort(), [...ENDPOINTS].sort(), shown);
  for (const r of rows) {
    assert.equal(r.outcome, 'ok', JSON.stringify(r));
    assert.equal(r.status, 'Works');
    assert.match(r.facts, /TLSv1\.3/);
    assert.ok(r.issuer.includes('Portolan Test CA'), r.issuer);
    assert.ok(r.interception.includes('TLS intercepted'), r.interception);
  }
  const verdict = await session.execute("const v = document.querySelector('.verdict'); return [v.dataset.level, v.textContent];");
  assert.equal(verdict[0], 'warn');
  assert.ok(verdict[1].includes('intercepted'), verdict[1]);
  const mx = await session.execute("const m = document.querySelector('.mx'); return m && [m.dataset.google, m.textContent];");
  assert.equal(mx?.[0], 'true');
  assert.ok(mx[1].includes('aspmx.l.google.com'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, 'firefox-popup-connection.png'), await session.elementScreenshot(await session.find('body')));
  await session.closeTab();
  assert.equal((await session.windowHandles()).includes(panel), false);

  // Installed for another add-on: Firefox skips a manifest whose allowed_extensions lacks the
  // caller (it says why only in the browser console), so the extension hears the same words as
  // with no manifest at all: host-missing, and the same command fixes it.
  installHost('--extension-id', 'someone-else@example.org');
  const other = await send({ type: 'portolan/check' });
  assert.equal(other.error?.code, 'host-missing', JSON.stringify(other));
  assert.equal(other.error.command, INSTALL);
  await connectionPanel();
  await runCheck();
  const card = await session.execute("const c = document.querySelector('.check-error'); return c && [c.dataset.code, c.querySelector('.command code').textContent];");
  assert.deepEqual(card, ['host-missing', INSTALL]);
  await session.closeTab();
  installHost();
});

/** Installs tests/browser/fake-host/host.mjs in MODE as dev.portolan.host for this Firefox. */
function installFakeHost(mode) {
  const dir = join(home, '.mozilla/native-messaging-hosts');
  mkdirSync(dir, { recursive: true });
  const program = join(home, `fake-host-${mode}.sh`);
  writeFileSync(program, `#!/bin/sh\nexec "${process.execPath}" "${FAKE_HOST}" ${mode} "$@"\n`);
  chmodSync(program, 0o755);
  writeFileSync(join(dir, 'dev.portolan.host.json'), JSON.stringify({
    name: 'dev.portolan.host', description: 'Portolan test stand-in', path: program, type: 'stdio', allowed_extensions: [GECKO_ID],
  }));
}

test('every failure of the host in Firefox\'s words maps to its code and command', { skip: noFirefox }, async () => {
  const cases = [
    ['exit', 'host-crashed', INSTALL],
    ['old', 'host-too-old', INSTALL],
    ['reject', 'host-too-old', INSTALL],
    ['wrong-id', 'host-crashed', INSTALL],
    ['hang', 'host-timeout', 'portolan check'],
  ];
  try {
    for (const [mode, code, command] of cases) {
      installFakeHost(mode);
      const t0 = Date.now();
      const reply = await send({ type: 'portolan/check', timeoutMs: 1000 });
      console.log(`fake host ${mode}: ${reply.error?.code}: ${reply.error?.message}`);
      assert.equal(reply.error?.code, code, `${mode}: ${JSON.stringify(reply)}`);
      assert.equal(reply.error.command, command, mode);
      // The bound: 4 probes of 1 s plus the 5 s margin.
      assert.ok(Date.now() - t0 < 15000, `${mode} took ${Date.now() - t0} ms`);
    }
  } finally {
    rmSync(join(home, '.mozilla/native-messaging-hosts/dev.portolan.host.json'), { force: true });
  }
});
