//! `cargo xtask`: the project's commands (README). Dependency-free so it builds in seconds.

mod bench;
mod build;
mod demo;
mod deps;
mod extension;
mod files;
mod fuzz;
mod shell;
mod test;
mod www;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  run     build everything and show Portolan working (the main job)
  test    everything CI checks: fmt, clippy, tests, wasm, browser and real-peer tests
  build   dist/chromium, dist/chromium-test, dist/firefox, dist/firefox-test,
          dist/portolan-firefox.zip, dist/www, target/release/portolan
  bench   print the performance figures of docs/BENCHMARKS.md
  fuzz    run each fuzz target briefly: cargo xtask fuzz [--seconds N] [target...]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test::run(&args[1..]),
        Some("build") => build::run(&args[1..]),
        Some("run") => demo::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("fuzz") => fuzz::run(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => {
            eprintln!("xtask: unknown command {other:?}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: {err}");
            ExitCode::FAILURE
        }
    }
}
