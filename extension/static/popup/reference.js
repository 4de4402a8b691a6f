// The Reference panel's data, from core's Gmail knowledge (gmail-knowledge.json beside this
// file: core's tables serialized natively, checked against core by portolan-extension's
// tests), shaped for the view. Every fact, its wording and its source come from core; this
// file only groups them into cards.

const PROTOCOL = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };
const ROLE = { imap: 'Incoming mail (recommended)', pop3: 'Incoming mail (download)', smtp: 'Outgoing mail' };
const AUTH_TITLE = {
  oauth2: 'Sign in with Google (OAuth 2.0)',
  'app-password': 'App password',
  'account-password': 'Your Google password will not work',
};

const firstSource = (provenance) => {
  const s = provenance && provenance.sources && provenance.sources[0];
  return s ? { title: s.title, url: s.url || null, confidence: provenance.confidence } : null;
};

/** Core's Gmail tables, the popup's part (the Reference and Connection panels'). */
export async function gmailKnowledge() {
  const response = await fetch(new URL('./gmail-knowledge.json', import.meta.url));
  if (!response.ok) throw new Error(`gmail-knowledge.json: ${response.status}`);
  return response.json();
}

/** Everything the Reference panel shows. */
export async function loadReference() {
  const k = await gmailKnowledge();
  const protocols = [...new Set(k.endpoints.map((e) => e.protocol))];
  const servers = protocols.map((p) => {
    const endpoints = k.endpoints.filter((e) => e.protocol === p);
    const access = k.access.find((a) => a.protocol === p && a.audience !== 'workspace');
    return {
      protocol: p,
      title: PROTOCOL[p] || p,
      role: ROLE[p] || '',
      endpoints,
      note: access ? access.statement : null,
      source: firstSource(endpoints[0].provenance),
    };
  });
  const app = k.auth.app_passwords;
  const auth = k.auth.methods.map((m) => ({
    title: AUTH_TITLE[m.kind] || m.kind,
    accepted: m.accepted,
    body: m.summary,
    link: m.kind === 'app-password' ? app.create_url : null,
    source: firstSource(m.provenance),
  }));
  if (app.requires_two_step_verification) {
    auth.push({
      title: '2-Step Verification',
      accepted: true,
      body: `App passwords need 2-Step Verification. Not available when: ${app.unavailable_when.join('; ')}.`,
      source: firstSource(app.provenance),
    });
  }
  const workspace = [
    ...k.access.filter((a) => a.audience === 'workspace').map((a) => ({ text: a.statement, source: firstSource(a.provenance) })),
    ...k.misused_hosts.filter((h) => h.role === 'admin-relay').map((h) => ({ text: h.why, source: firstSource(h.provenance) })),
  ];
  const myths = k.wrong_ports.map((w) => ({
    myth: `Port ${w.port} for ${PROTOCOL[w.protocol] || w.protocol}`,
    truth: w.why,
    source: firstSource(w.provenance),
  }));
  return {
    verified: k.verified,
    servers,
    username: {
      rule: k.username.full_address ? 'Your full email address' : 'Your username',
      detail: k.username.statement,
      extra: k.username.pop_recent_statement,
      source: firstSource(k.username.provenance),
    },
    auth,
    workspace,
    myths,
  };
}
