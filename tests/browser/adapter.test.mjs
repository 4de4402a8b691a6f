// The DOM adapter (content/fill.js) in real Chromium, driven with hand-written plans so its
// mechanics are tested apart from core's decisions: React and Vue (built from the real npm
// packages) see every value in their own state; passwords are refused; undo restores the
// exact form state; shadow roots and same-origin frames are reached through ' >>> '.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { adapter, formState, launch, openTab, ROOT, serve } from './harness.mjs';
import { buildPages } from './pages/build.mjs';

const EMAIL = 'ada@example.com';

/** What a plan for the settings form looks like; the password entry is hostile on purpose. */
const PLAN = [
  { selector: '#email', action: { kind: 'set-value', value: EMAIL }, status: 'fill' },
  { selector: '#protocol', action: { kind: 'select-option', value: 'imap' }, status: 'replace' },
  { selector: '#inHost', action: { kind: 'set-value', value: 'imap.gmail.com' }, status: 'fill' },
  { selector: '#inPort', action: { kind: 'set-value', value: '993' }, status: 'fill' },
  { selector: '#inSecurity', action: { kind: 'select-option', value: 'ssl' }, status: 'replace' },
  { selector: '#inUser', action: { kind: 'set-value', value: EMAIL }, status: 'fill' },
  { selector: '#inPassword', action: { kind: 'set-value', value: 'stolen' }, status: 'fill' },
  { selector: '#outHost', action: { kind: 'set-value', value: 'smtp.gmail.com' }, status: 'fill' },
  { selector: '#outPort', action: { kind: 'set-value', value: '465' }, status: 'fill' },
  { selector: '#outSecurity-none', action: { kind: 'click-radio', selector: '#outSecurity-ssl', value: 'ssl' }, status: 'replace' },
  { selector: '#outAuth', action: { kind: 'set-checked', checked: true }, status: 'fill' },
  { selector: '#outUser', action: { kind: 'set-value', value: EMAIL }, status: 'fill' },
  { selector: '#outPassword', action: null, status: 'keep' },
];

const FILLED_STATE = {
  email: EMAIL, protocol: 'imap', inHost: 'imap.gmail.com', inPort: '993', inSecurity: 'ssl',
  inUser: EMAIL, inPassword: '', outHost: 'smtp.gmail.com', outPort: '465', outSecurity: 'ssl',
  outAuth: true, outUser: EMAIL, outPassword: '',
};

let browser;
let server;

before(async () => {
  const pages = await buildPages(join(ROOT, 'target/browser-pages'));
  server = await serve({ '/pages/': pages + '/', '/static/': join(ROOT, 'tests/browser/pages/') });
  browser = await launch();
});

after(async () => {
  await server?.close();
  await browser?.close();
});

for (const framework of ['react', 'vue']) {
  test(`${framework}: the framework's own state holds every filled value, and undo restores it`, async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}/pages/${framework}/app.html`);
    await page.waitForSelector('#state');
    await page.fill('#inPassword', 'typed-by-user');
    const initialState = JSON.parse(await page.textContent('#state'));
    const initialForm = await formState(page);

    const { filled, skipped } = await adapter(browser, tabId, 'apply', PLAN);
    assert.deepEqual(skipped, [{ selector: '#inPassword', reason: 'password' }]);
    assert.equal(filled.length, 11);
    const state = JSON.parse(await page.textContent('#state'));
    // Vue's v-model on a number input stores a number: that is Vue noticing, in its own type.
    const ports = framework === 'vue' ? { inPort: 993, outPort: 465 } : {};
    assert.deepEqual(state, { ...FILLED_STATE, inPassword: 'typed-by-user', ...ports });
    assert.equal(await page.inputValue('#inPassword'), 'typed-by-user', 'password untouched');
    assert.equal(await page.evaluate(() => window.__submitted), undefined, 'never submits');

    const { restored } = await adapter(browser, tabId, 'undo');
    assert.equal(restored.length, 11);
    assert.deepEqual(JSON.parse(await page.textContent('#state')), initialState);
    assert.deepEqual(await formState(page), initialForm);
    await page.close();
  });
}

test('undo leaves a field the user edited after the fill as the user made it', async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/pages/react/app.html?edited`);
  await page.waitForSelector('#state');
  await adapter(browser, tabId, 'apply', PLAN);
  await page.fill('#inHost', 'mail.example.com');
  const { skipped } = await adapter(browser, tabId, 'undo');
  assert.deepEqual(skipped, [{ selector: '#inHost', reason: 'edited-since' }]);
  assert.equal(JSON.parse(await page.textContent('#state')).inHost, 'mail.example.com');
  assert.equal(JSON.parse(await page.textContent('#state')).inPort, '');
  await page.close();
});

test("undo also restores what the page's own handlers changed among the planned controls", async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/static/coupled.html`);
  const before = await formState(page);
  const plan = [
    { selector: '#port', action: { kind: 'select-option', value: '465' }, status: 'replace' },
    { selector: '#secure', action: { kind: 'select-option', value: 'SSL' }, status: 'replace' },
    { selector: '#smtp', action: { kind: 'set-checked', checked: true }, status: 'fill' },
    { selector: '#auth', action: { kind: 'set-checked', checked: true }, status: 'fill' },
  ];
  const { filled } = await adapter(browser, tabId, 'apply', plan);
  // The port's handler chose SSL and the SMTP box's ticked authentication: nothing left to do.
  assert.deepEqual(filled.map((f) => f.selector), ['#port', '#smtp']);
  assert.equal(await page.inputValue('#secure'), 'SSL');
  assert.equal(await page.isChecked('#auth'), true);
  const { restored } = await adapter(browser, tabId, 'undo');
  assert.deepEqual(restored.map((r) => r.selector), ['#auth', '#smtp', '#secure', '#port']);
  assert.deepEqual(await formState(page), before);
  await page.close();
});

test("undo restores a control that a page handler moves while undo restores another", async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/static/coupled.html`);
  const before = await formState(page);
  const plan = [
    { selector: '#relayPort', action: { kind: 'set-value', value: '465' }, status: 'replace' },
    { selector: '#relaySsl', action: { kind: 'set-checked', checked: true }, status: 'fill' },
  ];
  await adapter(browser, tabId, 'apply', plan);
  assert.equal(await page.inputValue('#relayPort'), '465');
  assert.equal(await page.isChecked('#relaySsl'), true);
  // Unticking SSL sets the port to 25; undo puts back the port the user had.
  const { restored, skipped } = await adapter(browser, tabId, 'undo');
  assert.deepEqual(skipped, []);
  assert.deepEqual(restored.map((r) => [r.selector, r.after]), [['#relaySsl', 'false'], ['#relayPort', '587']]);
  assert.deepEqual(await formState(page), before);
  await page.close();
});

test('shadow roots and same-origin frames are reached; events bubble; radios undo to none', async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/static/nested.html`);
  await page.waitForFunction(() => window.__ready === true);
  const before = await formState(page);
  const plan = [
    { selector: '#host-el >>> #smtp-host', action: { kind: 'set-value', value: 'smtp.gmail.com' }, status: 'fill' },
    { selector: '#frame >>> #imap-host', action: { kind: 'set-value', value: 'imap.gmail.com' }, status: 'fill' },
    { selector: '#frame >>> #sec-a', action: { kind: 'click-radio', selector: '#frame >>> #sec-b', value: 'ssl' }, status: 'fill' },
    { selector: '#frame >>> #pw', action: { kind: 'set-value', value: 'x' }, status: 'fill' },
    { selector: '#missing', action: { kind: 'set-value', value: 'x' }, status: 'fill' },
  ];
  const { filled, skipped } = await adapter(browser, tabId, 'apply', plan);
  assert.deepEqual(filled.map((f) => [f.selector, f.before, f.after]), [
    ['#host-el >>> #smtp-host', '', 'smtp.gmail.com'],
    ['#frame >>> #imap-host', 'old.example.com', 'imap.gmail.com'],
    ['#frame >>> #sec-a', '', 'ssl'],
  ]);
  assert.deepEqual(skipped.map((s) => s.reason), ['password', 'not-found']);
  const events = await page.evaluate(() => window.__events);
  assert.ok(events.includes('shadow:input') && events.includes('shadow:change') && events.includes('shadow:blur'), events.join());
  assert.ok(events.includes('frame:input') && events.includes('frame:change'), events.join());
  await adapter(browser, tabId, 'undo');
  assert.deepEqual(await formState(page), before);
  await page.close();
});
