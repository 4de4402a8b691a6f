// Dynamic pages: after the user has invoked Portolan on a page, fields that appear later (a
// wizard's next step, an SPA route) make the open popup re-scan on its own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openTab, ROOT, serve } from './harness.mjs';

let browser;
let server;

before(async () => {
  server = await serve({ '/': join(ROOT, 'tests/browser/pages/') });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('fields that appear after the first scan are picked up by the open popup', async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/wizard.html`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready="true"]');
  const before = await popup.textContent('#blocks');
  assert.ok(!before.includes('smtp.gmail.com'), before);

  await page.click('#next');
  await popup.waitForFunction(() => document.querySelector('#blocks').textContent.includes('smtp.gmail.com'), null, { timeout: 5000 });
  assert.equal(await popup.isEnabled('#fill'), true);
  await popup.close();
  await page.close();
});
