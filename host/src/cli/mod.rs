//! Command-line parsing and dispatch: one `enum Command`, one `match`.

mod doctor;
mod install;
pub mod net;
mod settings;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit status for bad arguments or a target outside the allowlist (DESIGN.md, CLI contract).
pub const EXIT_USAGE: u8 = 2;

/// Gmail settings, a settings doctor and connection checks for mail clients.
#[derive(Debug, Parser)]
#[command(name = "portolan", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print Gmail's IMAP, POP3 and SMTP settings, with sources.
    Settings(settings::Args),
    /// Diagnose a mail client's settings for Gmail.
    Doctor(doctor::Args),
    /// Probe one Gmail endpoint: DNS, TCP, TLS, certificate, greeting, capabilities.
    Probe(net::ProbeArgs),
    /// Probe every Gmail endpoint in parallel (and the MX of a custom domain with --email).
    Check(net::CheckArgs),
    /// Look up a domain's MX records: is its mail hosted by Google?
    Mx(net::MxArgs),
    /// Install the native-messaging host manifest for a browser.
    Install(install::Args),
    /// Remove the native-messaging host manifest of a browser.
    Uninstall(install::Args),
    /// Print the native-messaging host manifest for a browser.
    PrintManifest(install::Args),
}

/// Parses the command line and runs the command.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if crate::native::started_by_browser(&args) {
        return crate::native::serve();
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(err),
    };
    match cli.command {
        Command::Settings(args) => settings::run(args),
        Command::Doctor(args) => doctor::run(args),
        Command::Probe(args) => net::run_probe(args),
        Command::Check(args) => net::run_check(args),
        Command::Mx(args) => net::run_mx(args),
        Command::Install(args) => install::run_install(args),
        Command::Uninstall(args) => install::run_uninstall(args),
        Command::PrintManifest(args) => install::run_print_manifest(args),
    }
}

/// Prints clap's message (help and version go to stdout with status 0) or a usage error with
/// exit status 2.
fn usage_error(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            ExitCode::SUCCESS
        }
        _ => {
            let _ = err.print();
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Prints a one-line reason on stderr and returns exit status 2.
pub fn bad_input(reason: impl std::fmt::Display) -> ExitCode {
    eprintln!("portolan: {reason}");
    ExitCode::from(EXIT_USAGE)
}
