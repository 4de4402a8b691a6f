// The www site (dist/www, built by `cargo xtask build` from the extension's own wasm package),
// driven in real Chromium like a person would: the settings doctor as they type, the reference
// page and its copy buttons, the demo forms (loaded clean, and understood by the extension).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, openTab, ROOT, SCREENSHOTS, send, serve } from './harness.mjs';

const SITE = join(ROOT, 'dist/www');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DEMOS = ['demo/webmail.html', 'demo/helpdesk.html', 'demo/wordpress-smtp.html'];

let server;
let browser;
let context;

before(async () => {
  assert.ok(existsSync(join(SITE, 'wasm/portolan_extension_bg.wasm')), 'dist/www is missing: run `cargo xtask build` first');
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The harness's server, with the MIME type that lets the glue compile the module streaming.
  server = await serve({ '/': `${SITE}/` }, (path) => (path.endsWith('.wasm') ? { 'content-type': 'application/wasm' } : {}));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the site and records everything that went wrong while it ran. */
async function open(path, viewport) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${server.origin}/${path}`);
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

const shot = (page, name) => page.screenshot({ path: join(SCREENSHOTS, `www-${name}.png`), fullPage: true });

describe('settings doctor', () => {
  test('the 465 myth, a correct setting and a port that is not a number, typed like a user', async () => {
    const { page, problems } = await open('doctor.html');
    await page.getByLabel('Protocol', { exact: true }).selectOption('imap');
    await page.getByLabel('Server', { exact: true }).pressSequentially('imap.gmail.com');
    await page.getByLabel('Port', { exact: true }).pressSequentially('465');
    await page.getByLabel('Security', { exact: true }).selectOption({ label: 'STARTTLS' });

    const myth = page.locator('.finding[data-code="imap-port-465-myth"]');
    await myth.waitFor();
    assert.match(await myth.locator('.badge').textContent(), /error/i);
    assert.match(await myth.textContent(), /465/);
    assert.equal(await page.locator('#verdict').getAttribute('data-verdict'), 'error');
    assert.equal(await page.locator('#fixed tr[data-field="port"] .value').textContent(), '993');
    assert.match(await page.locator('#fixed tr[data-field="security"] .value').textContent(), /SSL\/TLS/);
    assert.equal(await page.locator('#fixed tr[data-field="host"] .value').textContent(), 'imap.gmail.com');
    await shot(page, 'doctor-myth');

    // "Use these settings" puts the fix in the form, and the doctor is then satisfied.
    await page.getByRole('button', { name: 'Use these settings' }).click();
    assert.equal(await page.getByLabel('Port', { exact: true }).inputValue(), '993');
    assert.equal(await page.locator('#verdict').getAttribute('data-verdict'), 'ok');

    // A correct SMTP setting, typed from scratch: no error, no warning.
    await page.getByLabel('Protocol', { exact: true }).selectOption('smtp');
    await page.getByLabel('Server', { exact: true }).fill('');
    await page.getByLabel('Server', { exact: true }).pressSequentially('smtp.gmail.com');
    await page.getByLabel('Port', { exact: true }).fill('');
    await page.getByLabel('Port', { exact: true }).pressSequentially('587');
    await page.getByLabel('Security', { exact: true }).selectOption('starttls');
    await page.getByLabel(/Username/).pressSequentially('someone@gmail.com');
    assert.equal(await page.locator('#verdict').getAttribute('data-verdict'), 'ok');
    assert.equal(await page.locator('.finding.error, .finding.warning').count(), 0);
    assert.match(await page.locator('.fixed h3').textContent(), /Nothing to change/);
    await shot(page, 'doctor-ok');

    // Not a port: a plain message, the field marked, no crash.
    await page.getByLabel('Port', { exact: true }).fill('');
    await page.getByLabel('Port', { exact: true }).pressSequentially('abc');
    const error = page.locator('#port-error');
    await error.waitFor();
    assert.match(await error.textContent(), /"abc" is not a number/);
    assert.equal(await page.getByLabel('Port', { exact: true }).getAttribute('aria-invalid'), 'true');
    await shot(page, 'doctor-bad-port');

    // And back: typing a port again recovers.
    await page.getByLabel('Port', { exact: true }).fill('587');
    assert.equal(await page.locator('#port-error').count(), 0);
    assert.equal(await page.locator('#verdict').getAttribute('data-verdict'), 'ok');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('example buttons, keyboard only', async () => {
    const { page, problems } = await open('doctor.html');
    await page.getByRole('button', { name: 'A typo' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.finding[data-code="host-typo"]').waitFor();
    assert.equal(await page.locator('#fixed tr[data-field="host"] .value').textContent(), 'smtp.gmail.com');
    await page.getByRole('button', { name: 'The MX host' }).click();
    await page.locator('.finding[data-code="mx-host"]').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a link carries the setting to check (and an unknown word is ignored)', async () => {
    const { page, problems } = await open('doctor.html?protocol=pop3&host=pop.gmail.com&port=110&security=bogus');
    await page.locator('.finding[data-code="pop3-port-110-not-offered"]').waitFor();
    assert.equal(await page.locator('#security').inputValue(), 'implicit-tls');
    assert.equal(await page.locator('#fixed tr[data-field="port"] .value').textContent(), '995');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a narrow screen', async () => {
    const { page, problems } = await open('doctor.html', { width: 380, height: 800 });
    await page.getByRole('button', { name: 'IMAP on 465' }).click();
    await page.locator('.finding').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await shot(page, 'doctor-narrow');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('wasm exports at the boundary', () => {
  test('settings and diagnose: results and coded errors, as the pages see them', async () => {
    const { page, problems } = await open('index.html');
    const got = await page.evaluate(async () => {
      const core = await import('/js/core.js');
      await core.ready;
      const codeOf = (f) => { try { f(); return 'no error'; } catch (e) { return `${e.code}: ${e.message}`; } };
      return {
        imapOnly: Object.keys(core.settings('imap')),
        all: core.settings(null).smtp.map((e) => e.port),
        badProtocol: codeOf(() => core.settings('gopher')),
        numberPort: core.diagnose({ protocol: 'pop3', host: 'pop.gmail.com', port: 995, security: 'implicit-tls' }),
        textPort: core.diagnose({ protocol: 'imap', host: ' IMAP.gmail.com ', port: ' 143 ', security: 'starttls', username: 'me' }),
        emptyPort: codeOf(() => core.diagnose({ protocol: 'imap', host: 'imap.gmail.com', port: '', security: 'starttls' })),
        fractionPort: codeOf(() => core.diagnose({ protocol: 'imap', host: 'imap.gmail.com', port: 99.5, security: 'starttls' })),
        hugePort: codeOf(() => core.diagnose({ protocol: 'imap', host: 'imap.gmail.com', port: 70000, security: 'starttls' })),
        badSecurity: codeOf(() => core.diagnose({ protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'ssl' })),
        notAnObject: codeOf(() => core.diagnose('imap.gmail.com:993')),
      };
    });
    assert.deepEqual(got.imapOnly.filter((k) => ['imap', 'pop3', 'smtp'].includes(k)), ['imap']);
    assert.deepEqual(got.all, [465, 587]);
    assert.match(got.badProtocol, /^invalid-input: /);
    assert.deepEqual(got.numberPort.findings, []);
    assert.deepEqual(got.numberPort.fixed, { protocol: 'pop3', host: 'pop.gmail.com', port: 995, security: 'implicit-tls' });
    assert.ok(got.textPort.findings.some((f) => f.code === 'imap-port-143-not-offered'), JSON.stringify(got.textPort.findings));
    assert.equal(got.textPort.fixed.port, 993);
    assert.equal(got.textPort.fixed.host, 'imap.gmail.com');
    assert.match(got.emptyPort, /^invalid-input: (Error: )?Enter a port/);
    assert.match(got.fractionPort, /^invalid-input: (Error: )?The port must be a whole number/);
    assert.match(got.hugePort, /^invalid-input: (Error: )?The port 70000 does not exist/);
    assert.match(got.badSecurity, /^invalid-input: /);
    assert.match(got.notAnObject, /^invalid-input: /);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('reference', () => {
  test('servers, sources and a working copy button', async () => {
    const { page, problems } = await open('reference.html');
    const imap = page.locator('#server-imap');
    await imap.waitFor();
    assert.equal(await imap.locator('.value.host').first().textContent(), 'imap.gmail.com');
    assert.equal(await imap.locator('.value.port').first().textContent(), '993');
    assert.match(await imap.locator('.provenance').first().textContent(), /checked \d{4}-\d{2}/);
    assert.equal(await imap.locator('.provenance a[href="https://developers.google.com/workspace/gmail/imap/imap-smtp"]').count(), 1);
    const smtpPorts = await page.locator('#server-smtp .value.port').allTextContents();
    assert.deepEqual(smtpPorts, ['465', '587']);
    assert.equal(await page.locator('#server-pop3 .value.host').first().textContent(), 'pop.gmail.com');

    // The myths come from core's wrong-port table.
    assert.match(await page.locator('#myth-imap-465').textContent(), /RFC 8314/);
    assert.equal(await page.locator('#myth-imap-143').count(), 1);
    assert.equal(await page.locator('#myth-pop3-110').count(), 1);
    // Sign-in guidance and the source list.
    assert.match(await page.locator('#app-passwords').textContent(), /2-Step Verification/);
    assert.match(await page.locator('#auth-account-password').textContent(), /no longer works/);
    assert.ok(await page.locator('#sources li').count() >= 10);
    assert.equal(await page.locator('#source-rfc-8314 a').getAttribute('href'), 'https://www.rfc-editor.org/rfc/rfc8314');
    // Every provenance shows a confidence.
    const badges = await page.locator('.provenance .badge').allTextContents();
    assert.ok(badges.length >= 15, `${badges.length} provenance lines`);
    assert.deepEqual(badges.filter((b) => !['verified', 'likely', 'uncertain'].includes(b)), []);

    const copy = imap.getByRole('button', { name: 'Copy: IMAP server' });
    await copy.click();
    await page.waitForFunction((button) => button.textContent === 'Copied', await copy.elementHandle());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'imap.gmail.com');
    await page.locator('#copy-json button').click();
    await page.waitForFunction(() => document.querySelector('#copy-json button').textContent === 'Copied');
    const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(json.imap[0].port, 993);
    assert.equal(json.smtp[1].security, 'starttls');
    await shot(page, 'reference');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('dark mode', async () => {
    const page = await context.newPage({ colorScheme: 'dark' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.origin}/reference.html`);
    await page.locator('#server-imap').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'www-reference-dark.png') });
    await page.close();
  });

  test('a narrow screen', async () => {
    const { page, problems } = await open('reference.html', { width: 380, height: 800 });
    await page.locator('#server-imap').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: join(SCREENSHOTS, 'www-reference-narrow.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('index and demo forms', () => {
  test('the index links every page and runs the wasm core', async () => {
    const { page, problems } = await open('index.html');
    await page.waitForFunction(() => document.getElementById('core-version').textContent !== '…');
    assert.match(await page.locator('#core-version').textContent(), /^\d+\.\d+\.\d+/);
    for (const href of ['reference.html', 'doctor.html', 'demo/index.html']) {
      assert.ok(await page.locator(`main a[href="${href}"]`).count() >= 1, href);
    }
    await shot(page, 'index');
    const demos = await open('demo/index.html');
    for (const demo of DEMOS) {
      assert.equal(await demos.page.locator(`main a[href="${demo.replace('demo/', '')}"]`).count(), 1, demo);
    }
    await shot(demos.page, 'demo-index');
    assert.deepEqual([...problems, ...demos.problems], []);
    await page.close();
    await demos.page.close();
  });

  for (const demo of DEMOS) {
    test(`${demo} loads clean and submits nothing`, async () => {
      const { page, problems } = await open(demo);
      await shot(page, demo.replace('demo/', 'demo-').replace('.html', ''));
      await page.locator('form button[type="submit"]').first().click();
      assert.match(await page.locator('.demo-result').first().textContent(), /nothing was sent/);
      assert.ok(page.url().startsWith(`${server.origin}/${demo}`), page.url());
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('demo forms through the extension', () => {
  const expected = {
    'demo/webmail.html': { '#imap-host': 'incoming.host', '#imap-port': 'incoming.port', '#smtp-host': 'outgoing.host', '#smtp-port': 'outgoing.port' },
    'demo/helpdesk.html': { '#in_server': 'incoming.host', '#in_port': 'incoming.port', '#in_protocol': 'incoming.protocol', '#in_encryption': 'incoming.security' },
    'demo/wordpress-smtp.html': { '#wp-mail-smtp-setting-smtp-host': 'outgoing.host', '#wp-mail-smtp-setting-smtp-port': 'outgoing.port' },
  };
  // Fields Portolan must leave alone: names, passwords, unrelated options.
  const untouched = {
    'demo/webmail.html': ['#account-name', '#imap-password', '#smtp-password'],
    'demo/helpdesk.html': ['#in_password', '#in_imap_folders', '#in_validate_cert'],
    'demo/wordpress-smtp.html': ['#wp-mail-smtp-setting-from_name', '#wp-mail-smtp-setting-smtp-pass'],
  };
  let ext;
  before(async () => { ext = await launch(); });
  after(async () => { await ext?.close(); });

  for (const [demo, roles] of Object.entries(expected)) {
    test(`${demo}: scanned and filled with Gmail's values`, async () => {
      const { page, tabId } = await openTab(ext, `${server.origin}/${demo}`);
      const scan = await send(ext.ext, { type: 'portolan/scan', tabId, email: 'someone@gmail.com' });
      assert.ok(!scan.error, JSON.stringify(scan.error));
      const found = Object.fromEntries(scan.fields.map((f) => [f.selector, f.role]));
      for (const [selector, role] of Object.entries(roles)) assert.equal(found[selector], role, `${selector} in ${JSON.stringify(found)}`);
      const kept = await Promise.all(untouched[demo].map((selector) => page.inputValue(selector)));
      const fill = await send(ext.ext, { type: 'portolan/fill', tabId, email: 'someone@gmail.com' });
      assert.ok(!fill.error, JSON.stringify(fill.error));
      const host = Object.keys(roles)[0];
      assert.match(await page.inputValue(host), /^(imap|smtp)\.gmail\.com$/);
      assert.deepEqual(await Promise.all(untouched[demo].map((selector) => page.inputValue(selector))), kept);
      await page.screenshot({ path: join(SCREENSHOTS, `www-${demo.replace('demo/', 'demo-').replace('.html', '')}-filled.png`), fullPage: true });
      await page.close();
    });
  }
});
