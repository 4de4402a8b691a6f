//! `portolan doctor`.

use std::process::ExitCode;

/// Arguments of `portolan doctor`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Runs `portolan doctor`.
pub fn run(_args: Args) -> ExitCode {
    super::bad_input("doctor: not built yet")
}
