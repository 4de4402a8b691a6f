// The one door to Portolan's core on this site: the extension's own wasm package (built by
// `cargo xtask build` into ../wasm/), loaded once. Pages import what they need from here.
import init, { settings, provider, diagnose, coreVersion } from '../wasm/portolan_extension.js';

/** Resolves once the module is compiled; rejects with the browser's reason if it cannot be. */
export const ready = init();

export { settings, provider, diagnose, coreVersion };

/** How people read the vocabulary's security words (core/src/vocab.rs, Security::label). */
export const SECURITY_LABELS = {
  'implicit-tls': 'SSL/TLS (implicit TLS)',
  starttls: 'STARTTLS',
  none: 'None (plaintext)',
};

/** How people read the vocabulary's protocol words (core/src/vocab.rs, Protocol::label). */
export const PROTOCOL_LABELS = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };
