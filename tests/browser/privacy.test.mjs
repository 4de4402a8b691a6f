// The privacy claim (docs/THREAT-MODEL.md, "Privacy"): the extension sends nothing off the
// device; the only network traffic it causes is the pages the user opened (and the native host,
// which is a local process on a pipe, not a network peer).
//
// How: Chromium's own network log (`--log-net-log`, capture mode Default) records every request
// and socket of the network service, whoever asked: web pages, the extension's service worker,
// its popup page, content scripts and the browser itself. (The Chrome DevTools Protocol's Network
// domain only sees the targets it is attached to; the net log needs no attaching.) The test runs
// a whole journey against pages served on loopback, closes the browser (which completes the log)
// and then asserts:
// - every URL request went to a loopback server this test started, or used a scheme that is not
//   the network (chrome-extension:, data:, blob:, chrome:, about:);
// - every host name looked up and every socket opened is loopback, with the browser's own
//   exceptions below.
// Controls, so the test cannot pass on an empty or blind log: the service worker and the popup
// page each fetch a second loopback server (the control); those two requests must appear in
// the log with the extension as their initiator, and the same check must report exactly them
// when the control server is not on the allowed list.
//
// Chromium itself makes background requests despite harness.mjs's switches. Each request in the
// log carries its initiator (the origin of the page, worker or extension that asked, or "not an
// origin" when the browser process itself asked) and its traffic annotation (a hash of the
// Chromium feature's annotation id; annotationHash below computes it, as
// net/traffic_annotation/network_traffic_annotation.h does). Everything the extension or a page
// can start carries an origin (a fetch from the service worker or popup carries
// chrome-extension://<id>) or the navigation/resource loaders' annotations. Only requests with
// no origin AND one of these annotations AND that feature's host are excluded as the browser's:
// - gaia_auth_list_accounts to accounts.google.com: the browser's Google sign-in state;
// - update_client to update.googleapis.com: the component updater;
// - autofill_query to content-autofill.googleapis.com: Chromium's Autofill asking Google's
//   crowdsourcing server about the forms of a page the user opened (form signatures, sent by any
//   Chromium with Autofill on; Autofill's upload of filled values is a different annotation,
//   autofill_upload, and is NOT excluded).
// None of them may name the extension's ID in its URL or logged headers. The sockets they cause
// are excluded with them: look-ups of their host names (the DNS queries to the configured
// resolver carry only those names) and the host resolver's IPv6 reachability probe (a UDP
// connect() to a public address that sends no byte; the test checks the byte count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_BIN, launch, NO_HOST, openTab, ROOT, send, serve } from './harness.mjs';
import { ENDPOINTS, freePort } from './peers.mjs';

const FORMS = join(ROOT, 'tests/fixtures/forms');
const EMAIL = 'jane.doe@gmail.com';

/** Chromium's traffic annotation hash of an annotation's unique id. */
export function annotationHash(id) {
  let hash = id.charCodeAt(0);
  for (let i = 1; i < id.length; i++) hash = (id.charCodeAt(i) + 31 * hash) % 138003713;
  return hash;
}

/** The browser's own background requests: annotation id -> the one host it may reach. */
const BROWSER_OWN = {
  gaia_auth_list_accounts: 'accounts.google.com',
  update_client: 'update.googleapis.com',
  autofill_query: 'content-autofill.googleapis.com',
};
/** Annotations named in offenders, to read them at a glance. */
const KNOWN = ['blink_resource_loader', 'navigation_url_loader', 'favicon_loader', 'websocket_stream',
  ...Object.keys(BROWSER_OWN)];
const NAMES = new Map(KNOWN.map((id) => [annotationHash(id), id]));
const NOT_NETWORK = new Set(['chrome-extension:', 'data:', 'blob:', 'chrome:', 'about:']);

/** The log's events with their type and source type by name. */
function readNetLog(file) {
  // Chromium completes the JSON when it shuts down cleanly (context.close()); cut short, the
  // log is one event a line, each followed by a comma: keep the whole lines and close it.
  const text = readFileSync(file, 'utf8');
  let log;
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.slice(0, text.lastIndexOf('\n')).replace(/,\s*$/, '')}]}`);
  }
  const invert = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k]));
  const types = invert(log.constants.logEventTypes);
  const sources = invert(log.constants.logSourceType);
  return log.events.map((e) => ({ id: e.source.id, source: sources[e.source.type], type: types[e.type], params: e.params || {} }));
}

const isLoopbackHost = (host) => {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
};
/** "1.2.3.4:53" or "[::1]:80" -> host. */
const addressHost = (address) => address.replace(/:\d+$/, '');
/** "https://host" or "host" (the resolver logs either) -> host. */
const nameHost = (name) => (name.includes('://') ? new URL(name).hostname : name);

/** Every URL request in the log: {id, urls, initiator, annotation, headers}. */
function requestsOf(events) {
  const byId = new Map();
  for (const e of events) {
    if (e.source !== 'URL_REQUEST') continue;
    const r = byId.get(e.id) || { id: e.id, urls: [], initiator: undefined, annotation: undefined, headers: [] };
    byId.set(e.id, r);
    const p = e.params;
    if (e.type === 'REQUEST_ALIVE' && p.traffic_annotation !== undefined) r.annotation = p.traffic_annotation;
    if (e.type === 'URL_REQUEST_START_JOB' && p.url) {
      r.urls.push(p.url); // one per job: a redirect starts another
      if (p.initiator !== undefined) r.initiator = p.initiator;
    }
    if (p.request_headers?.headers) r.headers.push(...p.request_headers.headers);
    if (p.headers && Array.isArray(p.headers)) r.headers.push(...p.headers);
  }
  return [...byId.values()].filter((r) => r.urls.length);
}

const describe = (r) => `${r.urls.join(' -> ')} (initiator ${r.initiator}, traffic annotation ${r.annotation}`
  + `${NAMES.has(r.annotation) ? ` = ${NAMES.get(r.annotation)}` : ''}, net log source ${r.id})`;

/** The log judged against `allowed` (origins of the test's loopback servers): {requests,
 * offenders (readable lines), browserOwn (the excluded requests)}. */
export function judge(events, allowed, extensionId) {
  const offenders = [];
  const browserOwn = [];
  const requests = requestsOf(events);
  for (const r of requests) {
    const outside = r.urls.filter((u) => {
      const url = new URL(u);
      return !NOT_NETWORK.has(url.protocol) && !allowed.has(url.origin);
    });
    if (!outside.length) continue;
    const feature = NAMES.get(r.annotation);
    const own = r.initiator === 'not an origin' && feature in BROWSER_OWN
      && outside.every((u) => new URL(u).hostname === BROWSER_OWN[feature])
      && ![...r.urls, ...r.headers].some((s) => s.includes(extensionId));
    if (own) browserOwn.push(r);
    else offenders.push(`request ${describe(r)}`);
  }
  const ownHosts = new Set(browserOwn.flatMap((r) => r.urls.map((u) => new URL(u).hostname)));

  // What reaches the wire: name look-ups and sockets.
  const nameservers = new Set();
  const sent = new Set();
  for (const e of events) {
    if (e.type === 'DNS_CONFIG_CHANGED') for (const n of e.params.nameservers || []) nameservers.add(n);
    if (e.type === 'UDP_BYTES_SENT' || e.type === 'SOCKET_BYTES_SENT') sent.add(e.id);
  }
  // Which sources a source is linked with (a connect job and its socket, a resolver job and its
  // transactions), to name the destination a socket was opened for.
  const linked = new Map();
  const link = (a, b) => { for (const [x, y] of [[a, b], [b, a]]) linked.set(x, [...(linked.get(x) || []), y]); };
  const groups = new Map();
  for (const e of events) {
    if (e.params.source_dependency) link(e.id, e.params.source_dependency.id);
    if (e.params.group_id) groups.set(e.id, e.params.group_id);
  }
  const groupHost = (id) => {
    for (const other of [id, ...(linked.get(id) || [])]) {
      const m = /(?:^|\/)([a-z]+:\/\/[^ ]+)/.exec(groups.get(other) || '');
      if (m) return new URL(m[1]).hostname;
    }
    return null;
  };
  const seen = new Set();
  const flag = (line) => { if (!seen.has(line)) { seen.add(line); offenders.push(line); } };
  for (const e of events) {
    const p = e.params;
    const names = [];
    if (e.type === 'HOST_RESOLVER_MANAGER_JOB' || e.type === 'HOST_RESOLVER_MANAGER_REQUEST') if (p.host) names.push(nameHost(p.host));
    if (e.type === 'DNS_TRANSACTION' && p.hostname) names.push(p.hostname);
    for (const n of names) {
      if (!isLoopbackHost(n) && !ownHosts.has(n)) flag(`name look-up of ${n} (${e.type}, net log source ${e.id})`);
    }
    const addresses = [];
    if ((e.type === 'TCP_CONNECT_ATTEMPT' || e.type === 'TCP_CONNECT') && p.address) addresses.push(p.address);
    if (e.type === 'TCP_CONNECT' && p.address_list) addresses.push(...p.address_list);
    if (e.type === 'TCP_CONNECT' && p.remote_address) addresses.push(p.remote_address);
    for (const a of addresses) {
      if (isLoopbackHost(addressHost(a))) continue;
      const host = groupHost(e.id);
      if (!(host && ownHosts.has(host))) flag(`TCP connection to ${a} (for ${host || 'an unknown destination'}, net log source ${e.id})`);
    }
    if (e.type === 'UDP_CONNECT' && p.address && !isLoopbackHost(addressHost(p.address))) {
      // A UDP socket to the configured resolver carries the DNS queries judged above; a UDP
      // socket that never sent a byte (the resolver's IPv6 route probe) sent nothing.
      if (!nameservers.has(p.address) && sent.has(e.id)) flag(`UDP datagrams to ${p.address} (net log source ${e.id})`);
    }
  }
  return { requests, offenders, browserOwn };
}

/** The popup at popup size for `tabId`, on `panel`. */
async function popup(browser, tabId, panel = '') {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${browser.id}/popup.html?tab=${tabId}${panel ? `&panel=${panel}` : ''}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

test('the whole journey reaches only the loopback servers this test started (Chromium\'s network log)', { skip: NO_HOST, timeout: 60000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'portolan-privacy-'));
  const netLog = join(dir, 'netlog.json');
  const server = await serve({ '/forms/': FORMS + '/', '/pages/': join(ROOT, 'tests/browser/pages/') });
  const control = await serve({});
  const closed = await freePort();
  let browser;
  try {
    browser = await launch({
      args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
      // The real host, every probe pointed at a closed loopback port (its own sockets are not
      // the browser's: the host tests cover what it puts on the wire).
      setup: (profile) => execFileSync(HOST_BIN, ['install', '--browser', 'chromium', '--user-data-dir', profile]),
      env: { PORTOLAN_CONNECT_TO: ENDPOINTS.map((e) => `${e}:127.0.0.1:${closed}`).join(',') },
    });
    const { id } = browser;

    // Control 1: the service worker's own fetch.
    assert.equal(await browser.worker.evaluate((u) => fetch(u).then((r) => r.status), `${control.origin}/from-service-worker`), 404);

    // The extension's messages, as the popup sends them: scan, fill, undo.
    const { page: form, tabId } = await openTab(browser, `${server.origin}/forms/thunderbird-web.html`);
    const before = await form.$$eval('input, select', (els) => els.map((e) => e.value));
    const scan = await send(browser.ext, { type: 'portolan/scan', tabId, email: EMAIL });
    assert.ok(!scan.error && scan.fields.length, JSON.stringify(scan).slice(0, 300));
    const fill = await send(browser.ext, { type: 'portolan/fill', tabId, email: EMAIL });
    assert.ok(!fill.error, JSON.stringify(fill.error));
    const filled = await form.$$eval('input, select', (els) => els.map((e) => e.value));
    assert.ok(filled.some((v) => v.endsWith('.gmail.com')), filled.join());
    const undo = await send(browser.ext, { type: 'portolan/undo', tabId });
    assert.ok(!undo.error, JSON.stringify(undo.error));
    assert.deepEqual(await form.$$eval('input, select', (els) => els.map((e) => e.value)), before);

    // The popup: This page (address typed, Fill, Undo).
    const p = await popup(browser, tabId);
    await p.fill('#email', EMAIL);
    await p.waitForFunction(() => document.querySelector('#status').textContent.includes('to fill'));
    await p.click('#fill');
    await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Filled'));
    await p.click('#undo');
    await p.waitForFunction(() => document.querySelector('#result').textContent.startsWith('Restored'));

    // Reference: every copy button.
    await p.click('#tab-reference');
    const copies = p.locator('#panel-reference button.copy');
    const count = await copies.count();
    assert.ok(count >= 8, `${count} copy buttons`);
    for (let i = 0; i < count; i++) {
      await copies.nth(i).click();
      await p.waitForFunction((i) => document.querySelectorAll('#panel-reference button.copy')[i].textContent === 'Copied', i);
    }

    // Connection: a check through the real host (every port refused).
    await p.click('#tab-connection');
    await p.click('#panel-connection .check-button');
    await p.waitForSelector('#check .probe[data-outcome="refused"]', { timeout: 20000 });
    await p.waitForFunction(() => !document.querySelector('#check .row.pending'), null, { timeout: 20000 });

    // Automatic mode: the in-page offer fills and undoes.
    assert.equal((await send(browser.ext, { type: 'portolan/auto', enabled: true })).enabled, true);
    const { page: auto } = await openTab(browser, `${server.origin}/forms/drupal-smtp.html?auto`);
    await auto.locator('#portolan-offer button.primary').click({ timeout: 5000 });
    await auto.locator('#portolan-offer >> text=Undo').click();
    await auto.waitForFunction(() => !document.querySelector('#portolan-offer'));
    assert.equal((await send(browser.ext, { type: 'portolan/auto', enabled: false })).enabled, false);

    // Control 2: the popup page's own fetch.
    assert.equal(await p.evaluate((u) => fetch(u).then((r) => r.status), `${control.origin}/from-popup`), 404);
    await browser.close();
    browser = null;

    const events = readNetLog(netLog);
    const controls = [`${control.origin}/from-service-worker`, `${control.origin}/from-popup`];
    const servers = new Set([server.origin, control.origin]);
    const all = judge(events, servers, id);
    // The log saw the journey and the extension's own requests.
    const urls = all.requests.flatMap((r) => r.urls);
    for (const u of [`${server.origin}/forms/thunderbird-web.html`, `${server.origin}/forms/drupal-smtp.html?auto`]) {
      assert.ok(urls.includes(u), `the log misses ${u}`);
    }
    for (const u of controls) {
      const r = all.requests.find((x) => x.urls.includes(u));
      assert.ok(r, `the log misses the control request ${u}`);
      assert.equal(r.initiator, `chrome-extension://${id}`, describe(r));
    }
    const own = new Map();
    for (const r of all.browserOwn) {
      const key = `${NAMES.get(r.annotation)} to ${new URL(r.urls[0]).hostname}`;
      own.set(key, (own.get(key) || 0) + 1);
    }
    for (const [key, n] of own) t.diagnostic(`excluded as the browser's own: ${n} x ${key}`);
    assert.deepEqual(all.offenders, [], `traffic that is not to the test's loopback servers:\n${all.offenders.join('\n')}`);
    // Without the control server on the allowed list, exactly the two controls are offenders.
    const blind = judge(events, new Set([server.origin]), id);
    assert.deepEqual(blind.offenders.map((line) => controls.find((u) => line.includes(u)) || line).sort(), [...controls].sort());
  } finally {
    await browser?.close();
    await server.close();
    await control.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the judge: annotation ids and what it flags or excludes (no browser)', () => {
  // Values Chromium 156 logs for these features (seen in this test's log), so a typo in an id
  // cannot silently exclude nothing or the wrong thing.
  assert.equal(annotationHash('blink_resource_loader'), 101845102);
  assert.equal(annotationHash('navigation_url_loader'), 63171670);
  assert.equal(annotationHash('gaia_auth_list_accounts'), 35565745);
  assert.equal(annotationHash('update_client'), 54845618);
  assert.equal(annotationHash('autofill_query'), 88863520);

  // A log in Chromium's shape: what the extension could do wrong is flagged, the browser's own
  // query (and only with its own annotation, host and no extension ID) is excluded.
  const ext = 'ciafbknicphdjnodmcclioichdbnokbj';
  const request = (id, url, initiator, annotation) => [
    { id, source: 'URL_REQUEST', type: 'REQUEST_ALIVE', params: { url, traffic_annotation: annotationHash(annotation) } },
    { id, source: 'URL_REQUEST', type: 'URL_REQUEST_START_JOB', params: { url, initiator } },
  ];
  const autofill = 'https://content-autofill.googleapis.com/v1/pages/x';
  const events = [
    { id: 1, source: 'NONE', type: 'DNS_CONFIG_CHANGED', params: { nameservers: ['10.0.0.53:53'] } },
    ...request(2, 'http://127.0.0.1:8000/page', 'not an origin', 'navigation_url_loader'),
    ...request(3, 'https://collector.example/beacon', `chrome-extension://${ext}`, 'blink_resource_loader'),
    ...request(4, autofill, 'not an origin', 'autofill_query'),
    ...request(5, `${autofill}?id=${ext}`, 'not an origin', 'autofill_query'),
    ...request(6, 'https://accounts.google.com/x', 'not an origin', 'autofill_query'),
    ...request(7, 'https://tracker.example/', 'not an origin', 'navigation_url_loader'),
    ...request(8, `chrome-extension://${ext}/core.wasm`, `chrome-extension://${ext}`, 'blink_resource_loader'),
    { id: 9, source: 'DNS_TRANSACTION', type: 'DNS_TRANSACTION', params: { hostname: 'content-autofill.googleapis.com' } },
    { id: 10, source: 'DNS_TRANSACTION', type: 'DNS_TRANSACTION', params: { hostname: 'collector.example' } },
    { id: 11, source: 'UDP_SOCKET', type: 'UDP_CONNECT', params: { address: '10.0.0.53:53' } },
    { id: 11, source: 'UDP_SOCKET', type: 'UDP_BYTES_SENT', params: {} },
    { id: 12, source: 'UDP_SOCKET', type: 'UDP_CONNECT', params: { address: '[2001:4860:4860::8888]:443' } },
    { id: 13, source: 'UDP_SOCKET', type: 'UDP_CONNECT', params: { address: '192.0.2.7:443' } },
    { id: 13, source: 'UDP_SOCKET', type: 'UDP_BYTES_SENT', params: {} },
    { id: 14, source: 'SOCKET', type: 'TCP_CONNECT_ATTEMPT', params: { address: '192.0.2.1:443' } },
    { id: 15, source: 'SOCKET', type: 'TCP_CONNECT_ATTEMPT', params: { address: '[::1]:8000' } },
  ];
  const { offenders, browserOwn } = judge(events, new Set(['http://127.0.0.1:8000']), ext);
  assert.deepEqual(browserOwn.map((r) => r.id), [4]);
  const flagged = (needle) => offenders.some((line) => line.includes(needle));
  for (const needle of ['collector.example/beacon', `?id=${ext}`, 'accounts.google.com/x', 'tracker.example/',
    'name look-up of collector.example', 'UDP datagrams to 192.0.2.7:443', 'TCP connection to 192.0.2.1:443']) {
    assert.ok(flagged(needle), `${needle} not flagged:\n${offenders.join('\n')}`);
  }
  assert.equal(offenders.length, 7, offenders.join('\n'));
});
