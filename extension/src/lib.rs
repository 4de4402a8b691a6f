#![doc = include_str!("../README.md")]

use wasm_bindgen::prelude::wasm_bindgen;

/// The version of the core compiled into this module, so a stale build is easy to spot.
#[wasm_bindgen(js_name = coreVersion)]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
