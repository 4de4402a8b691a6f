// A stand-in native host for the browser tests of what the real one never does on demand:
// `node host.mjs MODE [browser's arguments]`, speaking native messaging's framing (a 32-bit
// length in native byte order, then UTF-8 JSON; docs/PROTOCOL.md).
//
// MODE: `old`   answers every request as a protocol-0 host would (host-too-old);
//       `exit`  exits at once without reading anything (host-crashed);
//       `hang`  reads the request and never answers (host-timeout);
//       `reject` is a current host that does not know the request (`bad-request`: host-too-old);
//       `wrong-id` answers with another request's id (a garbled reply: host-crashed);
//       `markup` answers a check whose every string is HTML (the popup must show it as text).
import { endianness } from 'node:os';

const mode = process.argv[2];
const little = endianness() === 'LE';

function write(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const head = Buffer.alloc(4);
  if (little) head.writeUInt32LE(body.length); else head.writeUInt32BE(body.length);
  process.stdout.write(Buffer.concat([head, body]));
}

if (mode === 'exit') process.exit(1);

let pending = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  while (pending.length >= 4) {
    const length = little ? pending.readUInt32LE(0) : pending.readUInt32BE(0);
    if (length > 65536) process.exit(2);
    if (pending.length < 4 + length) return;
    const request = JSON.parse(pending.subarray(4, 4 + length).toString('utf8'));
    pending = pending.subarray(4 + length);
    if (mode === 'old') {
      write({ id: request.id, version: { host: '0.0.1', protocol: 0 }, type: request.type, result: { probes: [], mx: null, summary: '' } });
    }
    if (mode === 'reject') {
      write({ id: request.id, version: { host: '0.1.0', protocol: 1 }, error: { code: 'bad-request', message: `unknown type \`${request.type}\`` } });
    }
    if (mode === 'wrong-id') {
      write({ id: 'someone-else', version: { host: '0.1.0', protocol: 1 }, type: 'check', result: { probes: [], mx: null, summary: '' } });
    }
    if (mode === 'markup') {
      const html = '<img src=x onerror="document.body.dataset.owned=1">';
      const probe = (target, protocol, security) => ({
        target, protocol, security, outcome: 'ok', stage: 'done', elapsed_ms: 7, address: html,
        tls: { version: `TLSv1.3${html}`, certificate: { subject: html, issuer: `O=${html}`, names: [], trusted: true, valid_for_host: true },
          interception: { issuer: `O=${html}`, trusted_by: 'local-roots' } },
        greeting: html, capabilities: [html], auth_mechanisms: [], google: false, explanation: `Works. ${html}`,
      });
      write({ id: request.id, version: { host: '0.1.0', protocol: 1 }, type: 'check', result: {
        probes: [probe('imap.gmail.com:993', 'imap', 'implicit-tls'), probe('smtp.gmail.com:587', 'smtp', 'starttls')],
        mx: { domain: `example.com${html}`, records: [{ preference: 1, exchange: html }], google: false, explanation: html },
        summary: `Summary ${html}`,
      } });
    }
    // `hang`: read, never answer.
  }
});
process.stdin.on('end', () => process.exit(0));
