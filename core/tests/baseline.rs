//! The classifier beside a naive keyword baseline, on the same corpus and the same scoring
//! (tests/common: the expected files, roles and fills per selector).
//!
//! The baseline is what a quick extension would write: a field's role from keywords in its
//! `name`, `id`, labels and placeholder (plus `type=password` and `type=email`), the first
//! keyword of an ordered list deciding what it is; its side from a protocol word in the same
//! text ("smtp" / "imap" / "pop" ...), and SMTP when there is none (the more common form on
//! this corpus, which favours the baseline); no sections, no context, no option meanings. It
//! fills from a fixed Gmail table keyed by that role. Nothing in it was tuned on the corpus.
//!
//! `cargo test -p portolan-core --test baseline -- --nocapture` prints both side by side,
//! tuned and held-out pages separately (docs/BENCHMARKS.md).

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a test harness: a broken fixture must fail loudly"
)]

#[allow(dead_code, reason = "shared with corpus.rs; this test uses a part")]
mod common;

use common::{Fixture, RolesFills, Score, load_fixtures, score_roles_fills};
use portolan_core::form::{Control, FieldReport, Role, analyze};

/// What a keyword says a field is, before its side.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Concept {
    Password,
    Port,
    Protocol,
    Security,
    Username,
    Auth,
    Host,
    Email,
}

/// First match wins: the more specific words come first ("smtp_port" is a port, not a host).
const KEYWORDS: &[(&str, Concept)] = &[
    ("pass", Concept::Password),
    ("pwd", Concept::Password),
    ("port", Concept::Port),
    ("protocol", Concept::Protocol),
    ("ssl", Concept::Security),
    ("tls", Concept::Security),
    ("secur", Concept::Security),
    ("encrypt", Concept::Security),
    ("user", Concept::Username),
    ("login", Concept::Username),
    ("auth", Concept::Auth),
    ("host", Concept::Host),
    ("server", Concept::Host),
    ("imap", Concept::Host),
    ("pop", Concept::Host),
    ("smtp", Concept::Host),
    ("e-mail", Concept::Email),
    ("email", Concept::Email),
    ("mail", Concept::Email),
    ("from", Concept::Email),
    ("sender", Concept::Email),
];

const INCOMING_WORDS: &[&str] = &["imap", "pop", "incoming"];

/// The naive role of one control.
fn baseline_role(c: &Control) -> Role {
    let text = [
        c.name.as_str(),
        c.id.as_str(),
        &c.labels.join(" "),
        c.placeholder.as_str(),
    ]
    .join(" ")
    .to_lowercase();
    let concept = if c.kind == "password" {
        Some(Concept::Password)
    } else {
        KEYWORDS
            .iter()
            .find(|(word, _)| text.contains(word))
            .map(|&(_, concept)| concept)
            .or((c.kind == "email").then_some(Concept::Email))
    };
    let Some(concept) = concept else {
        return Role::Ignore;
    };
    // A checkbox can only be a switch.
    if c.kind == "checkbox" && !matches!(concept, Concept::Security | Concept::Auth) {
        return Role::Ignore;
    }
    let incoming = !text.contains("smtp") && INCOMING_WORDS.iter().any(|w| text.contains(w));
    match (concept, incoming) {
        (Concept::Email, _) => Role::Email,
        (Concept::Auth, _) => Role::OutgoingAuth,
        (Concept::Protocol, _) => Role::IncomingProtocol,
        (Concept::Password, true) => Role::IncomingPassword,
        (Concept::Password, false) => Role::OutgoingPassword,
        (Concept::Port, true) => Role::IncomingPort,
        (Concept::Port, false) => Role::OutgoingPort,
        (Concept::Security, true) => Role::IncomingSecurity,
        (Concept::Security, false) => Role::OutgoingSecurity,
        (Concept::Username, true) => Role::IncomingUsername,
        (Concept::Username, false) => Role::OutgoingUsername,
        (Concept::Host, true) => Role::IncomingHost,
        (Concept::Host, false) => Role::OutgoingHost,
    }
}

/// The fixed Gmail table (support.google.com/mail/answer/7126229): one value per role.
fn baseline_fill(role: Role, c: &Control, email: &str) -> Option<String> {
    let switch = c.kind == "checkbox";
    let value = match role {
        Role::Email | Role::IncomingUsername | Role::OutgoingUsername => email,
        Role::IncomingHost => "imap.gmail.com",
        Role::OutgoingHost => "smtp.gmail.com",
        Role::IncomingPort => "993",
        Role::OutgoingPort => "465",
        Role::IncomingProtocol => "imap",
        Role::IncomingSecurity | Role::OutgoingSecurity if switch => "true",
        Role::IncomingSecurity | Role::OutgoingSecurity => "ssl",
        Role::OutgoingAuth if switch => "true",
        Role::OutgoingAuth => "login",
        _ => return None,
    };
    Some(value.to_owned())
}

/// The baseline's field reports, shaped as the classifier's (non-ignored controls only).
fn baseline(fixture: &Fixture) -> Vec<FieldReport> {
    fixture
        .snapshot
        .controls
        .iter()
        .filter_map(|c| {
            let role = baseline_role(c);
            (role != Role::Ignore).then(|| FieldReport {
                selector: c.selector.clone(),
                role,
                confidence: 1.0,
                section: String::new(),
                proposed: baseline_fill(role, c, &fixture.expected.email),
                signals: vec!["keyword".to_owned()],
            })
        })
        .collect()
}

fn classifier(fixture: &Fixture) -> Vec<FieldReport> {
    analyze(&fixture.snapshot, Some(&fixture.expected.email))
        .expect("a fixture is analysable")
        .fields
}

/// Baseline and classifier totals for one set of pages.
#[derive(Default)]
struct Side {
    baseline: (Score, Score),
    classifier: (Score, Score),
}

fn table(pages: &[(&Fixture, RolesFills, RolesFills)], held_out: bool) -> Side {
    println!(
        "\n{} pages: baseline | classifier",
        if held_out { "HELD-OUT" } else { "TUNED" }
    );
    println!(
        "{:<28} {:<17} {:<17} | {:<17} {:<17}",
        "page", "roles", "fills", "roles", "fills"
    );
    let mut side = Side::default();
    let mut n = 0;
    for (f, base, ours) in pages.iter().filter(|p| p.0.expected.held_out == held_out) {
        n += 1;
        println!(
            "{:<28} {:<17} {:<17} | {:<17} {:<17}",
            f.name,
            base.roles.show(),
            base.fills.show(),
            ours.roles.show(),
            ours.fills.show()
        );
        side.baseline.0.merge(base.roles);
        side.baseline.1.merge(base.fills);
        side.classifier.0.merge(ours.roles);
        side.classifier.1.merge(ours.fills);
    }
    println!(
        "{:<28} {:<17} {:<17} | {:<17} {:<17}",
        format!("ALL ({n} pages)"),
        side.baseline.0.show(),
        side.baseline.1.show(),
        side.classifier.0.show(),
        side.classifier.1.show()
    );
    side
}

#[test]
fn classifier_beats_the_keyword_baseline() {
    let fixtures = load_fixtures();
    assert!(fixtures.len() >= 30, "{} pages", fixtures.len());
    let pages: Vec<_> = fixtures
        .iter()
        .map(|f| {
            (
                f,
                score_roles_fills(f, &baseline(f)),
                score_roles_fills(f, &classifier(f)),
            )
        })
        .collect();
    let tuned = table(&pages, false);
    let held = table(&pages, true);
    for (label, s) in [("tuned", &tuned), ("held-out", &held)] {
        println!(
            "SUMMARY {label}: roles baseline {:.1}% vs classifier {:.1}%, fills baseline {:.1}% vs classifier {:.1}%",
            s.baseline.0.pct(),
            s.classifier.0.pct(),
            s.baseline.1.pct(),
            s.classifier.1.pct()
        );
    }
    assert!(held.baseline.0.total > 0 && held.baseline.1.total > 0);
    assert!(
        held.classifier.0.pct() > held.baseline.0.pct(),
        "held-out roles: the classifier does not beat the keyword baseline"
    );
    assert!(
        held.classifier.1.pct() > held.baseline.1.pct(),
        "held-out fills: the classifier does not beat the keyword baseline"
    );
}

/// The baseline does what its description says, so its figures mean what docs/BENCHMARKS.md
/// says they mean.
#[test]
fn baseline_reads_keywords_first_match_wins() {
    let control = |name: &str, kind: &str, label: &str| Control {
        selector: format!("#{name}"),
        tag: "input".into(),
        kind: kind.into(),
        name: name.into(),
        labels: vec![label.into()],
        ..Control::default()
    };
    let cases = [
        (
            control("smtp_port", "number", ""),
            Role::OutgoingPort,
            Some("465"),
        ),
        (
            control("imap_host", "text", ""),
            Role::IncomingHost,
            Some("imap.gmail.com"),
        ),
        (
            control("pop_user", "text", ""),
            Role::IncomingUsername,
            Some("a@b.c"),
        ),
        (
            control("server", "text", "Mail server"),
            Role::OutgoingHost,
            Some("smtp.gmail.com"),
        ),
        (
            control("x", "password", "IMAP"),
            Role::IncomingPassword,
            None,
        ),
        (
            control("use_ssl", "checkbox", ""),
            Role::OutgoingSecurity,
            Some("true"),
        ),
        (control("smtp_on", "checkbox", ""), Role::Ignore, None),
        (
            control("from", "email", "Sender"),
            Role::Email,
            Some("a@b.c"),
        ),
        (control("title", "text", "Site name"), Role::Ignore, None),
        // First match wins: "Server port" is a port.
        (
            control("a", "text", "Server port"),
            Role::OutgoingPort,
            Some("465"),
        ),
    ];
    for (c, role, fill) in cases {
        let got = baseline_role(&c);
        assert_eq!(got, role, "{}", c.name);
        assert_eq!(
            baseline_fill(got, &c, "a@b.c").as_deref(),
            fill,
            "{}",
            c.name
        );
    }
}
