//! Prerequisites, installed on first use (DESIGN.md, "Commands"): the Rust targets, the pinned
//! wasm-bindgen-cli and wasm-pack, the npm packages from the committed lockfile, and Debian
//! packages when running as root (otherwise the exact command to run is printed).

use crate::shell::{self, Result, cmd, on_path, output, root};

/// wasm-pack, pinned here and nowhere else.
const WASM_PACK_VERSION: &str = "0.15.1";

/// geckodriver, which drives Firefox ESR in the Firefox tests.
const GECKODRIVER_VERSION: &str = "0.37.1";

/// cargo-fuzz, which builds and runs the fuzz targets under `fuzz/` (nightly toolchain).
const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// The toolchain the fuzz targets build with (libFuzzer needs `-Z sanitizer`).
pub const FUZZ_TOOLCHAIN: &str = "nightly";

/// Rust targets beside the host's: the wasm of the extension and www, and Windows, whose host
/// code (the registry install) is compiled by `cargo xtask test`.
pub const RUST_TARGETS: &[&str] = &["wasm32-unknown-unknown", WINDOWS_TARGET];

/// The Windows target the host's Windows code is checked against.
pub const WINDOWS_TARGET: &str = "x86_64-pc-windows-gnu";

/// Debian packages the tests and the demo need: the browsers, the real mail and DNS peers, and
/// the MinGW C compiler that ring's build script needs for the Windows check.
pub const DEBIAN_PACKAGES: &[&str] = &[
    "chromium",
    "firefox-esr",
    "gcc-mingw-w64-x86-64",
    "dovecot-imapd",
    "dovecot-pop3d",
    "dovecot-submissiond",
    "dnsmasq-base",
];

/// The wasm-bindgen version, read from its one pin in the workspace Cargo.toml.
pub fn wasm_bindgen_version() -> Result<String> {
    let text = std::fs::read_to_string(root().join("Cargo.toml"))
        .map_err(|e| format!("cannot read Cargo.toml: {e}"))?;
    text.lines()
        .find_map(|line| {
            // `wasm-bindgen = "=X.Y.Z"` or `wasm-bindgen = { version = "=X.Y.Z", ... }`.
            let rest = line.trim().strip_prefix("wasm-bindgen = ")?;
            let rest = rest.strip_prefix("{ version = ").unwrap_or(rest);
            rest.strip_prefix("\"=")?
                .split('"')
                .next()
                .map(str::to_owned)
        })
        .ok_or_else(|| "Cargo.toml has no `wasm-bindgen` pin (\"=X.Y.Z\")".to_owned())
}

/// The Rust side: the wasm target and the pinned CLIs.
pub fn rust_tools() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    for target in RUST_TARGETS {
        if !installed.lines().any(|t| t.trim() == *target) {
            shell::run(cmd("rustup", &["target", "add", target]))?;
        }
    }
    let want = wasm_bindgen_version()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if !have.split_whitespace().any(|w| w == want) {
        cargo_install("wasm-bindgen-cli", &want)?;
    }
    let have = output("wasm-pack", &["--version"]).unwrap_or_default();
    if !have.split_whitespace().any(|w| w == WASM_PACK_VERSION) {
        cargo_install("wasm-pack", WASM_PACK_VERSION)?;
    }
    let have = output("geckodriver", &["--version"]).unwrap_or_default();
    if !have.split_whitespace().any(|w| w == GECKODRIVER_VERSION) {
        cargo_install("geckodriver", GECKODRIVER_VERSION)?;
    }
    Ok(())
}

/// The fuzzing tools: the nightly toolchain and cargo-fuzz.
pub fn fuzz_tools() -> Result {
    let toolchains = output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|t| t.starts_with(FUZZ_TOOLCHAIN)) {
        shell::run(cmd(
            "rustup",
            &[
                "toolchain",
                "install",
                FUZZ_TOOLCHAIN,
                "--profile",
                "minimal",
            ],
        ))?;
    }
    let have = output("cargo", &["fuzz", "--version"]).unwrap_or_default();
    if !have.split_whitespace().any(|w| w == CARGO_FUZZ_VERSION) {
        cargo_install("cargo-fuzz", CARGO_FUZZ_VERSION)?;
    }
    Ok(())
}

/// `cargo install --locked` at an exact version. A crate's lockfile can name a dependency
/// version the registry no longer serves (wasm-bindgen-cli 0.2.130 locks webpki-roots 1.0.11);
/// then the install is retried with fresh resolution, still at the pinned crate version.
fn cargo_install(krate: &str, version: &str) -> Result {
    let locked = shell::run(cmd(
        "cargo",
        &["install", "--locked", krate, "--version", version],
    ));
    if locked.is_ok() {
        return locked;
    }
    eprintln!("xtask: `cargo install --locked {krate}` failed; retrying without its lockfile");
    shell::run(cmd("cargo", &["install", krate, "--version", version]))
}

/// npm packages from package-lock.json into ./node_modules (skipped when already current).
pub fn npm_packages() -> Result {
    let lock = root().join("package-lock.json");
    let stamp = root().join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&stamp)) {
        (Ok(l), Ok(s)) => match (l.modified(), s.modified()) {
            (Ok(l), Ok(s)) => s >= l,
            _ => false,
        },
        _ => false,
    };
    if !lock.exists() || fresh {
        return Ok(());
    }
    if !on_path("npm") {
        return Err("npm is not installed: apt-get install nodejs npm".to_owned());
    }
    shell::run(cmd("npm", &["ci", "--no-audit", "--no-fund"]))
}

/// Debian packages: installed with apt-get when root, else the command is printed.
pub fn debian_packages() -> Result {
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .copied()
        .filter(|p| {
            let status = output("dpkg-query", &["-W", "-f=${Status}", p]).unwrap_or_default();
            !status.contains("install ok installed")
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.join(" ");
    let is_root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    if !is_root {
        return Err(format!(
            "missing Debian packages; run: sudo apt-get update && sudo apt-get install -y {list}"
        ));
    }
    shell::run(cmd("apt-get", &["update", "-qq"]))?;
    let mut install = cmd(
        "apt-get",
        &["install", "-y", "-qq", "--no-install-recommends"],
    );
    install
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive");
    shell::run(install)
}

/// Everything, in order.
pub fn all() -> Result {
    debian_packages()?;
    rust_tools()?;
    fuzz_tools()?;
    npm_packages()
}
