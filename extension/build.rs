//! The popup's part of Gmail's knowledge tables (`portolan_core::knowledge::gmail()`: the
//! tables the Reference and Connection panels render) serialized natively, at build time, to
//! `$OUT_DIR/gmail-knowledge.json`: `gmailKnowledge` (lib.rs) hands that text to
//! `JSON.parse`, so the shipped wasm carries the text instead of the tables' serialization code
//! (docs/BENCHMARKS.md, "Extension: where the bytes go"). serde_json writes what `ser.rs` would
//! build for these tables (`null` for `None`, skipped fields absent, variants by name, integers
//! exact): lib.rs's tests check the conventions on the value.

use std::path::PathBuf;
use std::{env, fs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The text depends only on portolan-core, a build-dependency: a change to it rebuilds this
    // script, and cargo runs it again.
    println!("cargo:rerun-if-changed=build.rs");
    let k = portolan_core::knowledge::gmail();
    // The tables the popup renders (the Reference panel, the Connection panel's endpoints), in
    // the struct's order; the probe's tables (limits, fingerprints, server errors, TLS, MX) and
    // the aliases and sources lists are the native host's and the www page's, not the popup's.
    let fields = [
        ("id", serde_json::to_string(&k.id)?),
        ("name", serde_json::to_string(&k.name)?),
        ("verified", serde_json::to_string(&k.verified)?),
        ("endpoints", serde_json::to_string(&k.endpoints)?),
        ("wrong_ports", serde_json::to_string(&k.wrong_ports)?),
        ("misused_hosts", serde_json::to_string(&k.misused_hosts)?),
        ("domains", serde_json::to_string(&k.domains)?),
        ("username", serde_json::to_string(&k.username)?),
        ("auth", serde_json::to_string(&k.auth)?),
        ("access", serde_json::to_string(&k.access)?),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("\"{key}\":{value}"))
        .collect();
    let text = format!("{{{}}}", body.join(","));
    let dir = PathBuf::from(env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    fs::write(dir.join("gmail-knowledge.json"), text)?;
    Ok(())
}
