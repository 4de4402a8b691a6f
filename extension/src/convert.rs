//! The one place where values cross between JS and Rust: a single serializer configuration and
//! the mapping of core's errors to JS `Error`s with a stable `code`.

use portolan_core::form::AnalysisError;
use serde::Serialize;
use wasm_bindgen::JsValue;

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
    let err = crate::js::JsError::new(message);
    // Reflect.set on a fresh Error object cannot fail (it is extensible and has no setter).
    let _ = crate::js::reflect_set(
        &err,
        &JsValue::from_str("code"),
        &JsValue::from_str(code.as_str()),
    );
    err.into()
}

/// Deserializes an argument; a shape error becomes `invalid-input`.
#[cfg(any(feature = "www", test))]
pub fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, JsValue> {
    crate::de::from_value(value).map_err(|e| invalid_input(&e.0))
}

/// A shape error of an argument (its plain message) as an `invalid-input` JS `Error`.
pub fn invalid_input(message: &str) -> JsValue {
    js_error(ErrorCode::InvalidInput, message)
}

/// Serializes a result to JS objects (`ser.rs`): JS sees plain objects (never `Map`) and
/// `null` for a missing value, so the output reads the same as the CLI's JSON.
#[cfg(any(feature = "www", test))]
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    crate::ser::to_value(value).map_err(|e| js_error(ErrorCode::SerializeFailed, &e.0))
}

/// The same objects as [`to_js`] builds, written as JSON text (`json.rs`) and parsed by
/// `JSON.parse`: one crossing of the JS boundary for the whole value.
pub fn to_js_by_text<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text =
        crate::json::to_string(value).map_err(|e| js_error(ErrorCode::SerializeFailed, &e.0))?;
    crate::js::parse(&text).map_err(|_| js_error(ErrorCode::SerializeFailed, "unreadable JSON"))
}

/// Core's analysis error as a JS `Error`.
pub fn analysis_error(err: AnalysisError) -> JsValue {
    js_error(ErrorCode::of_analysis(&err), &err.message())
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
