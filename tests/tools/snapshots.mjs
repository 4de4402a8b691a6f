// Builds tests/fixtures/forms/<name>.snapshot.json for every fixture page with the real
// content-script scanner (extension/static/content/snapshot.js) in Debian's Chromium.
//   node tests/tools/snapshots.mjs          rewrite the snapshots
//   node tests/tools/snapshots.mjs --check  compare only; exit 1 when one is stale or missing
import { createServer } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FORMS = join(ROOT, 'tests', 'fixtures', 'forms');
const SCANNER = join(ROOT, 'extension', 'static', 'content', 'snapshot.js');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(await readFile(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Tabs scanning at once. */
const TABS = 4;

/** The window the snapshots are taken in (corpus.test.mjs loads every page at this size too). */
export const VIEWPORT = { width: 1280, height: 900 };

/** A snapshot as its committed file holds it: `url` is the page's file name. */
export function snapshotJson(snap, page) {
  snap.url = page;
  return JSON.stringify(snap, null, 2) + '\n';
}

/** One page's snapshot in a fresh tab of `context`, with the selectors that do not find exactly
 * their element. */
async function scanPage(context, port, page, scanner) {
  const tab = await context.newPage();
  try {
    await tab.goto(`http://127.0.0.1:${port}/${page}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'), null, { timeout: 5000 });
    await tab.evaluate(scanner);
    const snap = await tab.evaluate(() => globalThis.PortolanSnapshot.build(document));
    // Every selector must find exactly its element (crossing ' >>> ' hops by hand).
    const bad = await tab.evaluate((sels) => sels.filter((sel) => {
      let root = document; let el = null;
      for (const part of sel.split(' >>> ')) {
        if (!root) return true;
        const all = root.querySelectorAll(part);
        if (all.length !== 1) return true;
        el = all[0];
        root = el.shadowRoot || (el.contentDocument ?? null);
      }
      return !el;
    }), snap.controls.flatMap((c) => [c.selector, ...(c.options || []).map((o) => o.selector).filter(Boolean)]));
    const name = page.replace(/\.html$/, '');
    return { name, file: join(FORMS, `${name}.snapshot.json`), json: snapshotJson(snap, page), bad };
  } finally {
    await tab.close();
  }
}

/** Snapshots every fixture page, or the named ones; returns [{ name, file, json, bad }], `bad`
 * the selectors that do not find exactly their element. */
export async function scanAll(names) {
  const pages = names ? names.map((n) => `${n}.html`) : (await readdir(FORMS)).filter((f) => f.endsWith('.html')).sort();
  const scanner = await readFile(SCANNER, 'utf8');
  const server = await serve(FORMS);
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const out = new Array(pages.length);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // A few tabs at once: most of a page's time is waiting on the browser, not the CPU.
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const i = next++;
        out[i] = await scanPage(context, port, pages[i], scanner);
      }
    };
    await Promise.all(Array.from({ length: TABS }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/** Snapshots every fixture page; returns [{ name, file, json }]. */
export async function buildAll() {
  const all = await scanAll();
  for (const { name, bad } of all) {
    if (bad.length) throw new Error(`${name}.html: selectors not unique: ${bad.join(', ')}`);
  }
  return all;
}

/** Names of committed snapshots that differ from what the scanner produces now. */
export async function stale() {
  const diffs = [];
  for (const s of await buildAll()) {
    const old = existsSync(s.file) ? await readFile(s.file, 'utf8') : null;
    if (old !== s.json) diffs.push(s.name);
  }
  return diffs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const diffs = await stale();
    if (diffs.length) {
      console.error(`stale snapshots (run node tests/tools/snapshots.mjs): ${diffs.join(', ')}`);
      process.exit(1);
    }
    console.log('all snapshots are up to date');
  } else {
    for (const s of await buildAll()) {
      await writeFile(s.file, s.json);
      console.log(`wrote ${s.name}.snapshot.json`);
    }
  }
}
