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

#[test]
fn firefox_home_install_with_an_add_on_id_and_uninstall() {
    // For Firefox, --user-data-dir stands for a home: the manifest goes where Firefox run with
    // HOME=DIR looks (tests/browser/firefox.test.mjs runs Firefox so).
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let h = home.to_str().unwrap();
    let out = run(
        &[
            "install",
            "--browser",
            "firefox",
            "--user-data-dir",
            h,
            "--extension-id",
            "other@example.org",
        ],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = home.join(".mozilla/native-messaging-hosts/dev.portolan.host.json");
    assert!(String::from_utf8_lossy(&out.stdout).contains(file.to_str().unwrap()));
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(manifest["name"], "dev.portolan.host");
    assert_eq!(manifest["type"], "stdio");
    // A gecko id is not a Chromium id: no a-p check, and no allowed_origins.
    assert_eq!(
        manifest["allowed_extensions"],
        serde_json::json!(["other@example.org"])
    );
    assert!(manifest.get("allowed_origins").is_none());
    let path = std::path::Path::new(manifest["path"].as_str().unwrap());
    assert!(path.is_absolute() && path.exists());
    // Nothing went to the real home's Firefox directory.
    assert!(!dir.path().join(".mozilla").exists());

    // Installing again replaces the manifest (the default id this time).
    let out = run(
        &["install", "--browser", "firefox", "--user-data-dir", h],
        dir.path(),
    );
    assert!(out.status.success());
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(
        manifest["allowed_extensions"],
        serde_json::json!(["portolan@portolan"])
    );

    let out = run(
        &["uninstall", "--browser", "firefox", "--user-data-dir", h],
        dir.path(),
    );
    assert!(out.status.success());
    assert!(!file.exists());
    let out = run(
        &["uninstall", "--browser", "firefox", "--user-data-dir", h],
        dir.path(),
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("was not installed"));
}

#[test]
fn firefox_print_manifest_names_the_add_on() {
    let home = tempfile::tempdir().unwrap();
    let out = run(&["print-manifest", "--browser", "firefox"], home.path());
    assert!(out.status.success());
    let m: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        m["allowed_extensions"],
        serde_json::json!(["portolan@portolan"])
    );
    assert!(m.get("allowed_origins").is_none());
    assert_eq!(m["type"], "stdio");
    assert!(std::path::Path::new(m["path"].as_str().unwrap()).is_absolute());
    // print-manifest writes nothing.
    assert!(!home.path().join(".mozilla").exists());
}
