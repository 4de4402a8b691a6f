//! Checks of the Gmail tables against gmail-facts.md and of the lookups on them.

use super::*;

fn all_provenances(p: &Provider) -> Vec<Provenance> {
    let mut all: Vec<Provenance> = Vec::new();
    all.extend(p.endpoints.iter().map(|e| e.provenance));
    all.extend(p.aliases.iter().map(|e| e.provenance));
    all.extend(p.wrong_ports.iter().map(|e| e.provenance));
    all.extend(p.misused_hosts.iter().map(|e| e.provenance));
    all.extend(p.auth.methods.iter().map(|e| e.provenance));
    all.extend(p.access.iter().map(|e| e.provenance));
    all.extend(p.limits.iter().map(|e| e.provenance));
    all.extend(p.fingerprints.iter().map(|e| e.provenance));
    all.extend(p.server_errors.iter().map(|e| e.provenance));
    all.extend(p.tls.issuers.iter().map(|e| e.provenance));
    all.extend(
        p.auth
            .password_sign_in_end
            .workspace_claims
            .iter()
            .map(|c| c.provenance),
    );
    all.extend([
        p.username.provenance,
        p.username.pop_recent_provenance,
        p.auth.app_passwords.provenance,
        p.auth.password_sign_in_end.personal.provenance,
        p.tls.provenance,
        p.mx.provenance,
    ]);
    all
}

#[test]
fn every_fact_is_sourced_dated_and_listed() {
    let g = gmail();
    for prov in all_provenances(g) {
        assert!(!prov.sources.is_empty());
        assert_eq!(prov.verified, "2026-11");
        for s in prov.sources {
            assert!(g.sources.iter().any(|k| k == s), "{} not in sources", s.key);
        }
    }
    for s in g.sources {
        if let Some(url) = s.url {
            assert!(url.starts_with("https://"), "{url}");
        }
    }
}

#[test]
fn endpoints_match_the_dev_table() {
    let g = gmail();
    let rows: Vec<_> = g
        .endpoints
        .iter()
        .map(|e| (e.protocol, e.host, e.port, e.security))
        .collect();
    assert_eq!(
        rows,
        [
            (Protocol::Imap, "imap.gmail.com", 993, Security::ImplicitTls),
            (Protocol::Pop3, "pop.gmail.com", 995, Security::ImplicitTls),
            (Protocol::Smtp, "smtp.gmail.com", 465, Security::ImplicitTls),
            (Protocol::Smtp, "smtp.gmail.com", 587, Security::Starttls),
        ]
    );
    let smtp = g
        .endpoint_for(Protocol::Smtp, Some(Security::Starttls))
        .unwrap();
    assert_eq!(smtp.port, 587);
    let smtp = g
        .endpoint_for(Protocol::Smtp, Some(Security::None))
        .unwrap();
    assert_eq!(smtp.port, 465);
    assert_eq!(g.protocol_of_host("pop.gmail.com"), Some(Protocol::Pop3));
    assert!(g.endpoint_on(Protocol::Imap, 465).is_none());
}

#[test]
fn the_465_myth_and_unoffered_ports_are_tabled() {
    let g = gmail();
    let myth = g.wrong_port(Protocol::Imap, 465).unwrap();
    assert_eq!(myth.mistake, PortMistake::SubmissionsPortForImap);
    assert!(myth.why.contains("RFC 8314"));
    assert_eq!(
        g.wrong_port(Protocol::Imap, 143)
            .unwrap()
            .provenance
            .confidence,
        Confidence::Likely
    );
    assert!(g.wrong_port(Protocol::Pop3, 110).is_some());
    let p25 = g.wrong_port(Protocol::Smtp, 25).unwrap();
    assert_eq!(p25.provenance.confidence, Confidence::Uncertain);
    assert!(g.wrong_port(Protocol::Smtp, 465).is_none());
}

#[test]
fn misused_hosts_and_aliases() {
    let g = gmail();
    for host in [
        "smtp.google.com",
        "aspmx.l.google.com",
        "alt1.aspmx.l.google.com",
        "alt4.aspmx.l.google.com",
        "gmail-smtp-in.l.google.com",
        "alt2.gmail-smtp-in.l.google.com",
        "aspmx3.googlemail.com",
    ] {
        assert_eq!(g.misused_host(host).unwrap().role, HostRole::Mx, "{host}");
    }
    assert_eq!(
        g.misused_host("smtp-relay.gmail.com").unwrap().role,
        HostRole::AdminRelay
    );
    for host in [
        "alt5.aspmx.l.google.com",
        "alt01.aspmx.l.google.com",
        "imap.gmail.com",
    ] {
        assert!(g.misused_host(host).is_none(), "{host}");
    }
    assert_eq!(
        g.alias("smtp.googlemail.com").unwrap().canonical,
        "smtp.gmail.com"
    );
    assert!(g.owns_host("gmail.com"));
    assert!(g.owns_host("mail.google.com"));
    assert!(!g.owns_host("notgmail.com"));
    assert!(!g.owns_host(".gmail.com"));
}

#[test]
fn mx_rule() {
    for host in [
        "smtp.google.com",
        "ASPMX.L.GOOGLE.COM.",
        " alt3.aspmx.l.google.com ",
        "aspmx2.googlemail.com",
        "gmail-smtp-in.l.google.com.",
    ] {
        assert!(is_google_mx_host(host), "{host}");
    }
    for host in [
        "google.com",
        "mx.example.com",
        "google.com.evil.example",
        "notgoogle.com",
        "mx1.mimecast.com",
        "",
        ".google.com",
    ] {
        assert!(!is_google_mx_host(host), "{host}");
    }
}

#[test]
fn google_issuers() {
    assert!(is_google_issuer("C=US, O=Google Trust Services, CN=WR2"));
    assert!(is_google_issuer(
        "/C=US/O=Google Trust Services LLC/CN=GTS CA 1O1"
    ));
    assert!(is_google_issuer("Google Trust Services"));
    assert!(is_google_issuer("WR2"));
    assert!(!is_google_issuer("C=US, O=Avast Web/Mail Shield, CN=WR2"));
    assert!(!is_google_issuer("CN=WR2"));
    assert!(!is_google_issuer("O=Fortinet, CN=FortiGate CA"));
    assert!(!is_google_issuer(""));
}

#[test]
fn fingerprints_match_captured_greetings() {
    let g = gmail();
    let imap = g.fingerprint(Protocol::Imap).unwrap();
    assert!(imap.greeting_matches("* OK Gimap ready for requests from 192.0.2.1 a1b2c3\r\n"));
    assert!(!imap.greeting_matches("* OK Dovecot ready."));
    assert!(!imap.capabilities.contains(&"STARTTLS"));
    let pop = g.fingerprint(Protocol::Pop3).unwrap();
    assert!(pop.greeting_matches("+OK Gpop ready for requests from 192.0.2.1 x1"));
    let smtp = g.fingerprint(Protocol::Smtp).unwrap();
    assert!(smtp.greeting_matches("220 smtp.gmail.com ESMTP a1-20020a - gsmtp\r\n"));
    assert!(!smtp.greeting_matches("220 smtp.gmail.com ESMTP Postfix"));
}

#[test]
fn auth_facts_and_the_workspace_disagreement() {
    let a = &gmail().auth;
    assert_eq!(a.app_passwords.length, 16);
    assert!(a.app_passwords.requires_two_step_verification);
    assert!(a.app_passwords.spaces_ignored);
    assert_eq!(a.password_sign_in_end.personal.date, "2022-05-30");
    let dates: Vec<_> = a
        .password_sign_in_end
        .workspace_claims
        .iter()
        .map(|c| c.date)
        .collect();
    assert_eq!(dates, ["2024-09-30", "2025-03-14"]);
    assert!(a.methods[0].mechanisms.contains(&"XOAUTH2"));
    assert!(a.methods[0].mechanisms.contains(&"OAUTHBEARER"));
    assert!(
        a.methods
            .iter()
            .any(|m| m.kind == AuthKind::AccountPassword && !m.accepted)
    );
}

#[test]
fn sheet_shape() {
    let all = serde_json::to_value(gmail().sheet(None)).unwrap();
    assert_eq!(all["imap"][0]["host"], "imap.gmail.com");
    assert_eq!(all["imap"][0]["port"], 993);
    assert_eq!(all["imap"][0]["security"], "implicit-tls");
    assert_eq!(all["smtp"][1]["security"], "starttls");
    assert!(
        all["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["key"] == "DEV")
    );
    let pop = serde_json::to_value(gmail().sheet(Some(Protocol::Pop3))).unwrap();
    assert!(pop.get("imap").is_none() && pop.get("smtp").is_none());
    assert_eq!(pop["pop3"][0]["port"], 995);
}

#[test]
fn the_whole_provider_serializes_with_provenance() {
    let v = serde_json::to_value(gmail()).unwrap();
    assert_eq!(v["endpoints"][0]["host"], "imap.gmail.com");
    assert_eq!(v["endpoints"][0]["provenance"]["verified"], "2026-11");
    assert_eq!(v["endpoints"][0]["provenance"]["confidence"], "verified");
    assert_eq!(v["endpoints"][0]["provenance"]["sources"][0]["key"], "DEV");
    assert_eq!(v["wrong_ports"][3]["provenance"]["confidence"], "uncertain");
    assert_eq!(
        v["misused_hosts"][3]["pattern"]["numbered"]["suffix"],
        ".aspmx.l.google.com"
    );
}

#[test]
fn server_errors_explain_captured_replies() {
    let g = gmail();
    let reply = "534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9  \
                 https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp";
    let e = g.explain_reply(Protocol::Smtp, reply).unwrap();
    assert!(e.meaning.contains("app password"));
    let imap = "a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)";
    assert!(g.explain_reply(Protocol::Imap, imap).is_some());
    assert!(g.explain_reply(Protocol::Smtp, imap).is_none());
    assert!(
        g.explain_reply(Protocol::Imap, "a1 OK LOGIN completed")
            .is_none()
    );
    let smtp = g.fingerprint(Protocol::Smtp).unwrap();
    assert!(smtp.markers.iter().any(|m| reply.contains(m)));
}
