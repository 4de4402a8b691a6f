//! The few JS built-ins the extension's bindings call, declared here rather than taken from
//! js-sys: linking js-sys exports a descriptor for every one of its imports, and the closure
//! adapters those descriptors name (29 of them, with js-sys's JSPI task waker) stayed in the
//! shipped module's function table after wasm-bindgen removed the descriptors
//! (docs/BENCHMARKS.md, "Extension: where the bytes go"). The www build's deserializer
//! (`de.rs`) still uses js-sys.

use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

#[wasm_bindgen]
extern "C" {
    /// `JSON.stringify(value)`: a string, `undefined` (for `undefined`, a function, a symbol),
    /// or a thrown `TypeError` (a cycle, a BigInt).
    #[wasm_bindgen(js_namespace = JSON, catch)]
    pub fn stringify(value: &JsValue) -> Result<JsValue, JsValue>;

    /// `JSON.parse(text)`.
    #[wasm_bindgen(js_namespace = JSON, catch)]
    pub fn parse(text: &str) -> Result<JsValue, JsValue>;

    /// `Reflect.set(target, key, value)`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    pub fn reflect_set(target: &JsValue, key: &JsValue, value: &JsValue) -> Result<bool, JsValue>;

    /// A plain JS object.
    #[wasm_bindgen]
    pub type Object;

    /// `new Object()`.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Object;

    /// A JS array.
    #[wasm_bindgen]
    pub type Array;

    /// `new Array()`.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Array;

    /// `array.push(value)`.
    #[wasm_bindgen(method)]
    pub fn push(this: &Array, value: &JsValue) -> u32;

    /// `new Error(message)`.
    #[wasm_bindgen(js_name = Error)]
    pub type JsError;

    #[wasm_bindgen(constructor, js_class = "Error")]
    pub fn new(message: &str) -> JsError;

    /// A JS `Uint8Array`.
    #[wasm_bindgen(js_name = Uint8Array)]
    pub type Bytes;

    /// `new Uint8Array(view)`: a copy of the bytes.
    #[wasm_bindgen(constructor, js_class = "Uint8Array")]
    pub fn new(bytes: &[u8]) -> Bytes;
}
