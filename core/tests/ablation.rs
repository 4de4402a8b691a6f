//! Signal ablation on the tuned pages: how much of the classifier's accuracy survives when
//! a whole class of evidence is missing, as it is on pages it has never seen.
//!
//! Each ablation rewrites every snapshot of a tuned page the way another application's
//! markup would differ, then scores it with the same expected files (tests/common):
//! - `no-names`: framework-generated `name`, `id` and classes (React/Vue/OWL ids), so only
//!   the captions speak;
//! - `labels-as-text`: no `<label for>`: each caption becomes the text left of the box;
//! - `no-context`: no headings, legends, tab captions or form attributes.
//!
//! `cargo test --release -p portolan-core --test ablation -- --nocapture` prints each
//! ablation's figures; `PORTOLAN_ABLATION_MISTAKES=1` lists what went wrong, and
//! `PORTOLAN_ABLATION_EXPLAIN=<page>` what the classifier read of that page's controls under
//! each ablation. Held-out pages are never used here (reading their mistakes would be tuning
//! on them).

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a test harness: a broken fixture must fail loudly"
)]

#[allow(dead_code, reason = "shared with corpus.rs; this test uses a part")]
mod common;

use common::{Fixture, Score, load_fixtures, score_roles_fills};
use portolan_core::form::{Control, analyze};

fn no_names(c: &mut Control) {
    c.name.clear();
    c.id.clear();
    c.classes.clear();
    c.context.form = Default::default();
}

fn labels_as_text(c: &mut Control) {
    if let Some(first) = c.labels.first().cloned()
        && c.nearby.left.trim().is_empty()
    {
        c.nearby.left = first;
    }
    c.labels.clear();
}

fn no_context(c: &mut Control) {
    c.context.headings.clear();
    c.context.legends.clear();
    c.context.tab.clear();
    c.context.form = Default::default();
}

/// One ablation: its name, how it rewrites a control, and the least roles and fills
/// percentages it must keep (just below what it measures; docs/FORMS.md has the figures).
type Ablation = (&'static str, fn(&mut Control), f64, f64);

const ABLATIONS: &[Ablation] = &[
    ("no-names", no_names, 94.4, 93.1),
    ("labels-as-text", labels_as_text, 96.8, 95.3),
    ("no-context", no_context, 96.6, 95.3),
];

fn score(fixtures: &[Fixture], name: &str, ablate: fn(&mut Control), show: bool) -> (Score, Score) {
    let (mut roles, mut fills) = (Score::default(), Score::default());
    let explain = std::env::var("PORTOLAN_ABLATION_EXPLAIN").unwrap_or_default();
    for f in fixtures.iter().filter(|f| !f.expected.held_out) {
        let mut snapshot = f.snapshot.clone();
        snapshot.controls.iter_mut().for_each(ablate);
        if f.name == explain {
            println!("{name}: what the classifier read of {explain}");
            for c in &snapshot.controls {
                let k = portolan_core::form::classify::classify(c);
                println!("  {} -> {:?} {:?}", c.selector, k.concept, k.signals);
            }
        }
        let analysis = analyze(&snapshot, Some(&f.expected.email)).expect("analysis");
        let page = score_roles_fills(f, &analysis.fields);
        if show {
            for m in &page.mistakes {
                println!("  {} {m}", f.name);
            }
        }
        roles.merge(page.roles);
        fills.merge(page.fills);
    }
    (roles, fills)
}

#[test]
fn ablations() {
    let fixtures = load_fixtures();
    let show = std::env::var_os("PORTOLAN_ABLATION_MISTAKES").is_some();
    let (roles, fills) = score(&fixtures, "none", |_| {}, false);
    println!(
        "{:<16} roles {}  fills {}",
        "none",
        roles.show(),
        fills.show()
    );
    for &(name, ablate, min_roles, min_fills) in ABLATIONS {
        if show {
            println!("{name}:");
        }
        let (roles, fills) = score(&fixtures, name, ablate, show);
        println!("{name:<16} roles {}  fills {}", roles.show(), fills.show());
        assert!(
            roles.pct() >= min_roles,
            "{name}: roles {:.1}%",
            roles.pct()
        );
        assert!(
            fills.pct() >= min_fills,
            "{name}: fills {:.1}%",
            fills.pct()
        );
    }
}
