//! Reads the content script's `FormSnapshot` from its JSON text, one field at a time.
//!
//! `analyze` receives the snapshot as a JS object and reads it as `JSON.stringify` writes it:
//! one crossing of the JS boundary for the whole snapshot. Reading the object property by
//! property took two or three crossings per string (a key, a `Reflect.get`, a copy of the
//! value), a quarter of the analysis time of the largest fixture in the browser
//! (docs/BENCHMARKS.md, "Extension"). Why not serde's derived `Deserialize`: the derived
//! visitors of `Control` and its parts were 17 KiB of the shipped wasm ("where the bytes go").
//!
//! The rules are those of the object reader it replaces: keys in their order, unknown keys
//! ignored, every field optional (its default when absent; `JSON.stringify` drops `undefined`
//! properties, so they are absent too), `null` only for the `Option` fields, and the same
//! "invalid type: expected ..." errors.

use crate::prelude::*;
use portolan_core::form::FormSnapshot;
use portolan_core::form::snapshot::{ChoiceOption, Context, Control, FormAttrs, Nearby};
use portolan_core::form::text::{cat, decimal};

/// A snapshot of the wrong shape, in plain words ("invalid type: expected a string").
#[derive(Debug)]
pub struct Error(pub String);

type Result<T> = core::result::Result<T, Error>;

fn expected(what: &str) -> Error {
    Error(cat(&["invalid type: expected ", what]))
}

/// Reads a `FormSnapshot` from JSON text.
pub fn read(text: &str) -> Result<FormSnapshot> {
    let mut p = Json { text, at: 0 };
    let mut s = FormSnapshot::default();
    p.fields(
        &["url", "lang", "title", "controls"],
        &mut |p, key| match key {
            0 => p.text(&mut s.url),                     // url
            1 => p.text(&mut s.lang),                    // lang
            2 => p.text(&mut s.title),                   // title
            3 => p.seq(control).map(|v| s.controls = v), // controls
            _ => p.skip(),
        },
    )?;
    if p.peek().is_some() {
        return Err(p.malformed());
    }
    Ok(s)
}

fn control(p: &mut Json) -> Result<Control> {
    let mut c = Control::default();
    p.fields(
        &[
            "selector",
            "tag",
            "type",
            "name",
            "id",
            "classes",
            "autocomplete",
            "placeholder",
            "ariaLabel",
            "title",
            "labels",
            "nearby",
            "context",
            "options",
            "caption",
            "visible",
            "disabled",
            "readonly",
            "value",
            "checked",
            "maxLength",
            "min",
            "max",
        ],
        &mut |p, key| match key {
            0 => p.text(&mut c.selector),                            // selector
            1 => p.text(&mut c.tag),                                 // tag
            2 => p.text(&mut c.kind),                                // type
            3 => p.text(&mut c.name),                                // name
            4 => p.text(&mut c.id),                                  // id
            5 => p.texts(&mut c.classes),                            // classes
            6 => p.text(&mut c.autocomplete),                        // autocomplete
            7 => p.text(&mut c.placeholder),                         // placeholder
            8 => p.text(&mut c.aria_label),                          // ariaLabel
            9 => p.text(&mut c.title),                               // title
            10 => p.texts(&mut c.labels),                            // labels
            11 => nearby(p, &mut c.nearby),                          // nearby
            12 => context(p, &mut c.context),                        // context
            13 => p.seq(option).map(|v| c.options = v),              // options
            14 => p.text(&mut c.caption),                            // caption
            15 => p.flag(&mut c.visible),                            // visible
            16 => p.flag(&mut c.disabled),                           // disabled
            17 => p.flag(&mut c.readonly),                           // readonly
            18 => p.text(&mut c.value),                              // value
            19 => p.flag(&mut c.checked),                            // checked
            20 => p.optional(Json::whole).map(|v| c.max_length = v), // maxLength
            21 => p.optional(Json::string).map(|v| c.min = v),       // min
            22 => p.optional(Json::string).map(|v| c.max = v),       // max
            _ => p.skip(),
        },
    )?;
    Ok(c)
}

fn nearby(p: &mut Json, n: &mut Nearby) -> Result<()> {
    p.fields(
        &[
            "left",
            "above",
            "columnHeader",
            "rowHeader",
            "term",
            "right",
            "below",
        ],
        &mut |p, key| match key {
            0 => p.text(&mut n.left),          // left
            1 => p.text(&mut n.above),         // above
            2 => p.text(&mut n.column_header), // columnHeader
            3 => p.text(&mut n.row_header),    // rowHeader
            4 => p.text(&mut n.term),          // term
            5 => p.text(&mut n.right),         // right
            6 => p.text(&mut n.below),         // below
            _ => p.skip(),
        },
    )
}

fn context(p: &mut Json, c: &mut Context) -> Result<()> {
    p.fields(
        &["legends", "headings", "tab", "form", "shadow", "frame"],
        &mut |p, key| match key {
            0 => p.texts(&mut c.legends),  // legends
            1 => p.texts(&mut c.headings), // headings
            2 => p.text(&mut c.tab),       // tab
            3 => form(p, &mut c.form),     // form
            4 => p.flag(&mut c.shadow),    // shadow
            5 => p.text(&mut c.frame),     // frame
            _ => p.skip(),
        },
    )
}

fn form(p: &mut Json, f: &mut FormAttrs) -> Result<()> {
    p.fields(
        &["id", "name", "action", "classes"],
        &mut |p, key| match key {
            0 => p.text(&mut f.id),       // id
            1 => p.text(&mut f.name),     // name
            2 => p.text(&mut f.action),   // action
            3 => p.texts(&mut f.classes), // classes
            _ => p.skip(),
        },
    )
}

fn option(p: &mut Json) -> Result<ChoiceOption> {
    let mut o = ChoiceOption::default();
    p.fields(
        &["value", "text", "selected", "selector"],
        &mut |p, key| match key {
            0 => p.text(&mut o.value),    // value
            1 => p.text(&mut o.text),     // text
            2 => p.flag(&mut o.selected), // selected
            3 => p.text(&mut o.selector), // selector
            _ => p.skip(),
        },
    )?;
    Ok(o)
}

/// A cursor over JSON text. Only what `JSON.stringify` writes needs to be read, but anything
/// else is refused with an error rather than misread.
struct Json<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Json<'a> {
    /// The next byte after white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.as_bytes().get(self.at) {
            self.at += 1;
        }
        self.text.as_bytes().get(self.at).copied()
    }

    /// The text not yet read (empty past the end).
    fn rest(&self) -> &str {
        self.text.get(self.at..).unwrap_or_default()
    }

    /// Consumes `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    /// Consumes `word` (`true`, `false`, `null`) if it comes next.
    fn literal(&mut self, word: &str) -> bool {
        let next = self.peek().is_some() && self.rest().starts_with(word);
        if next {
            self.at += word.len();
        }
        next
    }

    fn malformed(&self) -> Error {
        Error(cat(&["invalid JSON at byte ", &decimal(self.at as u64)]))
    }

    /// Calls `set` with the place in `keys` of each key of an object (`usize::MAX` for a key
    /// not there); `set` reads (or skips) its value. The content script writes the keys in the
    /// order of `keys`, so each is compared with the ones expected next first.
    fn fields(
        &mut self,
        keys: &[&str],
        set: &mut dyn FnMut(&mut Self, usize) -> Result<()>,
    ) -> Result<()> {
        let mut next = 0;
        if !self.eat(b'{') {
            return Err(expected("an object"));
        }
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.malformed());
            }
            // Keys are read in place: they never hold an escape that `JSON.stringify` writes.
            let owned;
            let key = match self.plain() {
                Some(key) => key,
                None => {
                    owned = self.quoted()?;
                    owned.as_str()
                }
            };
            if !self.eat(b':') {
                return Err(self.malformed());
            }
            // Keys come in order, some left out (empty ones): looked for from the one after the
            // last, round to it.
            let mut slot = usize::MAX;
            for i in 0..keys.len() {
                let at = (next + i) % keys.len();
                if keys.get(at) == Some(&key) {
                    slot = at;
                    break;
                }
            }
            next = slot.wrapping_add(1);
            set(self, slot)?;
            if self.eat(b'}') {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(self.malformed());
            }
        }
    }

    fn seq<T>(&mut self, item: fn(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        if !self.eat(b'[') {
            return Err(expected("an array"));
        }
        let mut out = Vec::new();
        if self.eat(b']') {
            return Ok(out);
        }
        loop {
            out.push(item(self)?);
            if self.eat(b']') {
                return Ok(out);
            }
            if !self.eat(b',') {
                return Err(self.malformed());
            }
        }
    }

    fn optional<T>(&mut self, some: fn(&mut Self) -> Result<T>) -> Result<Option<T>> {
        if self.literal("null") {
            Ok(None)
        } else {
            some(self).map(Some)
        }
    }

    /// Reads a string into `slot`. The setters keep each key's arm to a call: inlined
    /// assignments made the reader's functions twice as large in the shipped wasm.
    fn text(&mut self, slot: &mut String) -> Result<()> {
        *slot = self.string()?;
        Ok(())
    }

    fn texts(&mut self, slot: &mut Vec<String>) -> Result<()> {
        *slot = self.seq(Json::string)?;
        Ok(())
    }

    fn flag(&mut self, slot: &mut bool) -> Result<()> {
        *slot = self.boolean()?;
        Ok(())
    }

    fn string(&mut self) -> Result<String> {
        if self.peek() != Some(b'"') {
            return Err(expected("a string"));
        }
        self.quoted()
    }

    fn boolean(&mut self) -> Result<bool> {
        if self.literal("true") {
            Ok(true)
        } else if self.literal("false") {
            Ok(false)
        } else {
            Err(expected("true or false"))
        }
    }

    /// An integer within u32's range. `JSON.stringify` writes an integral number as digits
    /// alone, so a sign, a fraction or an exponent means it is not one.
    fn whole(&mut self) -> Result<u32> {
        let start = self.at;
        let mut n: u64 = 0;
        if self.peek().is_some_and(|b| b.is_ascii_digit()) {
            while let Some(&b) = self.text.as_bytes().get(self.at) {
                if !b.is_ascii_digit() {
                    break;
                }
                n = (n * 10 + u64::from(b - b'0')).min(u64::from(u32::MAX) + 1);
                self.at += 1;
            }
        }
        let digits_only = !matches!(
            self.text.as_bytes().get(self.at),
            Some(b'.' | b'e' | b'E' | b'-' | b'+')
        );
        match u32::try_from(n) {
            Ok(n) if self.at > start && digits_only => Ok(n),
            _ => Err(expected("a whole number")),
        }
    }

    /// Skips one value of any kind (an unknown key's). A loop, not a recursion, so that no
    /// nesting depth can exhaust the stack; brackets must match, commas and colons inside a
    /// skipped value are not checked.
    fn skip(&mut self) -> Result<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.peek() {
                Some(b'"') => drop(self.quoted()?),
                Some(b'{') => {
                    open.push(b'}');
                    self.at += 1;
                }
                Some(b'[') => {
                    open.push(b']');
                    self.at += 1;
                }
                Some(b) if open.last() == Some(&b) => {
                    open.pop();
                    self.at += 1;
                }
                Some(b',' | b':') if !open.is_empty() => self.at += 1,
                Some(b'-' | b'0'..=b'9') => {
                    while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') =
                        self.text.as_bytes().get(self.at)
                    {
                        self.at += 1;
                    }
                }
                _ if self.literal("true") || self.literal("false") || self.literal("null") => {}
                _ => return Err(self.malformed()),
            }
            if open.is_empty() {
                return Ok(());
            }
        }
    }

    /// A string at `"`: its text with escapes resolved. A lone surrogate (`JSON.stringify`
    /// writes it as `\udXXX`) becomes U+FFFD, as wasm-bindgen's string copy would make it.
    fn quoted(&mut self) -> Result<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            let bytes = self.text.as_bytes();
            while let Some(&b) = bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Delimiters are ASCII, so these are character boundaries.
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let escaped = bytes.get(self.at + 1).copied();
                    self.at += 2;
                    out.push(match escaped {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.malformed()),
                    });
                }
                _ => return Err(self.malformed()),
            }
        }
    }

    /// A string at `"` without escapes or control characters (every key `JSON.stringify`
    /// writes), as it stands in the text: consumed, or `None` with nothing consumed.
    fn plain(&mut self) -> Option<&'a str> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = self.at + 1;
        let mut end = start;
        while let Some(&b) = bytes.get(end) {
            if b == b'"' {
                self.at = end + 1;
                // Delimiters are ASCII, so these are character boundaries.
                return text.get(start..end);
            }
            if b == b'\\' || b < 0x20 {
                return None;
            }
            end += 1;
        }
        None
    }

    /// The character of a `\u` escape (its `\u` consumed), a surrogate pair's second half
    /// included.
    fn unicode_escape(&mut self) -> Result<char> {
        let high = self.hex4()?;
        if (0xD800..0xDC00).contains(&high) && self.rest().starts_with("\\u") {
            let save = self.at;
            self.at += 2;
            let low = self.hex4()?;
            if (0xDC00..0xE000).contains(&low) {
                let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            self.at = save;
        }
        Ok(char::from_u32(high).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Result<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self
                .text
                .as_bytes()
                .get(self.at)
                .and_then(|&b| char::from(b).to_digit(16));
            n = n * 16 + digit.ok_or_else(|| self.malformed())?;
            self.at += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every committed corpus snapshot reads as serde's derived `Deserialize` reads it.
    #[test]
    fn corpus_snapshots_read_as_serde_reads_them() {
        for (path, text) in crate::corpus_snapshots() {
            let want: FormSnapshot = serde_json::from_str(&text).unwrap();
            assert_eq!(read(&text).unwrap(), want, "{}", path.display());
            // As JSON.stringify writes it: no white space.
            let compact =
                serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&text).unwrap())
                    .unwrap();
            assert_eq!(read(&compact).unwrap(), want, "{}", path.display());
        }
    }

    #[test]
    fn escapes_surrogates_and_unknown_keys() {
        let text = r##"{"extra":{"a":[1,-2.5e3,true,null,"x\"y"]},"url":"a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800z","controls":[{"selector":"#a","maxLength":524288,"min":null,"future":[{}]}]}"##;
        let s = read(text).unwrap();
        assert_eq!(s.url, "a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1F600}\u{FFFD}z");
        assert_eq!(s.controls[0].selector, "#a");
        assert_eq!(s.controls[0].max_length, Some(524_288));
        assert_eq!(s.controls[0].min, None);
    }

    #[test]
    fn wrong_shapes_are_typed_errors() {
        for (text, want) in [
            ("", "expected an object"),
            (r#""a string""#, "expected an object"),
            ("42", "expected an object"),
            ("[1,2]", "expected an object"),
            (r#"{"controls":"nope"}"#, "expected an array"),
            (r#"{"controls":[{"selector":7}]}"#, "expected a string"),
            (r#"{"controls":[null]}"#, "expected an object"),
            (
                r#"{"controls":[{"visible":"yes"}]}"#,
                "expected true or false",
            ),
            (
                r#"{"controls":[{"maxLength":1.5}]}"#,
                "expected a whole number",
            ),
            (
                r#"{"controls":[{"maxLength":-1}]}"#,
                "expected a whole number",
            ),
            (
                r#"{"controls":[{"maxLength":4294967296}]}"#,
                "expected a whole number",
            ),
            (
                r#"{"controls":[{"maxLength":"7"}]}"#,
                "expected a whole number",
            ),
            (r#"{"url":null}"#, "expected a string"),
        ] {
            let err = read(text).unwrap_err().0;
            assert_eq!(err, format!("invalid type: {want}"), "{text}");
        }
        assert_eq!(
            read(r#"{"controls":[{"maxLength":4294967295}]}"#)
                .unwrap()
                .controls[0]
                .max_length,
            Some(u32::MAX)
        );
        for bad in [
            "{",
            r#"{"url":"x"#,
            r#"{"url" "x"}"#,
            "{} {}",
            r#"{"a":tru}"#,
            r#"{"url":"\x"}"#,
            r#"{"url":"\u12"}"#,
        ] {
            let err = read(bad).unwrap_err().0;
            assert!(err.starts_with("invalid JSON at byte"), "{bad}: {err}");
        }
    }
}
