//! `cargo xtask test`: everything CI checks, in the order that fails fastest.

use crate::shell::{self, Result, cmd, root};
use crate::{build, deps, fuzz};

/// Seconds per fuzz target in `cargo xtask test`: enough to replay the seeds and corpus and
/// catch a shallow regression, short enough for CI.
const FUZZ_SECONDS: u64 = 5;

/// Runs every check. The last step is a test runner, so the output ends in its summary.
pub fn run(_args: &[String]) -> Result {
    deps::all()?;
    shell::run(cmd("cargo", &["fmt", "--all", "--check"]))?;
    shell::run(cmd(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    // The extension ships the wasm without the www page's exports; the page's build adds them.
    for features in ["", "www"] {
        let mut args = vec![
            "clippy",
            "-p",
            "portolan-extension",
            "--target",
            "wasm32-unknown-unknown",
        ];
        if !features.is_empty() {
            args.extend(["--features", features]);
        }
        args.extend(["--locked", "--", "-D", "warnings"]);
        shell::run(cmd("cargo", &args))?;
    }
    shell::run(cmd(
        "cargo",
        &[
            "clippy",
            "-p",
            "portolan",
            "--target",
            deps::WINDOWS_TARGET,
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    build::all()?;
    shell::run(cmd("cargo", &["test", "--workspace", "--locked"]))?;
    // Every fuzz target briefly, so a regression in a parser of outside input surfaces here;
    // the long runs are docs/FUZZING.md's.
    fuzz::brief(FUZZ_SECONDS, &[], fuzz::Build::Dev)?;
    browser_tests()
}

/// The end-to-end tests in real Chromium (node's test runner over tests/browser/*.test.mjs).
fn browser_tests() -> Result {
    let dir = root().join("tests/browser");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".test.mjs"))
                .map(|name| format!("tests/browser/{name}"))
                .collect()
        })
        .unwrap_or_default();
    if files.is_empty() {
        return Ok(());
    }
    files.sort();
    let mut args = vec!["--test", "--test-concurrency=1"];
    args.extend(files.iter().map(String::as_str));
    shell::run(cmd("node", &args))
}
