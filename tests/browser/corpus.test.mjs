// Every fixture of the form corpus (tests/fixtures/forms/<name>.html with <name>.expected.json)
// scanned, filled and undone through the real extension in Chromium, exactly as the popup
// drives it. Hard requirements per page: passwords untouched, nothing submitted, undo restores
// the full form state. Accuracy is scored as core/tests/corpus.rs scores it (roles: the scanned
// role, "ignore" when absent; fills: the scanned `proposed`, null when none), tuned and
// held-out apart, and must equal the native figure (`cargo test -p portolan-core --test corpus
// -- --nocapture`) when the committed snapshots are current. A third figure, "applied", reads
// the page after the fill. Figures go to target/browser-corpus.json. Each page's committed
// snapshot (what the native figure reads) must be what the scanner the extension injected
// builds from the page, at the size the snapshots are taken (tests/tools/snapshots.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formState, launch, openTab, ROOT, send, serve } from './harness.mjs';
import { snapshotJson, VIEWPORT } from '../tools/snapshots.mjs';
import {
  FORMS, fixtures, nativeSummary, passwordsInPage, readValuesInPage, rounded, scorePage, show, totals,
} from './corpus-score.mjs';

let browser;
let server;
let tab;
const results = [];

before(async () => {
  server = await serve({ '/': FORMS + '/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const readValues = (page, selectors) => page.evaluate(readValuesInPage, selectors);
const passwords = (page) => page.evaluate(passwordsInPage);

for (const name of fixtures) {
  test(name, async () => {
    const expected = JSON.parse(readFileSync(join(FORMS, `${name}.expected.json`), 'utf8'));
    // One tab for every page, as a user goes from one setup form to the next: each page loads
    // fresh into it, and the adapter and its undo journal go with the document before.
    const url = `${server.origin}/${name}.html`;
    if (tab) await tab.page.goto(url);
    else {
      tab = await openTab(browser, url);
      await tab.page.setViewportSize(VIEWPORT);
    }
    const { page, tabId } = tab;
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'), null, { timeout: 5000 });
    await page.evaluate(() => document.addEventListener('submit', () => { window.__submitted = true; }, true));
    const email = expected.email || 'jane.doe@example.com';
    const initial = await formState(page);
    const initialPasswords = await passwords(page);

    const scan = await send(browser.ext, { type: 'portolan/scan', tabId, email });
    assert.ok(!scan.error, JSON.stringify(scan.error));
    // The adapter's cheap count (used to skip the snapshot on pages over core's bound) never
    // exceeds what the snapshot holds; the snapshot is the committed one.
    const { counted, snapshot } = await browser.ext.evaluate(async (tabId) => {
      const [r] = await chrome.scripting.executeScript({
        target: { tabId },
        // As text: Chromium hands a result back with its keys sorted.
        func: () => ({ counted: globalThis.PortolanFill.countControls(), snapshot: JSON.stringify(globalThis.PortolanSnapshot.build(document)) }),
      });
      return r.result;
    }, tabId);
    assert.ok(counted <= scan.timing.controls, `counted ${counted} > snapshot ${scan.timing.controls}`);
    assert.equal(snapshotJson(JSON.parse(snapshot), `${name}.html`), readFileSync(join(FORMS, `${name}.snapshot.json`), 'utf8'),
      'the committed snapshot is stale: node tests/tools/snapshots.mjs rewrites it');

    const fill = await send(browser.ext, { type: 'portolan/fill', tabId, email });
    assert.ok(!fill.error, JSON.stringify(fill.error));
    const fillEntries = Object.entries(expected.fill || {});
    const now = await readValues(page, fillEntries.map(([s]) => s));
    const before = await (async () => {
      // What an untouched (null) expectation compares against: the value before the fill.
      await send(browser.ext, { type: 'portolan/undo', tabId });
      const v = await readValues(page, fillEntries.map(([s]) => s));
      await send(browser.ext, { type: 'portolan/fill', tabId, email });
      return v;
    })();

    assert.deepEqual(await passwords(page), initialPasswords, 'password values untouched');
    assert.equal(await page.evaluate(() => window.__submitted), undefined, 'never submits');

    const undo = await send(browser.ext, { type: 'portolan/undo', tabId });
    assert.ok(!undo.error, JSON.stringify(undo.error));
    assert.deepEqual(await formState(page), initial, 'undo restores the exact form state');

    // Roles and fills as core scores them (the scan's role and proposal); applied: the page.
    results.push({ name, heldOut: Boolean(expected.heldOut), ...scorePage(expected, scan, now, before) });
  });
}

test('accuracy through the extension equals the native figure', { skip: !fixtures.length }, () => {
  assert.equal(results.length, fixtures.length, 'every fixture was scored');
  const tuned = totals(results, false);
  const heldOut = totals(results, true);
  const native = nativeSummary();
  const figures = {
    tuned, heldOut, native,
    perFixture: Object.fromEntries(results.map((r) => [r.name, { heldOut: r.heldOut, roles: r.roles, fills: r.fills, applied: r.applied, misses: r.misses }])),
  };
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  writeFileSync(join(ROOT, 'target/browser-corpus.json'), `${JSON.stringify(figures, null, 2)}\n`);
  for (const [label, t] of [['tuned', tuned], ['held-out', heldOut]]) {
    console.log(`corpus through the extension, ${label} (${t.pages} pages): roles ${show(t.roles)}, fills ${show(t.fills)}, applied in the page ${show(t.applied)}`);
  }
  if (!native) {
    console.log('native corpus figure: unavailable (cargo test -p portolan-core --test corpus did not print a SUMMARY)');
    return;
  }
  console.log(`native (committed snapshots): tuned roles ${native.tuned.roles}% fills ${native.tuned.fills}% | held-out roles ${native.heldOut.roles}% fills ${native.heldOut.fills}%`);
  assert.deepEqual(
    rounded(tuned, heldOut),
    native,
    'the browser and native figures differ: are the committed snapshots stale? (node tests/tools/snapshots.mjs --check)',
  );
});
