#![doc = include_str!("../README.md")]

mod convert;
// The www page's exports and the deserializer only they use: feature `www` (Cargo.toml). Unit
// tests see them always.
#[cfg(any(feature = "www", test))]
mod de;
#[cfg(any(feature = "www", test))]
mod doctor;
#[cfg(any(feature = "www", test))]
mod knowledge;
mod ser;
mod snapshot;

use portolan_core::form;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

pub use convert::ErrorCode;

/// Talc instead of std's dlmalloc: the same job in fewer bytes of the shipped wasm
/// (docs/BENCHMARKS.md, "Extension: where the bytes go"). Single-threaded wasm only.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The version of the core compiled into this module, so a stale build is easy to spot.
#[wasm_bindgen(js_name = coreVersion)]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Gmail's knowledge tables (`portolan_core::knowledge::gmail()`), every value with its
/// provenance: the popup's Reference panel renders them.
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
#[wasm_bindgen]
pub fn analyze(snapshot: JsValue, email: Option<String>) -> Result<JsValue, JsValue> {
    let snapshot = snapshot::read(snapshot).map_err(|e| convert::invalid_input(&e.0))?;
    let analysis = form::analyze(&snapshot, email.as_deref()).map_err(convert::analysis_error)?;
    convert::to_js(&analysis)
}
