// Format check for new corpus pages, for their writers (who never run the classifier): scans each
// named page with the real content-script scanner in Chromium, writes <name>.snapshot.json, and
// checks <name>.expected.json against it (every control has a role, every selector and option
// value exists, option meanings only for selects and radio groups, fills are option values,
// checkbox fills "true" / "false" / null, password fills null, the page's language). Runs no
// classifier and scores nothing (docs/FORMS.md, "How held-out pages were kept honest").
//   node tests/tools/fixture-check.mjs <name> [<name> ...]
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMS, scanAll } from './snapshots.mjs';

const ROLES = new Set(['ignore', 'email', 'incoming.host', 'incoming.port', 'incoming.security', 'incoming.username',
  'incoming.password', 'incoming.protocol', 'outgoing.host', 'outgoing.port', 'outgoing.security', 'outgoing.username',
  'outgoing.password', 'outgoing.auth']);
const MEANINGS = new Set(['implicit-tls', 'starttls', 'none', 'imap', 'pop3']);
const names = process.argv.slice(2).map((n) => n.replace(/\.(html|expected\.json)$/, ''));
if (!names.length) { console.error('usage: node tests/tools/fixture-check.mjs <name> [<name> ...]'); process.exit(2); }
let failed = 0;
for (const { name, file, json, bad } of await scanAll(names)) {
  const errs = [];
  if (bad.length) errs.push(`selectors not unique: ${bad.join(', ')}`);
  await writeFile(file, json);
  const snap = JSON.parse(json);
  let exp;
  try { exp = JSON.parse(await readFile(join(FORMS, `${name}.expected.json`), 'utf8')); } catch (e) { errs.push(`expected.json: ${e.message}`); }
  if (exp) {
    for (const k of Object.keys(exp)) if (!['app', 'source', 'lang', 'heldOut', 'email', 'roles', 'options', 'fill'].includes(k)) errs.push(`unknown key ${k}`);
    for (const k of ['app', 'source', 'lang', 'email']) if (typeof exp[k] !== 'string' || !exp[k]) errs.push(`${k} must be a non-empty string`);
    if (exp.heldOut !== true) errs.push('heldOut must be true');
    if (exp.lang && snap.lang && !snap.lang.toLowerCase().startsWith(exp.lang)) errs.push(`lang ${exp.lang} but the page says ${snap.lang}`);
    const byS = new Map(snap.controls.map((c) => [c.selector, c]));
    const roles = exp.roles || {};
    for (const c of snap.controls) if (!(c.selector in roles)) errs.push(`control without a role: ${c.selector}`);
    for (const [s, r] of Object.entries(roles)) {
      if (!byS.has(s)) errs.push(`role selector not in snapshot: ${s}`);
      if (!ROLES.has(r)) errs.push(`unknown role ${r} for ${s}`);
    }
    for (const [s, m] of Object.entries(exp.options || {})) {
      const c = byS.get(s);
      if (!c) { errs.push(`options selector not in snapshot: ${s}`); continue; }
      if (c.type === 'checkbox') errs.push(`option meanings for a checkbox: ${s}`);
      const vals = new Set((c.options || []).map((o) => o.value ?? ''));
      for (const [v, meaning] of Object.entries(m)) {
        if (!vals.has(v)) errs.push(`option value ${JSON.stringify(v)} not in ${s} (has ${[...vals].join('|')})`);
        if (!MEANINGS.has(meaning)) errs.push(`unknown meaning ${meaning} for ${s} ${v}`);
      }
    }
    for (const [s, v] of Object.entries(exp.fill || {})) {
      const c = byS.get(s);
      if (!c) { errs.push(`fill selector not in snapshot: ${s}`); continue; }
      if (!(s in roles)) errs.push(`fill selector without a role: ${s}`);
      if (v === null) continue;
      if (typeof v !== 'string') errs.push(`fill must be a string or null: ${s}`);
      else if (c.type === 'checkbox' && v !== 'true' && v !== 'false') errs.push(`checkbox fill must be "true"/"false"/null: ${s}`);
      else if (c.options && c.options.length && c.type !== 'checkbox' && !c.options.some((o) => (o.value ?? '') === v)) errs.push(`fill ${JSON.stringify(v)} is no option value of ${s}`);
      else if (c.type === 'password') errs.push(`a password's fill must be null: ${s}`);
    }
    for (const [s, r] of Object.entries(roles)) if (r !== 'ignore' && !(s in (exp.fill || {}))) errs.push(`role ${r} without a fill entry (value or null): ${s}`);
  }
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${name} (${snap.controls.length} controls)`);
  for (const e of errs) console.log(`     ${e}`);
  failed += errs.length ? 1 : 0;
}
process.exit(failed ? 1 : 0);
