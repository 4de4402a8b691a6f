//! Unit checks of the doctor's assembly; the full table lives in core/tests/doctor_table.rs.

use super::*;

fn setting(protocol: Protocol, host: &str, port: u16, security: Security) -> Setting {
    Setting {
        protocol,
        host: host.to_owned(),
        port,
        security,
        username: None,
    }
}

#[test]
fn documented_endpoints_are_clean_and_silent() {
    for e in knowledge::gmail().endpoints {
        let report = diagnose(&setting(e.protocol, e.host, e.port, e.security));
        assert!(report.findings.is_empty(), "{e:?}: {report:?}");
    }
}

#[test]
fn errors_come_first_and_fixes_agree() {
    let s = setting(
        Protocol::Imap,
        " IMAPS://imap.gmial.com:465 ",
        465,
        Security::None,
    );
    let report = diagnose(&s);
    let severities: Vec<_> = report.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    for f in &report.findings {
        if let Some(host) = &f.fix.host {
            assert_eq!(host, "imap.gmail.com");
        }
    }
    let fixed = report.fixed(&s);
    assert_eq!((fixed.port, fixed.security), (993, Security::ImplicitTls));
    assert!(diagnose(&fixed).findings.is_empty());
}

#[test]
fn json_shape_omits_absent_fix_members() {
    let s = setting(Protocol::Imap, "imap.gmail.com", 465, Security::ImplicitTls);
    let json = serde_json::to_value(diagnose(&s)).unwrap();
    let finding = &json["findings"][0];
    assert_eq!(finding["code"], "imap-port-465-myth");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["fix"], serde_json::json!({"port": 993}));
    let keys: Vec<_> = finding.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys.len(), 4);
}

#[test]
fn huge_input_stays_linear() {
    // Half a million dots: per-label work that is not linear would take minutes here.
    let host = "a.".repeat(500_000);
    let mut s = setting(Protocol::Imap, &host, 993, Security::ImplicitTls);
    s.username = Some("é@".repeat(100_000));
    let report = diagnose(&s);
    assert_eq!(report.codes(), [Code::HostTrailingDot, Code::NotGmailHost]);
    let s = setting(
        Protocol::Smtp,
        &"gmail.com.".repeat(100_000),
        587,
        Security::Starttls,
    );
    assert!(!diagnose(&s).findings.is_empty());
}
