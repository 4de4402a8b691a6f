//! Gmail's knowledge tables (`portolan_core::knowledge::gmail()`) serialized natively, at
//! build time, to `$OUT_DIR/gmail-knowledge.json`: `gmailKnowledge` (lib.rs) hands that text to
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
    let text = serde_json::to_string(portolan_core::knowledge::gmail())?;
    let dir = PathBuf::from(env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    fs::write(dir.join("gmail-knowledge.json"), text)?;
    Ok(())
}
