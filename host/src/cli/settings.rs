//! `portolan settings`.

use std::process::ExitCode;

/// Arguments of `portolan settings`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Runs `portolan settings`.
pub fn run(_args: Args) -> ExitCode {
    super::bad_input("settings: not built yet")
}
