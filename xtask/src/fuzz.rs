//! `cargo xtask fuzz [--seconds N] [target...]`: builds the cargo-fuzz targets under `fuzz/`
//! with the nightly toolchain and runs each for N seconds (default 10), one after the other,
//! from its committed seeds (`fuzz/seeds/<target>/`) and its local corpus
//! (`fuzz/corpus/<target>/`, not committed). Prints executions, speed and coverage per target;
//! a crash fails the command and names the saved input (`fuzz/artifacts/<target>/`).
//! docs/FUZZING.md has the long runs and their figures.

use std::path::Path;

use crate::deps::{self, FUZZ_TOOLCHAIN};
use crate::shell::{self, Result, cmd, root};

/// Seconds per target when `--seconds` is not given.
const DEFAULT_SECONDS: u64 = 10;
/// The longest one input may take before libFuzzer calls it a hang.
const INPUT_TIMEOUT_SECONDS: u64 = 10;

/// What one run reported.
struct Figures {
    target: String,
    runs: u64,
    seconds: u64,
    exec_per_sec: u64,
    cov: String,
    ft: String,
    corpus: String,
}

/// Parses the arguments, builds, and runs each target.
pub fn run(args: &[String]) -> Result {
    let mut seconds = DEFAULT_SECONDS;
    let mut wanted: Vec<String> = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--seconds" => {
                let value = rest.next().ok_or("--seconds needs a number")?;
                seconds = value
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or_else(|| format!("--seconds {value:?} is not a positive number"))?;
            }
            flag if flag.starts_with('-') => {
                return Err(format!(
                    "unknown option {flag:?} (usage: cargo xtask fuzz [--seconds N] [target...])"
                ));
            }
            target => wanted.push(target.to_owned()),
        }
    }
    deps::fuzz_tools()?;
    brief(seconds, &wanted, Build::Release)
}

/// How the targets are built.
#[derive(Clone, Copy, PartialEq)]
pub enum Build {
    /// Optimised, as libFuzzer is meant to run: the long runs.
    Release,
    /// `--dev`: no optimisation, overflow checks on; half the build time of a release build
    /// (1 min 55 s against 3 min 46 s from a clean clone here) for the few seconds per target
    /// `cargo xtask test` gives them, which mostly replay the seeds.
    Dev,
}

/// Builds every target, then runs the wanted ones (all when none is named) for `seconds` each.
pub fn brief(seconds: u64, wanted: &[String], build: Build) -> Result {
    let nightly = format!("+{FUZZ_TOOLCHAIN}");
    let (dev, how): (&[&str], &str) = match build {
        Build::Dev => (&["--dev"], ", unoptimised"),
        Build::Release => (&[], ""),
    };
    let mut args = vec![nightly.as_str(), "fuzz", "build"];
    args.extend(dev);
    shell::run(cmd("cargo", &args))?;
    let all = list(&nightly)?;
    for target in wanted {
        if !all.contains(target) {
            return Err(format!(
                "no fuzz target {target:?}; the targets are: {}",
                all.join(", ")
            ));
        }
    }
    let targets = if wanted.is_empty() { &all } else { wanted };
    let mut figures = Vec::new();
    for target in targets {
        figures.push(run_one(&nightly, target, seconds, dev)?);
    }
    println!("\nfuzz: {seconds} s per target{how} (docs/FUZZING.md)");
    println!(
        "{:<22} {:>12} {:>8} {:>10} {:>7} {:>8}  corpus",
        "target", "executions", "seconds", "exec/s", "cov", "ft"
    );
    for f in &figures {
        println!(
            "{:<22} {:>12} {:>8} {:>10} {:>7} {:>8}  {}",
            f.target, f.runs, f.seconds, f.exec_per_sec, f.cov, f.ft, f.corpus
        );
    }
    Ok(())
}

/// The targets `cargo fuzz list` names.
fn list(nightly: &str) -> Result<Vec<String>> {
    let out = shell::output("cargo", &[nightly, "fuzz", "list"])
        .ok_or("`cargo +nightly fuzz list` failed")?;
    let targets: Vec<String> = out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if targets.is_empty() {
        return Err("cargo fuzz lists no target under fuzz/".to_owned());
    }
    Ok(targets)
}

/// Runs one target from its seeds and corpus; a crash or hang is an error with the input saved.
fn run_one(nightly: &str, target: &str, seconds: u64, dev: &[&str]) -> Result<Figures> {
    let corpus = format!("fuzz/corpus/{target}");
    let seeds = format!("fuzz/seeds/{target}");
    std::fs::create_dir_all(root().join(&corpus))
        .map_err(|e| format!("cannot create {corpus}: {e}"))?;
    let max_time = format!("-max_total_time={seconds}");
    let timeout = format!("-timeout={INPUT_TIMEOUT_SECONDS}");
    let mut args = vec![nightly, "fuzz", "run"];
    args.extend(dev);
    args.extend([target, &corpus]);
    if root().join(&seeds).is_dir() {
        args.push(&seeds);
    }
    args.extend(["--", &max_time, &timeout, "-print_final_stats=1"]);
    let shown = format!("cargo {}", args.join(" "));
    eprintln!("\x1b[1m$ {shown}\x1b[0m");
    let out = cmd("cargo", &args)
        .output()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        for line in tail.iter().rev() {
            eprintln!("{line}");
        }
        return Err(format!(
            "fuzz target {target} failed ({}); the input is under {}",
            out.status,
            Path::new("fuzz/artifacts").join(target).display()
        ));
    }
    let figures = parse(target, &log)
        .ok_or_else(|| format!("fuzz target {target}: no libFuzzer statistics in its output"))?;
    eprintln!(
        "{target}: {} executions in {} s ({} exec/s), cov {}, ft {}",
        figures.runs, figures.seconds, figures.exec_per_sec, figures.cov, figures.ft
    );
    Ok(figures)
}

/// Reads libFuzzer's last status line (`#N DONE cov: C ft: F corp: U/S ...`) and its final
/// statistics (`stat::number_of_executed_units: N`, `Done N runs in S second(s)`).
fn parse(target: &str, log: &str) -> Option<Figures> {
    let stat = |name: &str| -> Option<u64> {
        log.lines()
            .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
    };
    let runs = stat("stat::number_of_executed_units:")?;
    let exec_per_sec = stat("stat::average_exec_per_sec:").unwrap_or(0);
    let seconds = log
        .lines()
        .find_map(|l| {
            let rest = l.strip_prefix("Done ")?;
            rest.split(" in ")
                .nth(1)?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0);
    let last = log
        .lines()
        .rev()
        .find(|l| l.starts_with('#') && l.contains("cov:"))
        .unwrap_or("");
    let field = |name: &str| -> String {
        let mut words = last.split_whitespace();
        words
            .by_ref()
            .find(|w| *w == name)
            .and(words.next())
            .unwrap_or("-")
            .to_owned()
    };
    Some(Figures {
        target: target.to_owned(),
        runs,
        seconds,
        exec_per_sec,
        cov: field("cov:"),
        ft: field("ft:"),
        corpus: field("corp:"),
    })
}
