// The wasm bindings at the JS boundary, in the extension's own page (the module the service
// worker and popup load): results come back as plain objects, and every error is a JS Error
// with a stable `code`, for each arm of the mapping.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const call = (fn, ...args) => browser.ext.evaluate(async ({ fn, args }) => {
  const m = await import('/wasm/portolan_extension.js');
  await m.default();
  try {
    return { ok: m[fn](...args) };
  } catch (e) {
    return { error: { isError: e instanceof Error, code: e.code, message: e.message } };
  }
}, { fn, args });

test('analyze: a snapshot in, the analysis out as plain objects', async () => {
  const { ok } = await call('analyze', { url: 'https://example.test/mail', controls: [] }, 'jane@example.com');
  assert.equal(ok.url, 'https://example.test/mail');
  assert.deepEqual(ok.fields, []);
  assert.deepEqual(ok.plan, { entries: [] });
});

test('analyze: a value of the wrong shape is invalid-input, worded without the value', async () => {
  for (const bad of ['a string', 42, [1, 2], { controls: 'nope' }, { controls: [{ selector: 7 }] }]) {
    const { error } = await call('analyze', bad, null);
    assert.equal(error.isError, true);
    assert.equal(error.code, 'invalid-input', JSON.stringify(bad));
    assert.match(error.message, /^invalid type: expected /);
  }
});

test('analyze: more controls than core looks at is too-many-controls', async () => {
  const max = (await call('maxControls')).ok;
  assert.ok(Number.isInteger(max) && max > 0);
  const controls = Array.from({ length: max + 1 }, (_, i) => ({ selector: `#c${i}`, tag: 'input', type: 'text' }));
  const { error } = await call('analyze', { url: 'x', controls }, null);
  assert.equal(error.code, 'too-many-controls');
  assert.match(error.message, new RegExp(String(max)));
});

test('gmailKnowledge: the tables the Reference panel renders', async () => {
  const { ok } = await call('gmailKnowledge');
  const hosts = ok.endpoints.map((e) => `${e.protocol} ${e.host}:${e.port} ${e.security}`);
  assert.ok(hosts.includes('imap imap.gmail.com:993 implicit-tls'), hosts.join());
  assert.ok(hosts.includes('smtp smtp.gmail.com:587 starttls'), hosts.join());
  assert.ok(ok.wrong_ports.some((w) => w.protocol === 'imap' && w.port === 465));
});
