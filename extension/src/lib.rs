#![doc = include_str!("../README.md")]
// No `str` indexing in the shipped module: see core's `form` module.
#![deny(clippy::string_slice)]
// `no_std` in the module: its panics abort without `std`'s formatting of the message, 3 KiB
// of the shipped wasm (`panic` below). Native builds and the tests have `std`.
#![cfg_attr(all(target_arch = "wasm32", not(test)), no_std)]

extern crate alloc;

use crate::prelude::*;

#[cfg(any(all(not(target_feature = "atomics"), target_family = "wasm"), test))]
mod bins;
mod convert;
mod js;
mod json;
mod prelude;
// The www page's exports and the deserializer only they use: feature `www` (Cargo.toml). Unit
// tests see them always.
#[cfg(any(feature = "www", test))]
mod de;
#[cfg(any(feature = "www", test))]
mod doctor;
#[cfg(any(feature = "www", test))]
mod knowledge;
// The JS-object serializer of the www page's exports (`analyze` writes JSON text: `json.rs`).
#[cfg(any(feature = "www", test))]
mod ser;
mod snapshot;

use portolan_core::form;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

pub use convert::ErrorCode;

/// Power-of-two blocks with a free list per size (`bins.rs`) instead of std's dlmalloc: fewer
/// bytes of the shipped wasm and the fastest for an analysis's many small strings
/// (docs/BENCHMARKS.md, "Extension"). Single-threaded wasm only.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: bins::Bins = bins::Bins::new(bins::memory_grow);

/// A panic in the module (none is expected: core is tested to return a typed error or a plan
/// for any snapshot, and the exports catch nothing) traps: the service worker's call throws a
/// `RuntimeError` and the module stays usable for the next message.
#[cfg(all(target_arch = "wasm32", not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// The version of the core compiled into this module, so a stale build is easy to spot.
#[wasm_bindgen(js_name = coreVersion)]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Gmail's knowledge tables (`portolan_core::knowledge::gmail()`), every value with its
/// provenance, for the www page (`settings`'s sheet is built from the same tables). A fresh
/// object on every call.
///
/// The extension's build has no such export: the popup, the only part of the extension that
/// renders the tables, reads them from `popup/gmail-knowledge.json`, core's tables serialized
/// natively and committed (the test below fails when they are stale). The module the service
/// worker compiles on every wake-up then carries no 14 KiB of text it never reads
/// (docs/BENCHMARKS.md, "Extension: where the bytes go").
#[cfg(feature = "www")]
#[wasm_bindgen(js_name = gmailKnowledge)]
pub fn gmail_knowledge() -> Result<JsValue, JsValue> {
    convert::to_js(portolan_core::knowledge::gmail())
}

/// Core's bound on the number of controls it analyses (`form::analysis::MAX_CONTROLS`); the
/// service worker passes it to the snapshot builder so a huge page costs no more than a refusal.
#[wasm_bindgen(js_name = maxControls)]
pub fn max_controls() -> usize {
    form::analysis::MAX_CONTROLS
}

/// `portolan_core::form::analyze`: a `FormSnapshot` (the content script's JSON) and the user's
/// address in, the `Analysis` (fields, blocks, plan) out. Errors are JS `Error`s whose `code` is
/// an [`ErrorCode`].
///
/// The snapshot crosses as `JSON.stringify`'s text, in one piece (`snapshot.rs` says why); a
/// value it cannot write (a cycle, a BigInt) is `invalid-input`. The analysis crosses back as
/// JSON text too, which `JSON.parse` turns into the objects (`json.rs` says why).
#[wasm_bindgen]
pub fn analyze(snapshot: JsValue, email: Option<String>) -> Result<JsValue, JsValue> {
    let text = js::stringify(&snapshot)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| convert::invalid_input("invalid type: expected an object of plain data"))?;
    let snapshot = snapshot::read(&text).map_err(|e| convert::invalid_input(&e.0))?;
    let analysis = form::analyze(&snapshot, email.as_deref()).map_err(convert::analysis_error)?;
    convert::to_js_by_text(&analysis)
}

/// The committed corpus snapshots (`tests/fixtures/forms/*.snapshot.json`): each file's path
/// and text, for the tests that hold every one of them to something.
#[cfg(test)]
fn corpus_snapshots() -> Vec<(std::path::PathBuf, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/forms");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".snapshot.json") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
    assert!(out.len() >= 100, "{} snapshots", out.len());
    out
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    /// Walks `value`, failing on what `JSON.parse` of serde_json's text and `ser.rs` would
    /// build differently: a float (serde_json rounds an f32 to its shortest text, `ser.rs`
    /// widens it; NaN is `null` in one and NaN in the other), an integer past
    /// `Number.MAX_SAFE_INTEGER` (rounded by `JSON.parse`, refused by `ser.rs`), a `__proto__`
    /// key (an own property from `JSON.parse`, the prototype from `Reflect.set`).
    fn same_in_both(value: &Value, path: &str) -> Result<(), String> {
        match value {
            Value::Number(n) if n.as_u64().is_some_and(|v| v < 1 << 53) => Ok(()),
            Value::Number(n) if n.as_i64().is_some_and(|v| v.unsigned_abs() < 1 << 53) => Ok(()),
            Value::Number(n) => Err(format!("{path}: {n} is not a safe integer")),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| same_in_both(v, &format!("{path}[{i}]"))),
            Value::Object(fields) => fields.iter().try_for_each(|(k, v)| {
                if k == "__proto__" {
                    return Err(format!("{path}: a __proto__ key"));
                }
                same_in_both(v, &format!("{path}.{k}"))
            }),
            Value::Null | Value::Bool(_) | Value::String(_) => Ok(()),
        }
    }

    /// `extension/static/popup/gmail-knowledge.json` as it must be: the tables the popup
    /// renders (the Reference panel, the Connection panel's endpoints) of
    /// `portolan_core::knowledge::gmail()`, serialized by serde_json in the struct's order. The
    /// probe's tables (limits, fingerprints, server errors, TLS, MX) and the aliases and sources
    /// lists are the native host's and the www page's.
    fn popup_knowledge_text() -> String {
        let k = portolan_core::knowledge::gmail();
        let fields = [
            ("id", serde_json::to_string(&k.id)),
            ("name", serde_json::to_string(&k.name)),
            ("verified", serde_json::to_string(&k.verified)),
            ("endpoints", serde_json::to_string(&k.endpoints)),
            ("wrong_ports", serde_json::to_string(&k.wrong_ports)),
            ("misused_hosts", serde_json::to_string(&k.misused_hosts)),
            ("domains", serde_json::to_string(&k.domains)),
            ("username", serde_json::to_string(&k.username)),
            ("auth", serde_json::to_string(&k.auth)),
            ("access", serde_json::to_string(&k.access)),
        ];
        let body: Vec<String> = fields
            .iter()
            .map(|(key, value)| format!("\"{key}\":{}", value.as_ref().unwrap()))
            .collect();
        format!("{{{}}}\n", body.join(","))
    }

    /// The committed file is core's tables; `PORTOLAN_BLESS=1` rewrites it after a change to
    /// the knowledge. serde_json writes what `ser.rs` (the www build's `gmailKnowledge`) builds
    /// for these tables (`null` for `None`, skipped fields absent, variants by name, integers
    /// exact): `same_in_both` checks the conventions, bindings.test.mjs the objects.
    #[test]
    fn the_popup_knowledge_file_is_core_serialized_and_reads_as_ser_rs_builds_it() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("static/popup/gmail-knowledge.json");
        let want = popup_knowledge_text();
        if std::env::var_os("PORTOLAN_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap();
        assert!(
            have == want,
            "{} is stale: run PORTOLAN_BLESS=1 cargo test -p portolan-extension",
            path.display()
        );
        let parsed: Value = serde_json::from_str(&have).unwrap();
        same_in_both(&parsed, "gmail").unwrap();
    }

    #[test]
    fn the_check_refuses_what_would_differ() {
        let bad = serde_json::json!({"a": [1, {"b": 0.1}], "c": 9_007_199_254_740_993u64});
        assert!(same_in_both(&bad, "x").unwrap_err().contains("x.a[1].b"));
        let bad = serde_json::json!({"c": 9_007_199_254_740_993u64});
        assert!(same_in_both(&bad, "x").is_err());
        let bad: Value = serde_json::from_str(r#"{"__proto__": {}}"#).unwrap();
        assert!(same_in_both(&bad, "x").is_err());
        assert!(same_in_both(&serde_json::json!({"n": -5, "s": "t", "z": null}), "x").is_ok());
    }
}
