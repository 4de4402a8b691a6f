// The one door to Portolan's core on this site: the extension's own wasm package (built by
// `cargo xtask build` into ../wasm/), loaded once. Pages import what they need from here.
import init, { settings, gmailKnowledge, diagnose, coreVersion } from '../wasm/portolan_extension.js';

/** Resolves once the module is compiled; rejects with the browser's reason if it cannot be. */
export const ready = init();

export { settings, diagnose, coreVersion };

/** Gmail's tables whole (core's `Provider`), every value with its provenance: the same export
 * the popup's Reference panel renders. */
export const provider = gmailKnowledge;

/** How people read the vocabulary's security words (core/src/vocab.rs, Security::label). */
export const SECURITY_LABELS = {
  'implicit-tls': 'SSL/TLS (implicit TLS)',
  starttls: 'STARTTLS',
  none: 'None (plaintext)',
};

/** How people read the vocabulary's protocol words (core/src/vocab.rs, Protocol::label). */
export const PROTOCOL_LABELS = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };
