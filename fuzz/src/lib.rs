//! The invariants the fuzz targets assert, shared by the byte-level and the structured
//! targets of one parser. A violated invariant panics: libFuzzer reports it as a crash and
//! saves the input under `fuzz/artifacts/<target>/`.

#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a fuzz harness: a broken invariant must fail loudly"
)]

use portolan_core::doctor::{Report, Setting, Severity, diagnose};
use portolan_core::form::{AnalysisError, FormSnapshot, analyze};

/// Analyses `snapshot` and checks what every plan must keep: a typed error or a plan whose
/// entries name the snapshot's own controls, no password read or touched, confidences in
/// 0..=1, blocks made of reported fields, a deterministic answer and a lossless JSON form.
pub fn check_analysis(snapshot: &FormSnapshot, email: Option<&str>) {
    let analysis = match analyze(snapshot, email) {
        Ok(analysis) => analysis,
        Err(AnalysisError::TooManyControls { count, limit }) => {
            assert!(count > limit && count == snapshot.controls.len());
            return;
        }
        Err(other) => panic!("unexpected error {other:?}"),
    };
    let controls = snapshot.controls.len();
    assert!(
        analysis.fields.len() <= controls,
        "more fields than controls"
    );
    assert!(
        analysis.plan.entries.len() <= controls,
        "more entries than controls"
    );
    assert!(
        analysis.blocks.len() <= 2,
        "at most an incoming and an outgoing block"
    );
    assert_eq!(analysis.url, snapshot.url);
    for entry in &analysis.plan.entries {
        let mut named = snapshot
            .controls
            .iter()
            .filter(|c| c.selector == entry.selector)
            .peekable();
        assert!(
            named.peek().is_some(),
            "plan names a selector not in the snapshot"
        );
        let all_passwords = named.all(|c| c.kind == "password");
        if all_passwords || entry.role.is_password() {
            assert!(
                entry.action.is_none(),
                "a password would be touched: {entry:?}"
            );
            assert!(
                entry.current.is_empty(),
                "a password value was read: {entry:?}"
            );
        }
        assert!(
            !entry.reason.trim().is_empty(),
            "an entry without a reason: {entry:?}"
        );
    }
    for field in &analysis.fields {
        assert!(
            (0.0..=1.0).contains(&field.confidence),
            "confidence {}",
            field.confidence
        );
        assert!(field.signals.len() <= 12);
        assert!(
            snapshot
                .controls
                .iter()
                .any(|c| c.selector == field.selector),
            "a field not in the snapshot"
        );
    }
    for block in &analysis.blocks {
        for selector in &block.selectors {
            assert!(
                analysis.fields.iter().any(|f| &f.selector == selector),
                "a block names a selector that is not a reported field"
            );
        }
    }
    assert_eq!(
        analyze(snapshot, email).as_ref(),
        Ok(&analysis),
        "deterministic"
    );
    let json = serde_json::to_string(&analysis).expect("an analysis serializes");
    let back: portolan_core::form::Analysis =
        serde_json::from_str(&json).expect("an analysis reads back");
    assert_eq!(back, analysis, "the analysis survives its JSON form");
}

/// The snapshot's JSON form reads back as the same snapshot.
pub fn check_snapshot_round_trip(snapshot: &FormSnapshot) {
    let json = serde_json::to_string(snapshot).expect("a snapshot serializes");
    let back: FormSnapshot = serde_json::from_str(&json).expect("a snapshot reads back");
    assert_eq!(&back, snapshot, "the snapshot survives its JSON form");
}

/// Diagnoses `setting` and checks the doctor's promises: errors first, a message for every
/// finding, one corrected host for every fix, the same report twice and after a JSON round
/// trip; applying the fixes is a fixed point (nothing more to change), removes every finding
/// that had a fix, lets nothing new appear, and is clean when every problem had a fix.
pub fn check_doctor(setting: &Setting) -> Report {
    let report = diagnose(setting);
    well_formed(&report);
    assert_eq!(report, diagnose(setting), "deterministic");
    let json = serde_json::to_string(&report).expect("a report serializes");
    let back: Report = serde_json::from_str(&json).expect("a report reads back");
    assert_eq!(back, report, "the report survives its JSON form");
    let hosts: Vec<&String> = report
        .findings
        .iter()
        .filter_map(|f| f.fix.host.as_ref())
        .collect();
    assert!(
        hosts.windows(2).all(|w| w[0] == w[1]),
        "fixes point at different hosts: {hosts:?}"
    );
    let fixed = report.fixed(setting);
    let again = diagnose(&fixed);
    well_formed(&again);
    assert_eq!(
        again.fixed(&fixed),
        fixed,
        "a fixed setting needs no more fixing\n  setting {setting:?}\n  report {:?}\n  again {:?}",
        report.codes(),
        again.findings
    );
    for finding in report.findings.iter().filter(|f| !f.fix.is_empty()) {
        assert!(
            !again.codes().contains(&finding.code),
            "{:?} is still found after its fix\n  setting {setting:?}\n  fixed {fixed:?}",
            finding.code
        );
    }
    // What is left after the fixes was there before and had nothing to apply (an unfixable
    // username, a host that is not Gmail's, plaintext to a foreign server): fixes never make
    // something new appear.
    for left in again
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
    {
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.code == left.code && f.fix.is_empty()),
            "{:?} appeared after the fixes\n  setting {setting:?}\n  report {:?}\n  fixed {fixed:?}\n  still {:?}",
            left.code,
            report.codes(),
            again.codes()
        );
    }
    // Aimed at Gmail with nothing unfixable: the fixes reach a clean setting.
    let unfixable = report
        .findings
        .iter()
        .any(|f| f.severity != Severity::Info && f.fix.is_empty());
    if !unfixable {
        assert!(again.is_clean(), "not clean after its fixes: {setting:?}");
    }
    report
}

fn well_formed(report: &Report) {
    let severities: Vec<Severity> = report.findings.iter().map(|f| f.severity).collect();
    assert!(
        severities.is_sorted(),
        "errors first, then warnings, then info"
    );
    for f in &report.findings {
        assert!(!f.message.trim().is_empty(), "a finding without a message");
    }
}
