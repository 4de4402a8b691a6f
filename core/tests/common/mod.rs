//! The fixture corpus, shared by the tests that score against it (`corpus.rs` for the
//! classifier, `baseline.rs` for the naive keyword baseline beside it): loading every
//! `tests/fixtures/forms/<app>.{expected,snapshot}.json` pair, and scoring a page's field
//! reports (role and proposed fill per selector) against its expected file.
//!
//! Option meanings are not scored here: only the classifier has them (corpus.rs).

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a test harness: a broken fixture must fail loudly"
)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use portolan_core::form::{FieldReport, FormSnapshot};
use serde::Deserialize;

/// One `<app>.expected.json`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Expected {
    /// The application and page.
    pub app: String,
    /// Where the page's markup comes from.
    pub source: String,
    /// The page's language.
    pub lang: String,
    /// Never tuned on (docs/FORMS.md, held-out protocol).
    pub held_out: bool,
    /// The address the page is filled for.
    pub email: String,
    /// Selector to role (vocabulary spelling); a selector absent here is not scored.
    pub roles: BTreeMap<String, String>,
    /// Selector to option value to meaning.
    #[serde(default)]
    pub options: BTreeMap<String, BTreeMap<String, String>>,
    /// Selector to the value to fill (None: leave alone).
    #[serde(default)]
    pub fill: BTreeMap<String, Option<String>>,
}

/// One page of the corpus: what the content script saw and what is right.
pub struct Fixture {
    /// `<app>`, the file stem.
    pub name: String,
    /// The expected roles, fills and options.
    pub expected: Expected,
    /// The committed snapshot.
    pub snapshot: FormSnapshot,
}

/// Right answers out of all answers.
#[derive(Default, Clone, Copy)]
pub struct Score {
    /// Right.
    pub ok: usize,
    /// All.
    pub total: usize,
}

impl Score {
    /// Counts one answer.
    pub fn add(&mut self, ok: bool) {
        self.total += 1;
        self.ok += usize::from(ok);
    }
    /// Adds another score's counts.
    pub fn merge(&mut self, other: Score) {
        self.ok += other.ok;
        self.total += other.total;
    }
    /// Percentage right (100 when there was nothing to answer).
    pub fn pct(self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.ok as f64 / self.total as f64
        }
    }
    /// `ok/total pct%`, aligned for tables.
    pub fn show(self) -> String {
        format!("{:>3}/{:<3} {:>6.1}%", self.ok, self.total, self.pct())
    }
}

/// Roles and fills of one page, with what went wrong.
#[derive(Default)]
pub struct RolesFills {
    /// Roles right / scored.
    pub roles: Score,
    /// Fills right / scored.
    pub fills: Score,
    /// One line per wrong answer.
    pub mistakes: Vec<String>,
}

/// `tests/fixtures/forms`.
pub fn forms_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/forms")
}

/// Every page of the corpus, sorted by name.
pub fn load_fixtures() -> Vec<Fixture> {
    let dir = forms_dir();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("tests/fixtures/forms exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".html").map(str::to_owned))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let expected: Expected = serde_json::from_str(
                &fs::read_to_string(dir.join(format!("{name}.expected.json")))
                    .unwrap_or_else(|e| panic!("{name}.expected.json: {e}")),
            )
            .unwrap_or_else(|e| panic!("{name}.expected.json: {e}"));
            assert!(
                !expected.app.is_empty() && !expected.source.is_empty(),
                "{name}: app and source"
            );
            let snapshot: FormSnapshot = serde_json::from_str(
                &fs::read_to_string(dir.join(format!("{name}.snapshot.json"))).unwrap_or_else(
                    |e| {
                        panic!("{name}.snapshot.json missing (node tests/tools/snapshots.mjs): {e}")
                    },
                ),
            )
            .unwrap_or_else(|e| panic!("{name}.snapshot.json: {e}"));
            Fixture {
                name,
                expected,
                snapshot,
            }
        })
        .collect()
}

/// Scores `fields` (one report per control with a role other than `ignore`, as
/// [`portolan_core::form::Analysis::fields`]) against the page's expected roles and fills. A
/// selector with no report counts as `ignore` with no fill.
pub fn score_roles_fills(fixture: &Fixture, fields: &[FieldReport]) -> RolesFills {
    let name = &fixture.name;
    let in_snapshot = |sel: &str| {
        assert!(
            fixture.snapshot.controls.iter().any(|c| c.selector == sel),
            "{name}: expected selector {sel} is not in the snapshot"
        );
    };
    let report = |sel: &str| fields.iter().find(|f| f.selector == sel);
    let mut out = RolesFills::default();
    for (sel, want) in &fixture.expected.roles {
        in_snapshot(sel);
        let got = report(sel).map_or("ignore", |f| f.role.as_str());
        out.roles.add(got == want);
        if got != want {
            out.mistakes
                .push(format!("role {sel}: want {want}, got {got}"));
        }
    }
    for (sel, want) in &fixture.expected.fill {
        in_snapshot(sel);
        let got = report(sel).and_then(|f| f.proposed.clone());
        out.fills.add(&got == want);
        if &got != want {
            out.mistakes
                .push(format!("fill {sel}: want {want:?}, got {got:?}"));
        }
    }
    out
}
