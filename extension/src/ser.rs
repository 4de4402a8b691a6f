//! A small serde `Serializer` to JS values, used by every export's "serialize" line.
//!
//! It builds what serde-wasm-bindgen's `Serializer` built with `serialize_maps_as_objects(true)`
//! and `serialize_missing_as_null(true)` (plain objects and arrays, `null` for `None` and `()`,
//! unit variants as their names, other variants as `{"Variant": content}`, 64-bit integers as
//! numbers when they are safe integers). Why not that one: its per-field code, monomorphized for
//! every serialized type and interning every key in a thread-local map, weighed on the shipped
//! wasm (docs/BENCHMARKS.md, "Extension: where the bytes go"). Here the generic part of each
//! field is one call; the JS work is in a few non-generic functions.

use alloc::format;
use core::fmt;

use crate::js::{Array, Bytes, Object, reflect_set};
use serde::Serialize;
use serde::ser;
use wasm_bindgen::JsValue;

pub use crate::json::Error;

type Result<T = JsValue> = core::result::Result<T, Error>;

/// Serializes `value` to a JS value.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result {
    value.serialize(Js)
}

/// `Number.MAX_SAFE_INTEGER`.
const MAX_SAFE: u64 = (1 << 53) - 1;

fn unsafe_number(v: impl fmt::Display) -> Error {
    Error(format!("{v} can't be represented as a JavaScript number"))
}

fn set(target: &Object, key: &JsValue, value: JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = reflect_set(target, key, &value);
}

fn set_str(target: &Object, key: &str, value: JsValue) {
    set(target, &JsValue::from_str(key), value);
}

/// `{variant: content}`.
fn tagged(variant: &str, content: JsValue) -> JsValue {
    let object = Object::new();
    set_str(&object, variant, content);
    object.into()
}

/// The serializer: stateless, so every value serializes with a copy of it.
#[derive(Clone, Copy)]
struct Js;

impl ser::Serializer for Js {
    type Ok = JsValue;
    type Error = Error;
    type SerializeSeq = Seq;
    type SerializeTuple = Seq;
    type SerializeTupleStruct = Seq;
    type SerializeTupleVariant = Variant<Seq>;
    type SerializeMap = Map;
    type SerializeStruct = Struct;
    type SerializeStructVariant = Variant<Struct>;

    fn serialize_bool(self, v: bool) -> Result {
        Ok(JsValue::from_bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result {
        if v.unsigned_abs() <= MAX_SAFE {
            // Exact: a safe integer.
            Ok(JsValue::from_f64(v as f64))
        } else {
            Err(unsafe_number(v))
        }
    }
    fn serialize_u8(self, v: u8) -> Result {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result {
        if v <= MAX_SAFE {
            // Exact: a safe integer.
            Ok(JsValue::from_f64(v as f64))
        } else {
            Err(unsafe_number(v))
        }
    }
    fn serialize_f32(self, v: f32) -> Result {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_f64(self, v: f64) -> Result {
        Ok(JsValue::from_f64(v))
    }
    fn serialize_char(self, v: char) -> Result {
        Ok(JsValue::from_str(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        Ok(Bytes::new(v).into())
    }
    fn serialize_none(self) -> Result {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        Ok(JsValue::from_str(variant))
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
        Ok(tagged(variant, value.serialize(self)?))
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Seq> {
        Ok(Seq(Array::new()))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Seq> {
        Ok(Seq(Array::new()))
    }
    fn serialize_tuple_struct(self, _: &'static str, _len: usize) -> Result<Seq> {
        Ok(Seq(Array::new()))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Variant<Seq>> {
        Ok(Variant(variant, Seq(Array::new())))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map> {
        Ok(Map(Object::new(), JsValue::UNDEFINED))
    }
    fn serialize_struct(self, _: &'static str, _len: usize) -> Result<Struct> {
        Ok(Struct(Object::new()))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Variant<Struct>> {
        Ok(Variant(variant, Struct(Object::new())))
    }
}

/// A JS array being filled.
struct Seq(Array);

impl ser::SerializeSeq for Seq {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.0.push(&value.serialize(Js)?);
        Ok(())
    }
    fn end(self) -> Result {
        Ok(self.0.into())
    }
}

impl ser::SerializeTuple for Seq {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        Ok(self.0.into())
    }
}

impl ser::SerializeTupleStruct for Seq {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        Ok(self.0.into())
    }
}

/// A JS object being filled from a struct's fields.
struct Struct(Object);

impl ser::SerializeStruct for Struct {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        set_str(&self.0, key, value.serialize(Js)?);
        Ok(())
    }
    fn end(self) -> Result {
        Ok(self.0.into())
    }
}

/// A map as a plain JS object (its keys serialize to strings), with the pending key.
struct Map(Object, JsValue);

impl ser::SerializeMap for Map {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        self.1 = key.serialize(Js)?;
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        let key = core::mem::replace(&mut self.1, JsValue::UNDEFINED);
        set(&self.0, &key, value.serialize(Js)?);
        Ok(())
    }
    fn end(self) -> Result {
        Ok(self.0.into())
    }
}

/// A tuple or struct variant: `{variant: content}`.
struct Variant<S>(&'static str, S);

impl ser::SerializeTupleVariant for Variant<Seq> {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        ser::SerializeSeq::serialize_element(&mut self.1, value)
    }
    fn end(self) -> Result {
        Ok(tagged(self.0, self.1.0.into()))
    }
}

impl ser::SerializeStructVariant for Variant<Struct> {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        ser::SerializeStruct::serialize_field(&mut self.1, key, value)
    }
    fn end(self) -> Result {
        Ok(tagged(self.0, self.1.0.into()))
    }
}
