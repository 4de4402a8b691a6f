// The popup: "This page" (what Portolan found and would fill, Fill and Undo), "Reference"
// (Gmail's settings with copy buttons, authentication guidance, myths) and "Connection" (the
// native host's check from this computer, check.js). It renders what the
// service worker and core return; page-derived text goes through textContent only.
import init, { coreVersion } from '../wasm/portolan_extension.js';
import { loadReference } from './reference.js';
import { renderReference } from './reference-view.js';
import { setUpCheck } from './check.js';
import { el, clear } from './dom.js';

/** How people read each role in a block's table. */
const ROLE_LABELS = {
  email: 'Email address',
  'incoming.protocol': 'Protocol',
  'incoming.host': 'Server',
  'incoming.port': 'Port',
  'incoming.security': 'Security',
  'incoming.username': 'Username',
  'incoming.password': 'Password',
  'outgoing.host': 'Server',
  'outgoing.port': 'Port',
  'outgoing.security': 'Security',
  'outgoing.username': 'Username',
  'outgoing.password': 'Password',
  'outgoing.auth': 'Authentication',
};

const ERRORS = {
  'page-not-scriptable': 'Portolan cannot read this page. Browser pages, the Web Store and PDF viewers are off limits to extensions.',
  'too-many-controls': 'This page has too many form controls to be a mail setup form.',
};

const $ = (id) => document.getElementById(id);
const state = { tabId: null, analysis: null, busy: false, canUndo: false };

/** The tab the popup works on: `?tab=<id>` (tests, screenshots), else the active tab. */
async function targetTab() {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isSafeInteger(fromQuery)) return fromQuery;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : null;
}

async function send(message) {
  const reply = await chrome.runtime.sendMessage(message);
  if (!reply) throw Object.assign(new Error('no answer from the service worker'), { code: 'internal' });
  if (reply.error) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  return reply;
}

const email = () => $('email').value.trim();

function setStatus(text, kind = '') {
  $('status').textContent = text;
  $('status').className = `status ${kind}`;
}

function explain(err) {
  return ERRORS[err.code] || `Something went wrong (${err.code || 'error'}): ${err.message}`;
}

// Scans overlap (a fill's own re-scan, the page's change notice, the address box): only the
// latest one started may show its result, or an older reply could bring back a plan from
// before the fill.
let scans = 0;
let lastScan = Promise.resolve();

/** Starts a scan; `lastScan` is the latest one started. */
function scan() {
  lastScan = scanOnce();
  return lastScan;
}

async function scanOnce() {
  if (state.tabId === null) { setStatus('No tab to read.', 'warn'); return; }
  const mine = ++scans;
  try {
    const analysis = await send({ type: 'portolan/scan', tabId: state.tabId, email: email() });
    if (mine !== scans) return;
    state.analysis = analysis;
    // The undo journal lives in the page, so a reopened popup can still undo the last fill.
    state.canUndo = state.analysis.undoable > 0;
    render(state.analysis);
  } catch (err) {
    if (mine !== scans) return;
    state.analysis = null;
    clear($('blocks'));
    $('frames').hidden = true;
    $('left-alone').hidden = true;
    setStatus(explain(err), 'warn');
    updateButtons();
  }
}

function entriesBySelector(analysis) {
  return new Map((analysis.plan?.entries || []).map((e) => [e.selector, e]));
}

function statusChip(entry) {
  if (!entry || !entry.action || entry.status === 'keep') return el('span', { class: 'chip keep' }, 'keep');
  if (entry.status === 'replace') return el('span', { class: 'chip replace' }, 'replace');
  return el('span', { class: 'chip fill' }, 'fill');
}

/** What a person reads for a proposed value: the option's text, or on/off for a checkbox. */
function shown(field) {
  if (field.proposed === null || field.proposed === undefined) return '';
  if (field.proposedText) return field.proposedText;
  if (field.proposed === 'true') return 'on';
  if (field.proposed === 'false') return 'off';
  return field.proposed;
}

function fieldRow(field, entry) {
  const value = shown(field);
  return el('li', { class: 'field' },
    el('div', { class: 'line' },
      el('span', { class: 'role' }, ROLE_LABELS[field.role] || field.role),
      el('span', { class: value ? 'value' : 'value none' }, value || '—'),
      statusChip(entry)),
    entry && entry.reason ? el('p', { class: 'reason' }, entry.reason) : null);
}

function render(analysis) {
  const blocks = $('blocks');
  clear(blocks);
  const fields = new Map(analysis.fields.map((f) => [f.selector, f]));
  const plan = entriesBySelector(analysis);
  const shown = new Set();
  const groups = analysis.blocks.map((b) => ({ title: b.title, selectors: b.selectors }));
  const rest = analysis.fields.map((f) => f.selector).filter((s) => !groups.some((g) => g.selectors.includes(s)));
  if (rest.length) groups.unshift({ title: 'Account', selectors: rest });

  for (const group of groups) {
    const items = group.selectors.filter((s) => fields.has(s)).map((s) => {
      shown.add(s);
      return fieldRow(fields.get(s), plan.get(s));
    });
    if (!items.length) continue;
    blocks.append(el('section', { class: 'block' },
      el('h2', {}, group.title),
      el('ul', { class: 'fields' }, ...items)));
  }

  const willChange = (analysis.plan?.entries || []).filter((e) => e.action && e.status !== 'keep');
  if (!analysis.fields.length) {
    setStatus('No mail server settings form found on this page.', 'muted');
  } else {
    const n = willChange.length;
    if (n) setStatus(`${analysis.fields.length} mail fields found; ${n} to fill.`, 'ok');
    else setStatus(`${analysis.fields.length} mail fields found; nothing to change.`, 'muted');
  }

  // Frames of other sites are beyond a content script's reach (fill.js, unreadFrames).
  const unread = analysis.unreadFrames || 0;
  $('frames').textContent = unread === 1
    ? 'One embedded frame from another site was not read; Portolan does not see or fill its fields.'
    : `${unread} embedded frames from other sites were not read; Portolan does not see or fill their fields.`;
  $('frames').hidden = !unread;

  // Left alone: what the plan will not touch at all (passwords, fields it has no value for).
  const left = (analysis.plan?.entries || []).filter((e) => !e.action);
  const list = $('left-alone-list');
  clear(list);
  for (const e of left) {
    list.append(el('li', {},
      el('span', { class: 'role' }, ROLE_LABELS[e.role] || e.role),
      el('span', { class: 'reason' }, e.reason || 'left as it is')));
  }
  $('left-alone').hidden = !left.length;
  $('left-alone').querySelector('summary').textContent = `Left alone (${left.length})`;
  updateButtons();
}

function updateButtons() {
  const entries = state.analysis?.plan?.entries || [];
  $('fill').disabled = state.busy || !entries.some((e) => e.action && e.status !== 'keep');
  $('undo').disabled = state.busy || !state.canUndo;
}

async function act(kind) {
  const pressed = $(kind);
  const hadFocus = document.activeElement === pressed;
  state.busy = true;
  updateButtons();
  try {
    if (kind === 'fill') {
      const { filled } = await send({ type: 'portolan/fill', tabId: state.tabId, email: email() });
      state.canUndo = state.canUndo || filled.length > 0;
      $('result').textContent = filled.length
        ? `Filled ${filled.length} field${filled.length === 1 ? '' : 's'}. Type your password yourself.`
        : 'Nothing to change: the form already holds these values.';
    } else {
      const { restored, remaining } = await send({ type: 'portolan/undo', tabId: state.tabId });
      state.canUndo = remaining > 0;
      $('result').textContent = restored.length
        ? `Restored ${restored.length} field${restored.length === 1 ? '' : 's'}.` : 'Nothing to undo.';
    }
  } catch (err) {
    $('result').textContent = explain(err);
  } finally {
    // The buttons match the result line at once; the re-scan then refreshes the page view.
    state.busy = false;
    updateButtons();
    // Wait for the latest scan, not only this one: the page's change notice may start another
    // while this one runs, and only the latest shows its plan (which decides the buttons).
    let waited = scan();
    await waited;
    while (lastScan !== waited) {
      waited = lastScan;
      await waited;
    }
    // The pressed button was disabled while busy, which drops the keyboard focus; give it
    // back to that button, or to the other one when this one has nothing left to do. The
    // browser moves the focus off a disabled button only when it next renders, so a button
    // the latest plan has just disabled may still hold it: that focus is lost too.
    const active = document.activeElement;
    if (hadFocus && (active === document.body || active === null || active.disabled)) {
      const other = $(kind === 'fill' ? 'undo' : 'fill');
      if (!pressed.disabled) pressed.focus();
      else if (!other.disabled) other.focus();
    }
  }
}

function setUpTabs() {
  const tabs = [$('tab-page'), $('tab-reference'), $('tab-connection')];
  const select = (tab) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    }
    tab.focus();
  };
  for (const t of tabs) {
    t.addEventListener('click', () => select(t));
    t.addEventListener('keydown', (ev) => {
      const i = tabs.indexOf(t);
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
        select(tabs[(i + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]);
        ev.preventDefault();
      } else if (ev.key === 'Home' || ev.key === 'End') {
        select(ev.key === 'Home' ? tabs[0] : tabs[tabs.length - 1]);
        ev.preventDefault();
      }
    });
  }
  const panel = new URLSearchParams(location.search).get('panel');
  const initial = tabs.find((t) => t.id === `tab-${panel}`);
  if (initial) select(initial);
  return select;
}

async function setUpEmail() {
  const { email: saved } = await chrome.storage.local.get('email');
  if (typeof saved === 'string') $('email').value = saved;
  let timer = 0;
  $('email').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await chrome.storage.local.set({ email: email() });
      await scan();
    }, 300);
  });
}

/** Automatic mode: the optional host permission is asked for here, on the user's click. */
const AUTO_ORIGINS = ['https://*/*', 'http://*/*'];

async function setUpAutomaticMode() {
  const box = $('auto');
  const { auto } = await chrome.storage.local.get('auto');
  box.checked = auto === true;
  box.addEventListener('change', async () => {
    const on = box.checked;
    if (on && !(await chrome.permissions.request({ origins: AUTO_ORIGINS }))) {
      box.checked = false;
      return;
    }
    try {
      await send({ type: 'portolan/auto', enabled: on });
      if (!on) await chrome.permissions.remove({ origins: AUTO_ORIGINS });
    } catch (err) {
      $('result').textContent = explain(err);
    }
  });
}

async function main() {
  const selectTab = setUpTabs();
  $('fill').addEventListener('click', () => act('fill'));
  $('undo').addEventListener('click', () => act('undo'));
  chrome.runtime.onMessage.addListener((msg, sender) => {
    if (msg && msg.type === 'portolan/page-changed' && sender.tab && sender.tab.id === state.tabId) scan();
  });
  await init();
  $('version').textContent = `Portolan ${coreVersion()}`;
  await setUpEmail();
  await setUpAutomaticMode();
  const reference = await loadReference();
  renderReference($('reference'), reference);
  const check = setUpCheck($('check'), { endpoints: reference.servers.flatMap((s) => s.endpoints), email });
  // The Reference panel's shortcut opens the Connection panel and starts the check there.
  $('check-jump').addEventListener('click', () => {
    selectTab($('tab-connection'));
    check.run();
  });
  state.tabId = await targetTab();
  await scan();
  document.body.dataset.ready = 'true';
}

main();
