use super::*;

/// Runs a scripted server against a dialogue; returns what the client sent.
fn run(protocol: Protocol, security: Security, server: &[&str]) -> (Dialogue, Vec<String>) {
    let mut d = Dialogue::new(protocol, security);
    let mut lines = server.iter();
    let mut sent = Vec::new();
    for _ in 0..100 {
        match d.next_step() {
            Step::ReadLine => match lines.next() {
                Some(l) if *l == "<TLS>" => {}
                Some(l) => d.on_line(l.as_bytes()),
                None => break,
            },
            Step::Send(bytes) => sent.push(String::from_utf8(bytes).unwrap()),
            Step::UpgradeTls => {
                sent.push("<TLS>".into());
                d.on_tls_established();
            }
            Step::Finish => break,
        }
    }
    (d, sent)
}

#[test]
fn imap_starttls_asks_capabilities_again() {
    let (d, sent) = run(
        Protocol::Imap,
        Security::Starttls,
        &[
            "* OK [CAPABILITY IMAP4rev1 STARTTLS] ready",
            "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED",
            "P1 OK done",
            "P2 OK Begin TLS",
            "* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2",
            "P1 OK done",
            "* BYE",
            "P9 OK bye",
        ],
    );
    assert_eq!(d.failure, None);
    assert_eq!(
        sent,
        [
            "P1 CAPABILITY\r\n",
            "P2 STARTTLS\r\n",
            "<TLS>",
            "P1 CAPABILITY\r\n",
            "P9 LOGOUT\r\n"
        ]
    );
    assert!(d.capabilities_before_tls.contains(&"STARTTLS".to_owned()));
    assert_eq!(
        auth_mechanisms(Protocol::Imap, &d.capabilities),
        ["PLAIN", "XOAUTH2"]
    );
}

#[test]
fn verdicts_table() {
    let table: [(Protocol, Security, &[&str], Option<Outcome>); 8] = [
        (
            Protocol::Pop3,
            Security::Starttls,
            &[
                "+OK ready",
                "+OK",
                "USER",
                "STLS",
                "SASL PLAIN",
                ".",
                "-ERR no",
            ],
            Some(Outcome::StarttlsRefused),
        ),
        (
            Protocol::Pop3,
            Security::Starttls,
            &["+OK ready", "+OK", "USER", "."],
            Some(Outcome::StarttlsNotOffered),
        ),
        (
            Protocol::Pop3,
            Security::ImplicitTls,
            &["+OK Gpop ready", "-ERR unknown", "+OK bye"],
            None,
        ),
        (
            Protocol::Smtp,
            Security::Starttls,
            &["220-smtp", "220 ESMTP", "250-me", "250 SIZE 10"],
            Some(Outcome::StarttlsNotOffered),
        ),
        (
            Protocol::Smtp,
            Security::Starttls,
            &["220 x ESMTP", "250-me", "250 STARTTLS", "454 not now"],
            Some(Outcome::StarttlsRefused),
        ),
        (
            Protocol::Imap,
            Security::ImplicitTls,
            &["+OK POP3 here"],
            Some(Outcome::UnexpectedGreeting),
        ),
        (
            Protocol::Smtp,
            Security::ImplicitTls,
            &["\u{1}\u{2}garbage"],
            Some(Outcome::UnexpectedGreeting),
        ),
        (
            Protocol::Smtp,
            Security::ImplicitTls,
            &["554 go away"],
            Some(Outcome::Rejected),
        ),
    ];
    for (protocol, security, server, failure) in table {
        let (d, _) = run(protocol, security, server);
        assert_eq!(
            d.failure.map(|f| f.0),
            failure,
            "{protocol} {security:?} {server:?}"
        );
    }
}

#[test]
fn smtp_auth_after_tls() {
    let (d, sent) = run(
        Protocol::Smtp,
        Security::Starttls,
        &[
            "220 smtp.gmail.com ESMTP x - gsmtp",
            "250-smtp.gmail.com at your service",
            "250 STARTTLS",
            "220 go ahead",
            "250-smtp.gmail.com",
            "250-AUTH LOGIN PLAIN XOAUTH2",
            "250 SMTPUTF8",
            "221 bye",
        ],
    );
    assert_eq!(d.failure, None);
    assert!(d.is_complete());
    assert_eq!(sent.len(), 5);
    assert_eq!(
        auth_mechanisms(Protocol::Smtp, &d.capabilities),
        ["LOGIN", "PLAIN", "XOAUTH2"]
    );
    assert!(
        sent.iter()
            .all(|s| !s.contains("AUTH") && !s.contains("LOGIN "))
    );
}

#[test]
fn first_bytes() {
    assert!(looks_like_plaintext_greeting(b"* OK ready"));
    assert!(looks_like_tls_record(&[0x16, 0x03, 0x03]));
    assert!(!looks_like_tls_record(b"220 "));
}

#[test]
fn endless_multiline_greeting_is_cut() {
    let lines: Vec<String> = (0..50).map(|i| format!("220-line {i}")).collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let (d, sent) = run(Protocol::Smtp, Security::ImplicitTls, &refs);
    assert_eq!(d.failure.map(|f| f.0), Some(Outcome::ResponseTooLong));
    assert!(sent.is_empty());
}
