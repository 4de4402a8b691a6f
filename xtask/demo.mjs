// `cargo xtask run`: Portolan as a person meets it. Serves dist/www on localhost, installs the
// native host for a throwaway Chromium profile and starts Chromium with the extension on the
// demo page. With a display (and --headed) the browser stays open for you; without one the same
// journey runs headless: scan, fill, undo and check on each demo form, with screenshots and a
// report under target/demo/ (or --out DIR).
//
// Usage: node xtask/demo.mjs [--headed] [--out DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_BIN, launch, ROOT, serve } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const headed = args.includes('--headed');
const outIndex = args.indexOf('--out');
const OUT = outIndex >= 0 ? args[outIndex + 1] : join(ROOT, 'target/demo');
const HOST = HOST_BIN;
const EMAIL = 'jane.doe@gmail.com';
const FORMS = ['webmail', 'helpdesk', 'wordpress-smtp'];

/** Prints one line of progress. */
const say = (line) => process.stdout.write(`demo: ${line}\n`);

for (const need of [HOST, join(ROOT, 'dist/www/index.html'), join(ROOT, 'dist/chromium/manifest.json')]) {
  if (!existsSync(need)) throw new Error(`${need} is missing: run \`cargo xtask build\` first`);
}
rmSync(OUT, { recursive: true, force: true });
const profile = join(OUT, 'profile');
mkdirSync(profile, { recursive: true });
const site = await serve({ '/': join(ROOT, 'dist/www') + '/' });
say(`www served at ${site.origin}/`);

// Headed: the real extension (activeTab: click its toolbar button on a form). Headless: the test
// build, whose localhost host permission stands in for that click.
const { context, id, ext } = await launch({
  profile,
  headless: !headed,
  extension: join(ROOT, headed ? 'dist/chromium' : 'dist/chromium-test'),
  setup: (dir) => {
    execFileSync(HOST, ['install', '--browser', 'chromium', '--user-data-dir', dir]);
    say(`native host installed for the throwaway profile ${dir}`);
  },
});

if (headed) {
  await ext.goto(`${site.origin}/demo/index.html`);
  for (const page of context.pages()) if (page !== ext) await page.close();
  say('Chromium is open on the demo forms: open one, click the Portolan button (in the puzzle-piece menu), then Fill.');
  say('Close the browser window to finish.');
  await new Promise((done) => context.on('close', done));
  await site.close();
  process.exit(0);
}

const report = { email: EMAIL, extensionId: id, forms: [], check: null, screenshots: [] };
const shot = async (page, name, opts = {}) => {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, ...opts });
  report.screenshots.push(`${name}.png`);
};

/** Every control's value or checked state, passwords included (to prove they stay untouched). */
const formState = (page) => page.$$eval('input, select, textarea', (els) => els.map((e) => ({
  name: (e.name || e.id) + (e.type === 'radio' ? ` = ${e.value}` : ''),
  type: e.type,
  value: e.value,
  checked: e.checked,
  text: e.tagName === 'SELECT' ? e.selectedOptions[0]?.textContent.trim() ?? '' : undefined,
})));

/** The popup (as a tab, at popup size) for the tab showing `url`. */
async function popupFor(url, panel = '') {
  const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}${panel ? `&panel=${panel}` : ''}`);
  await popup.waitForSelector('body[data-ready="true"]');
  return popup;
}

for (const name of FORMS) {
  const url = `${site.origin}/demo/${name}.html`;
  const page = await context.newPage();
  await page.goto(url);
  const before = await formState(page);
  const popup = await popupFor(url);
  await popup.fill('#email', EMAIL);
  // The popup re-plans shortly after typing: wait until the plan itself proposes the address,
  // so the screenshot shows what the user sees once it has, not the plan before it.
  await popup.waitForFunction((email) => !document.querySelector('#fill').disabled
    && [...document.querySelectorAll('.block')].some((b) => b.textContent.includes(email)), EMAIL);
  const blocks = await popup.$$eval('.block h2', (hs) => hs.map((h) => h.textContent));
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 380, height });
  await shot(popup, `${name}-1-popup`);
  await popup.setViewportSize({ width: 380, height: 640 });

  await popup.click('#fill');
  await popup.waitForFunction(() => document.querySelector('#result').textContent.trim() !== '');
  const filledText = await popup.textContent('#result');
  const filled = await formState(page);
  await shot(page, `${name}-2-filled`, { fullPage: true });

  await popup.click('#undo');
  await page.waitForFunction((b) => {
    const now = [...document.querySelectorAll('input, select, textarea')];
    return now.every((e, i) => e.value === b[i].value && e.checked === b[i].checked);
  }, before, { timeout: 5000 }).catch(() => {});
  const undone = await formState(page);

  const shown = (c) => (c.type === 'password' ? '(password)'
    : c.type === 'checkbox' || c.type === 'radio' ? (c.checked ? 'checked' : 'unchecked')
      : c.text !== undefined ? `${c.text} (${c.value})` : c.value);
  const changed = filled
    .map((after, i) => ({ name: after.name, before: shown(before[i]), after: shown(after), same: JSON.stringify(after) === JSON.stringify(before[i]) }))
    .filter((c) => !c.same)
    .map(({ same, ...c }) => c);
  const passwordsUntouched = filled.every((f, i) => f.type !== 'password' || f.value === before[i].value);
  const undoExact = JSON.stringify(undone) === JSON.stringify(before);
  report.forms.push({ name, url, blocks, result: filledText.trim(), changed, passwordsUntouched, undoExact });
  say(`${name}: ${blocks.join(' + ') || 'no blocks'}; ${filledText.trim()}; undo ${undoExact ? 'exact' : 'NOT exact'}`);
  await popup.close();
  await page.close();
}

// Check connection from the popup, through the native host, against the real Gmail names. On a
// machine without internet the probes must say so (a DNS failure, explained), not pretend.
{
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=-1&panel=connection`);
  await popup.waitForSelector('body[data-ready="true"]');
  await popup.click('#panel-connection .check-button');
  await popup.waitForSelector('.verdict', { timeout: 30000 });
  await popup.waitForFunction(() => document.querySelectorAll('.probe[data-outcome]').length >= 4, null, { timeout: 30000 });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 380, height });
  await shot(popup, 'check');
  const reply = await popup.evaluate((email) => chrome.runtime.sendMessage({ type: 'portolan/check', email }), EMAIL);
  report.check = reply.error
    ? { error: reply.error }
    : {
      summary: reply.summary,
      probes: reply.probes.map((p) => ({ target: p.target, outcome: p.outcome, elapsed_ms: p.elapsed_ms, explanation: p.explanation })),
    };
  say(`check: ${reply.error ? reply.error.code : reply.summary}`);
  await popup.close();
}

// The settings doctor on the web page, with the seed article's mistake typed in.
{
  const page = await context.newPage();
  await page.goto(`${site.origin}/doctor.html?protocol=imap&host=imap.gmail.com&port=465&security=starttls`);
  await page.waitForTimeout(300);
  await shot(page, 'www-doctor', { fullPage: true });
  await page.close();
}

await context.close();
await site.close();

writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');
const lines = [
  '# Portolan demo report', '',
  `Email used for username fields: ${EMAIL}. Extension ID: ${report.extensionId}.`, '',
  '## Forms', '',
];
for (const f of report.forms) {
  lines.push(`### ${f.name}`, '', `Blocks: ${f.blocks.join(', ') || 'none'}. ${f.result}`, '');
  lines.push('| field | before | after |', '|---|---|---|');
  for (const c of f.changed) lines.push(`| ${c.name} | ${c.before || '(empty)'} | ${c.after} |`);
  lines.push('', `Passwords untouched: ${f.passwordsUntouched ? 'yes' : 'NO'}. Undo restored the form exactly: ${f.undoExact ? 'yes' : 'NO'}.`, '');
}
lines.push('## Check connection', '');
if (report.check?.error) {
  lines.push(`Error ${report.check.error.code}: ${report.check.error.message}`);
} else {
  lines.push(report.check.summary, '', '| endpoint | outcome | time | explanation |', '|---|---|---|---|');
  for (const p of report.check.probes) lines.push(`| ${p.target} | ${p.outcome} | ${p.elapsed_ms} ms | ${p.explanation} |`);
}
lines.push('', '## Screenshots', '', ...report.screenshots.map((s) => `- ${s}`), '');
writeFileSync(join(OUT, 'report.md'), lines.join('\n'));
say(`report: ${join(OUT, 'report.md')}`);
