//! Properties of the doctor: it never panics on anything typed, and for any setting aimed at a
//! Gmail host, applying every fix it proposes gives a setting with no error and no warning
//! (and nothing more to fix).

use portolan_core::doctor::{Report, Setting, Severity, diagnose};
use portolan_core::knowledge::gmail;
use portolan_core::{Protocol, Security};
use proptest::prelude::*;

/// Cases for the never-panics property (arbitrary Unicode strings).
const PANIC_CASES: u32 = 4000;
/// Cases for the fix-point property (settings aimed at Gmail).
const FIXPOINT_CASES: u32 = 4000;

fn protocol() -> impl Strategy<Value = Protocol> {
    prop::sample::select(Protocol::ALL.to_vec())
}

fn security() -> impl Strategy<Value = Security> {
    prop::sample::select(Security::ALL.to_vec())
}

/// Any port, with the mail ports (and 0) much more likely than chance would make them.
fn port() -> impl Strategy<Value = u16> {
    prop_oneof![
        any::<u16>(),
        prop::sample::select(vec![0u16, 25, 110, 143, 465, 587, 993, 995, 2525, 8993]),
    ]
}

/// Real domains of other providers one or two edits from a Gmail name: a typo that lands on
/// one of them is someone else's server, not a setting aimed at Gmail (the doctor says
/// `not-gmail-host`, checked in `other_providers_are_not_typos`).
const OTHER_PROVIDERS: &[&str] = &["mail.com", "email.com", "ymail.com", "gmx.com", "gmx.net"];

/// The server names people aim at Gmail with: the documented hosts, the aliases, and the MX
/// and relay hosts (every name of a numbered family). These get up to two typos.
fn gmail_servers() -> Vec<String> {
    let g = gmail();
    let mut names: Vec<String> = g.endpoints.iter().map(|e| e.host.to_owned()).collect();
    names.extend(g.aliases.iter().map(|a| a.host.to_owned()));
    for m in g.misused_hosts {
        names.extend(m.pattern.names());
    }
    names
}

/// Google names that are not mail servers, and nothing at all. These are typed as they are
/// (their one-slip typos are rows of the table: "gmial.com", "mail.agoogle.com"), because two
/// slips from a short domain often land on an unrelated real one.
fn google_non_servers() -> Vec<String> {
    [
        "gmail.com",
        "googlemail.com",
        "google.com",
        "mail.google.com",
        "imap.google.com",
        "",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// One slip of the fingers: insert, delete, replace or swap, with host-name characters.
fn slip(name: String, op: u8, at: usize, ch: char) -> String {
    let mut chars: Vec<char> = name.chars().collect();
    if chars.is_empty() {
        return name;
    }
    let at = at % chars.len();
    match op % 4 {
        0 => chars.insert(at, ch),
        1 => {
            chars.remove(at);
        }
        2 => chars[at] = ch,
        _ => {
            if at + 1 < chars.len() {
                chars.swap(at, at + 1);
            }
        }
    }
    chars.into_iter().collect()
}

fn host_char() -> impl Strategy<Value = char> {
    prop::sample::select(
        "abcdefghijklmnopqrstuvwxyz0123456789.-"
            .chars()
            .collect::<Vec<_>>(),
    )
}

/// A Gmail name: a server name with up to two typos, or a Google non-server name.
fn aimed_name() -> impl Strategy<Value = String> {
    let servers = (
        prop::sample::select(gmail_servers()),
        0usize..3,
        (any::<u8>(), any::<usize>(), host_char()),
        (any::<u8>(), any::<usize>(), host_char()),
    )
        .prop_map(|(name, edits, (o1, a1, c1), (o2, a2, c2))| {
            let once = if edits >= 1 {
                slip(name, o1, a1, c1)
            } else {
                name
            };
            if edits >= 2 {
                slip(once, o2, a2, c2)
            } else {
                once
            }
        })
        .prop_filter("lands on another provider's domain", |name| {
            let bare = name.trim_end_matches('.');
            !OTHER_PROVIDERS
                .iter()
                .any(|d| bare == *d || bare.ends_with(&format!(".{d}")))
        });
    prop_oneof![4 => servers, 1 => prop::sample::select(google_non_servers())]
}

/// What people put around the name: case, schemes, `me@`, `:port`, paths, dots, spaces.
fn aimed_host() -> impl Strategy<Value = String> {
    (
        aimed_name(),
        prop::collection::vec(any::<bool>(), 40),
        prop::sample::select(vec![
            "", "", "imaps://", "ssl://", "tls://", "smtp://", "POP3S://", "https://",
        ]),
        prop::sample::select(vec!["", "", "me@"]),
        prop::sample::select(vec!["", "", ":993", ":465", ":587", ":25", ":abc", ":"]),
        prop::sample::select(vec!["", "", "/", "/inbox"]),
        any::<bool>(),
        prop::sample::select(vec!["", "", " ", "\t", "  "]),
        any::<usize>(),
    )
        .prop_map(|(name, upper, scheme, user, port, path, dot, space, at)| {
            let cased: String = name
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, up)| if *up { c.to_ascii_uppercase() } else { c })
                .collect();
            let dot = if dot { "." } else { "" };
            let mut host = format!("{scheme}{user}{cased}{dot}{port}{path}");
            // Spaces around, or inside (a name with spaces is still aimed at Gmail).
            if at % 3 == 0 {
                host = format!("{space}{host}{space}");
            } else if at % 3 == 1 && !host.is_empty() {
                let mut chars: Vec<char> = host.chars().collect();
                let i = at % chars.len();
                chars.splice(i..i, space.chars());
                host = chars.into_iter().collect();
            }
            host
        })
}

/// Usernames people type, all of them fixable addresses.
fn username() -> impl Strategy<Value = Option<String>> {
    let shapes = vec![
        "{}",
        "{}@gmail.com",
        "{}@GMAIL.COM",
        "{}@googlemail.com",
        "{}@company.example",
        "{}@gmial.com",
        "{}@gmail",
        "{}@gmail.co",
        "{}@",
        "recent:{}@gmail.com",
        "RECENT:{}",
        " {}@gmail.com ",
        "{} @gmail.com",
        "",
        "   ",
    ];
    prop_oneof![
        Just(None),
        ("[a-z][a-z0-9._]{0,10}", prop::sample::select(shapes))
            .prop_map(|(local, shape)| Some(shape.replace("{}", &local))),
    ]
}

fn aimed_setting() -> impl Strategy<Value = Setting> {
    (protocol(), aimed_host(), port(), security(), username()).prop_map(
        |(protocol, host, port, security, username)| Setting {
            protocol,
            host,
            port,
            security,
            username,
        },
    )
}

fn arbitrary_setting() -> impl Strategy<Value = Setting> {
    (
        protocol(),
        any::<String>(),
        any::<u16>(),
        security(),
        prop::option::of(any::<String>()),
    )
        .prop_map(|(protocol, host, port, security, username)| Setting {
            protocol,
            host,
            port,
            security,
            username,
        })
}

fn assert_well_formed(report: &Report) {
    let severities: Vec<Severity> = report.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted, "errors first, then warnings, then info");
    for f in &report.findings {
        assert!(!f.message.trim().is_empty());
    }
    assert!(serde_json::to_value(report).is_ok_and(|json| json["findings"].is_array()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(PANIC_CASES))]

    #[test]
    fn never_panics_on_anything_typed(setting in arbitrary_setting()) {
        let report = diagnose(&setting);
        assert_well_formed(&report);
        prop_assert_eq!(&report, &diagnose(&setting), "deterministic");
        let fixed = report.fixed(&setting);
        assert_well_formed(&diagnose(&fixed));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(FIXPOINT_CASES))]

    #[test]
    fn fixes_reach_a_clean_gmail_setting(setting in aimed_setting()) {
        let report = diagnose(&setting);
        assert_well_formed(&report);
        // Every fix of one report points at the same host.
        let hosts: Vec<&String> = report.findings.iter().filter_map(|f| f.fix.host.as_ref()).collect();
        prop_assert!(hosts.windows(2).all(|w| w[0] == w[1]), "{:?}", hosts);
        let fixed = report.fixed(&setting);
        let again = diagnose(&fixed);
        prop_assert!(
            again.is_clean(),
            "{:?}\n  report {:?}\n  fixed {:?}\n  still {:?}",
            setting, report.codes(), fixed, again.codes()
        );
        prop_assert!(again.findings.iter().all(|f| f.fix.is_empty()), "a fixed point: {:?}", again.codes());
        let documented = gmail()
            .endpoints_for(fixed.protocol)
            // Case is left alone: DNS names compare case-insensitively.
            .any(|e| {
                e.host.eq_ignore_ascii_case(&fixed.host)
                    && e.port == fixed.port
                    && e.security == fixed.security
            });
        prop_assert!(documented, "{:?} is not a documented endpoint", fixed);
    }
}

#[test]
fn other_providers_are_not_typos() {
    for domain in OTHER_PROVIDERS {
        for host in [
            domain.to_string(),
            format!("imap.{domain}"),
            format!("smtp.{domain}"),
        ] {
            let report = diagnose(&Setting {
                protocol: Protocol::Imap,
                host: host.clone(),
                port: 993,
                security: Security::ImplicitTls,
                username: None,
            });
            assert_eq!(report.codes().len(), 1, "{host}: {:?}", report.codes());
            assert_eq!(report.findings[0].code.as_str(), "not-gmail-host", "{host}");
        }
    }
}
