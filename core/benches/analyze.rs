//! Classify + plan time for a 50-field snapshot (budget: 1 ms natively). The snapshot is made
//! of real controls: the committed corpus snapshots, taken in order until there are 50.
//!
//! `cargo bench -p portolan-core --bench analyze`

#![allow(missing_docs, clippy::expect_used, reason = "a benchmark harness")]

use std::fs;
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use portolan_core::form::{FormSnapshot, analyze};

fn corpus_snapshot(fields: usize) -> FormSnapshot {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/forms");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("forms dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".snapshot.json"))
        .collect();
    names.sort();
    let mut out = FormSnapshot {
        url: "bench".into(),
        lang: "en".into(),
        ..FormSnapshot::default()
    };
    for path in names {
        let snap: FormSnapshot =
            serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("parse");
        for mut c in snap.controls {
            if out.controls.len() == fields {
                return out;
            }
            c.selector = format!("{}#{}", out.controls.len(), c.selector);
            out.controls.push(c);
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let fifty = corpus_snapshot(50);
    assert_eq!(fifty.controls.len(), 50);
    c.bench_function("classify only, 50 fields", |b| {
        b.iter(|| {
            black_box(&fifty)
                .controls
                .iter()
                .map(portolan_core::form::classify::classify)
                .count()
        })
    });
    c.bench_function("analyze 50 fields", |b| {
        b.iter(|| analyze(black_box(&fifty), Some("jane.doe@example.com")))
    });
    let page: FormSnapshot = serde_json::from_str(
        &fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/fixtures/forms/thunderbird-web.snapshot.json"),
        )
        .expect("read"),
    )
    .expect("parse");
    c.bench_function("analyze thunderbird-web (15 fields)", |b| {
        b.iter(|| analyze(black_box(&page), Some("jane.doe@gmail.com")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
