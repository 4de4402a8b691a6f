//! `cargo xtask build`: everything that ships.

use crate::shell::{self, Result, cmd};

// The extension's build lives next to this file; declared here so main.rs stays untouched.
#[path = "extension.rs"]
mod extension;

/// `cargo xtask build`.
pub fn run(_args: &[String]) -> Result {
    crate::deps::all()?;
    all()
}

/// Builds everything that ships.
pub fn all() -> Result {
    extension::build()?;
    crate::www::build()?;
    shell::run(cmd(
        "cargo",
        &["build", "--release", "--locked", "-p", "portolan"],
    ))
}

/// The extension's figures: wasm size and in-browser timings (part of `cargo xtask bench`).
pub fn extension_bench() -> Result {
    extension::bench()
}
