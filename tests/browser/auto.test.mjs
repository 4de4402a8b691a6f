// Automatic mode is opt-in: by default nothing is injected into any page; once enabled (the
// test build already holds the loopback host permission the popup would ask for), mail setup
// pages get an unobtrusive offer that fills and undoes on click, and other pages get nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { formState, launch, openTab, ROOT, send, serve } from './harness.mjs';

const FORMS = join(ROOT, 'tests/fixtures/forms');
let browser;
let server;

before(async () => {
  server = await serve({ '/forms/': FORMS + '/', '/pages/': join(ROOT, 'tests/browser/pages/') });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const settle = (page) => page.waitForTimeout(800);

test('default mode: nothing is injected into a page the user did not invoke Portolan on', async () => {
  const { page } = await openTab(browser, `${server.origin}/forms/drupal-smtp.html`);
  await settle(page);
  assert.equal(await page.locator('#portolan-offer').count(), 0);
  const registered = await browser.ext.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  assert.deepEqual(registered, []);
  await page.close();
});

test('automatic mode: an offer on mail setup pages, fill and undo on click, nothing elsewhere', async () => {
  await browser.ext.evaluate(() => chrome.storage.local.set({ email: 'jane.doe@gmail.com' }));
  const on = await send(browser.ext, { type: 'portolan/auto', enabled: true });
  assert.equal(on.enabled, true, JSON.stringify(on));

  const { page } = await openTab(browser, `${server.origin}/forms/drupal-smtp.html?auto`);
  const offer = page.locator('#portolan-offer button.primary');
  await offer.waitFor({ timeout: 5000 });
  assert.match(await page.locator('#portolan-offer .t').textContent(), /can fill Gmail's settings/);
  const before = await page.inputValue('#edit-smtp-host');
  await offer.click();
  await page.locator('#portolan-offer >> text=Undo').waitFor();
  assert.equal(await page.inputValue('#edit-smtp-host'), 'smtp.gmail.com');
  await page.locator('#portolan-offer >> text=Undo').click();
  await page.waitForFunction((v) => document.querySelector('#edit-smtp-host').value === v, before);
  assert.equal(await page.locator('#portolan-offer').count(), 0);

  const { page: plain } = await openTab(browser, `${server.origin}/pages/plain.html`);
  await settle(plain);
  assert.equal(await plain.locator('#portolan-offer').count(), 0);

  const off = await send(browser.ext, { type: 'portolan/auto', enabled: false });
  assert.equal(off.enabled, false);
  const { page: again } = await openTab(browser, `${server.origin}/forms/drupal-smtp.html?off`);
  await settle(again);
  assert.equal(await again.locator('#portolan-offer').count(), 0);
});

test('an in-page script cannot drive the extension when automatic mode is off', async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/forms/drupal-smtp.html?guard`);
  // The content-script world asks, as auto.js would; the service worker refuses.
  const reply = await browser.ext.evaluate(async (tabId) => {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => chrome.runtime.sendMessage({ type: 'portolan/offer-fill' }),
    });
    return r.result;
  }, tabId);
  assert.equal(reply.error.code, 'automatic-mode-off');
  // And a content script cannot use the popup's messages at all.
  const scan = await browser.ext.evaluate(async (tabId) => {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId },
      func: (id) => chrome.runtime.sendMessage({ type: 'portolan/fill', tabId: id }).then((x) => x ?? 'no answer', (e) => e.message),
      args: [tabId],
    });
    return r.result;
  }, tabId);
  assert.ok(scan === 'no answer' || /Receiving end|port closed/i.test(scan), String(scan));
  assert.equal(await page.inputValue('#edit-smtp-host'), '');
  await page.close();
});

test('the shipped build (dist/chromium) cannot touch a page until the user invokes it there', async () => {
  const shipped = await launch({ extension: join(ROOT, 'dist/chromium') });
  try {
    const page = await shipped.context.newPage();
    await page.goto(`${server.origin}/forms/drupal-smtp.html?shipped`);
    const before = await formState(page);
    // Without the user's click on the toolbar button there is no activeTab grant, and the
    // shipped manifest has no host permissions: the service worker cannot reach the page.
    // Without the `tabs` permission the extension cannot even read the tabs' URLs: try them all.
    const tabIds = await shipped.ext.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const replies = [];
    for (const id of tabIds) replies.push(await send(shipped.ext, { type: 'portolan/scan', tabId: id }));
    const pageReply = replies.find((r) => r.error && r.error.code === 'page-not-scriptable');
    assert.ok(pageReply, JSON.stringify(replies));
    assert.ok(!replies.some((r) => Array.isArray(r.fields) && r.fields.length), JSON.stringify(replies));
    assert.deepEqual(await formState(page), before);
    assert.equal(await page.locator('#portolan-offer').count(), 0);
  } finally {
    await shipped.close();
  }
});
