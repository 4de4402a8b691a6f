//! Exit status 2 with a one-line reason for bad arguments and targets outside the allowlist;
//! exit 0 whenever the command ran, whatever it found.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use support::portolan;

#[test]
fn refusals_are_one_line_with_status_2() {
    let imap = ["--protocol", "imap", "--security", "implicit-tls"];
    let cases: Vec<Vec<&str>> = vec![
        [&["probe", "example.com:993"][..], &imap].concat(),
        [&["probe", "imap.gmail.com:443"][..], &imap].concat(),
        [&["probe", "10.0.0.1:993"][..], &imap].concat(),
        [&["probe", "imap.gmail.com"][..], &imap].concat(),
        [
            &["probe", "imap.gmail.com:993", "--connect-to", "nonsense"][..],
            &imap,
        ]
        .concat(),
        [
            &[
                "probe",
                "imap.gmail.com:993",
                "--ca-file",
                "/nonexistent.pem",
            ][..],
            &imap,
        ]
        .concat(),
        [
            &["probe", "imap.gmail.com:993", "--timeout-ms", "0"][..],
            &imap,
        ]
        .concat(),
        vec![
            "probe",
            "imap.gmail.com:993",
            "--protocol",
            "gopher",
            "--security",
            "none",
        ],
        vec!["check", "--resolver", "not-an-address"],
        vec!["mx", "bad domain!"],
        vec!["install", "--browser", "netscape"],
    ];
    for args in cases {
        let out = portolan(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.trim().is_empty(), "{args:?}");
        if args[0] != "install" && !args.contains(&"gopher") && !args.contains(&"0") {
            assert_eq!(stderr.trim().lines().count(), 1, "{args:?}: {stderr}");
        }
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_failed_probe_still_exits_0() {
    let closed = support::free_port().to_string();
    let rule = format!("imap.gmail.com:993:127.0.0.1:{closed}");
    let out = portolan(&[
        "probe",
        "imap.gmail.com:993",
        "--protocol",
        "imap",
        "--security",
        "implicit-tls",
        "--connect-to",
        &rule,
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("refused"));
}
