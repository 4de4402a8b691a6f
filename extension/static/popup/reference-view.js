// Renders the Reference panel from loadReference()'s data.
import { el, clear, copyButton } from './dom.js';

const SECURITY = { 'implicit-tls': 'SSL/TLS', starttls: 'STARTTLS', none: 'None' };

/** A source line: a link when it has an address; "likely"/"uncertain" facts say so. */
function source(s) {
  if (!s) return null;
  const hedge = s.confidence && s.confidence !== 'verified' ? el('span', { class: `confidence ${s.confidence}` }, s.confidence) : null;
  const title = s.url ? el('a', { href: s.url, target: '_blank', rel: 'noopener' }, s.title) : el('span', {}, s.title);
  return el('p', { class: 'source' }, hedge, title);
}

function serverCard(server) {
  const rows = server.endpoints.map((e) => el('div', { class: 'endpoint' },
    el('code', { class: 'host' }, e.host),
    copyButton(e.host, `${server.title} server`),
    el('span', { class: 'port' }, String(e.port)),
    copyButton(String(e.port), `${server.title} port ${e.port}`),
    el('span', { class: `sec ${e.security}` }, SECURITY[e.security] || e.security)));
  return el('article', { class: `card server ${server.protocol}` },
    el('header', {}, el('h3', {}, server.title), el('span', { class: 'sub' }, server.role)),
    ...rows,
    server.note ? el('p', { class: 'note' }, server.note) : null,
    source(server.source));
}

/** Fills `root` with the reference. */
export function renderReference(root, ref) {
  clear(root);
  root.append(el('h2', { class: 'section' }, 'Gmail servers'));
  for (const s of ref.servers) root.append(serverCard(s));
  root.append(
    el('article', { class: 'card' },
      el('h3', {}, 'Username'),
      el('p', { class: 'rule' }, ref.username.rule),
      el('p', { class: 'note' }, ref.username.detail),
      ref.username.extra ? el('p', { class: 'note' }, ref.username.extra) : null,
      source(ref.username.source)),
    el('h2', { class: 'section' }, 'Signing in'),
    ...ref.auth.map((a) => el('article', { class: a.accepted ? 'card' : 'card refused' },
      el('h3', {}, a.title),
      el('p', {}, a.body),
      a.link ? el('p', {}, el('a', { href: a.link, target: '_blank', rel: 'noopener' }, a.link.replace(/^https:\/\//, ''))) : null,
      source(a.source))),
    el('h2', { class: 'section' }, 'Google Workspace'),
    ...ref.workspace.map((w) => el('article', { class: 'card' }, el('p', {}, w.text), source(w.source))),
    el('h2', { class: 'section' }, 'Myths'),
    ...ref.myths.map((m) => el('article', { class: 'card myth' },
      el('p', { class: 'claim' }, el('s', {}, m.myth)),
      el('p', {}, m.truth),
      source(m.source))),
    el('p', { class: 'verified' }, `Facts verified ${ref.verified}.`));
}
