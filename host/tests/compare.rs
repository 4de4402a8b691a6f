//! Side-by-side timings against real peers on loopback (docs/BENCHMARKS.md, "Native host: side
//! by side"): `portolan check` against the same four probes run one after another, and
//! `portolan probe` against `openssl s_client` on the same Dovecot. Slow and timing-sensitive,
//! so ignored by default; run with
//! `cargo test -p portolan --release --test compare -- --ignored --nocapture --test-threads 1`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::ca::TestCa;
use support::faults::{self, FaultServer};
use support::peers::Dovecot;
use support::{map, median, timed_json};

/// Runs per figure; the median is reported.
const RUNS: usize = 9;

/// Debian's OpenSSL command-line tool.
const OPENSSL: &str = "/usr/bin/openssl";

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The four endpoints `check` probes: (target, protocol, security, Dovecot's port).
fn endpoints(dovecot: &Dovecot) -> [(&'static str, &'static str, &'static str, u16); 4] {
    [
        ("imap.gmail.com:993", "imap", "implicit-tls", dovecot.imaps),
        ("pop.gmail.com:995", "pop3", "implicit-tls", dovecot.pop3s),
        (
            "smtp.gmail.com:465",
            "smtp",
            "implicit-tls",
            dovecot.submissions,
        ),
        ("smtp.gmail.com:587", "smtp", "starttls", dovecot.submission),
    ]
}

/// `check` (four probes at once) against the same four probes as four `portolan probe`
/// processes one after another, every endpoint behind a proxy that holds each connection for
/// its latency before reaching Dovecot, as a distant server would. Runs alternate so load on
/// the shared machine falls on both alike.
#[test]
#[ignore = "timings: run in release with --ignored (cargo xtask bench)"]
fn parallel_check_vs_sequential_probes() {
    let ca = TestCa::new();
    let dovecot = Dovecot::start(&ca);
    let endpoints = endpoints(&dovecot);
    println!("\nParallel check vs the same four probes in sequence (wall-clock, this machine):");
    for latencies in [[150u64; 4], [100, 150, 200, 250]] {
        let proxies: Vec<FaultServer> = endpoints
            .iter()
            .zip(latencies)
            .map(|(e, ms)| {
                FaultServer::start(faults::delayed_proxy(e.3, Duration::from_millis(ms)))
            })
            .collect();
        let mut seam = vec!["--ca-file".to_owned(), ca.ca_path().to_owned()];
        for ((target, ..), proxy) in endpoints.iter().zip(&proxies) {
            let (name, port) = target.rsplit_once(':').unwrap();
            seam.extend([
                "--connect-to".to_owned(),
                map(name, port.parse().unwrap(), proxy.port),
            ]);
        }
        let (mut parallel, mut sequential) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let mut args = vec!["check".to_owned()];
            args.extend(seam.clone());
            let (took, report) = timed_json(&args);
            let probes = report["probes"].as_array().unwrap();
            assert_eq!(probes.len(), 4, "{report}");
            assert!(probes.iter().all(|p| p["outcome"] == "ok"), "{report}");
            parallel.push(took);

            let start = Instant::now();
            for (target, protocol, security, _) in endpoints {
                let mut args = support::probe_args(target, protocol, security);
                args.extend(seam.clone());
                let (_, report) = timed_json(&args);
                assert_eq!(report["outcome"], "ok", "{report}");
            }
            sequential.push(start.elapsed());
        }
        let (parallel, sequential) = (median(parallel), median(sequential));
        let ratio = parallel.as_secs_f64() / sequential.as_secs_f64();
        let sum: u64 = latencies.iter().sum();
        let max = latencies.iter().max().copied().unwrap_or(0);
        println!(
            "  latencies {latencies:?} ms: check median {:.1} ms vs 4 probes in sequence {:.1} ms: {ratio:.2}x (ideal {max}/{sum} = {:.2}x; bound 0.5x)",
            ms(parallel),
            ms(sequential),
            max as f64 / sum as f64
        );
        assert!(
            ratio < 0.5,
            "check is not parallel enough: {ratio:.2}x of the sequential probes"
        );
    }
}

/// `portolan probe` of IMAPS against `openssl s_client` on the same Dovecot port, both as a
/// whole process from start to exit, and both doing the same work: TCP connect, TLS handshake
/// (the same version, asserted), certificate chain checked against the test CA and the name
/// `imap.gmail.com` checked, the greeting read, `CAPABILITY` asked and its reply read, `LOGOUT`
/// sent and its reply read (Portolan up to the tagged OK, openssl until Dovecot closes right
/// after it). Portolan also loads the OS root store (its CA file is added to it, not
/// substituted) and prints a JSON report; `openssl` is driven line by line by this test.
#[test]
#[ignore = "timings: run in release with --ignored (cargo xtask bench)"]
fn probe_vs_openssl_s_client() {
    assert!(
        std::path::Path::new(OPENSSL).exists(),
        "{OPENSSL} (apt-get install openssl)"
    );
    let ca = TestCa::new();
    let dovecot = Dovecot::start(&ca);
    let port = dovecot.imaps;
    let mut probe_args = support::probe_args("imap.gmail.com:993", "imap", "implicit-tls");
    probe_args.extend([
        "--ca-file".to_owned(),
        ca.ca_path().to_owned(),
        "--connect-to".to_owned(),
        map("imap.gmail.com", 993, port),
    ]);

    let (mut ours, mut theirs, mut tls) = (Vec::new(), Vec::new(), String::new());
    // One warm-up of each (page cache, Dovecot's login process), then alternate.
    for run in 0..=RUNS {
        let (took, report) = timed_json(&probe_args);
        assert_eq!(report["outcome"], "ok", "{report}");
        let (took_openssl, version) = openssl_imaps(port, ca.ca_path());
        tls.clone_from(&version);
        assert_eq!(
            report["tls"]["version"], version,
            "both negotiate the same TLS version"
        );
        if run > 0 {
            ours.push(took);
            theirs.push(took_openssl);
        }
    }
    let (ours, theirs) = (median(ours), median(theirs));
    let ratio = ours.as_secs_f64() / theirs.as_secs_f64();
    println!(
        "\nIMAPS probe on loopback Dovecot ({tls} both; medians of {RUNS}): portolan probe {:.1} ms vs openssl s_client {:.1} ms: {ratio:.2}x",
        ms(ours),
        ms(theirs)
    );
    assert!(
        ratio < 2.0,
        "portolan probe takes {ratio:.2}x openssl s_client's time"
    );
}

/// One `openssl s_client` session doing what the probe does; its wall-clock from start to exit
/// and the TLS version it negotiated (`-brief` prints it on stderr).
fn openssl_imaps(port: u16, ca_file: &str) -> (Duration, String) {
    let start = Instant::now();
    let mut child = Command::new(OPENSSL)
        .args([
            "s_client",
            "-connect",
            &format!("127.0.0.1:{port}"),
            "-servername",
            "imap.gmail.com",
            "-verify_hostname",
            "imap.gmail.com",
            "-CAfile",
            ca_file,
            "-verify_return_error",
            "-quiet",
            "-brief",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap());
    let mut read_until = |prefix: &str| loop {
        let mut line = String::new();
        let n = lines.read_line(&mut line).unwrap();
        assert!(n > 0, "openssl s_client ended before {prefix:?}");
        if line.starts_with(prefix) {
            return line;
        }
    };
    let greeting = read_until("* ");
    assert!(greeting.starts_with("* OK"), "{greeting}");
    stdin.write_all(b"P1 CAPABILITY\r\n").unwrap();
    let done = read_until("P1 ");
    assert!(done.starts_with("P1 OK"), "{done}");
    stdin.write_all(b"P9 LOGOUT\r\n").unwrap();
    // The server says BYE and closes; s_client exits on the close.
    let mut rest = String::new();
    lines.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("* BYE"), "{rest}");
    let status = child.wait().unwrap();
    let took = start.elapsed();
    drop(stdin);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "openssl s_client: {status}: {err}");
    assert!(err.contains("Verification: OK"), "{err}");
    let version = err
        .lines()
        .find_map(|l| l.strip_prefix("Protocol version: "))
        .unwrap_or_else(|| panic!("no protocol version in {err}"));
    (took, version.trim().to_owned())
}
