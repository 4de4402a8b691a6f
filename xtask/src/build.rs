//! `cargo xtask build` and `cargo xtask run`.

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

/// `cargo xtask run`: the main job.
pub fn demo(_args: &[String]) -> Result {
    crate::deps::all()?;
    all()?;
    let portolan = crate::shell::root().join("target/release/portolan");
    let bin = portolan.to_string_lossy();
    shell::run(cmd(&bin, &["settings"]))?;
    shell::run(cmd(
        &bin,
        &[
            "doctor",
            "--protocol",
            "imap",
            "--host",
            "imap.gmail.com",
            "--port",
            "465",
            "--security",
            "starttls",
        ],
    ))
}

/// `cargo xtask bench`.
pub fn bench(_args: &[String]) -> Result {
    crate::deps::all()?;
    extension::bench()
}
