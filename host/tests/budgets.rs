//! The native host's performance budgets (docs/BENCHMARKS.md, "Native host"), measured against
//! real peers on loopback. Slow and timing-sensitive, so ignored by default; run with
//! `cargo test -p portolan --release --test budgets -- --ignored --nocapture`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::ca::TestCa;
use support::faults::{self, FaultServer};
use support::peers::Dovecot;
use support::{PORTOLAN, map, median, timed_json};

#[test]
#[ignore = "timing budgets: run in release with --ignored (cargo xtask bench)"]
fn native_host_budgets() {
    println!("\nNative host budgets (wall-clock, this machine):");

    // 1. A silent port: the verdict comes at the default 5 s timeout, plus < 0.5 s.
    let silent = FaultServer::start(faults::silence());
    let mut args = support::probe_args("imap.gmail.com:993", "imap", "implicit-tls");
    args.extend([
        "--connect-to".to_owned(),
        map("imap.gmail.com", 993, silent.port),
    ]);
    let (took, report) = timed_json(&args);
    assert_eq!(report["outcome"], "timeout");
    let over = took.saturating_sub(Duration::from_secs(5));
    println!("  silent port verdict: {took:.2?} (timeout 5 s + {over:.0?}; budget + 500 ms)");
    assert!(over < Duration::from_millis(500));

    // 2. check of four endpoints vs the slowest single probe, against Dovecot; first on bare
    //    loopback (CPU-bound: Dovecot forks a login process per connection), then behind
    //    proxies adding 100-250 ms of latency, as a real network does.
    let ca = TestCa::new();
    let dovecot = Dovecot::start(&ca);
    let singles = [
        (
            "imap.gmail.com:993",
            "imap",
            "implicit-tls",
            dovecot.imaps,
            100,
        ),
        (
            "pop.gmail.com:995",
            "pop3",
            "implicit-tls",
            dovecot.pop3s,
            150,
        ),
        (
            "smtp.gmail.com:465",
            "smtp",
            "implicit-tls",
            dovecot.submissions,
            200,
        ),
        (
            "smtp.gmail.com:587",
            "smtp",
            "starttls",
            dovecot.submission,
            250,
        ),
    ];
    let proxies: Vec<FaultServer> = singles
        .iter()
        .map(|s| FaultServer::start(faults::delayed_proxy(s.3, Duration::from_millis(s.4))))
        .collect();
    for latency in [false, true] {
        let mut seam = vec!["--ca-file".to_owned(), ca.ca_path().to_owned()];
        for (i, (target, ..)) in singles.iter().enumerate() {
            let (name, port) = target.rsplit_once(':').unwrap();
            let to = if latency {
                proxies[i].port
            } else {
                singles[i].3
            };
            seam.extend([
                "--connect-to".to_owned(),
                map(name, port.parse().unwrap(), to),
            ]);
        }
        let label = if latency {
            "with 100-250 ms latency"
        } else {
            "bare loopback"
        };
        let mut slowest = Duration::ZERO;
        for (target, protocol, security, ..) in singles {
            let runs: Vec<Duration> = (0..7)
                .map(|_| {
                    let mut args = support::probe_args(target, protocol, security);
                    args.extend(seam.clone());
                    let (took, report) = timed_json(&args);
                    assert_eq!(report["outcome"], "ok");
                    took
                })
                .collect();
            let m = median(runs);
            println!("  [{label}] probe {target:<20} {security:<13} median {m:.1?}");
            slowest = slowest.max(m);
        }
        let check: Vec<Duration> = (0..7)
            .map(|_| {
                let mut args = vec!["check".to_owned()];
                args.extend(seam.clone());
                timed_json(&args).0
            })
            .collect();
        let check = median(check);
        let ratio = check.as_secs_f64() / slowest.as_secs_f64();
        println!(
            "  [{label}] check (4 endpoints) median {check:.1?} = {ratio:.2}x the slowest single probe (budget 1.2x)"
        );
        if latency {
            assert!(ratio <= 1.2);
        }
    }
    let mut seam = vec!["--ca-file".to_owned(), ca.ca_path().to_owned()];
    for rule in dovecot.connect_to() {
        seam.extend(["--connect-to".to_owned(), rule]);
    }

    // 3. Cold start to the first native-messaging reply.
    let starts: Vec<Duration> = (0..21)
        .map(|_| {
            let start = Instant::now();
            let mut child = Command::new(PORTOLAN)
                .arg("chrome-extension://abcdefghijklmnopabcdefghijklmnop/")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap();
            let msg = br#"{"id":1,"type":"version"}"#;
            let stdin = child.stdin.as_mut().unwrap();
            stdin.write_all(&(msg.len() as u32).to_ne_bytes()).unwrap();
            stdin.write_all(msg).unwrap();
            let mut len = [0u8; 4];
            child.stdout.as_mut().unwrap().read_exact(&mut len).unwrap();
            let took = start.elapsed();
            drop(child.stdin.take());
            let _ = child.wait();
            took
        })
        .collect();
    let cold = median(starts);
    println!("  cold start to first native-messaging reply: median {cold:.1?} (budget 20 ms)");
    assert!(cold <= Duration::from_millis(20));

    // 4. Peak RSS of a full check (GNU time's %M, KiB).
    if std::path::Path::new("/usr/bin/time").exists() {
        let mut args = vec![
            "-f".to_owned(),
            "%M".to_owned(),
            PORTOLAN.to_owned(),
            "check".to_owned(),
        ];
        args.extend(seam.clone());
        let out = Command::new("/usr/bin/time").args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let kib: u64 = stderr
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .unwrap();
        println!(
            "  peak RSS of `portolan check`: {:.1} MiB (budget 20 MiB)",
            kib as f64 / 1024.0
        );
        assert!(kib <= 20 * 1024);
    }
}
