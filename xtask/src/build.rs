//! `cargo xtask build`: everything that ships.

use crate::shell::{self, Result, cmd};

/// `cargo xtask build`.
pub fn run(_args: &[String]) -> Result {
    crate::deps::all()?;
    all()
}

/// Builds everything that ships.
pub fn all() -> Result {
    crate::extension::build()?;
    crate::www::build()?;
    shell::run(cmd(
        "cargo",
        &["build", "--release", "--locked", "-p", "portolan"],
    ))
}
