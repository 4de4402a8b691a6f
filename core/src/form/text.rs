//! Text normalisation for matching: lower-case, simple accent folding, camelCase and
//! punctuation split into tokens. No regex crate (the wasm budget): a few loops instead.
//!
//! Character classes and case come from [`super::case`], not std's Unicode tables (the wasm
//! budget).

use crate::prelude::*;

/// Longest input looked at, in characters. Labels are short; a megabyte of attribute text is
/// an attack or an accident, and the first few hundred characters decide as well as all.
pub const MAX_CHARS: usize = 300;

/// The first [`MAX_CHARS`] characters of `s`, for building bounded strings from untrusted
/// text.
pub fn head(s: &str) -> &str {
    // No more bytes than that is no more characters (the common case: labels are short).
    if s.len() <= MAX_CHARS {
        return s;
    }
    match s.char_indices().nth(MAX_CHARS) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// `parts` one after another. The extension's wasm holds no `core::fmt` (`format!` and
/// `to_string` of numbers bring its 3 KiB of machinery; the wasm budget): texts are built
/// with this and [`decimal`].
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// `n` in decimal, without `core::fmt` ([`cat`]).
pub fn decimal(n: u64) -> String {
    let mut out = String::new();
    push_decimal(&mut out, n);
    out
}

/// Appends `n` in decimal to `out` ([`decimal`]).
pub fn push_decimal(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        // (`n % 10` < 10: no truncation.)
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

use super::case::{Lower, is_lower, is_upper, is_word_char, lower};

/// Folds a lower-case character to its unaccented Latin base where that is simple.
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'ł' => 'l',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ё' => 'е',
        _ => c,
    }
}

/// Whether a character belongs to a script written without spaces (kana, CJK ideographs,
/// full-width forms) or to Hangul, whose words compound and take particles ("메일서버를"):
/// terms in those scripts are matched as substrings.
pub fn is_cjk(c: char) -> bool {
    // One comparison for the Latin, Greek and Cyrillic text most labels are.
    c >= '\u{3040}'
        && matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7a3 | 0xf900..=0xfaff | 0xff66..=0xff9f)
}

/// Normalises `s` to space-separated lower-case tokens: accents folded, camelCase split
/// (`smtpHost` -> `smtp host`), everything that is not a letter or digit a separator.
/// CJK characters are kept as they are (they are matched by substring).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_CHARS * 2));
    let mut prev_lower = false;
    let mut prev_upper = false;
    let mut prev_cjk = false;
    let mut pending_space = false;
    // Whether a Cyrillic letter was written: without one, no word has Latin look-alikes.
    let mut cyrillic = false;
    let mut chars = s.chars().take(MAX_CHARS).peekable();
    while let Some(c) = chars.next() {
        // (word character, upper case, lower case or digit, CJK). ASCII and the CJK ideographs
        // and Hangul syllables most labels are written in are told without the case tables:
        // those are letters without case that lower-case and fold to themselves.
        let (word, upper, lower_or_digit, cjk) = if c.is_ascii() {
            (
                c.is_ascii_alphanumeric(),
                c.is_ascii_uppercase(),
                c.is_ascii_lowercase() || c.is_ascii_digit(),
                false,
            )
        } else if matches!(c as u32, 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7a3 | 0xf900..=0xfaff)
        {
            (true, false, false, true)
        } else if is_word_char(c) {
            (true, is_upper(c), is_lower(c), is_cjk(c))
        } else {
            (false, false, false, false)
        };
        if word {
            // `smtpHost` -> `smtp host`; `SMTPPort` -> `smtp port` (an acronym ends where a
            // capitalised word starts).
            if upper && (prev_lower || prev_upper && chars.peek().is_some_and(|n| is_lower(*n))) {
                pending_space = true;
            }
            // "SSLを使用", "SMTP服务器": Latin words end where CJK text starts, and the
            // reverse ("使用SSL").
            if prev_cjk != cjk && !out.is_empty() {
                pending_space = true;
            }
            prev_cjk = cjk;
            prev_upper = upper;
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            prev_lower = lower_or_digit;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            match lower(c) {
                // "Paßwort" is "Passwort".
                Lower::One('ß') => out.push_str("ss"),
                Lower::One(l) => {
                    let l = fold(l);
                    cyrillic |= ('\u{400}'..='\u{47f}').contains(&l);
                    out.push(l);
                }
                Lower::DottedI => out.push_str("i\u{307}"),
            }
        } else {
            pending_space = true;
            prev_lower = false;
            prev_upper = false;
            prev_cjk = false;
        }
    }
    if cyrillic {
        out = cyrillic_lookalikes(out);
    }
    split_protocol_prefixes(out)
}

/// Latin letters typed inside a Cyrillic word, where they look the same ("Cервер" with a
/// Latin C, in Thunderbird's own Russian strings), read as the Cyrillic letters they stand
/// for. Only in a word whose Latin letters are all such look-alikes and fewer than its
/// Cyrillic ones, so `smtpсервер` keeps its `smtp`.
fn cyrillic_lookalikes(text: String) -> String {
    const LATIN: &str = "abcehkmoptxy";
    const CYRILLIC: [char; 12] = ['а', 'в', 'с', 'е', 'н', 'к', 'м', 'о', 'р', 'т', 'х', 'у'];
    // One pass over the bytes: Cyrillic letters start with 0xD0 or 0xD1 in UTF-8.
    let mixed = |word: &str| {
        let (mut cyrillic, mut latin) = (0, 0);
        for b in word.bytes() {
            if b.is_ascii_lowercase() {
                if !LATIN.as_bytes().contains(&b) {
                    return false;
                }
                latin += 1;
            } else if b == 0xd0 || b == 0xd1 {
                cyrillic += 1;
            }
        }
        latin > 0 && latin < cyrillic
    };
    if !text.pieces(b' ').any(mixed) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.pieces(b' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if mixed(word) {
            out.extend(word.chars().map(|c| {
                LATIN
                    .chars()
                    .position(|l| l == c)
                    .map_or(c, |k| CYRILLIC[k])
            }));
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Protocol names glued to a setting word in lower-case names (`smtpport`, `popserver`,
/// `imapssl`) are split (`smtp port`); other words starting with those letters (`popup`,
/// `smtps`) are left whole.
fn split_protocol_prefixes(text: String) -> String {
    const PREFIXES: [&str; 4] = ["smtp", "imap", "pop3", "pop"];
    const WORDS: &str = "host|hostname|server|servername|srv|port|user|username|login|pass|password|pwd|ssl|tls|secure|security|auth|encryption|crypt|address|addr";
    fn split_at(token: &str) -> Option<(&str, &str)> {
        PREFIXES.iter().find_map(|p| {
            let rest = token.strip_prefix(p).filter(|r| !r.is_empty())?;
            WORDS.pieces(b'|').any(|w| w == rest).then_some((*p, rest))
        })
    }
    // Only a token longer than a prefix that starts as one can be split.
    let candidate =
        |t: &str| t.len() > 3 && matches!(t.as_bytes().first(), Some(b's' | b'i' | b'p'));
    if !text
        .pieces(b' ')
        .any(|t| candidate(t) && split_at(t).is_some())
    {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 4);
    for (i, token) in text.pieces(b' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match split_at(token) {
            Some((head, tail)) => {
                out.push_str(head);
                out.push(' ');
                out.push_str(tail);
            }
            None => out.push_str(token),
        }
    }
    out
}

/// Whether `term` (already normalised) occurs in `text` (normalised): CJK terms and long
/// terms (six characters or more, so German compounds such as `posteingangsserver` match
/// `server`) anywhere; short terms only at the start of a token, so `port` does not match
/// `transport` or `support`. Multi-word terms match across token boundaries, and start at a
/// token start unless their first word is long. A term ending in
/// `$` matches whole tokens only (`email$` matches "email" but not "emails").
pub fn contains_term(text: &str, term: &str) -> bool {
    if let Some(word) = term.strip_suffix('$') {
        return contains_word(text, word);
    }
    if term.is_empty() || text.len() < term.len() {
        return false;
    }
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = find_from(bytes, term.as_bytes(), from) {
        if anywhere(term) && !cjk_false_friend(text, at, term)
            || (at == 0 || bytes[at - 1] == b' ')
                && !false_friend(text.get(at..).unwrap_or(""), term)
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Japanese and Korean words that end in a term and mean something else: a report (レポート,
/// 리포트), support, import, export, a passport or a transport are no port (ポート, 포트);
/// Splunk's "レポートの用紙の向き" is a paper orientation.
const CJK_FALSE_FRIENDS: [&str; 10] = [
    "レポート",
    "サポート",
    "インポート",
    "エクスポート",
    "パスポート",
    "トランスポート",
    "리포트",
    "서포트",
    "임포트",
    "익스포트",
];

/// Whether the occurrence of `term` at `at` ends one of [`CJK_FALSE_FRIENDS`].
fn cjk_false_friend(text: &str, at: usize, term: &str) -> bool {
    let upto = text.get(..at + term.len()).unwrap_or("");
    CJK_FALSE_FRIENDS
        .iter()
        .any(|w| w.len() > term.len() && w.ends_with(term) && upto.ends_with(w))
}

/// Words that start with a short term and mean something else: a Java portal's `portlet`
/// (Liferay names every control `..._ServerAdminPortlet_smtpHost`), a `portal`, a
/// `portfolio` are not ports.
const FALSE_FRIENDS: [&str; 5] = ["portlet", "portal", "portail", "portfolio", "portrait"];

/// Whether the token starting `rest` is a false friend of `term` (it starts with the term).
fn false_friend(rest: &str, term: &str) -> bool {
    let token = rest.pieces(b' ').next().unwrap_or(rest);
    FALSE_FRIENDS
        .iter()
        .any(|w| w.len() > term.len() && w.starts_with(term) && token.starts_with(w))
}

/// Whether `needle` occurs in `text`: `str::contains` without its two-way searcher, which the
/// shipped wasm then need not carry.
pub fn includes(text: &str, needle: &str) -> bool {
    find_from(text.as_bytes(), needle.as_bytes(), 0).is_some()
}

/// `text` around the last `sep` (an ASCII byte): `str::rsplit_once` without the reverse
/// character searcher, which the shipped wasm then need not carry.
pub fn rsplit_byte(text: &str, sep: u8) -> Option<(&str, &str)> {
    let at = text.bytes().rposition(|b| b == sep)?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

/// The text after the last space (all of it when it has none).
pub fn last_token(text: &str) -> &str {
    rsplit_byte(text, b' ').map_or(text, |(_, last)| last)
}

/// `text` around its first `://`: the scheme and the rest.
pub fn split_scheme(text: &str) -> Option<(&str, &str)> {
    let at = find_from(text.as_bytes(), b"://", 0)?;
    Some((text.get(..at)?, text.get(at + 3..)?))
}

/// The first place at or after `from` where `needle` (not empty) starts in `hay`. A plain
/// scan: the texts are a few dozen bytes, and `str::find` spends longer setting up its
/// searcher than this spends finding; written as a loop because the size-optimised wasm
/// build calls rather than inlines a closure per byte. A match of a whole UTF-8 needle starts
/// on a character boundary (a continuation byte never equals a leading one).
pub fn find_from(hay: &[u8], needle: &[u8], mut from: usize) -> Option<usize> {
    let first = *needle.first()?;
    while from + needle.len() <= hay.len() {
        if hay[from] == first && hay[from + 1..].starts_with(&needle[1..]) {
            return Some(from);
        }
        from += 1;
    }
    None
}

/// Whether a term may match inside a token: CJK terms, and terms whose first word has six
/// characters or more (a phrase is as strict as its first word: "to email" must not match
/// "trasporto email").
fn anywhere(term: &str) -> bool {
    let first = term.pieces(b' ').next().unwrap_or(term);
    first.chars().nth(5).is_some() || term.chars().any(is_cjk)
}

/// Whether `term` occurs in `text` as whole tokens (both ends on a token boundary).
pub fn contains_word(text: &str, term: &str) -> bool {
    if term.is_empty() {
        return false;
    }
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = find_from(bytes, term.as_bytes(), from) {
        let end = at + term.len();
        if (at == 0 || bytes[at - 1] == b' ') && (end == text.len() || bytes[end] == b' ') {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Splitting at one ASCII byte: the word lists (`a|b|c`) and normalised texts (`a b c`) are
/// split thousands of times per page, and `str::split` with a `char` sets up a `memchr`
/// search per piece, several times slower on pieces this short.
pub trait Pieces {
    /// The pieces of the text between the `sep` bytes (`str::split` with an ASCII `char`).
    fn pieces(&self, sep: u8) -> Split<'_>;
}

impl Pieces for str {
    fn pieces(&self, sep: u8) -> Split<'_> {
        Split {
            rest: Some(self),
            sep,
        }
    }
}

/// The iterator of [`Pieces::pieces`].
pub struct Split<'a> {
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for Split<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        // A loop, not `position`: the size-optimised wasm build would call a closure per byte.
        for (at, &b) in rest.as_bytes().iter().enumerate() {
            if b == self.sep {
                // An ASCII byte is a character boundary.
                self.rest = rest.get(at + 1..);
                return rest.get(..at);
            }
        }
        self.rest = None;
        Some(rest)
    }
}

/// A normalised text split into its tokens once, for many [`contains_word`] tests of it (an
/// option is tested against a hundred words): a one-word term is compared with each token
/// instead of searched for byte by byte.
pub struct Words<'a> {
    text: &'a str,
    tokens: Vec<&'a str>,
    /// The tokens' first bytes, folded to 64 bits: a term (or phrase) whose first byte is
    /// not among them starts no token.
    firsts: u64,
    /// The text's bytes, folded to 64 bits as `firsts`: a term holding a byte whose bit is
    /// not set is not in it.
    bytes: u64,
}

impl<'a> Words<'a> {
    /// The tokens of `text` (normalised: single spaces between tokens).
    pub fn of(text: &'a str) -> Self {
        let tokens: Vec<&str> = text.pieces(b' ').collect();
        let mut firsts = 0;
        for t in &tokens {
            if let Some(b) = t.as_bytes().first() {
                firsts |= 1 << (b & 63);
            }
        }
        let mut bytes = 0;
        for b in text.bytes() {
            bytes |= 1 << (b & 63);
        }
        Words {
            text,
            tokens,
            firsts,
            bytes,
        }
    }

    /// [`contains_term`] of the text and `term`, turned away without a search when the text
    /// lacks one of the term's bytes (most terms of a list, for most texts).
    pub fn has_term(&self, term: &str) -> bool {
        for b in term.strip_suffix('$').unwrap_or(term).bytes() {
            if self.bytes & (1 << (b & 63)) == 0 {
                return false;
            }
        }
        contains_term(self.text, term)
    }

    /// The text's tokens.
    pub fn tokens(&self) -> &[&'a str] {
        &self.tokens
    }

    /// [`contains_word`] of the text and `term`.
    pub fn has(&self, term: &str) -> bool {
        // Most terms start no token at all: one AND turns them away.
        match term.as_bytes().first() {
            Some(b) if self.firsts & (1 << (b & 63)) != 0 => {}
            _ => return false,
        }
        // A token holds no space, so a phrase is searched for in the text. (Loops, not
        // iterator adapters: the size-optimised wasm build calls a closure per item.)
        for t in &self.tokens {
            // (`term` is not empty: it has a first byte.)
            if *t == term {
                return true;
            }
        }
        for &b in term.as_bytes() {
            if b == b' ' {
                return contains_word(self.text, term);
            }
        }
        false
    }
}

/// The numbers (up to five digits) written in `text`, e.g. the port hints in "usually 993".
pub fn numbers(text: &str) -> impl Iterator<Item = u32> + '_ {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty() && t.len() <= 5)
        .filter_map(|t| t.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_and_cat_write_what_format_writes() {
        for n in [0, 7, 10, 25, 465, 993, 2525, 65_535, 1 << 53, u64::MAX] {
            assert_eq!(decimal(n), n.to_string());
        }
        assert_eq!(cat(&[]), "");
        assert_eq!(
            cat(&["replaces \"", "smtp.example.com", "\": ", "Gmail's server"]),
            format!("replaces \"{}\": {}", "smtp.example.com", "Gmail's server")
        );
    }

    #[test]
    fn reverse_byte_splits_are_rsplit_once() {
        for (text, sep) in [
            ("a:b:c", ':'),
            ("abc", ':'),
            (":", ':'),
            ("x[y][z]", '['),
            ("", ' '),
        ] {
            let sep_byte = u8::try_from(sep).unwrap();
            assert_eq!(rsplit_byte(text, sep_byte), text.rsplit_once(sep), "{text}");
        }
        assert_eq!(last_token("send mail to"), "to");
        assert_eq!(last_token("alone"), "alone");
        assert_eq!(last_token("trailing "), "");
    }

    /// The byte filter turns away only what `contains_term` would.
    #[test]
    fn terms_are_turned_away_only_when_absent() {
        for text in [
            "ssl tls",
            "使用しない",
            "implicit tls",
            "字符 string",
            "email",
            "",
        ] {
            let words = Words::of(text);
            for term in [
                "ssl",
                "しない",
                "implicit",
                "email$",
                "mail",
                "string",
                "无",
                "x",
            ] {
                assert_eq!(
                    words.has_term(term),
                    contains_term(text, term),
                    "{text} {term}"
                );
            }
        }
    }

    #[test]
    fn pieces_are_str_split() {
        for text in ["", "a", "a|b", "|a||b|", "smtp|сервер|服务器", "||"] {
            let split: Vec<&str> = text.split('|').collect();
            assert_eq!(text.pieces(b'|').collect::<Vec<_>>(), split, "{text:?}");
            let split: Vec<&str> = text.split(' ').collect();
            assert_eq!(text.pieces(b' ').collect::<Vec<_>>(), split, "{text:?}");
        }
    }

    #[test]
    fn words_has_is_contains_word() {
        let texts = [
            "",
            "ssl",
            "use ssl tls",
            "no encryption at all",
            "starttls",
            "a b",
            "sslv3 x",
        ];
        let terms = [
            "",
            "ssl",
            "tls",
            "ssl tls",
            "no encryption",
            "a",
            "b",
            "a b",
            "sslv3",
            "x",
            "ss",
        ];
        for text in texts {
            let words = Words::of(text);
            for term in terms {
                assert_eq!(
                    words.has(term),
                    contains_word(text, term),
                    "{text:?} {term:?}"
                );
            }
        }
    }

    #[test]
    fn normalisation_table() {
        let cases = [
            ("SMTP Host", "smtp host"),
            ("smtpHost", "smtp host"),
            ("mail_smtp-host[0]", "mail smtp host 0"),
            ("SMTPPort", "smtp port"),
            ("POP3Server", "pop3 server"),
            ("userID", "user id"),
            ("popport", "pop port"),
            ("smtpserver", "smtp server"),
            ("imapssl", "imap ssl"),
            ("popup smtps pop3s", "popup smtps pop3s"),
            ("Verschlüsselung", "verschlusselung"),
            // A Latin C typed in "Сервер" (Thunderbird's Russian strings), and Latin words
            // beside or glued to Cyrillic ones left as they are.
            ("Cервер входящей почты", "сервер входящей почты"),
            ("SMTP-сервер", "smtp сервер"),
            ("smtpсервер", "smtpсервер"),
            ("Порт (port)", "порт port"),
            ("Nom d'hôte", "nom d hote"),
            ("Contraseña", "contrasena"),
            ("Hasło", "haslo"),
            ("Paßwort", "passwort"),
            ("Сервер SMTP", "сервер smtp"),
            ("SMTPサーバー", "smtp サーバー"),
            ("SSLを使用", "ssl を使用"),
            ("使用SSL加密", "使用 ssl 加密"),
            ("  ", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "{input}");
        }
    }

    #[test]
    fn term_matching_table() {
        let cases = [
            ("smtp port", "port", true),
            ("transport", "port", false),
            ("posteingangsserver", "server", true),
            ("smtpサーバー", "サーバ", true),
            ("user name", "user name", true),
            ("username", "user", true),
            ("", "host", false),
            ("metodo di trasporto email", "to email", false),
            ("send to email", "to email", true),
            ("smtp server address", "server address", true),
            ("server admin portlet pop3 secure", "port", false),
            ("portal url", "port", false),
            ("ports", "port", true),
            ("portlet smtp port", "port", true),
            ("smtpポート番号", "ポート", true),
            ("レポートの用紙の向き", "ポート", false),
            ("サポート窓口 ポート", "ポート", true),
            ("エクスポート", "ポート", false),
        ];
        for (text, term, want) in cases {
            assert_eq!(contains_term(text, term), want, "{text} / {term}");
        }
        assert!(contains_word("ssl tls", "tls"));
        assert!(!contains_word("starttls", "tls"));
        assert_eq!(
            numbers("usually 993 or 143").collect::<Vec<_>>(),
            vec![993, 143]
        );
    }

    /// The plain scan finds what `str::find` finds, from any start, in any script.
    #[test]
    fn find_from_agrees_with_str_find() {
        let texts = [
            "",
            "a",
            "tls",
            "starttls tls",
            "ssl/tls ssl",
            "пароль smtp пароль",
            "smtpサーバーサーバ",
            "aaa",
        ];
        let needles = [
            "",
            "a",
            "aa",
            "tls",
            "ssl",
            "пароль",
            "サーバ",
            "smtp пароль",
            "x",
        ];
        for text in texts {
            for needle in needles {
                for from in 0..=text.len() {
                    if !text.is_char_boundary(from) {
                        continue;
                    }
                    let want = if needle.is_empty() {
                        None
                    } else {
                        text.get(from..)
                            .and_then(|t| t.find(needle))
                            .map(|i| i + from)
                    };
                    assert_eq!(
                        find_from(text.as_bytes(), needle.as_bytes(), from),
                        want,
                        "{text:?} {needle:?} {from}"
                    );
                }
            }
        }
        assert!(includes("pop3 tls", "pop3 tls") && !includes("pop", "pop3"));
        assert_eq!(
            split_scheme("ssl://smtp.gmail.com:465"),
            Some(("ssl", "smtp.gmail.com:465"))
        );
        assert_eq!(split_scheme("smtp.gmail.com"), None);
        assert_eq!(split_scheme("://x"), Some(("", "x")));
        assert!(contains_word("tls ssl tls", "tls"));
        assert!(contains_word("xtls tls", "tls"));
        assert!(!contains_word("xtlsx", "tls"));
    }

    #[test]
    fn long_input_is_bounded() {
        let long = "a".repeat(1_000_000);
        assert!(normalize(&long).len() <= MAX_CHARS);
    }
}
