//! Character classes and lower case without std's Unicode tables: `char::to_lowercase`,
//! `is_alphanumeric`, `is_uppercase` and `is_lowercase` pull about 17 KiB of tables into the
//! shipped wasm (docs/BENCHMARKS.md, "Extension: where the bytes go"). These give std's answer
//! for ASCII and for the blocks the vocabularies and real forms use (Latin-1 to Cyrillic, Latin
//! Extended Additional, punctuation and symbols, kana, full-width forms): the tests compare
//! every character of those blocks with std. Elsewhere they approximate: other scripts'
//! letters are letters without case (Armenian, Georgian, Cherokee ... are left as written).

use crate::prelude::*;

/// The blocks where [`is_word_char`] is exactly `char::is_alphanumeric` (Latin-1 to Cyrillic,
/// Latin Extended Additional, punctuation and symbols, CJK punctuation and kana, half- and
/// full-width forms); the tests compare every character of them with std.
const EXACT_BLOCKS: &[(u32, u32)] = &[
    (0x80, 0x52f),
    (0x1e00, 0x1eff),
    (0x2000, 0x2bff),
    (0x3000, 0x30ff),
    (0xfe00, 0xfe6f),
    (0xff00, 0xffef),
];

/// The letters and digits of [`EXACT_BLOCKS`], as inclusive ranges in code-point order.
#[rustfmt::skip]
const WORD_RANGES: &[(u32, u32)] = &[
    (0xaa, 0xaa), (0xb2, 0xb3), (0xb5, 0xb5), (0xb9, 0xba), (0xbc, 0xbe), (0xc0, 0xd6),
    (0xd8, 0xf6), (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee),
    (0x345, 0x345), (0x363, 0x374), (0x376, 0x377), (0x37a, 0x37d), (0x37f, 0x37f), (0x386, 0x386),
    (0x388, 0x38a), (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481), (0x48a, 0x52f),
    (0x1e00, 0x1eff), (0x2070, 0x2071), (0x2074, 0x2079), (0x207f, 0x2089), (0x2090, 0x209c), (0x2102, 0x2102),
    (0x2107, 0x2107), (0x210a, 0x2113), (0x2115, 0x2115), (0x2119, 0x211d), (0x2124, 0x2124), (0x2126, 0x2126),
    (0x2128, 0x2128), (0x212a, 0x212d), (0x212f, 0x2139), (0x213c, 0x213f), (0x2145, 0x2149), (0x214e, 0x214e),
    (0x2150, 0x2189), (0x2460, 0x249b), (0x24b6, 0x24ff), (0x2776, 0x2793), (0x3005, 0x3007), (0x3021, 0x3029),
    (0x3031, 0x3035), (0x3038, 0x303c), (0x3041, 0x3096), (0x309d, 0x309f), (0x30a1, 0x30fa), (0x30fc, 0x30ff),
    (0xff10, 0xff19), (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xffbe), (0xffc2, 0xffc7), (0xffca, 0xffcf),
    (0xffd2, 0xffd7), (0xffda, 0xffdc),
];

/// `char::is_alphanumeric` without std's Unicode tables (the wasm budget): exact for ASCII and
/// [`EXACT_BLOCKS`]; elsewhere letters and digits except emoji, pictographs and private use,
/// which is what the other scripts' blocks (CJK ideographs, Hangul, Arabic, ...) hold, the
/// Ogham space mark aside (the one white space outside those blocks): no white space is a word
/// character, so a normalised text's tokens are its spaces' pieces.
pub fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if in_exact_blocks(c) {
        return WORD_RANGES.iter().any(|&(a, b)| (a..=b).contains(&u));
    }
    !matches!(u, 0x1680 | 0xe000..=0xf8ff | 0x1f000..=0x1faff | 0xf0000..)
}

/// The upper-case letters of [`EXACT_BLOCKS`]: `(first, last, step)`, step 2 for the
/// alternating upper/lower pairs of Latin, Greek and Cyrillic.
#[rustfmt::skip]
const UPPER: &[(u16, u16, u16)] = &[
    (0xc0, 0xd6, 1), (0xd8, 0xde, 1), (0x100, 0x136, 2), (0x139, 0x147, 2), (0x14a, 0x178, 2),
    (0x179, 0x17d, 2), (0x181, 0x182, 1), (0x184, 0x186, 2), (0x187, 0x189, 2), (0x18a, 0x18b, 1),
    (0x18e, 0x191, 1), (0x193, 0x194, 1), (0x196, 0x198, 1), (0x19c, 0x19d, 1), (0x19f, 0x1a0, 1),
    (0x1a2, 0x1a6, 2), (0x1a7, 0x1a9, 2), (0x1ac, 0x1ae, 2), (0x1af, 0x1b1, 2), (0x1b2, 0x1b3, 1),
    (0x1b5, 0x1b7, 2), (0x1b8, 0x1b8, 1), (0x1bc, 0x1bc, 1), (0x1c4, 0x1c4, 1), (0x1c7, 0x1c7, 1),
    (0x1ca, 0x1ca, 1), (0x1cd, 0x1db, 2), (0x1de, 0x1ee, 2), (0x1f1, 0x1f1, 1), (0x1f4, 0x1f6, 2),
    (0x1f7, 0x1f8, 1), (0x1fa, 0x232, 2), (0x23a, 0x23b, 1), (0x23d, 0x23e, 1), (0x241, 0x243, 2),
    (0x244, 0x246, 1), (0x248, 0x24e, 2), (0x370, 0x372, 2), (0x376, 0x376, 1), (0x37f, 0x37f, 1),
    (0x386, 0x388, 2), (0x389, 0x38a, 1), (0x38c, 0x38e, 2), (0x38f, 0x391, 2), (0x392, 0x3a1, 1),
    (0x3a3, 0x3ab, 1), (0x3cf, 0x3cf, 1), (0x3d2, 0x3d4, 1), (0x3d8, 0x3ee, 2), (0x3f4, 0x3f4, 1),
    (0x3f7, 0x3f9, 2), (0x3fa, 0x3fa, 1), (0x3fd, 0x42f, 1), (0x460, 0x480, 2), (0x48a, 0x4c0, 2),
    (0x4c1, 0x4cd, 2), (0x4d0, 0x52e, 2), (0x1e00, 0x1e94, 2), (0x1e9e, 0x1efe, 2), (0x2102, 0x2102, 1),
    (0x2107, 0x2107, 1), (0x210b, 0x210d, 1), (0x2110, 0x2112, 1), (0x2115, 0x2115, 1), (0x2119, 0x211d, 1),
    (0x2124, 0x212a, 2), (0x212b, 0x212d, 1), (0x2130, 0x2133, 1), (0x213e, 0x213f, 1), (0x2145, 0x2145, 1),
    (0x2160, 0x216f, 1), (0x2183, 0x2183, 1), (0x24b6, 0x24cf, 1), (0xff21, 0xff3a, 1),
];

/// The lower-case letters of [`EXACT_BLOCKS`], as [`UPPER`].
#[rustfmt::skip]
const LOWER: &[(u16, u16, u16)] = &[
    (0xaa, 0xaa, 1), (0xb5, 0xb5, 1), (0xba, 0xba, 1), (0xdf, 0xf6, 1), (0xf8, 0xff, 1),
    (0x101, 0x137, 2), (0x138, 0x148, 2), (0x149, 0x177, 2), (0x17a, 0x17e, 2), (0x17f, 0x180, 1),
    (0x183, 0x185, 2), (0x188, 0x188, 1), (0x18c, 0x18d, 1), (0x192, 0x192, 1), (0x195, 0x195, 1),
    (0x199, 0x19b, 1), (0x19e, 0x19e, 1), (0x1a1, 0x1a5, 2), (0x1a8, 0x1aa, 2), (0x1ab, 0x1ad, 2),
    (0x1b0, 0x1b0, 1), (0x1b4, 0x1b6, 2), (0x1b9, 0x1ba, 1), (0x1bd, 0x1bf, 1), (0x1c6, 0x1c6, 1),
    (0x1c9, 0x1c9, 1), (0x1cc, 0x1dc, 2), (0x1dd, 0x1ef, 2), (0x1f0, 0x1f0, 1), (0x1f3, 0x1f5, 2),
    (0x1f9, 0x233, 2), (0x234, 0x239, 1), (0x23c, 0x23c, 1), (0x23f, 0x240, 1), (0x242, 0x242, 1),
    (0x247, 0x24f, 2), (0x250, 0x293, 1), (0x296, 0x2b8, 1), (0x2c0, 0x2c1, 1), (0x2e0, 0x2e4, 1),
    (0x345, 0x345, 1), (0x371, 0x373, 2), (0x377, 0x377, 1), (0x37a, 0x37d, 1), (0x390, 0x390, 1),
    (0x3ac, 0x3ce, 1), (0x3d0, 0x3d1, 1), (0x3d5, 0x3d7, 1), (0x3d9, 0x3ef, 2), (0x3f0, 0x3f3, 1),
    (0x3f5, 0x3f5, 1), (0x3f8, 0x3f8, 1), (0x3fb, 0x3fc, 1), (0x430, 0x45f, 1), (0x461, 0x481, 2),
    (0x48b, 0x4bf, 2), (0x4c2, 0x4ce, 2), (0x4cf, 0x52f, 2), (0x1e01, 0x1e95, 2), (0x1e96, 0x1e9d, 1),
    (0x1e9f, 0x1eff, 2), (0x2071, 0x2071, 1), (0x207f, 0x207f, 1), (0x2090, 0x209c, 1), (0x210a, 0x210a, 1),
    (0x210e, 0x210f, 1), (0x2113, 0x2113, 1), (0x212f, 0x212f, 1), (0x2134, 0x2134, 1), (0x2139, 0x2139, 1),
    (0x213c, 0x213d, 1), (0x2146, 0x2149, 1), (0x214e, 0x214e, 1), (0x2170, 0x217f, 1), (0x2184, 0x2184, 1),
    (0x24d0, 0x24e9, 1), (0xff41, 0xff5a, 1),
];

fn in_steps(table: &[(u16, u16, u16)], c: char) -> bool {
    let Ok(u) = u16::try_from(c as u32) else {
        return false;
    };
    table
        .iter()
        .any(|&(a, b, step)| (a..=b).contains(&u) && (u - a) % step == 0)
}

fn in_exact_blocks(c: char) -> bool {
    EXACT_BLOCKS
        .iter()
        .any(|&(a, b)| (a..=b).contains(&(c as u32)))
}

/// `char::is_uppercase` without std's tables: exact for ASCII and [`EXACT_BLOCKS`]; no other
/// character counts as upper case (see the module doc).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else if ('\u{400}'..='\u{45f}').contains(&c) {
        // The basic Cyrillic block, the common non-ASCII case, without the table walk.
        c < '\u{430}'
    } else {
        in_exact_blocks(c) && in_steps(UPPER, c)
    }
}

/// `char::is_lowercase`, as [`is_upper`].
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else if ('\u{400}'..='\u{45f}').contains(&c) {
        c >= '\u{430}'
    } else {
        in_exact_blocks(c) && in_steps(LOWER, c)
    }
}

/// A character's lower case: one character, or `İ`'s two (`i` and a combining dot above).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lower {
    /// One character (the character itself when it has no lower case).
    One(char),
    /// `İ` (U+0130) lower-cases to `i` followed by U+0307, as in std.
    DottedI,
}

/// `char::to_lowercase` for ASCII, Latin-1, Latin Extended-A and Additional, Greek, Cyrillic
/// and full-width Latin; any other character is returned as it is (see the module doc).
pub fn lower(c: char) -> Lower {
    let u = c as u32;
    // Below Latin-1's letters only ASCII has a case; above Latin Extended Additional only the
    // full-width Latin capitals (the arms below).
    if u < 0xc0 {
        return Lower::One(c.to_ascii_lowercase());
    }
    if u > 0x1eff && !(0xff21..=0xff3a).contains(&u) {
        return Lower::One(c);
    }
    let even_upper = u & 1 == 0;
    let odd_upper = u & 1 == 1;
    let to = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab => u + 0x20,
        0x410..=0x42f | 0xff21..=0xff3a => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0x130 => return Lower::DottedI,
        0x100..=0x137 | 0x14a..=0x177 if even_upper => u + 1,
        0x139..=0x148 | 0x179..=0x17e if odd_upper => u + 1,
        0x178 => 0xff,
        0x370 | 0x372 | 0x376 => u + 1,
        0x37f => 0x3f3,
        0x386 => 0x3ac,
        0x388..=0x38a => u + 0x25,
        0x38c => 0x3cc,
        0x38e | 0x38f => u + 0x3f,
        0x3cf => 0x3d7,
        0x3d8..=0x3ef if even_upper => u + 1,
        0x3f4 => 0x3b8,
        0x3f7 | 0x3fa => u + 1,
        0x3f9 => 0x3f2,
        0x3fd..=0x3ff => u - 0x82,
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f if even_upper => u + 1,
        0x4c0 => 0x4cf,
        0x4c1..=0x4ce if odd_upper => u + 1,
        0x1e00..=0x1e95 | 0x1ea0..=0x1eff if even_upper => u + 1,
        0x1e9e => 0xdf,
        _ => u,
    };
    Lower::One(char::from_u32(to).unwrap_or(c))
}

/// `str::to_lowercase` through [`lower`], with std's final-sigma rule (`Σ` at the end of a
/// word is `ς`) judged by [`lower`]'s scripts.
pub fn to_lower(s: &str) -> String {
    // Text without an ASCII capital and whose other characters all lie where [`lower`] maps
    // nothing (lead bytes 0xE2 to 0xEE and 0xF0 up: U+2000 to U+EFFF and past U+FFFF) is its
    // own lower case: CJK captions are copied whole.
    let mut unchanged = true;
    for b in s.bytes() {
        if b.is_ascii_uppercase() || matches!(b, 0xc0..=0xe1 | 0xef) {
            unchanged = false;
            break;
        }
    }
    if unchanged {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            let (head, tail) = (s.get(..i).unwrap_or(""), s.get(i + 'Σ'.len_utf8()..));
            let before = head.chars().rev().find(|&c| !is_case_ignorable(c));
            let after = tail.unwrap_or("").chars().find(|&c| !is_case_ignorable(c));
            let word_final = before.is_some_and(is_cased) && !after.is_some_and(is_cased);
            out.push(if word_final { 'ς' } else { 'σ' });
            continue;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match lower(c) {
            Lower::One(l) => out.push(l),
            Lower::DottedI => out.push_str("i\u{307}"),
        }
    }
    out
}

/// Unicode's `Case_Ignorable`, for the characters of [`lower`]'s scripts that have it.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{a8}' | '\u{ad}' | '\u{af}' | '\u{b4}' | '\u{b7}'
            | '\u{b8}' | '\u{2019}' | '\u{300}'..='\u{36f}' | '\u{374}' | '\u{375}' | '\u{37a}'
            | '\u{384}' | '\u{385}' | '\u{387}' | '\u{483}'..='\u{489}'
    )
}

/// Unicode's `Cased`, for [`lower`]'s scripts: a letter that has a case or is one.
fn is_cased(c: char) -> bool {
    lower(c) != Lower::One(c) || is_lower(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Normalised text keeps no white space but its single spaces: its tokens are its pieces.
    #[test]
    fn no_white_space_is_a_word_character() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            if c.is_whitespace() {
                assert!(!is_word_char(c), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn classes_are_std_in_the_exact_blocks() {
        let ascii = [(0, 0x7f)];
        for &(a, b) in ascii.iter().chain(EXACT_BLOCKS) {
            for c in (a..=b).filter_map(char::from_u32) {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
                assert_eq!(is_upper(c), c.is_uppercase(), "U+{:04X}", c as u32);
                assert_eq!(is_lower(c), c.is_lowercase(), "U+{:04X}", c as u32);
            }
        }
        for c in ['中', '한', 'ع', 'א', 'ก', '\u{3400}', '\u{20000}'] {
            assert!(is_word_char(c), "{c}");
        }
        for c in ['😀', '\u{e000}'] {
            assert!(!is_word_char(c), "{c}");
        }
    }

    #[test]
    fn lower_is_std_to_lowercase_for_its_scripts() {
        let scripts = [
            (0, 0x24f),
            (0x370, 0x3ff),
            (0x400, 0x52f),
            (0x1e00, 0x1eff),
            (0xff00, 0xffef),
        ];
        for &(a, b) in &scripts {
            for c in (a..=b).filter_map(char::from_u32) {
                // Latin Extended-B (U+0180 to U+024F) is not mapped: it must stay as written.
                if (0x180..=0x24f).contains(&(c as u32)) {
                    assert_eq!(lower(c), Lower::One(c), "U+{:04X}", c as u32);
                    continue;
                }
                let got: String = match lower(c) {
                    Lower::One(l) => l.to_string(),
                    Lower::DottedI => "i\u{307}".to_owned(),
                };
                assert_eq!(got, c.to_lowercase().to_string(), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn to_lower_is_std_on_labels() {
        let cases = [
            "label Host: SMTP-Server",
            "name Port: ПОРТ",
            "aria-label Security: VERSCHLÜSSELUNG",
            "title Username: ΟΔΥΣΣΕΥΣ ΣΑΣ Σ",
            "label Email: İSTANBUL Ÿ Ẁ",
            "label Host: サーバー ＳＭＴＰ",
        ];
        for s in cases {
            assert_eq!(to_lower(s), s.to_lowercase(), "{s}");
        }
    }
}
