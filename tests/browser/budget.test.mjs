// The shipped wasm's size budget (issue 4): <= 150 KiB raw and <= 60 KiB after gzip -9, for the
// module in dist/chromium exactly as it ships. Also: the shipped manifest injects nothing by
// default (no content_scripts, no host permissions; automatic mode is optional and opt-in).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const KIB = 1024;

test('shipped wasm is within 150 KiB raw and 60 KiB gzipped', () => {
  const wasm = readFileSync(join(ROOT, 'dist/chromium/wasm/portolan_extension_bg.wasm'));
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`shipped wasm: ${(wasm.length / KIB).toFixed(1)} KiB raw, ${(gz / KIB).toFixed(1)} KiB gzipped`);
  assert.ok(wasm.length <= 150 * KIB, `${(wasm.length / KIB).toFixed(1)} KiB raw`);
  assert.ok(gz <= 60 * KIB, `${(gz / KIB).toFixed(1)} KiB gzipped`);
});

test('the shipped manifest asks for the narrowest permissions and injects nothing by default', () => {
  const m = JSON.parse(readFileSync(join(ROOT, 'dist/chromium/manifest.json'), 'utf8'));
  assert.deepEqual([...m.permissions].sort(), ['activeTab', 'nativeMessaging', 'scripting', 'storage']);
  assert.equal(m.content_scripts, undefined);
  assert.equal(m.host_permissions, undefined);
  assert.match(m.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  assert.deepEqual(m.background, { service_worker: 'sw.js', type: 'module' });
  const t = JSON.parse(readFileSync(join(ROOT, 'dist/chromium-test/manifest.json'), 'utf8'));
  assert.deepEqual(t.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
  assert.deepEqual({ ...t, host_permissions: undefined }, { ...m, host_permissions: undefined });
  const f = JSON.parse(readFileSync(join(ROOT, 'dist/firefox/manifest.json'), 'utf8'));
  assert.deepEqual(f.background, { scripts: ['sw.js'], type: 'module' });
  assert.equal(f.browser_specific_settings.gecko.id, 'portolan@portolan');
});
