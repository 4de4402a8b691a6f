// The form corpus as the browser tests score it, shared by Chromium's corpus.test.mjs and
// Firefox's firefox.test.mjs: the fixture list, page-side readers (plain functions, run in the
// page by Playwright's evaluate or WebDriver's execute), and the totals and core's native figure
// they are compared with.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const FORMS = join(ROOT, 'tests/fixtures/forms');

/** Every fixture's name (tests/fixtures/forms/<name>.html with <name>.expected.json), sorted. */
export const fixtures = readdirSync(FORMS)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

/** In the page: what a fill left in each control the expectation names: a text/select value,
 * a checkbox's "true"/"false", or a radio group's checked value. */
export function readValuesInPage(sels) {
  const find = (selector) => {
    let root = document;
    const parts = selector.split(' >>> ');
    for (let i = 0; i < parts.length; i += 1) {
      const el = root.querySelector(parts[i]);
      if (!el || i === parts.length - 1) return el;
      root = el.shadowRoot || el.contentDocument;
    }
    return null;
  };
  return Object.fromEntries(sels.map((s) => {
    const el = find(s);
    if (!el) return [s, undefined];
    if (el.type === 'checkbox') return [s, String(el.checked)];
    if (el.type === 'radio') {
      const scope = el.form || el.getRootNode();
      const checked = Array.from(scope.querySelectorAll('input[type="radio"]'))
        .find((r) => r.name === el.name && r.checked);
      return [s, checked ? checked.value : ''];
    }
    return [s, el.value];
  }));
}

/** In the page: every password field's value, through open shadow roots and same-origin frames. */
export function passwordsInPage() {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('input[type="password"]')) out.push(el.value);
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.tagName === 'IFRAME') { try { if (el.contentDocument) walk(el.contentDocument); } catch { /* cross-origin */ } }
    }
  };
  walk(document);
  return out;
}

export const pct = ([ok, n]) => (n ? 100 * ok / n : 100);
export const show = (x) => `${x[0]}/${x[1]} = ${pct(x).toFixed(1)}%`;

/** Sums per-page results ({heldOut, roles, fills, applied}: [ok, n] each) of one set. */
export function totals(results, held) {
  const set = results.filter((r) => r.heldOut === held);
  const sum = (key) => set.reduce((a, r) => [a[0] + r[key][0], a[1] + r[key][1]], [0, 0]);
  return { pages: set.length, roles: sum('roles'), fills: sum('fills'), applied: sum('applied') };
}

/** The figures as core's SUMMARY prints them (percent, one decimal). */
export function rounded(tuned, heldOut) {
  const round = (x) => Math.round(pct(x) * 10) / 10;
  return { tuned: { roles: round(tuned.roles), fills: round(tuned.fills) }, heldOut: { roles: round(heldOut.roles), fills: round(heldOut.fills) } };
}

/** core's own figures on the committed snapshots: the SUMMARY line of the native corpus test.
 * Built as `cargo xtask test` builds the workspace's tests (`--workspace --locked`): with
 * `-p portolan-core` cargo unifies the dependencies' features differently and rebuilt core and
 * some of them first, about 30 s in a fresh clone. */
export function nativeSummary() {
  let out;
  try {
    out = execFileSync('cargo', ['test', '-q', '--workspace', '--locked', '--test', 'corpus', '--', '--nocapture'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (err) {
    out = String(err.stdout || ''); // the thresholds may fail; the SUMMARY is printed before them
  }
  const m = out.match(/SUMMARY tuned: roles ([\d.]+)% fills ([\d.]+)% options [\d.]+% \| held-out: roles ([\d.]+)% fills ([\d.]+)%/);
  return m ? { tuned: { roles: +m[1], fills: +m[2] }, heldOut: { roles: +m[3], fills: +m[4] } } : null;
}

/** One page's score, as core/tests/corpus.rs scores it: roles (the scanned role, "ignore" when
 * absent), fills (the scan's `proposed`, null when none) and, read from the page, applied
 * (`now`: the values after the fill; `before`: the values before it, which an untouched (null)
 * expectation compares against). Returns {roles, fills, applied: [ok, n], misses}. */
export function scorePage(expected, scan, now, before) {
  const misses = [];
  const roleOf = new Map(scan.fields.map((f) => [f.selector, f.role]));
  const roleEntries = Object.entries(expected.roles || {});
  let rolesOk = 0;
  for (const [selector, role] of roleEntries) {
    const got = roleOf.get(selector) ?? 'ignore';
    if (got === role) rolesOk += 1; else misses.push(`role ${selector}: ${got} (want ${role})`);
  }
  const proposed = new Map(scan.fields.map((f) => [f.selector, f.proposed ?? null]));
  const fillEntries = Object.entries(expected.fill || {});
  let fillsOk = 0;
  let appliedOk = 0;
  for (const [selector, want] of fillEntries) {
    const got = proposed.get(selector) ?? null;
    if (got === want) fillsOk += 1;
    else misses.push(`fill ${selector}: proposed ${JSON.stringify(got)} (want ${JSON.stringify(want)})`);
    const target = want === null ? before[selector] : want;
    if (now[selector] === target) appliedOk += 1;
    else misses.push(`applied ${selector}: ${JSON.stringify(now[selector])} (want ${want === null ? 'untouched' : JSON.stringify(want)})`);
  }
  return {
    roles: [rolesOk, roleEntries.length], fills: [fillsOk, fillEntries.length], applied: [appliedOk, fillEntries.length], misses,
  };
}
