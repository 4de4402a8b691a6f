//! The native-messaging host as a browser starts it: framing, caps, hostile input, and real
//! work (a `check` against Dovecot) through the same pipe.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::PORTOLAN;

const ORIGIN: &str = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";

fn host(envs: &[(&str, String)]) -> Child {
    let mut cmd = Command::new(PORTOLAN);
    cmd.arg(ORIGIN)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.spawn().expect("host starts")
}

fn frame(bytes: &[u8]) -> Vec<u8> {
    let mut out = (bytes.len() as u32).to_ne_bytes().to_vec();
    out.extend_from_slice(bytes);
    out
}

fn read_reply(child: &mut Child) -> Option<Value> {
    let out = child.stdout.as_mut().unwrap();
    let mut len = [0u8; 4];
    out.read_exact(&mut len).ok()?;
    let len = u32::from_ne_bytes(len) as usize;
    assert!(len < 1024 * 1024, "replies stay under 1 MB");
    let mut body = vec![0u8; len];
    out.read_exact(&mut body).ok()?;
    Some(serde_json::from_slice(&body).expect("a reply is JSON"))
}

fn ask(child: &mut Child, message: &[u8]) -> Value {
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(&frame(message))
        .unwrap();
    read_reply(child).expect("a reply")
}

fn wait_exit(child: &mut Child, within: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < within {
        if let Ok(Some(_)) = child.try_wait() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    false
}

#[test]
fn every_reply_carries_id_and_version_and_errors_have_codes() {
    let mut child = host(&[]);
    let r = ask(&mut child, br#"{"id":"v1","type":"version"}"#);
    assert_eq!(r["id"], "v1");
    assert_eq!(r["version"]["protocol"], 1);
    assert_eq!(r["result"]["host"], env!("CARGO_PKG_VERSION"));
    let r = ask(&mut child, br#"{"id":"s","type":"settings"}"#);
    assert_eq!(r["type"], "settings");
    assert!(r["result"].is_object(), "{r}");
    let table: [(&[u8], Value, &str); 6] = [
        (b"{not json", Value::Null, "bad-json"),
        (b"\xff\xfe", Value::Null, "bad-json"),
        (br#"[1,2]"#, Value::Null, "bad-json"),
        (br#"{"id":2,"type":"check","surprise":1}"#, json!(2), "bad-request"),
        (br#"{"id":3,"type":"rm-rf"}"#, json!(3), "bad-request"),
        (
            br#"{"id":4,"type":"probe","target":"example.com:22","protocol":"imap","security":"none"}"#,
            json!(4),
            "target-not-allowed",
        ),
    ];
    for (message, id, code) in table {
        let r = ask(&mut child, message);
        assert_eq!(r["id"], id, "{r}");
        assert_eq!(r["error"]["code"], code, "{r}");
        assert!(r["version"]["host"].is_string());
    }
    drop(child.stdin.take());
    assert!(
        wait_exit(&mut child, Duration::from_secs(1)),
        "exits when the browser closes the pipe"
    );
}

#[test]
fn hostile_lengths_end_cleanly_within_a_second() {
    // A 4 GiB length: an error reply, then exit, without allocating it.
    let mut child = host(&[]);
    let start = Instant::now();
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(&u32::MAX.to_ne_bytes())
        .unwrap();
    let r = read_reply(&mut child).expect("an error reply");
    assert_eq!(r["error"]["code"], "frame-too-large");
    assert!(wait_exit(&mut child, Duration::from_secs(1)));
    assert!(start.elapsed() < Duration::from_secs(1));
    // A truncated frame: a clean exit.
    let mut child = host(&[]);
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(&100u32.to_ne_bytes()).unwrap();
    stdin.write_all(b"{\"id\":1").unwrap();
    drop(child.stdin.take());
    assert!(wait_exit(&mut child, Duration::from_secs(1)));
    // Just over the 64 KiB cap. The host answers from the length alone and exits without
    // reading the body, so the write may meet a closed pipe (the frame is larger than the
    // pipe's buffer): that is the host refusing, not a failure.
    let mut child = host(&[]);
    let big = vec![b' '; 64 * 1024 + 1];
    let written = child.stdin.as_mut().unwrap().write_all(&frame(&big));
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    assert_eq!(
        read_reply(&mut child).unwrap()["error"]["code"],
        "frame-too-large"
    );
    assert!(wait_exit(&mut child, Duration::from_secs(1)));
}

#[test]
fn firefox_arguments_start_the_host_too() {
    let mut child = Command::new(PORTOLAN)
        .args([
            "/home/u/.mozilla/native-messaging-hosts/dev.portolan.host.json",
            "portolan@portolan",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let r = ask(&mut child, br#"{"id":9,"type":"version"}"#);
    assert_eq!(r["id"], 9);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn check_over_native_messaging_uses_the_env_seams() {
    let ca = support::ca::TestCa::new();
    let dovecot = support::peers::Dovecot::start(&ca);
    let mut child = host(&[
        ("PORTOLAN_CONNECT_TO", dovecot.connect_to().join(",")),
        ("PORTOLAN_CA_FILE", ca.ca_path().to_owned()),
    ]);
    let r = ask(
        &mut child,
        br#"{"id":"c1","type":"check","timeoutMs":3000}"#,
    );
    assert_eq!(r["id"], "c1");
    assert_eq!(r["type"], "check");
    let probes = r["result"]["probes"].as_array().expect("probes");
    assert_eq!(probes.len(), 4, "{r:#}");
    assert!(probes.iter().all(|p| p["outcome"] == "ok"), "{r:#}");
    let r = ask(
        &mut child,
        br#"{"id":"p1","type":"probe","target":"pop.gmail.com:110","protocol":"pop3","security":"starttls"}"#,
    );
    assert_eq!(r["result"]["outcome"], "ok", "{r:#}");
    drop(child.stdin.take());
    assert!(wait_exit(&mut child, Duration::from_secs(2)));
}
