//! Probes against a real Dovecot (IMAP, POP3, submission; STARTTLS and implicit TLS) with a test
//! CA, Gmail's names mapped to it with `--connect-to`: certificate and host-name checks stay on.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use serde_json::Value;
use support::ca::TestCa;
use support::peers::Dovecot;
use support::portolan_json;

fn probe(
    dovecot: &Dovecot,
    ca: Option<&TestCa>,
    target: &str,
    protocol: &str,
    security: &str,
) -> Value {
    let rules = dovecot.connect_to();
    let mut args = vec![
        "probe",
        target,
        "--protocol",
        protocol,
        "--security",
        security,
        "--timeout-ms",
        "3000",
    ];
    for rule in &rules {
        args.extend(["--connect-to", rule]);
    }
    if let Some(ca) = ca {
        args.extend(["--ca-file", ca.ca_path()]);
    }
    portolan_json(&args)
}

#[test]
fn check_reaches_every_endpoint_and_reports_interception() {
    let ca = TestCa::new();
    let dovecot = Dovecot::start(&ca);
    let rules = dovecot.connect_to();
    let mut args = vec!["check", "--ca-file", ca.ca_path()];
    for rule in &rules {
        args.extend(["--connect-to", rule]);
    }
    let report = portolan_json(&args);
    let probes = report["probes"].as_array().expect("probes");
    assert_eq!(probes.len(), 4, "{report:#}");
    for p in probes {
        assert_eq!(p["outcome"], "ok", "{p:#}\n{}", dovecot.log());
        assert!(p["greeting"].as_str().unwrap().contains("Dovecot"), "{p:#}");
        assert!(p["address"].as_str().unwrap().starts_with("127.0.0.1:"));
        let tls = &p["tls"];
        assert_eq!(tls["version"], "TLSv1.3", "{p:#}");
        let cert = &tls["certificate"];
        assert!(
            cert["issuer"]
                .as_str()
                .unwrap()
                .contains("Portolan Test CA"),
            "{cert:#}"
        );
        assert_eq!(cert["trusted"], true);
        assert_eq!(cert["valid_for_host"], true);
        assert_eq!(cert["trusted_by"], "local-roots");
        assert!(
            cert["names"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n == "imap.gmail.com")
        );
        assert!(cert["not_after"].as_str().unwrap().ends_with('Z'));
        // The test CA is not Google's: a Gmail name answered by it is interception.
        assert!(
            tls["interception"]["issuer"]
                .as_str()
                .unwrap()
                .contains("Portolan Test CA")
        );
        assert!(
            p["explanation"].as_str().unwrap().contains("Warning"),
            "{p:#}"
        );
        assert_eq!(p["google"], false);
        assert!(
            p["auth_mechanisms"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m == "PLAIN"),
            "{p:#}"
        );
    }
    let smtp587 = probes
        .iter()
        .find(|p| p["target"] == "smtp.gmail.com:587")
        .unwrap();
    assert_eq!(smtp587["security"], "starttls");
    // Capabilities are read again after STARTTLS (RFC 3207 §4.2): no STARTTLS any more.
    let caps = smtp587["capabilities"].as_array().unwrap();
    assert!(caps.iter().any(|c| c == "PIPELINING"), "{smtp587:#}");
    assert!(!caps.iter().any(|c| c == "STARTTLS"), "{smtp587:#}");
    assert!(
        report["summary"].as_str().unwrap().contains("intercepted"),
        "{report:#}"
    );
    assert!(report["mx"].is_null());
    // Dovecot's own account of the sessions: polite goodbyes, never a sign-in attempt.
    let start = std::time::Instant::now();
    while !dovecot.log().contains("submission-login") && start.elapsed().as_secs() < 3 {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let log = dovecot.log();
    assert!(log.contains("no auth attempts"), "{log}");
    assert!(
        !log.contains("auth failed") && !log.contains("Login: user="),
        "{log}"
    );
}

#[test]
fn starttls_upgrades_and_wrong_security_is_named() {
    let ca = TestCa::new();
    let dovecot = Dovecot::start(&ca);
    let ca = Some(&ca);
    for (target, protocol) in [
        ("imap.gmail.com:143", "imap"),
        ("pop.gmail.com:110", "pop3"),
    ] {
        let p = probe(&dovecot, ca, target, protocol, "starttls");
        assert_eq!(p["outcome"], "ok", "{p:#}");
        assert_eq!(p["tls"]["version"], "TLSv1.3");
        let caps = p["capabilities"].as_array().unwrap();
        assert!(
            !caps.iter().any(|c| c == "STARTTLS" || c == "STLS"),
            "{p:#}"
        );
    }
    let p = probe(&dovecot, ca, "imap.gmail.com:143", "imap", "implicit-tls");
    assert_eq!(p["outcome"], "plaintext-on-tls-port", "{p:#}");
    assert!(p["greeting"].as_str().unwrap().starts_with("* OK"), "{p:#}");
    assert!(
        p["explanation"]
            .as_str()
            .unwrap()
            .contains("choose STARTTLS")
    );
    let p = probe(&dovecot, ca, "imap.gmail.com:993", "imap", "starttls");
    assert_eq!(p["outcome"], "tls-on-plaintext-port", "{p:#}");
    assert!(
        p["explanation"]
            .as_str()
            .unwrap()
            .contains("choose SSL/TLS")
    );
    let p = probe(&dovecot, ca, "pop.gmail.com:995", "imap", "implicit-tls");
    assert_eq!(p["outcome"], "unexpected-greeting", "{p:#}");
}

#[test]
fn certificate_checks_stay_on_through_the_seams() {
    let ca = TestCa::new();
    let dovecot = Dovecot::start(&ca);
    // Without the extra root, the test CA is unknown.
    let p = probe(&dovecot, None, "imap.gmail.com:993", "imap", "implicit-tls");
    assert_eq!(p["outcome"], "certificate-untrusted", "{p:#}");
    assert_eq!(p["tls"]["certificate"]["trusted"], false);
    assert!(
        p["tls"]["interception"]["issuer"]
            .as_str()
            .unwrap()
            .contains("Portolan Test CA")
    );
    // The name asked for is checked, not the mapped address: googlemail is not on the cert.
    let mut args = vec![
        "probe",
        "imap.googlemail.com:993",
        "--protocol",
        "imap",
        "--security",
        "implicit-tls",
    ];
    let rule = support::map("imap.googlemail.com", 993, dovecot.imaps);
    args.extend(["--connect-to", &rule, "--ca-file", ca.ca_path()]);
    let p = portolan_json(&args);
    assert_eq!(p["outcome"], "certificate-name-mismatch", "{p:#}");
    assert_eq!(p["tls"]["certificate"]["valid_for_host"], false);
}
