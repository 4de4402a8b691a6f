//! `cargo xtask test`: everything CI checks, in the order that fails fastest.

use crate::shell::{self, Result, cmd};
use crate::{build, deps};

/// Runs every check. The last step is a test runner, so the output ends in its summary.
pub fn run(_args: &[String]) -> Result {
    deps::all()?;
    shell::run(cmd("cargo", &["fmt", "--all", "--check"]))?;
    shell::run(cmd(
        "cargo",
        &["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"],
    ))?;
    build::all()?;
    shell::run(cmd("cargo", &["test", "--workspace", "--locked"]))
}
