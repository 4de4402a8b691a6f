// The settings doctor page: the form's values go to core's `diagnose` (wasm) on every change;
// the findings and the corrected setting come back and are shown as text. The port goes as
// typed: the wasm layer reads it and says in plain words when it is not a port.
import { ready, diagnose, SECURITY_LABELS, PROTOCOL_LABELS } from './core.js';
import { el, copyButton, announce } from './dom.js';

const form = document.getElementById('doctor-form');
const output = document.getElementById('diagnosis');
const input = Object.fromEntries(['protocol', 'host', 'port', 'security', 'username']
  .map((name) => [name, form.elements.namedItem(name)]));

/** Sample inputs for the example buttons (what people type, right and wrong). */
const EXAMPLES = {
  myth: { protocol: 'imap', host: 'imap.gmail.com', port: '465', security: 'starttls', username: '' },
  typo: { protocol: 'smtp', host: 'smtp.gmial.com', port: '587', security: 'starttls', username: 'you@gmail.com' },
  mx: { protocol: 'smtp', host: 'aspmx.l.google.com', port: '25', security: 'none', username: 'you' },
  good: { protocol: 'smtp', host: 'smtp.gmail.com', port: '587', security: 'starttls', username: 'you@gmail.com' },
};

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' };

/** The form as the doctor's input: `{protocol, host, port, security, username}`. */
function typed() {
  const username = input.username.value;
  return {
    protocol: input.protocol.value,
    host: input.host.value,
    port: input.port.value,
    security: input.security.value,
    username: username.trim() ? username : null,
  };
}

/** The input last shown, so that a `change` after the `input` events that already showed it
 * (a field losing focus) does not rebuild the result under the user's pointer. */
let shown = null;
/** Whether the wasm module is ready; typing before it is shown once it is. */
let loaded = false;

function render() {
  if (!loaded) return;
  const setting = typed();
  const key = JSON.stringify(setting);
  if (key === shown) return;
  shown = key;
  input.port.removeAttribute('aria-invalid');
  input.port.removeAttribute('aria-describedby');
  if (!setting.host.trim() && !setting.port.trim() && !setting.username) {
    output.replaceChildren(el('p', { class: 'placeholder' },
      'Type your settings into the form, or try an example. The diagnosis appears here as you type.'));
    return;
  }
  let result;
  try {
    result = diagnose(setting);
  } catch (err) {
    output.replaceChildren(inputError(err));
    return;
  }
  const summary = verdict(result.findings);
  output.replaceChildren(...[summary, findingList(result.findings), fixedSettings(setting, result.fixed)]
    .filter(Boolean));
  speak(summary.textContent);
}

/** Screen readers hear the verdict once the typing pauses, not the whole result per keystroke. */
let spoken = '';
let speakTimer;
function speak(text) {
  clearTimeout(speakTimer);
  speakTimer = setTimeout(() => {
    if (text !== spoken) announce(text);
    spoken = text;
  }, 700);
}

/** The wasm layer refuses only what it cannot read; of this form's fields that is the port. */
function inputError(err) {
  if (err && err.code === 'invalid-input') {
    input.port.setAttribute('aria-invalid', 'true');
    input.port.setAttribute('aria-describedby', 'port-error');
    speak(err.message);
    return el('p', { class: 'input-error', id: 'port-error' }, err.message);
  }
  return el('p', { class: 'input-error', role: 'alert' },
    `Portolan could not check these settings (${err && err.code ? err.code : 'unexpected error'}): ${err && err.message ? err.message : err}`);
}

function verdict(findings) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let kind = 'ok';
  let text = 'Looks right: no error or warning.';
  if (errors) {
    kind = 'error';
    text = `This will not work as typed: ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''}.`;
  } else if (warnings) {
    kind = 'warning';
    text = `This may work, but: ${plural(warnings, 'warning')}.`;
  }
  return el('p', { class: `verdict ${kind}`, id: 'verdict', 'data-verdict': kind }, el('span', { class: 'dot', 'aria-hidden': 'true' }), text);
}

function findingList(findings) {
  if (!findings.length) return null;
  return el('ul', { class: 'findings', 'aria-label': 'Findings' }, findings.map((finding) =>
    el('li', { class: `finding ${finding.severity}`, 'data-code': finding.code },
      el('header', {},
        el('span', { class: `badge ${finding.severity}` }, SEVERITY_WORDS[finding.severity] || finding.severity),
        el('code', {}, finding.code)),
      el('p', {}, finding.message))));
}

function fixedSettings(setting, fixed) {
  const rows = [
    ['Protocol', 'protocol', PROTOCOL_LABELS[fixed.protocol] || fixed.protocol, setting.protocol !== fixed.protocol, null],
    ['Server', 'host', fixed.host, setting.host !== fixed.host, setting.host],
    ['Port', 'port', String(fixed.port), setting.port.trim() !== String(fixed.port), setting.port],
    ['Security', 'security', SECURITY_LABELS[fixed.security] || fixed.security, setting.security !== fixed.security,
      SECURITY_LABELS[setting.security]],
  ];
  if (fixed.username !== null && fixed.username !== undefined) {
    rows.push(['Username', 'username', fixed.username, (setting.username || '') !== fixed.username, setting.username]);
  }
  const changed = rows.some((row) => row[3]);
  const copyable = new Set(['host', 'port', 'username']);
  const mono = copyable;
  const table = el('table', { id: 'fixed' },
    el('caption', { class: 'visually-hidden' }, changed ? 'Corrected settings' : 'Your settings'),
    el('tbody', {}, rows.map(([label, key, value, isChanged, was]) => el('tr', { 'data-field': key },
      el('th', { scope: 'row' }, label),
      el('td', { class: isChanged ? 'changed' : null },
        el('span', { class: mono.has(key) ? 'value mono' : 'value' }, value),
        isChanged && was ? el('span', { class: 'was' }, el('span', { class: 'visually-hidden' }, 'was '), was) : null,
        ' ',
        copyable.has(key) && value ? copyButton(value, label.toLowerCase()) : null)))));
  const use = changed ? el('button', { type: 'button', class: 'primary', id: 'use-fixed' }, 'Use these settings') : null;
  use?.addEventListener('click', () => {
    fill({ ...fixed, port: String(fixed.port), username: fixed.username ?? input.username.value });
    announce('The form now holds the corrected settings.');
  });
  return el('div', { class: 'fixed card' },
    el('h3', {}, changed ? 'Corrected settings' : 'Nothing to change'),
    table,
    use ? el('div', { class: 'toolbar' }, use) : null);
}

function fill(values) {
  for (const [name, value] of Object.entries(values)) {
    if (input[name] && value !== null && value !== undefined) input[name].value = value;
  }
  render();
}

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => { event.preventDefault(); render(); });
for (const button of form.querySelectorAll('[data-example]')) {
  button.addEventListener('click', () => fill(EXAMPLES[button.dataset.example]));
}

// A link can carry a setting to check (`doctor.html?protocol=imap&host=…&port=…&security=…`);
// never a username, so that no address ends up in a URL.
const query = new URLSearchParams(location.search);
for (const name of ['protocol', 'host', 'port', 'security']) {
  const value = query.get(name);
  if (value === null) continue;
  if (input[name] instanceof HTMLSelectElement && ![...input[name].options].some((o) => o.value === value)) continue;
  input[name].value = value;
}

ready.then(() => {
  loaded = true;
  render();
}, (err) => {
  output.replaceChildren(el('p', { class: 'failure', role: 'alert' },
    `Portolan's core could not start in this browser (${err && err.message ? err.message : err}).`));
});
