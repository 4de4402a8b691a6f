//! The one place where values cross between JS and Rust: a single serializer configuration and
//! the mapping of core's errors to JS `Error`s with a stable `code`.

use portolan_core::form::AnalysisError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

/// Every export serializes through this: JS sees plain objects (never `Map`) and `null` for a
/// missing value, so the output reads the same as the CLI's JSON.
const SERIALIZER: serde_wasm_bindgen::Serializer = serde_wasm_bindgen::Serializer::new()
    .serialize_maps_as_objects(true)
    .serialize_missing_as_null(true);

/// The stable codes JS branches on (`err.code`). Append-only: a code, once shipped, keeps its
/// spelling and meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The argument did not have the shape of the contract (a bug in the caller).
    InvalidInput,
    /// The result could not be turned into a JS value (a bug in the bindings).
    SerializeFailed,
    /// The page has more form controls than Portolan looks at.
    TooManyControls,
    /// Core refused the input for a reason these bindings do not know yet.
    AnalysisFailed,
}

impl ErrorCode {
    /// The spelling JS sees.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid-input",
            ErrorCode::SerializeFailed => "serialize-failed",
            ErrorCode::TooManyControls => "too-many-controls",
            ErrorCode::AnalysisFailed => "analysis-failed",
        }
    }

    /// The code of one analysis error.
    pub fn of_analysis(err: &AnalysisError) -> Self {
        match err {
            AnalysisError::TooManyControls { .. } => ErrorCode::TooManyControls,
            _ => ErrorCode::AnalysisFailed,
        }
    }
}

/// A JS `Error` with `message` and a `code` property.
fn js_error(code: ErrorCode, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    // Reflect.set on a fresh Error object cannot fail (it is extensible and has no setter).
    let _ = js_sys::Reflect::set(
        &err,
        &JsValue::from_str("code"),
        &JsValue::from_str(code.as_str()),
    );
    err.into()
}

/// The plain message of a serde-wasm-bindgen error (which wraps a JS `Error`; its `Display`
/// would prefix "Error: ").
fn message(err: serde_wasm_bindgen::Error) -> String {
    let js = JsValue::from(err);
    match js.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => js.as_string().unwrap_or_default(),
    }
}

/// Deserializes an argument; a shape error becomes `invalid-input`.
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, JsValue> {
    crate::de::from_value(value).map_err(|e| js_error(ErrorCode::InvalidInput, &e.0))
}

/// A shape error of an argument as an `invalid-input` JS `Error`.
pub fn invalid_input(err: crate::de::Error) -> JsValue {
    js_error(ErrorCode::InvalidInput, &err.0)
}

/// Serializes a result through the shared serializer.
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&SERIALIZER)
        .map_err(|e| js_error(ErrorCode::SerializeFailed, &message(e)))
}

/// Core's analysis error as a JS `Error`.
pub fn analysis_error(err: AnalysisError) -> JsValue {
    js_error(ErrorCode::of_analysis(&err), &err.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_analysis_error_maps_to_its_code() {
        let cases = [(
            AnalysisError::TooManyControls {
                count: 10_001,
                limit: 10_000,
            },
            "too-many-controls",
        )];
        for (err, code) in cases {
            assert_eq!(ErrorCode::of_analysis(&err).as_str(), code, "{err}");
        }
    }

    #[test]
    fn codes_are_distinct_kebab_case() {
        let all = [
            ErrorCode::InvalidInput,
            ErrorCode::SerializeFailed,
            ErrorCode::TooManyControls,
            ErrorCode::AnalysisFailed,
        ];
        let mut seen = std::collections::BTreeSet::new();
        for code in all {
            let s = code.as_str();
            assert!(s.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{s}");
            assert!(seen.insert(s), "duplicate {s}");
        }
    }
}
