// The popup as a person uses it, at popup size (380 px): it renders what the page scan found,
// fills and undoes through the service worker, remembers the email address, switches panels
// from the keyboard, renders page-derived text as text, and its panels are saved as
// screenshots under target/screenshots/ for review.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPopup, openTab, ROOT, SCREENSHOTS, serve } from './harness.mjs';

const FORMS = join(ROOT, 'tests/fixtures/forms');
let browser;
let server;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serve({ '/forms/': FORMS + '/', '/pages/': join(ROOT, 'tests/browser/pages/') });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const popup = (tabId, panel) => openPopup(browser, tabId, panel);

/** The whole popup as one image: the viewport grows to the content, so the sticky Fill/Undo bar
 * sits where it would at the end of the scroll. */
async function shot(page, name) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 380, height });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 380, height: 600 });
}

test('This page: blocks, proposed values, Fill and Undo, remembered email', async () => {
  const { page: form, tabId } = await openTab(browser, `${server.origin}/forms/thunderbird-web.html`);
  const p = await popup(tabId);
  await p.fill('#email', 'jane.doe@gmail.com');
  await p.waitForFunction(() => document.querySelector('#status').textContent.includes('to fill'));
  await p.waitForFunction(() => [...document.querySelectorAll('.value')].some((v) => v.textContent === 'jane.doe@gmail.com'));
  const titles = await p.$$eval('.block h2', (hs) => hs.map((h) => h.textContent));
  assert.ok(titles.length >= 1, titles.join());
  await shot(p, 'popup-this-page');

  await p.click('#fill');
  await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Filled'));
  assert.equal(await p.isEnabled('#undo'), true);
  const filledValues = await form.$$eval('input:not([type=password]), select', (els) => els.map((e) => e.value));
  assert.ok(filledValues.some((v) => v.endsWith('.gmail.com')), filledValues.join());
  await shot(p, 'popup-after-fill');

  // The journal lives in the page: a reopened popup can still undo.
  await p.reload();
  await p.waitForSelector('body[data-ready="true"]');
  assert.equal(await p.isEnabled('#undo'), true);
  await p.click('#undo');
  await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Restored'));
  const restored = await form.$$eval('input:not([type=password]), select', (els) => els.map((e) => e.value));
  assert.ok(!restored.some((v) => v.endsWith('.gmail.com')), restored.join());

  // The address is remembered in storage.local.
  await p.reload();
  await p.waitForSelector('body[data-ready="true"]');
  assert.equal(await p.inputValue('#email'), 'jane.doe@gmail.com');
  await p.close();
  await form.close();
});

test('Reference: Gmail servers with copy buttons, username rule, sign-in guidance, myths', async () => {
  const p = await popup(-1, 'reference');
  const text = await p.textContent('#panel-reference');
  for (const needle of ['imap.gmail.com', 'pop.gmail.com', 'smtp.gmail.com', '993', '995', '465', '587',
    'full email address', 'App password', '2-Step Verification', 'OAuth', 'Port 465 for IMAP', 'never been an IMAP port', 'Port 143', 'Port 110']) {
    assert.ok(text.includes(needle), needle);
  }
  assert.ok(await p.locator('#panel-reference button.copy').count() >= 8);
  await p.click('button[aria-label="Copy IMAP server"]');
  await p.waitForFunction(() => [...document.querySelectorAll('button.copy')].some((b) => b.textContent === 'Copied'));
  await shot(p, 'popup-reference');
  await p.close();
});

test('keyboard: arrow keys switch panels; the panels are tabpanels', async () => {
  const p = await popup(-1);
  await p.focus('#tab-page');
  await p.keyboard.press('ArrowRight');
  assert.equal(await p.getAttribute('#tab-reference', 'aria-selected'), 'true');
  assert.equal(await p.isVisible('#panel-reference'), true);
  assert.equal(await p.isVisible('#panel-page'), false);
  assert.equal(await p.evaluate(() => document.activeElement.id), 'tab-reference');
  await p.keyboard.press('ArrowLeft');
  assert.equal(await p.getAttribute('#tab-page', 'aria-selected'), 'true');
  await p.close();
});

test('page-derived text is rendered as text, never as HTML', async () => {
  const { page: form, tabId } = await openTab(browser, `${server.origin}/pages/hostile.html`);
  const p = await popup(tabId);
  await p.waitForFunction(() => document.querySelector('#blocks').textContent.length > 0);
  assert.equal(await p.locator('#blocks img').count(), 0);
  assert.equal(await p.evaluate(() => window.__pwned), undefined);
  await shot(p, 'popup-replace');
  await p.close();
  await form.close();
});

test('a page Portolan cannot read says so', async () => {
  const p = await popup(-1);
  await p.waitForFunction(() => document.querySelector('#status').textContent.length > 0);
  assert.match(await p.textContent('#status'), /cannot read|went wrong/);
  await shot(p, 'popup-unreadable');
  await p.close();
});

test('dark mode and a page without a mail form, for review', async () => {
  const { page: form, tabId } = await openTab(browser, `${server.origin}/forms/nextcloud-mail-account.html`);
  const p = await popup(tabId);
  await p.emulateMedia({ colorScheme: 'dark' });
  await p.waitForFunction(() => document.querySelector('#status').textContent.includes('found'));
  await shot(p, 'popup-dark');
  await p.close();
  await form.close();

  const { page: plain, tabId: plainTab } = await openTab(browser, `${server.origin}/pages/plain.html`);
  const q = await popup(plainTab);
  await q.waitForFunction(() => /No mail server settings form/.test(document.querySelector('#status').textContent));
  await shot(q, 'popup-no-form');
  await q.close();
  await plain.close();
});
