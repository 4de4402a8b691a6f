//! `cargo xtask bench`: prints every figure of docs/BENCHMARKS.md, each from the command named
//! beside it there. Timings on a shared machine are noisy: the runners report medians.

use crate::shell::{self, Result, cmd};

/// Runs every benchmark, core first (cheapest), then the native host, then the browser.
pub fn run(_args: &[String]) -> Result {
    crate::deps::all()?;
    section("Form understanding: corpus accuracy (tuned and held-out pages)");
    shell::run(cmd(
        "cargo",
        &[
            "test",
            "--release",
            "--locked",
            "-p",
            "portolan-core",
            "--test",
            "corpus",
            "--",
            "--nocapture",
        ],
    ))?;
    section("Core: classify + plan (criterion)");
    shell::run(cmd(
        "cargo",
        &[
            "bench",
            "--locked",
            "-p",
            "portolan-core",
            "--bench",
            "analyze",
            "--",
            "--warm-up-time",
            "1",
            "--measurement-time",
            "3",
        ],
    ))?;
    section("Native host: silent port, check vs slowest probe, cold start, peak RSS");
    shell::run(cmd(
        "cargo",
        &[
            "test",
            "--release",
            "--locked",
            "-p",
            "portolan",
            "--test",
            "budgets",
            "--",
            "--ignored",
            "--nocapture",
        ],
    ))?;
    section("Extension: wasm size and in-browser scan + classify + plan");
    crate::build::extension_bench()
}

fn section(title: &str) {
    println!("\n\x1b[1m== {title}\x1b[0m");
}
