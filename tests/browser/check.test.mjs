// portolan/check through the real native host (target/release/portolan, installed into the test
// profile with its own `install --user-data-dir`): the report comes back whole, and a missing
// host is the error code the popup explains. Offline: PORTOLAN_CONNECT_TO points Gmail's names
// at a closed loopback port, so every probe is refused without touching the internet.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launch, ROOT, send } from './harness.mjs';

const HOST_BIN = join(ROOT, 'target/release/portolan');
const ENDPOINTS = ['imap.gmail.com:993', 'pop.gmail.com:995', 'smtp.gmail.com:465', 'smtp.gmail.com:587'];
const open = [];

after(async () => {
  for (const b of open) await b.close();
});

/** A loopback port nothing listens on. */
async function closedPort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

test('without the native host installed, check says host-missing', async () => {
  const browser = await launch();
  open.push(browser);
  const reply = await send(browser.ext, { type: 'portolan/check' });
  assert.equal(reply.error.code, 'host-missing', JSON.stringify(reply));
});

test('with the native host, check returns its report, and the popup shows each probe', { skip: !existsSync(HOST_BIN) && 'target/release/portolan is not built' }, async () => {
  const port = await closedPort();
  const browser = await launch({
    setup: (profile) => execFileSync(HOST_BIN, ['install', '--browser', 'chromium', '--user-data-dir', profile]),
    env: { PORTOLAN_CONNECT_TO: ENDPOINTS.map((e) => `${e}:127.0.0.1:${port}`).join(',') },
  });
  open.push(browser);
  const report = await send(browser.ext, { type: 'portolan/check', email: 'jane.doe@gmail.com' });
  assert.ok(!report.error, JSON.stringify(report.error));
  assert.deepEqual(report.probes.map((p) => p.target).sort(), [...ENDPOINTS].sort());
  for (const p of report.probes) assert.equal(p.outcome, 'refused', JSON.stringify(p));
  assert.equal(typeof report.summary, 'string');

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.id}/popup.html?tab=-1&panel=reference`);
  await popup.waitForSelector('body[data-ready="true"]');
  await popup.click('.check-button');
  await popup.waitForSelector('.probe[data-outcome="refused"]');
  assert.equal(await popup.locator('.probe').count(), 4);
  await popup.locator('#check').scrollIntoViewIfNeeded();
  await popup.locator('#check').screenshot({ path: join(ROOT, 'target/screenshots/popup-check.png') });
});
