//! The settings doctor for the www page: a setting as a form holds it in, core's findings and
//! the corrected setting out.

use crate::prelude::*;
use core::fmt;

use portolan_core::doctor::{self, Finding, Setting};
use portolan_core::vocab::{Protocol, Security};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

use crate::convert;

/// `doctor::diagnose`: `{protocol, host, port, security, username?}` in (the port as a number
/// or as the text of a form field, `"993"`), `{findings, fixed}` out: core's report and the
/// setting with every fix applied. A port that is not a number from 0 to 65535 is an
/// `invalid-input` error whose message says so in plain words.
#[wasm_bindgen]
pub fn diagnose(setting: JsValue) -> Result<JsValue, JsValue> {
    let setting = Setting::from(convert::from_js::<TypedSetting>(setting)?);
    let report = doctor::diagnose(&setting);
    convert::to_js(&Diagnosis {
        findings: &report.findings,
        fixed: report.fixed(&setting),
    })
}

/// What JS sees: `{findings, fixed}`.
#[derive(Serialize)]
struct Diagnosis<'a> {
    findings: &'a [Finding],
    fixed: Setting,
}

/// [`Setting`] as a form holds it: the port may still be text.
#[derive(Deserialize)]
struct TypedSetting {
    protocol: Protocol,
    host: String,
    port: Port,
    security: Security,
    #[serde(default)]
    username: Option<String>,
}

impl From<TypedSetting> for Setting {
    fn from(typed: TypedSetting) -> Self {
        Setting {
            protocol: typed.protocol,
            host: typed.host,
            port: typed.port.0,
            security: typed.security,
            username: typed.username,
        }
    }
}

/// A TCP port read from a number or from a form field's text (surrounding spaces ignored).
#[derive(Debug, PartialEq, Eq)]
struct Port(u16);

/// Why a port field cannot be read; the message is what the page shows. The messages quote
/// what was typed with `Display`, never `Debug` or float formatting, which would weigh on the
/// shipped module (docs/BENCHMARKS.md, the wasm budget).
#[derive(Debug, PartialEq, Eq)]
enum PortError {
    /// The field is empty or only spaces.
    Empty,
    /// Text that is not a whole number (`"abc"`, `"99.5"`, `"-1"`).
    NotANumber(String),
    /// A JS number that is not a whole number from 0 up (`99.5`, `-1`, `NaN`).
    NotWhole,
    /// A whole number above 65535.
    OutOfRange(String),
}

impl fmt::Display for PortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PortError::Empty => f.write_str("Enter a port: a number such as 993, 995, 465 or 587."),
            PortError::NotANumber(text) => write!(
                f,
                "The port \"{text}\" is not a number: a port is a whole number such as 993, 995, \
                 465 or 587."
            ),
            PortError::NotWhole => f.write_str(
                "The port must be a whole number from 0 to 65535, such as 993, 995, 465 or 587.",
            ),
            PortError::OutOfRange(text) => write!(
                f,
                "The port {text} does not exist: ports go from 0 to 65535 (Gmail uses 993, 995, \
                 465 and 587)."
            ),
        }
    }
}

impl Port {
    fn parse(text: &str) -> Result<Self, PortError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(PortError::Empty);
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PortError::NotANumber(text.to_owned()));
        }
        text.parse()
            .map(Port)
            .map_err(|_| PortError::OutOfRange(text.to_owned()))
    }

    fn from_number(n: f64) -> Result<Self, PortError> {
        if !crate::de::is_whole(n) || n < 0.0 {
            Err(PortError::NotWhole)
        } else if n > f64::from(u16::MAX) {
            // A finite whole number: printed as an integer (saturating far beyond u64).
            Err(PortError::OutOfRange((n as u64).to_string()))
        } else {
            // A whole number in 0..=65535: the cast is exact.
            Ok(Port(n as u16))
        }
    }
}

impl<'de> Deserialize<'de> for Port {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PortVisitor)
    }
}

struct PortVisitor;

impl Visitor<'_> for PortVisitor {
    type Value = Port;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a port number from 0 to 65535")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Port, E> {
        u16::try_from(n)
            .map(Port)
            .map_err(|_| E::custom(PortError::OutOfRange(n.to_string())))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Port, E> {
        u16::try_from(n).map(Port).map_err(|_| match n {
            ..0 => E::custom(PortError::NotANumber(n.to_string())),
            _ => E::custom(PortError::OutOfRange(n.to_string())),
        })
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Port, E> {
        Port::from_number(n).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Port, E> {
        Port::parse(text).map_err(E::custom)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Port, E> {
        Err(E::custom(PortError::Empty))
    }

    fn visit_none<E: de::Error>(self) -> Result<Port, E> {
        Err(E::custom(PortError::Empty))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_text_table() {
        let cases: &[(&str, Result<u16, PortError>)] = &[
            ("993", Ok(993)),
            (" 587 ", Ok(587)),
            ("0", Ok(0)),
            ("65535", Ok(65535)),
            ("", Err(PortError::Empty)),
            ("   ", Err(PortError::Empty)),
            ("abc", Err(PortError::NotANumber("abc".into()))),
            ("99.5", Err(PortError::NotANumber("99.5".into()))),
            ("-1", Err(PortError::NotANumber("-1".into()))),
            ("+993", Err(PortError::NotANumber("+993".into()))),
            ("9 93", Err(PortError::NotANumber("9 93".into()))),
            ("65536", Err(PortError::OutOfRange("65536".into()))),
            (
                "99999999999999999999",
                Err(PortError::OutOfRange("99999999999999999999".into())),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(Port::parse(text).map(|p| p.0), *want, "{text:?}");
        }
    }

    #[test]
    fn port_number_table() {
        let cases: &[(f64, Result<u16, PortError>)] = &[
            (993.0, Ok(993)),
            (0.0, Ok(0)),
            (65535.0, Ok(65535)),
            (99.5, Err(PortError::NotWhole)),
            (-1.0, Err(PortError::NotWhole)),
            (f64::NAN, Err(PortError::NotWhole)),
            (f64::INFINITY, Err(PortError::NotWhole)),
            (65536.0, Err(PortError::OutOfRange("65536".into()))),
            (1e300, Err(PortError::OutOfRange(u64::MAX.to_string()))),
        ];
        for (n, want) in cases {
            assert_eq!(Port::from_number(*n).map(|p| p.0), *want, "{n}");
        }
    }

    #[test]
    fn messages_are_plain_and_quote_the_input() {
        assert!(
            PortError::NotANumber("abc".into())
                .to_string()
                .contains("\"abc\" is not a number")
        );
        assert!(
            PortError::OutOfRange("70000".into())
                .to_string()
                .contains("70000 does not exist")
        );
        assert!(PortError::Empty.to_string().starts_with("Enter a port"));
    }
}
