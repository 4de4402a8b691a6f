//! FormSnapshot classification from structure rather than JSON bytes: `arbitrary` builds pages
//! whose texts are drawn mostly from the words mail setup forms use (in several languages), so
//! the fuzzer reaches the classifier's and planner's decisions without first having to spell
//! valid JSON. The same invariants as `snapshot_analyze` (fuzz/src/lib.rs).

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use portolan_core::form::snapshot::{ChoiceOption, Context, FormAttrs, Nearby};
use portolan_core::form::{Control, FormSnapshot};
use portolan_fuzz::{check_analysis, check_snapshot_round_trip};

const WORDS: &[&str] = &[
    "",
    " ",
    "SMTP",
    "IMAP",
    "POP3",
    "POP",
    "host",
    "Host",
    "server",
    "Server",
    "hostname",
    "port",
    "Port",
    "SSL",
    "TLS",
    "SSL/TLS",
    "STARTTLS",
    "none",
    "None",
    "encryption",
    "security",
    "user",
    "username",
    "login",
    "password",
    "Password",
    "email",
    "e-mail",
    "address",
    "from",
    "sender",
    "name",
    "auth",
    "authentication",
    "incoming",
    "outgoing",
    "mail",
    "Mail",
    "protocol",
    "use",
    "requires",
    "yes",
    "no",
    "true",
    "false",
    "0",
    "1",
    "993",
    "995",
    "465",
    "587",
    "25",
    "110",
    "143",
    "ssl",
    "tls",
    "starttls",
    "imap.gmail.com",
    "smtp.gmail.com",
    "Posteingang",
    "Postausgang",
    "Verschlüsselung",
    "Benutzername",
    "Passwort",
    "servidor",
    "puerto",
    "contraseña",
    "cifrado",
    "usuario",
    "serveur",
    "mot de passe",
    "chiffrement",
    "服务器",
    "端口",
    "密码",
    "ポート",
    "サーバー",
    "пароль",
    "сервер",
    "порт",
    "ssl://",
    "tls://",
    ":",
    "@",
    "#",
    "-",
    "_",
    ".",
    "(",
    ")",
    "\u{0}",
    "\u{202e}",
    "ǅ",
    "İ",
    "ß",
    "𝔰𝔪𝔱𝔭",
];

const KINDS: &[&str] = &[
    "text",
    "email",
    "number",
    "password",
    "checkbox",
    "radio",
    "select-one",
    "textarea",
    "",
    "url",
    "tel",
    "hidden",
    "search",
];

/// A text: mostly form words, sometimes anything.
#[derive(Arbitrary, Debug)]
enum Text {
    Word(u8),
    Words(Vec<u8>),
    Raw(String),
}

impl Text {
    fn get(&self) -> String {
        let word = |i: &u8| WORDS[usize::from(*i) % WORDS.len()];
        match self {
            Text::Word(i) => word(i).to_owned(),
            Text::Words(ws) => ws.iter().map(word).collect::<Vec<_>>().join(" "),
            Text::Raw(s) => s.clone(),
        }
    }
}

fn texts(list: &[Text]) -> Vec<String> {
    list.iter().map(Text::get).collect()
}

#[derive(Arbitrary, Debug)]
struct Opt {
    value: Text,
    text: Text,
    selected: bool,
}

#[derive(Arbitrary, Debug)]
struct Ctl {
    kind: u8,
    shared_selector: Option<u8>,
    name: Text,
    id: Text,
    classes: Vec<Text>,
    autocomplete: Text,
    placeholder: Text,
    aria_label: Text,
    title: Text,
    labels: Vec<Text>,
    left: Text,
    above: Text,
    column_header: Text,
    row_header: Text,
    term: Text,
    right: Text,
    below: Text,
    legends: Vec<Text>,
    headings: Vec<Text>,
    tab: Text,
    form: Option<(Text, Text, Text)>,
    shadow: bool,
    frame: bool,
    options: Vec<Opt>,
    caption: Text,
    hidden: bool,
    disabled: bool,
    readonly: bool,
    value: Text,
    checked: bool,
    max_length: Option<u32>,
    min: Option<Text>,
    max: Option<Text>,
}

#[derive(Arbitrary, Debug)]
struct Page {
    lang: Text,
    title: Text,
    controls: Vec<Ctl>,
    email: Option<Text>,
}

fn control(i: usize, c: &Ctl) -> Control {
    let kind = KINDS[usize::from(c.kind) % KINDS.len()];
    // Selectors are unique as the content script makes them, unless the input asks for a clash.
    let selector = match c.shared_selector {
        Some(n) => format!("#shared{}", n % 4),
        None => format!("#c{i}"),
    };
    let tag = match kind {
        "select-one" => "select",
        "textarea" => "textarea",
        _ => "input",
    };
    let options = c
        .options
        .iter()
        .enumerate()
        .map(|(j, o)| ChoiceOption {
            value: o.value.get(),
            text: o.text.get(),
            selected: o.selected,
            selector: if kind == "radio" {
                format!("{selector}-r{j}")
            } else {
                String::new()
            },
        })
        .collect();
    Control {
        selector,
        tag: tag.to_owned(),
        kind: kind.to_owned(),
        name: c.name.get(),
        id: c.id.get(),
        classes: texts(&c.classes),
        autocomplete: c.autocomplete.get(),
        placeholder: c.placeholder.get(),
        aria_label: c.aria_label.get(),
        title: c.title.get(),
        labels: texts(&c.labels),
        nearby: Nearby {
            left: c.left.get(),
            above: c.above.get(),
            column_header: c.column_header.get(),
            row_header: c.row_header.get(),
            term: c.term.get(),
            right: c.right.get(),
            below: c.below.get(),
        },
        context: Context {
            legends: texts(&c.legends),
            headings: texts(&c.headings),
            tab: c.tab.get(),
            form: c
                .form
                .as_ref()
                .map(|(id, name, action)| FormAttrs {
                    id: id.get(),
                    name: name.get(),
                    action: action.get(),
                    classes: Vec::new(),
                })
                .unwrap_or_default(),
            shadow: c.shadow,
            frame: if c.frame {
                "#frame".to_owned()
            } else {
                String::new()
            },
        },
        options,
        caption: c.caption.get(),
        visible: !c.hidden,
        disabled: c.disabled,
        readonly: c.readonly,
        value: c.value.get(),
        checked: c.checked,
        max_length: c.max_length,
        min: c.min.as_ref().map(Text::get),
        max: c.max.as_ref().map(Text::get),
    }
}

fuzz_target!(|page: Page| {
    let snapshot = FormSnapshot {
        url: "https://example.invalid/settings".to_owned(),
        lang: page.lang.get(),
        title: page.title.get(),
        controls: page
            .controls
            .iter()
            .enumerate()
            .map(|(i, c)| control(i, c))
            .collect(),
    };
    check_snapshot_round_trip(&snapshot);
    let email = page.email.as_ref().map(Text::get);
    check_analysis(&snapshot, email.as_deref());
});
