// The reference page, rendered from core: the settings sheet (`settings`, the document of
// `portolan settings --json`, which the popup shows too) for what to type, and the provider's
// tables (`provider`) for each value's sources, verification month and confidence, the myths,
// the Workspace switches and the source list. Nothing here states a Gmail fact of its own.
import { ready, settings, provider, SECURITY_LABELS, PROTOCOL_LABELS } from './core.js';
import { el, copyButton, provenanceLine, slug } from './dom.js';

const PROTOCOLS = ['imap', 'pop3', 'smtp'];
const ROLES = { imap: 'incoming mail', pop3: 'incoming mail, download', smtp: 'outgoing mail' };
const AUTH_TITLES = {
  oauth2: 'Sign in with Google (OAuth 2.0)',
  'app-password': 'App password',
  'account-password': 'Your Google account password',
};
const AUDIENCES = { personal: 'Personal accounts', workspace: 'Google Workspace', all: 'All accounts' };

async function main() {
  const root = document.getElementById('reference');
  try {
    await ready;
  } catch (err) {
    root.replaceChildren(el('p', { class: 'failure', role: 'alert' },
      `Portolan's core could not start in this browser (${err && err.message ? err.message : err}).`));
    return;
  }
  const sheet = settings(null);
  const gmail = provider();
  document.getElementById('verified').textContent = sheet.verified;
  root.replaceChildren(
    servers(sheet, gmail),
    username(sheet, gmail),
    signIn(sheet, gmail),
    workspace(gmail),
    myths(gmail),
    aliases(gmail),
    sources(gmail),
  );
  document.getElementById('copy-json').replaceChildren(
    copyButton(JSON.stringify(sheet, null, 2), 'every setting as JSON', 'Copy all as JSON'));
}

function section(id, title, intro, ...content) {
  return el('section', { id, 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title` }, title),
    intro ? el('p', { class: 'meta' }, intro) : null,
    ...content);
}

function servers(sheet, gmail) {
  const cards = PROTOCOLS.filter((p) => sheet[p]).map((protocol) => {
    const endpoints = sheet[protocol].map((endpoint, i) => {
      const facts = gmail.endpoints.find((e) => e.protocol === protocol && e.host === endpoint.host && e.port === endpoint.port);
      return el('div', { class: 'endpoint', 'data-protocol': protocol },
        sheet[protocol].length > 1 ? el('p', { class: 'meta' }, i === 0 ? 'Preferred' : 'Also works') : null,
        el('dl', { class: 'values' },
          el('dt', {}, 'Server'),
          el('dd', {}, el('span', { class: 'value host' }, endpoint.host), copyButton(endpoint.host, `${PROTOCOL_LABELS[protocol]} server`)),
          el('dt', {}, 'Port'),
          el('dd', {}, el('span', { class: 'value port' }, endpoint.port), copyButton(endpoint.port, `${PROTOCOL_LABELS[protocol]} port`)),
          el('dt', {}, 'Security'),
          el('dd', {}, el('span', { class: 'value security' }, SECURITY_LABELS[endpoint.security] || endpoint.security))),
        facts ? provenanceLine(facts.provenance) : null);
    });
    const rules = gmail.access.filter((rule) => rule.protocol === protocol);
    return el('article', { class: 'card', id: `server-${protocol}` },
      el('h3', {}, PROTOCOL_LABELS[protocol], el('span', { class: 'role' }, ROLES[protocol])),
      endpoints,
      rules.length ? el('ul', { class: 'notes' }, rules.map((rule) => el('li', {},
        el('strong', {}, `${AUDIENCES[rule.audience] || rule.audience}: `), rule.statement,
        provenanceLine(rule.provenance)))) : null);
  });
  return section('servers', 'Servers', 'Type these into your mail client or setup form.',
    el('div', { class: 'grid' }, cards));
}

function username(sheet, gmail) {
  const rule = gmail.username;
  return section('username', 'Username', null,
    el('div', { class: 'grid' },
      el('article', { class: 'card' },
        el('h3', {}, 'Every protocol'),
        el('p', {}, sheet.username),
        provenanceLine(rule.provenance)),
      el('article', { class: 'card' },
        el('h3', {}, 'POP3 recent mode ', el('code', {}, rule.pop_recent_prefix)),
        el('p', {}, rule.pop_recent_statement),
        provenanceLine(rule.pop_recent_provenance))));
}

function signIn(sheet, gmail) {
  const methods = sheet.auth.map((method) => {
    const facts = gmail.auth.methods.find((m) => m.kind === method.method);
    return el('article', { class: 'card', id: `auth-${method.method}` },
      el('h3', {}, AUTH_TITLES[method.method] || method.method,
        el('span', { class: `badge ${method.accepted ? 'ok' : 'refused'}` }, method.accepted ? 'works' : 'no longer works')),
      el('p', {}, method.summary),
      method.mechanisms.length ? el('p', { class: 'meta' }, 'SASL: ', method.mechanisms.map((m, i) => [i ? ', ' : '', el('code', {}, m)])) : null,
      facts ? provenanceLine(facts.provenance) : null);
  });
  const rules = gmail.auth.app_passwords;
  const appPasswords = el('article', { class: 'card', id: 'app-passwords' },
    el('h3', {}, 'App passwords and 2-Step Verification'),
    el('ul', { class: 'plain-list' },
      el('li', {}, rules.requires_two_step_verification ? '2-Step Verification must be on.' : '2-Step Verification is not required.'),
      el('li', {}, `${rules.length} characters, shown in groups of ${rules.group_size}`,
        rules.spaces_ignored ? '; the spaces between groups may be typed or left out.' : '.'),
      el('li', {}, 'Create one at ', el('a', { href: rules.create_url, rel: 'noopener noreferrer', target: '_blank' }, rules.create_url.replace(/^https:\/\//, '')), '.')),
    el('p', {}, 'Not available when:'),
    el('ul', { class: 'plain-list' }, rules.unavailable_when.map((when) => el('li', {}, when))),
    provenanceLine(rules.provenance));
  const end = gmail.auth.password_sign_in_end;
  const claims = [['Personal accounts', end.personal], ...end.workspace_claims.map((c) => ['Google Workspace', c])];
  const timeline = el('article', { class: 'card', id: 'password-end' },
    el('h3', {}, 'When password sign-in ended'),
    el('ul', { class: 'notes' }, claims.map(([who, claim]) => el('li', {},
      el('strong', {}, `${claim.date}, ${who}: `), claim.says, provenanceLine(claim.provenance)))),
    el('p', { class: 'callout warn' }, el('strong', {}, 'Sources disagree. '), end.workspace_note));
  const titles = (accepted) => sheet.auth.filter((m) => m.accepted === accepted).map((m) => AUTH_TITLES[m.method] || m.method);
  const summary = `Accepted: ${titles(true).join('; ') || 'none'}. No longer accepted: ${titles(false).join('; ') || 'none'}.`;
  return section('sign-in', 'Signing in', summary,
    el('div', { class: 'grid' }, methods, appPasswords, timeline),
    el('p', { class: 'meta' }, 'OAuth scope for full mail access: ', el('code', {}, gmail.auth.oauth_scope)));
}

function workspace(gmail) {
  const rules = gmail.access.filter((rule) => rule.audience === 'workspace');
  const relays = gmail.misused_hosts.filter((host) => host.role === 'admin-relay');
  return section('workspace', 'Google Workspace: what your administrator controls', null,
    el('div', { class: 'grid' },
      rules.map((rule) => el('article', { class: 'card' },
        el('h3', {}, 'IMAP and POP access'), el('p', {}, rule.statement), provenanceLine(rule.provenance))),
      relays.map((host) => el('article', { class: 'card' },
        el('h3', {}, el('code', {}, patternText(host.pattern))), el('p', {}, host.why), provenanceLine(host.provenance)))));
}

function myths(gmail) {
  const ports = gmail.wrong_ports.map((wrong) => el('article', { class: 'card myth', id: `myth-${wrong.protocol}-${wrong.port}` },
    el('h3', {}, `Port ${wrong.port} for ${PROTOCOL_LABELS[wrong.protocol]}`),
    el('p', {}, wrong.why),
    provenanceLine(wrong.provenance)));
  const others = gmail.misused_hosts.filter((host) => host.role !== 'admin-relay');
  const hosts = others.length ? el('article', { class: 'card myth wide', id: 'myth-hosts' },
    el('h3', {}, 'Google hosts that are not for your mail client'),
    el('ul', { class: 'host-list' }, others.map((host) => el('li', {},
      el('code', {}, patternText(host.pattern)), el('p', {}, host.why), provenanceLine(host.provenance))))) : null;
  return section('myths', 'Myths and mistakes', 'Settings that circulate in guides and forms, and why they are wrong for Gmail.',
    el('div', { class: 'grid' }, ports, hosts));
}

function aliases(gmail) {
  return section('aliases', 'Other names of the same servers', null,
    el('div', { class: 'grid' }, gmail.aliases.map((alias) => el('article', { class: 'card' },
      el('h3', {}, el('code', {}, alias.host)),
      el('p', {}, `Another name of ${alias.canonical} (${PROTOCOL_LABELS[alias.protocol]}). Prefer ${alias.canonical}.`),
      provenanceLine(alias.provenance)))));
}

function sources(gmail) {
  return section('sources', 'Sources', `Every value above links to one of these. Checked ${gmail.verified}.`,
    el('ul', { class: 'sources-list' }, gmail.sources.map((source) => el('li', { id: `source-${slug(source.key)}` },
      el('span', { class: 'key' }, source.key), ' ',
      source.url ? el('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.title) : source.title))));
}

/** A host pattern as text: `smtp.google.com`, or `alt1…alt4.aspmx.l.google.com`. */
function patternText(pattern) {
  if (pattern.exact) return pattern.exact;
  const n = pattern.numbered;
  return n ? `${n.prefix}${n.first}…${n.prefix}${n.last}${n.suffix}` : JSON.stringify(pattern);
}

main();
