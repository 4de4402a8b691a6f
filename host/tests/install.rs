//! `portolan install|uninstall|print-manifest`: the right manifest in the right place.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

#[allow(dead_code, reason = "shared support; each test binary uses a part")]
mod support;

use std::process::Command;

use support::PORTOLAN;

const ID: &str = "abcdefghijklmnopabcdefghijklmnop";

fn run(args: &[&str], home: &std::path::Path) -> std::process::Output {
    Command::new(PORTOLAN)
        .args(args)
        .env("HOME", home)
        .env_remove("XDG_CONFIG_HOME")
        .output()
        .unwrap()
}

#[test]
fn chromium_profile_install_and_uninstall() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile");
    let p = profile.to_str().unwrap();
    let out = run(
        &[
            "install",
            "--browser",
            "chromium",
            "--user-data-dir",
            p,
            "--extension-id",
            ID,
        ],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = profile.join("NativeMessagingHosts/dev.portolan.host.json");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(manifest["name"], "dev.portolan.host");
    assert_eq!(manifest["type"], "stdio");
    assert_eq!(
        manifest["allowed_origins"],
        serde_json::json!([format!("chrome-extension://{ID}/")])
    );
    let path = std::path::Path::new(manifest["path"].as_str().unwrap());
    assert!(path.is_absolute() && path.exists());
    let out = run(
        &["uninstall", "--browser", "chromium", "--user-data-dir", p],
        dir.path(),
    );
    assert!(out.status.success());
    assert!(!file.exists());
}

#[test]
fn default_locations_per_browser() {
    let home = tempfile::tempdir().unwrap();
    for (browser, dir) in [
        ("chrome", ".config/google-chrome/NativeMessagingHosts"),
        ("chromium", ".config/chromium/NativeMessagingHosts"),
        ("edge", ".config/microsoft-edge/NativeMessagingHosts"),
        (
            "brave",
            ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
        ),
        ("firefox", ".mozilla/native-messaging-hosts"),
    ] {
        // No --extension-id: the ids come from manifest.json's key and the Firefox add-on id.
        let out = run(&["install", "--browser", browser], home.path());
        assert!(
            out.status.success(),
            "{browser}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let file = home.path().join(dir).join("dev.portolan.host.json");
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        if browser == "firefox" {
            assert_eq!(
                manifest["allowed_extensions"],
                serde_json::json!(["portolan@portolan"])
            );
            assert!(manifest.get("allowed_origins").is_none());
        } else {
            assert!(manifest.get("allowed_extensions").is_none());
            assert_eq!(
                manifest["allowed_origins"],
                serde_json::json!(["chrome-extension://ciafbknicphdjnodmcclioichdbnokbj/"])
            );
        }
    }
}

#[test]
fn print_manifest_and_bad_ids() {
    let home = tempfile::tempdir().unwrap();
    let out = run(&["print-manifest", "--browser", "firefox"], home.path());
    assert!(out.status.success());
    let m: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(m["name"], "dev.portolan.host");
    let out = run(
        &[
            "print-manifest",
            "--browser",
            "chrome",
            "--extension-id",
            "not-an-id",
        ],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(2));
}
