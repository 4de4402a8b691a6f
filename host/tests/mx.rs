//! `portolan mx` and `portolan check --email` against a real DNS server (dnsmasq).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use support::peers::Dnsmasq;
use support::{portolan, portolan_json};

fn dns() -> Dnsmasq {
    Dnsmasq::start(&[
        ("workspace.test", "smtp.google.com", 1),
        ("legacy.test", "aspmx.l.google.com", 1),
        ("legacy.test", "alt1.aspmx.l.google.com", 5),
        ("elsewhere.test", "mx.elsewhere.test", 10),
    ])
}

#[test]
fn mx_verdicts() {
    let dns = dns();
    let resolver = dns.resolver();
    let r = portolan_json(&["mx", "workspace.test", "--resolver", &resolver]);
    assert_eq!(r["domain"], "workspace.test");
    assert_eq!(
        r["records"],
        serde_json::json!([{"preference": 1, "exchange": "smtp.google.com"}])
    );
    assert_eq!(r["google"], true);
    let r = portolan_json(&["mx", "legacy.test", "--resolver", &resolver]);
    assert_eq!(r["records"][0]["exchange"], "aspmx.l.google.com");
    assert_eq!(r["records"][1]["preference"], 5);
    assert_eq!(r["google"], true);
    let r = portolan_json(&["mx", "elsewhere.test", "--resolver", &resolver]);
    assert_eq!(r["google"], false);
    assert!(
        r["explanation"]
            .as_str()
            .unwrap()
            .contains("mx.elsewhere.test")
    );
    // dnsmasq knows nothing else and forwards nowhere: no records, a reason, still exit 0.
    let r = portolan_json(&[
        "mx",
        "unknown.test",
        "--resolver",
        &resolver,
        "--timeout-ms",
        "1000",
    ]);
    assert_eq!(r["records"], serde_json::json!([]));
    assert_eq!(r["google"], false);
    let out = portolan(&["mx", "not a domain", "--resolver", &resolver]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_with_a_custom_domain_gives_the_mx_verdict() {
    let dns = dns();
    let resolver = dns.resolver();
    // Every endpoint refused (mapped to a closed port), so only the MX part matters here.
    let closed = support::free_port().to_string();
    let rule = format!("::127.0.0.1:{closed}");
    let r = portolan_json(&[
        "check",
        "--email",
        "me@workspace.test",
        "--resolver",
        &resolver,
        "--connect-to",
        &rule,
    ]);
    assert_eq!(r["mx"]["google"], true, "{r:#}");
    assert_eq!(r["probes"].as_array().unwrap().len(), 4);
    assert!(
        r["probes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["outcome"] == "refused"),
        "{r:#}"
    );
    assert!(r["summary"].as_str().unwrap().contains("Google"), "{r:#}");
    let r = portolan_json(&[
        "check",
        "--email",
        "me@gmail.com",
        "--resolver",
        &resolver,
        "--connect-to",
        &rule,
    ]);
    assert!(r["mx"].is_null());
}
