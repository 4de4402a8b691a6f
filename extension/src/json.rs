//! A small serde `Serializer` to JSON text, for `analyze`'s result: the text crosses to JS in
//! one piece and `JSON.parse` builds the objects there.
//!
//! Building the result object by object from the wasm side (`ser.rs`) took a crossing per
//! key and per value and a `TextDecoder` call per string, which in Chromium cost more than
//! writing the text and parsing it (docs/BENCHMARKS.md, "Extension"). `JSON.parse` of the text
//! builds what `ser.rs` built: plain objects and arrays, `null` for `None` and `()`, unit
//! variants as their names, other variants as `{"Variant": content}`, integers when they are
//! safe integers, and an `f32` as the `f64` it widens to (its exact decimal expansion, which
//! `JSON.parse` reads back to that very number). What JSON text cannot hold exactly, or this
//! writer does not write, is an error, not an approximation: bytes, a float that is not
//! finite, is below 2^-36 (0 aside) or from 2^53 on, an `f64` that is no `f32`, a map. No
//! analysis holds any of them.

use crate::prelude::*;
use core::fmt;

use portolan_core::form::text::{cat, decimal, push_decimal};
use serde::Serialize;
use serde::ser;

/// A serialization (here or in `ser.rs`; in `de.rs`, a deserialization) failure, in plain words.
#[derive(Debug)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl core::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

type Result<T = ()> = core::result::Result<T, Error>;

/// `value` as JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut out = Json(String::new());
    value.serialize(&mut out)?;
    Ok(out.0)
}

/// `Number.MAX_SAFE_INTEGER`.
const MAX_SAFE: u64 = (1 << 53) - 1;

/// A value JSON text cannot hold exactly (see the module doc).
fn inexact() -> Error {
    Error("a value this JSON writer does not write (bytes, a float out of range, a map)".to_owned())
}

/// The text being written.
struct Json(String);

impl Json {
    /// Digits of `n`.
    fn unsigned(&mut self, n: u64) {
        push_decimal(&mut self.0, n);
    }

    fn signed(&mut self, negative: bool, magnitude: u64) -> Result {
        if magnitude > MAX_SAFE {
            return Err(Error(cat(&[
                if negative { "-" } else { "" },
                &decimal(magnitude),
                " can't be represented as a JavaScript number",
            ])));
        }
        if negative && magnitude > 0 {
            self.0.push('-');
        }
        self.unsigned(magnitude);
        Ok(())
    }

    /// The exact decimal expansion of a finite `f32` (every `f32` is a binary fraction, so
    /// its expansion ends): `JSON.parse` reads it back to the `f64` the `f32` widens to. Not
    /// finite, from 2^53 on or below 2^-36 but for 0 (no analysis holds such a number), it is
    /// an error: 64 bits of arithmetic would not hold its digits.
    fn float(&mut self, v: f32) -> Result {
        if !v.is_finite() {
            return Err(inexact());
        }
        let bits = v.to_bits();
        if bits >> 31 == 1 && v != 0.0 {
            self.0.push('-');
        }
        let exponent = ((bits >> 23) & 0xff) as i32;
        let fraction = u64::from(bits & 0x7f_ffff);
        // value = mantissa * 2^power
        let (mantissa, power) = if exponent == 0 {
            (fraction, -149)
        } else {
            (fraction | 1 << 23, exponent - 150)
        };
        if mantissa == 0 {
            self.0.push('0');
            return Ok(());
        }
        if power >= 0 {
            if power > 29 {
                return Err(inexact());
            }
            // At most 24 + 29 bits.
            self.unsigned(mantissa << power);
            return Ok(());
        }
        let places = power.unsigned_abs();
        if places > 60 {
            return Err(inexact());
        }
        self.unsigned(mantissa >> places);
        let mask = (1u64 << places) - 1;
        let mut rest = mantissa & mask;
        if rest != 0 {
            self.0.push('.');
        }
        // Each step shifts one decimal digit out; `rest * 10` needs `places + 4` bits.
        while rest != 0 {
            rest *= 10;
            self.0.push(char::from(b'0' + (rest >> places) as u8));
            rest &= mask;
        }
        Ok(())
    }

    /// A string: the quote, the backslash and the control characters escaped as `\u00XX`
    /// (which `JSON.parse` reads as the character), everything else as it is.
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.0.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            if b == b'"' || b == b'\\' || b < 0x20 {
                // Escaped bytes are ASCII, so these are character boundaries.
                self.0.push_str(s.get(start..i).unwrap_or_default());
                self.0.push_str("\\u00");
                self.0.push(char::from(HEX[usize::from(b >> 4)]));
                self.0.push(char::from(HEX[usize::from(b & 15)]));
                start = i + 1;
            }
        }
        self.0.push_str(s.get(start..).unwrap_or_default());
        self.0.push('"');
    }

    /// A comma before every item but the first: `first` is whether none was written yet.
    fn separate(&mut self, first: &mut bool) {
        if !*first {
            self.0.push(',');
        }
        *first = false;
    }
}

impl<'a> ser::Serializer for &'a mut Json {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Items<'a>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Items<'a>;
    type SerializeStructVariant = Items<'a>;

    fn serialize_bool(self, v: bool) -> Result {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.signed(v < 0, v.unsigned_abs())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.signed(false, v)
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.float(v)
    }
    fn serialize_f64(self, v: f64) -> Result {
        // Only the numbers an f32 holds are written exactly (what the analysis holds).
        let narrow = v as f32;
        if f64::from(narrow) == v {
            self.float(narrow)
        } else {
            Err(inexact())
        }
    }
    fn serialize_char(self, v: char) -> Result {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result {
        Err(inexact())
    }
    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.0.push('{');
        self.string(variant);
        self.0.push(':');
        value.serialize(&mut *self)?;
        self.0.push('}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Items<'a>> {
        Ok(Items::open(self, None, '[', ']'))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Items<'a>> {
        Ok(Items::open(self, None, '[', ']'))
    }
    fn serialize_tuple_struct(self, _: &'static str, _len: usize) -> Result<Items<'a>> {
        Ok(Items::open(self, None, '[', ']'))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Items<'a>> {
        Ok(Items::open(self, Some(variant), '[', ']'))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(inexact())
    }
    fn serialize_struct(self, _: &'static str, _len: usize) -> Result<Items<'a>> {
        Ok(Items::open(self, None, '{', '}'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Items<'a>> {
        Ok(Items::open(self, Some(variant), '{', '}'))
    }
}

/// An array or object being written (inside `{"Variant": ...}` for a variant): whether an
/// item was written yet, and what closes it.
struct Items<'a> {
    out: &'a mut Json,
    first: bool,
    close: &'static str,
}

impl<'a> Items<'a> {
    fn open(out: &'a mut Json, variant: Option<&str>, open: char, close: char) -> Self {
        if let Some(variant) = variant {
            out.0.push('{');
            out.string(variant);
            out.0.push(':');
        }
        out.0.push(open);
        let close = match (variant.is_some(), close) {
            (true, ']') => "]}",
            (true, _) => "}}",
            (false, ']') => "]",
            (false, _) => "}",
        };
        Items {
            out,
            first: true,
            close,
        }
    }

    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
        self.out.separate(&mut self.first);
        value.serialize(&mut *self.out)
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &str, value: &T) -> Result {
        self.key(key);
        value.serialize(&mut *self.out)
    }

    /// A field's key and colon (apart from the value, whose type makes each `field` a
    /// function of its own).
    fn key(&mut self, key: &str) {
        self.out.separate(&mut self.first);
        self.out.string(key);
        self.out.0.push(':');
    }

    fn end(self) -> Result {
        self.out.0.push_str(self.close);
        Ok(())
    }
}

/// The serde traits of an array (each item through [`Items::item`]) and of an object (each
/// field through [`Items::field`]): one writer for all the shapes.
macro_rules! items {
    ($($shape:ident :: $method:ident),*) => {$(
        impl ser::$shape for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
                self.item(value)
            }
            fn end(self) -> Result {
                Items::end(self)
            }
        }
    )*};
}

macro_rules! fields {
    ($($shape:ident),*) => {$(
        impl ser::$shape for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result {
                self.field(key, value)
            }
            fn end(self) -> Result {
                Items::end(self)
            }
        }
    )*};
}

items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);
fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// `got` (serde_json's reading of this module's text) holds what `want` (serde_json's
    /// value of the same data, each `f32` widened to `f64` as `ser.rs` widens it) holds.
    /// Numbers are compared as `f32`s here: serde_json's reading of a long decimal is not
    /// always the nearest `f64`, so the exact reading is checked apart, by
    /// `floats_read_back_exactly`, through std's correctly rounded `str::parse`.
    fn same(got: &Value, want: &Value, path: &str) {
        match (got, want) {
            (Value::Number(g), Value::Number(w)) => {
                let (g, w) = (g.as_f64().unwrap(), w.as_f64().unwrap());
                assert_eq!(g as f32, w as f32, "{path}");
            }
            (Value::Array(g), Value::Array(w)) => {
                assert_eq!(g.len(), w.len(), "{path}");
                for (i, (g, w)) in g.iter().zip(w).enumerate() {
                    same(g, w, &format!("{path}[{i}]"));
                }
            }
            (Value::Object(g), Value::Object(w)) => {
                assert_eq!(
                    g.keys().collect::<Vec<_>>(),
                    w.keys().collect::<Vec<_>>(),
                    "{path}"
                );
                for (k, w) in w {
                    same(&g[k], w, &format!("{path}.{k}"));
                }
            }
            _ => assert_eq!(got, want, "{path}"),
        }
    }

    fn float_text(v: f32) -> String {
        let mut out = Json(String::new());
        out.float(v).unwrap();
        out.0
    }

    #[test]
    fn every_corpus_analysis_reads_back_as_its_value() {
        for (path, text) in crate::corpus_snapshots() {
            let snapshot: portolan_core::form::FormSnapshot = serde_json::from_str(&text).unwrap();
            for email in [Some("jane.doe@example.com"), None] {
                let Ok(analysis) = portolan_core::form::analyze(&snapshot, email) else {
                    continue;
                };
                let written = to_string(&analysis).unwrap();
                let got: Value = serde_json::from_str(&written).unwrap();
                let want = serde_json::to_value(&analysis).unwrap();
                same(&got, &want, &path.display().to_string());
                // Every confidence reads back as the very f64 its f32 widens to.
                for field in &analysis.fields {
                    let c = field.confidence;
                    assert_eq!(float_text(c).parse::<f64>().unwrap(), f64::from(c), "{c}");
                }
            }
        }
    }

    #[test]
    fn floats_read_back_exactly() {
        let mut samples = vec![0.0f32, -0.0, 1.0, 0.5, 0.85, 0.1, 1.0 / 3.0, 993.0, 2.5e-30];
        samples.extend([
            f32::MAX,
            f32::MIN,
            f32::EPSILON,
            16_777_216.0,
            -1234.5678,
            9.0e15,
        ]);
        // Spread over the exponents: every 65,537th bit pattern of the finite positives.
        let mut bits = 0u32;
        while bits < 0x7f80_0000 {
            samples.push(f32::from_bits(bits));
            bits += 65_537;
        }
        for v in samples {
            let mut out = Json(String::new());
            match out.float(v) {
                Ok(()) => assert_eq!(out.0.parse::<f64>().unwrap(), f64::from(v), "{v:e}"),
                // Only what lies below 2^-36 or from 2^53 on is refused.
                Err(_) => assert!(
                    v.abs() < 2f32.powi(-36) || v.abs() >= 2f32.powi(53),
                    "{v:e}"
                ),
            }
        }
        assert_eq!(float_text(0.5), "0.5");
        assert_eq!(float_text(-2.0), "-2");
        assert_eq!(float_text(-0.0), "0");
        assert_eq!(float_text(0.85), "0.85000002384185791015625");
        let mut out = Json(String::new());
        assert!(out.float(f32::NAN).is_err() && out.float(f32::INFINITY).is_err());
    }

    #[test]
    fn strings_integers_and_shapes_are_json() {
        #[derive(Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, bool),
            Struct { a: i32 },
        }
        #[derive(Serialize)]
        struct S<'a> {
            s: &'a str,
            c: char,
            n: Option<u8>,
            u: (),
            v: Vec<E>,
            i: i64,
        }
        let value = S {
            s: "a\"b\\c\n\r\t\u{1}\u{1f}é\u{2028}😀",
            c: '"',
            n: None,
            u: (),
            v: vec![E::Unit, E::New(7), E::Tuple(1, true), E::Struct { a: -3 }],
            i: -(1 << 53) + 1,
        };
        let text = to_string(&value).unwrap();
        assert_eq!(
            text,
            r#"{"s":"a\u0022b\u005cc\u000a\u000d\u0009\u0001\u001fé"#.to_owned()
                + "\u{2028}😀"
                + r#"","c":"\u0022","n":null,"u":null,"v":["Unit",{"New":7},{"Tuple":[1,true]},{"Struct":{"a":-3}}],"i":-9007199254740991}"#
        );
        let parsed: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed, serde_json::to_value(&value).unwrap());
        assert!(to_string(&(1u64 << 53)).is_err());
        assert!(to_string(&i64::MIN).is_err());
        assert!(to_string(&0.1f64).is_err());
        assert_eq!(to_string(&0.5f64).unwrap(), "0.5");
        assert!(to_string(&serde_bytes_like()).is_err());
        let map: std::collections::BTreeMap<&str, u8> = [("a", 1)].into_iter().collect();
        assert!(to_string(&map).is_err());
    }

    /// A value that serializes as bytes.
    fn serde_bytes_like() -> impl Serialize {
        struct B;
        impl Serialize for B {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_bytes(b"x")
            }
        }
        B
    }
}
