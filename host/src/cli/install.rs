//! `portolan install`, `uninstall` and `print-manifest`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::native::install::{self, Browser};

/// Arguments of `install`, `uninstall` and `print-manifest`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The browser.
    #[arg(long, value_enum)]
    browser: Browser,
    /// A custom browser profile directory (Chromium's --user-data-dir); the manifest goes in
    /// DIR/NativeMessagingHosts/ (for Firefox, DIR is a home: DIR/.mozilla/native-messaging-hosts/).
    #[arg(long, value_name = "DIR")]
    user_data_dir: Option<PathBuf>,
    /// Allow this extension id instead of the one manifest.json's key implies; repeatable.
    #[arg(long, value_name = "ID")]
    extension_id: Vec<String>,
}

/// Runs `portolan install`.
pub fn run_install(args: Args) -> ExitCode {
    match install::install(
        args.browser,
        args.user_data_dir.as_deref(),
        &args.extension_id,
    ) {
        Ok(path) => {
            println!(
                "installed {} for {:?}: {}",
                install::HOST_NAME,
                args.browser,
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => super::bad_input(e),
    }
}

/// Runs `portolan uninstall`.
pub fn run_uninstall(args: Args) -> ExitCode {
    match install::uninstall(args.browser, args.user_data_dir.as_deref()) {
        Ok(Some(path)) => {
            println!("removed {}", path.display());
            ExitCode::SUCCESS
        }
        Ok(None) => {
            println!(
                "{} was not installed for {:?}",
                install::HOST_NAME,
                args.browser
            );
            ExitCode::SUCCESS
        }
        Err(e) => super::bad_input(e),
    }
}

/// Runs `portolan print-manifest`.
pub fn run_print_manifest(args: Args) -> ExitCode {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return super::bad_input(format!("cannot find the portolan executable: {e}")),
    };
    match install::manifest(args.browser, &exe, &args.extension_id)
        .map(|m| serde_json::to_string_pretty(&m))
    {
        Ok(Ok(text)) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Ok(Err(e)) => super::bad_input(e),
        Err(e) => super::bad_input(e),
    }
}
