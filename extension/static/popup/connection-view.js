// Renders the Connection panel's parts from the host's check report (docs/PROTOCOL.md,
// "Reports") and the service worker's errors (docs/EXTENSION.md, "Check errors"). The words
// that explain a probe are core's (`explanation`, `summary`); this file names outcomes for a
// status chip and lays them out. Everything from the host goes in as text.
import { el, copyButton } from './dom.js';

const PROTOCOL = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };
const SECURITY = { 'implicit-tls': 'SSL/TLS', starttls: 'STARTTLS', none: 'None' };

/** A probe's outcome in a few words (core/src/probe/outcome.rs; unknown ones show the code). */
const OUTCOME = {
  ok: 'Works',
  'dns-failed': 'Name not found',
  refused: 'Refused',
  timeout: 'No answer',
  'tls-failed': 'TLS failed',
  'certificate-untrusted': 'Untrusted certificate',
  'certificate-name-mismatch': 'Wrong certificate',
  'certificate-expired': 'Expired certificate',
  'plaintext-on-tls-port': 'No TLS on this port',
  'tls-on-plaintext-port': 'Unexpected TLS',
  'starttls-not-offered': 'No STARTTLS',
  'starttls-refused': 'STARTTLS refused',
  'unexpected-greeting': 'Not a mail server',
  'closed-early': 'Closed early',
  unreachable: 'Unreachable',
  'response-too-long': 'Not a mail server',
  rejected: 'Rejected',
};

/** What each service-worker error means and what to do, in words; the command comes with the
 * error (the service worker knows the browser). */
const ERRORS = {
  'host-missing': ['The Portolan helper is not installed',
    'Checking needs the small portolan program on this computer. Install it from a terminal, then check again:'],
  'host-forbidden': ['The Portolan helper is installed for another extension',
    'Its browser manifest names a different extension ID. Install it again for this browser:'],
  'host-too-old': ['The Portolan helper is too old',
    'It does not speak this version of the extension. Update portolan, then install it again:'],
  'host-crashed': ['The Portolan helper stopped without an answer',
    'It exited or sent something unreadable. Install it again; if that does not help, run portolan check in a terminal to see why:'],
  'host-timeout': ['The Portolan helper did not answer in time',
    'It was stopped so this popup would not wait forever. Run the same check in a terminal to see where it hangs:'],
  'host-failed': ['Portolan could not talk to its helper',
    'Install it again from a terminal:'],
};

/** The verdict at the top: a level from the probes, core's summary as the words. */
export function verdict(report) {
  const probes = report.probes || [];
  const working = probes.filter((p) => p.outcome === 'ok');
  const intercepted = probes.some((p) => p.tls && p.tls.interception);
  let level = 'ok';
  let title = 'Gmail works from this computer';
  if (!probes.length || !working.length) {
    level = 'bad';
    title = 'Gmail cannot be reached from this computer';
  } else if (working.length < probes.length) {
    level = 'warn';
    title = `${working.length} of ${probes.length} Gmail ports work`;
  } else if (intercepted) {
    level = 'warn';
    title = 'Gmail answers, but the connection is intercepted';
  }
  return el('section', { class: `verdict ${level}`, 'data-level': level },
    el('span', { class: 'dot', 'aria-hidden': 'true' }),
    el('div', {},
      el('h2', {}, title),
      el('p', { class: 'summary' }, report.summary || '')));
}

function head(protocol, target, security, status, kind) {
  return el('div', { class: 'probe-head' },
    el('span', { class: 'proto' }, PROTOCOL[protocol] || protocol),
    el('code', { class: 'target' }, target),
    el('span', { class: 'sec' }, SECURITY[security] || security),
    el('span', { class: `outcome ${kind}` }, status));
}

/** A row for an endpoint still being checked. */
export function pendingRow(endpoint) {
  const target = `${endpoint.host}:${endpoint.port}`;
  return el('li', { class: 'row pending', 'data-target': target },
    head(endpoint.protocol, target, endpoint.security, 'checking…', 'pending'));
}

/** A probe's row: status, time, TLS version, issuer, interception, explanation. */
export function probeRow(p) {
  const ok = p.outcome === 'ok';
  const tls = p.tls || null;
  const cert = tls && tls.certificate;
  const interception = tls && tls.interception;
  const kind = !ok ? 'bad' : interception ? 'warn' : 'ok';
  const facts = [
    Number.isFinite(p.elapsed_ms) ? el('span', { class: 'ms' }, `${p.elapsed_ms} ms`) : null,
    tls && tls.version ? el('span', { class: 'tls' }, tls.version) : null,
    ok && !tls ? el('span', { class: 'tls none' }, 'no TLS') : null,
    interception ? el('span', { class: 'flag' }, 'intercepted') : null,
  ].filter(Boolean);
  // The issuer, and when a Google name was answered with a certificate Google did not issue
  // (or one trusted only through a locally installed root), the warning on the same line.
  const issuer = interception
    ? el('p', { class: 'issuer interception' },
      el('strong', {}, 'TLS intercepted: '),
      `issued by ${interception.issuer || (cert && cert.issuer) || 'an unknown issuer'}, not by Google.`)
    : cert && cert.issuer ? el('p', { class: 'issuer' }, `Issued by ${cert.issuer}`) : null;
  return el('li', { class: `row probe level-${kind}`, 'data-outcome': p.outcome, 'data-target': p.target },
    head(p.protocol, p.target, p.security, OUTCOME[p.outcome] || p.outcome, kind),
    facts.length ? el('p', { class: 'facts' }, ...facts) : null,
    issuer,
    el('p', { class: 'reason' }, p.explanation || ''));
}

/** The MX verdict for a custom-domain address. */
export function mxCard(mx) {
  const level = mx.google ? 'ok' : 'warn';
  return el('article', { class: `card mx ${level}`, 'data-google': String(Boolean(mx.google)) },
    el('header', {},
      el('h2', {}, `Mail for ${mx.domain}`),
      el('span', { class: `outcome ${level}` }, mx.google ? 'Goes to Google' : 'Not Google')),
    mx.records && mx.records.length
      ? el('ul', { class: 'mx-records' }, ...mx.records.map((r) => el('li', {},
        el('span', { class: 'pref' }, String(r.preference)), el('code', {}, r.exchange))))
      : null,
    el('p', { class: 'reason' }, mx.explanation || mx.error || ''));
}

/** What went wrong with the host and what to do, with the command and its copy button. */
export function errorCard(error) {
  const [title, todo] = ERRORS[error.code] || ['The check could not run', `${error.code}: ${error.message || ''}`];
  // A div: the alert role is not allowed on <article>.
  return el('div', { class: 'card check-error', 'data-code': error.code, role: 'alert' },
    el('h2', {}, title),
    el('p', {}, todo),
    error.command ? el('div', { class: 'command' },
      el('code', {}, error.command),
      copyButton(error.command, 'the command')) : null,
    error.message ? el('p', { class: 'detail' }, `Details: ${error.message}`) : null);
}
