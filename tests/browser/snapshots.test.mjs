// The committed form snapshots conform to docs/snapshot.schema.json's shape, and the scanner
// emits what the schema and core expect (that each committed snapshot is what the scanner
// emits from its page now is corpus.test.mjs's check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMS } from '../tools/snapshots.mjs';
import { checkSnapshot, withDefaults } from '../tools/schema-check.mjs';

/** docs/snapshot.schema.json, the contract. */
async function snapshotSchema() {
  return JSON.parse(await readFile(join(FORMS, '..', '..', '..', 'docs', 'snapshot.schema.json'), 'utf8'));
}

/** The scanner's snapshot of `html`, set as a page's content in Chromium, with what it leaves
 * out (empty texts, lists, flags) put back as core reads them. */
async function scan(html) {
  const schema = await snapshotSchema();
  return withDefaults(schema, await scanned(html));
}

async function scanned(html) {
  return inPage(html, () => globalThis.PortolanSnapshot.build(document));
}

/** What `fn` returns in a Chromium page holding `html` and the scanner. */
async function inPage(html, fn) {
  const { chromium } = await import('playwright-core');
  const scanner = await readFile(join(FORMS, '..', '..', '..', 'extension', 'static', 'content', 'snapshot.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.evaluate(scanner);
    return await page.evaluate(fn);
  } finally {
    await browser.close();
  }
}

// That the committed snapshots are what the scanner builds now is corpus.test.mjs's check, page
// by page through the extension (`node tests/tools/snapshots.mjs --check` alone, without it).

test('committed snapshots conform to docs/snapshot.schema.json', async () => {
  const schema = await snapshotSchema();
  const files = (await readdir(FORMS)).filter((f) => f.endsWith('.snapshot.json'));
  assert.ok(files.length >= 30, `only ${files.length} snapshots`);
  for (const f of files) {
    const errors = checkSnapshot(schema, JSON.parse(await readFile(join(FORMS, f), 'utf8')));
    assert.deepEqual(errors, [], f);
  }
});

test('the schema check rejects what breaks the contract', async () => {
  const schema = await snapshotSchema();
  const good = JSON.parse(await readFile(join(FORMS, 'thunderbird-web.snapshot.json'), 'utf8'));
  assert.deepEqual(checkSnapshot(schema, good), []);
  const bad = structuredClone(good);
  bad.controls[0].extra = 1;
  bad.controls[1].tag = 'div';
  delete bad.controls[2].selector;
  bad.controls[3].visible = 'yes';
  const errors = checkSnapshot(schema, bad);
  assert.equal(errors.length, 4, errors.join('\n'));
});

test('the scanner leaves out what is empty, and an empty option keeps its place', async () => {
  const snap = await scanned(`<form><label for="h">SMTP server</label><input id="h" name="host">
    <select name="enc"><option value=""></option><option value="ssl" selected>SSL</option></select></form>`);
  const empty = [];
  const walk = (v, path) => {
    if (v === '' || v === false || v === null || (Array.isArray(v) && !v.length)) empty.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  snap.controls.forEach((c, i) => walk(c, `controls[${i}]`));
  assert.deepEqual(empty, []);
  assert.deepEqual(snap.controls[0], {
    selector: '#h', tag: 'input', type: 'text', name: 'host', id: 'h', labels: ['SMTP server'],
    nearby: { left: 'SMTP server', above: 'SMTP server' }, visible: true,
  });
  assert.deepEqual(snap.controls[1].options, [{}, { value: 'ssl', text: 'SSL', selected: true }]);
});

test('the scanner keeps every property the schema names when it is not empty', async () => {
  // The compacting pass lists the keys of a control, its nearby texts, its context, its form
  // and its options one by one (snapshot.js, compactControl): a key the scanner reads and that
  // list forgets would leave every snapshot, the committed ones included. One page fills each.
  const snap = await scanned(`<h2>Incoming mail</h2><div role="tabpanel" aria-label="Server settings">
    <form id="mail-form" name="mail" action="/settings/mail" class="settings wide"><fieldset><legend>IMAP</legend>
    <p>Where your mail is kept</p>
    <div>Server <input id="host" name="host" class="form-control" autocomplete="off" placeholder="imap.example.com"
      aria-label="IMAP host" title="The server's name" value="imap.gmail.com" maxlength="100"> (a name)</div>
    <div>The name your provider gives.</div>
    <table><tr><th>Setting</th><th>Value</th></tr><tr><th>Port</th><td><input type="number" name="port" min="1" max="65535"></td></tr></table>
    <dl><dt>Security</dt><dd><select name="security" disabled><option value="">None</option><option value="ssl" selected>SSL/TLS</option></select></dd></dl>
    <label for="user">Username</label> <input id="user" name="user" readonly>
    <label><input type="checkbox" name="auth" checked> Requires authentication</label>
    <div>Protocol: <label><input type="radio" name="proto" value="imap" checked> IMAP</label>
      <label><input type="radio" name="proto" value="pop3"> POP3</label></div>
    </fieldset></form></div>
    <div id="host2"></div><iframe srcdoc="<input name='inner'>"></iframe>
    <script>document.getElementById('host2').attachShadow({ mode: 'open' }).innerHTML = '<input name="shadowed">';</script>`);
  const schema = (await snapshotSchema()).$defs;
  const seen = { control: new Set(), nearby: new Set(), context: new Set(), form: new Set(), option: new Set() };
  for (const c of snap.controls) {
    Object.keys(c).forEach((k) => seen.control.add(k));
    Object.keys(c.nearby || {}).forEach((k) => seen.nearby.add(k));
    Object.keys(c.context || {}).forEach((k) => seen.context.add(k));
    Object.keys(c.context?.form || {}).forEach((k) => seen.form.add(k));
    (c.options || []).forEach((o) => Object.keys(o).forEach((k) => seen.option.add(k)));
  }
  const named = {
    control: schema.control.properties,
    nearby: schema.nearby.properties,
    context: schema.context.properties,
    form: schema.context.properties.form.properties,
    option: schema.option.properties,
  };
  for (const [part, properties] of Object.entries(named)) {
    assert.deepEqual(Object.keys(properties).filter((k) => !seen[part].has(k)), [], part);
  }
});

test('no committed snapshot carries a password value', async () => {
  for (const f of (await readdir(FORMS)).filter((n) => n.endsWith('.snapshot.json'))) {
    const snap = JSON.parse(await readFile(join(FORMS, f), 'utf8'));
    for (const c of snap.controls) if (c.type === 'password') assert.equal(c.value ?? '', '', `${f} ${c.selector}`);
  }
});

test('a big admin page (2,000 controls, 40,000 elements) is scanned in bounded time', { timeout: 120000 }, async () => {
  const { chromium } = await import('playwright-core');
  const scanner = await readFile(join(FORMS, '..', '..', '..', 'extension', 'static', 'content', 'snapshot.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    let html = '<!doctype html><html lang="en"><body><h1>Big admin</h1><form>';
    for (let i = 0; i < 400; i++) {
      html += `<h3>Section ${i}</h3><table>` + Array.from({ length: 5 }, (_, j) =>
        `<tr><td><label for="f${i}_${j}">Label ${i}-${j}</label></td><td><div><span><input id="f${i}_${j}"></span></div><p>help ${j}</p></td></tr>`).join('') + '</table>';
    }
    html += '</form>' + '<div><span>filler</span></div>'.repeat(20000) + '</body></html>';
    await page.setContent(html);
    await page.evaluate(scanner);
    const [ms, count, first] = await page.evaluate(() => {
      const start = performance.now();
      const snap = globalThis.PortolanSnapshot.build(document);
      return [performance.now() - start, snap.controls.length, snap.controls[7]];
    });
    assert.equal(count, 2000);
    assert.deepEqual(first.labels, ['Label 1-2']);
    assert.deepEqual(first.context.headings, ['Section 1', 'Big admin']);
    assert.ok(ms < 5000, `took ${ms} ms`);
  } finally {
    await browser.close();
  }
});

test('controls named like form properties do not shadow the form\'s own attributes', async () => {
  const form = (await scan(`<form id="mailer" name="mail" class="settings  wide settings" action="/save">
    <label for="h">SMTP server</label><input id="h" name="id">
    <input name="classList"><input name="action"></form>`)).controls[0].context.form;
  assert.deepEqual(form, { id: 'mailer', name: 'mail', action: '/save', classes: ['settings', 'wide'] });
});

test('text a person does not see (a hover tooltip) is not a caption; a hidden step is still read', async () => {
  const controls = (await scan(`<style>.tip { display: none }</style><form>
    <table><tr><td>SMTP port<span class="tip">Use 25 for plain SMTP, or ask your provider</span></td>
      <td><input name="port"></td></tr></table>
    <div style="display: none"><label for="u">IMAP user<span hidden>(optional)</span></label><input id="u"></div></form>`)).controls;
  assert.equal(controls[0].nearby.left, 'SMTP port');
  assert.deepEqual(controls[1].labels, ['IMAP user']);
  assert.equal(controls[1].visible, false);
});

test('a caption above a control wrapped several times (Element UI rows) is still read', async () => {
  // Akkoma's AdminFE: label, then content > container > number widget (spinner buttons
  // before the input) > input wrapper > input. Help text is still looked for three levels
  // down only: further, the next section's heading would read as the control's help.
  const controls = (await scan(`<form class="el-form">
    <div class="el-form-item"><label class="el-form-item__label"><span>Port</span></label>
      <div class="el-form-item__content"><div class="input-container"><div class="el-input-number">
        <span role="button"><i></i></span><span role="button"><i></i></span>
        <div class="el-input"><input type="text" value="25"></div></div></div>
        <div><p class="expl">SMTP port</p></div></div></div>
    <div class="el-form-item"><label class="el-form-item__label"><span>Relay</span></label>
      <div class="el-form-item__content"><div class="input-container"><div class="el-input">
        <input type="text" value="mail.example.social"></div></div>
        <div><p class="expl">Hostname or IP address</p></div></div></div></form>`)).controls;
  assert.equal(controls[0].nearby.above, 'Port');
  assert.equal(controls[1].nearby.above, 'Relay');
  assert.equal(controls[1].nearby.below, 'Hostname or IP address');
});

test('radios with no name (Element UI, OrangeHRM) are grouped by the element that holds them', async () => {
  // The framework keeps one radio checked; the browser sees radios in no group. Two groups
  // side by side stay two; a lone nameless radio stays alone, even beside a group.
  const radios = (await scan(`<form>
    <div class="row"><label>Encryption</label><div role="radiogroup" class="el-radio-group">
      <label class="el-radio"><span><input type="radio" value="none" checked></span><span>None</span></label>
      <label class="el-radio"><span><input type="radio" value="ssl"></span><span>SSL</span></label>
      <label class="el-radio"><span><input type="radio" value="tls"></span><span>TLS</span></label></div></div>
    <div class="row"><p>Use SMTP authentication</p><div>
      <div><label><input type="radio" value="login" checked>Yes</label></div>
      <div><label><input type="radio" value="none">No</label></div></div></div>
    <div class="row"><div><label><input type="radio" value="agree">I agree</label></div></div>
    <input type="radio" name="mode" value="a"><input type="radio" name="mode" value="b"></form>`)).controls
    .map((c) => ({ values: c.options.map((o) => o.value), value: c.value, above: c.nearby.above }));
  assert.deepEqual(radios, [
    { values: ['none', 'ssl', 'tls'], value: 'none', above: 'Encryption' },
    { values: ['login', 'none'], value: 'login', above: 'Use SMTP authentication' },
    { values: ['agree'], value: '', above: '' },
    { values: ['a', 'b'], value: '', above: '' },
  ]);
});

test('the hidden input behind a drawn list box (Material UI Select) is named as the list box is', async () => {
  // MUI v5 renders the label, then the face (its text is the current choice, "SSL/TLS") and
  // the value-carrying input; v4's face is a role="button" with aria-haspopup="listbox".
  const labels = (await scan(`<form>
    <div class="MuiFormControl-root"><label id="enc-label" class="MuiInputLabel-root">Encryption</label>
      <div class="MuiInputBase-root MuiSelect-root"><div tabindex="0" role="combobox" aria-haspopup="listbox"
        aria-labelledby="enc-label enc-select" id="enc-select" class="MuiSelect-select">SSL/TLS</div><input
        aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="ssl" style="position:absolute;opacity:0"></div></div>
    <div class="MuiFormControl-root"><div role="button" aria-haspopup="listbox" aria-label="SMTP port">465</div><input
        aria-hidden="true" tabindex="-1" value="465"></div>
    <div><span role="combobox" aria-label="Country">France</span><input value="fr"></div></form>`)).controls.map((c) => c.labels);
  assert.deepEqual(labels, [['Encryption'], ['SMTP port'], []]);
});

test('the hidden input behind a drawn list box reads its neighbours from the face, not the current choice', async () => {
  // ioBroker's jsonConfig: a label with no id above the face, so only the text around the face
  // names it; the face's own text ("SMTP") is the value. An input that is not hidden behind a
  // face keeps the text before it.
  const nearby = (await scan(`<form>
    <div class="MuiFormControl-root"><label class="MuiInputLabel-root">Transport</label>
      <div class="MuiInputBase-root"><div tabindex="0" role="combobox" aria-haspopup="listbox">SMTP</div><input
        aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="SMTP"></div></div>
    <div><span role="combobox">France</span><input value="fr"></div></form>`)).controls.map((c) => c.nearby.left);
  assert.deepEqual(nearby, ['Transport', 'France']);
});

test('each selector picks out its control alone; a shadow host before a panel\'s first control leaves the panel its caption', async () => {
  // Controls without id or name, built alike (Artalk's settings rows), get the shortest chain
  // of :nth-of-type steps that selects them alone, anchored at an ancestor's unique id when
  // that is shorter. The selector's climb keeps records of the elements it passes; a shadow
  // host met before a tab panel's first control must not leave them without the panel.
  const found = await inPage(`<div role="tabpanel" aria-label="Incoming server"><my-field></my-field>
      <div class="row"><div class="value"><input value="0"></div></div></div>
    <div id="app">
      <div class="row"><div class="value"><input value="1"></div></div>
      <div class="row"><div class="value"><input value="2"></div></div>
      <div class="row"><div class="value"><select><option>a</option></select><input value="3"></div></div></div>
    <div class="row"><div class="value"><input value="4"></div></div>
    <div class="row"><div class="value"><input id="dup" value="5"><input id="dup" value="6"></div></div>
    <script>document.querySelector('my-field').attachShadow({ mode: 'open' }).innerHTML = '<span>IMAP</span>';</script>`, () => globalThis.PortolanSnapshot.build(document).controls.map((c) => {
    const hits = document.querySelectorAll(c.selector);
    return { selector: c.selector, value: c.value || '', alone: hits.length === 1 && (hits[0].value || '') === (c.value || ''), tab: c.context?.tab || '' };
  }));
  assert.deepEqual(found.map((c) => c.value), ['0', '1', '2', 'a', '3', '4', '5', '6']);
  for (const c of found) assert.ok(c.alone, `${c.selector} selects more than its control`);
  assert.deepEqual(found.map((c) => c.selector), [
    'div:nth-of-type(1) > div:nth-of-type(1) > div:nth-of-type(1) > input:nth-of-type(1)',
    '#app > div:nth-of-type(1) > div:nth-of-type(1) > input:nth-of-type(1)',
    'div:nth-of-type(2) > div:nth-of-type(1) > input:nth-of-type(1)',
    'select:nth-of-type(1)',
    '#app > div:nth-of-type(3) > div:nth-of-type(1) > input:nth-of-type(1)',
    'body:nth-of-type(1) > div:nth-of-type(3) > div:nth-of-type(1) > input:nth-of-type(1)',
    'div:nth-of-type(4) > div:nth-of-type(1) > input:nth-of-type(1)',
    'input:nth-of-type(2)',
  ]);
  assert.deepEqual(found.map((c) => c.tab), ['Incoming server', '', '', '', '', '', '', '']);
});
