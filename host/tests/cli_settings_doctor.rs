//! `portolan settings` and `portolan doctor`, run as the built binary: JSON shapes (DESIGN.md,
//! "Contract: the CLI"), exit statuses and one-line errors.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

use std::process::{Command, Output};

use serde_json::Value;

fn portolan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_portolan"))
        .args(args)
        .env_remove("PORTOLAN_CONNECT_TO")
        .output()
        .unwrap()
}

fn json(args: &[&str]) -> Value {
    let out = portolan(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn doctor(protocol: &str, host: &str, port: &str, security: &str) -> Vec<String> {
    [
        "doctor",
        "--protocol",
        protocol,
        "--host",
        host,
        "--port",
        port,
        "--security",
        security,
    ]
    .map(str::to_owned)
    .to_vec()
}

fn run(args: &[String]) -> Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    portolan(&args)
}

fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

#[test]
fn settings_json_has_the_contract_shape() {
    let v = json(&["settings", "--json"]);
    for key in ["imap", "pop3", "smtp", "username", "auth", "sources"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let imap = &v["imap"][0];
    assert_eq!(keys(imap), ["host", "port", "security"]);
    assert_eq!(imap["host"], "imap.gmail.com");
    assert_eq!(imap["port"], 993);
    assert_eq!(imap["security"], "implicit-tls");
    assert_eq!(v["pop3"][0]["host"], "pop.gmail.com");
    assert_eq!(v["pop3"][0]["port"], 995);
    let smtp: Vec<(String, u64, String)> = v["smtp"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["host"].as_str().unwrap().to_owned(),
                e["port"].as_u64().unwrap(),
                e["security"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        smtp,
        [
            ("smtp.gmail.com".to_owned(), 465, "implicit-tls".to_owned()),
            ("smtp.gmail.com".to_owned(), 587, "starttls".to_owned()),
        ]
    );
    assert!(
        v["username"]
            .as_str()
            .unwrap()
            .contains("full email address")
    );
    let methods: Vec<&str> = v["auth"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["method"].as_str().unwrap())
        .collect();
    assert_eq!(methods, ["oauth2", "app-password", "account-password"]);
    let sources = v["sources"].as_array().unwrap();
    assert!(
        sources
            .iter()
            .any(|s| s["key"] == "DEV" && s["url"].as_str().unwrap().starts_with("https://"))
    );
}

#[test]
fn settings_for_one_protocol_has_only_that_list() {
    for (word, key) in [
        ("imap", "imap"),
        ("pop3", "pop3"),
        ("POP", "pop3"),
        ("smtp", "smtp"),
    ] {
        let v = json(&["settings", "--protocol", word, "--json"]);
        let present: Vec<&str> = ["imap", "pop3", "smtp"]
            .into_iter()
            .filter(|k| v.get(*k).is_some())
            .collect();
        assert_eq!(present, [key], "--protocol {word}");
        assert!(
            v.get("username").is_some() && v.get("auth").is_some() && v.get("sources").is_some()
        );
    }
}

#[test]
fn settings_human_output_is_a_table() {
    let out = portolan(&["settings"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "imap.gmail.com",
        "pop.gmail.com",
        "smtp.gmail.com",
        "993",
        "995",
        "465",
        "587",
        "STARTTLS",
        "app password",
    ] {
        assert!(text.contains(needle), "missing {needle}:\n{text}");
    }
}

#[test]
fn doctor_is_silent_on_documented_settings() {
    for (p, h, port, s) in [
        ("imap", "imap.gmail.com", "993", "implicit-tls"),
        ("pop3", "pop.gmail.com", "995", "ssl"),
        ("smtp", "smtp.gmail.com", "465", "implicit-tls"),
        ("smtp", "smtp.gmail.com", "587", "starttls"),
    ] {
        let mut args = doctor(p, h, port, s);
        args.extend([
            "--username".to_owned(),
            "me@example.com".to_owned(),
            "--json".to_owned(),
        ]);
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v, serde_json::json!({"findings": []}), "{args:?}");
    }
}

#[test]
fn doctor_json_has_the_contract_shape() {
    let mut args = doctor("imap", " IMAPS://imap.gmial.com:465 ", "465", "starttls");
    args.extend([
        "--username".to_owned(),
        "me".to_owned(),
        "--json".to_owned(),
    ]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(keys(&v), ["findings"]);
    let findings = v["findings"].as_array().unwrap();
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    for code in [
        "host-typo",
        "imap-port-465-myth",
        "username-missing-domain",
        "host-has-scheme",
        "host-has-port",
        "host-has-whitespace",
    ] {
        assert!(codes.contains(&code), "{code} not in {codes:?}");
    }
    for f in findings {
        assert_eq!(keys(f), ["code", "fix", "message", "severity"]);
        assert!(["error", "warning", "info"].contains(&f["severity"].as_str().unwrap()));
        assert!(!f["message"].as_str().unwrap().is_empty());
        for key in keys(&f["fix"]) {
            assert!(
                ["host", "port", "security", "username"].contains(&key),
                "{key}"
            );
        }
    }
    let myth = findings
        .iter()
        .find(|f| f["code"] == "imap-port-465-myth")
        .unwrap();
    assert_eq!(myth["severity"], "error");
    assert_eq!(
        myth["fix"],
        serde_json::json!({"port": 993, "security": "implicit-tls"})
    );
    let typo = findings.iter().find(|f| f["code"] == "host-typo").unwrap();
    assert_eq!(typo["fix"], serde_json::json!({"host": "imap.gmail.com"}));
    let user = findings
        .iter()
        .find(|f| f["code"] == "username-missing-domain")
        .unwrap();
    assert_eq!(user["fix"], serde_json::json!({"username": "me@gmail.com"}));
}

#[test]
fn doctor_does_not_force_gmail_on_other_hosts() {
    let mut args = doctor("imap", "mail.example.com", "993", "implicit-tls");
    args.push("--json".to_owned());
    let v: Value = serde_json::from_slice(&run(&args).stdout).unwrap();
    assert_eq!(v["findings"].as_array().unwrap().len(), 1);
    assert_eq!(v["findings"][0]["code"], "not-gmail-host");
    assert_eq!(v["findings"][0]["severity"], "info");
    assert_eq!(v["findings"][0]["fix"], serde_json::json!({}));
}

#[test]
fn doctor_human_output_says_what_and_how_to_fix() {
    let out = run(&doctor("smtp", "smtp.gmail.com", "465", "starttls"));
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("starttls-on-implicit-tls-port"), "{text}");
    assert!(text.contains("fix: security SSL/TLS"), "{text}");
    assert!(
        text.contains("Use instead: SMTP smtp.gmail.com port 465"),
        "{text}"
    );
    let out = run(&doctor("imap", "imap.gmail.com", "993", "ssl"));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("No problems found")
    );
}

#[test]
fn bad_input_is_one_line_on_stderr_with_status_2() {
    let cases: Vec<(Vec<String>, &str)> = vec![
        (doctor("imap", "imap.gmail.com", "0", "ssl"), "out of range"),
        (
            doctor("imap", "imap.gmail.com", "70000", "ssl"),
            "out of range",
        ),
        (
            doctor("imap", "imap.gmail.com", "-1", "ssl"),
            "out of range",
        ),
        (
            doctor("imap", "imap.gmail.com", "abc", "ssl"),
            "not a number",
        ),
        (doctor("imap", "imap.gmail.com", "", "ssl"), "not a number"),
        (doctor("imap", "", "993", "ssl"), "--host is empty"),
        (doctor("imap", "   ", "993", "ssl"), "--host is empty"),
        (
            doctor("ftp", "imap.gmail.com", "993", "ssl"),
            "unknown protocol",
        ),
        (
            doctor("imap", "imap.gmail.com", "993", "quantum"),
            "unknown security",
        ),
        (doctor("imap", "imap.gmail.com", "993", "tls"), "ambiguous"),
        (
            doctor("imap", "imap.gmail.com", "99\n3", "ssl"),
            "not a number",
        ),
        (
            ["settings", "--protocol", "carrier-pigeon"]
                .map(str::to_owned)
                .to_vec(),
            "unknown protocol",
        ),
    ];
    for (args, reason) in cases {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr:?}");
        assert!(
            stderr.starts_with("portolan: ") && stderr.contains(reason),
            "{args:?}: {stderr:?}"
        );
        assert!(!stderr.contains("panicked"));
    }
}

#[test]
fn missing_arguments_are_usage_errors() {
    let out = portolan(&["doctor", "--protocol", "imap", "--host", "imap.gmail.com"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--port"));
}
