// Accessibility of the popup and the www site, in real Chromium:
// - axe-core (node_modules/axe-core, its default rule set: WCAG 2.0/2.1/2.2 A and AA plus best
//   practices) on every popup panel in the states a person meets (This page with a scanned
//   form and after a fill, Reference, Connection before a check, with a result from the real
//   host and with a host error), in light and dark mode, and on every www page (home,
//   reference, doctor with a diagnosis, the demo forms): zero violations, printed readably when
//   there are some;
// - the main flows driven by the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys):
//   the popup's tabs, copy buttons, Fill and Undo, the connection check; the www doctor. Every
//   element that takes focus shows where the focus is.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { HOST_BIN, launch, NO_HOST, openPopup, openTab, ROOT, serve } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SITE = join(ROOT, 'dist/www');
const FORMS = join(ROOT, 'tests/fixtures/forms');
const ENDPOINTS = ['imap.gmail.com:993', 'pop.gmail.com:995', 'smtp.gmail.com:465', 'smtp.gmail.com:587'];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const EMAIL = 'jane.doe@gmail.com';

/** Runs axe in `page` (injected through the DevTools protocol, so the page's CSP does not
 * apply) and fails with every violation, one line per element. */
async function assertNoViolations(page, what) {
  const violations = await page.evaluate(async (source) => {
    if (!globalThis.axe) (0, eval)(source);
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  }, AXE);
  const report = violations.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    - ${n}`).join('\n')}`).join('\n');
  assert.equal(violations.length, 0, `${what}: ${violations.length} axe violation(s)\n${report}`);
}

/** The element that has focus (through shadow roots), described, and whether the focus is
 * visible on it: an outline or a box shadow drawn by :focus-visible. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { id: 'body', visible: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
    return {
      id: el.id || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40),
      tag: el.tagName.toLowerCase(),
      visible: el.matches(':focus-visible') && (outline || s.boxShadow !== 'none'),
    };
  });
}

/** Presses `key` and returns the newly focused element, asserting its focus is visible. */
async function press(page, key) {
  await page.keyboard.press(key);
  const f = await focused(page);
  assert.ok(f.visible, `after ${key}, the focus on ${f.tag || ''} "${f.id}" is not visible`);
  return f;
}

/** Tabs forward (or back) until `predicate(focused)` holds (maybe already); at most `limit`
 * presses. */
async function tabTo(page, predicate, { back = false, limit = 40 } = {}) {
  const now = await focused(page);
  if (now.visible && predicate(now)) return now;
  const seen = [];
  for (let i = 0; i < limit; i += 1) {
    const f = await press(page, back ? 'Shift+Tab' : 'Tab');
    seen.push(f.id);
    if (predicate(f)) return f;
  }
  throw new Error(`not reached with ${back ? 'Shift+' : ''}Tab; focus went: ${seen.join(' | ')}`);
}

function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

describe('popup', () => {
  let browser;
  let server;

  before(async () => {
    server = await serve({ '/forms/': `${FORMS}/` });
    // The real host, installed for this profile, with every Gmail endpoint mapped to a closed
    // loopback port: a real check result in well under a second.
    const port = await freePort();
    browser = await launch({
      setup: existsSync(HOST_BIN)
        ? (profile) => execFileSync(HOST_BIN, ['install', '--browser', 'chromium', '--user-data-dir', profile])
        : undefined,
      env: { PORTOLAN_CONNECT_TO: ENDPOINTS.map((e) => `${e}:127.0.0.1:${port}`).join(',') },
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const popup = (tabId, panel) => openPopup(browser, tabId, panel);

  for (const scheme of ['light', 'dark']) {
    test(`axe (${scheme}): This page with a scanned form, and after a fill`, async () => {
      const { page: form, tabId } = await openTab(browser, `${server.origin}/forms/thunderbird-web.html`);
      const p = await popup(tabId);
      await p.emulateMedia({ colorScheme: scheme });
      await p.fill('#email', EMAIL);
      await p.waitForFunction(() => /to fill/.test(document.querySelector('#status').textContent));
      await p.waitForFunction((email) => [...document.querySelectorAll('.value')].some((v) => v.textContent === email), EMAIL);
      await p.evaluate(() => { document.querySelector('#left-alone').open = true; });
      await assertNoViolations(p, `This page (${scheme})`);
      await p.click('#fill');
      await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Filled'));
      await p.waitForFunction(() => !document.querySelector('#undo').disabled);
      await assertNoViolations(p, `This page after a fill (${scheme})`);
      await p.click('#undo');
      await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Restored'));
      await p.close();
      await form.close();
    });

    test(`axe (${scheme}): a page Portolan cannot read, Reference, Connection`, async () => {
      const p = await popup(-1);
      await p.emulateMedia({ colorScheme: scheme });
      await p.waitForFunction(() => /cannot read|went wrong/.test(document.querySelector('#status').textContent));
      await assertNoViolations(p, `This page, unreadable (${scheme})`);
      await p.click('#tab-reference');
      await assertNoViolations(p, `Reference (${scheme})`);
      await p.click('#tab-connection');
      await assertNoViolations(p, `Connection before a check (${scheme})`);
      await p.close();
    });
  }

  test('axe: Connection with the real host\'s result (light and dark)', { skip: NO_HOST }, async () => {
    const p = await popup(-1, 'connection');
    await p.click('#panel-connection .check-button');
    await p.waitForSelector('.probe[data-outcome="refused"]', { timeout: 30000 });
    assert.equal(await p.locator('.probe').count(), 4);
    await assertNoViolations(p, 'Connection with a result (light)');
    await p.emulateMedia({ colorScheme: 'dark' });
    await assertNoViolations(p, 'Connection with a result (dark)');
    await p.close();
  });

  test('keyboard: tabs with arrow keys, the address, Fill and Undo', async () => {
    const { page: form, tabId } = await openTab(browser, `${server.origin}/forms/thunderbird-web.html`);
    const initial = await form.$$eval('input, select', (els) => els.map((e) => e.value));
    const p = await popup(tabId);
    await p.waitForFunction(() => /found/.test(document.querySelector('#status').textContent));
    // The tablist is one Tab stop; arrows move between the tabs and show their panels.
    await tabTo(p, (f) => f.id === 'tab-page');
    assert.equal((await press(p, 'ArrowRight')).id, 'tab-reference');
    assert.equal(await p.isVisible('#panel-reference'), true);
    assert.equal((await press(p, 'ArrowRight')).id, 'tab-connection');
    assert.equal((await press(p, 'ArrowRight')).id, 'tab-page', 'the arrows wrap');
    assert.equal((await press(p, 'End')).id, 'tab-connection');
    assert.equal((await press(p, 'Home')).id, 'tab-page');
    assert.equal(await p.isVisible('#panel-page'), true);
    // Into the panel: the address first.
    assert.equal((await press(p, 'Tab')).id, 'email');
    await p.keyboard.type(EMAIL);
    await p.waitForFunction((email) => [...document.querySelectorAll('.value')].some((v) => v.textContent === email), EMAIL);
    await p.waitForFunction(() => !document.querySelector('#fill').disabled);
    await tabTo(p, (f) => f.id === 'fill');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Filled'));
    assert.ok((await form.$$eval('input, select', (els) => els.map((e) => e.value))).includes('imap.gmail.com'));
    // The focus was not dropped: with everything filled, Fill has nothing to do and the focus
    // is on Undo, visibly.
    await p.waitForFunction(() => document.activeElement.id === 'undo');
    assert.ok((await focused(p)).visible, 'the focus on Undo is visible');
    await p.keyboard.press('Space');
    await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Restored'));
    assert.deepEqual(await form.$$eval('input, select', (els) => els.map((e) => e.value)), initial);
    await p.waitForFunction(() => document.activeElement.id === 'fill');
    assert.ok((await focused(p)).visible, 'the focus on Fill is visible');
    // Shift+Tab walks back to the tabs.
    await tabTo(p, (f) => f.id === 'tab-page', { back: true });
    await p.close();
    await form.close();
  });

  test('keyboard: Reference copy buttons with Enter and Space; the connection check', { skip: NO_HOST }, async () => {
    const p = await popup(-1);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${browser.id}` }).catch(() => {});
    await tabTo(p, (f) => f.id === 'tab-page');
    await press(p, 'ArrowRight');
    const first = await tabTo(p, (f) => f.tag === 'button' && /^Copy /.test(f.id));
    assert.equal(first.id, 'Copy IMAP server');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.activeElement.textContent === 'Copied');
    const second = await press(p, 'Tab');
    assert.match(second.id, /^Copy IMAP port/);
    await p.keyboard.press('Space');
    await p.waitForFunction(() => document.activeElement.textContent === 'Copied');
    // "Check from this computer" at the end of Reference opens Connection and runs the check.
    await tabTo(p, (f) => f.id === 'check-jump', { limit: 60 });
    await p.keyboard.press('Enter');
    await p.waitForSelector('.probe[data-outcome="refused"]', { timeout: 30000 });
    assert.equal(await p.getAttribute('#tab-connection', 'aria-selected'), 'true');
    // From the Connection tab, the check button is the next stop; Space runs it again and the
    // focus comes back to it.
    await tabTo(p, (f) => f.id === 'tab-connection', { back: true });
    const button = await press(p, 'Tab');
    assert.match(button.id, /^Check again/);
    // A refused loopback check can disable and re-enable the button within one animation
    // frame, too fast for polling: an observer records that it was disabled at all.
    await p.evaluate(() => {
      const button = document.querySelector('#panel-connection .check-button');
      window.sawDisabled = false;
      // It starts enabled, so any change of its `disabled` attribute is the check starting.
      new MutationObserver(() => { window.sawDisabled = true; })
        .observe(button, { attributes: true, attributeFilter: ['disabled'] });
    });
    await p.keyboard.press('Space');
    await p.waitForFunction(() => window.sawDisabled && !document.querySelector('#panel-connection .check-button').disabled, null, { timeout: 30000 });
    const back = await focused(p);
    assert.ok(back.visible && /^Check again/.test(back.id), JSON.stringify(back));
    await p.close();
  });
});

describe('popup without the native host', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  test('axe: Connection with a host error (light and dark)', async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 380, height: 600 });
    await p.goto(`chrome-extension://${browser.id}/popup.html?tab=-1&panel=connection`);
    await p.waitForSelector('body[data-ready="true"]');
    await p.click('#panel-connection .check-button');
    await p.waitForSelector('.check-error[data-code="host-missing"]');
    await assertNoViolations(p, 'Connection with a host error (light)');
    await p.emulateMedia({ colorScheme: 'dark' });
    await assertNoViolations(p, 'Connection with a host error (dark)');
    await p.close();
  });

  test('keyboard: the check, then the install command copied from the error card', async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 380, height: 600 });
    await p.goto(`chrome-extension://${browser.id}/popup.html?tab=-1`);
    await p.waitForSelector('body[data-ready="true"]');
    await tabTo(p, (f) => f.id === 'tab-page');
    await press(p, 'ArrowLeft');
    assert.equal(await p.getAttribute('#tab-connection', 'aria-selected'), 'true');
    assert.match((await press(p, 'Tab')).id, /^Check from this computer/);
    await p.keyboard.press('Enter');
    await p.waitForSelector('.check-error[data-code="host-missing"]');
    await p.waitForFunction(() => document.activeElement.classList.contains('check-button'));
    const copy = await press(p, 'Tab');
    assert.equal(copy.id, 'Copy the command');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.activeElement.textContent === 'Copied' || document.activeElement.textContent === 'Select it');
    await p.close();
  });
});

describe('www', () => {
  let server;
  let browser;
  let context;

  before(async () => {
    assert.ok(existsSync(join(SITE, 'wasm/portolan_extension_bg.wasm')), 'dist/www is missing: run `cargo xtask build` first');
    server = await serve({ '/': `${SITE}/` }, (path) => (path.endsWith('.wasm') ? { 'content-type': 'application/wasm' } : {}));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path, scheme = 'light') {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.origin}/${path}`);
    await page.waitForLoadState('networkidle');
    return page;
  }

  for (const scheme of ['light', 'dark']) {
    for (const path of ['index.html', 'reference.html', 'demo/index.html', 'demo/webmail.html', 'demo/helpdesk.html', 'demo/wordpress-smtp.html']) {
      test(`axe (${scheme}): ${path}`, async () => {
        const page = await open(path, scheme);
        await assertNoViolations(page, `${path} (${scheme})`);
        await page.close();
      });
    }

    test(`axe (${scheme}): doctor.html, empty, with findings and with a bad port`, async () => {
      const page = await open('doctor.html', scheme);
      await page.waitForFunction(() => !/Loading/.test(document.querySelector('#diagnosis').textContent));
      await assertNoViolations(page, `doctor, empty (${scheme})`);
      await page.getByRole('button', { name: 'IMAP on 465' }).click();
      await page.locator('.finding').first().waitFor();
      await assertNoViolations(page, `doctor with findings (${scheme})`);
      await page.getByLabel('Port', { exact: true }).fill('abc');
      await page.locator('#port-error').waitFor();
      await assertNoViolations(page, `doctor with a bad port (${scheme})`);
      await page.close();
    });
  }

  test('keyboard: the doctor from the skip link to "Use these settings"', async () => {
    const page = await open('doctor.html');
    const skip = await press(page, 'Tab');
    assert.equal(skip.id, 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#main');
    // The form, in order: Protocol, Server, Port, Security, Username, the examples.
    assert.equal((await tabTo(page, (f) => f.tag === 'select' || f.tag === 'input')).id, 'protocol');
    await page.keyboard.press('ArrowDown'); // IMAP -> POP3
    await page.keyboard.press('ArrowUp'); // back to IMAP
    assert.equal(await page.inputValue('#protocol'), 'imap');
    assert.equal((await press(page, 'Tab')).id, 'host');
    await page.keyboard.type('imap.gmail.com');
    assert.equal((await press(page, 'Tab')).id, 'port');
    await page.keyboard.type('465');
    assert.equal((await press(page, 'Tab')).id, 'security');
    await page.keyboard.press('ArrowDown'); // SSL/TLS -> STARTTLS
    assert.equal(await page.inputValue('#security'), 'starttls');
    assert.equal((await press(page, 'Tab')).id, 'username');
    await page.locator('.finding[data-code="imap-port-465-myth"]').waitFor();
    // On to the corrected settings and their button.
    await tabTo(page, (f) => f.id === 'use-fixed');
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue('#port'), '993');
    assert.equal(await page.locator('#verdict').getAttribute('data-verdict'), 'ok');
    // An example, from the keyboard, with Space.
    await tabTo(page, (f) => f.id === 'A typo', { back: true });
    await page.keyboard.press('Space');
    await page.locator('.finding[data-code="host-typo"]').waitFor();
    await page.close();
  });
});
