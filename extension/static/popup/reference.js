// The Reference panel's data: one call, so that the source can move to core (wasm) without the
// view changing. Until core exports its Gmail knowledge, the facts live here, each with its
// source (../shared/knowledge/gmail-facts.md, verified 2026).

const DEV = { title: 'Google: IMAP, POP, and SMTP', url: 'https://developers.google.com/workspace/gmail/imap/imap-smtp' };
const ADD = { title: 'Gmail Help: Add Gmail to another email client', url: 'https://support.google.com/mail/answer/7126229' };
const APP = { title: 'Google Account Help: Sign in with app passwords', url: 'https://support.google.com/accounts/answer/185833' };
const LSA = { title: 'Workspace Admin Help: Transition from less secure apps to OAuth', url: 'https://support.google.com/a/answer/14114704' };
const RFC8314 = { title: 'RFC 8314: Cleartext considered obsolete', url: 'https://www.rfc-editor.org/rfc/rfc8314' };

const REFERENCE = {
  servers: [
    {
      protocol: 'imap',
      title: 'IMAP',
      role: 'Incoming mail (recommended)',
      endpoints: [{ host: 'imap.gmail.com', port: 993, security: 'implicit-tls' }],
      note: 'IMAP is always on for personal accounts since January 2025.',
      source: DEV,
    },
    {
      protocol: 'pop3',
      title: 'POP3',
      role: 'Incoming mail (download)',
      endpoints: [{ host: 'pop.gmail.com', port: 995, security: 'implicit-tls' }],
      note: 'Turn POP on first: Gmail settings › Forwarding and POP/IMAP.',
      source: DEV,
    },
    {
      protocol: 'smtp',
      title: 'SMTP',
      role: 'Outgoing mail (authentication required)',
      endpoints: [
        { host: 'smtp.gmail.com', port: 465, security: 'implicit-tls' },
        { host: 'smtp.gmail.com', port: 587, security: 'starttls' },
      ],
      note: 'Either port works; 465 is preferred by RFC 8314.',
      source: DEV,
    },
  ],
  username: {
    rule: 'Your full email address',
    detail: 'Also for Google Workspace addresses on your own domain (you@company.com): the servers stay imap.gmail.com and smtp.gmail.com.',
    source: ADD,
  },
  auth: [
    {
      title: 'Sign in with Google (OAuth)',
      body: 'Best: a mail app that opens a Google sign-in window never sees your password. Thunderbird, Apple Mail, Outlook and most phones do this.',
      source: DEV,
    },
    {
      title: 'App password',
      body: 'For apps that only take a password: create a 16-character app password at myaccount.google.com/apppasswords and paste it instead of your Google password. It needs 2-Step Verification.',
      source: APP,
    },
    {
      title: '2-Step Verification',
      body: 'App passwords exist only when 2-Step Verification is on, and not with security-key-only sign-in or Advanced Protection.',
      source: APP,
    },
    {
      title: 'Your Google password will not work',
      body: 'Gmail stopped accepting account passwords from mail apps on May 30, 2022 (personal) and by March 14, 2025 (Workspace).',
      source: LSA,
    },
  ],
  workspace: [
    'An administrator can turn POP and IMAP off for your organisation: Admin console › Apps › Google Workspace › Gmail › End User Access.',
    'An administrator can block app passwords; then only apps that sign in with Google work.',
    'smtp-relay.gmail.com is the administrator-configured relay, not a server for your mail app.',
  ],
  myths: [
    { myth: '465 is an IMAP port', truth: '465 is SMTP submission over implicit TLS (RFC 8314). IMAP over TLS is 993.', source: RFC8314 },
    { myth: 'Use 143 or 110 for unencrypted IMAP or POP3', truth: 'Gmail offers neither 143 nor 110: only 993 (IMAP) and 995 (POP3), both implicit TLS.', source: DEV },
    { myth: '"TLS" and "SSL" mean the same everywhere', truth: 'In many forms "SSL" means implicit TLS and "TLS" means STARTTLS: choose by port. 465, 993, 995 → SSL/TLS; 587 → STARTTLS.', source: RFC8314 },
  ],
};

/** Everything the Reference panel shows. */
export async function loadReference() {
  return REFERENCE;
}
