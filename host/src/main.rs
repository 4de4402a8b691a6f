#![doc = include_str!("../README.md")]

mod cli;
mod native;
mod net;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
