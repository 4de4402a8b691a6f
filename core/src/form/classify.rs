//! The classifier: from one control's signals to a concept (host, port, security, ...) with a
//! score, and a hint of which side (incoming or outgoing) it belongs to. Scoring is additive,
//! as in Chromium's `FieldCandidates`: each source that mentions a concept adds its weight
//! (labels weigh most, then name/id, placeholder, nearby text), and negative concepts (display
//! names, recipients, unrelated settings) compete as equals so they can win.

use super::case::to_lower;
use super::options::{
    OptionWords, bounded, is_method, looks_like_ports, looks_like_protocol, looks_like_security,
    read_option, reading,
};
use super::snapshot::Control;
use super::text::{
    Pieces, cat, contains_term, contains_word, find_from, head, includes, last_token, normalize,
    rsplit_byte, split_scheme,
};
use super::vocabulary::{Concept, concepts, mentions};
use crate::prelude::*;

/// Below this score a control is `ignore`.
const MIN_SCORE: f32 = 1.4;

/// Which server a control belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Reading mail (IMAP, POP3).
    Incoming,
    /// Sending mail (SMTP).
    Outgoing,
}

impl Side {
    /// The other side.
    pub const fn other(self) -> Side {
        match self {
            Side::Incoming => Side::Outgoing,
            Side::Outgoing => Side::Incoming,
        }
    }
}

/// Scores for the two sides.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SideScore {
    /// Evidence for incoming.
    pub incoming: f32,
    /// Evidence for outgoing.
    pub outgoing: f32,
}

impl SideScore {
    /// The side with clearly more evidence.
    pub fn decide(&self) -> Option<Side> {
        if self.incoming > self.outgoing + 0.1 {
            Some(Side::Incoming)
        } else if self.outgoing > self.incoming + 0.1 {
            Some(Side::Outgoing)
        } else {
            None
        }
    }
}

/// What the classifier made of one control.
#[derive(Clone, Debug, PartialEq)]
pub struct Classified {
    /// The winning concept, or None for `ignore`.
    pub concept: Option<Concept>,
    /// 0.0 to 1.0.
    pub confidence: f32,
    /// Side evidence from the control's own words (label, name, id, placeholder, options).
    pub own_side: SideScore,
    /// The part of `own_side` that comes from the name and id alone.
    pub name_side: SideScore,
    /// Side evidence from its surroundings (legend, tab, headings, form attributes).
    pub context_side: SideScore,
    /// Side evidence from what a port box already holds (`143` is an incoming port, `25` an
    /// outgoing one): weaker than any word, and only for ports.
    pub value_side: SideScore,
    /// Whether an address field's own words name the sender ("From", "Absender",
    /// "Expéditeur"): an address the page sends from, whatever its headings say.
    pub sender: bool,
    /// Whether a text box's caption or name reads as what the account is called in a list
    /// ("Account name", アカウント名) rather than its login: the analysis makes it the login
    /// when the page has no other.
    pub account_name: bool,
    /// The signals that decided it.
    pub signals: Vec<String>,
}

/// Concepts a control may end up as. Order breaks ties: negative concepts come before `Email`
/// and `Host` (the weakest positive ones: "from", "sender" and "server" appear everywhere), so
/// a tie leaves a field alone.
const ROLE_CONCEPTS: [Concept; 12] = [
    Concept::Password,
    Concept::Auth,
    Concept::Port,
    Concept::Security,
    Concept::Protocol,
    Concept::Username,
    Concept::DisplayName,
    Concept::Recipient,
    Concept::Unrelated,
    Concept::Foreign,
    Concept::Email,
    Concept::Host,
];

pub(super) const fn is_negative(c: Concept) -> bool {
    matches!(
        c,
        Concept::DisplayName | Concept::Recipient | Concept::Unrelated | Concept::Foreign
    )
}

/// Applies the within-one-text precedence: "SMTP server port" is a port, "Email password" a
/// password, "From name" a display name, "User name" a user name, "SSL verification" none of
/// Portolan's business.
pub(super) fn settle(mut found: Vec<Concept>) -> Vec<Concept> {
    use Concept::*;
    // "Server address" and a bare "Endereço" name the server; "Email address" an address.
    if found.contains(&Address)
        && !found.contains(&Email)
        && !found.contains(&EmailAddress)
        && !found.contains(&Host)
    {
        found.push(Host);
    }
    let explicit_address = found.contains(&EmailAddress);
    if explicit_address && !found.contains(&Email) {
        found.push(Email);
    }
    found.retain(|c| !matches!(c, Address | EmailAddress));
    let has = |c: Concept| found.contains(&c);
    // The concepts to leave out, a bit each (a set without an allocation).
    let mut drop = 0u32;
    let bits = |cs: &[Concept]| cs.iter().fold(0u32, |m, c| m | 1 << *c as u32);
    // "Email server port", `emailTransport][smtpPort`: a port word wins over an email word.
    if has(Port) {
        drop |= bits(&[Host, Security, Protocol, Email]);
    }
    if has(Password) {
        drop |= bits(&[Username, Email, Host, Auth, Security]);
    }
    if has(Username) {
        drop |= bits(&[Email, DisplayName, Auth, Host]);
    }
    if has(Host) || has(Port) {
        drop |= bits(&[DisplayName]);
    }
    // "Servidor de correo electrónico", "Email server": a server word wins over an email word;
    // "the server's own email address" is an address.
    if has(Host) && !explicit_address {
        drop |= bits(&[Email]);
    }
    if has(Host) && explicit_address {
        drop |= bits(&[Host]);
    }
    // "Sender name" is no address, but "Name (email address)" is (GLPI).
    if has(DisplayName) && !explicit_address {
        drop |= bits(&[Email]);
    }
    if has(DisplayName) && explicit_address {
        drop |= bits(&[DisplayName]);
    }
    if has(Recipient) {
        drop |= bits(&[Email, Host]);
    }
    if has(Unrelated) || has(Foreign) {
        drop |= bits(&[Host, Protocol, Email, Security, Username, Port, Auth]);
    }
    // "Security protocol", "Protokół bezpieczeństwa": the security, not the IMAP/POP3 choice.
    if has(Security) {
        drop |= bits(&[Host, Protocol]);
    }
    if has(Auth) {
        drop |= bits(&[Host, Security]);
    }
    found.retain(|c| drop & 1 << *c as u32 == 0);
    found
}

struct Scorer<'m> {
    /// The page's texts already read.
    memo: &'m mut ContextMemo,
    scores: [f32; ROLE_CONCEPTS.len()],
    own_side: SideScore,
    name_side: SideScore,
    signals: Vec<String>,
    /// Whether the control is a password input.
    password_ok: bool,
    /// Whether it is a plain text input (which may still be a password shown in clear).
    text_input: bool,
    /// What the name and id said (settled), read once by [`Scorer::add_text`].
    named: Vec<Concept>,
    /// Whether the name alone names another setting (before settling).
    name_unrelated: bool,
    /// Whether a caption said only "Address" ("Adresse", "Endereço"): a server's unless the
    /// help under the box says whose.
    bare_address: bool,
    /// Whether a caption named a server and a port together ("Host SMTP : Porta" over both
    /// boxes of a row).
    caption_host_port: bool,
}

impl Scorer<'_> {
    fn add_text(&mut self, source: &str, raw: &str, weight: f32) -> bool {
        let read = self.memo.reading(raw);
        if read.text.is_empty() {
            return false;
        }
        // A row captioned by the protocol's name alone ("IMAP [host] : [port]", Afterlogic's
        // server rows) names its server.
        let protocol_alone = || {
            read.text
                .pieces(b' ')
                .all(|t| ["imap", "imaps", "pop", "pop3", "pop3s", "smtp", "smtps"].contains(&t))
        };
        let mut found = read.found.clone();
        // "POP before SMTP" is a way to send, not an incoming server.
        if found.contains(&Concept::Incoming) && pop_before_smtp(&read.text) {
            found.retain(|c| *c != Concept::Incoming);
        }
        // "Server e porta SMTP", `hostAndPort`: one box for both, named by its server.
        if read.host_and_port {
            found.retain(|c| *c != Concept::Port);
            found.push(Concept::Host);
        }
        let from_name = matches!(source, "name" | "id");
        if found.contains(&Concept::Incoming) {
            self.own_side.incoming += weight;
            if from_name {
                self.name_side.incoming += weight;
            }
        }
        if found.contains(&Concept::Outgoing) {
            self.own_side.outgoing += weight;
            if from_name {
                self.name_side.outgoing += weight;
            }
        }
        // A password is a password input, or a text input whose own label or name says so
        // (OpenCart shows its SMTP password in clear); nearby text never makes one.
        // A label-less row's caption of a word or two that says only "password" ("Password",
        // "SMTP wachtwoord") is as good as a label (Chromium's inferred labels); a longer one
        // is a sentence about it, and "Cookie加密码" (an encryption code) says more.
        let short_caption = matches!(source, "term" | "row header" | "left text" | "text above")
            && read.text.pieces(b' ').nth(2).is_none()
            && found
                .iter()
                .all(|c| matches!(c, Concept::Password | Concept::Incoming | Concept::Outgoing));
        let own_words = matches!(source, "label" | "aria-label" | "name" | "id") || short_caption;
        let no_password = !(self.password_ok || self.text_input && own_words);
        // Such text still names a password, not the login or server it belongs to
        // ("SMTP服务器的用户密码", the SMTP server's user password, over DedeCMS's clear-text
        // password box): what a password word outweighs in `settle` goes with it.
        if no_password && found.contains(&Concept::Password) {
            found = settle(found);
            found.retain(|c| *c != Concept::Password);
        }
        let caption = matches!(source, "label" | "term" | "row header" | "left text");
        if caption && self.text_input && protocol_alone() {
            found.push(Concept::Host);
        }
        if caption && found.contains(&Concept::Host) && found.contains(&Concept::Port) {
            self.caption_host_port = true;
        }
        if caption
            && found.contains(&Concept::Address)
            && found
                .iter()
                .all(|c| matches!(c, Concept::Address | Concept::Incoming | Concept::Outgoing))
        {
            self.bare_address = true;
        }
        if source == "name" && found.contains(&Concept::Unrelated) {
            self.name_unrelated = true;
        }
        // "SMTP Host (indien niet ingevuld wordt 'sendmail' gebruikt)": a bracketed sentence
        // after a caption that names the box says what happens otherwise; its other
        // settings do not make the box one of them. So does an example ("Serveur SMTP (ex:
        // "smtp.mondomaine.ext")", whose sample's "domaine" is no domain setting). A bracketed
        // word ("(Fallback)", "(hash)") still qualifies the caption.
        if caption && found.iter().any(|c| is_negative(*c)) {
            let remark = find_from(raw.as_bytes(), b" (", 0).filter(|at| {
                raw.get(*at..).is_some_and(|r| {
                    r.split_whitespace().nth(3).is_some() || gives_an_example(r.get(2..))
                })
            });
            if let Some(at) = remark {
                let before = self.memo.reading(raw.get(..at).unwrap_or("")).found.clone();
                let names_box = before.iter().any(|c| {
                    !is_negative(*c) && !matches!(c, Concept::Incoming | Concept::Outgoing)
                });
                if names_box {
                    found.retain(|c| !is_negative(*c) || before.contains(c));
                }
            }
        }
        let settled = settle(found);
        if from_name {
            self.named.extend_from_slice(&settled);
        }
        let mut any = false;
        for c in settled {
            if let Some(i) = ROLE_CONCEPTS.iter().position(|r| *r == c) {
                self.scores[i] += weight;
                any = true;
                // "label host: smtp server" (the source and the label are lower case).
                let text = to_lower(short(raw));
                let mut signal = String::with_capacity(source.len() + 16 + text.len());
                for part in [source, " ", c.label(), ": ", &text] {
                    signal.push_str(part);
                }
                self.signals.push(signal);
            }
        }
        any
    }

    fn add(&mut self, concept: Concept, weight: f32, signal: &str) {
        if let Some(i) = ROLE_CONCEPTS.iter().position(|r| *r == concept) {
            self.scores[i] += weight;
            self.signals.push(signal.to_owned());
        }
    }

    fn score(&self, concept: Concept) -> f32 {
        ROLE_CONCEPTS
            .iter()
            .position(|r| *r == concept)
            .map_or(0.0, |i| self.scores[i])
    }

    fn forbid(&mut self, concept: Concept) {
        if let Some(i) = ROLE_CONCEPTS.iter().position(|r| *r == concept) {
            self.scores[i] = f32::NEG_INFINITY;
        }
    }
}

/// Whether a bracket's text (after its opening bracket) starts by saying it gives an example:
/// "ex:", "e.g.", "z.B.", "p. ej.", "np.", "例:"...
fn gives_an_example(text: Option<&str>) -> bool {
    const EXAMPLE: &str = "ex|e g|eg|example|for example|exemple|par exemple|z b|bsp|beispiel|zum beispiel|p ex|p ej|ej|ejemplo|por ejemplo|es|esempio|ad es|exemplo|por exemplo|bijv|bv|voorbeeld|np|przyklad|напр|например|пример";
    let text = normalize(head(text.unwrap_or("")));
    // CJK markers run into what follows ("例如smtp.qq.com" is one token).
    ["例", "如", "예"].iter().any(|m| text.starts_with(m))
        || EXAMPLE.pieces(b'|').any(|m| {
            text.strip_prefix(m)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
}

/// Words that make an address the sender's ("From", "Sender address", "E-mailadres afzender").
pub(super) const SENDER_WORDS: &str = "from|sender|absender|expediteur|expedition|remitente|mittente|remetente|afzender|nadawca|nadawcy|отправител|送信者|差出人|送信元|发件人|發件人|发信人";

/// "POP before SMTP" (or "SMTP after POP", LANCOM's and bintec's words) in the 11 languages
/// (normalised text): an SMTP authentication method.
pub(super) fn pop_before_smtp(text: &str) -> bool {
    const BEFORE: &str =
        "before|vor|voor|avant|antes de|antes del|prima di|prima dello|przed|перед|前";
    const AFTER: &str = "after|nach|na|apres|despues de|dopo|po|после|後";
    // "<first> <word> <last>" for one of each.
    let says = |firsts: &[&str], words: &str, lasts: &[&str]| {
        words.pieces(b'|').any(|w| {
            firsts.iter().any(|f| {
                lasts
                    .iter()
                    .any(|l| contains_term(text, &cat(&[f, " ", w, " ", l])))
            })
        })
    };
    includes(text, "pop")
        && includes(text, "smtp")
        && (says(&["pop", "pop3", "imap"], BEFORE, &["smtp"])
            || says(&["smtp"], AFTER, &["pop", "pop3"]))
}

/// Whether a control offers "POP before SMTP": a checkbox or radio captioned so, or a list with
/// such an option.
pub(super) fn offers_pop_before_smtp(control: &Control, memo: &mut ContextMemo) -> bool {
    let own = matches!(control.kind.as_str(), "checkbox" | "radio")
        && own_captions(control)
            .iter()
            .any(|t| pop_before_smtp(&memo.reading(t).text));
    // Only an option that says SMTP is read: most do not.
    own || bounded(&control.options)
        .iter()
        .any(|o| says_smtp(o) && pop_before_smtp(&normalize(head(&o.text))))
}

/// Whether a switch offers "POP/IMAP before SMTP" (SOY Shop): then a POP3 / IMAP choice after
/// it is that method's.
pub(super) fn offers_imap_before_smtp(control: &Control, memo: &mut ContextMemo) -> bool {
    matches!(control.kind.as_str(), "checkbox" | "radio")
        && own_captions(control).iter().any(|t| {
            let text = &memo.reading(t).text;
            includes(text, "imap") && pop_before_smtp(text)
        })
}

/// Whether an option's text says "SMTP" or "smtp" (a byte search, before any normalising).
pub(super) fn says_smtp(option: &super::snapshot::ChoiceOption) -> bool {
    includes(&option.text, "SMTP") || includes(&option.text, "smtp")
}

/// Whether a text (normalised) names a server and its port together, joined by "and" in one
/// of the 11 languages ("Server and port", "Server e porta", "Хост и порт", "服务器和端口"):
/// then the box takes `host:port`, and its port word does not make it a port.
pub(super) fn host_and_port(text: &str) -> bool {
    const AND: &str = "and|und|et|y|e|en|i|и|u";
    const CJK_AND: &str = "和|与|及|と";
    let host = |t: &str| mentions(t, Concept::Host);
    let port = |t: &str| mentions(t, Concept::Port);
    let tokens: Vec<&str> = text.pieces(b' ').collect();
    let latin = tokens
        .windows(3)
        .any(|w| AND.pieces(b'|').any(|a| a == w[1]) && port(w[2]) && host(w[0]) && !port(w[0]));
    latin
        || tokens.iter().any(|t| {
            CJK_AND.pieces(b'|').any(|a| {
                let Some(at) = find_from(t.as_bytes(), a.as_bytes(), 0) else {
                    return false;
                };
                let (h, p) = (t.get(..at).unwrap_or(""), t.get(at + a.len()..));
                !h.is_empty() && port(p.unwrap_or("")) && host(h)
            })
        })
}

/// The caption at the start of an inferred label: a row's text often runs on into a
/// description ("SMTP Hostname This is the hostname/IP of the SMTP Server ..."), whose words
/// name other things; a long text counts by its first words only. A text that starts with
/// "×" is the removable chip of a value already chosen (ng-select, Select2, Choices.js beside
/// their search box), no caption at all.
pub(super) fn caption_of(text: &str) -> &str {
    const WORDS: usize = 4;
    let text = head(text);
    if text.trim_start().starts_with('×') {
        return "";
    }
    // Fewer than 2 * WORDS bytes that can start a white space (ASCII's, or U+0085 to U+3000's
    // lead bytes) leave no room for more words than that: most captions are read without
    // splitting.
    let mut spaces = 0;
    for b in text.bytes() {
        spaces += usize::from(b <= b' ' || matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3));
        if spaces == 2 * WORDS {
            break;
        }
    }
    if spaces < 2 * WORDS || text.split_whitespace().nth(2 * WORDS).is_none() {
        return text;
    }
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == WORDS {
                    return text.get(..i).unwrap_or(text);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// The first 40 characters of `s`.
fn short(s: &str) -> &str {
    match s.char_indices().nth(40) {
        Some((at, _)) => s.get(..at).unwrap_or(s),
        None => s,
    }
}

/// Which concepts a control of this shape can be: its kind is matched once, not once per
/// concept.
fn allowed(control: &Control) -> impl Fn(Concept) -> bool + '_ {
    use Concept::*;
    // (Whether it can be nothing at all; else the only concepts it can be besides the
    // negative ones, where its kind limits them.)
    let (never, only): (bool, Option<&[Concept]>) = match control.kind.as_str() {
        "password" => (false, Some(&[Password])),
        "checkbox" => (false, Some(&[Auth, Security])),
        "radio" | "select-one" => (false, Some(&[Auth, Security, Protocol, Port])),
        // A number box holds a port, never a host, a login or an address.
        "number" => (false, Some(&[Port])),
        "textarea" | "select-multiple" | "date" | "color" | "range" | "file" | "search" => {
            (true, None)
        }
        _ => (false, None),
    };
    move |concept| match only {
        _ if never => false,
        Some(kinds) => kinds.contains(&concept) || is_negative(concept),
        // A free-text encryption box ("Encryption: [ssl]", PHPMailer's and Laravel's `ssl` or
        // `tls`) is the security setting; a read-only one, or one asking to choose ("Scegli",
        // "请选择"), is a script's combo box, whose list typing does not pick from.
        None if concept == Security => !control.readonly && !asks_to_choose(&control.placeholder),
        None => !matches!(concept, Auth | Protocol),
    }
}

/// Whether a placeholder asks to choose from a list ("Select...", "Scegli", "请选择"): the
/// box is a combo box's face.
fn asks_to_choose(placeholder: &str) -> bool {
    const CHOOSE: &str = "choose|select|pick|scegli|seleziona|wahlen|auswahlen|choisir|choisissez|selectionner|elegir|seleccionar|seleccione|escolher|escolha|selecione|kies|selecteer|wybierz|выберите|выбрать|選択|选择|選擇";
    let text = normalize(head(placeholder));
    !text.is_empty() && CHOOSE.pieces(b'|').any(|w| contains_term(&text, w))
}

/// Whether a sample is a web address (`https://artifactory.example.com`): a site's, never a
/// mail server's.
fn web_address(sample: &str) -> bool {
    split_scheme(head(sample).trim()).is_some_and(|(s, _)| to_lower(s).starts_with("http"))
}

/// What a placeholder or value looks like: a host name (`smtp.example.com`, at least three
/// labels so a bare domain is not one) or an email address.
fn looks_like(sample: &str) -> Option<Concept> {
    let v = head(sample).trim();
    // (Most boxes hold nothing, or nothing with a dot: neither an address nor a host name.)
    if !includes(v, ".") || web_address(v) {
        return None;
    }
    let v = split_scheme(v).map_or(v, |(_, rest)| rest);
    let v = v.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    let v = v.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let v = rsplit_byte(v, b':').map_or(v, |(host, _)| host);
    if v.is_empty() || v.contains(char::is_whitespace) {
        return None;
    }
    if let Some((local, domain)) = v.split_once('@') {
        return (!local.is_empty() && domain.contains('.')).then_some(Concept::Email);
    }
    let labels = v.split('.').count();
    let hostlike = v
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    (hostlike && labels >= 3 && v.chars().any(|c| c.is_ascii_alphabetic())).then_some(Concept::Host)
}

/// Whether the control's nearest heading, innermost legend or tab caption is about another
/// system (database, administrator account): then it is no mail setting.
fn foreign_context(control: &Control) -> bool {
    let ctx = &control.context;
    [ctx.headings.first(), ctx.legends.first(), Some(&ctx.tab)]
        .into_iter()
        .flatten()
        .any(|t| {
            // "Konfiguracja kont email i SMS" (IdoSell), "System: SMTP & SMS" (Opengear): a
            // caption naming mail or a mail protocol beside another system is mail's too.
            let text = normalize(t);
            let found = concepts(&text);
            found.contains(&Concept::Foreign)
                && !found.contains(&Concept::Email)
                && !["smtp", "imap", "pop3"]
                    .iter()
                    .any(|w| contains_term(&text, w))
        })
}

/// Other services' standard ports: FTP, SSH, telnet, DNS, TFTP, HTTP, NTP, SNMP, LDAP, HTTPS,
/// syslog, LDAPS, RADIUS, MySQL, PostgreSQL, Redis, MongoDB.
const OTHER_SERVICES: [u16; 19] = [
    21, 22, 23, 53, 69, 80, 123, 161, 162, 389, 443, 514, 636, 1812, 1813, 3306, 5432, 6379, 27017,
];

/// Classifies one control from its own signals and surroundings.
pub fn classify(control: &Control) -> Classified {
    classify_with(control, &mut ContextMemo::default())
}

/// What a control's surroundings say, remembered for the next control: neighbours usually
/// share their legend, headings and form, and reading them once keeps a page within budget.
/// Likewise the texts already read: captions, names and help texts repeat from control to
/// control (Webmin's 39 controls have 257 texts, 87 of them different).
#[derive(Default)]
pub struct ContextMemo {
    last: Option<(super::snapshot::Context, SideScore, bool)>,
    readings: Vec<Reading>,
    /// A table over `readings` by a hash of the text: each slot holds an index plus one (0:
    /// free), so a text is found in a probe or two instead of compared with every text read so
    /// far (Artalk's 126 controls read over a hundred different ones).
    slots: Vec<u8>,
    /// The page's common prefix of the names and of the ids ([`common_prefixes`]), left out
    /// when a control's name or id is read.
    pub cut: (String, String),
    /// The last setting key a text box held (`smtp_host`, `smtp.server`): a settings editor's
    /// value box after it is that setting.
    key: String,
}

/// Chromium's rule (`name_processing_util.cc`): when every named control shares a prefix of at
/// least 16 bytes and there are at least 3 of them, the prefix is a web framework's
/// (`ctl01$ctl00$MainContentRegion$`, Symfony's `oro_user_user_form[`), not the controls'
/// names. Past that rule, a shorter shared prefix is cut where its last separator ends it
/// (`mailserver_` of `mailserver_host`, `mailserver_port`, ...): one word on every control
/// tells them apart no more than the form's name does. Returns the prefix of the names and
/// that of the ids (each apart, empty when there is none); a name no longer than the prefix
/// keeps it ([`part`]).
pub fn common_prefixes(controls: &[Control]) -> (String, String) {
    (
        common_prefix(controls, |c| &c.name),
        common_prefix(controls, |c| &c.id),
    )
}

/// Names without a separator (a search box's `q`) cannot carry a framework's prefix and do not
/// count.
fn common_prefix(controls: &[Control], key: fn(&Control) -> &str) -> String {
    let separated = |b: u8| b"_[]-.$:".contains(&b);
    let mut prefix = "";
    let mut fields = 0;
    for k in controls
        .iter()
        .map(key)
        .filter(|k| k.bytes().any(separated))
    {
        let same = prefix
            .bytes()
            .zip(k.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        prefix = if fields == 0 {
            k
        } else {
            prefix.get(..floor_boundary(prefix, same)).unwrap_or("")
        };
        fields += 1;
    }
    let len = if prefix.len() >= 16 {
        prefix.len()
    } else {
        prefix.bytes().rposition(separated).map_or(0, |i| i + 1)
    };
    match prefix.get(..len) {
        Some(p) if fields >= 3 && len >= 3 => p.to_owned(),
        _ => String::new(),
    }
}

/// The last key of a bracketed name (`form[imapAccountType][userEmailOrigin][imapHost]` is
/// `imapHost`): the keys before it name the containers, which every field in them shares.
fn leaf(name: &str) -> &str {
    let inner = name.strip_suffix(']').unwrap_or(name);
    match rsplit_byte(inner, b'[') {
        Some((_, key)) if !key.is_empty() => key,
        _ => path_tail(name),
    }
}

/// What follows the last row number of a component path (Wicket's
/// `beanEditor:groups:0:properties:3:value:input`, JSF's `form:rows:2:smtpHost`): the
/// containers and rows before it ("groups", "properties") are every field's, not this one's.
fn path_tail(name: &str) -> &str {
    let mut cut = None;
    let mut start = 0;
    for (i, b) in name.bytes().enumerate() {
        if b == b':' || b == b'$' {
            let segment = name.as_bytes().get(start..i).unwrap_or_default();
            if !segment.is_empty() && segment.iter().all(u8::is_ascii_digit) {
                cut = Some(i + 1);
            }
            start = i + 1;
        }
    }
    match cut.and_then(|c| name.get(c..)) {
        Some(tail) if !tail.is_empty() => tail,
        _ => name,
    }
}

/// `s` without `prefix`, unless that leaves nothing (the name is the prefix).
fn part<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(s)
}

/// The largest character boundary of `s` at or below `at`.
fn floor_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A text as [`Scorer::add_text`] reads it: its first [`MAX_CHARS`](super::text::MAX_CHARS)
/// characters (all that normalising keeps), normalised, and the concepts it mentions.
struct Reading {
    head: String,
    text: String,
    found: Vec<Concept>,
    /// [`host_and_port`] of the text.
    host_and_port: bool,
}

/// How many readings the memo keeps; past that it starts again, so a page of thousands of
/// different texts costs a bounded search per text.
const READINGS: usize = 128;

/// The slots of [`ContextMemo`]'s table: twice [`READINGS`], so that it is at most half full.
const SLOTS: usize = 2 * READINGS;

impl ContextMemo {
    fn reading(&mut self, raw: &str) -> &Reading {
        // Most controls lack a placeholder, a title or help text.
        static EMPTY: Reading = Reading {
            head: String::new(),
            text: String::new(),
            found: Vec::new(),
            host_and_port: false,
        };
        if raw.is_empty() {
            return &EMPTY;
        }
        let raw = head(raw);
        if self.slots.len() != SLOTS {
            self.slots = vec![0; SLOTS];
        }
        // FNV-1a.
        let mut hash = 0x811c_9dc5_u32;
        for b in raw.bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        let mut slot = hash as usize % SLOTS;
        let known = loop {
            match self.slots[slot] {
                0 => break None,
                n if self.readings[usize::from(n) - 1].head == raw => {
                    break Some(usize::from(n) - 1);
                }
                _ => slot = (slot + 1) % SLOTS,
            }
        };
        if let Some(i) = known {
            return &self.readings[i];
        }
        if self.readings.len() >= READINGS {
            self.readings.clear();
            self.slots.fill(0);
            slot = hash as usize % SLOTS;
        }
        let text = normalize(raw);
        let mut found = concepts(&text);
        // "Send email notifications from" (Kentico): a caption ending in a sender word names
        // whom mail comes from, whatever it comes about.
        let last = last_token(&text);
        if found.contains(&Concept::Recipient) && SENDER_WORDS.pieces(b'|').any(|w| w == last) {
            found.retain(|c| *c != Concept::Recipient);
        }
        let host_and_port = found.contains(&Concept::Port) && host_and_port(&text);
        self.readings.push(Reading {
            head: raw.to_owned(),
            text,
            found,
            host_and_port,
        });
        // (At most READINGS, which fits a byte.)
        self.slots[slot] = self.readings.len() as u8;
        &self.readings[self.readings.len() - 1]
    }

    fn read(&mut self, control: &Control) -> (SideScore, bool) {
        if let Some((ctx, side, foreign)) = &self.last {
            if *ctx == control.context {
                return (*side, *foreign);
            }
        }
        let read = (context_side(control), foreign_context(control));
        self.last = Some((control.context.clone(), read.0, read.1));
        read
    }
}

/// [`classify`], reusing what `memo` read of the previous control's surroundings.
pub fn classify_with(control: &Control, memo: &mut ContextMemo) -> Classified {
    let mut s = Scorer {
        memo,
        scores: [0.0; ROLE_CONCEPTS.len()],
        own_side: SideScore::default(),
        name_side: SideScore::default(),
        signals: Vec::new(),
        password_ok: control.kind == "password",
        text_input: matches!(control.kind.as_str(), "text" | ""),
        named: Vec::new(),
        name_unrelated: false,
        bare_address: false,
        caption_host_port: false,
    };
    let mut labelled = false;
    for label in control.labels.iter().take(4) {
        labelled |= s.add_text("label", label, 3.0);
    }
    labelled |= s.add_text("aria-label", &control.aria_label, 3.0);
    if control.kind == "checkbox" {
        // A sentence beside a switch whose row has its caption ("Habilitar TLS: [x] Esta
        // opción permite autenticar con certificados.", Issabel) is its help.
        let cap = control.caption.trim();
        let help = control.labels.is_empty()
            && cap.ends_with('.')
            && cap.split_whitespace().nth(3).is_some()
            && !control.nearby.row_header.is_empty();
        let read = s.add_text("caption", cap, if help { 0.5 } else { 3.0 });
        labelled |= read && !help;
        // The switch's own captions, read once for the two tests below.
        let (mut method, mut no_auth) = (false, false);
        for raw in own_captions(control) {
            let read = s.memo.reading(raw);
            method |= one_of_the_methods(&read.text);
            no_auth |= allows_no_auth(read);
        }
        if names_incoming_login(&s.memo.reading(control.caption_text()).found) {
            s.add(Concept::Auth, 6.0, "logs in with the incoming login");
            s.own_side.outgoing += 10.0;
        }
        if method {
            s.add(
                Concept::Unrelated,
                4.0,
                "switches one authentication method",
            );
            s.forbid(Concept::Auth);
        }
        if no_auth {
            s.add(
                Concept::Unrelated,
                4.0,
                "allows sending without authentication",
            );
            s.forbid(Concept::Auth);
        }
    }
    // A framework's prefix shared by every name on the page (`oro_user_user_form[...]`,
    // `ctl00$MainContent$...`) is the form's name, not the control's: it is left out, and of a
    // bracketed name only the last key is read.
    let (name, id) = (
        leaf(part(&control.name, &s.memo.cut.0)),
        part(&control.id, &s.memo.cut.1),
    );
    s.add_text("name", name, 2.0);
    // A box named `name` is the record's name ("Mail server name", Cybozu's `Name`: the name
    // of this server entry in the list), never the server's address.
    if name.eq_ignore_ascii_case("name") || control.id.eq_ignore_ascii_case("name") {
        s.forbid(Concept::Host);
    }
    if !labelled && s.name_unrelated {
        // Without a label, an inferred caption is a guess (a tab strip, a section title) and
        // a name that names another setting (`messu_mailbox_size`, `mail_archivefolder`) is
        // the precise word: it outweighs the guess.
        s.add(
            Concept::Unrelated,
            1.5,
            "unlabelled, named as another setting",
        );
    }
    // A name that marks the second server of a pair (`SecondarySmtpServer`, `backup_host`)
    // says so whatever the label repeats from the first ("SMTPサーバ" twice, Fujitsu's iRMC).
    if labelled && s.name_unrelated && names_a_fallback(name) {
        s.add(
            Concept::Unrelated,
            1.5,
            "named as a fallback server's setting",
        );
    }
    if control.id != control.name {
        s.add_text("id", id, if name.is_empty() { 1.5 } else { 1.0 });
    }
    // A server row's caption covers its port box too ("POP3 server: [host] [port] [x] SSL"):
    // without a label of its own, a box named as a port is the port.
    if !labelled && s.named.contains(&Concept::Port) {
        s.add(Concept::Port, 1.5, "unlabelled, named as a port");
    }
    // A placeholder of a few words names the box ("Host", "Nome utente"); a sentence is a hint.
    // An example value ("my.email@gmail.com", "smtp.example.com") is read below as a sample,
    // not as words: "email" in an example address names no box.
    let short = control.placeholder.split_whitespace().nth(3).is_none();
    let example = looks_like(&control.placeholder).is_some();
    let placeholder_words =
        !example && s.add_text("placeholder", &control.placeholder, 1.5) && short;
    s.add_text("title", &control.title, 1.0);
    if !labelled {
        // Label-less layouts: the inferred label (dt, row header, left text) is as good as a
        // label (Chromium's `LabelSource::kDdTag`, `kTdTag`, ...), unless the box names itself
        // in its placeholder: then the inferred caption is a group's ("Email transport:
        // [Host] : [Port]", "[Username] [Password]") and says less than the box's own words.
        let n = &control.nearby;
        let weight = if placeholder_words { 1.0 } else { 3.0 };
        // A row whose first cell heads several settings, each with its own caption beside
        // its box ("Mailserver | Host: [..] Benutzer: [..] Port: [..]", Contenido): the text
        // beside the box names it, the row header only its group.
        let (row, left) = (caption_of(&n.row_header), caption_of(&n.left));
        let grouped =
            !row.is_empty() && !left.is_empty() && !includes(left, row) && n.term.is_empty();
        let near = s.add_text("term", caption_of(&n.term), weight)
            | s.add_text("row header", row, if grouped { 1.0 } else { weight });
        if !near || grouped {
            if !s.add_text("left text", left, weight) {
                s.add_text("text above", caption_of(&n.above), 1.5);
            }
            s.add_text("column header", &n.column_header, 1.0);
        }
    }
    // One caption over a row's server and port boxes ("Host SMTP : Porta", Mailster): the box
    // named as the server is the server.
    if s.caption_host_port && s.named.contains(&Concept::Host) && !s.named.contains(&Concept::Port)
    {
        s.forbid(Concept::Port);
        s.add(
            Concept::Host,
            3.0,
            "row caption of a server and its port, named as the server",
        );
    }
    // Help text under or beside the control ("The port on the SMTP server") tells its side,
    // not what it is.
    for (text, weight) in [(&control.nearby.below, 1.0), (&control.nearby.right, 0.5)] {
        let found = &s.memo.reading(text).found;
        // "Address *" over "email address of the sender" (Xen Orchestra's transport-email):
        // the help says which address a bare caption means.
        let address_help =
            found.contains(&Concept::EmailAddress) && !found.contains(&Concept::Host);
        if s.bare_address && address_help {
            s.bare_address = false;
            s.forbid(Concept::Host);
            s.add(Concept::Email, 3.0, "help text: an email address");
        }
        let found = &s.memo.reading(text).found;
        if found.contains(&Concept::Incoming) {
            s.own_side.incoming += weight;
        }
        if found.contains(&Concept::Outgoing) {
            s.own_side.outgoing += weight;
        }
    }
    for (sample, weight) in [(&control.placeholder, 2.0), (&control.value, 1.5)] {
        if control.kind != "password" && control.options.is_empty() {
            // A box holding a web address (a webhook, a site's URL, the base of links in
            // mails) is no mail server's.
            if web_address(sample) {
                s.forbid(Concept::Host);
            } else if let Some(c) = looks_like(sample) {
                // An address shown in a box its words call a login is the login's example
                // (FOSSBilling's "Nazwa użytkownika SMTP" over "my.email@gmail.com").
                // Not where more of its words call it an address ("发信人邮件地址" over
                // ShopXO's `smtp_account`).
                let login = c == Concept::Email
                    && s.score(Concept::Username) > 0.0
                    && s.score(Concept::Username) >= s.score(Concept::Email);
                let c = if login { Concept::Username } else { c };
                // A box holding an address is no server's (WBCE's `server_email`).
                if c == Concept::Email {
                    s.forbid(Concept::Host);
                }
                s.add(c, weight, "looks like a host name or address");
            }
        }
    }
    match control.autocomplete.as_str() {
        "username" => s.add(Concept::Username, 2.0, "autocomplete username"),
        "email" => s.add(Concept::Email, 2.0, "autocomplete email"),
        _ => {}
    }
    match control.kind.as_str() {
        "password" => s.add(Concept::Password, 10.0, "type password"),
        "email" => s.add(Concept::Email, 1.0, "type email"),
        "number" => s.add(Concept::Port, 0.5, "type number"),
        _ => {}
    }
    if !control.options.is_empty() {
        read_choice(control, &mut s);
    }
    // What a text box's caption and name say it is not.
    let mut account_name = false;
    if matches!(control.kind.as_str(), "text" | "email" | "") {
        let caption = s.memo.reading(control.caption_text()).text.clone();
        // The name is read only where a test below needs it (most boxes are neither an
        // account's name nor an address).
        // A prefix every name on the page shares (Active! mail's `pop_`) is the form's.
        let name = || {
            normalize(head(if name.is_empty() {
                control.name_or_id()
            } else {
                name
            }))
        };
        // A caption that is nothing but "From" in another language ("De :", "Von:", "Da",
        // "Van", "Od", "От"): too short a word to look for in longer captions.
        if FROM_ALONE.contains(&caption.as_str()) {
            s.add(Concept::Email, 3.0, "captioned as the sender alone");
        }
        // A box named for the greeting (`SMTP_HELO`, `ehlo_domain`) holds the name this
        // system gives itself, whatever its caption says ("Nazwa serwera wysyłającego"): never
        // the server it sends through.
        if s.score(Concept::Host) > 0.0 && ["helo", "ehlo"].iter().any(|w| includes(&name(), w)) {
            s.add(Concept::Unrelated, 4.0, "named for the greeting");
            s.forbid(Concept::Host);
        }
        // "Account name" (アカウント名, Kontoname, Nom du compte) on a mail account form is
        // what the account is called in the list, not its login: unless the caption or the
        // name says whose account it is ("SMTP-AUTH アカウント名", `POP3AccountName`).
        if names_the_account(&caption, name) {
            s.add(Concept::DisplayName, 4.0, "the account's name in the list");
            s.forbid(Concept::Username);
            account_name = true;
        }
        // An address box named for a test (`test_mail_address`, `sendTestEmailTo`) whatever
        // its caption says ("邮件地址", "Von (E-Mail)"), or captioned as where mail goes
        // ("Send alerts to", "E-Mail an", "Mail naar", "Wyślij do"): never the sender's.
        let test = |name: String| {
            includes(&name, "test")
                && !["latest", "contest", "attest", "protest", "fastest"]
                    .iter()
                    .any(|w| includes(&name, w))
        };
        let last = last_token(&caption);
        let to = caption.contains(' ') && ["to", "an", "naar", "do"].contains(&last);
        // "Email Address 1", "Email Address 2" (PowerVault): numbered addresses are a list of
        // recipients; the account has one address.
        let numbered = caption.contains(' ') && matches!(last.as_bytes(), [b'1'..=b'9']);
        if s.score(Concept::Email) > 0.0 && (test(name()) || to || numbered) {
            s.add(Concept::Recipient, 3.0, "an address where mail goes");
            s.forbid(Concept::Email);
        }
    }
    // A settings editor's value box ("Value", "Waarde" under FusionPBX's subcategory
    // `smtp_host`, OpenMeetings' key `smtp.server`) is the setting the key box before it holds.
    if s.text_input {
        if setting_value(control) {
            let key = core::mem::take(&mut s.memo.key);
            s.add_text("setting key", &key, 3.0);
        }
        let v = head(&control.value);
        let has = |set: &[u8]| v.bytes().any(|b| set.contains(&b));
        if has(b"_.") && !has(b" @") {
            s.memo.key = v.to_owned();
        }
    }
    // "SMTP受信ポート番号" (Canon), "N° de port de réception SMTP" (Ricoh): the port the
    // device's own SMTP server receives on, not a server it sends through.
    if s.score(Concept::Port) > 0.0 {
        let own = s.memo.reading(control.caption_text());
        if includes(&own.text, "smtp")
            && own.found.contains(&Concept::Incoming)
            && !pop_before_smtp(&own.text)
        {
            s.add(
                Concept::Unrelated,
                3.0,
                "the port an SMTP server receives on",
            );
            s.forbid(Concept::Port);
        }
    }
    let (context_side, foreign) = s.memo.read(control);
    let mut best: Option<(Concept, f32)> = None;
    let mut second = 0.0f32;
    let allowed = allowed(control);
    for (i, concept) in ROLE_CONCEPTS.iter().enumerate() {
        if !allowed(*concept) {
            continue;
        }
        let score = s.scores[i];
        match best {
            Some((_, b)) if score <= b => second = second.max(score),
            _ => {
                if let Some((_, b)) = best {
                    second = second.max(b);
                }
                best = Some((*concept, score));
            }
        }
    }
    if foreign {
        s.signals.push("context: another system's settings".into());
    }
    // "Database password", `db_user`, `v_mysql_host`: the control's own words name another
    // system's setting, which its other words and its type (a password box) do not outweigh.
    let foreign_login = best.is_some_and(|(c, _)| !is_negative(c))
        && ROLE_CONCEPTS
            .iter()
            .position(|c| *c == Concept::Foreign)
            .is_some_and(|i| s.scores[i] > 0.0);
    // A port box holding another service's standard port (Ruckus's hidden syslog server on
    // 514, an LDAP server on 389) is that service's.
    let foreign_port = best.is_some_and(|(c, _)| c == Concept::Port)
        && control.options.is_empty()
        && control
            .value
            .trim()
            .parse::<u16>()
            .is_ok_and(|p| OTHER_SERVICES.contains(&p));
    if foreign_port {
        s.signals.push("holds another service's port".into());
    }
    let foreign = foreign || foreign_login || foreign_port;
    let (concept, confidence) = match best {
        Some((c, score)) if score >= MIN_SCORE => {
            let strength = (score / 6.0).min(1.0);
            let margin = (score - second.max(0.0)) / score;
            let concept = (!is_negative(c) && !foreign).then_some(c);
            (concept, (0.5 * strength + 0.5 * margin).clamp(0.05, 1.0))
        }
        _ => (None, 0.5),
    };
    let value_side = match concept {
        Some(Concept::Port) => port_value_side(control, &mut s.signals),
        // A choice with no caption of its own that holds "SMTP" (ioBroker's transport, the
        // hidden input behind a drawn list box) says the page sends where no word says so.
        None if ["smtp", "smtps"]
            .iter()
            .any(|p| control.value.trim().eq_ignore_ascii_case(p)) =>
        {
            s.signals.push("holds SMTP".into());
            SideScore {
                incoming: 0.0,
                outgoing: 1.0,
            }
        }
        _ => SideScore::default(),
    };
    let sender = concept == Some(Concept::Email) && names_sender(control);
    Classified {
        concept,
        confidence,
        own_side: s.own_side,
        name_side: s.name_side,
        context_side,
        value_side,
        sender,
        account_name,
        signals: s.signals,
    }
}

/// "From" as a whole caption in the languages where the word is too short to look for inside
/// longer captions (fr, es, pt "De", de "Von", it "Da", nl "Van", pl "Od", ru "От").
const FROM_ALONE: [&str; 6] = ["de", "von", "da", "van", "od", "от"];

/// The words that mark the second server of a pair in a control's name.
pub(super) const FALLBACK_WORDS: [&str; 3] = ["secondary", "backup", "fallback"];

/// Whether a name marks a fallback server's setting.
fn names_a_fallback(name: &str) -> bool {
    let name = normalize(head(name));
    FALLBACK_WORDS.iter().any(|w| contains_term(&name, w))
}

/// Whether the control's own caption, name or hint names the sender.
fn names_sender(control: &Control) -> bool {
    control
        .labels
        .iter()
        .chain([
            &control.nearby.left,
            &control.name,
            &control.id,
            &control.placeholder,
            &control.aria_label,
        ])
        .any(|t| {
            let t = normalize(head(t));
            SENDER_WORDS.pieces(b'|').any(|w| contains_term(&t, w))
                || FROM_ALONE.contains(&t.as_str())
        })
}

/// The side a port box's current value or placeholder names: the standard ports of one side
/// only (143/993/110/995 incoming, 25/465/587/2525 outgoing).
fn port_value_side(control: &Control, signals: &mut Vec<String>) -> SideScore {
    let mut side = SideScore::default();
    for sample in [&control.value, &control.placeholder] {
        match sample.trim().parse::<u16>() {
            Ok(143 | 993 | 110 | 995) => side.incoming = 1.0,
            Ok(25 | 465 | 587 | 2525) => side.outgoing = 1.0,
            _ => continue,
        }
        signals.push(cat(&["holds port ", sample.trim()]));
        break;
    }
    side
}

/// A checkbox's own captions, its first label and its caption, for the tests below to read
/// through the memo (normalised once per page).
fn own_captions(control: &Control) -> [&str; 2] {
    [
        control.labels.first().map_or("", String::as_str),
        &control.caption,
    ]
}

/// Whether a switch says the outgoing server logs in as the incoming one does ("Use the same
/// username and password as for IMAP", Trengo; "Использовать логин и пароль входящей почты",
/// Megaplan): how the outgoing server authenticates.
pub(super) fn uses_incoming_login(control: &Control) -> bool {
    control.kind == "checkbox"
        && names_incoming_login(&concepts(&normalize(head(control.caption_text()))))
}

/// Whether a caption's concepts name the incoming side's password: [`uses_incoming_login`]'s
/// words, which the classifier reads through its memo.
fn names_incoming_login(found: &[Concept]) -> bool {
    found.contains(&Concept::Incoming) && found.contains(&Concept::Password)
}

/// Whether a box is captioned "Value" (in the eleven languages): a settings editor's box beside
/// the key, which holds that one setting.
pub(super) fn setting_value(control: &Control) -> bool {
    // Most captions are not read: the words are at most 16 bytes with a colon, and each starts
    // with one of these letters.
    let caption = control.caption_text();
    let first = caption
        .trim_start()
        .chars()
        .next()
        .map(|c| c.to_ascii_lowercase());
    if caption.len() > 20 || !matches!(first, Some('v' | 'w' | 'з' | 'З' | '値' | '值')) {
        return false;
    }
    let caption = normalize(caption);
    "value|wert|valeur|valor|valore|waarde|wartosc|значение|値|值"
        .pieces(b'|')
        .any(|w| caption == w)
}

/// Whether a text box's caption (normalised) is "account name" in one of the eleven
/// languages, with no protocol or login word in it or in the box's name.
fn names_the_account(caption: &str, name: impl FnOnce() -> String) -> bool {
    const ACCOUNT_NAME: &str = "account name|kontoname|nom du compte|nombre de la cuenta|nome account|nome dell account|nome da conta|accountnaam|nazwa konta|имя учетной записи|アカウント名|账户名称|帐户名称|账号名称|帐号名称";
    const WHOSE: &str = "smtp|pop|imap|auth|user|login|incoming|outgoing";
    // A term with an ASCII byte the caption lacks is not in it (every non-ASCII byte counts
    // as one): most captions are searched for none.
    let slot = |b: u8| 1u64 << (b.min(127) & 63);
    let mut has = 0;
    for b in caption.bytes() {
        has |= slot(b);
    }
    let may_hold = |w: &str| {
        for b in w.bytes() {
            if has & slot(b) == 0 {
                return false;
            }
        }
        true
    };
    if !ACCOUNT_NAME
        .pieces(b'|')
        .any(|w| may_hold(w) && contains_term(caption, w))
    {
        return false;
    }
    let name = name();
    !WHOSE
        .pieces(b'|')
        .any(|w| contains_term(caption, w) || contains_term(&name, w))
}

/// Whether a checkbox's own caption names one authentication method among others (Konica
/// Minolta's row of "NTLMv1", "Kerberos", "CRAM-MD5", "PLAIN" boxes, Cybozu's "APOP") or "POP
/// before SMTP": it allows that method, and is not the switch that turns authentication on.
fn one_of_the_methods(text: &str) -> bool {
    is_method(text) || pop_before_smtp(text)
}

/// Whether a checkbox's caption turns authentication off ("Allow connection without
/// authentication", "Verbinding zonder authenticatie toestaan", "Keine Authentifizierung"):
/// ticking it is not what turns authentication on.
fn allows_no_auth(caption: &Reading) -> bool {
    const WITHOUT: &str = "without|no|not|disable|zonder|geen|niet|uitschakelen|ohne|kein|keine|nicht|deaktivieren|sans|pas|desactiver|sin|desactivar|senza|disattiva|disabilita|sem|nao|desativar|bez|nie|wylacz|без|не|отключить";
    caption.found.contains(&Concept::Auth)
        && WITHOUT
            .pieces(b'|')
            .any(|w| caption.text.pieces(b' ').any(|t| t == w))
}

/// Whether an option is the anonymous way in, in a word or two ("Anonymous", "Anonimo",
/// "Анонимно", "匿名"; not a sentence such as "Send anonymous usage statistics").
fn anonymous(option: &super::snapshot::ChoiceOption) -> bool {
    const ANONYMOUS: &str =
        "anonymous|anonym|anonyme|anonimo|anoniem|anonimowo|anonimowe|анонимно|анонимный|匿名";
    let text = normalize(head(&option.text));
    text.pieces(b' ').count() <= 2 && ANONYMOUS.pieces(b'|').any(|w| contains_word(&text, w))
}

/// Options decide selects and radio groups: security, protocol, ports, yes/no.
fn read_choice(control: &Control, s: &mut Scorer) {
    let options = bounded(&control.options);
    // "Port: 587 (TLS) / 465 (SSL) / 25", "993 (IMAP sécurisé)" (GestSup): a choice its words
    // call a port whose options start with port numbers picks a port, whatever security or
    // protocol each option adds.
    if s.score(Concept::Port) > 0.0 && ports_first(options) {
        s.add(Concept::Port, 4.0, "options are ports");
        s.forbid(Concept::Protocol);
        s.forbid(Concept::Security);
        return;
    }
    // Each option read once for all the shapes below.
    let words: Vec<OptionWords> = options.iter().map(read_option).collect();
    // "Auto / POP3 / APOP" (Toshiba's POP3 login type): one protocol beside a way to log in to
    // it is how to log in, not which protocol.
    let one = !words
        .iter()
        .any(|w| w.protocol == Some(crate::Protocol::Imap))
        || !words
            .iter()
            .any(|w| w.protocol == Some(crate::Protocol::Pop3));
    // "Forward to our address / Connect over IMAP" (Octadesk, Omnidesk): one protocol beside
    // forwarding is how mail arrives, not which protocol reads it.
    let protocol = looks_like_protocol(&words)
        && !(one
            && options.iter().any(|o| {
                reading(o).sasl || mentions(&normalize(head(&o.text)), Concept::Recipient)
            }));
    if !protocol {
        // Only an IMAP/POP3 choice is a protocol choice ("Server type: Gmail / Office365").
        s.forbid(Concept::Protocol);
    }
    // The options are authoritative: a select of SSL/TLS/none is a security choice whatever
    // its label says ("Use encrypted protocol").
    if protocol {
        s.add(Concept::Protocol, 4.0, "options name imap/pop3");
        s.forbid(Concept::Security);
        s.forbid(Concept::Port);
        s.own_side.incoming += 3.0;
    } else if options.iter().filter(|o| reading(o).tls_version).count() >= 2 {
        // "SSL V3 / TLS 1.2": which version, not whether; Portolan leaves it alone.
        s.add(Concept::Unrelated, 4.0, "options name tls versions");
        s.forbid(Concept::Security);
    } else if looks_like_security(&words) {
        s.add(Concept::Security, 4.0, "options name ssl/tls/none");
        s.forbid(Concept::Protocol);
        s.forbid(Concept::Port);
    } else if looks_like_ports(options) {
        s.add(Concept::Port, 4.0, "options are ports");
        s.forbid(Concept::Protocol);
    } else if options.iter().filter(|o| reading(o).sasl).count() >= 2 {
        // PLAIN / LOGIN / CRAM-MD5: an authentication method, whatever the caption says.
        s.add(Concept::Auth, 3.0, "options name sasl mechanisms");
        s.forbid(Concept::Security);
        s.forbid(Concept::Port);
    } else if options.len() == 2 && options.iter().any(anonymous) {
        // "Account / Anonymous" (D-Link's login method), "Anonyme / Basique": whether to log
        // in to the server (not a list of users to send as, XOOPS's "Anonyme / admin / ...").
        s.add(Concept::Auth, 3.0, "an anonymous option");
        s.forbid(Concept::Security);
        s.forbid(Concept::Port);
    } else if options
        .iter()
        .filter(|o| reading(o).yes_no.is_some())
        .count()
        >= 2
    {
        // "Use SSL: yes/no" or "Authentication: yes/no": the label decided; a yes/no choice
        // keeps it.
        s.add(Concept::Security, 0.2, "yes/no options");
        s.add(Concept::Auth, 0.3, "yes/no options");
    }
    for w in words.iter().take(50) {
        match w.protocol {
            Some(crate::Protocol::Smtp) => s.own_side.outgoing += 0.5,
            Some(_) => s.own_side.incoming += 0.5,
            None => {}
        }
    }
}

/// Whether most options (at least two) start with a port number: "587 (TLS)", "25".
fn ports_first(options: &[super::snapshot::ChoiceOption]) -> bool {
    let n = options
        .iter()
        .filter(|o| {
            let t = o.text.trim_start();
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            (2..=5).contains(&digits)
                && t.as_bytes()
                    .get(digits)
                    .is_none_or(|&b| b == b' ' || b == b'(')
                && t.get(..digits)
                    .and_then(|d| d.parse::<u16>().ok())
                    .is_some_and(|p| p > 0)
        })
        .count();
    n >= 2 && n * 2 >= options.len()
}

/// Side evidence from legends, the tab caption, headings and the form's attributes.
fn context_side(control: &Control) -> SideScore {
    let mut side = SideScore::default();
    let ctx = &control.context;
    let mut add = |raw: &str, weight: f32| {
        let text = normalize(raw);
        let found = concepts(&text);
        if found.contains(&Concept::Incoming) {
            side.incoming += weight;
        }
        if found.contains(&Concept::Outgoing) {
            side.outgoing += weight;
        }
    };
    for (i, legend) in ctx.legends.iter().take(3).enumerate() {
        add(legend, 3.0 / (i as f32 + 1.0));
    }
    add(&ctx.tab, 2.5);
    for (i, heading) in ctx.headings.iter().take(3).enumerate() {
        add(heading, 2.0 / (i as f32 + 1.0));
    }
    add(&ctx.form.id, 1.0);
    add(&ctx.form.name, 1.0);
    add(&ctx.form.action, 0.5);
    for c in ctx.form.classes.iter().take(8) {
        add(c, 0.5);
    }
    side
}

/// Whether a text field takes `host:port` (Grafana's `host = smtp.example.com:587`, Moodle's
/// "mail.a.com:587", Roundcube's `localhost:143`): its label, placeholder or help text says so,
/// or its value or placeholder already has that shape.
pub fn takes_host_and_port(control: &Control) -> bool {
    let label = control.labels.first().map_or("", |l| head(l));
    let says = [
        label,
        &control.placeholder,
        &control.title,
        &control.nearby.below,
        &control.nearby.right,
    ]
    .iter()
    .map(|t| normalize(head(t)))
    .any(|t| {
        ["host port", "hostname port", "server port", "server porta"]
            .iter()
            .any(|w| contains_term(&t, w))
    });
    let n = &control.nearby;
    let captioned = [label, &n.term, &n.row_header, &n.left, &control.name]
        .iter()
        .any(|t| host_and_port(&normalize(caption_of(t))));
    if says || captioned {
        return true;
    }
    [head(&control.placeholder), head(&control.value)]
        .iter()
        .any(|v| {
            let v = v.trim();
            let v = split_scheme(v).map_or(v, |(_, rest)| rest);
            rsplit_byte(v, b':').is_some_and(|(h, p)| {
                !h.is_empty()
                    && h.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
                    && !p.is_empty()
                    && p.len() <= 5
                    && p.bytes().all(|b| b.is_ascii_digit())
            })
        })
}

/// Whether a server field can say "TLS from the first byte" with an `ssl://` prefix: its value
/// or placeholder has one, or its help text tells how (Roundcube, phpBB, Discuz!).
pub fn takes_scheme(control: &Control) -> bool {
    let n = &control.nearby;
    [
        &control.value,
        &control.placeholder,
        &n.below,
        &n.right,
        &n.term,
        &n.row_header,
        &control.title,
    ]
    .into_iter()
    .chain(control.labels.iter().take(4))
    .any(|t| says_ssl_scheme(t))
}

/// Whether a text mentions an `ssl://` prefix (any case), without allocating.
pub fn says_ssl_scheme(text: &str) -> bool {
    let bytes = head(text).as_bytes();
    let mut from = 0;
    while let Some(i) = find_from(bytes, b"://", from) {
        if i >= 3 && bytes[i - 3..i].eq_ignore_ascii_case(b"ssl") {
            return true;
        }
        from = i + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{caption_of, settle};
    use crate::form::vocabulary::Concept;

    #[test]
    fn a_security_protocol_is_a_security() {
        // "Protokół bezpieczeństwa", "Security protocol": not the IMAP/POP3 choice.
        assert_eq!(
            settle(vec![Concept::Protocol, Concept::Security]),
            vec![Concept::Security]
        );
        assert_eq!(settle(vec![Concept::Protocol]), vec![Concept::Protocol]);
    }

    #[test]
    fn a_server_word_yields_to_an_explicit_address() {
        use crate::form::text::normalize;
        use crate::form::vocabulary::concepts;
        let read = |t: &str| settle(concepts(&normalize(t)));
        // Sandstorm: the server's own address is an address.
        assert!(read("Sandstorm server's own email address").contains(&Concept::Email));
        assert!(!read("Sandstorm server's own email address").contains(&Concept::Host));
        // A mail server is a server.
        assert!(read("Servidor de correo electrónico").contains(&Concept::Host));
        assert!(!read("Email server").contains(&Concept::Email));
    }

    #[test]
    fn a_component_path_is_read_after_its_last_row_number() {
        use super::leaf;
        assert_eq!(
            leaf("beanEditor:groups:0:properties:3:value:input"),
            "value:input"
        );
        assert_eq!(leaf("form:rows:2:smtpHost"), "smtpHost");
        assert_eq!(leaf("ctl00$Main$rpt$5$txtServer"), "txtServer");
        assert_eq!(leaf("settings:smtp:host"), "settings:smtp:host");
        assert_eq!(leaf("form:rows:2:"), "form:rows:2:");
        assert_eq!(leaf("mail[0][smtp_host]"), "smtp_host");
        // Wicket's path: its containers are every box's words, not this one's.
        let control = crate::form::snapshot::Control {
            kind: "text".into(),
            name: "beanEditor:groups:0:properties:0:value:input".into(),
            nearby: crate::form::snapshot::Nearby {
                left: "SMTP Host *".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        assert_eq!(super::classify(&control).concept, Some(Concept::Host));
    }

    #[test]
    fn a_long_inferred_label_counts_by_its_first_words() {
        assert_eq!(caption_of("SMTP Hostname"), "SMTP Hostname");
        assert_eq!(
            caption_of("SMTP Hostname This is the hostname/IP of the SMTP Server you will send to"),
            "SMTP Hostname This is"
        );
        assert_eq!(
            caption_of("短い日本語のラベルとその説明文"),
            "短い日本語のラベルとその説明文"
        );
        assert_eq!(caption_of(""), "");
        // The chip of a chosen value beside a select widget's search box (Paperless-ngx).
        assert_eq!(caption_of("× SSL"), "");
    }

    /// "POP before SMTP" names a way to send in every language, and says nothing of an
    /// incoming server; "POP3 and SMTP" does.
    #[test]
    fn pop_before_smtp_is_a_way_to_send() {
        use super::pop_before_smtp;
        use crate::form::text::normalize;
        for t in [
            "Use POP before SMTP",
            "Gebruik POP vóór SMTP",
            "POP vor SMTP",
            "POP avant SMTP",
            "POP antes de SMTP",
            "POP prima di SMTP",
            "POP przed SMTP",
            "POP перед SMTP",
            "POP3 before SMTP",
            "SMTP after POP",
            "SMTP nach POP3",
        ] {
            assert!(pop_before_smtp(&normalize(t)), "{t}");
        }
        for t in [
            "POP3 and SMTP",
            "POP3 server",
            "SMTP before POP",
            "POP after SMTP",
            "popup before smtp",
        ] {
            assert!(!pop_before_smtp(&normalize(t)), "{t}");
        }
        let control = |label: &str| crate::form::snapshot::Control {
            kind: "checkbox".into(),
            labels: vec![label.into()],
            ..Default::default()
        };
        let side = |label: &str| super::classify(&control(label)).own_side;
        assert_eq!(side("Gebruik POP vóór SMTP").incoming, 0.0);
        assert!(side("POP3 server").incoming > 0.0);
    }

    /// A checkbox that allows sending without authentication is not the switch that turns it
    /// on (ProcessWire's WireMailSmtp).
    #[test]
    fn a_switch_that_allows_no_authentication_is_not_the_auth_switch() {
        let control = |caption: &str| crate::form::snapshot::Control {
            kind: "checkbox".into(),
            caption: caption.into(),
            ..Default::default()
        };
        let concept = |caption: &str| super::classify(&control(caption)).concept;
        for caption in [
            "Verbinding zonder authenticatie toestaan",
            "Allow connection without authentication",
            "Keine Authentifizierung",
        ] {
            assert_eq!(concept(caption), None, "{caption}");
        }
        assert_eq!(
            concept("Use SMTP authentication"),
            Some(Concept::Auth),
            "the plain switch"
        );
    }

    #[test]
    fn a_bracketed_name_is_read_by_its_last_key() {
        use super::leaf;
        assert_eq!(
            leaf("form[imapAccountType][userEmailOrigin][imapHost]"),
            "imapHost"
        );
        assert_eq!(leaf("mailster_options[smtp_host]"), "smtp_host");
        assert_eq!(leaf("roles[]"), "roles[]");
        assert_eq!(leaf("smtp_host"), "smtp_host");
        assert_eq!(leaf("a]"), "a]");
    }

    /// A prefix every named control shares is cut: whole from 16 bytes (Chromium's rule), at
    /// its last separator below that; not with fewer than 3 named controls; names and ids
    /// each apart; never the whole name; names without a separator do not count.
    #[test]
    fn a_page_wide_name_prefix_is_cut() {
        use super::{common_prefixes, part};
        use crate::form::snapshot::Control;
        let control = |name: &str, id: &str| Control {
            name: name.into(),
            id: id.into(),
            ..Control::default()
        };
        let cuts = |controls: &[Control]| common_prefixes(controls);
        let oro = [
            control("search", "search-bar"),
            control(
                "oro_user_user_form[firstName]",
                "oro_user_user_form_firstName",
            ),
            control(
                "oro_user_user_form[imapHost]",
                "oro_user_user_form_imapHost",
            ),
            control("oro_user_user_form[smtpPort]", ""),
            control("", "oro_user_user_form_smtpPort"),
        ];
        assert_eq!(cuts(&oro).0, "oro_user_user_form[");
        assert_eq!(
            cuts(&oro).1,
            "",
            "search-bar shares nothing with the others"
        );
        let osclass = [
            control("mailserver_host", ""),
            control("mailserver_port", ""),
            control("mailserver_username", "search"),
        ];
        assert_eq!(cuts(&osclass).0, "mailserver_");
        assert_eq!(part("mailserver_host", "mailserver_"), "host");
        assert_eq!(
            part("mailserver_", "mailserver_"),
            "mailserver_",
            "never the whole name"
        );
        assert_eq!(part("q", "mailserver_"), "q");
        let two = [control("smtp_host", ""), control("smtp_port", "")];
        assert_eq!(cuts(&two).0, "", "two named controls are too few");
        let mixed = [
            control("smtp_host", ""),
            control("smtp_port", ""),
            control("imap_host", ""),
        ];
        assert_eq!(cuts(&mixed).0, "", "one control outside the prefix");
        let plain = [
            control("host", ""),
            control("hostname", ""),
            control("hosts", ""),
        ];
        assert_eq!(cuts(&plain).0, "", "no separator");
    }

    /// Texts remembered from earlier controls (and a memo that has started again) give each
    /// control the reading it gets alone.
    #[test]
    fn remembered_texts_read_as_fresh_ones() {
        use super::{Classified, ContextMemo, READINGS, classify, classify_with};
        use crate::form::snapshot::Control;
        let control = |label: String, name: &str| Control {
            kind: "text".into(),
            name: name.into(),
            labels: vec![label],
            ..Control::default()
        };
        let key = |c: &Classified| (c.concept, c.confidence, c.own_side, c.signals.clone());
        let mut page: Vec<Control> = (0..READINGS + 10)
            .map(|i| control(format!("Note {i}"), "note"))
            .collect();
        for (label, name) in [
            ("SMTP server", "host"),
            ("Username", "user"),
            ("IMAP port", "port"),
        ] {
            page.insert(3, control(label.into(), name));
            page.push(control(label.into(), name));
        }
        let mut memo = ContextMemo::default();
        for c in &page {
            assert_eq!(
                key(&classify_with(c, &mut memo)),
                key(&classify(c)),
                "{:?}",
                c.labels
            );
        }
        assert!(memo.readings.len() <= READINGS);
    }

    /// A bare "Address" caption is a server's unless the help under the box says it is an
    /// email address (Xen Orchestra's transport-email: "address *" over "email address of
    /// the sender", then "host *").
    #[test]
    fn the_help_under_a_bare_address_says_whose() {
        let control = |left: &str, below: &str| crate::form::snapshot::Control {
            kind: "text".into(),
            nearby: crate::form::snapshot::Nearby {
                left: left.into(),
                below: below.into(),
                ..Default::default()
            },
            ..Default::default()
        };
        let concept = |left: &str, below: &str| super::classify(&control(left, below)).concept;
        assert_eq!(
            concept("address *", "email address of the sender"),
            Some(Concept::Email)
        );
        assert_eq!(
            concept("Adresse", "Adresse e-mail de l'expéditeur"),
            Some(Concept::Email)
        );
        assert_eq!(concept("Address", ""), Some(Concept::Host));
        assert_eq!(
            concept("Address", "Host name or IP address of the SMTP server"),
            Some(Concept::Host)
        );
        assert_eq!(
            concept("Server", "email address of the sender"),
            Some(Concept::Host),
            "only a bare address caption yields"
        );
    }

    /// An example address in a box captioned as a login is the login's example; alone it is
    /// an address (FOSSBilling: "Nazwa użytkownika SMTP" over "my.email@gmail.com").
    #[test]
    fn an_example_address_follows_the_caption() {
        let control = |above: &str, placeholder: &str| crate::form::snapshot::Control {
            kind: "text".into(),
            placeholder: placeholder.into(),
            nearby: crate::form::snapshot::Nearby {
                above: above.into(),
                ..Default::default()
            },
            ..Default::default()
        };
        let concept = |above: &str, p: &str| super::classify(&control(above, p)).concept;
        assert_eq!(
            concept("Nazwa użytkownika SMTP", "my.email@gmail.com"),
            Some(Concept::Username)
        );
        // Akkoma's mailer: "Username" above the box, "user@example.com" inside.
        assert_eq!(
            concept("Username", "user@example.com"),
            Some(Concept::Username)
        );
        // The words of an example ("user") name nothing.
        assert_eq!(concept("", "user@example.com"), Some(Concept::Email));
        assert_eq!(
            concept("Absender", "info@example.com"),
            Some(Concept::Email)
        );
    }

    /// One caption over a row's server and port boxes: each box is what its name says.
    #[test]
    fn a_row_caption_of_server_and_port_leaves_each_box_its_name() {
        let control = |name: &str| crate::form::snapshot::Control {
            kind: "text".into(),
            name: name.into(),
            nearby: crate::form::snapshot::Nearby {
                row_header: "Host SMTP : Porta".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        let concept = |name: &str| super::classify(&control(name)).concept;
        assert_eq!(concept("mailster_options[smtp_host]"), Some(Concept::Host));
        assert_eq!(concept("mailster_options[smtp_port]"), Some(Concept::Port));
        assert_eq!(concept(""), Some(Concept::Port));
    }

    /// A bracketed sentence after a caption is a remark; a bracketed word qualifies it.
    #[test]
    fn a_bracketed_remark_does_not_make_a_box_another_setting() {
        let concept = |label: &str| concept_of("", label);
        assert_eq!(
            concept("SMTP Host (indien niet ingevuld wordt 'sendmail' gebruikt)"),
            Some(Concept::Host)
        );
        assert_eq!(concept("SMTP-Relay-Server (Fallback)"), None);
        assert_eq!(concept("Sendmail path (leave empty for SMTP)"), None);
    }

    /// The second server of a pair repeats the first's label; its name says which it is.
    #[test]
    fn a_fallback_server_is_known_by_its_name() {
        let concept = |name: &str| concept_of(name, "SMTPサーバ");
        assert_eq!(concept("PrimarySmtpServer"), Some(Concept::Host));
        assert_eq!(concept("SecondarySmtpServer"), None);
        assert_eq!(concept("backup_smtp_host"), None);
    }

    #[test]
    fn an_anonymous_option_makes_a_choice_of_authentication() {
        use super::super::snapshot::{ChoiceOption, Control};
        let radios = |texts: &[&str]| Control {
            kind: "radio".into(),
            name: "f_login_method".into(),
            labels: vec!["Metodo di accesso:".into()],
            options: texts
                .iter()
                .enumerate()
                .map(|(i, t)| ChoiceOption {
                    value: i.to_string(),
                    text: (*t).into(),
                    ..ChoiceOption::default()
                })
                .collect(),
            ..Control::default()
        };
        for pair in [
            ["Account", "Anonimo"],
            ["Anonymous", "Basic"],
            ["匿名", "認証あり"],
        ] {
            assert_eq!(
                super::classify(&radios(&pair)).concept,
                Some(Concept::Auth),
                "{pair:?}"
            );
        }
        // A list of users to send as, and a sentence about statistics, are something else.
        for texts in [
            &["Anonyme", "admin", "moderateur"][..],
            &[
                "Send anonymous usage statistics",
                "Send my contact information",
            ][..],
        ] {
            assert_ne!(
                super::classify(&radios(texts)).concept,
                Some(Concept::Auth),
                "{texts:?}"
            );
        }
    }

    #[test]
    fn an_address_captioned_as_where_mail_goes_is_not_the_senders() {
        use super::super::snapshot::Control;
        let email = |label: &str| Control {
            kind: "email".into(),
            id: "email_var2".into(),
            labels: vec![label.into()],
            ..Control::default()
        };
        for label in ["Send alerts to", "E-Mail an:", "Mail naar", "Wyślij do"] {
            assert_ne!(
                super::classify(&email(label)).concept,
                Some(Concept::Email),
                "{label}"
            );
        }
        assert_eq!(
            super::classify(&email("Sender address")).concept,
            Some(Concept::Email)
        );
        // A box without address words keeps what its caption says ("connection to [host]").
        let host = Control {
            kind: "text".into(),
            labels: vec!["Send mail via SMTP server to".into()],
            ..Control::default()
        };
        assert_eq!(super::classify(&host).concept, Some(Concept::Host));
    }

    /// What a text box named `name` and labelled `label` is.
    fn concept_of(name: &str, label: &str) -> Option<Concept> {
        super::classify(&super::super::snapshot::Control {
            kind: "text".into(),
            name: name.into(),
            labels: vec![label.into()],
            ..Default::default()
        })
        .concept
    }

    #[test]
    fn a_box_named_for_a_test_takes_no_account_address() {
        for (name, label) in [
            ("test_mail_address", "邮件地址:"),
            ("test-email", "Votre adresse e-mail"),
            ("test_from_email_address", "Von (E-Mail)"),
        ] {
            assert_ne!(concept_of(name, label), Some(Concept::Email), "{name}");
        }
        assert_eq!(
            concept_of("latest_sender", "Sender address"),
            Some(Concept::Email)
        );
    }

    #[test]
    fn an_account_name_is_the_entry_s_name_not_its_login() {
        for (name, label) in [
            ("account_name", "メールアカウント名 *"),
            ("sReplyName", "Account Name"),
            ("name", "Kontoname"),
        ] {
            assert_ne!(concept_of(name, label), Some(Concept::Username), "{label}");
        }
        // Whose account it is, in the caption or the name: the login.
        for (name, label) in [
            ("B8a4", "SMTP-AUTH アカウント名"),
            ("POP3AccountName", "Kontoname"),
        ] {
            assert_eq!(concept_of(name, label), Some(Concept::Username), "{label}");
        }
    }

    #[test]
    fn sender_words() {
        use super::super::snapshot::Control;
        let with_label = |label: &str| Control {
            labels: vec![label.to_owned()],
            ..Control::default()
        };
        for label in [
            "Expéditeur",
            "From",
            "Absender-Adresse",
            "Адрес отправителя",
            "差出人アドレス",
        ] {
            assert!(super::names_sender(&with_label(label)), "{label}");
        }
        for label in ["E-mail", "Adresse e-mail", "Account address"] {
            assert!(!super::names_sender(&with_label(label)), "{label}");
        }
    }
}
