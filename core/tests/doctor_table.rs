//! The doctor's table: settings people type, and what the doctor must say about them.
//!
//! Each row is derived from shared/knowledge/gmail-facts.md: the [DEV] endpoints are clean, the
//! myths and mistakes it lists have their own codes, and applying a report's fixes lands on a
//! documented endpoint with a full-address username.

use portolan_core::doctor::{Code, Report, Setting, diagnose};
use portolan_core::{Protocol, Security};

use Protocol::{Imap as I, Pop3 as P, Smtp as S};
use Security::{ImplicitTls as T, None as N, Starttls as ST};

struct Case {
    setting: Setting,
    expect: Vec<&'static str>,
    fixed: Option<(&'static str, u16, Security, Option<&'static str>)>,
    fixable: bool,
}

fn case(protocol: Protocol, host: &str, port: u16, security: Security) -> Case {
    Case {
        setting: Setting {
            protocol,
            host: host.to_owned(),
            port,
            security,
            username: None,
        },
        expect: Vec::new(),
        fixed: None,
        fixable: true,
    }
}

impl Case {
    fn user(mut self, username: &str) -> Self {
        self.setting.username = Some(username.to_owned());
        self
    }
    /// The findings, as `severity:code`, in report order.
    fn expect(mut self, findings: &[&'static str]) -> Self {
        self.expect = findings.to_vec();
        self
    }
    /// The setting once every fix is applied.
    fn fixed(mut self, host: &'static str, port: u16, security: Security) -> Self {
        self.fixed = Some((host, port, security, None));
        self
    }
    fn fixed_user(mut self, user: &'static str) -> Self {
        if let Some(f) = &mut self.fixed {
            f.3 = Some(user);
        }
        self
    }
    fn unfixable(mut self) -> Self {
        self.fixable = false;
        self
    }
}

fn shown(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| format!("{}:{}", f.severity.as_str(), f.code))
        .collect()
}

#[rustfmt::skip]
fn table() -> Vec<Case> {
    vec![
        // The [DEV] table, as typed by careful people: nothing to say.
        case(I, "imap.gmail.com", 993, T),
        case(P, "pop.gmail.com", 995, T),
        case(S, "smtp.gmail.com", 465, T),
        case(S, "smtp.gmail.com", 587, ST),
        case(I, "IMAP.GMAIL.COM", 993, T),
        case(I, "imap.gmail.com", 993, T).user("me@gmail.com"),
        case(I, "imap.gmail.com", 993, T).user("me@company.example"),
        case(S, "smtp.gmail.com", 587, ST).user("Me@GoogleMail.com"),
        case(I, "imap.gmail.com", 993, T).user("me@mail.com"),
        case(I, "imap.gmail.com", 993, T).user("   "),
        case(P, "pop.gmail.com", 995, T).user("recent:me@gmail.com").expect(&["info:pop-recent-mode"]),
        // What surrounds a host name.
        case(I, " imap.gmail.com ", 993, T).expect(&["warning:host-has-whitespace"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap. gmail.com", 993, T).expect(&["warning:host-has-whitespace"]).fixed("imap.gmail.com", 993, T),
        case(I, "imaps://imap.gmail.com", 993, T).expect(&["warning:host-has-scheme"]).fixed("imap.gmail.com", 993, T),
        case(S, "ssl://smtp.gmail.com", 465, T).expect(&["warning:host-has-scheme"]).fixed("smtp.gmail.com", 465, T),
        case(S, "tls://smtp.gmail.com", 587, ST).expect(&["warning:host-has-scheme"]).fixed("smtp.gmail.com", 587, ST),
        case(S, "SMTP://smtp.gmail.com", 587, ST).expect(&["warning:host-has-scheme"]).fixed("smtp.gmail.com", 587, ST),
        case(I, "imap.gmail.com:993", 993, T).expect(&["warning:host-has-port"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.com.", 993, T).expect(&["info:host-trailing-dot"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.com/", 993, T).expect(&["warning:host-has-path"]).fixed("imap.gmail.com", 993, T),
        case(I, "me@imap.gmail.com", 993, T).expect(&["error:host-has-username"]).fixed("imap.gmail.com", 993, T),
        case(I, "me@gmail.com", 993, T).expect(&["error:host-has-username", "error:unknown-google-host"]).fixed("imap.gmail.com", 993, T),
        case(I, "", 993, T).expect(&["error:host-empty"]).fixed("imap.gmail.com", 993, T),
        case(S, "   ", 465, T).expect(&["error:host-empty"]).fixed("smtp.gmail.com", 465, T),
        case(I, " IMAPS://Imap.Gmail.Com.:993/ ", 993, T)
            .expect(&["warning:host-has-whitespace", "warning:host-has-scheme", "warning:host-has-path", "warning:host-has-port", "info:host-trailing-dot"])
            .fixed("imap.gmail.com", 993, T),
        // Which server it is.
        case(I, "pop.gmail.com", 993, T).expect(&["error:host-for-other-protocol"]).fixed("imap.gmail.com", 993, T),
        case(I, "smtp.gmail.com", 993, T).expect(&["error:host-for-other-protocol"]).fixed("imap.gmail.com", 993, T),
        case(S, "imap.gmail.com", 465, T).expect(&["error:host-for-other-protocol"]).fixed("smtp.gmail.com", 465, T),
        case(P, "imap.gmail.com", 995, T).expect(&["error:host-for-other-protocol"]).fixed("pop.gmail.com", 995, T),
        case(I, "pop.googlemail.com", 993, T).expect(&["error:host-for-other-protocol"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.googlemail.com", 993, T).expect(&["info:googlemail-alias"]).fixed("imap.gmail.com", 993, T),
        case(S, "smtp.googlemail.com", 587, ST).expect(&["info:googlemail-alias"]).fixed("smtp.gmail.com", 587, ST),
        case(P, "pop.googlemail.com", 995, T).expect(&["info:googlemail-alias"]).fixed("pop.gmail.com", 995, T),
        case(I, "imap.gmial.com", 993, T).expect(&["error:host-typo"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.co", 993, T).expect(&["error:host-typo"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.con", 993, T).expect(&["error:host-typo"]).fixed("imap.gmail.com", 993, T),
        case(S, "stmp.gmail.com", 465, T).expect(&["error:host-typo"]).fixed("smtp.gmail.com", 465, T),
        case(S, "smtp.gmai.com", 587, ST).expect(&["error:host-typo"]).fixed("smtp.gmail.com", 587, ST),
        case(I, "imap.gmail", 993, T).expect(&["error:host-typo"]).fixed("imap.gmail.com", 993, T),
        case(P, "pop.gmial.com", 995, T).expect(&["error:host-typo"]).fixed("pop.gmail.com", 995, T),
        case(I, "imap.googlemial.com", 993, T).expect(&["error:host-typo"]).fixed("imap.gmail.com", 993, T),
        case(I, "gmial.com", 993, T).expect(&["error:host-typo"]).fixed("imap.gmail.com", 993, T),
        case(I, "mail.agoogle.com", 993, T).expect(&["error:host-typo"]).fixed("imap.gmail.com", 993, T),
        case(S, "smtp-relay.agmail.com", 587, ST).expect(&["error:host-typo"]).fixed("smtp.gmail.com", 587, ST),
        case(S, "aspmx2.googlemijal.com", 465, T).expect(&["error:host-typo"]).fixed("smtp.gmail.com", 465, T),
        case(I, "imap.mail.com", 993, T).expect(&["info:not-gmail-host"]).fixed("imap.mail.com", 993, T),
        case(S, "smtp.email.com", 465, T).expect(&["info:not-gmail-host"]).fixed("smtp.email.com", 465, T),
        case(I, "gmail.com", 993, T).expect(&["error:unknown-google-host"]).fixed("imap.gmail.com", 993, T),
        case(I, "mail.google.com", 993, T).expect(&["error:unknown-google-host"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.google.com", 993, T).expect(&["error:unknown-google-host"]).fixed("imap.gmail.com", 993, T),
        case(S, "mail.gmail.com", 465, T).expect(&["error:unknown-google-host"]).fixed("smtp.gmail.com", 465, T),
        // MX and relay hosts are not for mail clients.
        case(S, "smtp.google.com", 587, ST).expect(&["error:mx-host"]).fixed("smtp.gmail.com", 587, ST),
        case(S, "aspmx.l.google.com", 25, N)
            .expect(&["error:mx-host", "error:plaintext", "warning:smtp-port-25-undocumented"])
            .fixed("smtp.gmail.com", 465, T),
        case(S, "ALT2.ASPMX.L.GOOGLE.COM", 587, ST).expect(&["error:mx-host"]).fixed("smtp.gmail.com", 587, ST),
        case(S, "gmail-smtp-in.l.google.com", 25, ST)
            .expect(&["error:mx-host", "warning:smtp-port-25-undocumented"])
            .fixed("smtp.gmail.com", 587, ST),
        case(S, "alt1.gmail-smtp-in.l.google.com", 465, T).expect(&["error:mx-host"]).fixed("smtp.gmail.com", 465, T),
        case(S, "aspmx2.googlemail.com", 465, T).expect(&["error:mx-host"]).fixed("smtp.gmail.com", 465, T),
        case(I, "aspmx.l.google.com", 993, T).expect(&["error:mx-host"]).fixed("imap.gmail.com", 993, T),
        case(S, "smtp-relay.gmail.com", 587, ST).expect(&["warning:relay-host"]).fixed("smtp.gmail.com", 587, ST),
        case(I, "smtp-relay.gmail.com", 993, T).expect(&["error:relay-host"]).fixed("imap.gmail.com", 993, T),
        // Not Gmail: said once, as info, with nothing forced.
        case(I, "mail.example.com", 993, T).expect(&["info:not-gmail-host"]).fixed("mail.example.com", 993, T),
        case(I, "mail.example.com", 143, N).expect(&["warning:plaintext", "info:not-gmail-host"]).fixed("mail.example.com", 143, N).unfixable(),
        case(S, "imaps://mail.example.com", 465, T)
            .expect(&["warning:host-has-scheme", "info:not-gmail-host"])
            .fixed("mail.example.com", 465, T),
        case(I, "me@company.example", 993, T)
            .expect(&["error:host-has-username", "info:not-gmail-host"])
            .fixed("me@company.example", 993, T)
            .unfixable(),
        case(I, "outlook.office365.com", 993, T).expect(&["info:not-gmail-host"]).fixed("outlook.office365.com", 993, T),
        case(I, "mail.example.com", 465, ST).user("me").expect(&["info:not-gmail-host"]).fixed("mail.example.com", 465, ST).fixed_user("me"),
        // Ports: the seed article's myth and the ports Gmail does not offer.
        case(I, "imap.gmail.com", 465, T).expect(&["error:imap-port-465-myth"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.com", 465, ST).expect(&["error:imap-port-465-myth"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.com", 143, ST).expect(&["error:imap-port-143-not-offered"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.com", 143, N)
            .expect(&["error:imap-port-143-not-offered", "error:plaintext"])
            .fixed("imap.gmail.com", 993, T),
        case(P, "pop.gmail.com", 110, N)
            .expect(&["error:pop3-port-110-not-offered", "error:plaintext"])
            .fixed("pop.gmail.com", 995, T),
        case(P, "pop.gmail.com", 110, T).expect(&["error:pop3-port-110-not-offered"]).fixed("pop.gmail.com", 995, T),
        case(S, "smtp.gmail.com", 25, ST).expect(&["warning:smtp-port-25-undocumented"]).fixed("smtp.gmail.com", 587, ST),
        case(S, "smtp.gmail.com", 25, T).expect(&["warning:smtp-port-25-undocumented"]).fixed("smtp.gmail.com", 465, T),
        case(I, "imap.gmail.com", 995, T).expect(&["error:port-for-other-protocol"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.com", 587, ST).expect(&["error:port-for-other-protocol"]).fixed("imap.gmail.com", 993, T),
        case(S, "smtp.gmail.com", 993, T).expect(&["error:port-for-other-protocol"]).fixed("smtp.gmail.com", 465, T),
        case(P, "pop.gmail.com", 993, T).expect(&["error:port-for-other-protocol"]).fixed("pop.gmail.com", 995, T),
        case(P, "pop.gmail.com", 143, ST).expect(&["error:port-for-other-protocol"]).fixed("pop.gmail.com", 995, T),
        case(S, "smtp.gmail.com", 110, ST).expect(&["error:port-for-other-protocol"]).fixed("smtp.gmail.com", 587, ST),
        case(S, "smtp.gmail.com", 2525, ST).expect(&["error:port-not-offered"]).fixed("smtp.gmail.com", 587, ST),
        case(I, "imap.gmail.com", 0, T).expect(&["error:port-not-offered"]).fixed("imap.gmail.com", 993, T),
        case(I, "imap.gmail.com", 8993, T).expect(&["error:port-not-offered"]).fixed("imap.gmail.com", 993, T),
        // Port and security that do not go together.
        case(I, "imap.gmail.com", 993, ST).expect(&["error:starttls-on-implicit-tls-port"]).fixed("imap.gmail.com", 993, T),
        case(P, "pop.gmail.com", 995, ST).expect(&["error:starttls-on-implicit-tls-port"]).fixed("pop.gmail.com", 995, T),
        case(S, "smtp.gmail.com", 465, ST).expect(&["error:starttls-on-implicit-tls-port"]).fixed("smtp.gmail.com", 465, T),
        case(S, "smtp.gmail.com", 587, T).expect(&["error:implicit-tls-on-starttls-port"]).fixed("smtp.gmail.com", 587, ST),
        case(I, "imap.gmail.com", 993, N).expect(&["error:plaintext"]).fixed("imap.gmail.com", 993, T),
        case(S, "smtp.gmail.com", 587, N).expect(&["error:plaintext"]).fixed("smtp.gmail.com", 587, ST),
        case(S, "smtp.gmail.com", 465, N).expect(&["error:plaintext"]).fixed("smtp.gmail.com", 465, T),
        // Usernames: the full address, recent: only for POP3.
        case(I, "imap.gmail.com", 993, T).user("me").expect(&["error:username-missing-domain"]).fixed("imap.gmail.com", 993, T).fixed_user("me@gmail.com"),
        case(S, "smtp.gmail.com", 465, T).user("me@").expect(&["error:username-missing-domain"]).fixed("smtp.gmail.com", 465, T).fixed_user("me@gmail.com"),
        case(I, "imap.gmail.com", 993, T).user(" me@gmail.com ").expect(&["warning:username-has-whitespace"]).fixed("imap.gmail.com", 993, T).fixed_user("me@gmail.com"),
        case(I, "imap.gmail.com", 993, T).user("me@gmial.com").expect(&["warning:username-domain-typo"]).fixed("imap.gmail.com", 993, T).fixed_user("me@gmail.com"),
        case(I, "imap.gmail.com", 993, T).user("me@gmail").expect(&["warning:username-domain-typo"]).fixed("imap.gmail.com", 993, T).fixed_user("me@gmail.com"),
        case(S, "smtp.gmail.com", 587, ST).user("me@gmail.co").expect(&["warning:username-domain-typo"]).fixed("smtp.gmail.com", 587, ST).fixed_user("me@gmail.com"),
        case(I, "imap.gmail.com", 993, T).user("me@googlemial.com").expect(&["warning:username-domain-typo"]).fixed("imap.gmail.com", 993, T).fixed_user("me@googlemail.com"),
        case(I, "imap.gmail.com", 993, T).user("recent:me@gmail.com").expect(&["error:recent-prefix-not-pop"]).fixed("imap.gmail.com", 993, T).fixed_user("me@gmail.com"),
        case(S, "smtp.gmail.com", 465, T).user("RECENT:me@gmail.com").expect(&["error:recent-prefix-not-pop"]).fixed("smtp.gmail.com", 465, T).fixed_user("me@gmail.com"),
        case(P, "pop.gmail.com", 995, T).user("recent:me")
            .expect(&["error:username-missing-domain", "info:pop-recent-mode"])
            .fixed("pop.gmail.com", 995, T).fixed_user("recent:me@gmail.com"),
        case(I, "imap.gmail.com", 993, T).user("@gmail.com").expect(&["error:username-not-an-address"]).unfixable(),
        case(I, "imap.gmail.com", 993, T).user("a@b@gmail.com").expect(&["error:username-not-an-address"]).unfixable(),
        // Several mistakes at once: one consistent fix.
        case(I, " imap.gmial.com:465 ", 465, ST).user("recent:me")
            .expect(&["error:host-typo", "error:imap-port-465-myth", "error:recent-prefix-not-pop", "error:username-missing-domain", "warning:host-has-whitespace", "warning:host-has-port"])
            .fixed("imap.gmail.com", 993, T).fixed_user("me@gmail.com"),
        case(S, "ssl://smtp.gmail.com:465", 465, N)
            .expect(&["error:plaintext", "warning:host-has-scheme", "warning:host-has-port"])
            .fixed("smtp.gmail.com", 465, T),
        case(P, "smtp.gmail.com", 110, N).user("recent:me@gmail.com")
            .expect(&["error:host-for-other-protocol", "error:pop3-port-110-not-offered", "error:plaintext", "info:pop-recent-mode"])
            .fixed("pop.gmail.com", 995, T).fixed_user("recent:me@gmail.com"),
        case(S, "smtp-relay.gmail.com", 25, N)
            .expect(&["error:plaintext", "warning:relay-host", "warning:smtp-port-25-undocumented"])
            .fixed("smtp.gmail.com", 465, T),
    ]
}

#[test]
fn the_table() {
    let table = table();
    assert!(table.len() >= 60, "only {} cases", table.len());
    let mut failures = Vec::new();
    for case in &table {
        let report = diagnose(&case.setting);
        let got = shown(&report);
        if got != case.expect {
            failures.push(format!(
                "{:?}\n  want {:?}\n  got  {:?}",
                case.setting, case.expect, got
            ));
            continue;
        }
        for f in &report.findings {
            assert!(!f.message.trim().is_empty(), "{:?}: empty message", f.code);
        }
        let fixed = report.fixed(&case.setting);
        if let Some((host, port, security, user)) = case.fixed {
            let want_user = user
                .map(str::to_owned)
                .or_else(|| case.setting.username.clone());
            let want = (host, port, security, want_user);
            let have = (
                fixed.host.as_str(),
                fixed.port,
                fixed.security,
                fixed.username.clone(),
            );
            if have != want {
                failures.push(format!(
                    "{:?}\n  fixed to {have:?}, want {want:?}",
                    case.setting
                ));
                continue;
            }
        } else if case.fixable {
            assert_eq!(fixed, case.setting, "no fix expected");
        }
        if case.fixable {
            let again = diagnose(&fixed);
            if !again.is_clean() {
                failures.push(format!(
                    "{:?}\n  fixed setting still has {:?}",
                    case.setting,
                    shown(&again)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
    println!("doctor table: {} cases", table.len());
}

/// docs/FINDINGS.md documents exactly the codes the doctor has, each once.
#[test]
fn findings_doc_lists_every_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/FINDINGS.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let documented: Vec<&str> = doc
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`'))
        .map(|(code, _)| code)
        .collect();
    for code in Code::ALL {
        let n = documented.iter().filter(|d| **d == code.as_str()).count();
        assert_eq!(n, 1, "{code} is documented {n} times");
    }
    for code in &documented {
        let parsed: Code = serde_json::from_str(&format!("\"{code}\"")).unwrap();
        assert!(Code::ALL.contains(&parsed));
    }
    assert_eq!(documented.len(), Code::ALL.len());
}
