//! The plan builder: given roles and sections, the consistent values to fill. IMAP over POP3
//! when the form allows both; SMTP 465 with implicit TLS when the form can say so, else 587
//! with STARTTLS; ports follow the chosen security; usernames and sender addresses get the
//! full address; "requires authentication" on; right values kept, conflicting ones reported
//! as replacements; passwords and unrelated fields never touched.

use super::Role;
use super::classify::{
    Side, caption_of, says_ssl_scheme, takes_host_and_port, takes_scheme, uses_incoming_login,
};
use super::options::{
    OptionWords, bounded, is_yes_no_switch, protocol_meanings, read_words, security_meanings,
    yes_no,
};
use super::plan::{EntryStatus, FillAction, PlanEntry};
use super::snapshot::Control;
use super::text::{Pieces, cat, decimal, head, includes, normalize, numbers};
use super::vocabulary::{Concept, mentions};
use crate::knowledge::{Endpoint, gmail};
use crate::prelude::*;
use crate::{Protocol, Security};

/// The decisions the whole page shares, made once before any entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choices {
    /// IMAP or POP3 for the incoming block.
    pub incoming: Protocol,
    /// Security for the outgoing block.
    pub outgoing_security: Security,
    /// A note on the page says server names take an `ssl://` prefix.
    pub scheme_note: bool,
}

impl Choices {
    /// The provider's endpoint for one side (values from `core::knowledge`, with sources).
    fn endpoint(&self, side: Side) -> Option<&'static Endpoint> {
        let (protocol, security) = match side {
            Side::Outgoing => (Protocol::Smtp, self.outgoing_security),
            Side::Incoming => (self.incoming, Security::ImplicitTls),
        };
        gmail().endpoint_for(protocol, Some(security))
    }

    fn security(&self, side: Side) -> Security {
        self.endpoint(side)
            .map_or(Security::ImplicitTls, |e| e.security)
    }

    fn port(&self, side: Side) -> u16 {
        self.endpoint(side).map_or(0, |e| e.port)
    }
}

/// One classified control, as the planner sees it.
pub struct Field<'a> {
    /// The control.
    pub control: &'a Control,
    /// Its role.
    pub role: Role,
}

/// Port hint near a control: its value, placeholder or the text right after it.
pub fn port_hint(control: &Control) -> Option<u16> {
    [
        head(&control.value),
        head(&control.placeholder),
        head(&control.nearby.right),
        head(&control.title),
    ]
    .iter()
    .flat_map(|t| numbers(t).collect::<Vec<_>>())
    .find(|n| matches!(n, 25 | 110 | 143 | 465 | 587 | 993 | 995 | 2525))
    .and_then(|n| u16::try_from(n).ok())
}

fn block_port_hint(fields: &[Field<'_>], port_role: Role) -> Option<u16> {
    fields
        .iter()
        .filter(|f| f.role == port_role)
        .find_map(|f| port_hint(f.control))
}

/// The protocol each option of a choice names.
pub fn protocols(control: &Control) -> Vec<Option<Protocol>> {
    protocol_meanings(bounded(&control.options))
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

/// Decides IMAP vs POP3 and the outgoing security for the page.
pub fn choose(fields: &[Field<'_>]) -> Choices {
    let scheme_note = page_scheme_note(fields);
    let mut incoming = Protocol::Imap;
    if let Some(p) = fields.iter().find(|f| f.role == Role::IncomingProtocol) {
        let offered = protocols(p.control);
        if !offered.contains(&Some(Protocol::Imap)) && offered.contains(&Some(Protocol::Pop3)) {
            incoming = Protocol::Pop3;
        }
    } else {
        // No choice on the page: the labels and ports say which protocol the form is for.
        let incoming_fields: Vec<&Field<'_>> =
            fields.iter().filter(|f| is_incoming(f.role)).collect();
        let pop = incoming_fields.iter().any(|f| says(f.control, "pop"));
        let imap = incoming_fields.iter().any(|f| says(f.control, "imap"));
        let pop_port = matches!(block_port_hint(fields, Role::IncomingPort), Some(110 | 995));
        if !imap && (pop || pop_port) {
            incoming = Protocol::Pop3;
        }
    }
    // 465 with implicit TLS when the form can say so: a security control offering it, or a
    // server field taking an `ssl://` prefix; else 587 with STARTTLS.
    // Of two security controls (a ticked STARTTLS switch beside an SSL one), either offering
    // implicit TLS is enough.
    let port = block_port_hint(fields, Role::OutgoingPort);
    let mut offers_implicit = None;
    for f in fields.iter().filter(|f| f.role == Role::OutgoingSecurity) {
        let hint = switch_hint(fields, f.control, port);
        let implicit = offered_security(f.control, hint).contains(&Security::ImplicitTls);
        offers_implicit = Some(implicit || offers_implicit == Some(true));
    }
    let outgoing_security = match offers_implicit {
        Some(true) => Security::ImplicitTls,
        Some(false) => Security::Starttls,
        // A server field taking an `ssl://` prefix, or a port box already holding 465 where
        // no control says the security (the application speaks SMTPS on 465: Audiobookshelf's
        // nodemailer, BaoTa).
        None if fields.iter().any(|f| {
            (f.role == Role::OutgoingHost && takes_scheme_here(f.control, scheme_note))
                || (f.role == Role::OutgoingPort && head(&f.control.value) == "465")
        }) =>
        {
            Security::ImplicitTls
        }
        None => Security::Starttls,
    };
    Choices {
        incoming,
        outgoing_security,
        scheme_note,
    }
}

/// Whether a control's own words (label, name, id, caption on its left or in its row header)
/// name a protocol: `pop` as "pop", "pop3", "pops", "pop3s"; `imap` as "imap", "imap4",
/// "imaps".
fn says(c: &Control, word: &str) -> bool {
    let label = c.labels.first().map_or("", |l| head(l));
    let text = normalize(&cat(&[
        label,
        " ",
        head(&c.name),
        " ",
        head(&c.id),
        " ",
        head(&c.nearby.left),
        " ",
        caption_of(&c.nearby.row_header),
    ]));
    text.pieces(b' ').any(|t| {
        t.strip_prefix(word)
            .is_some_and(|rest| matches!(rest, "" | "3" | "4" | "s" | "3s"))
    })
}

/// A page with a port box per incoming protocol (Ricoh's "POP3 reception port" and "IMAP4
/// reception port"): the box of the protocol not chosen is left alone.
pub fn other_protocol_ports(fields: &mut [Field<'_>], choices: &Choices) {
    let ports = fields
        .iter()
        .filter(|f| f.role == Role::IncomingPort)
        .count();
    if ports < 2 {
        return;
    }
    let (chosen, other) = match choices.incoming {
        Protocol::Pop3 => ("pop", "imap"),
        _ => ("imap", "pop"),
    };
    for f in fields.iter_mut().filter(|f| f.role == Role::IncomingPort) {
        if says(f.control, other) && !says(f.control, chosen) {
            f.role = Role::Ignore;
        }
    }
}

/// Whether a server field takes an `ssl://` prefix: its own texts say so, or a note elsewhere
/// on the page does (vtiger's note under its settings table: "the server name may include
/// the protocol and port, e.g. ssl://smtp.gmail.com:465").
fn takes_scheme_here(c: &Control, scheme_note: bool) -> bool {
    scheme_note || takes_scheme(c)
}

/// Whether a note anywhere on the page (help text below or beside any control) names an
/// `ssl://` prefix.
fn page_scheme_note(fields: &[Field<'_>]) -> bool {
    fields.iter().any(|f| {
        says_ssl_scheme(&f.control.nearby.below) || says_ssl_scheme(&f.control.nearby.right)
    })
}

fn is_incoming(role: Role) -> bool {
    matches!(
        role,
        Role::IncomingHost
            | Role::IncomingPort
            | Role::IncomingSecurity
            | Role::IncomingUsername
            | Role::IncomingProtocol
    )
}

/// What a switch's caption says about security: its label, inferred captions (by their first
/// words, as in the classifier: a long description beside a switch, "Connects using SSL/TLS
/// (disables STARTTLS ...)", names both), caption, name and id.
///
/// A remark in brackets after the switch's words ("Use SSL? (exclusive with STARTTLS)") names
/// the other choice: the label and caption are read without it when their words before it
/// name a security, and a port in it still counts ("Use TLS (port 993)").
fn read_caption(control: &Control) -> OptionWords {
    fn before_bracket(s: &str) -> &str {
        s.split('(').next().unwrap_or_default()
    }
    let label = control.labels.first().map_or("", |l| head(l));
    let n = &control.nearby;
    let whole = read_words(&normalize(&cat(&[
        label,
        " ",
        caption_of(&n.term),
        " ",
        caption_of(&n.row_header),
        " ",
        caption_of(&n.left),
        " ",
        head(&control.caption),
        " ",
        head(&control.name),
        " ",
        head(&control.id),
    ])));
    let caption = head(&control.caption);
    if !label.contains('(') && !caption.contains('(') {
        return whole;
    }
    let own_text = normalize(&cat(&[before_bracket(label), " ", before_bracket(caption)]));
    let own = read_words(&own_text);
    // "Use encrypted connection (SSL/TLS)" (WhatsUp Gold): words before the bracket that name
    // no protocol leave it to the bracket.
    let names = own.implicit
        || own.starttls
        || own.bare_ssl
        || (own.bare_tls && includes(&own_text, "tls"));
    if names && (own.starttls != whole.starttls || own.implicit != whole.implicit) {
        OptionWords {
            port: whole.port,
            ..own
        }
    } else {
        whole
    }
}

/// Whether a switch's own caption starts by turning something off ("Disable TLS/SSL",
/// "SSL deaktivieren" aside: the words come first in these languages).
fn turns_off(control: &Control) -> bool {
    const OFF: &str = "disable|deactivate|desactiver|desactivar|deshabilitar|disattiva|disabilita|desativar|desabilitar|uitschakelen|wylacz|отключить|禁用|关闭|無効にする";
    let caption = control
        .labels
        .first()
        .map_or_else(|| head(&control.caption), |l| head(l));
    let text = normalize(caption);
    let first = text.pieces(b' ').next().unwrap_or_default();
    OFF.pieces(b'|').any(|w| w == first)
        || ["do not", "don t", "no usar", "nao usar", "non usare"]
            .iter()
            .any(|p| text.starts_with(p))
}

/// The port a security switch's bare "TLS" is read with: beside a STARTTLS switch (Ruckus's
/// "TLS" and "STARTTLS" boxes), TLS from the first byte.
fn switch_hint(fields: &[Field<'_>], control: &Control, hint: Option<u16>) -> Option<u16> {
    let beside_starttls = control.kind == "checkbox"
        && fields.iter().any(|f| {
            f.control.kind == "checkbox"
                && !core::ptr::eq(f.control, control)
                && read_caption(f.control).starttls
        });
    if beside_starttls { Some(465) } else { hint }
}

fn checkbox_security(control: &Control, hint: Option<u16>) -> Security {
    let w = read_caption(control);
    if w.starttls {
        Security::Starttls
    } else if w.implicit || w.bare_ssl {
        Security::ImplicitTls
    } else if w.bare_tls {
        // "Use TLS (port 993)": a port in the caption says what it means, before the port
        // field's current value.
        match w.port.or(hint) {
            Some(465 | 993 | 995) => Security::ImplicitTls,
            _ => Security::Starttls,
        }
    } else {
        // "Secure connection", "Use encryption": TLS from the start.
        Security::ImplicitTls
    }
}

/// Whether a security control is a text box (not a switch, a radio group or a select): it
/// takes a word.
fn free_text(control: &Control) -> bool {
    !matches!(control.kind.as_str(), "checkbox" | "radio" | "select-one")
        && control.options.is_empty()
}

/// The word a free-text encryption box takes, as PHPMailer, SwiftMailer and Laravel read it:
/// `ssl` is TLS from the first byte, `tls` is STARTTLS, nothing is none.
fn free_text_security(security: Security) -> &'static str {
    match security {
        Security::ImplicitTls => "ssl",
        Security::Starttls => "tls",
        Security::None => "",
    }
}

/// The securities a security control can be set to.
pub fn offered_security(control: &Control, hint: Option<u16>) -> Vec<Security> {
    if control.kind == "checkbox" {
        return vec![checkbox_security(control, hint), Security::None];
    }
    if free_text(control) {
        return Security::ALL.to_vec();
    }
    let meanings = security_meanings(bounded(&control.options), hint.or(port_hint(control)));
    if is_yes_no_switch(bounded(&control.options), &meanings) {
        // "Use SSL: yes / no".
        return vec![checkbox_security(control, hint), Security::None];
    }
    meanings.into_iter().flatten().collect()
}

/// The action for one field, and its reason; None when the field is left alone.
fn desired(
    field: &Field<'_>,
    choices: &Choices,
    fields: &[Field<'_>],
    email: Option<&str>,
) -> Result<FillAction, String> {
    let c = field.control;
    let side = if is_incoming(field.role) {
        Side::Incoming
    } else {
        Side::Outgoing
    };
    match field.role {
        Role::IncomingPassword | Role::OutgoingPassword => {
            Err("Portolan never reads or writes passwords".into())
        }
        Role::Ignore => Err("not a mail setting".into()),
        Role::IncomingHost | Role::OutgoingHost => {
            let endpoint = choices.endpoint(side).ok_or("no known server")?;
            let port_role = if side == Side::Incoming {
                Role::IncomingPort
            } else {
                Role::OutgoingPort
            };
            let security_role = if side == Side::Incoming {
                Role::IncomingSecurity
            } else {
                Role::OutgoingSecurity
            };
            // The scheme says implicit TLS only where no security control does.
            let scheme = endpoint.security == Security::ImplicitTls
                && takes_scheme_here(c, choices.scheme_note)
                && !fields.iter().any(|f| f.role == security_role);
            let mut value = cat(&[if scheme { "ssl://" } else { "" }, endpoint.host]);
            // Without a port field, the port goes with the host where the box says it takes
            // one (a "host:port" caption, placeholder, value or help, an `ssl://` prefix):
            // to most applications "smtp.gmail.com:587" would be one host name, where the bare
            // name still reaches Gmail on their default port. With a port field, a caption
            // over both boxes ("Servidor y puerto SMTP") does not put it in the host's too.
            let port_field = fields.iter().any(|f| f.role == port_role);
            // A settings editor's value box holds the one setting its key names.
            if !port_field
                && (scheme || takes_host_and_port(c))
                && !super::classify::setting_value(c)
            {
                value = cat(&[&value, ":", &decimal(endpoint.port.into())]);
            }
            Ok(FillAction::SetValue { value })
        }
        Role::IncomingPort | Role::OutgoingPort => {
            let port = choices.endpoint(side).ok_or("no known server")?.port;
            let port = decimal(port.into());
            if c.options.is_empty() {
                return Ok(FillAction::SetValue { value: port });
            }
            pick(c, |o| {
                numbers(&cat(&[head(&o.value), " ", head(&o.text)]))
                    .any(|n| decimal(n.into()) == port)
            })
            .ok_or_else(|| cat(&["the form offers no port ", &port]))
        }
        Role::IncomingSecurity | Role::OutgoingSecurity => {
            let want = choices.security(side);
            let hint = block_port_hint(
                fields,
                if side == Side::Incoming {
                    Role::IncomingPort
                } else {
                    Role::OutgoingPort
                },
            );
            if c.kind == "checkbox" {
                let hint = switch_hint(fields, c, hint);
                // "Disable TLS/SSL" (Ombi, Statping): ticked, it turns the security off.
                let checked = if turns_off(c) {
                    want == Security::None
                } else {
                    checkbox_security(c, hint) == want
                };
                return Ok(FillAction::SetChecked { checked });
            }
            if free_text(c) {
                return Ok(FillAction::SetValue {
                    value: free_text_security(want).into(),
                });
            }
            let meanings = security_meanings(bounded(&c.options), hint.or(port_hint(c)));
            if is_yes_no_switch(bounded(&c.options), &meanings) {
                let on = checkbox_security(c, hint) == want;
                return pick(c, |o| yes_no(o) == Some(on)).ok_or_else(|| "no yes/no option".into());
            }
            let mut i = 0;
            pick(c, |_| {
                i += 1;
                meanings.get(i - 1).copied().flatten() == Some(want)
            })
            .ok_or_else(|| cat(&["the form offers no ", want.label()]))
        }
        Role::IncomingProtocol => {
            let meanings = protocol_meanings(bounded(&c.options));
            let rank = |m: &(Option<Protocol>, Option<Security>)| match m {
                (Some(p), Some(Security::ImplicitTls)) if *p == choices.incoming => 3,
                (Some(p), None) if *p == choices.incoming => 2,
                (Some(p), _) if *p == choices.incoming => 1,
                _ => 0,
            };
            let best = meanings.iter().map(rank).max().unwrap_or(0);
            let mut i = 0;
            pick(c, |_| {
                i += 1;
                best > 0 && meanings.get(i - 1).map(rank) == Some(best)
            })
            .ok_or_else(|| "no IMAP or POP3 option".into())
        }
        Role::OutgoingAuth => {
            // "Use the incoming login" stays as the user set it: ticked, the outgoing login
            // is the Gmail login too; unticked, the outgoing login boxes take it.
            if uses_incoming_login(c) && !c.checked {
                return Err("the outgoing login boxes take your address".into());
            }
            if c.kind == "checkbox" {
                return Ok(FillAction::SetChecked { checked: true });
            }
            // Gmail's SMTP server offers LOGIN and PLAIN (and OAuth), never CRAM-MD5, and
            // knows nothing of "POP before SMTP" (an option naming both protocols).
            let gmail_takes = |o: &super::snapshot::ChoiceOption| {
                let text = normalize(&cat(&[head(&o.text), " ", head(&o.value)]));
                let pop_before_smtp = includes(&text, "pop") && includes(&text, "smtp");
                yes_no(o) == Some(true) && !includes(&text, "cram") && !pop_before_smtp
            };
            // A mechanism already chosen (LOGIN, PLAIN) is already right.
            if let Some(current) = bounded(&c.options)
                .iter()
                .find(|o| o.selected && gmail_takes(o))
            {
                return pick(c, |o| o.value == current.value).ok_or_else(|| "no option".into());
            }
            // "Use the incoming server's login" (OX App Suite): the Gmail login is the same.
            pick(c, |o| {
                let text = normalize(head(&o.text));
                yes_no(o) != Some(false)
                    && mentions(&text, Concept::Incoming)
                    && !includes(&text, "smtp")
            })
            .or_else(|| pick(c, gmail_takes))
            // "Geen / Gebruikersnaam en wachtwoord / OAuth 2.0" (TOPdesk): the login by password.
            .or_else(|| {
                pick(c, |o| {
                    let text = normalize(head(&o.text));
                    mentions(&text, Concept::Password) && !includes(&text, "oauth")
                })
            })
            // A list of ways to send whose login choice is named by the protocol alone
            // ("なし / POP before SMTP / SMTP", "Kein / SMTP / Oauth Google", bintec's "None /
            // ESMTP / SMTP after POP"): SMTP AUTH.
            .or_else(|| {
                pick(c, |o| {
                    let text = normalize(head(&o.text));
                    matches!(text.pieces(b' ').next(), Some("smtp" | "esmtp"))
                        && !includes(&text, "pop")
                })
            })
            .ok_or_else(|| "no option turns authentication on".into())
        }
        // Under a ticked "use the incoming login" switch the outgoing login boxes are unused.
        Role::OutgoingUsername
            if fields.iter().any(|f| {
                f.role == Role::OutgoingAuth && f.control.checked && uses_incoming_login(f.control)
            }) =>
        {
            Err("the outgoing server uses the incoming login".into())
        }
        Role::Email | Role::IncomingUsername | Role::OutgoingUsername => match email {
            // "[no-reply] @ [example.com]": the field before an "@" takes the local part.
            Some(address) if c.nearby.right.trim_start().starts_with('@') => {
                Ok(FillAction::SetValue {
                    value: address
                        .split_once('@')
                        .map_or(address, |(local, _)| local)
                        .to_owned(),
                })
            }
            Some(address) if !address.is_empty() => Ok(FillAction::SetValue {
                value: address.to_owned(),
            }),
            _ => Err("needs your Gmail address".into()),
        },
    }
}

/// The first option (or radio) that `want` accepts, as an action.
fn pick(
    c: &Control,
    mut want: impl FnMut(&super::snapshot::ChoiceOption) -> bool,
) -> Option<FillAction> {
    let o = bounded(&c.options).iter().find(|o| want(o))?;
    Some(if c.kind == "radio" {
        FillAction::ClickRadio {
            selector: o.selector.clone(),
            value: o.value.clone(),
        }
    } else {
        FillAction::SelectOption {
            value: o.value.clone(),
        }
    })
}

/// Compares the action with what the control holds now.
fn status(c: &Control, action: &FillAction) -> EntryStatus {
    match action {
        FillAction::SetChecked { checked } if *checked == c.checked => EntryStatus::Keep,
        FillAction::SetChecked { checked } if *checked => EntryStatus::Fill,
        FillAction::SetChecked { .. } => EntryStatus::Replace,
        _ => {
            let current = c.value.trim();
            let want = action.proposed();
            if current.eq_ignore_ascii_case(&want) {
                EntryStatus::Keep
            } else if current.is_empty() {
                EntryStatus::Fill
            } else {
                EntryStatus::Replace
            }
        }
    }
}

/// The plan entry for one field (None for ignored fields), and the value proposed.
pub fn entry(
    field: &Field<'_>,
    choices: &Choices,
    fields: &[Field<'_>],
    email: Option<&str>,
) -> Option<(PlanEntry, Option<String>)> {
    if field.role == Role::Ignore {
        return None;
    }
    let c = field.control;
    let current = if field.role.is_password() || c.kind == "password" {
        String::new()
    } else {
        c.value.clone()
    };
    let base = |action, status, reason: String| PlanEntry {
        selector: c.selector.clone(),
        role: field.role,
        action,
        status,
        current: current.clone(),
        reason,
    };
    match desired(field, choices, fields, email) {
        Err(reason) => Some((base(None, EntryStatus::Keep, reason), None)),
        Ok(action) => {
            let proposed = action.proposed();
            let st = status(c, &action);
            let why = reason(field.role, choices, &proposed);
            if c.disabled || c.readonly {
                return Some((
                    base(None, EntryStatus::Keep, cat(&["read-only here; ", &why])),
                    Some(proposed),
                ));
            }
            let entry = match st {
                EntryStatus::Keep => base(None, st, cat(&["already right: ", &why])),
                EntryStatus::Replace => base(
                    Some(action),
                    st,
                    cat(&["replaces \"", head(shown(c, &current)), "\": ", &why]),
                ),
                EntryStatus::Fill => base(Some(action), st, why),
            };
            Some((entry, Some(proposed)))
        }
    }
}

/// What the user sees in the control holding `current`: a select's or radio group's selected
/// option text (a select of "None" / "SSL" may hold "0" / "1"), else the value itself.
fn shown<'a>(c: &'a Control, current: &'a str) -> &'a str {
    c.options
        .iter()
        .find(|o| o.selected && o.value == current && !o.text.trim().is_empty())
        .map_or(current, |o| o.text.trim())
}

fn reason(role: Role, choices: &Choices, value: &str) -> String {
    match role {
        Role::IncomingProtocol => cat(&[
            choices.incoming.label(),
            " is the better choice for Gmail (all folders, synced state)",
        ]),
        Role::IncomingHost | Role::OutgoingHost => cat(&["Gmail's server is ", value]),
        Role::IncomingPort => cat(&[
            "Gmail's ",
            choices.incoming.label(),
            " port with implicit TLS",
        ]),
        Role::OutgoingPort if choices.outgoing_security == Security::ImplicitTls => {
            "465: SMTP submission over implicit TLS (RFC 8314)".into()
        }
        Role::OutgoingPort => "587: SMTP submission with STARTTLS".into(),
        Role::IncomingSecurity => "Gmail requires TLS from the first byte (implicit TLS)".into(),
        Role::OutgoingSecurity => cat(&[
            choices.outgoing_security.label(),
            " goes with port ",
            &decimal(choices.port(Side::Outgoing).into()),
        ]),
        Role::OutgoingAuth => "Gmail's SMTP server requires authentication".into(),
        Role::Email => "your Gmail address".into(),
        _ => "Gmail's username is your full address".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Security, offered_security};
    use crate::form::snapshot::Control;

    fn switch(label: &str) -> Control {
        Control {
            kind: "checkbox".into(),
            labels: vec![label.into()],
            ..Control::default()
        }
    }

    /// A list of ways to send whose login choice is the protocol's bare name ("なし / POP
    /// before SMTP / SMTP", Panasonic's i-PRO cameras) turns SMTP AUTH on with that choice.
    #[test]
    fn a_bare_smtp_choice_is_smtp_auth() {
        use crate::form::snapshot::{ChoiceOption, FormSnapshot};
        let option = |value: &str, text: &str| ChoiceOption {
            value: value.into(),
            text: text.into(),
            ..ChoiceOption::default()
        };
        let auth = |options: Vec<ChoiceOption>| FormSnapshot {
            controls: vec![
                Control {
                    selector: "#host".into(),
                    tag: "input".into(),
                    kind: "text".into(),
                    labels: vec!["SMTP server".into()],
                    visible: true,
                    ..Control::default()
                },
                Control {
                    selector: "#auth".into(),
                    tag: "select".into(),
                    kind: "select-one".into(),
                    labels: vec!["SMTP authentication".into()],
                    options,
                    visible: true,
                    ..Control::default()
                },
            ],
            ..FormSnapshot::default()
        };
        let chosen = |options| {
            let analysis = crate::form::analyze(&auth(options), Some("jane@gmail.com"));
            analysis
                .ok()
                .and_then(|a| a.plan.entries.into_iter().find(|e| e.selector == "#auth"))
                .and_then(|e| e.action)
                .map(|a| a.proposed())
        };
        let pop = option("pop", "POP before SMTP");
        assert_eq!(
            chosen(vec![
                option("off", "なし"),
                pop.clone(),
                option("smtp", "SMTP")
            ]),
            Some("smtp".into())
        );
        assert_eq!(
            chosen(vec![
                option("", "Kein"),
                option("smtp", "SMTP"),
                option("g", "Oauth Google")
            ]),
            Some("smtp".into())
        );
        assert_eq!(chosen(vec![option("off", "なし"), pop]), None);
        // bintec's "None / ESMTP / SMTP after POP": ESMTP is SMTP AUTH.
        assert_eq!(
            chosen(vec![
                option("none", "None"),
                option("esmtp", "ESMTP"),
                option("smtpAfterPop", "SMTP after POP")
            ]),
            Some("esmtp".into())
        );
        // TOPdesk's "Geen / Gebruikersnaam en wachtwoord / OAuth 2.0": the login by password.
        assert_eq!(
            chosen(vec![
                option("NONE", "Geen"),
                option("BASIC", "Gebruikersnaam en wachtwoord"),
                option("OAUTH", "OAuth 2.0")
            ]),
            Some("BASIC".into())
        );
    }

    /// A bracketed remark naming the other choice does not decide what a switch means; a
    /// port in it still does.
    #[test]
    fn a_switch_means_its_own_words_not_its_remark() {
        let means = |label: &str| offered_security(&switch(label), None)[0];
        assert_eq!(
            means("Use SSL? (exclusive with STARTTLS)"),
            Security::ImplicitTls
        );
        assert_eq!(
            means("Utiliser SSL ? (exclusif avec STARTTLS)"),
            Security::ImplicitTls
        );
        assert_eq!(
            means("Use STARTTLS? (exclusive with SSL)"),
            Security::Starttls
        );
        assert_eq!(means("Use TLS (port 993)"), Security::ImplicitTls);
        assert_eq!(means("Use TLS (port 587)"), Security::Starttls);
        assert_eq!(means("Use SSL/TLS"), Security::ImplicitTls);
    }
}
