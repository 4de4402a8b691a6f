//! A small serde `Deserializer` over JS values, used by every export's "deserialize" line.
//!
//! Why not serde-wasm-bindgen's: its error path formats the unexpected value (`Unexpected`,
//! including floats, and `JsValue`'s `Debug`), which drags float formatting and string escaping
//! into the shipped module (docs/BENCHMARKS.md, "Extension": the wasm budget). This one reads the
//! same JS shapes (objects, arrays, strings, numbers, booleans, null/undefined) and words its
//! errors from what was expected, never by formatting what was found.

use crate::prelude::*;
use alloc::format;
use core::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use wasm_bindgen::{JsCast, JsValue};

/// A deserialization failure, in plain words: the same type as a serialization failure.
pub use crate::ser::Error;

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }

    // Overridden so that the unexpected value is never formatted (see the module doc).
    fn invalid_type(_: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Error(format!("invalid type: expected {expected}"))
    }

    fn invalid_value(_: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Error(format!("invalid value: expected {expected}"))
    }
}

fn expected(what: &str) -> Error {
    Error(format!("invalid type: expected {what}"))
}

/// Largest integer a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// Whether `n` is a whole number (`f64::fract` is `std`'s, and the module has none): every
/// finite value of 2^52 or more is whole; below, the cast to `i64` truncates exactly.
pub(crate) fn is_whole(n: f64) -> bool {
    n.is_finite() && (n.abs() >= 4_503_599_627_370_496.0 || n == n as i64 as f64)
}

/// Deserializes `T` from a JS value.
pub fn from_value<T: de::DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(JsDeserializer(value))
}

/// The deserializer for one JS value.
pub struct JsDeserializer(JsValue);

impl<'de> de::Deserializer<'de> for JsDeserializer {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let v = self.0;
        if v.is_null() || v.is_undefined() {
            return visitor.visit_unit();
        }
        if let Some(b) = v.as_bool() {
            return visitor.visit_bool(b);
        }
        if let Some(n) = v.as_f64() {
            if is_whole(n) && n.abs() <= MAX_SAFE {
                // Exact: the range check above makes these casts lossless.
                return if n >= 0.0 {
                    visitor.visit_u64(n as u64)
                } else {
                    visitor.visit_i64(n as i64)
                };
            }
            return visitor.visit_f64(n);
        }
        if let Some(s) = v.as_string() {
            return visitor.visit_string(s);
        }
        if js_sys::Array::is_array(&v) {
            let array: js_sys::Array = v.unchecked_into();
            return visitor.visit_seq(Seq {
                len: array.length(),
                array,
                next: 0,
            });
        }
        if v.is_object() {
            let keys = js_sys::Object::keys::<JsValue>(v.unchecked_ref());
            return visitor.visit_map(Map {
                len: keys.length(),
                keys,
                object: v,
                next: 0,
                value: None,
            });
        }
        Err(Error("unsupported JS value".to_owned()))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if let Some(s) = self.0.as_string() {
            return visitor.visit_enum(s.into_deserializer());
        }
        // Externally tagged: `{ "variant": content }`.
        if self.0.is_object() && !js_sys::Array::is_array(&self.0) {
            let keys = js_sys::Object::keys::<JsValue>(self.0.unchecked_ref());
            if keys.length() == 1 {
                let key = keys.get(0);
                let content = js_sys::Reflect::get(&self.0, &key).unwrap_or(JsValue::UNDEFINED);
                return visitor.visit_enum(Enum { key, content });
            }
        }
        Err(Error("invalid type: expected a variant name".to_owned()))
    }

    // Typed entry points read only the JS type they accept, so each visitor instantiates one
    // `visit_*` and one error, not all of them (the module's reason to exist is size).
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(s) => visitor.visit_string(s),
            None => Err(expected("a string")),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => Err(expected("true or false")),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_f64() {
            Some(n) if is_whole(n) && (0.0..=f64::from(u32::MAX)).contains(&n) => {
                // Exact: an integer within u32's range.
                visitor.visit_u32(n as u32)
            }
            _ => Err(expected("a whole number")),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            return Err(expected("an object"));
        }
        let keys = js_sys::Object::keys::<JsValue>(self.0.unchecked_ref());
        visitor.visit_map(Map {
            len: keys.length(),
            keys,
            object: self.0,
            next: 0,
            value: None,
        })
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if !js_sys::Array::is_array(&self.0) {
            return Err(expected("an array"));
        }
        let array: js_sys::Array = self.0.unchecked_into();
        visitor.visit_seq(Seq {
            len: array.length(),
            array,
            next: 0,
        })
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple tuple_struct identifier
    }
}

struct Seq {
    array: js_sys::Array,
    len: u32,
    next: u32,
}

impl<'de> de::SeqAccess<'de> for Seq {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.next >= self.len {
            return Ok(None);
        }
        let item = self.array.get(self.next);
        self.next += 1;
        seed.deserialize(JsDeserializer(item)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        usize::try_from(self.len - self.next).ok()
    }
}

/// An object's own enumerable properties; those holding `undefined` count as absent.
struct Map {
    object: JsValue,
    keys: js_sys::Array,
    len: u32,
    next: u32,
    value: Option<JsValue>,
}

impl<'de> de::MapAccess<'de> for Map {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        while self.next < self.len {
            let key = self.keys.get(self.next);
            self.next += 1;
            let value = js_sys::Reflect::get(&self.object, &key).unwrap_or(JsValue::UNDEFINED);
            if value.is_undefined() {
                continue;
            }
            self.value = Some(value);
            let name = key.as_string().unwrap_or_default();
            return seed.deserialize(name.into_deserializer()).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let value = self.value.take().unwrap_or(JsValue::UNDEFINED);
        seed.deserialize(JsDeserializer(value))
    }
}

struct Enum {
    key: JsValue,
    content: JsValue,
}

impl<'de> de::EnumAccess<'de> for Enum {
    type Error = Error;
    type Variant = JsDeserializer;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, JsDeserializer), Error> {
        let name = self.key.as_string().unwrap_or_default();
        let variant = seed.deserialize(name.into_deserializer())?;
        Ok((variant, JsDeserializer(self.content)))
    }
}

impl<'de> de::VariantAccess<'de> for JsDeserializer {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self, visitor)
    }
}
