//! The settings sheet (`portolan settings --json`) for the www reference page. The provider's
//! whole tables, with every value's provenance, are `gmailKnowledge` in lib.rs (the popup's).

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
