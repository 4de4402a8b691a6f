// The committed form snapshots are exactly what the real content-script scanner emits in
// Chromium, and each conforms to docs/snapshot.schema.json's shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMS, stale } from '../tools/snapshots.mjs';
import { checkSnapshot } from '../tools/schema-check.mjs';

test('committed snapshots match the scanner', { timeout: 300000 }, async () => {
  assert.deepEqual(await stale(), []);
});

test('committed snapshots conform to docs/snapshot.schema.json', async () => {
  const schema = JSON.parse(await readFile(join(FORMS, '..', '..', '..', 'docs', 'snapshot.schema.json'), 'utf8'));
  const files = (await readdir(FORMS)).filter((f) => f.endsWith('.snapshot.json'));
  assert.ok(files.length >= 30, `only ${files.length} snapshots`);
  for (const f of files) {
    const errors = checkSnapshot(schema, JSON.parse(await readFile(join(FORMS, f), 'utf8')));
    assert.deepEqual(errors, [], f);
  }
});

test('the schema check rejects what breaks the contract', async () => {
  const schema = JSON.parse(await readFile(join(FORMS, '..', '..', '..', 'docs', 'snapshot.schema.json'), 'utf8'));
  const good = JSON.parse(await readFile(join(FORMS, 'thunderbird-web.snapshot.json'), 'utf8'));
  assert.deepEqual(checkSnapshot(schema, good), []);
  const bad = structuredClone(good);
  bad.controls[0].extra = 1;
  bad.controls[1].tag = 'div';
  delete bad.controls[2].nearby.left;
  bad.controls[3].visible = 'yes';
  const errors = checkSnapshot(schema, bad);
  assert.equal(errors.length, 4, errors.join('\n'));
});

test('no committed snapshot carries a password value', async () => {
  for (const f of (await readdir(FORMS)).filter((n) => n.endsWith('.snapshot.json'))) {
    const snap = JSON.parse(await readFile(join(FORMS, f), 'utf8'));
    for (const c of snap.controls) if (c.type === 'password') assert.equal(c.value, '', `${f} ${c.selector}`);
  }
});
