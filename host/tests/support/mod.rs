//! Test support: a test CA, real peers (Dovecot, dnsmasq) started in temporary directories and
//! killed on drop, fault servers, and a way to run the `portolan` binary.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test support: a failure here is a test failure"
)]

pub mod ca;
pub mod faults;
pub mod peers;

use std::net::TcpListener;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary under test.
pub const PORTOLAN: &str = env!("CARGO_BIN_EXE_portolan");

/// Runs portolan with arguments; returns the output.
pub fn portolan(args: &[&str]) -> Output {
    Command::new(PORTOLAN)
        .args(args)
        .env_remove("PORTOLAN_CONNECT_TO")
        .env_remove("PORTOLAN_CA_FILE")
        .env_remove("PORTOLAN_RESOLVER")
        .output()
        .expect("portolan runs")
}

/// Runs portolan with `--json` appended and parses stdout; asserts exit status 0.
pub fn portolan_json(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = portolan(&all);
    assert!(
        out.status.success(),
        "portolan {all:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// A free loopback port (bound, then released for a peer to take).
/// Each port is handed out once per test process, so that two peers started together never
/// get the same one.
pub fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

/// A `--connect-to` rule mapping `name:port` to a loopback port.
pub fn map(name: &str, port: u16, to: u16) -> String {
    format!("{name}:{port}:127.0.0.1:{to}")
}

/// The arguments of `portolan probe target --protocol .. --security ..`, owned, for callers that
/// add seams.
pub fn probe_args(target: &str, protocol: &str, security: &str) -> Vec<String> {
    [
        "probe",
        target,
        "--protocol",
        protocol,
        "--security",
        security,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Runs `portolan <args> --json` (no seams from the environment); the whole process's wall-clock
/// time and its report. Asserts exit status 0.
pub fn timed_json(args: &[String]) -> (Duration, serde_json::Value) {
    let start = Instant::now();
    let out = Command::new(PORTOLAN)
        .args(args)
        .arg("--json")
        .env_remove("PORTOLAN_CONNECT_TO")
        .env_remove("PORTOLAN_CA_FILE")
        .env_remove("PORTOLAN_RESOLVER")
        .output()
        .expect("portolan runs");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "portolan {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        took,
        serde_json::from_slice(&out.stdout).expect("JSON on stdout"),
    )
}

/// The median of timings (the upper one of an even count).
pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}
