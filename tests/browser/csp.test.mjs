// A page served with `Content-Security-Policy: script-src 'self'` (DESIGN.md, platform facts):
// wasm cannot run in that page's world, and Portolan's scan and fill still work because the
// content script holds no wasm and core runs in the service worker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { formState, launch, openTab, ROOT, send, serve } from './harness.mjs';

const CSP = "script-src 'self'";
let browser;
let server;

before(async () => {
  server = await serve({ '/': join(ROOT, 'tests/browser/pages/') }, () => ({ 'content-security-policy': CSP }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("scan and fill work on a page whose CSP forbids wasm", async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/csp-form.html`);
  const response = await page.request.get(`${server.origin}/csp-form.html`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.scripted), 'yes');

  // The policy really bites: the page's own world cannot compile a (minimal, valid) module.
  const pageWasm = await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
    .then(() => 'compiled', (e) => e.message));
  assert.match(pageWasm, /Content Security Policy|unsafe-eval/i);

  const initial = await formState(page);
  const scan = await send(browser.ext, { type: 'portolan/scan', tabId, email: 'admin@example.com' });
  assert.ok(!scan.error, JSON.stringify(scan.error));
  const roles = Object.fromEntries(scan.fields.map((f) => [f.selector, f.role]));
  assert.equal(roles['#mail_smtphost'], 'outgoing.host');
  assert.equal(roles['#mail_smtpport'], 'outgoing.port');

  const fill = await send(browser.ext, { type: 'portolan/fill', tabId, email: 'admin@example.com' });
  assert.ok(!fill.error, JSON.stringify(fill.error));
  assert.equal(await page.inputValue('#mail_smtphost'), 'smtp.gmail.com');
  const port = await page.inputValue('#mail_smtpport');
  assert.ok(['465', '587'].includes(port), port);
  assert.equal(await page.inputValue('#mail_smtppassword'), 'already-set', 'password untouched');
  assert.ok(await page.evaluate(() => window.__changes) > 0, 'the page saw change events');

  await send(browser.ext, { type: 'portolan/undo', tabId });
  assert.deepEqual(await formState(page), initial);
});
