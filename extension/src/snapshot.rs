//! Reads the content script's `FormSnapshot` straight from the JS object, one field at a time.
//!
//! Why not `serde::Deserialize` through `de.rs`: the derived visitors of `Control` and its
//! parts, monomorphized for our deserializer, were 17 KiB of the shipped wasm, the largest single
//! function (docs/BENCHMARKS.md, "Extension: where the bytes go"). This reads the same shapes
//! with the same rules as the derive over `de.rs`: own enumerable keys in their order,
//! `undefined` as absent, unknown keys ignored, every field optional (its default when absent),
//! `null` only for the `Option` fields, and the same "invalid type: expected ..." errors.

use js_sys::{Array, Object, Reflect};
use portolan_core::form::FormSnapshot;
use portolan_core::form::snapshot::{ChoiceOption, Context, Control, FormAttrs, Nearby};
use wasm_bindgen::{JsCast, JsValue};

/// A snapshot of the wrong shape, in plain words ("invalid type: expected a string").
#[derive(Debug)]
pub struct Error(pub String);

type Result<T> = std::result::Result<T, Error>;

fn expected(what: &str) -> Error {
    Error(format!("invalid type: expected {what}"))
}

/// Reads a `FormSnapshot`.
pub fn read(value: JsValue) -> Result<FormSnapshot> {
    let mut s = FormSnapshot::default();
    fields(value, &mut |key, v| {
        match key {
            "url" => s.url = string(v)?,
            "lang" => s.lang = string(v)?,
            "title" => s.title = string(v)?,
            "controls" => s.controls = seq(v, control)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(s)
}

fn control(value: JsValue) -> Result<Control> {
    let mut c = Control::default();
    fields(value, &mut |key, v| {
        match key {
            "selector" => c.selector = string(v)?,
            "tag" => c.tag = string(v)?,
            "type" => c.kind = string(v)?,
            "name" => c.name = string(v)?,
            "id" => c.id = string(v)?,
            "classes" => c.classes = seq(v, string)?,
            "autocomplete" => c.autocomplete = string(v)?,
            "placeholder" => c.placeholder = string(v)?,
            "ariaLabel" => c.aria_label = string(v)?,
            "title" => c.title = string(v)?,
            "labels" => c.labels = seq(v, string)?,
            "nearby" => c.nearby = nearby(v)?,
            "context" => c.context = context(v)?,
            "options" => c.options = seq(v, option)?,
            "caption" => c.caption = string(v)?,
            "visible" => c.visible = boolean(v)?,
            "disabled" => c.disabled = boolean(v)?,
            "readonly" => c.readonly = boolean(v)?,
            "value" => c.value = string(v)?,
            "checked" => c.checked = boolean(v)?,
            "maxLength" => c.max_length = optional(v, whole)?,
            "min" => c.min = optional(v, string)?,
            "max" => c.max = optional(v, string)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(c)
}

fn nearby(value: JsValue) -> Result<Nearby> {
    let mut n = Nearby::default();
    fields(value, &mut |key, v| {
        match key {
            "left" => n.left = string(v)?,
            "above" => n.above = string(v)?,
            "columnHeader" => n.column_header = string(v)?,
            "rowHeader" => n.row_header = string(v)?,
            "term" => n.term = string(v)?,
            "right" => n.right = string(v)?,
            "below" => n.below = string(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(n)
}

fn context(value: JsValue) -> Result<Context> {
    let mut c = Context::default();
    fields(value, &mut |key, v| {
        match key {
            "legends" => c.legends = seq(v, string)?,
            "headings" => c.headings = seq(v, string)?,
            "tab" => c.tab = string(v)?,
            "form" => c.form = form(v)?,
            "shadow" => c.shadow = boolean(v)?,
            "frame" => c.frame = string(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(c)
}

fn form(value: JsValue) -> Result<FormAttrs> {
    let mut f = FormAttrs::default();
    fields(value, &mut |key, v| {
        match key {
            "id" => f.id = string(v)?,
            "name" => f.name = string(v)?,
            "action" => f.action = string(v)?,
            "classes" => f.classes = seq(v, string)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(f)
}

fn option(value: JsValue) -> Result<ChoiceOption> {
    let mut o = ChoiceOption::default();
    fields(value, &mut |key, v| {
        match key {
            "value" => o.value = string(v)?,
            "text" => o.text = string(v)?,
            "selected" => o.selected = boolean(v)?,
            "selector" => o.selector = string(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(o)
}

/// Calls `set` with each own enumerable key of an object and its value, skipping `undefined`.
fn fields(value: JsValue, set: &mut dyn FnMut(&str, JsValue) -> Result<()>) -> Result<()> {
    if !value.is_object() || Array::is_array(&value) {
        return Err(expected("an object"));
    }
    let keys = Object::keys(value.unchecked_ref::<Object>());
    for i in 0..keys.length() {
        let key = keys.get(i);
        let v = Reflect::get(&value, &key).unwrap_or(JsValue::UNDEFINED);
        if v.is_undefined() {
            continue;
        }
        set(&key.as_string().unwrap_or_default(), v)?;
    }
    Ok(())
}

fn seq<T>(value: JsValue, item: fn(JsValue) -> Result<T>) -> Result<Vec<T>> {
    if !Array::is_array(&value) {
        return Err(expected("an array"));
    }
    let array: Array = value.unchecked_into();
    (0..array.length()).map(|i| item(array.get(i))).collect()
}

fn optional<T>(value: JsValue, some: fn(JsValue) -> Result<T>) -> Result<Option<T>> {
    if value.is_null() || value.is_undefined() {
        Ok(None)
    } else {
        some(value).map(Some)
    }
}

fn string(value: JsValue) -> Result<String> {
    value.as_string().ok_or_else(|| expected("a string"))
}

fn boolean(value: JsValue) -> Result<bool> {
    value.as_bool().ok_or_else(|| expected("true or false"))
}

fn whole(value: JsValue) -> Result<u32> {
    match value.as_f64() {
        // Exact: an integer within u32's range.
        Some(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => Ok(n as u32),
        _ => Err(expected("a whole number")),
    }
}
