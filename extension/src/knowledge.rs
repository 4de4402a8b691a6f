//! Gmail's knowledge for the popup's reference and the www reference page: the settings sheet
//! (`portolan settings --json`) and the provider's whole tables, every value with its sources.

use portolan_core::knowledge;
use portolan_core::vocab::Protocol;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

use crate::convert;

/// `Provider::sheet`: the settings sheet for one protocol (`"imap"`, `"pop3"`, `"smtp"`), or for
/// all when `protocol` is `null` or `undefined`; the same document as `portolan settings
/// --json`. Another word is an `invalid-input` error.
#[wasm_bindgen]
pub fn settings(protocol: JsValue) -> Result<JsValue, JsValue> {
    let protocol: Option<Protocol> = convert::from_js(protocol)?;
    let sheet = knowledge::gmail().sheet(protocol);
    convert::to_js(&sheet)
}

/// `knowledge::gmail()` whole: endpoints, aliases, wrong ports (the myths), misused hosts,
/// username rule, sign-in methods, app-password rules, access rules, limits and sources, each
/// value with its provenance (sources, verification month, confidence).
#[wasm_bindgen]
pub fn provider() -> Result<JsValue, JsValue> {
    convert::to_js(knowledge::gmail())
}
