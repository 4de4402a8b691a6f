//! What a select option, radio or checkbox means: implicit TLS, STARTTLS or none; IMAP or
//! POP3 (also combined, "IMAP/SSL", "POP3S"); a port; yes or no. "TLS" and "SSL" are
//! ambiguous in forms (PHPMailer's `tls` is STARTTLS, Thunderbird's "SSL/TLS" is implicit
//! TLS): they are decided from their siblings and the ports nearby, never from the word alone.

use super::snapshot::ChoiceOption;
use super::text::{
    MAX_CHARS, Pieces, Words, cat, contains_word, head, includes, normalize, numbers,
};
use super::vocabulary::{Concept, mentions};
use crate::prelude::*;
use crate::{Protocol, Security};

/// What one option says, before siblings are taken into account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OptionWords {
    /// Names implicit TLS without ambiguity ("SSL/TLS", "implicit", "SMTPS", "IMAPS").
    pub implicit: bool,
    /// Names STARTTLS ("STARTTLS", "STLS", "TLS if available").
    pub starttls: bool,
    /// Says encryption only when the server offers it ("TLS if available"): STARTTLS by way
    /// of its condition, not its name.
    pub opportunistic: bool,
    /// The bare, ambiguous "TLS".
    pub bare_tls: bool,
    /// The bare "SSL".
    pub bare_ssl: bool,
    /// Says no encryption ("None", "Plain", "Unencrypted", "Keine", "なし", ...).
    pub none: bool,
    /// The protocol it names.
    pub protocol: Option<Protocol>,
    /// A port number it names (`993`, "Port 465").
    pub port: Option<u16>,
    /// Its text or value says "smtp" anywhere ("IMAP / SMTP", "POP-before-SMTP").
    pub names_smtp: bool,
}

#[rustfmt::skip]
const NONE_WORDS: &[&str] = &[
    "none", "no", "off", "plain", "plaintext", "unencrypted", "no encryption", "insecure", "disabled",
    "nein", "keine", "ohne", "aus", "unverschlusselt", "aucun", "aucune", "sans", "non", "ninguno", "ninguna",
    "sin cifrado", "nessuna", "nessuno", "nenhuma", "nenhum", "sem", "nao", "geen", "nee", "brak",
    "bez", "нет", "без шифрования", "desligado", "desativado", "desactivado", "deshabilitado", "desabilitado", "disabilitato", "deaktiviert", "desactive",
    "disattivato", "uitgeschakeld", "wylaczone", "выключено", "отключено",
    "never", "niemals", "jamais", "nunca", "mai", "nooit", "nigdy", "никогда",
    "nicht verwenden", "ne pas utiliser", "no usar", "non usare", "nao usar", "niet gebruiken", "nie uzywaj", "не использовать",
];

/// The CJK words for "none" and "off": looked for anywhere in a text that is not ASCII (CJK
/// puts no spaces between words), where [`NONE_WORDS`] are whole words.
const NONE_CJK: &[&str] = &[
    "無効",
    "关闭",
    "なし",
    "無し",
    "使用しない",
    "しない",
    "无",
    "無",
    "不加密",
    "不使用",
    "否",
];

/// Words that, first in an option, say it turns encryption off whatever it names after them
/// ("disabled (never use STARTTLS)", Xen Orchestra's `secure` list).
const OFF_FIRST: &[&str] = &[
    "disabled",
    "never",
    "none",
    "off",
    "no",
    "deaktiviert",
    "desactive",
    "desactivado",
    "disattivato",
    "desativado",
    "uitgeschakeld",
    "wylaczone",
    "отключено",
    "nie",
    "nunca",
    "jamais",
];

/// An option that says "encrypted" and nothing more (Latin and Cyrillic words only: the CJK
/// ones hide inside their negations, "不加密").
const ENCRYPTED_WORDS: &str = "encrypted|verschlusselt|chiffre|chiffree|cifrado|cifrada|cifrato|crittografato|criptografado|criptografada|versleuteld|szyfrowane|szyfrowany|зашифрованное|зашифрованный|шифрованное";

/// "Use SSL/TLS if the server supports it": encryption only when offered, i.e. STARTTLS.
const OPPORTUNISTIC: &str = "if available|if supported|when available|when supported|if the server supports|if possible|wenn verfugbar|falls verfugbar|sofern verfugbar|soweit verfugbar|wenn moglich|bei unterstutzung|wenn unterstutzt|si disponible|si possible|si pris en charge|si es compatible|si esta disponible|se disponibile|se supportato|se possibile|se disponivel|se suportado|indien beschikbaar|indien ondersteund|indien mogelijk|jesli dostepne|jesli obslugiwane|jezeli dostepne|если доступно|если поддерживается|если возможно|利用可能な場合|サポートされている場合|可能な場合|如果可用|如果支持|如支持";

/// "Implicit" in the eleven languages.
const IMPLICIT_WORDS: &str =
    "implicit|implizit|implicite|implicito|implicita|impliciet|niejawn|неявн|暗黙|隐式|隱式";

/// Words that negate the "SSL" or "TLS" after them ("No SSL", "NO-TLS", "ohne TLS").
const NEGATIONS: &[&str] = &[
    "no", "not", "without", "ohne", "kein", "keine", "sans", "sin", "senza", "sem", "bez", "без",
    "notls", "nossl", "non", "nonssl", "nontls",
    // "Do not use TLS": "TLS nicht verwenden", "ne pas utiliser", "niet", "nie używaj", "Не
    // использовать TLS" (Kaspersky Security Center).
    "nicht", "pas", "niet", "nie", "не",
];

/// The most options looked at in one control; a select of countries or time zones is not a
/// mail setting, and the bound keeps hostile snapshots cheap.
pub const MAX_OPTIONS: usize = 100;

/// The options Portolan looks at: the first [`MAX_OPTIONS`].
pub fn bounded(options: &[ChoiceOption]) -> &[ChoiceOption] {
    &options[..options.len().min(MAX_OPTIONS)]
}

/// What one option says, read once: its [`OptionWords`] and the other questions every option
/// of a list is asked (yes or no, an authentication method, a TLS version).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OptionReading {
    /// Security, protocol and port ([`read_words`] of its text and value).
    pub words: OptionWords,
    /// "Yes / On / 启用" (`Some(true)`), "No / Off / 关闭" (`Some(false)`), or neither.
    pub yes_no: Option<bool>,
    /// Its value or its text names one SASL mechanism ([`is_method`]).
    pub sasl: bool,
    /// Its text names a protocol version ("TLS 1.2", "SSL V3", "TLSv1.3", "SSLv23").
    pub tls_version: bool,
}

/// Reads one option's text and value.
pub fn read_option(option: &ChoiceOption) -> OptionWords {
    reading(option).words
}

/// Reads one option: its text and value normalised once each, every question answered from them.
pub fn reading(option: &ChoiceOption) -> OptionReading {
    let (text, value) = (head(&option.text), head(&option.value));
    // Options repeat: a "Yes / No" pair per setting, and one control's options are read by
    // the classifier and again by the plan. Reading is a pure function of the text and the
    // value, so each pair is read once per page (the latest [`READ_OPTIONS`] pairs are
    // remembered).
    let read_now = || read_fresh(text, value);
    // A lock held elsewhere (a reading inside a reading, another thread natively) reads anew.
    let Some(mut read) = READ.try_lock() else {
        return read_now();
    };
    if let Some((_, _, reading)) = read.iter().find(|(t, v, _)| t == text && v == value) {
        return *reading;
    }
    if read.len() >= READ_OPTIONS {
        read.clear();
    }
    let reading = read_now();
    read.push((text.to_owned(), value.to_owned(), reading));
    reading
}

/// [`reading`] without the memory. The text and the value are normalised apart (the SASL and
/// version tests read them apart), and the two joined are the normalised "text value": a space
/// resets everything `normalize` carries from one character to the next, and what it does
/// after the characters (Cyrillic look-alikes, protocol prefixes) is token by token. Only a
/// pair past [`MAX_CHARS`] together, which `normalize` would cut, is normalised whole.
fn read_fresh(text: &str, value: &str) -> OptionReading {
    let (own, val) = (normalize(text), normalize(value));
    let both = if text.len() + 1 + value.len() <= MAX_CHARS {
        joined(&own, &val)
    } else {
        normalize(&cat(&[text, " ", value]))
    };
    let words = Words::of(&both);
    OptionReading {
        words: words_of(&both, &words),
        yes_no: yes_no_of(&words),
        sasl: is_method(&val) || is_method(&own),
        tls_version: names_tls_version(&own),
    }
}

/// Two normalised texts as one: a space between them when both have tokens.
fn joined(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_owned(),
        (_, true) => a.to_owned(),
        _ => {
            let mut out = String::with_capacity(a.len() + 1 + b.len());
            out.push_str(a);
            out.push(' ');
            out.push_str(b);
            out
        }
    }
}

/// How many option readings are remembered.
const READ_OPTIONS: usize = 256;

/// Forgets the options read so far ([`super::analyze`] starts each page with none).
pub(super) fn forget_read_options() {
    if let Some(mut read) = READ.try_lock() {
        read.clear();
    }
}

/// The option readings remembered ([`reading`]).
static READ: spin::Mutex<Vec<(String, String, OptionReading)>> = spin::Mutex::new(Vec::new());

/// Reads normalised option text.
pub fn read_words(text: &str) -> OptionWords {
    words_of(text, &Words::of(text))
}

/// [`read_words`] of a text split into its `words` already.
fn words_of(text: &str, words: &Words) -> OptionWords {
    let w = security_words(text, words);
    // "Encrypted password", "No authentication": an authentication method, not a security
    // (looked at only when the words named one).
    let named = w.implicit || w.starttls || w.bare_tls || w.bare_ssl || w.none;
    if named && (mentions(text, Concept::Password) || mentions(text, Concept::Auth)) {
        return finish_protocol(text, OptionWords::default());
    }
    w
}

fn security_words(text: &str, words: &Words) -> OptionWords {
    let mut w = OptionWords::default();
    // "SSLv2", "SSLv3", "SSLv23" (PHP's stream transports, Pandora FMS's list) are SSL.
    let has = |t: &str| {
        words.has(t) || t == "ssl" && ["sslv2", "sslv3", "sslv23"].iter().any(|v| words.has(v))
    };
    let opportunistic =
        (has("tls") || has("ssl")) && OPPORTUNISTIC.pieces(b'|').any(|p| words.has_term(p));
    // "Implicit SSL/TLS (turn it off for STARTTLS)": a text that says implicit means it,
    // whatever else it mentions.
    let says_implicit = IMPLICIT_WORDS.pieces(b'|').any(|p| words.has_term(p));
    w.starttls = has("starttls")
        || has("start tls")
        || has("stls")
        || opportunistic
        || has("explicit")
        || has("explicit tls");
    w.opportunistic = opportunistic;
    w.implicit = (has("ssl") && has("tls") && !w.starttls)
        || has("implicit")
        || has("smtps")
        || has("imaps")
        || has("pop3s")
        || includes(text, "imapssl")
        || includes(text, "pop3ssl")
        || has("ssl tls")
        || has("tls ssl");
    // "SSL/TLS if the server supports it" is not TLS from the start.
    w.implicit &= !opportunistic;
    if says_implicit {
        w.implicit = true;
        w.starttls = false;
    }
    if w.starttls && OFF_FIRST.contains(&text.pieces(b' ').next().unwrap_or_default()) {
        return finish_protocol(
            text,
            OptionWords {
                none: true,
                ..OptionWords::default()
            },
        );
    }
    if NEGATIONS.iter().any(|n| has(n)) && !w.starttls {
        w.none = true;
        w.implicit = false;
        return finish_protocol(text, w);
    }
    // "Encrypted" / "Szyfrowane" / "Verschlüsselt" names encryption without saying which: it
    // reads as a bare "TLS" (beside a STARTTLS option it is the implicit one: NodeBB's
    // Nodemailer `secure`).
    w.bare_tls =
        !w.implicit && !w.starttls && (has("tls") || ENCRYPTED_WORDS.pieces(b'|').any(has));
    w.bare_ssl = has("ssl") && !w.implicit && !w.starttls;
    // A bare protocol name beside its TLS variant ("smtp" / "smtps") is the plaintext one.
    // (A numeric value beside it, `1` for "SMTP", does not count.)
    let tokens = words.tokens();
    let bare_protocol = tokens
        .iter()
        .any(|t| ["smtp", "imap", "pop", "pop3"].contains(t))
        && tokens.iter().all(|t| {
            ["smtp", "imap", "pop", "pop3"].contains(t) || t.bytes().all(|b| b.is_ascii_digit())
        });
    w.none = bare_protocol
        || !w.implicit
            && !w.starttls
            && !w.bare_tls
            && !w.bare_ssl
            && (NONE_WORDS.iter().any(|t| words.has(t))
                || !text.is_ascii() && NONE_CJK.iter().any(|t| words.has_term(t)));
    finish_protocol(text, w)
}

/// Adds the protocol and port an option names.
fn finish_protocol(text: &str, mut w: OptionWords) -> OptionWords {
    let has = |t: &str| contains_word(text, t);
    w.protocol = if includes(text, "imap") {
        Some(Protocol::Imap)
    } else if has("pop") || includes(text, "pop3") || has("apop") {
        Some(Protocol::Pop3)
    } else if includes(text, "smtp") {
        Some(Protocol::Smtp)
    } else {
        None
    };
    if w.protocol == Some(Protocol::Pop3)
        && (includes(text, "pop3tls") || includes(text, "pop3 tls"))
    {
        w.bare_tls = true;
    }
    w.port = numbers(text)
        .find(|n| matches!(n, 25 | 110 | 143 | 465 | 587 | 993 | 995 | 2525))
        .and_then(|n| u16::try_from(n).ok());
    w.names_smtp = includes(text, "smtp");
    w
}

/// The security each option means, deciding "TLS" and "SSL" from the siblings and from
/// `port_hint` (a port shown near the control). `None` for options that say nothing.
pub fn security_meanings(
    options: &[ChoiceOption],
    port_hint: Option<u16>,
) -> Vec<Option<Security>> {
    let words: Vec<OptionWords> = options.iter().map(read_option).collect();
    let any_ssl = words.iter().any(|w| w.bare_ssl || w.implicit);
    let any_starttls = words.iter().any(|w| w.starttls);
    // "Use TLS if the server supports it" beside a bare "Always use TLS" (Kaspersky Security
    // Center) and no option that names STARTTLS: the bare one is the same STARTTLS, required.
    let opportunistic_only = words.iter().any(|w| w.opportunistic)
        && !words.iter().any(|w| w.starttls && !w.opportunistic);
    // An empty choice ("", "-") beside SSL and TLS is "no encryption" (PHPMailer's and
    // Laravel's empty SMTPSecure, Pimcore's and Contao's blank first option), and so is the
    // one option with an empty value whatever its text ("Choose an option", "Wybierz opcję",
    // or the caption again: Vanilla's "Segurança SMTP"): it submits no encryption. (Options
    // that all have empty values say nothing by them.)
    let t = |s: &str| s.trim().chars().all(|c| c == '-' || c == '\u{2014}');
    let empty_values = options.iter().filter(|o| t(&o.value)).count();
    let blank = |o: &ChoiceOption| t(&o.value) && (t(&o.text) || empty_values == 1);
    words
        .iter()
        .zip(options)
        .map(|(w, o)| {
            if w.implicit {
                Some(Security::ImplicitTls)
            } else if w.starttls {
                Some(Security::Starttls)
            } else if w.bare_tls {
                // "TLS" beside "STARTTLS" is implicit TLS, also when "SSL" is there too
                // (Opengear's None / SSL / TLS / STARTTLS); beside "SSL" alone it is STARTTLS
                // (PHPMailer, WP Mail SMTP); alone, the port decides, then the option's own port.
                if opportunistic_only {
                    Some(Security::Starttls)
                } else if any_starttls {
                    Some(Security::ImplicitTls)
                } else if any_ssl {
                    Some(Security::Starttls)
                } else {
                    match w.port.or(port_hint) {
                        Some(465 | 993 | 995) => Some(Security::ImplicitTls),
                        _ => Some(Security::Starttls),
                    }
                }
            } else if w.bare_ssl {
                Some(Security::ImplicitTls)
            } else if w.none || ((any_ssl || any_starttls) && blank(o)) {
                Some(Security::None)
            } else if any_starttls && yes_no(o) == Some(true) {
                // "TLS: no / yes / starttls" (MikroTik): "yes" beside STARTTLS is TLS from the
                // start.
                Some(Security::ImplicitTls)
            } else {
                match w.port {
                    Some(465 | 993 | 995) => Some(Security::ImplicitTls),
                    Some(587 | 143 | 110) => Some(Security::Starttls),
                    _ => None,
                }
            }
        })
        .collect()
}

/// The (protocol, security) pair each option names; combined selects ("IMAP/SSL", "POP3").
pub fn protocol_meanings(options: &[ChoiceOption]) -> Vec<(Option<Protocol>, Option<Security>)> {
    let security = security_meanings(options, None);
    options
        .iter()
        .zip(security)
        .map(|(o, s)| {
            let w = read_option(o);
            let s = match (w.protocol, s, w.port) {
                (Some(_), None, Some(993 | 995)) => Some(Security::ImplicitTls),
                (_, s, _) => s,
            };
            (w.protocol, s)
        })
        .collect()
}

/// Whether a choice is a yes/no switch ("Use SSL: Yes / No") rather than a list of securities:
/// no option names an encryption, and some say yes or no.
pub fn is_yes_no_switch(options: &[ChoiceOption], meanings: &[Option<Security>]) -> bool {
    meanings
        .iter()
        .all(|m| matches!(m, None | Some(Security::None)))
        && options.iter().any(|o| yes_no(o) == Some(true))
}

/// Whether an option means "yes / on" (Some(true)), "no / off" (Some(false)), or neither.
pub fn yes_no(option: &ChoiceOption) -> Option<bool> {
    reading(option).yes_no
}

/// [`yes_no`] of an option's normalised "text value", split into its words.
fn yes_no_of(words: &Words) -> Option<bool> {
    const YES: &[&str] = &[
        "yes",
        "on",
        "true",
        "1",
        "enabled",
        "enable",
        "ja",
        "oui",
        "si",
        "sim",
        "tak",
        "да",
        "はい",
        "有効",
        "是",
        "启用",
        "login",
        "plain",
        "password",
        "normal password",
        "cram md5",
        "auth",
        // "Anonymous / Basic" (Dell Unity's "Anonima / Di base"): the login by password.
        "basic",
        "di base",
        "basique",
        "basica",
        "basisch",
    ];
    const NO: &[&str] = &[
        "no",
        "off",
        "false",
        "0",
        "disabled",
        "disable",
        "none",
        "nein",
        "non",
        "nao",
        "nie",
        "нет",
        "いいえ",
        "無効",
        "否",
        "禁用",
        "关闭",
        "not required",
        "anonymous",
        "anonyme",
        "anonima",
        "anonimo",
        "anonym",
        "anoniem",
        "anonimowy",
        "анонимно",
        "匿名",
    ];
    if NO.iter().any(|t| words.has(t)) {
        Some(false)
    } else if YES.iter().any(|t| words.has(t)) {
        Some(true)
    } else {
        None
    }
}

/// Whether a normalised text names a protocol version ("tls 1 2", "ssl v3", "tlsv1 3",
/// "sslv23").
fn names_tls_version(text: &str) -> bool {
    let tokens: Vec<&str> = text.pieces(b' ').collect();
    tokens.iter().enumerate().any(|(i, t)| {
        let versioned = |rest: &str| {
            let rest = rest.strip_prefix('v').unwrap_or(rest);
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
        };
        match t.strip_prefix("tls").or_else(|| t.strip_prefix("ssl")) {
            Some("") => tokens.get(i + 1).is_some_and(|n| versioned(n)),
            Some(rest) => versioned(rest),
            None => false,
        }
    })
}

/// Whether a normalised text is the name of one authentication method and nothing else (LOGIN,
/// PLAIN, CRAM-MD5, NTLMv1, Kerberos, APOP, POP before SMTP...), spaces and a word for
/// authentication aside ("Kerberos認証", "CRAM-MD5 authentication").
pub fn is_method(text: &str) -> bool {
    const METHODS: &str = "plain|login|crammd5|digestmd5|xoauth2|xoauth|oauth2|oauthbearer|ntlm|ntlmv1|ntlmv2|gssapi|kerberos|apop|popbeforesmtp";
    const AUTH: &str = "authentication|authentifizierung|authentification|autenticacion|autenticazione|autenticacao|authenticatie|uwierzytelnianie|аутентификация";
    // Every method has a Latin letter: a text without one (a number, a CJK word) is none.
    if !text.bytes().any(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // The tokens but the words for authentication, joined without spaces, in a buffer longer
    // than any method with a CJK word after it: a text that overflows it names none.
    const SHORTEST_AUTH: usize = shortest(AUTH);
    let mut joined = [0u8; 32];
    let mut len = 0;
    for t in text.pieces(b' ') {
        if t.len() >= SHORTEST_AUTH && AUTH.pieces(b'|').any(|a| a == t) {
            continue;
        }
        let Some(slot) = joined.get_mut(len..len + t.len()) else {
            return false;
        };
        slot.copy_from_slice(t.as_bytes());
        len += t.len();
    }
    let words = joined.get(..len).unwrap_or_default();
    let bare = ["認証", "認證", "认证"]
        .iter()
        .find_map(|a| words.strip_suffix(a.as_bytes()))
        .unwrap_or(words);
    // (Each method starts with one of these letters: most texts are none without a search.)
    matches!(
        bare.first(),
        Some(b'a' | b'c' | b'd' | b'g' | b'k' | b'l' | b'n' | b'o' | b'p' | b'x')
    ) && METHODS.pieces(b'|').any(|m| m.as_bytes() == bare)
}

/// The length of the shortest word of a `|`-separated list.
const fn shortest(list: &str) -> usize {
    let bytes = list.as_bytes();
    let (mut i, mut start, mut min) = (0, 0, usize::MAX);
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'|' {
            if i - start < min {
                min = i - start;
            }
            start = i + 1;
        }
        i += 1;
    }
    min
}

/// Whether options (each read once, by [`read_option`]) look like a security choice (at least
/// two options with a meaning, one of them encrypted).
pub fn looks_like_security(words: &[OptionWords]) -> bool {
    let encrypted = words
        .iter()
        .filter(|w| w.implicit || w.starttls || w.bare_tls || w.bare_ssl)
        .count();
    let protocols = words
        .iter()
        .filter(|w| w.protocol.is_some_and(Protocol::is_incoming))
        .count();
    encrypted >= 1 && protocols == 0 && (encrypted >= 2 || words.iter().any(|w| w.none))
}

/// Whether options (each read once, by [`read_option`]) look like an IMAP/POP3 choice.
/// Not when an option names SMTP ("IMAP / SMTP" tabs or "POP-before-SMTP" authentication are
/// something else), unless IMAP and POP3 are both among the options.
pub fn looks_like_protocol(words: &[OptionWords]) -> bool {
    let named = |p: Protocol| words.iter().any(|w| w.protocol == Some(p));
    // Ricoh's reception protocol "POP3 / IMAP4 / SMTP": both incoming protocols make it the
    // choice between them, whatever else it offers.
    let both = named(Protocol::Imap) && named(Protocol::Pop3);
    both || !words.iter().any(|w| w.names_smtp)
        && words
            .iter()
            .filter_map(|w| w.protocol)
            .any(Protocol::is_incoming)
}

/// Whether the options are mostly port numbers.
pub fn looks_like_ports(options: &[ChoiceOption]) -> bool {
    let n = options
        .iter()
        .filter(|o| {
            o.text
                .trim()
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ')
                && read_option(o).port.is_some()
        })
        .count();
    n >= 2 && n * 2 >= options.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(options: &[ChoiceOption]) -> Vec<OptionWords> {
        options.iter().map(read_option).collect()
    }

    /// The text and the value normalised apart and joined are the pair normalised whole:
    /// across case changes, scripts, look-alikes, protocol prefixes, empty parts and the cut.
    #[test]
    fn a_pair_normalised_apart_is_the_pair_normalised_whole() {
        let long = "Server ".repeat(50);
        let texts = [
            "",
            " ",
            "-",
            "SSL/TLS",
            "smtpHost",
            "SMTPPort",
            "STARTTLS",
            "使用SSL",
            "SSLを使用",
            "Cервер",
            "imapssl",
            "popserver",
            "Paßwort",
            "İstanbul",
            "No",
            "ＳＳＬ",
            &long,
        ];
        for text in texts {
            for value in texts {
                let whole = normalize(&format!("{} {}", head(text), head(value)));
                let reading = read_fresh(head(text), head(value));
                let words = read_words(&whole);
                assert_eq!(reading.words, words, "{text:?} {value:?}");
                assert_eq!(
                    reading.yes_no,
                    yes_no_of(&Words::of(&whole)),
                    "{text:?} {value:?}"
                );
                if text.len() + 1 + value.len() <= MAX_CHARS {
                    assert_eq!(
                        joined(&normalize(text), &normalize(value)),
                        whole,
                        "{text:?} {value:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn authentication_methods_are_whole_texts() {
        for yes in [
            "CRAM-MD5",
            "cram md5 authentication",
            "Kerberos認証",
            "NTLMv2",
            "POP before SMTP",
            "Authentifizierung PLAIN",
            "аутентификация LOGIN",
        ] {
            assert!(is_method(&normalize(yes)), "{yes}");
        }
        for no in [
            "",
            "string",
            "字符",
            "authentication",
            "Plain text",
            "LOGIN LOGIN",
            &"x".repeat(40),
            "plain plain plain plain plain plain plain",
        ] {
            assert!(!is_method(&normalize(no)), "{no}");
        }
        assert_eq!(shortest("authentication|autenticacao|ab|abc"), 2);
    }

    /// A remembered reading is the fresh one, before and after the memory starts again.
    #[test]
    fn remembered_options_read_as_fresh_ones() {
        let fresh = |o: &ChoiceOption| read_words(&normalize(&format!("{} {}", o.text, o.value)));
        let known = opts(&[
            ("ssl", "SSL/TLS"),
            ("tls", "STARTTLS"),
            ("", "None"),
            ("995", "POP3S"),
        ]);
        let filler: Vec<ChoiceOption> = (0..READ_OPTIONS + 7)
            .map(|i| opts(&[(&i.to_string(), "Option")]).remove(0))
            .collect();
        for round in [&known, &filler, &known, &known] {
            for o in round.iter() {
                assert_eq!(read_option(o), fresh(o), "{o:?}");
            }
        }
        assert!(READ.lock().len() <= READ_OPTIONS);
    }

    fn opts(list: &[(&str, &str)]) -> Vec<ChoiceOption> {
        list.iter()
            .map(|(v, t)| ChoiceOption {
                value: (*v).into(),
                text: (*t).into(),
                ..Default::default()
            })
            .collect()
    }

    use Security::{ImplicitTls as I, None as N, Starttls as S};

    #[test]
    fn security_meaning_table() {
        type Case = (
            Vec<(&'static str, &'static str)>,
            Option<u16>,
            Vec<Option<Security>>,
        );
        let cases: Vec<Case> = vec![
            // "Do not use TLS" is none; "TLS if the server supports it" beside a bare "Always
            // use TLS" and no STARTTLS by name: both are STARTTLS (Kaspersky Security Center).
            (
                vec![
                    ("0", "Не использовать TLS"),
                    ("1", "Использовать TLS, если поддерживается SMTP-сервером"),
                    (
                        "2",
                        "Всегда использовать TLS, проверять действительность сертификата",
                    ),
                ],
                None,
                vec![Some(N), Some(S), Some(S)],
            ),
            // Beside an option that names STARTTLS, the bare TLS is still the implicit one.
            (
                vec![
                    ("auto", "auto (uses STARTTLS if available)"),
                    ("force", "force (requires STARTTLS or fail)"),
                    ("off", "TLS nicht verwenden"),
                    ("tls", "TLS"),
                ],
                None,
                vec![Some(S), Some(S), Some(N), Some(I)],
            ),
            // "Encrypted" beside "StartTLS" and "None" is implicit TLS; "Unencrypted" is none.
            (
                vec![
                    ("ENCRYPTED", "Szyfrowane"),
                    ("STARTTLS", "StartTLS"),
                    ("NONE", "Brak"),
                ],
                None,
                vec![Some(I), Some(S), Some(N)],
            ),
            (
                vec![
                    ("a", "Verschlüsselt"),
                    ("b", "STARTTLS"),
                    ("c", "Unverschlüsselt"),
                ],
                None,
                vec![Some(I), Some(S), Some(N)],
            ),
            (
                vec![("on", "Encrypted"), ("off", "Unencrypted")],
                Some(465),
                vec![Some(I), Some(N)],
            ),
            // WP Mail SMTP / PHPMailer: none, ssl, tls -> tls is STARTTLS.
            (
                vec![("none", "None"), ("ssl", "SSL"), ("tls", "TLS")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            // Pandora FMS: PHP's SSL transports by version are SSL too.
            (
                vec![
                    ("0", "geen"),
                    ("ssl", "SSL"),
                    ("sslv2", "SSLv2"),
                    ("sslv3", "SSLv3"),
                    ("tls", "TLS"),
                ],
                None,
                vec![Some(N), Some(I), Some(I), Some(I), Some(S)],
            ),
            // Pimcore / Contao: a blank first option beside SSL and TLS is no encryption.
            (
                vec![("", ""), ("ssl", "ssl"), ("tls", "tls")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            (
                vec![("", "-"), ("ssl", "SSL"), ("tls", "TLS")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            // An empty value whatever its text (Yetiforce's "Wybierz opcję", Vanilla's caption
            // again): no encryption.
            (
                vec![("", "Wybierz opcję"), ("tls", "tls"), ("ssl", "ssl")],
                None,
                vec![Some(N), Some(S), Some(I)],
            ),
            // "Never" and "Nicht verwenden" are off; so is "disabled (never use STARTTLS)".
            (
                vec![("0", "Never"), ("3", "Implicitly")],
                None,
                vec![Some(N), Some(I)],
            ),
            (
                vec![
                    ("0", "Nicht verwenden"),
                    ("1", "STARTTLS"),
                    ("2", "Über SSL"),
                ],
                None,
                vec![Some(N), Some(S), Some(I)],
            ),
            (
                vec![
                    ("0", "auto (uses STARTTLS if available)"),
                    ("2", "disabled (never use STARTTLS)"),
                    ("3", "TLS"),
                ],
                None,
                vec![Some(S), Some(N), Some(I)],
            ),
            // Kayako: "Non SSL" negates.
            (
                vec![("nonssl", "Non SSL"), ("ssl", "SSL"), ("tls", "TLS")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            // Thunderbird-like.
            (
                vec![("0", "None"), ("2", "STARTTLS"), ("3", "SSL/TLS")],
                None,
                vec![Some(N), Some(S), Some(I)],
            ),
            // "TLS" beside "STARTTLS" is implicit.
            (
                vec![("", "None"), ("starttls", "STARTTLS"), ("tls", "TLS")],
                None,
                vec![Some(N), Some(S), Some(I)],
            ),
            // "TLS (Recommended)" alone: the port decides.
            (
                vec![("tls", "TLS (Recommended)"), ("none", "None")],
                Some(465),
                vec![Some(I), Some(N)],
            ),
            (
                vec![("tls", "TLS (Recommended)"), ("none", "None")],
                Some(587),
                vec![Some(S), Some(N)],
            ),
            // German and Japanese.
            (
                vec![("", "Keine"), ("ssl", "SSL"), ("tls", "TLS")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            (
                vec![("0", "なし"), ("1", "SSL"), ("2", "STARTTLS")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            // Opportunistic STARTTLS and "auto".
            (
                vec![
                    ("auto", "Auto"),
                    ("opportunistic", "STARTTLS or unencrypted"),
                ],
                None,
                vec![None, Some(S)],
            ),
            // "SSL/TLS if the server supports it" is STARTTLS (PRTG, Bitbucket).
            (
                vec![
                    ("1", "Bei Unterstützung durch den Server SSL/TLS verwenden"),
                    ("0", "Keine Verbindungssicherheit verwenden"),
                ],
                None,
                vec![Some(S), Some(N)],
            ),
            // MikroTik's "tls: no / yes / starttls": yes beside STARTTLS is TLS from the start.
            (
                vec![("no", "no"), ("yes", "yes"), ("starttls", "starttls")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            // German "Aus" is off; a bare "SMTP" (value 1) beside "SMTP - STARTTLS" is plain.
            (
                vec![("0", "Aus"), ("1", "SSL/TLS"), ("2", "STARTTLS")],
                None,
                vec![Some(N), Some(I), Some(S)],
            ),
            (
                vec![("0", "PHP mail()"), ("1", "SMTP"), ("2", "SMTP - STARTTLS")],
                None,
                vec![None, Some(N), Some(S)],
            ),
            // An authentication list names no security, "Encrypted password" and "No
            // authentication" included (Thunderbird's outgoing authentication methods).
            (
                vec![
                    ("3", "Normal password"),
                    ("4", "Encrypted password"),
                    ("1", "No authentication"),
                ],
                None,
                vec![None, None, None],
            ),
            // A text that says "implicit" means it, whatever else it mentions (Misskey).
            (
                vec![(
                    "on",
                    "SMTP 接続に暗黙的なSSL/TLSを使用する (STARTTLS使用時はオフに)",
                )],
                None,
                vec![Some(I)],
            ),
        ];
        for (list, hint, want) in cases {
            assert_eq!(security_meanings(&opts(&list), hint), want, "{list:?}");
        }
    }

    #[test]
    fn protocol_meaning_table() {
        let o = opts(&[
            ("imap/ssl", "IMAP/SSL"),
            ("imap", "IMAP"),
            ("pop/ssl", "POP3/SSL"),
            ("pop3tls", "POP3TLS"),
            ("imaps", "IMAPS"),
        ]);
        let m = protocol_meanings(&o);
        assert_eq!(m[0], (Some(Protocol::Imap), Some(I)));
        assert_eq!(m[1].0, Some(Protocol::Imap));
        assert_eq!(m[2], (Some(Protocol::Pop3), Some(I)));
        assert_eq!(m[3].0, Some(Protocol::Pop3));
        assert_eq!(m[4], (Some(Protocol::Imap), Some(I)));
        assert!(looks_like_protocol(&read_all(&o)));
        assert!(!looks_like_security(&read_all(&o)));
    }

    #[test]
    fn shapes_and_yes_no() {
        assert!(looks_like_security(&read_all(&opts(&[
            ("", "None"),
            ("ssl", "SSL")
        ]))));
        assert!(looks_like_ports(&opts(&[
            ("25", "25"),
            ("465", "465"),
            ("587", "587")
        ])));
        assert_eq!(yes_no(&opts(&[("1", "Yes")])[0]), Some(true));
        assert_eq!(yes_no(&opts(&[("0", "Nein")])[0]), Some(false));
        assert_eq!(yes_no(&opts(&[("x", "Maybe")])[0]), None);
    }
}
