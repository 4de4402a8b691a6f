//! The messages of docs/PROTOCOL.md: one `enum Request`, the response envelope, and the
//! append-only error codes.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The protocol's version number; raised only when a response changes incompatibly.
pub const PROTOCOL_VERSION: u32 = 1;
/// The host's version.
pub const HOST_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A request, after the envelope's `id` was taken out. Unknown fields are rejected.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Request {
    /// The host's and protocol's versions.
    Version,
    /// Every Gmail endpoint, plus the MX verdict for a custom domain.
    Check {
        /// The user's address, optional.
        #[serde(default)]
        email: Option<String>,
        /// The bound of each probe, default 5000.
        #[serde(default, rename = "timeoutMs")]
        timeout_ms: Option<u64>,
    },
    /// One endpoint.
    Probe {
        /// HOST:PORT.
        target: String,
        /// imap, pop3, smtp.
        protocol: portolan_core::Protocol,
        /// implicit-tls, starttls, none.
        security: portolan_core::Security,
        /// The bound, default 5000.
        #[serde(default, rename = "timeoutMs")]
        timeout_ms: Option<u64>,
    },
    /// The MX records of a domain.
    Mx {
        /// The domain.
        domain: String,
    },
    /// Gmail's settings (the same JSON as `portolan settings --json`).
    Settings,
}

/// Error codes. Append-only: a code is never renamed, renumbered or reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The frame is not UTF-8 JSON (an object).
    BadJson,
    /// The JSON is not a known request: unknown type, missing or unknown fields, bad values.
    BadRequest,
    /// The frame's length is over the 64 KiB cap; the host exits after this reply.
    FrameTooLarge,
    /// The target is not a Google mail host on a mail port.
    TargetNotAllowed,
    /// The host could not do the work (no runtime, unreadable CA file...).
    Internal,
    /// The reply would have exceeded the output cap.
    ReplyTooLarge,
}

/// The `version` member of every response.
#[derive(Debug, Serialize)]
pub struct Version {
    /// The host's version.
    pub host: &'static str,
    /// The protocol's version number.
    pub protocol: u32,
}

/// The version every response carries.
pub const VERSION: Version = Version {
    host: HOST_VERSION,
    protocol: PROTOCOL_VERSION,
};

/// An error reply's `error` member.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    /// The stable code to branch on.
    pub code: ErrorCode,
    /// A human-readable message; never branch on it.
    pub message: String,
}

/// A response: `result` or `error`, always with the request's `id` and `version`.
#[derive(Debug, Serialize)]
pub struct Response {
    /// The request's id (null when it could not be read).
    pub id: Value,
    /// The host's and protocol's versions.
    pub version: Version,
    /// The request's type, when it was understood.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// Or the error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorBody>,
}

impl Response {
    /// A successful response.
    pub fn ok(id: Value, kind: &'static str, result: Value) -> Self {
        Response {
            id,
            version: VERSION,
            kind: Some(kind),
            result: Some(result),
            error: None,
        }
    }

    /// An error response.
    pub fn error(id: Value, code: ErrorCode, message: impl Into<String>) -> Self {
        Response {
            id,
            version: VERSION,
            kind: None,
            result: None,
            error: Some(ErrorBody {
                code,
                message: message.into(),
            }),
        }
    }
}

/// Splits a frame into its id and request; a frame that is not one gives the error reply.
pub fn decode(frame: &[u8]) -> Result<(Value, Request), Box<Response>> {
    let fail = |id: Value, code, message: String| Box::new(Response::error(id, code, message));
    let text = std::str::from_utf8(frame).map_err(|_| {
        fail(
            Value::Null,
            ErrorCode::BadJson,
            "the frame is not UTF-8".into(),
        )
    })?;
    let value: Value = serde_json::from_str(text)
        .map_err(|e| fail(Value::Null, ErrorCode::BadJson, format!("not JSON: {e}")))?;
    let Value::Object(mut object) = value else {
        return Err(fail(
            Value::Null,
            ErrorCode::BadJson,
            "the message is not a JSON object".into(),
        ));
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    if !matches!(id, Value::Null | Value::String(_) | Value::Number(_)) {
        return Err(fail(
            Value::Null,
            ErrorCode::BadRequest,
            "id must be a string or a number".into(),
        ));
    }
    let request = serde_json::from_value(Value::Object(object))
        .map_err(|e| fail(id.clone(), ErrorCode::BadRequest, e.to_string()))?;
    Ok((id, request))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_are_spelled_as_documented() {
        // docs/PROTOCOL.md lists these; they never change.
        let table = [
            (ErrorCode::BadJson, "bad-json"),
            (ErrorCode::BadRequest, "bad-request"),
            (ErrorCode::FrameTooLarge, "frame-too-large"),
            (ErrorCode::TargetNotAllowed, "target-not-allowed"),
            (ErrorCode::Internal, "internal"),
            (ErrorCode::ReplyTooLarge, "reply-too-large"),
        ];
        for (code, spelling) in table {
            assert_eq!(serde_json::to_value(code).unwrap(), spelling);
        }
    }

    #[test]
    fn decoding() {
        let (id, req) = decode(br#"{"id":"7","type":"check","email":"a@b.c"}"#).unwrap();
        assert_eq!(id, "7");
        assert!(matches!(
            req,
            Request::Check {
                email: Some(_),
                timeout_ms: None
            }
        ));
        let err = decode(br#"{"id":1,"type":"check","extra":true}"#).unwrap_err();
        assert_eq!(err.error.unwrap().code, ErrorCode::BadRequest);
        assert_eq!(err.id, 1);
        let err = decode(b"\xff").unwrap_err();
        assert_eq!(err.error.unwrap().code, ErrorCode::BadJson);
        let err = decode(br#"{"id":2,"type":"format-disk"}"#).unwrap_err();
        assert_eq!(err.error.unwrap().code, ErrorCode::BadRequest);
        assert!(decode(br#"{"type":"version"}"#).is_ok());
    }

    proptest::proptest! {
        #[test]
        fn any_frame_decodes_or_gets_an_error_reply(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..256)) {
            match decode(&bytes) {
                Ok(_) => {}
                Err(reply) => proptest::prop_assert!(reply.error.is_some()),
            }
        }

        #[test]
        fn json_objects_with_any_members_never_panic(
            kind in "version|check|probe|mx|settings|[a-z]{0,8}",
            key in "[a-zA-Z]{0,10}",
            value in proptest::prelude::any::<i64>(),
        ) {
            let frame = format!(r#"{{"id":1,"type":"{kind}","{key}":{value}}}"#);
            let _ = decode(frame.as_bytes());
        }
    }
}
