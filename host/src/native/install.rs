//! Native-messaging host manifests: what they say, where each browser looks for them, and
//! installing or removing them (the registry too, on Windows).
//!
//! Locations: Chromium's `chrome/common/chrome_paths.cc` (the user-level directory is
//! `<user-data-dir>/NativeMessagingHosts`), MDN "Native manifests" for Firefox.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde_json::{Value, json};
use thiserror::Error;

/// The host's name, as the extension passes it to `connectNative`.
pub const HOST_NAME: &str = "dev.portolan.host";
/// The Firefox add-on id when manifest.json names none (`browser_specific_settings.gecko.id`);
/// the extension build writes this one (extension/tools/manifest.mjs, docs/EXTENSION.md).
pub const DEFAULT_GECKO_ID: &str = "portolan@portolan";
/// The extension's manifest, the one source of truth for its key (and so its Chromium id).
const EXTENSION_MANIFEST: &str = include_str!("../../../manifest.json");

/// A browser Portolan installs for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Browser {
    /// Google Chrome.
    Chrome,
    /// Chromium.
    Chromium,
    /// Microsoft Edge.
    Edge,
    /// Brave.
    Brave,
    /// Firefox.
    Firefox,
}

/// Why an install or uninstall failed.
#[derive(Debug, Error)]
pub enum InstallFailed {
    /// No home directory to install under.
    #[error("cannot find the home directory (set HOME or pass --user-data-dir)")]
    NoHome,
    /// No extension id is known.
    #[error("manifest.json has no \"key\", so the extension id is unknown; pass --extension-id")]
    NoExtensionId,
    /// An extension id is not 32 letters a-p.
    #[error("{id:?} is not a Chromium extension id (32 letters a-p)")]
    BadExtensionId {
        /// The id given.
        id: String,
    },
    /// The host's own path is unknown.
    #[error("cannot find the portolan executable: {0}")]
    NoExecutable(std::io::Error),
    /// Writing or removing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The Windows registry could not be changed.
    #[cfg_attr(
        not(windows),
        expect(dead_code, reason = "only Windows has a registry")
    )]
    #[error("the registry could not be changed: {0}")]
    Registry(String),
}

/// The Chromium extension id for a manifest `key`: the first 16 bytes of the SHA-256 of the
/// DER public key, each hex digit 0-f written as a letter a-p.
pub fn extension_id_from_key(key_base64: &str) -> Option<String> {
    let der = base64::engine::general_purpose::STANDARD
        .decode(key_base64.trim())
        .ok()?;
    let digest = ring::digest::digest(&ring::digest::SHA256, &der);
    Some(
        digest.as_ref()[..16]
            .iter()
            .flat_map(|b| [b >> 4, b & 0x0f])
            .map(|nibble| char::from(b'a' + nibble))
            .collect(),
    )
}

/// The ids manifest.json implies: its Chromium id (from `key`) and its Firefox id.
pub fn manifest_ids() -> (Option<String>, String) {
    let manifest: Value = serde_json::from_str(EXTENSION_MANIFEST).unwrap_or(Value::Null);
    let chromium = manifest["key"].as_str().and_then(extension_id_from_key);
    let gecko = manifest["browser_specific_settings"]["gecko"]["id"]
        .as_str()
        .unwrap_or(DEFAULT_GECKO_ID)
        .to_owned();
    (chromium, gecko)
}

/// The host manifest for a browser.
pub fn manifest(
    browser: Browser,
    path: &Path,
    extension_ids: &[String],
) -> Result<Value, InstallFailed> {
    let (key_id, gecko_id) = manifest_ids();
    let base = json!({
        "name": HOST_NAME,
        "description": "Portolan: checks from this computer that Gmail's mail servers are reachable",
        "path": path.display().to_string(),
        "type": "stdio",
    });
    let Value::Object(mut object) = base else {
        return Err(InstallFailed::NoExtensionId);
    };
    if browser == Browser::Firefox {
        let ids = if extension_ids.is_empty() {
            vec![gecko_id]
        } else {
            extension_ids.to_vec()
        };
        object.insert("allowed_extensions".into(), json!(ids));
    } else {
        let ids = if extension_ids.is_empty() {
            vec![key_id.ok_or(InstallFailed::NoExtensionId)?]
        } else {
            extension_ids.to_vec()
        };
        if let Some(bad) = ids
            .iter()
            .find(|id| id.len() != 32 || !id.bytes().all(|b| (b'a'..=b'p').contains(&b)))
        {
            return Err(InstallFailed::BadExtensionId { id: bad.clone() });
        }
        let origins: Vec<String> = ids
            .iter()
            .map(|id| format!("chrome-extension://{id}/"))
            .collect();
        object.insert("allowed_origins".into(), json!(origins));
    }
    Ok(Value::Object(object))
}

/// The directory where `browser` looks for user-level host manifests. With a custom
/// `--user-data-dir`, Chromium browsers look in `<dir>/NativeMessagingHosts`; for Firefox the
/// directory stands for a home directory (`<dir>/.mozilla/native-messaging-hosts`).
pub fn manifest_dir(
    browser: Browser,
    user_data_dir: Option<&Path>,
) -> Result<PathBuf, InstallFailed> {
    if let Some(dir) = user_data_dir {
        return Ok(match browser {
            Browser::Firefox => dir.join(".mozilla/native-messaging-hosts"),
            _ => dir.join("NativeMessagingHosts"),
        });
    }
    platform_dir(browser)
}

fn platform_dir(browser: Browser) -> Result<PathBuf, InstallFailed> {
    let var = |name: &str| std::env::var_os(name).map(PathBuf::from);
    #[cfg(target_os = "macos")]
    return Ok(macos_dir(
        &var("HOME").ok_or(InstallFailed::NoHome)?,
        browser,
    ));
    #[cfg(windows)]
    return Ok(windows_dir(
        &var("LOCALAPPDATA").ok_or(InstallFailed::NoHome)?,
        browser,
    ));
    #[cfg(not(any(target_os = "macos", windows)))]
    {
        let home = var("HOME").ok_or(InstallFailed::NoHome)?;
        let config = var("XDG_CONFIG_HOME").unwrap_or_else(|| home.join(".config"));
        Ok(linux_dir(&home, &config, browser))
    }
}

// Every platform's paths compile (and are tested) everywhere; only the choice is per platform.
#[cfg_attr(
    any(target_os = "macos", windows),
    expect(dead_code, reason = "Linux paths")
)]
fn linux_dir(home: &Path, config: &Path, browser: Browser) -> PathBuf {
    match browser {
        Browser::Chrome => config.join("google-chrome/NativeMessagingHosts"),
        Browser::Chromium => config.join("chromium/NativeMessagingHosts"),
        Browser::Edge => config.join("microsoft-edge/NativeMessagingHosts"),
        Browser::Brave => config.join("BraveSoftware/Brave-Browser/NativeMessagingHosts"),
        Browser::Firefox => home.join(".mozilla/native-messaging-hosts"),
    }
}

#[cfg_attr(
    not(target_os = "macos"),
    allow(dead_code, reason = "macOS paths, tested everywhere")
)]
fn macos_dir(home: &Path, browser: Browser) -> PathBuf {
    home.join("Library/Application Support")
        .join(match browser {
            Browser::Chrome => "Google/Chrome/NativeMessagingHosts",
            Browser::Chromium => "Chromium/NativeMessagingHosts",
            Browser::Edge => "Microsoft Edge/NativeMessagingHosts",
            Browser::Brave => "BraveSoftware/Brave-Browser/NativeMessagingHosts",
            Browser::Firefox => "Mozilla/NativeMessagingHosts",
        })
}

/// On Windows the manifest can live anywhere; the registry key points at it.
#[cfg_attr(
    not(windows),
    allow(dead_code, reason = "Windows paths, tested everywhere")
)]
fn windows_dir(local_app_data: &Path, browser: Browser) -> PathBuf {
    local_app_data
        .join("Portolan")
        .join("NativeMessagingHosts")
        .join(format!("{browser:?}").to_lowercase())
}

/// The HKCU key whose default value is the manifest's path (Brave reads Chrome's key).
#[cfg_attr(
    not(windows),
    allow(dead_code, reason = "Windows registry, tested everywhere")
)]
fn registry_key(browser: Browser) -> String {
    let vendor = match browser {
        Browser::Chrome | Browser::Brave => r"Google\Chrome",
        Browser::Chromium => "Chromium",
        Browser::Edge => r"Microsoft\Edge",
        Browser::Firefox => "Mozilla",
    };
    format!(r"HKCU\Software\{vendor}\NativeMessagingHosts\{HOST_NAME}")
}

/// Writes the manifest (and on Windows, the registry key); returns the manifest's path.
pub fn install(
    browser: Browser,
    user_data_dir: Option<&Path>,
    extension_ids: &[String],
) -> Result<PathBuf, InstallFailed> {
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(InstallFailed::NoExecutable)?;
    let text = serde_json::to_string_pretty(&manifest(browser, &exe, extension_ids)?)
        .map_err(|e| io_failed("manifest", e.into()))?;
    let dir = manifest_dir(browser, user_data_dir)?;
    std::fs::create_dir_all(&dir).map_err(|e| io_failed(&dir.display().to_string(), e))?;
    let file = dir.join(format!("{HOST_NAME}.json"));
    std::fs::write(&file, text + "\n").map_err(|e| io_failed(&file.display().to_string(), e))?;
    if user_data_dir.is_none() {
        registry::register(browser, &file)?;
    }
    Ok(file)
}

/// Removes the manifest (and the registry key); returns the path removed, if it existed.
pub fn uninstall(
    browser: Browser,
    user_data_dir: Option<&Path>,
) -> Result<Option<PathBuf>, InstallFailed> {
    let file = manifest_dir(browser, user_data_dir)?.join(format!("{HOST_NAME}.json"));
    if user_data_dir.is_none() {
        registry::unregister(browser)?;
    }
    match std::fs::remove_file(&file) {
        Ok(()) => Ok(Some(file)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_failed(&file.display().to_string(), e)),
    }
}

fn io_failed(path: &str, source: std::io::Error) -> InstallFailed {
    InstallFailed::Io {
        path: path.to_owned(),
        source,
    }
}

#[cfg(windows)]
mod registry {
    //! `reg.exe` writes and removes the key (no registry crate needed).
    use super::{Browser, InstallFailed, registry_key};
    use std::path::Path;

    fn reg(args: &[&str]) -> Result<(), InstallFailed> {
        let status = std::process::Command::new("reg")
            .args(args)
            .status()
            .map_err(|e| InstallFailed::Registry(e.to_string()))?;
        if status.success() {
            Ok(())
        } else {
            Err(InstallFailed::Registry(format!("reg {}", args.join(" "))))
        }
    }

    pub fn register(browser: Browser, manifest: &Path) -> Result<(), InstallFailed> {
        let path = manifest.display().to_string();
        reg(&[
            "add",
            &registry_key(browser),
            "/ve",
            "/t",
            "REG_SZ",
            "/d",
            &path,
            "/f",
        ])
    }

    pub fn unregister(browser: Browser) -> Result<(), InstallFailed> {
        // A missing key is fine: there is nothing to remove.
        let _ = reg(&["delete", &registry_key(browser), "/f"]);
        Ok(())
    }
}

#[cfg(not(windows))]
mod registry {
    //! Only Windows has a registry; elsewhere the manifest file is all.
    use super::{Browser, InstallFailed};
    use std::path::Path;

    pub fn register(_: Browser, _: &Path) -> Result<(), InstallFailed> {
        Ok(())
    }

    pub fn unregister(_: Browser) -> Result<(), InstallFailed> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_from_key() {
        assert!(extension_id_from_key("!!").is_none());
        // The id docs/EXTENSION.md publishes for manifest.json's key.
        let (chromium, gecko) = manifest_ids();
        assert_eq!(
            chromium.as_deref(),
            Some("ciafbknicphdjnodmcclioichdbnokbj")
        );
        assert_eq!(gecko, "portolan@portolan");
    }

    #[test]
    fn gecko_id_is_the_extension_builds() {
        // The Firefox manifest's id comes from extension/tools/manifest.mjs; the host must allow
        // that same id when manifest.json names none.
        let tool = include_str!("../../../extension/tools/manifest.mjs");
        assert!(
            tool.contains(&format!("export const GECKO_ID = '{DEFAULT_GECKO_ID}';")),
            "extension/tools/manifest.mjs's GECKO_ID is not {DEFAULT_GECKO_ID}"
        );
    }

    #[test]
    fn every_platform_path() {
        let home = Path::new("/h");
        assert_eq!(
            macos_dir(home, Browser::Chrome),
            Path::new("/h/Library/Application Support/Google/Chrome/NativeMessagingHosts")
        );
        assert_eq!(
            linux_dir(home, &home.join(".config"), Browser::Brave),
            Path::new("/h/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts")
        );
        assert!(windows_dir(home, Browser::Edge).ends_with("Portolan/NativeMessagingHosts/edge"));
        // Firefox (MDN, "Native manifests"): per user, not per profile.
        assert_eq!(
            linux_dir(home, &home.join(".config"), Browser::Firefox),
            Path::new("/h/.mozilla/native-messaging-hosts")
        );
        assert_eq!(
            macos_dir(home, Browser::Firefox),
            Path::new("/h/Library/Application Support/Mozilla/NativeMessagingHosts")
        );
        assert!(
            windows_dir(home, Browser::Firefox).ends_with("Portolan/NativeMessagingHosts/firefox")
        );
        assert_eq!(
            registry_key(Browser::Brave),
            r"HKCU\Software\Google\Chrome\NativeMessagingHosts\dev.portolan.host"
        );
        assert_eq!(
            registry_key(Browser::Firefox),
            r"HKCU\Software\Mozilla\NativeMessagingHosts\dev.portolan.host"
        );
    }
}
