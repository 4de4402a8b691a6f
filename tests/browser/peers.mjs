// Real peers on loopback for the browser tests, shared by the Chromium and Firefox check tests:
// Debian's Dovecot (IMAP, POP3 and submission, implicit TLS and STARTTLS) with a test CA made
// with openssl, and dnsmasq answering a custom domain's MX with Google's exchange. Nothing
// touches the internet.
import { execFileSync, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Gmail's four endpoints, as the host's check reports their `target`. */
export const ENDPOINTS = ['imap.gmail.com:993', 'pop.gmail.com:995', 'smtp.gmail.com:465', 'smtp.gmail.com:587'];
/** Why the Dovecot tests cannot run here, or false. */
export const noPeers = (!existsSync('/usr/sbin/dovecot') || !existsSync('/usr/sbin/dnsmasq')) && 'dovecot or dnsmasq is not installed';

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** A loopback port nothing listens on (the caller may bind it next). */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Whether a plaintext port on loopback greets within a second. */
export function greets(port) {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    const done = (v) => { socket.destroy(); ok(v); };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('data', () => done(true));
  });
}

/** Stops a child we started: SIGTERM (Dovecot's master stops its login processes), then
 * SIGKILL if it lingers. */
export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(3000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** A test CA ("Portolan Test CA", not Google's) and a leaf for Gmail's names, with openssl. */
export function makeCertificates(dir) {
  const ssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  ssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2',
    '-subj', '/O=Portolan Test CA/CN=Portolan Test Root');
  writeFileSync(join(dir, 'leaf.ext'), 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n'
    + 'extendedKeyUsage=serverAuth\nsubjectAltName=DNS:imap.gmail.com,DNS:pop.gmail.com,DNS:smtp.gmail.com\n');
  ssl('req', '-new', ...ec, '-keyout', 'key.pem', '-out', 'leaf.csr', '-subj', '/CN=imap.gmail.com');
  ssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-days', '2', '-extfile', 'leaf.ext', '-out', 'cert.pem');
  return join(dir, 'ca.pem');
}

/** Debian's Dovecot on free loopback ports: IMAP 993's role (implicit TLS), POP3S, submission
 * over implicit TLS (465) and with STARTTLS (587), plus a plaintext IMAP port to see it ready.
 * The same configuration as host/tests/support/peers.rs. */
export async function startDovecot(dir) {
  const caFile = makeCertificates(dir);
  const [imaps, pop3s, submissions, submission, imap] = await Promise.all(Array.from({ length: 5 }, freePort));
  const listener = (name, port, ssl) => ` inet_listener ${name} {\n  port = ${port}\n${ssl ? '  ssl = yes\n' : ''} }\n`;
  writeFileSync(join(dir, 'dovecot.conf'), `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap pop3 submission
listen = 127.0.0.1
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain
passdb {
 driver = static
 args = password=unused-test-password
}
userdb {
 driver = static
 args = uid=65534 gid=65534 home=${dir}/home
}
mail_location = maildir:${dir}/mail
hostname = portolan-test.invalid
submission_relay_host = 127.0.0.1
submission_relay_port = 9
service imap-login {
${listener('imap', imap)}${listener('imaps', imaps, true)}}
service pop3-login {
${listener('pop3', 0)}${listener('pop3s', pop3s, true)}}
service submission-login {
${listener('submission', submission)}${listener('submissions', submissions, true)}}
`);
  const child = spawn('/usr/sbin/dovecot', ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  const deadline = Date.now() + 10000;
  while (!(await greets(imap) && await greets(submission))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop(child);
      const log = existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8') : '';
      throw new Error(`dovecot did not start:\n${log}`);
    }
    await sleep(50);
  }
  const rules = [['imap.gmail.com', 993, imaps], ['pop.gmail.com', 995, pop3s],
    ['smtp.gmail.com', 465, submissions], ['smtp.gmail.com', 587, submission]];
  return { child, caFile, connectTo: rules.map(([h, p, to]) => `${h}:${p}:127.0.0.1:${to}`).join(',') };
}

/** dnsmasq answering MX questions for `domain` with Google's exchange. */
export async function startDnsmasq(domain) {
  const probe = createSocket('udp4');
  await new Promise((ok) => probe.bind(0, '127.0.0.1', ok));
  const port = probe.address().port;
  probe.close();
  const child = spawn('/usr/sbin/dnsmasq', ['--keep-in-foreground', '--no-resolv', '--no-hosts',
    '--no-daemon', '--listen-address=127.0.0.1', '--bind-interfaces', '--conf-file=/dev/null',
    '--pid-file=', '--user=root', `--port=${port}`, `--mx-host=${domain},aspmx.l.google.com,1`], { stdio: 'ignore' });
  // Ready when it answers a question (an MX query for "x").
  const query = Buffer.from([0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0x78, 0, 0, 15, 0, 1]);
  const socket = createSocket('udp4');
  const answered = new Promise((ok) => socket.once('message', ok));
  for (let i = 0; i < 50; i++) {
    socket.send(query, port, '127.0.0.1');
    if (await Promise.race([answered.then(() => true), sleep(100).then(() => false)])) break;
  }
  socket.close();
  return { child, resolver: `127.0.0.1:${port}` };
}

/** Dovecot and dnsmasq (MX of `domain`) together in a fresh directory: the environment that
 * points the native host at them (`PORTOLAN_CONNECT_TO`, `PORTOLAN_CA_FILE`,
 * `PORTOLAN_RESOLVER`) and `close()`, which stops both and removes the directory. */
export async function startMailPeers(domain) {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-peers-'));
  chmodSync(dir, 0o755); // Dovecot's login processes (dovenull) reach their sockets under it.
  const children = [];
  const close = async () => {
    for (const child of children) await stop(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const dovecot = await startDovecot(dir);
    children.push(dovecot.child);
    const dns = await startDnsmasq(domain);
    children.push(dns.child);
    return {
      env: { PORTOLAN_CONNECT_TO: dovecot.connectTo, PORTOLAN_CA_FILE: dovecot.caFile, PORTOLAN_RESOLVER: dns.resolver },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
