// The wasm bindings at the JS boundary, in the extension's own page (the module the service
// worker and popup load): results come back as plain objects, and every error is a JS Error
// with a stable `code`, for each arm of the mapping.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, ROOT } from './harness.mjs';

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

// The popup reads Gmail's tables from popup/gmail-knowledge.json (core's tables serialized
// natively and committed; portolan-extension's tests keep it equal to core). The shipped module
// has no such export: the service worker never renders them.
const popupKnowledge = () => browser.ext.evaluate(async () => {
  const { gmailKnowledge } = await import('/popup/reference.js');
  const m = await import('/wasm/portolan_extension.js');
  return { k: await gmailKnowledge(), exported: 'gmailKnowledge' in m };
});

test('gmail-knowledge.json: the tables the Reference panel renders, and none in the module', async () => {
  const { k: ok, exported } = await popupKnowledge();
  assert.equal(exported, false, 'the extension\'s module carries no knowledge tables');
  const hosts = ok.endpoints.map((e) => `${e.protocol} ${e.host}:${e.port} ${e.security}`);
  assert.ok(hosts.includes('imap imap.gmail.com:993 implicit-tls'), hosts.join());
  assert.ok(hosts.includes('smtp smtp.gmail.com:587 starttls'), hosts.join());
  assert.ok(ok.wrong_ports.some((w) => w.protocol === 'imap' && w.port === 465));
});

// The www build (feature `www`) serializes core's tables with ser.rs: the popup's file must be
// the same object, keys in the same order, its tables only.
test('gmail-knowledge.json: what the www build serializes, the popup\'s tables only', async () => {
  const { k } = await popupKnowledge();
  const shape = { text: JSON.stringify(k) };
  const dir = join(ROOT, 'dist/www/wasm');
  const www = await import(pathToFileURL(join(dir, 'portolan_extension.js')).href);
  www.initSync({ module: readFileSync(join(dir, 'portolan_extension_bg.wasm')) });
  assert.equal(typeof www.settings, 'function', 'dist/www holds the www build');
  // The extension ships only the tables the popup renders; the www build has them all.
  const all = www.gmailKnowledge();
  const popup = ['id', 'name', 'verified', 'endpoints', 'wrong_ports', 'misused_hosts', 'domains', 'username', 'auth', 'access'];
  const expected = Object.fromEntries(Object.entries(all).filter(([k]) => popup.includes(k)));
  assert.deepEqual(Object.keys(expected), popup, 'the www build has every table the popup reads');
  assert.ok('server_errors' in all && !('server_errors' in JSON.parse(shape.text)), 'the probe tables stay out of the extension');
  assert.deepEqual(JSON.parse(shape.text), expected);
  assert.equal(shape.text, JSON.stringify(expected), 'same keys in the same order');
});
