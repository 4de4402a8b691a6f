//! The fixture corpus, scored: for every `tests/fixtures/forms/<app>.html` the committed
//! `<app>.snapshot.json` (what the real content script saw in Chromium) goes through
//! `analyze`, and the roles, proposed fills and option meanings are compared with
//! `<app>.expected.json`. Tuned and held-out pages are reported separately.
//!
//! `cargo test -p portolan-core --test corpus -- --nocapture` prints the tables. Mistakes are
//! listed for tuned pages only; held-out pages show their figures, and their mistakes only
//! with `PORTOLAN_SHOW_HELD_OUT=1` (looking at them is tuning on them).

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a test harness: a broken fixture must fail loudly"
)]

#[allow(dead_code, reason = "shared with baseline.rs; this test uses a part")]
mod common;

use std::fs;

use common::{Fixture, Score, forms_dir, load_fixtures, score_roles_fills};
use portolan_core::form::fill::{offered_security, port_hint};
use portolan_core::form::options::{
    is_yes_no_switch, protocol_meanings, security_meanings, yes_no,
};
use portolan_core::form::{FormSnapshot, analyze};
use serde_json::Value;

struct Page {
    name: String,
    lang: String,
    held_out: bool,
    roles: Score,
    fills: Score,
    options: Score,
    mistakes: Vec<String>,
}

fn score_page(fixture: &Fixture) -> Page {
    let (name, expected, snapshot) = (&fixture.name, &fixture.expected, &fixture.snapshot);
    let analysis = analyze(snapshot, Some(&expected.email)).expect("a fixture is analysable");
    let scored = score_roles_fills(fixture, &analysis.fields);
    let mut page = Page {
        name: name.clone(),
        lang: expected.lang.clone(),
        held_out: expected.held_out,
        roles: scored.roles,
        fills: scored.fills,
        options: Score::default(),
        mistakes: scored.mistakes,
    };
    for (sel, meanings) in &expected.options {
        let c = snapshot
            .controls
            .iter()
            .find(|c| &c.selector == sel)
            .unwrap_or_else(|| panic!("{name}: expected selector {sel} is not in the snapshot"));
        let mut security = security_meanings(&c.options, port_hint(c));
        if is_yes_no_switch(&c.options, &security) {
            // "Use TLS? Yes / No": the label says what "yes" turns on, as the plan reads it.
            let on = offered_security(c, port_hint(c)).first().copied();
            security = c
                .options
                .iter()
                .map(|o| match yes_no(o) {
                    Some(true) => on,
                    Some(false) => Some(portolan_core::Security::None),
                    None => None,
                })
                .collect();
        }
        let protocol = protocol_meanings(&c.options);
        for (value, want) in meanings {
            let i = c
                .options
                .iter()
                .position(|o| &o.value == value)
                .unwrap_or_else(|| panic!("{name}: {sel} has no option {value:?}"));
            let got = match want.as_str() {
                "imap" | "pop3" | "smtp" => protocol[i].0.map(|p| p.as_str().to_owned()),
                _ => security[i].map(|s| s.as_str().to_owned()),
            };
            let ok = got.as_deref() == Some(want.as_str());
            page.options.add(ok);
            if !ok {
                page.mistakes
                    .push(format!("option {sel} {value:?}: want {want}, got {got:?}"));
            }
        }
    }
    page
}

fn load_corpus() -> Vec<Page> {
    load_fixtures().iter().map(score_page).collect()
}

fn report(pages: &[Page], held_out: bool, show_mistakes: bool) -> (Score, Score, Score) {
    let (mut roles, mut fills, mut options) =
        (Score::default(), Score::default(), Score::default());
    println!("\n{} pages", if held_out { "HELD-OUT" } else { "TUNED" });
    println!(
        "{:<28} {:<4} {:<17} {:<17} {:<17}",
        "page", "lang", "roles", "fills", "options"
    );
    for p in pages.iter().filter(|p| p.held_out == held_out) {
        println!(
            "{:<28} {:<4} {:<17} {:<17} {:<17}",
            p.name,
            p.lang,
            p.roles.show(),
            p.fills.show(),
            p.options.show()
        );
        if show_mistakes {
            for m in &p.mistakes {
                println!("      {m}");
            }
        }
        roles.merge(p.roles);
        fills.merge(p.fills);
        options.merge(p.options);
    }
    let n = pages.iter().filter(|p| p.held_out == held_out).count();
    println!(
        "{:<28} {:<4} {:<17} {:<17} {:<17}",
        format!("ALL ({n} pages)"),
        "",
        roles.show(),
        fills.show(),
        options.show()
    );
    (roles, fills, options)
}

#[test]
fn corpus_accuracy() {
    let pages = load_corpus();
    let held_out_count = pages.iter().filter(|p| p.held_out).count();
    assert!(pages.len() >= 30, "the corpus has {} pages", pages.len());
    let show_held_out = std::env::var_os("PORTOLAN_SHOW_HELD_OUT").is_some();
    let (tr, tf, to) = report(&pages, false, true);
    let (hr, hf, ho) = report(&pages, true, show_held_out);
    println!(
        "\nSUMMARY tuned: roles {:.1}% fills {:.1}% options {:.1}% | held-out: roles {:.1}% fills {:.1}% options {:.1}%",
        tr.pct(),
        tf.pct(),
        to.pct(),
        hr.pct(),
        hf.pct(),
        ho.pct()
    );
    assert!(
        held_out_count * 5 >= pages.len() - 1,
        "a fifth of the corpus is held out"
    );
    // Thresholds set from measurement (docs/FORMS.md), a little below the figures.
    assert!(
        tr.pct() >= TUNED_ROLES,
        "tuned role accuracy {:.1}%",
        tr.pct()
    );
    assert!(
        tf.pct() >= TUNED_FILLS,
        "tuned fill accuracy {:.1}%",
        tf.pct()
    );
    assert!(
        to.pct() >= TUNED_OPTIONS,
        "tuned option accuracy {:.1}%",
        to.pct()
    );
    assert!(
        hr.pct() >= HELD_OUT_ROLES,
        "held-out role accuracy {:.1}%",
        hr.pct()
    );
    assert!(
        hf.pct() >= HELD_OUT_FILLS,
        "held-out fill accuracy {:.1}%",
        hf.pct()
    );
}

// Tuned: 766 pages. Batch 30 (57 pages, measured once blind at 93.1% roles and 92.3% fills)
// joined them when batch 34 was written; with it the set measured 97.1% roles and 95.8% fills
// (10356/10670, 7499/7829), and one round of general rules brought it to 97.1% and 95.9%
// (10365/10670, 7508/7829): its remaining mistakes are listed by this test and in
// docs/FORMS.md.
const TUNED_ROLES: f64 = 97.0;
const TUNED_FILLS: f64 = 95.8;
const TUNED_OPTIONS: f64 = 97.6;
// Held out: batches 1, 11, 31, 32, 33 and 34 (247 of 1013 pages). Blind batch 32 (64 pages,
// written before the batch 32 round) measured 92.0% roles and 92.8% fills once with the batch
// 31 round's final code (955/1038, 963/1038); the held-out set measured 92.5% and 92.7%
// (2677/2894, 2636/2843) before the round and 92.5% and 92.8% (2678, 2639) after it. Blind
// batch 33 (62 pages, written after the round, most from the writers' memory) measured 95.6%
// and 94.8% once with its final code (747/781, 732/772); with it the set is at 93.2% and
// 93.3% (3425/3675, 3371/3615). Blind batch 34 (47 pages, written after the batch 32 round
// as well) measured 93.8% and 94.0% once with the same analysis (549/585, 549/584); with it the
// set was at 93.3% and 93.4% (3974/4260, 3920/4199), and without batch 30, which then moved
// to the tuned set, at 93.3% and 93.5% (3199/3429, 3152/3370) before the batch 34 round and
// 93.3% and 93.6% (3200, 3153) after it. These guards sit just below.
const HELD_OUT_ROLES: f64 = 93.1;
const HELD_OUT_FILLS: f64 = 93.2;

/// Every committed snapshot parses strictly as a `FormSnapshot` (no unknown fields at any
/// level: the JSON is exactly the contract) and keeps its invariants.
#[test]
fn snapshots_conform_to_the_contract() {
    let dir = forms_dir();
    let mut count = 0;
    for entry in fs::read_dir(&dir).expect("forms dir") {
        let path = entry.expect("entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !name.ends_with(".snapshot.json") {
            continue;
        }
        count += 1;
        let raw: Value =
            serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("json");
        let snap: FormSnapshot = serde_json::from_value(raw.clone()).expect("parses");
        // Round trip: nothing in the file is outside the contract, and what is empty is left
        // out of each control, as the scanner leaves it out.
        let mut written = serde_json::to_value(&snap).expect("serialize");
        if let Some(controls) = written.get_mut("controls").and_then(Value::as_array_mut) {
            for c in controls {
                *c = compact_item(c.take());
            }
        }
        assert_eq!(written, raw, "{name}: unknown, missing or empty fields");
        for c in &snap.controls {
            assert!(!c.selector.is_empty(), "{name}: empty selector");
            assert!(
                matches!(c.tag.as_str(), "input" | "select" | "textarea"),
                "{name}: tag {}",
                c.tag
            );
            if c.kind == "password" {
                assert!(c.value.is_empty(), "{name}: a password value leaked");
            }
            if c.kind == "radio" {
                assert!(
                    c.options.iter().all(|o| !o.selector.is_empty()),
                    "{name}: radio without selector"
                );
            }
        }
    }
    assert!(count >= 30, "{count} snapshots");
}

/// A control as the scanner writes it: without what is empty ("", false, null, [] or an object
/// with nothing left in it); array items keep their place, `{}` for an empty one.
fn compact(value: Value) -> Option<Value> {
    match value {
        Value::String(s) if s.is_empty() => None,
        Value::Bool(false) | Value::Null => None,
        Value::Array(items) if items.is_empty() => None,
        Value::Array(items) => Some(Value::Array(items.into_iter().map(compact_item).collect())),
        Value::Object(fields) => {
            let kept: serde_json::Map<String, Value> = fields
                .into_iter()
                .filter_map(|(k, v)| compact(v).map(|v| (k, v)))
                .collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        v => Some(v),
    }
}

/// An array item (a control, an option) as the scanner writes it: an object compacted, `{}`
/// when nothing is left; anything else as it is.
fn compact_item(value: Value) -> Value {
    match value {
        Value::Object(_) => compact(value).unwrap_or_else(|| Value::Object(Default::default())),
        v => v,
    }
}

/// `PORTOLAN_EXPLAIN=<page> cargo test -p portolan-core --test corpus explain -- --nocapture`
/// prints what the classifier read of each control of one tuned page (its concept, sides and
/// signals) and the field reports. Held-out pages are refused: reading them is tuning on them.
#[test]
fn explain() {
    let Some(page) = std::env::var_os("PORTOLAN_EXPLAIN") else {
        return;
    };
    let fixture = load_fixtures()
        .into_iter()
        .find(|f| f.name.as_str() == page)
        .expect("PORTOLAN_EXPLAIN names a page of the corpus");
    assert!(
        !fixture.expected.held_out,
        "{}: a held-out page is not explained",
        fixture.name
    );
    use portolan_core::form::classify::{ContextMemo, classify_with, common_prefixes};
    let mut memo = ContextMemo::default();
    memo.cut = common_prefixes(&fixture.snapshot.controls);
    for c in &fixture.snapshot.controls {
        let k = classify_with(c, &mut memo);
        println!(
            "{} -> {:?} {:.2} own {:?} ctx {:?}\n    {:?}",
            c.selector, k.concept, k.confidence, k.own_side, k.context_side, k.signals
        );
    }
    let analysis = analyze(&fixture.snapshot, Some(&fixture.expected.email)).expect("analysable");
    for f in &analysis.fields {
        println!(
            "FIELD {} {} {} {:?}",
            f.selector,
            f.role.as_str(),
            f.section,
            f.proposed
        );
    }
}
