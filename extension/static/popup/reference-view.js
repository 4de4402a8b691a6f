// Renders the Reference panel from loadReference()'s data.
import { el, clear } from './dom.js';

const SECURITY = { 'implicit-tls': 'SSL/TLS', starttls: 'STARTTLS', none: 'None' };

function copyButton(text, label) {
  const button = el('button', { type: 'button', class: 'copy', 'aria-label': `Copy ${label}`, title: `Copy ${label}` }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select it';
    }
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  });
  return button;
}

function source(s) {
  return s ? el('a', { class: 'source', href: s.url, target: '_blank', rel: 'noopener' }, s.title) : null;
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
    server.note ? el('p', { class: 'note' }, server.note) : null);
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
      el('p', { class: 'note' }, ref.username.detail)),
    el('h2', { class: 'section' }, 'Signing in'),
    ...ref.auth.map((a) => el('article', { class: 'card' },
      el('h3', {}, a.title), el('p', {}, a.body), source(a.source))),
    el('h2', { class: 'section' }, 'Google Workspace'),
    el('article', { class: 'card' }, el('ul', { class: 'plain' }, ...ref.workspace.map((w) => el('li', {}, w)))),
    el('h2', { class: 'section' }, 'Myths'),
    ...ref.myths.map((m) => el('article', { class: 'card myth' },
      el('p', { class: 'claim' }, el('s', {}, m.myth)),
      el('p', {}, m.truth),
      source(m.source))));
}
