//! Probes against fault servers: what no real mail server does on demand.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use std::time::{Duration, Instant};

use serde_json::Value;
use support::ca::{TestCa, self_signed};
use support::faults::{self, FaultServer};
use support::{map, portolan_json};

/// Probes `target` (a Gmail name) mapped to a loopback `port`.
fn probe(
    target: &str,
    port: u16,
    protocol: &str,
    security: &str,
    ca: Option<&TestCa>,
    timeout_ms: u64,
) -> Value {
    let (name, target_port) = target.rsplit_once(':').unwrap();
    let rule = map(name, target_port.parse().unwrap(), port);
    let timeout = timeout_ms.to_string();
    let mut args = vec![
        "probe",
        target,
        "--protocol",
        protocol,
        "--security",
        security,
        "--timeout-ms",
        &timeout,
        "--connect-to",
        &rule,
    ];
    if let Some(ca) = ca {
        args.extend(["--ca-file", ca.ca_path()]);
    }
    portolan_json(&args)
}

#[test]
fn silence_times_out_at_the_bound() {
    let server = FaultServer::start(faults::silence());
    for (target, security) in [
        ("imap.gmail.com:993", "implicit-tls"),
        ("smtp.gmail.com:587", "starttls"),
    ] {
        let start = Instant::now();
        let p = probe(
            target,
            server.port,
            if target.starts_with("imap") {
                "imap"
            } else {
                "smtp"
            },
            security,
            None,
            1500,
        );
        let took = start.elapsed();
        assert_eq!(p["outcome"], "timeout", "{p:#}");
        assert!(
            took >= Duration::from_millis(1400) && took < Duration::from_millis(2000),
            "{took:?}"
        );
        assert!(
            p["explanation"].as_str().unwrap().contains("silent"),
            "{p:#}"
        );
    }
}

#[test]
fn refusal() {
    let p = probe(
        "imap.gmail.com:993",
        faults::refused_port(),
        "imap",
        "implicit-tls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "refused", "{p:#}");
    assert_eq!(p["stage"], "connect");
}

#[test]
fn plaintext_on_tls_port() {
    let server = FaultServer::start(faults::says(b"* OK plaintext IMAP ready\r\n"));
    let p = probe(
        "imap.gmail.com:993",
        server.port,
        "imap",
        "implicit-tls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "plaintext-on-tls-port", "{p:#}");
    assert_eq!(p["greeting"], "* OK plaintext IMAP ready");
}

#[test]
fn tls_on_plaintext_port() {
    let ca = TestCa::new();
    let server = FaultServer::start(faults::tls_imap(
        &ca.leaf(&["imap.gmail.com"], false),
        Duration::ZERO,
    ));
    let start = Instant::now();
    let p = probe(
        "imap.gmail.com:143",
        server.port,
        "imap",
        "starttls",
        Some(&ca),
        2000,
    );
    assert_eq!(p["outcome"], "tls-on-plaintext-port", "{p:#}");
    assert!(start.elapsed() < Duration::from_millis(2500));
}

#[test]
fn certificate_faults() {
    let ca = TestCa::new();
    let cases = [
        (ca.leaf(&["imap.gmail.com"], true), "certificate-expired"),
        (
            ca.leaf(&["mail.example.test"], false),
            "certificate-name-mismatch",
        ),
        (self_signed(&["imap.gmail.com"]), "certificate-untrusted"),
    ];
    for (leaf, outcome) in cases {
        let server = FaultServer::start(faults::tls_imap(&leaf, Duration::ZERO));
        let p = probe(
            "imap.gmail.com:993",
            server.port,
            "imap",
            "implicit-tls",
            Some(&ca),
            2000,
        );
        assert_eq!(p["outcome"], outcome, "{p:#}");
        assert_eq!(p["tls"]["certificate"]["trusted"], false, "{p:#}");
        assert!(
            p["tls"]["interception"].is_object(),
            "a non-Google issuer for a Gmail name: {p:#}"
        );
    }
}

#[test]
fn starttls_not_offered_and_refused() {
    let stripped = FaultServer::start(faults::imap(Duration::ZERO, "IMAP4rev1 AUTH=PLAIN", "OK"));
    let p = probe(
        "imap.gmail.com:143",
        stripped.port,
        "imap",
        "starttls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "starttls-not-offered", "{p:#}");
    assert_eq!(
        p["capabilities"],
        serde_json::json!(["IMAP4rev1", "AUTH=PLAIN"])
    );
    let refusing = FaultServer::start(faults::imap(
        Duration::ZERO,
        "IMAP4rev1 STARTTLS",
        "NO not today",
    ));
    let p = probe(
        "imap.gmail.com:143",
        refusing.port,
        "imap",
        "starttls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "starttls-refused", "{p:#}");
    let smtp = FaultServer::start(faults::smtp_refusing_starttls());
    let p = probe(
        "smtp.gmail.com:587",
        smtp.port,
        "smtp",
        "starttls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "starttls-refused", "{p:#}");
}

#[test]
fn garbage_early_close_and_endless_line() {
    let garbage = FaultServer::start(faults::says(b"\x00\x01\xfe\xff binary \x07\r\n"));
    let p = probe(
        "imap.gmail.com:143",
        garbage.port,
        "imap",
        "starttls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "unexpected-greeting", "{p:#}");
    let close = FaultServer::start(faults::early_close());
    for (target, security) in [
        ("imap.gmail.com:143", "starttls"),
        ("imap.gmail.com:993", "implicit-tls"),
    ] {
        let p = probe(target, close.port, "imap", security, None, 2000);
        assert_eq!(p["outcome"], "closed-early", "{p:#}");
    }
    let endless = FaultServer::start(faults::endless_line());
    let start = Instant::now();
    let p = probe(
        "imap.gmail.com:143",
        endless.port,
        "imap",
        "starttls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "response-too-long", "{p:#}");
    assert!(start.elapsed() < Duration::from_secs(1));
}

#[test]
fn slow_greeting_within_the_bound_is_fine() {
    let ca = TestCa::new();
    let server = FaultServer::start(faults::tls_imap(
        &ca.leaf(&["imap.gmail.com"], false),
        Duration::from_millis(1200),
    ));
    let p = probe(
        "imap.gmail.com:993",
        server.port,
        "imap",
        "implicit-tls",
        Some(&ca),
        4000,
    );
    assert_eq!(p["outcome"], "ok", "{p:#}");
    assert!(p["elapsed_ms"].as_u64().unwrap() >= 1200, "{p:#}");
    let p = probe(
        "imap.gmail.com:993",
        server.port,
        "imap",
        "implicit-tls",
        Some(&ca),
        800,
    );
    assert_eq!(p["outcome"], "timeout", "{p:#}");
    assert_eq!(p["stage"], "greeting");
}

#[test]
fn ipv6_loopback_and_plaintext_security() {
    let server = FaultServer::start_on(
        "::1",
        faults::imap(Duration::ZERO, "IMAP4rev1 STARTTLS", "OK"),
    );
    let rule = format!("imap.gmail.com:143:[::1]:{}", server.port);
    let p = portolan_json(&[
        "probe",
        "imap.gmail.com:143",
        "--protocol",
        "imap",
        "--security",
        "none",
        "--connect-to",
        &rule,
    ]);
    assert_eq!(p["outcome"], "ok", "{p:#}");
    assert_eq!(p["address"], format!("[::1]:{}", server.port));
    assert!(p["tls"].is_null());
    assert!(
        p["explanation"].as_str().unwrap().contains("without TLS"),
        "{p:#}"
    );
}

#[test]
fn a_google_look_alike_under_a_local_root_is_interception_not_google() {
    // An antivirus that names its CA like Google's and greets like Gmail: still not Google.
    let fake = TestCa::named("Google Trust Services", "WR2");
    let server = FaultServer::start(faults::tls_imap_greeting(
        &fake.leaf(&["imap.gmail.com"], false),
        Duration::ZERO,
        "* OK Gimap ready for requests from 127.0.0.1 x1y2z3",
    ));
    let p = probe(
        "imap.gmail.com:993",
        server.port,
        "imap",
        "implicit-tls",
        Some(&fake),
        2000,
    );
    assert_eq!(p["outcome"], "ok", "{p:#}");
    assert_eq!(p["tls"]["certificate"]["trusted_by"], "local-roots");
    assert_eq!(
        p["tls"]["interception"]["trusted_by"], "local-roots",
        "{p:#}"
    );
    assert_eq!(p["google"], false, "{p:#}");
}

#[test]
fn refusal_of_service_is_named() {
    let busy = FaultServer::start(faults::says(
        b"421 4.7.0 Try again later, closing connection.\r\n",
    ));
    let p = probe(
        "smtp.gmail.com:587",
        busy.port,
        "smtp",
        "starttls",
        None,
        2000,
    );
    assert_eq!(p["outcome"], "rejected", "{p:#}");
    assert!(
        p["explanation"].as_str().unwrap().contains("blocks"),
        "{p:#}"
    );
}
