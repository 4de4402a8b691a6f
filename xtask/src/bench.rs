//! `cargo xtask bench`: prints every figure of docs/BENCHMARKS.md, each from the command named
//! beside it there. Timings on a shared machine are noisy: the runners report medians.

use crate::shell::{self, Result, cmd};

/// Runs every benchmark, core first (cheapest), then the native host, then the browser.
pub fn run(_args: &[String]) -> Result {
    crate::deps::all()?;
    section("Form understanding: corpus accuracy (tuned and held-out pages)");
    release_test("portolan-core", "corpus", &[])?;
    section("Form understanding: naive keyword baseline vs the classifier, same corpus");
    release_test("portolan-core", "baseline", &[])?;
    section("Core: classify + plan (criterion)");
    let criterion = ["--warm-up-time", "1", "--measurement-time", "3"];
    let mut bench = vec![
        "bench",
        "--locked",
        "-p",
        "portolan-core",
        "--bench",
        "analyze",
        "--",
    ];
    bench.extend(criterion);
    shell::run(cmd("cargo", &bench))?;
    section("Native host: silent port, check vs slowest probe, cold start, peak RSS");
    release_test("portolan", "budgets", &["--ignored"])?;
    section("Native host side by side: parallel vs sequential check, probe vs openssl s_client");
    // One test at a time: both start a Dovecot and time processes on the same two cores.
    release_test("portolan", "compare", &["--ignored", "--test-threads", "1"])?;
    section("Extension: wasm size and in-browser scan + classify + plan");
    crate::extension::bench()?;
    section("Extension: the size budget on the module as shipped in dist/chromium");
    shell::run(cmd(
        "node",
        &[
            "--test",
            "--test-name-pattern=shipped wasm",
            "tests/browser/budget.test.mjs",
        ],
    ))
}

/// `cargo test --release` of one integration test, its output shown.
fn release_test(package: &str, test: &str, extra: &[&str]) -> Result {
    let mut args = vec![
        "test",
        "--release",
        "--locked",
        "-p",
        package,
        "--test",
        test,
        "--",
    ];
    args.extend(extra);
    args.push("--nocapture");
    shell::run(cmd("cargo", &args))
}

fn section(title: &str) {
    println!("\n\x1b[1m== {title}\x1b[0m");
}
