//! What a probe puts on the wire and what it believes, proved against a recording server: the
//! claims of docs/THREAT-MODEL.md that no real server can show on demand.
//!
//! - Every command a probe sends, in plaintext and inside TLS, for IMAP, POP3 and SMTP with
//!   STARTTLS and with implicit TLS: only CAPABILITY / CAPA / EHLO, STARTTLS / STLS and
//!   LOGOUT / QUIT; never a credential.
//! - STARTTLS response injection (CVE-2011-0411, the client side): bytes a server or a network
//!   attacker sends after the STARTTLS answer but before the handshake are never read as if they
//!   came over TLS.
//! - The native host's reply cap: a reply over 512 KiB becomes `reply-too-large`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};

use portolan::messaging::{MAX_FRAME_OUT, Response, write_frame};
use serde_json::{Value, json};
use support::ca::{Leaf, TestCa};
use support::faults::{Behaviour, FaultServer};
use support::{map, portolan_json};

/// The three protocols' scripts: what the server answers, and what it slips in after its
/// STARTTLS answer (the injection).
#[derive(Clone, Copy)]
enum Proto {
    Imap,
    Pop3,
    Smtp,
}

impl Proto {
    fn name(self) -> &'static str {
        match self {
            Proto::Imap => "imap",
            Proto::Pop3 => "pop3",
            Proto::Smtp => "smtp",
        }
    }

    fn greeting(self) -> &'static str {
        match self {
            Proto::Imap => "* OK recorder ready\r\n",
            Proto::Pop3 => "+OK recorder ready\r\n",
            Proto::Smtp => "220 recorder.invalid ESMTP\r\n",
        }
    }

    /// The answer to `line` (a whole command, CRLF stripped), `tls` telling whether the session
    /// is already encrypted. `None` ends the session after `Some` text is written.
    fn answer(self, line: &str, tls: bool) -> (String, bool) {
        let upper = line.to_ascii_uppercase();
        let tag = line.split_whitespace().next().unwrap_or("*");
        match self {
            Proto::Imap => {
                if upper.ends_with(" CAPABILITY") {
                    let caps = if tls {
                        "IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2"
                    } else {
                        "IMAP4rev1 STARTTLS LOGINDISABLED"
                    };
                    (format!("* CAPABILITY {caps}\r\n{tag} OK done\r\n"), false)
                } else if upper.ends_with(" STARTTLS") {
                    (format!("{tag} OK begin TLS\r\n"), false)
                } else if upper.ends_with(" LOGOUT") {
                    (format!("* BYE\r\n{tag} OK bye\r\n"), true)
                } else {
                    (format!("{tag} BAD unknown\r\n"), false)
                }
            }
            Proto::Pop3 => match upper.as_str() {
                "CAPA" if tls => ("+OK\r\nUSER\r\nSASL PLAIN XOAUTH2\r\n.\r\n".into(), false),
                "CAPA" => ("+OK\r\nSTLS\r\nUSER\r\n.\r\n".into(), false),
                "STLS" => ("+OK begin TLS\r\n".into(), false),
                "QUIT" => ("+OK bye\r\n".into(), true),
                _ => ("-ERR unknown\r\n".into(), false),
            },
            Proto::Smtp => {
                if upper.starts_with("EHLO ") {
                    let last = if tls {
                        "250 AUTH PLAIN XOAUTH2"
                    } else {
                        "250 STARTTLS"
                    };
                    (format!("250-recorder.invalid\r\n{last}\r\n"), false)
                } else if upper == "STARTTLS" {
                    ("220 2.0.0 go ahead\r\n".into(), false)
                } else if upper == "QUIT" {
                    ("221 2.0.0 bye\r\n".into(), true)
                } else {
                    ("500 unknown\r\n".into(), false)
                }
            }
        }
    }

    /// Plaintext sent in the same write as the STARTTLS answer: a whole capability answer that
    /// advertises a mechanism the TLS session never offers.
    fn injection(self) -> &'static str {
        match self {
            Proto::Imap => "* CAPABILITY IMAP4rev1 AUTH=INJECTED\r\nP2 OK done\r\n",
            Proto::Pop3 => "+OK\r\nSASL INJECTED\r\n.\r\n",
            Proto::Smtp => "250-recorder.invalid\r\n250 AUTH INJECTED\r\n",
        }
    }

    fn is_starttls(self, line: &str) -> bool {
        let upper = line.to_ascii_uppercase();
        match self {
            Proto::Imap => upper.ends_with(" STARTTLS"),
            Proto::Pop3 => upper == "STLS",
            Proto::Smtp => upper == "STARTTLS",
        }
    }
}

/// Every line a client sent, tagged with whether it came inside TLS.
type Log = Arc<Mutex<Vec<(bool, String)>>>;

/// Reads one CRLF line (without it); `None` when the peer is gone.
fn read_line(reader: &mut impl BufRead) -> Option<String> {
    let mut line = String::new();
    match reader.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line.trim_end_matches(['\r', '\n']).to_owned()),
    }
}

/// Serves one session: TLS from the first byte when `implicit`, else plaintext until STARTTLS,
/// whose answer carries the protocol's injection in the same write. Records every line.
fn session(
    proto: Proto,
    tcp: TcpStream,
    leaf_config: Arc<rustls::ServerConfig>,
    log: Log,
    implicit: bool,
) {
    let tls_session = |tcp: TcpStream| {
        let conn = rustls::ServerConnection::new(leaf_config.clone()).ok()?;
        let mut tls = rustls::StreamOwned::new(conn, tcp);
        while tls.conn.is_handshaking() {
            tls.conn.complete_io(&mut tls.sock).ok()?;
        }
        Some(tls)
    };
    let serve_tls = |tls: rustls::StreamOwned<rustls::ServerConnection, TcpStream>, greet: bool| {
        let mut reader = BufReader::new(tls);
        if greet
            && reader
                .get_mut()
                .write_all(proto.greeting().as_bytes())
                .is_err()
        {
            return;
        }
        while let Some(line) = read_line(&mut reader) {
            log.lock().unwrap().push((true, line.clone()));
            let (reply, done) = proto.answer(&line, true);
            if reader.get_mut().write_all(reply.as_bytes()).is_err() || done {
                return;
            }
        }
    };
    if implicit {
        if let Some(tls) = tls_session(tcp) {
            serve_tls(tls, true);
        }
        return;
    }
    let mut plain = tcp;
    if plain.write_all(proto.greeting().as_bytes()).is_err() {
        return;
    }
    // One byte at a time, so nothing after the STARTTLS command is read here: the handshake
    // bytes must reach rustls.
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match plain.read(&mut byte) {
            Ok(1) => {}
            _ => return,
        }
        if byte[0] != b'\n' {
            line.push(byte[0]);
            continue;
        }
        let text = String::from_utf8_lossy(&line)
            .trim_end_matches('\r')
            .to_owned();
        line.clear();
        log.lock().unwrap().push((false, text.clone()));
        let (mut reply, done) = proto.answer(&text, false);
        let starttls = proto.is_starttls(&text);
        if starttls {
            reply.push_str(proto.injection());
        }
        if plain.write_all(reply.as_bytes()).is_err() || done {
            return;
        }
        if starttls {
            if let Some(tls) = tls_session(plain) {
                serve_tls(tls, false);
            }
            return;
        }
    }
}

/// A recording server for `proto`, implicit TLS or STARTTLS, and the log it fills.
fn recorder(proto: Proto, leaf: &Leaf, implicit: bool) -> (FaultServer, Log) {
    let log: Log = Arc::new(Mutex::new(Vec::new()));
    let config = leaf.server_config();
    let seen = log.clone();
    let behaviour: Behaviour =
        Arc::new(move |tcp| session(proto, tcp, config.clone(), seen.clone(), implicit));
    (FaultServer::start(behaviour), log)
}

/// `portolan probe` of a Gmail endpoint mapped onto the recorder.
fn probe(proto: Proto, target: &str, security: &str, port: u16, ca: &TestCa) -> Value {
    let (name, gmail_port) = target.rsplit_once(':').unwrap();
    let rule = map(name, gmail_port.parse().unwrap(), port);
    portolan_json(&[
        "probe",
        target,
        "--protocol",
        proto.name(),
        "--security",
        security,
        "--timeout-ms",
        "5000",
        "--connect-to",
        &rule,
        "--ca-file",
        ca.ca_path(),
    ])
}

/// The commands a probe may send (docs/THREAT-MODEL.md, "Credentials sniffed on the wire").
fn allowed(proto: Proto, line: &str) -> bool {
    let upper = line.to_ascii_uppercase();
    match proto {
        Proto::Imap => {
            let mut words = upper.split(' ');
            let tag = words.next().unwrap_or("");
            let command = words.next().unwrap_or("");
            let tag_ok = !tag.is_empty() && tag.bytes().all(|b| b.is_ascii_alphanumeric());
            tag_ok
                && words.next().is_none()
                && matches!(command, "CAPABILITY" | "STARTTLS" | "LOGOUT")
        }
        Proto::Pop3 => matches!(upper.as_str(), "CAPA" | "STLS" | "QUIT"),
        Proto::Smtp => matches!(
            upper.as_str(),
            "EHLO PORTOLAN.INVALID" | "STARTTLS" | "QUIT"
        ),
    }
}

const ENDPOINTS: [(Proto, &str, &str, &str); 5] = [
    (
        Proto::Imap,
        "imap.gmail.com:143",
        "imap.gmail.com",
        "starttls",
    ),
    (
        Proto::Imap,
        "imap.gmail.com:993",
        "imap.gmail.com",
        "implicit-tls",
    ),
    (
        Proto::Pop3,
        "pop.gmail.com:995",
        "pop.gmail.com",
        "implicit-tls",
    ),
    (
        Proto::Smtp,
        "smtp.gmail.com:587",
        "smtp.gmail.com",
        "starttls",
    ),
    (
        Proto::Smtp,
        "smtp.gmail.com:465",
        "smtp.gmail.com",
        "implicit-tls",
    ),
];

#[test]
fn probes_send_only_capability_tls_and_goodbye_commands() {
    let ca = TestCa::new();
    let mut endpoints = ENDPOINTS.to_vec();
    endpoints.push((
        Proto::Pop3,
        "pop.gmail.com:110",
        "pop.gmail.com",
        "starttls",
    ));
    for (proto, target, name, security) in endpoints {
        let leaf = ca.leaf(&[name], false);
        let (server, log) = recorder(proto, &leaf, security == "implicit-tls");
        let p = probe(proto, target, security, server.port, &ca);
        assert_eq!(p["outcome"], "ok", "{target}: {p:#}");
        let lines = log.lock().unwrap().clone();
        assert!(
            lines.iter().any(|(tls, _)| *tls),
            "{target}: nothing was said inside TLS: {lines:?}"
        );
        for (tls, line) in &lines {
            assert!(
                allowed(proto, line),
                "{target}: the probe sent {line:?} (inside TLS: {tls}); all: {lines:?}"
            );
        }
        // The session ends politely, inside TLS.
        let (last_tls, last) = lines.last().unwrap();
        assert!(*last_tls, "{target}: {lines:?}");
        assert!(
            last.to_ascii_uppercase().ends_with("LOGOUT") || last.eq_ignore_ascii_case("QUIT"),
            "{target}: {lines:?}"
        );
        // Capabilities are asked inside TLS (RFC 3207 §4.2, RFC 2595 §3.1).
        assert!(
            lines.iter().any(|(tls, l)| *tls
                && (l.to_ascii_uppercase().ends_with(" CAPABILITY")
                    || l.eq_ignore_ascii_case("CAPA")
                    || l.to_ascii_uppercase().starts_with("EHLO "))),
            "{target}: {lines:?}"
        );
    }
}

#[test]
fn bytes_before_the_handshake_are_not_read_as_protected() {
    let ca = TestCa::new();
    for (proto, target, name, security) in ENDPOINTS
        .iter()
        .copied()
        .filter(|e| e.3 == "starttls")
        .chain([(
            Proto::Pop3,
            "pop.gmail.com:110",
            "pop.gmail.com",
            "starttls",
        )])
    {
        let leaf = ca.leaf(&[name], false);
        let (server, log) = recorder(proto, &leaf, false);
        let p = probe(proto, target, security, server.port, &ca);
        let lines = log.lock().unwrap().clone();
        // The injected answer never stands in for the one given inside TLS: the mechanisms are
        // the TLS session's, and nothing named INJECTED is reported anywhere.
        assert_eq!(p["outcome"], "ok", "{target}: {p:#}\n{lines:?}");
        assert_eq!(
            p["auth_mechanisms"],
            json!(["PLAIN", "XOAUTH2"]),
            "{target}: {p:#}"
        );
        assert!(
            !p.to_string().contains("INJECTED"),
            "{target}: the pre-handshake bytes were read as protected: {p:#}"
        );
        assert!(lines.iter().any(|(tls, _)| *tls), "{target}: {lines:?}");
    }
}

#[test]
fn a_reply_over_the_cap_becomes_reply_too_large() {
    // Just under the cap: sent as it is.
    let fits = "a".repeat(MAX_FRAME_OUT - 200);
    let reply = Response::ok(json!(7), "probe", json!({ "text": fits }));
    let mut out = Vec::new();
    write_frame(&mut out, &reply).unwrap();
    let len = u32::from_ne_bytes(out[..4].try_into().unwrap()) as usize;
    assert_eq!(len, out.len() - 4);
    assert!(len <= MAX_FRAME_OUT, "{len}");
    let body: Value = serde_json::from_slice(&out[4..]).unwrap();
    assert_eq!(body["result"]["text"].as_str().unwrap().len(), fits.len());

    // Over it: the browser would drop the host (Chromium's limit is 1 MB, Firefox's similar),
    // so the host answers with the error instead, keeping the request's id.
    let big = "a".repeat(MAX_FRAME_OUT + 1);
    let reply = Response::ok(json!(8), "probe", json!({ "text": big }));
    let mut out = Vec::new();
    write_frame(&mut out, &reply).unwrap();
    let len = u32::from_ne_bytes(out[..4].try_into().unwrap()) as usize;
    assert_eq!(len, out.len() - 4);
    assert!(len < 1024, "{len}");
    let body: Value = serde_json::from_slice(&out[4..]).unwrap();
    assert_eq!(body["id"], 8, "{body}");
    assert_eq!(body["error"]["code"], "reply-too-large", "{body}");
    assert!(body.get("result").is_none_or(Value::is_null), "{body}");
}
