//! The static site: `www/` plus the extension crate's wasm package built with feature `www` (the
//! same core as the module the extension ships, plus the doctor's exports) in `dist/www/`.

use std::fs;

use crate::files::{copy, copy_tree, mkdir};
use crate::shell::{Result, root};

/// Where the extension build leaves the site's package: the same crate and core as the shipped
/// one, built with feature `www` (the doctor's exports), which the extension's module leaves
/// out for its size budget (xtask/src/extension.rs).
pub const PACKAGE: &str = "target/www-package";
/// The package's files: the `--target web` glue and the module it loads next to itself.
const PACKAGE_FILES: &[&str] = &["portolan_extension.js", "portolan_extension_bg.wasm"];

/// Builds `dist/www/`; call after the extension build.
pub fn build() -> Result {
    let site = root().join("www");
    let out = root().join("dist/www");
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    copy_tree(&site, &out)?;
    let package = root().join(PACKAGE);
    let wasm = out.join("wasm");
    mkdir(&wasm)?;
    for file in PACKAGE_FILES {
        let from = package.join(file);
        if !from.is_file() {
            return Err(format!(
                "{} is missing: the extension build must run before the site's",
                from.display()
            ));
        }
        copy(&from, &wasm.join(file))?;
    }
    eprintln!("www: {} (wasm package from {PACKAGE})", out.display());
    Ok(())
}
