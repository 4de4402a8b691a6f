//! Hostile and malformed snapshots: `analyze` returns a plan or a typed error, never panics,
//! and stays within a time bound; whatever it plans keeps the safety rules (no password
//! touched, selectors only from the snapshot).

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test harness: a broken property must fail loudly"
)]

use std::time::{Duration, Instant};

use portolan_core::form::snapshot::{ChoiceOption, Context, Nearby};
use portolan_core::form::{AnalysisError, Control, FormSnapshot, analysis::MAX_CONTROLS, analyze};
use proptest::prelude::*;

const KINDS: &[&str] = &[
    "text",
    "email",
    "number",
    "password",
    "checkbox",
    "radio",
    "select-one",
    "textarea",
    "",
    "url",
    "tel",
];
const WORDS: &[&str] = &[
    "SMTP",
    "IMAP",
    "POP3",
    "host",
    "server",
    "port",
    "SSL",
    "TLS",
    "STARTTLS",
    "none",
    "user",
    "password",
    "email",
    "from",
    "name",
    "auth",
    "Verschlüsselung",
    "服务器",
    "端口",
    "ポート",
    "пароль",
    "993",
    "465",
    "587",
    "ssl://",
    ":",
    "@",
    "",
    " ",
    "\u{0}",
    "\u{202e}",
    "ǅ",
    "İ",
    "ß",
    "𝔰𝔪𝔱𝔭",
];

fn phrase() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(WORDS), 0..6).prop_map(|w| w.join(" ")),
        ".{0,40}",
    ]
}

fn option() -> impl Strategy<Value = ChoiceOption> {
    (phrase(), phrase(), any::<bool>(), phrase()).prop_map(|(value, text, selected, selector)| {
        ChoiceOption {
            value,
            text,
            selected,
            selector,
        }
    })
}

fn control() -> impl Strategy<Value = Control> {
    (
        (
            phrase(),
            prop::sample::select(KINDS),
            phrase(),
            phrase(),
            phrase(),
        ),
        (
            prop::collection::vec(phrase(), 0..3),
            phrase(),
            phrase(),
            phrase(),
        ),
        (
            prop::collection::vec(option(), 0..6),
            any::<bool>(),
            any::<bool>(),
            phrase(),
        ),
        (prop::collection::vec(phrase(), 0..3), phrase()),
    )
        .prop_map(
            |(
                (selector, kind, name, id, placeholder),
                (labels, left, right, below),
                (options, checked, readonly, value),
                (headings, tab),
            )| Control {
                selector,
                tag: if kind.starts_with("select") {
                    "select".into()
                } else {
                    "input".into()
                },
                kind: kind.into(),
                name,
                id,
                placeholder,
                labels,
                nearby: Nearby {
                    left,
                    right,
                    below,
                    ..Nearby::default()
                },
                context: Context {
                    headings,
                    tab,
                    ..Context::default()
                },
                options,
                checked,
                readonly,
                visible: true,
                value,
                ..Control::default()
            },
        )
}

fn check_plan(snapshot: &FormSnapshot, email: Option<&str>) {
    let analysis = match analyze(snapshot, email) {
        Ok(a) => a,
        Err(AnalysisError::TooManyControls { count, limit }) => {
            assert!(count > limit);
            return;
        }
        Err(other) => panic!("unexpected error {other:?}"),
    };
    for entry in &analysis.plan.entries {
        let control = snapshot
            .controls
            .iter()
            .find(|c| c.selector == entry.selector);
        assert!(
            control.is_some(),
            "plan names a selector that is not in the snapshot"
        );
        let control = control.unwrap();
        if control.kind == "password" || entry.role.is_password() {
            assert!(entry.action.is_none(), "a password would be touched");
            assert!(entry.current.is_empty());
        }
    }
    for field in &analysis.fields {
        assert!((0.0..=1.0).contains(&field.confidence));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_snapshots_never_panic(mut controls in prop::collection::vec(control(), 0..40), title in phrase()) {
        // The content script's selectors are unique; keep them so, to find each entry's control.
        for (i, c) in controls.iter_mut().enumerate() {
            c.selector = format!("#c{i} {}", c.selector);
        }
        let snapshot = FormSnapshot { title, controls, ..FormSnapshot::default() };
        check_plan(&snapshot, Some("jane@example.com"));
        check_plan(&snapshot, None);
    }

    #[test]
    fn arbitrary_json_never_panics(raw in ".{0,200}") {
        let _ = serde_json::from_str::<FormSnapshot>(&raw).map(|s| check_plan(&s, None));
    }
}

fn timed(what: &str, bound: Duration, f: impl FnOnce()) {
    let start = Instant::now();
    f();
    let took = start.elapsed();
    println!("{what}: {took:?}");
    assert!(took < bound, "{what} took {took:?}");
}

#[test]
fn a_hundred_thousand_fields_is_a_typed_error_fast() {
    let controls = vec![
        Control {
            kind: "text".into(),
            labels: vec!["SMTP Host".into()],
            ..Control::default()
        };
        100_000
    ];
    let snapshot = FormSnapshot {
        controls,
        ..FormSnapshot::default()
    };
    timed("100k fields", Duration::from_secs(2), || {
        assert_eq!(
            analyze(&snapshot, Some("jane@example.com")),
            Err(AnalysisError::TooManyControls {
                count: 100_000,
                limit: MAX_CONTROLS
            })
        );
    });
}

#[test]
fn the_bound_itself_is_analysed_in_bounded_time() {
    let controls: Vec<Control> = (0..MAX_CONTROLS)
        .map(|i| Control {
            selector: format!("#c{i}"),
            kind: "text".into(),
            labels: vec![format!("SMTP Host {i}")],
            ..Control::default()
        })
        .collect();
    let snapshot = FormSnapshot {
        controls,
        ..FormSnapshot::default()
    };
    timed("2000 fields", Duration::from_secs(10), || {
        check_plan(&snapshot, Some("jane@example.com"))
    });
}

#[test]
fn megabyte_attribute_values_are_bounded() {
    let big = "SMTP server port ssl ".repeat(50_000); // ~1 MB
    let control = Control {
        selector: big.clone(),
        tag: "select".into(),
        kind: "select-one".into(),
        name: big.clone(),
        id: big.clone(),
        placeholder: big.clone(),
        labels: vec![big.clone(); 3],
        nearby: Nearby {
            left: big.clone(),
            below: big.clone(),
            right: big.clone(),
            ..Nearby::default()
        },
        context: Context {
            headings: vec![big.clone()],
            legends: vec![big.clone()],
            tab: big.clone(),
            ..Context::default()
        },
        options: vec![
            ChoiceOption {
                value: big.clone(),
                text: big.clone(),
                selected: true,
                selector: big.clone()
            };
            20
        ],
        value: big.clone(),
        visible: true,
        ..Control::default()
    };
    let mut controls = vec![control.clone(); 10];
    controls.push(Control {
        kind: "text".into(),
        ..control.clone()
    });
    controls.push(Control {
        kind: "password".into(),
        ..control
    });
    let snapshot = FormSnapshot {
        url: big.clone(),
        title: big,
        controls,
        ..FormSnapshot::default()
    };
    timed("1 MB attributes", Duration::from_secs(10), || {
        check_plan(&snapshot, Some("jane@example.com"))
    });
}

#[test]
fn empty_everything_gives_an_empty_plan() {
    let snapshot = FormSnapshot {
        controls: vec![Control::default(); 50],
        ..FormSnapshot::default()
    };
    let analysis = analyze(&snapshot, None).unwrap();
    assert!(analysis.plan.entries.is_empty());
    let options_only = Control {
        kind: "select-one".into(),
        options: vec![ChoiceOption::default(); 10_000],
        ..Control::default()
    };
    check_plan(
        &FormSnapshot {
            controls: vec![options_only],
            ..FormSnapshot::default()
        },
        Some(""),
    );
}
