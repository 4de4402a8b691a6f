// The Connection panel and portolan/check in real Chromium, through real native hosts:
// - the real `portolan` (target/release/portolan, installed into the test profile with its own
//   `install --user-data-dir`) against Debian's Dovecot on loopback, started here with a test
//   CA made with openssl: Gmail's names mapped to it with PORTOLAN_CONNECT_TO and the CA
//   trusted with PORTOLAN_CA_FILE, so certificate and host-name checks stay on; dnsmasq answers
//   the custom domain's MX (PORTOLAN_RESOLVER). Nothing touches the internet.
// - the real host against a closed loopback port (every probe refused), through the Reference
//   panel's shortcut (the demo's path);
// - every failure of the host itself: none installed, installed for another extension, a
//   protocol-0 host, a host that exits at once, a host that hangs (tests/browser/fake-host/).
// Each failure shows its words and the install command, and the copy button copies it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_BIN, launch, NO_HOST, ROOT, SCREENSHOTS, send } from './harness.mjs';
import { ENDPOINTS, freePort, noPeers, startDnsmasq, startDovecot, stop } from './peers.mjs';
import { browserName, checkedResult, codeForBrowserError } from '../../extension/static/native-host.js';

const FAKE_HOST = join(ROOT, 'tests/browser/fake-host/host.mjs');
const INSTALL = 'portolan install --browser chromium';
const OTHER_EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';

/** Installs tests/browser/fake-host/host.mjs in MODE as dev.portolan.host for the profile. */
function installFakeHost(profile, mode) {
  const dir = join(profile, 'NativeMessagingHosts');
  mkdirSync(dir, { recursive: true });
  const program = join(profile, `fake-host-${mode}.sh`);
  writeFileSync(program, `#!/bin/sh\nexec "${process.execPath}" "${FAKE_HOST}" ${mode} "$@"\n`);
  chmodSync(program, 0o755);
  writeFileSync(join(dir, 'dev.portolan.host.json'), JSON.stringify({
    name: 'dev.portolan.host',
    description: 'Portolan test stand-in',
    path: program,
    type: 'stdio',
    allowed_origins: ['chrome-extension://ciafbknicphdjnodmcclioichdbnokbj/'],
  }));
}

const installRealHost = (...extra) => (profile) =>
  execFileSync(HOST_BIN, ['install', '--browser', 'chromium', '--user-data-dir', profile, ...extra]);

/** The popup at popup size, on `panel`. */
async function popup(browser, panel) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${browser.id}/popup.html?tab=-1&panel=${panel}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** The whole popup as one image (the viewport grows to the content). */
async function shot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 380, height });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 380, height: 600 });
}

/** Runs the check from the Connection panel and waits for its end. */
async function runCheck(page) {
  await page.click('#panel-connection .check-button');
  await page.waitForFunction(() => !document.querySelector('#panel-connection .check-button').disabled
    && !document.querySelector('#check .row.pending'), null, { timeout: 40000 });
}

/** The error card says `words` and its copy button copies the install command. */
async function assertErrorShown(browser, page, code, words) {
  const card = page.locator(`.check-error[data-code="${code}"]`);
  await card.waitFor();
  const text = await card.textContent();
  assert.ok(text.includes(words), text);
  assert.equal(await card.locator('.command code').textContent(), INSTALL);
  const copy = card.locator('.command button.copy');
  assert.equal(await copy.getAttribute('data-copy'), INSTALL);
  await page.bringToFront();
  await copy.click();
  await page.waitForFunction(() => document.querySelector('.check-error .command button.copy').textContent === 'Copied');
  // What the clipboard holds, read by pasting it (extension origins cannot be granted
  // clipboard-read): a scratch field, Ctrl+V.
  await page.evaluate(() => {
    const scratch = document.createElement('textarea');
    scratch.id = 'paste-here';
    document.body.append(scratch);
    scratch.focus();
  });
  await page.keyboard.press('Control+V');
  assert.equal(await page.inputValue('#paste-here'), INSTALL);
  await page.evaluate(() => document.querySelector('#paste-here').remove());
}

/** Launches Chromium with `options`, runs `body(browser)`, always closes it. */
async function withBrowser(options, body) {
  const browser = await launch(options);
  try {
    await body(browser);
  } finally {
    await browser.close();
  }
}

test('without the native host installed, check says host-missing and how to install it', async () => {
  await withBrowser({}, async (browser) => {
    const reply = await send(browser.ext, { type: 'portolan/check' });
    assert.equal(reply.error.code, 'host-missing', JSON.stringify(reply));
    assert.equal(reply.error.command, INSTALL);
    // From the keyboard: End reaches the Connection tab, Tab the check button, Enter runs it.
    const page = await popup(browser, 'page');
    await page.focus('#tab-page');
    await page.keyboard.press('End');
    assert.equal(await page.getAttribute('#tab-connection', 'aria-selected'), 'true');
    assert.equal(await page.isVisible('#panel-connection'), true);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('#tab-page', 'aria-selected'), 'true');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.getAttribute('#tab-connection', 'aria-selected'), 'true');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('check-button')), true);
    await page.keyboard.press('Enter');
    await assertErrorShown(browser, page, 'host-missing', 'not installed');
    await shot(page, 'popup-connection-host-missing');
  });
});

test('the popup checks through the real host against Dovecot: every port works, TLS and the intercepting issuer shown', { skip: NO_HOST || noPeers }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-peers-'));
  chmodSync(dir, 0o755); // Dovecot's login processes (dovenull) reach their sockets under it.
  const peers = [];
  try {
    const dovecot = await startDovecot(dir);
    peers.push(dovecot.child);
    const dns = await startDnsmasq('example.com');
    peers.push(dns.child);
    await withBrowser({
      setup: installRealHost(),
      env: { PORTOLAN_CONNECT_TO: dovecot.connectTo, PORTOLAN_CA_FILE: dovecot.caFile, PORTOLAN_RESOLVER: dns.resolver },
    }, async (browser) => {
      // The address the popup remembered: a Workspace domain, so its MX is checked too.
      await browser.ext.evaluate(() => chrome.storage.local.set({ email: 'jane.doe@example.com' }));
      const page = await popup(browser, 'connection');
      assert.equal(await page.getAttribute('#tab-connection', 'aria-selected'), 'true');
      await runCheck(page);
      const rows = await page.$$eval('#check .probe', (ps) => ps.map((p) => ({
        target: p.dataset.target,
        outcome: p.dataset.outcome,
        status: p.querySelector('.outcome').textContent,
        facts: p.querySelector('.facts')?.textContent || '',
        issuer: p.querySelector('.issuer')?.textContent || '',
        interception: p.querySelector('.interception')?.textContent || '',
        reason: p.querySelector('.reason').textContent,
      })));
      assert.deepEqual(rows.map((r) => r.target).sort(), [...ENDPOINTS].sort());
      for (const r of rows) {
        assert.equal(r.outcome, 'ok', JSON.stringify(r));
        assert.equal(r.status, 'Works');
        assert.match(r.facts, /\d+ ms/);
        assert.match(r.facts, /TLSv1\.3/);
        assert.ok(r.issuer.includes('Portolan Test CA'), r.issuer);
        assert.ok(r.interception.includes('TLS intercepted') && r.interception.includes('not by Google'), r.interception);
        assert.match(r.facts, /intercepted/);
        assert.ok(r.reason.includes('works with'), r.reason);
      }
      const verdict = page.locator('.verdict');
      assert.equal(await verdict.getAttribute('data-level'), 'warn');
      assert.ok((await verdict.textContent()).includes('intercepted'));
      const mx = page.locator('.mx');
      assert.equal(await mx.getAttribute('data-google'), 'true');
      assert.ok((await mx.textContent()).includes('aspmx.l.google.com'));
      await shot(page, 'popup-connection');
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, 'popup-connection-dark');
    });
  } finally {
    for (const child of peers) await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Reference shortcut runs the check in the Connection panel (the real host, every port refused)', { skip: NO_HOST }, async () => {
  const port = await freePort();
  await withBrowser({
    setup: installRealHost(),
    env: { PORTOLAN_CONNECT_TO: ENDPOINTS.map((e) => `${e}:127.0.0.1:${port}`).join(',') },
  }, async (browser) => {
    const report = await send(browser.ext, { type: 'portolan/check', email: 'jane.doe@gmail.com' });
    assert.ok(!report.error, JSON.stringify(report.error));
    assert.deepEqual(report.probes.map((p) => p.target).sort(), [...ENDPOINTS].sort());
    for (const p of report.probes) assert.equal(p.outcome, 'refused', JSON.stringify(p));
    assert.equal(report.mx, null);

    // xtask/demo.mjs's path: panel=reference, click `.check-button`, wait for `.probe`.
    const page = await popup(browser, 'reference');
    await page.click('.check-button');
    await page.waitForSelector('.probe[data-outcome="refused"]');
    assert.equal(await page.getAttribute('#tab-connection', 'aria-selected'), 'true');
    assert.equal(await page.locator('.probe').count(), 4);
    assert.equal(await page.locator('.verdict').getAttribute('data-level'), 'bad');
    assert.equal(await page.locator('.mx').count(), 0, 'a Gmail address needs no MX');
    await page.locator('#check').screenshot({ path: join(SCREENSHOTS, 'popup-check.png') });
  });
});

test('a host speaking an older protocol is host-too-old, with the install command', async () => {
  await withBrowser({ setup: (profile) => installFakeHost(profile, 'old') }, async (browser) => {
    const reply = await send(browser.ext, { type: 'portolan/check' });
    assert.equal(reply.error?.code, 'host-too-old', JSON.stringify(reply));
    const page = await popup(browser, 'connection');
    await runCheck(page);
    await assertErrorShown(browser, page, 'host-too-old', 'too old');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'popup-connection-too-old-dark');
  });
});

test('a current host that rejects the check request is host-too-old too', async () => {
  await withBrowser({ setup: (profile) => installFakeHost(profile, 'reject') }, async (browser) => {
    const reply = await send(browser.ext, { type: 'portolan/check' });
    assert.equal(reply.error?.code, 'host-too-old', JSON.stringify(reply));
    assert.equal(reply.error.command, INSTALL);
  });
});

test('a reply to another request is a garbled reply: host-crashed', async () => {
  await withBrowser({ setup: (profile) => installFakeHost(profile, 'wrong-id') }, async (browser) => {
    const reply = await send(browser.ext, { type: 'portolan/check' });
    assert.equal(reply.error?.code, 'host-crashed', JSON.stringify(reply));
    assert.equal(reply.error.command, INSTALL);
  });
});

test('host-derived text is rendered as text, never as HTML', async () => {
  await withBrowser({ setup: (profile) => installFakeHost(profile, 'markup') }, async (browser) => {
    const page = await popup(browser, 'connection');
    await runCheck(page);
    assert.equal(await page.locator('#check .probe').count(), 2);
    assert.equal(await page.locator('#check img').count(), 0);
    assert.equal(await page.evaluate(() => document.body.dataset.owned), undefined);
    assert.ok((await page.textContent('.verdict')).includes('<img src=x'));
    assert.ok((await page.textContent('.mx')).includes('<img src=x'));
    assert.ok((await page.textContent('#check .probe .issuer')).includes('<img src=x'));
  });
});

test('a host that exits at once is host-crashed', async () => {
  await withBrowser({ setup: (profile) => installFakeHost(profile, 'exit') }, async (browser) => {
    const reply = await send(browser.ext, { type: 'portolan/check' });
    assert.equal(reply.error?.code, 'host-crashed', JSON.stringify(reply));
    const page = await popup(browser, 'connection');
    await runCheck(page);
    await assertErrorShown(browser, page, 'host-crashed', 'stopped without an answer');
  });
});

test('a host installed for another extension ID is host-forbidden', { skip: NO_HOST }, async () => {
  await withBrowser({ setup: installRealHost('--extension-id', OTHER_EXTENSION) }, async (browser) => {
    const reply = await send(browser.ext, { type: 'portolan/check' });
    assert.equal(reply.error?.code, 'host-forbidden', JSON.stringify(reply));
    const page = await popup(browser, 'connection');
    await runCheck(page);
    await assertErrorShown(browser, page, 'host-forbidden', 'another extension');
  });
});

test('a hung host: the popup shows progress, and the check ends as host-timeout', async () => {
  await withBrowser({ setup: (profile) => installFakeHost(profile, 'hang') }, async (browser) => {
    const page = await popup(browser, 'connection');
    await page.click('#panel-connection .check-button');
    // While the host works: every endpoint "checking…", the button disabled, time counting.
    await page.waitForFunction(() => document.querySelector('.progress .elapsed').textContent === '1 s');
    assert.equal(await page.locator('#check .row.pending').count(), 4);
    assert.ok((await page.locator('#check .row.pending').first().textContent()).includes('checking…'));
    assert.equal(await page.isDisabled('#panel-connection .check-button'), true);
    await shot(page, 'popup-connection-progress');
    await page.close();

    // The bound is 4 probes' time plus a margin: 1 s probes give up after 9 s.
    const t0 = Date.now();
    const reply = await send(browser.ext, { type: 'portolan/check', timeoutMs: 1000 });
    assert.equal(reply.error?.code, 'host-timeout', JSON.stringify(reply));
    assert.equal(reply.error.command, 'portolan check');
    assert.ok(Date.now() - t0 < 15000);
  });
});

test('every arm of the host error mapping (no browser)', () => {
  const messages = [
    ['Specified native messaging host not found.', 'host-missing'],
    ['Failed to start native messaging host.', 'host-missing'],
    ['No such native application dev.portolan.host', 'host-missing'],
    ['Access to the specified native messaging host is forbidden.', 'host-forbidden'],
    ['This extension does not have permission to use native application dev.portolan.host', 'host-forbidden'],
    ['Native host has exited.', 'host-crashed'],
    ['Error when communicating with the native messaging host.', 'host-crashed'],
    ['Invalid native messaging host name specified.', 'host-failed'],
  ];
  for (const [message, code] of messages) assert.equal(codeForBrowserError(message), code, message);

  const brands = (...names) => ({ userAgentData: { brands: names.map((brand) => ({ brand, version: '156' })) }, userAgent: '' });
  assert.equal(browserName(brands('Chromium', 'Not-A.Brand')), 'chromium');
  assert.equal(browserName(brands('Google Chrome', 'Chromium', 'Not-A.Brand')), 'chrome');
  assert.equal(browserName(brands('Microsoft Edge', 'Chromium')), 'edge');
  assert.equal(browserName(brands('Brave', 'Chromium')), 'brave');
  assert.equal(browserName({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0' }), 'firefox');

  const id = 'check-1';
  const v1 = { host: '0.1.0', protocol: 1 };
  const report = { probes: [], mx: null, summary: '' };
  const replies = [
    [null, 'host-crashed'],
    ['garbage', 'host-crashed'],
    [{ id, type: 'check', result: report }, 'host-crashed'],
    [{ id, version: { protocol: '1' }, type: 'check', result: report }, 'host-crashed'],
    [{ id, version: { host: '0.0.1', protocol: 0 }, type: 'check', result: report }, 'host-too-old'],
    [{ id: 'check-0', version: v1, type: 'check', result: report }, 'host-crashed'],
    [{ id, version: v1, error: { code: 'bad-request', message: 'unknown type' } }, 'host-too-old'],
    [{ id, version: v1, error: { code: 'internal', message: 'unusable PORTOLAN_CA_FILE' } }, 'internal'],
    [{ id, version: v1, type: 'version', result: v1 }, 'host-crashed'],
    [{ id, version: v1, type: 'check', result: { summary: '' } }, 'host-crashed'],
  ];
  for (const [reply, code] of replies) {
    assert.throws(() => checkedResult(reply, id), (err) => err.code === code
      && (code.startsWith('host-') ? err.command === INSTALL : err.command === undefined), JSON.stringify(reply));
  }
  // A newer host is fine: the protocol is append-only.
  assert.deepEqual(checkedResult({ id, version: { host: '0.2.0', protocol: 2 }, type: 'check', result: report }, id), report);
});
