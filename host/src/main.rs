//! The `portolan` binary: the CLI and native-messaging host of the `portolan` library.

use std::process::ExitCode;

fn main() -> ExitCode {
    portolan::main()
}
