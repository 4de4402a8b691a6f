//! The result of understanding one page: what each field is, how fields group into blocks, and
//! the plan. `portolan/scan` in the extension is this, serialized.

use crate::prelude::*;
use serde::{Deserialize, Serialize};

use super::classify::{
    Classified, ContextMemo, FALLBACK_WORDS, SENDER_WORDS, Side, classify_with, common_prefixes,
    is_negative, offers_imap_before_smtp, offers_pop_before_smtp, says_smtp, settle,
};
use super::fill::{self, Field};
use super::options::bounded;
use super::section::{self, Section};
use super::text::{Pieces, cat, contains_term, contains_word, head, includes, normalize};
use super::vocabulary::{Concept, concepts, mentions};
use super::{FillPlan, FormSnapshot, Role};
use crate::{Protocol, Security};

/// Everything the popup shows about a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Analysis {
    /// The page URL, copied from the snapshot.
    pub url: String,
    /// One report per control with a role other than `ignore`, in document order.
    pub fields: Vec<FieldReport>,
    /// The detected blocks ("Incoming IMAP", "Outgoing SMTP").
    pub blocks: Vec<Block>,
    /// The consistent values to fill.
    pub plan: FillPlan,
}

/// What Portolan thinks one control is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldReport {
    /// The control's selector, as in the snapshot.
    pub selector: String,
    /// Its role.
    pub role: Role,
    /// 0.0 to 1.0.
    pub confidence: f32,
    /// `incoming`, `outgoing`, `shared` (one username/password for both) or `account`.
    pub section: String,
    /// The value (option value, or `true`/`false` for a checkbox) Portolan would fill; None when
    /// it would leave the field alone.
    pub proposed: Option<String>,
    /// The signals that decided it, for the popup's "why" and for debugging.
    pub signals: Vec<String>,
}

/// A group of fields describing one server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    /// `incoming` or `outgoing`.
    pub section: String,
    /// The protocol the block will be set up for (IMAP, POP3 or SMTP), when known.
    pub protocol: Option<Protocol>,
    /// A title for people, e.g. "Incoming (IMAP)".
    pub title: String,
    /// The selectors of the block's fields, in document order.
    pub selectors: Vec<String>,
}

/// Why a snapshot could not be analysed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnalysisError {
    /// The snapshot has more controls than Portolan will look at; such a page is not a mail
    /// setup form, and the bound keeps the work predictable.
    TooManyControls {
        /// How many controls the snapshot had.
        count: usize,
        /// The bound.
        limit: usize,
    },
}

impl core::fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message())
    }
}

impl core::error::Error for AnalysisError {}

impl AnalysisError {
    /// The error's text (its `Display`), built without `core::fmt` (the wasm budget:
    /// [`super::text::cat`]).
    pub fn message(&self) -> String {
        match self {
            AnalysisError::TooManyControls { count, limit } => cat(&[
                "the page has ",
                &super::text::decimal(*count as u64),
                " form controls; Portolan looks at no more than ",
                &super::text::decimal(*limit as u64),
            ]),
        }
    }
}

/// The most controls [`analyze`] looks at. Mail setup forms have a few dozen; a page with
/// thousands is something else, and the bound keeps the work predictable.
pub const MAX_CONTROLS: usize = 2_000;

/// Understands a page and plans what to fill. `email` is the Gmail or Workspace address to use
/// for username and sender fields.
pub fn analyze(snapshot: &FormSnapshot, email: Option<&str>) -> Result<Analysis, AnalysisError> {
    let count = snapshot.controls.len();
    if count > MAX_CONTROLS {
        return Err(AnalysisError::TooManyControls {
            count,
            limit: MAX_CONTROLS,
        });
    }
    // Each analysis reads its page's options afresh, so that timing one page again and again
    // measures what its first analysis costs.
    super::options::forget_read_options();
    let mut memo = ContextMemo::default();
    memo.cut = common_prefixes(&snapshot.controls);
    let mut classified: Vec<Classified> = snapshot
        .controls
        .iter()
        .map(|c| classify_with(c, &mut memo))
        .collect();
    port_beside_host(&snapshot.controls, &mut classified);
    login_among_addresses(&snapshot.controls, &mut classified);
    account_name_as_login(&mut classified);
    name_beside_an_address(&snapshot.controls, &mut classified);
    lone_host_without_words(&mut classified);
    another_legends_server(&snapshot.controls, &mut classified);
    second_host_of_a_list(&snapshot.controls, &mut classified);
    the_second_of_a_pair(&snapshot.controls, &mut classified);
    addresses_beside_a_sender(&snapshot.controls, &mut classified);
    incoming_beside_outgoing_address(&mut classified);
    pop_server_of_pop_before_smtp(&snapshot.controls, &mut classified, &mut memo);
    pop_before_smtp_block(&snapshot.controls, &mut classified, &mut memo);
    let sections = section::assign(&classified);
    let mut fields: Vec<Field<'_>> = snapshot
        .controls
        .iter()
        .zip(&classified)
        .zip(&sections)
        .map(|((control, c), s)| Field {
            control,
            role: role_of(c.concept, *s),
        })
        .collect();
    one_security_per_block(&mut fields, &classified);
    let choices = fill::choose(&fields);
    fill::other_protocol_ports(&mut fields, &choices);
    let mut analysis = Analysis {
        url: snapshot.url.clone(),
        ..Analysis::default()
    };
    for ((field, c), s) in fields.iter().zip(&classified).zip(&sections) {
        let Some((entry, proposed)) = fill::entry(field, &choices, &fields, email) else {
            continue;
        };
        analysis.plan.entries.push(entry);
        analysis.fields.push(FieldReport {
            selector: field.control.selector.clone(),
            role: field.role,
            confidence: c.confidence,
            section: s.map_or("", Section::as_str).to_owned(),
            proposed,
            signals: c.signals.iter().take(12).cloned().collect(),
        });
    }
    analysis.blocks = blocks(&analysis.fields, &choices);
    Ok(analysis)
}

/// "Server: [host] : [port]": a caption-less box right after a host field, joined to it by a
/// colon or sharing its row's caption, is that server's port (Afterlogic's and XenForo-style
/// rows where one caption covers both boxes). It takes the host's side evidence.
fn port_beside_host(controls: &[super::snapshot::Control], classified: &mut [Classified]) {
    for i in 1..controls.len().min(classified.len()) {
        let (prev, this) = (&controls[i - 1], &controls[i]);
        // "POP3 server: [host] [port] [x] SSL": a box on the host's own row, under the same
        // inferred caption, read that caption as a host too.
        let same_row = prev.labels.is_empty() && {
            let caption = prev.inferred_caption();
            caption.is_some() && caption == this.inferred_caption()
        };
        let unread = classified[i].concept.is_none()
            || same_row && classified[i].concept == Some(Concept::Host);
        if !unread
            || classified[i - 1].concept != Some(Concept::Host)
            || !matches!(this.kind.as_str(), "text" | "number" | "")
            || !this.labels.is_empty()
        {
            continue;
        }
        let colon = |t: &str| t.trim() == ":";
        let joined = colon(&this.nearby.left) || colon(&prev.nearby.right) || same_row;
        let numeric = |t: &str| {
            let t = t.trim();
            t.len() <= 5 && t.bytes().all(|b| b.is_ascii_digit())
        };
        let port_shaped = this.kind == "number"
            || this.max_length.is_some_and(|n| n <= 6)
            || (numeric(&this.value) && numeric(&this.placeholder));
        if joined && port_shaped {
            let host = classified[i - 1].clone();
            let c = &mut classified[i];
            c.concept = Some(Concept::Port);
            c.confidence = 0.6 * host.confidence;
            c.own_side = host.own_side;
            c.context_side = host.context_side;
            c.signals
                .push("a box joined to the host by ':' is its port".into());
        }
    }
}

/// Two address fields, one of them named as the login (UVdesk's `username` captioned "Email
/// address" beside its sender address): that one is the username, whatever its caption.
fn login_among_addresses(controls: &[super::snapshot::Control], classified: &mut [Classified]) {
    let emails: Vec<usize> = (0..classified.len().min(controls.len()))
        .filter(|&i| classified[i].concept == Some(Concept::Email))
        .collect();
    if emails.len() < 2 {
        return;
    }
    for i in emails {
        let name = normalize(&controls[i].name);
        // (`Pop3User1Address` names an address: the first user profile's.)
        if mentions(&name, Concept::Username)
            && !mentions(&name, Concept::Email)
            && !mentions(&name, Concept::Address)
        {
            classified[i].concept = Some(Concept::Username);
            classified[i]
                .signals
                .push("named as the login beside another address".into());
        }
    }
}

/// An "Account name" box beside a password on a page with no other login box and no address
/// box but the sender's (Arcserve's "Nom du compte", "Mot de passe" under "Authentification
/// requise", "De :"): it is the login, not what the account is called in a list.
fn account_name_as_login(classified: &mut [Classified]) {
    let has = |c: Concept| classified.iter().any(|k| k.concept == Some(c) && !k.sender);
    if has(Concept::Username) || has(Concept::Email) || !has(Concept::Password) {
        return;
    }
    if let Some(k) = classified
        .iter_mut()
        .find(|k| k.concept.is_none() && k.account_name)
    {
        k.concept = Some(Concept::Username);
        k.signals
            .push("the only login box beside a password".into());
    }
}

/// A sending page whose authentication choice offers "POP before SMTP" and that has no login,
/// security setting or protocol of its own for reading mail (Epson's Web Config: "Authentication method: none /
/// SMTP AUTH / POP before SMTP", one account, then the SMTP and the POP3 server): the POP3
/// server is where the device logs in before sending, not a mailbox to read. Gmail needs no
/// such step, so the POP3 server and port are left alone, and the one login is the SMTP one.
fn pop_server_of_pop_before_smtp(
    controls: &[super::snapshot::Control],
    classified: &mut [Classified],
    memo: &mut ContextMemo,
) {
    let n = classified.len().min(controls.len());
    // Also a transport choice offering POP3 beside SMTP (Zenphoto's PHPMailer "Mail protocol:
    // POP3 / SMTP / SendMail", POP3 being POP before SMTP there).
    let offers = (0..n).any(|i| {
        // (Only a choice with an option that says SMTP is read: most have none.)
        let sends_after_pop = || {
            bounded(&controls[i].options)
                .iter()
                .any(|o| says_smtp(o) || includes(&o.value, "smtp"))
                && {
                    let p = fill::protocols(&controls[i]);
                    p.contains(&Some(Protocol::Pop3)) && p.contains(&Some(Protocol::Smtp))
                }
        };
        classified[i].concept == Some(Concept::Auth) && offers_pop_before_smtp(&controls[i], memo)
            || classified[i].concept.is_none() && sends_after_pop()
    });
    // A login or a security setting of its own says the POP3 server is read (Cybozu's mail
    // server page: "POP3 server, port, use SSL" above the same sending choice).
    let reads = classified[..n].iter().any(|c| {
        c.concept == Some(Concept::Protocol)
            || (matches!(
                c.concept,
                Some(Concept::Username | Concept::Password | Concept::Security)
            ) && (c.own_side.incoming > 0.0 || c.context_side.incoming > 0.0))
    });
    if !offers || reads {
        return;
    }
    for c in &mut classified[..n] {
        if matches!(c.concept, Some(Concept::Host | Concept::Port))
            && c.own_side.incoming > c.own_side.outgoing
        {
            c.concept = None;
            c.signals
                .push("the POP3 server of POP before SMTP, not a mailbox to read".into());
        }
    }
}

/// The block right after a "POP before SMTP" switch or choice that starts with a POP3 server or
/// login (SonicWall's "Enable POP Before SMTP Authentication" then POP server, user name and
/// password; Sharp's checkbox then POP3 server, port, login and SSL) is that method's: the
/// device logs in there before sending, and Gmail needs no such step. It runs over the
/// fields with no side of their own and ends at anything else or a repeated setting.
fn pop_before_smtp_block(
    controls: &[super::snapshot::Control],
    classified: &mut [Classified],
    memo: &mut ContextMemo,
) {
    let n = classified.len().min(controls.len());
    // An IMAP / POP3 choice says the mailbox is read (Garoon's receiving server after its
    // sending server's "POP before SMTP" option).
    // Not when the method itself reads either ("POP/IMAP before SMTP", SOY Shop).
    if classified
        .iter()
        .any(|c| c.concept == Some(Concept::Protocol))
        && !controls
            .iter()
            .take(n)
            .any(|c| offers_imap_before_smtp(c, memo))
    {
        return;
    }
    let server_side = |c: &Classified| {
        matches!(
            c.concept,
            Some(
                Concept::Host
                    | Concept::Port
                    | Concept::Protocol
                    | Concept::Username
                    | Concept::Password
                    | Concept::Security
                    | Concept::Auth
            )
        )
    };
    for (i, control) in controls.iter().enumerate().take(n) {
        if !offers_pop_before_smtp(control, memo) {
            continue;
        }
        let Some(start) = (i + 1..n).find(|&j| classified[j].concept.is_some()) else {
            continue;
        };
        let incoming = |c: &Classified| c.own_side.incoming > c.own_side.outgoing;
        if !(server_side(&classified[start]) && incoming(&classified[start])) {
            continue;
        }
        let mut seen: Vec<Concept> = Vec::new();
        for c in &mut classified[start..n] {
            let Some(concept) = c.concept else {
                continue;
            };
            // A field's own side outweighs its context's (Samsung's "Servidor POP3" in a form
            // posted to `smtp.json`).
            let side = if c.own_side.incoming > 0.0 || c.own_side.outgoing > 0.0 {
                c.own_side
            } else {
                c.context_side
            };
            if !server_side(c) || side.outgoing > side.incoming || seen.contains(&concept) {
                break;
            }
            seen.push(concept);
            c.concept = None;
            c.signals
                .push("in the POP before SMTP block, not a mailbox to read".into());
        }
    }
}

/// On a page that only sends (no incoming words anywhere), one address captioned as the
/// sender's beside other plain addresses ("Primary / Secondary email address" under
/// openmediavault's "Sender email address"): the others are where notifications go.
fn addresses_beside_a_sender(controls: &[super::snapshot::Control], classified: &mut [Classified]) {
    let n = classified.len().min(controls.len());
    let emails: Vec<usize> = (0..n)
        .filter(|&i| classified[i].concept == Some(Concept::Email))
        .collect();
    let incoming = classified[..n].iter().any(|c| {
        c.concept == Some(Concept::Protocol)
            || c.own_side.incoming > 0.0
            || c.context_side.incoming > 0.0
    });
    if emails.len() < 2 || incoming {
        return;
    }
    let sender = |i: usize| {
        let c = &controls[i];
        let caption = c.labels.first().unwrap_or(&c.nearby.term);
        let text = normalize(&cat(&[head(caption), " ", head(&c.name)]));
        SENDER_WORDS.pieces(b'|').any(|w| contains_term(&text, w))
    };
    let senders: Vec<usize> = emails.iter().copied().filter(|&i| sender(i)).collect();
    if senders.len() != 1 {
        return;
    }
    for i in emails {
        if i != senders[0] {
            classified[i].concept = None;
            classified[i]
                .signals
                .push("an address beside the sender's on a sending-only page".into());
        }
    }
}

/// "Outgoing email address" beside "Incoming email address" (Invision Community): of two
/// addresses whose captions name opposite sides, the incoming one is where mail arrives, not
/// the sender's. Only captions count: a name such as `Pop3User1Address` names the account
/// the address belongs to (Kyocera), not the address's direction.
fn incoming_beside_outgoing_address(classified: &mut [Classified]) {
    let email = |c: &Classified| c.concept == Some(Concept::Email);
    let leans = |c: &Classified, side: Side| {
        let incoming = c.own_side.incoming - c.name_side.incoming;
        let outgoing = c.own_side.outgoing - c.name_side.outgoing;
        match side {
            Side::Incoming => incoming > outgoing,
            Side::Outgoing => outgoing > incoming,
        }
    };
    if !classified
        .iter()
        .any(|c| email(c) && leans(c, Side::Outgoing))
    {
        return;
    }
    for c in classified
        .iter_mut()
        .filter(|c| email(c) && leans(c, Side::Incoming))
    {
        c.concept = None;
        c.signals
            .push("the incoming address beside an outgoing one".into());
    }
}

/// Two sender fields, one already holding a name ("Email sender: [Tower]" under "Sending email
/// address: [ ]", WordPress's "From name: [My blog]"): a value without an `@` beside a field
/// that holds an address or nothing is the display name, not an address to replace.
fn name_beside_an_address(controls: &[super::snapshot::Control], classified: &mut [Classified]) {
    let n = classified.len().min(controls.len());
    let emails: Vec<usize> = (0..n)
        .filter(|&i| classified[i].concept == Some(Concept::Email))
        .collect();
    // A value without an `@`, or a name or id that says so (`teSenderName` under a bare
    // "发件人" caption beside "发件人地址").
    let holds_a_name = |i: usize| {
        let c = &controls[i];
        let v = c.value.trim();
        let named = normalize(&cat(&[head(&c.name), " ", head(&c.id)]));
        c.kind != "email"
            && (!v.is_empty() && !v.contains('@')
                || settle(concepts(&named)).contains(&Concept::DisplayName))
    };
    if emails.len() < 2 {
        return;
    }
    // A caption that is the sender word alone ("发件人", "From", "Nadawca") beside one that is
    // that word, in any of its forms, and more ("发件人邮箱地址", "From address", "Adres
    // nadawcy"): Milesight's and VIGI's sender name above its address.
    let caption = |i: usize| normalize(head(controls[i].caption_text()));
    let named_beside_its_address = |i: usize| {
        let own = caption(i);
        // The word less its last character: its stem ("nadawc" of "nadawca" and "nadawcy").
        let stem = own
            .char_indices()
            .last()
            .and_then(|(end, _)| own.get(..end))
            .unwrap_or_default();
        SENDER_WORDS.pieces(b'|').any(|w| w == own)
            && emails.iter().any(|&j| {
                let t = caption(j);
                t.len() > own.len() && includes(&t, stem)
            })
    };
    let mut names = Vec::new();
    let mut address = false;
    for &i in &emails {
        if holds_a_name(i) || named_beside_its_address(i) {
            names.push(i);
        } else {
            address = true;
        }
    }
    if !address {
        return;
    }
    for i in names {
        classified[i].concept = None;
        classified[i]
            .signals
            .push("holds a name beside an address field".into());
    }
}

/// "General: Host [ ] Port [ ] Force SSL [x]" above "Email: SMTP server [ ] ...": on a page
/// whose mail server names its side under a legend of its own, a host without side words
/// under another legend that names no mail setting ("General", "Allgemein") is the
/// application's own address, and so are that legend's other server settings without side
/// words (Filestash's settings page).
fn another_legends_server(controls: &[super::snapshot::Control], classified: &mut [Classified]) {
    let n = classified.len().min(controls.len());
    let legend = |i: usize| {
        controls[i]
            .context
            .legends
            .first()
            .map_or("", String::as_str)
    };
    // The legends of hosts that name their side, and of those that do not.
    let mut mail: Vec<&str> = Vec::new();
    let mut other: Vec<&str> = Vec::new();
    for (i, c) in classified.iter().enumerate().take(n) {
        let l = legend(i);
        if c.concept == Some(Concept::Host) && !l.trim().is_empty() {
            if c.own_side.decide().is_some() {
                mail.push(l);
            } else {
                other.push(l);
            }
        }
    }
    if mail.is_empty() {
        return;
    }
    other.retain(|l| {
        !mail.contains(l)
            && !concepts(&normalize(head(l)))
                .iter()
                .any(|c| !is_negative(*c))
    });
    for (i, c) in classified.iter_mut().enumerate().take(n) {
        let server_setting = matches!(
            c.concept,
            Some(Concept::Host | Concept::Port | Concept::Security | Concept::Username)
        );
        if server_setting && c.own_side.decide().is_none() && other.contains(&legend(i)) {
            c.concept = None;
            c.signals
                .push("under another legend than the mail server's".into());
        }
    }
}

/// "Host name: [server.example.com]" on a page whose mail server names its side ("SMTP
/// relay host"): a host box with no side word of its own and no port, login or security
/// control after it (past any more such boxes: Sharp's primary and secondary server) is the
/// machine's own name (HestiaCP, FortiGate, hMailServer's "local host name"), not a server to
/// fill.
fn lone_host_without_words(classified: &mut [Classified]) {
    let hosts: Vec<usize> = (0..classified.len())
        .filter(|&i| classified[i].concept == Some(Concept::Host))
        .collect();
    let named: Vec<Side> = hosts
        .iter()
        .filter_map(|&i| classified[i].own_side.decide())
        .collect();
    if named.is_empty() {
        return;
    }
    for &i in &hosts {
        let c = &classified[i];
        let wordless = c.own_side.incoming == 0.0 && c.own_side.outgoing == 0.0;
        let context = c.context_side.decide();
        if !wordless || context.is_some_and(|side| !named.contains(&side)) {
            continue;
        }
        // A list of such boxes ("Primary server", "Secondary server") is one server's.
        let next = classified[i + 1..]
            .iter()
            .filter(|c| {
                !(c.concept == Some(Concept::Host)
                    && c.own_side.incoming == 0.0
                    && c.own_side.outgoing == 0.0)
            })
            .find_map(|c| c.concept);
        let starts_a_block = matches!(
            next,
            Some(
                Concept::Port
                    | Concept::Username
                    | Concept::Password
                    | Concept::Security
                    | Concept::Protocol
                    | Concept::Auth
            )
        );
        if !starts_a_block {
            classified[i].concept = None;
            classified[i]
                .signals
                .push("a host without side words, apart from any port or login".into());
        }
    }
}

/// "Smarthosts: [smtp.example.com] [ ]": a host box right after another, with the same side
/// words and surroundings, is a second server of one list (a fallback), not another block.
/// When the first takes only an IP address and the second a name (Samsung's SyncThru: "IPv4
/// address [ ]", "Host name [ ]"), the server is given either way, and the name box is the one
/// Gmail's server fits.
fn second_host_of_a_list(controls: &[super::snapshot::Control], classified: &mut [Classified]) {
    let n = classified.len().min(controls.len());
    let mut previous: Option<usize> = None;
    for i in 0..n {
        let Some(concept) = classified[i].concept else {
            continue;
        };
        if let Some(p) = previous
            && concept == Concept::Host
            && classified[p].concept == Some(Concept::Host)
            && classified[i].own_side.decide() == classified[p].own_side.decide()
            && classified[i].context_side.decide() == classified[p].context_side.decide()
        {
            let address_only = ip_address_only(&controls[p]) && !ip_address_only(&controls[i]);
            let (drop, keep) = if address_only { (p, i) } else { (i, p) };
            classified[drop].concept = None;
            classified[drop].signals.push(if address_only {
                "an IP address box beside one for the server's name".into()
            } else {
                "a second host right after the first, of the same side".into()
            });
            previous = Some(keep);
            continue;
        }
        previous = Some(i);
    }
}

/// A control named as the fallback server's (`idsecondary_smtp_port`, `backupSmtpUser`) whose
/// counterpart, the same name without that word or with "primary" in its place, is on the
/// page is the second server's setting (ASRock Rack's primary and secondary SMTP servers):
/// Portolan sets up one server and leaves the other alone, whatever the labels repeat.
fn the_second_of_a_pair(controls: &[super::snapshot::Control], classified: &mut [Classified]) {
    const PAIR: [&str; 4] = [
        FALLBACK_WORDS[0],
        FALLBACK_WORDS[1],
        FALLBACK_WORDS[2],
        "primary",
    ];
    // Each name with the words of a pair left out, and whether it named a fallback; byte by
    // byte (`str::replace` would bring `StrSearcher` and its panic path into the wasm).
    let keys: Vec<(Vec<u8>, bool)> = controls
        .iter()
        .map(|c| {
            let name = head(c.name_or_id()).to_ascii_lowercase();
            let bytes = name.as_bytes();
            let (mut key, mut fallback, mut at) = (Vec::new(), false, 0);
            while at < bytes.len() {
                if let Some(w) = PAIR.iter().find(|w| bytes[at..].starts_with(w.as_bytes())) {
                    fallback |= *w != "primary";
                    at += w.len();
                } else {
                    key.push(bytes[at]);
                    at += 1;
                }
            }
            (key, fallback)
        })
        .collect();
    for (c, (key, fallback)) in classified.iter_mut().zip(&keys) {
        if *fallback
            && c.concept.is_some()
            && !key.is_empty()
            && keys.iter().any(|(k, f)| !f && k == key)
        {
            c.concept = None;
            c.signals
                .push("the second server's, beside the first server's".into());
        }
    }
}

/// Whether a box's caption and name ask for an IP address only ("IPv4 address",
/// `smtpServerIpv4`), not a name ("Server name / IP address", "IP or host name").
fn ip_address_only(c: &super::snapshot::Control) -> bool {
    const NAME: &str = "name|hostname|fqdn|dns|nom|nombre|nome|naam|nazwa|имя|ホスト名|主机名|域名";
    let text = normalize(&cat(&[head(c.caption_text()), " ", head(&c.name)]));
    ["ip", "ipv4", "ipv6"]
        .iter()
        .any(|w| contains_word(&text, w))
        && !NAME.pieces(b'|').any(|w| contains_term(&text, w))
}

/// A block has one security setting: when several controls look like one, those whose own
/// words name the block's side come first (baserCMS's "SMTP TLS" over its admin screen's SSL
/// switch), then the first list that offers implicit TLS keeps the role (GLPI's separate SSL
/// and TLS lists; Checkmk's "Encryption" switch over its list), else the first that offers
/// implicit TLS (Artifactory's "Use SSL" after its "Use TLS"), else the first; the others are
/// left alone, but for a ticked STARTTLS switch beside one that offers TLS from the start,
/// which the plan turns off.
fn one_security_per_block(fields: &mut [Field<'_>], classified: &[Classified]) {
    for (role, incoming) in [
        (Role::IncomingSecurity, true),
        (Role::OutgoingSecurity, false),
    ] {
        let own = |i: usize| {
            let side = classified[i].own_side;
            if incoming {
                side.incoming > side.outgoing
            } else {
                side.outgoing > side.incoming
            }
        };
        let all: Vec<usize> = (0..fields.len())
            .filter(|&i| fields[i].role == role)
            .collect();
        let named: Vec<usize> = all.iter().copied().filter(|&i| own(i)).collect();
        let idx = if named.is_empty() {
            all
        } else {
            for &i in all.iter().filter(|i| !named.contains(i)) {
                fields[i].role = Role::Ignore;
            }
            named
        };
        if idx.len() < 2 {
            continue;
        }
        let offers_implicit = |i: usize| {
            fill::offered_security(fields[i].control, None).contains(&Security::ImplicitTls)
        };
        let list = |i: usize| fields[i].control.kind != "checkbox" && offers_implicit(i);
        let keep = idx
            .iter()
            .copied()
            .find(|&i| list(i))
            .or_else(|| idx.iter().copied().find(|&i| offers_implicit(i)))
            .unwrap_or(idx[0]);
        let keep_implicit = offers_implicit(keep);
        for i in idx {
            // A ticked STARTTLS switch beside the one that says TLS from the start stays, to
            // be turned off (Django's EMAIL_USE_TLS and EMAIL_USE_SSL exclude each other).
            let c = fields[i].control;
            let ticked_starttls = || {
                let offered = fill::offered_security(c, None);
                !offered.contains(&Security::ImplicitTls) && offered.contains(&Security::Starttls)
            };
            if i != keep
                && !(keep_implicit && c.kind == "checkbox" && c.checked && ticked_starttls())
            {
                fields[i].role = Role::Ignore;
            }
        }
    }
}

/// The role for a concept in a section.
fn role_of(concept: Option<Concept>, section: Option<Section>) -> Role {
    // Sections give every server field a block; one left without is another system's.
    if section.is_none() && concept != Some(Concept::Email) {
        return Role::Ignore;
    }
    let side = section.and_then(Section::side);
    let incoming = side == Some(Side::Incoming);
    match concept {
        Some(Concept::Email) => Role::Email,
        Some(Concept::Protocol) => Role::IncomingProtocol,
        Some(Concept::Auth) if incoming => Role::Ignore,
        Some(Concept::Auth) => Role::OutgoingAuth,
        Some(Concept::Host) if incoming => Role::IncomingHost,
        Some(Concept::Host) => Role::OutgoingHost,
        Some(Concept::Port) if incoming => Role::IncomingPort,
        Some(Concept::Port) => Role::OutgoingPort,
        Some(Concept::Security) if incoming => Role::IncomingSecurity,
        Some(Concept::Security) => Role::OutgoingSecurity,
        Some(Concept::Username) if incoming => Role::IncomingUsername,
        Some(Concept::Username) => Role::OutgoingUsername,
        Some(Concept::Password) if incoming => Role::IncomingPassword,
        Some(Concept::Password) => Role::OutgoingPassword,
        _ => Role::Ignore,
    }
}

fn blocks(fields: &[FieldReport], choices: &fill::Choices) -> Vec<Block> {
    let mut out = Vec::new();
    for (section, protocol, title) in [
        (
            "incoming",
            choices.incoming,
            cat(&["Incoming (", choices.incoming.label(), ")"]),
        ),
        ("outgoing", Protocol::Smtp, "Outgoing (SMTP)".to_owned()),
    ] {
        let selectors: Vec<String> = fields
            .iter()
            .filter(|f| f.section == section || (f.section == "shared"))
            .map(|f| f.selector.clone())
            .collect();
        if fields.iter().any(|f| f.section == section) {
            out.push(Block {
                section: section.to_owned(),
                protocol: Some(protocol),
                title,
                selectors,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{ChoiceOption, Control};
    use super::*;
    use crate::form::{EntryStatus, FillAction};

    fn text(label: &str, name: &str, value: &str) -> Control {
        Control {
            selector: format!("#{name}"),
            tag: "input".into(),
            kind: "text".into(),
            name: name.into(),
            labels: vec![label.into()],
            visible: true,
            value: value.into(),
            ..Control::default()
        }
    }

    fn password(label: &str, name: &str) -> Control {
        Control {
            kind: "password".into(),
            ..text(label, name, "")
        }
    }

    fn select(label: &str, name: &str, options: &[(&str, &str)], selected: &str) -> Control {
        Control {
            tag: "select".into(),
            kind: "select-one".into(),
            value: selected.into(),
            options: options
                .iter()
                .map(|(v, t)| ChoiceOption {
                    value: (*v).into(),
                    text: (*t).into(),
                    selected: *v == selected,
                    ..ChoiceOption::default()
                })
                .collect(),
            ..text(label, name, selected)
        }
    }

    fn checkbox(caption: &str, name: &str, checked: bool) -> Control {
        Control {
            kind: "checkbox".into(),
            caption: caption.into(),
            checked,
            labels: vec![caption.into()],
            ..text("", name, "")
        }
    }

    fn plan(controls: Vec<Control>) -> Analysis {
        let snapshot = FormSnapshot {
            url: "test".into(),
            controls,
            ..FormSnapshot::default()
        };
        analyze(&snapshot, Some("jane@example.com")).unwrap()
    }

    fn proposed(a: &Analysis, sel: &str) -> Option<String> {
        a.fields
            .iter()
            .find(|f| f.selector == sel)
            .and_then(|f| f.proposed.clone())
    }

    fn entry<'a>(a: &'a Analysis, sel: &str) -> &'a PlanEntry {
        a.plan.entries.iter().find(|e| e.selector == sel).unwrap()
    }

    use super::super::plan::PlanEntry;

    #[test]
    fn an_analysis_errors_message_is_its_display() {
        let err = AnalysisError::TooManyControls {
            count: 100_000,
            limit: MAX_CONTROLS,
        };
        assert_eq!(
            err.message(),
            "the page has 100000 form controls; Portolan looks at no more than 2000"
        );
        assert_eq!(err.to_string(), err.message());
    }

    #[test]
    fn a_settings_editors_value_box_is_the_setting_its_key_names() {
        // FusionPBX's default setting, OpenMeetings' configuration record: the key box holds
        // `smtp_host` / `smtp.server`, the "Value" box the server, whose port is another record.
        for key in ["smtp_host", "smtp.server"] {
            let a = plan(vec![
                text("Subcategory", "key", key),
                text("Value", "value", "mail.server.provider.com"),
                text(
                    "Description",
                    "description",
                    "email providers server address",
                ),
            ]);
            assert_eq!(role(&a, "#value"), Some(Role::OutgoingHost), "{key}");
            assert_eq!(proposed(&a, "#value").as_deref(), Some("smtp.gmail.com"));
        }
        // A key of no mail setting makes nothing of its value.
        let a = plan(vec![
            text("Key", "key", "ui.theme_name"),
            text("Value", "value", "dark"),
            text("SMTP server", "host", ""),
        ]);
        assert!(matches!(role(&a, "#value"), None | Some(Role::Ignore)));
    }

    #[test]
    fn a_box_holding_an_address_is_no_server() {
        // WBCE's `server_email` under 'Standard "VON" Adresse'.
        let a = plan(vec![
            text(
                "Standard \"VON\" Adresse",
                "server_email",
                "admin@example.org",
            ),
            text("SMTP Host", "smtp_host", ""),
        ]);
        assert_eq!(role(&a, "#server_email"), Some(Role::Email));
        assert_eq!(role(&a, "#smtp_host"), Some(Role::OutgoingHost));
    }

    #[test]
    fn an_oauth_switch_and_a_code_are_no_mail_settings() {
        // Garoon's "OAuthの使用" yes/no and its "メールサーバーコード" (the entry's code).
        let a = plan(vec![
            text("メールサーバーコード", "code", ""),
            select(
                "OAuthの使用",
                "oauth",
                &[("0", "使用しない"), ("1", "使用する")],
                "0",
            ),
            text("送信メールサーバー名（SMTP）", "smtp_server", ""),
        ]);
        assert!(matches!(role(&a, "#code"), None | Some(Role::Ignore)));
        assert!(
            matches!(role(&a, "#oauth"), None | Some(Role::Ignore)),
            "{:?}",
            a.fields
        );
        assert_eq!(role(&a, "#smtp_server"), Some(Role::OutgoingHost));
    }

    #[test]
    fn a_mailbox_read_by_imap_or_pop3_is_no_pop_before_smtp_step() {
        // Garoon: the sending server's authentication offers POP before SMTP; the receiving
        // server after it, with its protocol choice, is a mailbox to read.
        let a = plan(vec![
            text("送信メールサーバー名（SMTP）", "smtp_server", ""),
            select(
                "SMTP認証",
                "smtp_auth",
                &[
                    ("none", "なし"),
                    ("smtp_auth", "SMTP認証"),
                    ("pbs", "POP before SMTP"),
                ],
                "none",
            ),
            text("受信メールサーバー名", "receive_server", ""),
            select(
                "受信プロトコル",
                "receive_protocol",
                &[("POP3", "POP3"), ("IMAP4", "IMAP4")],
                "POP3",
            ),
        ]);
        assert_eq!(role(&a, "#receive_server"), Some(Role::IncomingHost));
        // Zenphoto's PHPMailer: "Mail protocol: POP3 / SMTP / SendMail", POP3 being POP before
        // SMTP there; its POP port is that method's.
        let a = plan(vec![
            select(
                "Mailprotocol",
                "mail_protocol",
                &[("pop3", "POP3"), ("smtp", "SMTP"), ("sendmail", "SendMail")],
                "smtp",
            ),
            text("Mailserver", "server", ""),
            text("POP-poort", "pop_port", "110"),
            text("SMTP-poort", "smtp_port", "25"),
        ]);
        assert!(matches!(role(&a, "#pop_port"), None | Some(Role::Ignore)));
        assert_eq!(role(&a, "#smtp_port"), Some(Role::OutgoingPort));
    }

    /// A printer's or a PBX's own SMTP server takes mail in on a port of its own ("SMTP受信ポー
    /// ト番号", "N° de port de réception SMTP"): that port is no server to send through.
    #[test]
    fn the_port_an_smtp_server_receives_on_is_left_alone() {
        for caption in [
            "SMTP受信ポート番号",
            "N° de port de réception SMTP",
            "SMTP receive port",
        ] {
            let a = plan(vec![
                text("SMTP server", "smtp_host", ""),
                text("SMTP port", "smtp_port", "25"),
                text(caption, "rx_port", "25"),
            ]);
            assert_eq!(
                role(&a, "#smtp_port"),
                Some(Role::OutgoingPort),
                "{caption}"
            );
            assert_eq!(role(&a, "#rx_port"), None, "{caption}");
            assert_eq!(proposed(&a, "#rx_port"), None, "{caption}");
        }
    }

    #[test]
    fn a_switch_for_the_incoming_login_is_how_the_outgoing_server_logs_in() {
        // Megaplan: the account's login above the IMAP and SMTP blocks, then "use the incoming
        // mail login and password" over the SMTP login boxes.
        let page = |ticked: bool| {
            plan(vec![
                text("E-mail", "email", ""),
                text("Логин", "login", ""),
                password("Пароль", "password"),
                text("IMAP сервер", "imap_host", ""),
                text("IMAP порт", "imap_port", "993"),
                text("SMTP сервер", "smtp_host", ""),
                text("SMTP порт", "smtp_port", "465"),
                checkbox("Использовать логин и пароль входящей почты", "same", ticked),
                text("Логин SMTP", "smtp_login", ""),
                password("Пароль SMTP", "smtp_password"),
            ])
        };
        let a = page(true);
        assert_eq!(role(&a, "#same"), Some(Role::OutgoingAuth));
        assert_eq!(role(&a, "#login"), Some(Role::IncomingUsername));
        assert_eq!(role(&a, "#password"), Some(Role::IncomingPassword));
        assert_eq!(proposed(&a, "#login").as_deref(), Some("jane@example.com"));
        assert_eq!(proposed(&a, "#same").as_deref(), Some("true"));
        // Ticked, the SMTP login boxes are unused: left alone.
        assert_eq!(proposed(&a, "#smtp_login"), None);
        // Unticked, it stays unticked: the SMTP login boxes take the address.
        let a = page(false);
        assert_eq!(proposed(&a, "#same"), None);
        assert_eq!(
            proposed(&a, "#smtp_login").as_deref(),
            Some("jane@example.com")
        );
        // A switch to receive from the account names no login ("このアカウントから受信する").
        let a = plan(vec![
            checkbox("このアカウントから受信する", "enable", true),
            text("POPサーバー", "pop_server", ""),
        ]);
        assert!(matches!(role(&a, "#enable"), None | Some(Role::Ignore)));
    }

    #[test]
    fn a_port_choice_is_a_port_whatever_its_options_add() {
        // GestSup: "Port: 587 (TLS) / 465 (SSL) / 25" beside a "Préfixe" select.
        let a = plan(vec![
            text("Serveur SMTP", "smtp_server", ""),
            select(
                "Port",
                "mail_port",
                &[("587", "587 (TLS)"), ("465", "465 (SSL)"), ("25", "25")],
                "587",
            ),
            select(
                "Sécurité",
                "mail_secure",
                &[("0", "Aucun"), ("SSL", "SSL"), ("TLS", "TLS")],
                "0",
            ),
            text("Serveur IMAP", "imap_server", ""),
            select(
                "Port",
                "imap_port",
                &[
                    ("143", "143 (IMAP)"),
                    ("993/imap/ssl", "993 (IMAP sécurisé)"),
                ],
                "143",
            ),
        ]);
        assert_eq!(role(&a, "#mail_port"), Some(Role::OutgoingPort));
        assert_eq!(proposed(&a, "#mail_port").as_deref(), Some("465"));
        assert_eq!(role(&a, "#mail_secure"), Some(Role::OutgoingSecurity));
        assert_eq!(role(&a, "#imap_port"), Some(Role::IncomingPort));
        assert_eq!(proposed(&a, "#imap_port").as_deref(), Some("993/imap/ssl"));
    }

    #[test]
    fn lists_of_addresses_and_other_services_are_not_the_account() {
        let a = plan(vec![
            text("SMTP Server Address", "smtp", ""),
            text("Email Address 1", "email1", "ops@example.com"),
            text("Email Address 2", "email2", ""),
            text("Sender Email Address", "from", ""),
            // Ruckus: a syslog server's port box beside the mail settings.
            text("Port", "syslog_port", "514"),
            text("Port", "smtp_port", "25"),
        ]);
        assert!(matches!(role(&a, "#email1"), None | Some(Role::Ignore)));
        assert!(matches!(role(&a, "#email2"), None | Some(Role::Ignore)));
        assert_eq!(role(&a, "#from"), Some(Role::Email));
        assert!(matches!(
            role(&a, "#syslog_port"),
            None | Some(Role::Ignore)
        ));
        // ShopXO: an address its words call the sender's is the sender's, whatever its name.
        let b = plan(vec![
            text("SMTP服务器", "smtp_host", ""),
            text("发信人邮件地址", "smtp_account", "shop@163.com"),
            text("SMTP身份验证用户名", "smtp_name", ""),
        ]);
        assert_eq!(role(&b, "#smtp_account"), Some(Role::Email));
        assert_eq!(role(&b, "#smtp_name"), Some(Role::OutgoingUsername));
        assert_eq!(role(&a, "#smtp_port"), Some(Role::OutgoingPort));
        // IdoSell: a heading naming e-mail beside SMS is mail's.
        let mut controls = vec![
            text("Serwer SMTP", "smtp_host", ""),
            text("Adres e-mail", "email", ""),
        ];
        for c in &mut controls {
            c.context.headings = vec!["Konfiguracja kont email i SMS".into()];
        }
        let a = plan(controls);
        assert_eq!(role(&a, "#smtp_host"), Some(Role::OutgoingHost));
        assert_eq!(role(&a, "#email"), Some(Role::Email));
    }

    #[test]
    fn a_login_inside_one_block_is_that_blocks() {
        // vtenext: SMTP server, port, user name, password, "requires authentication", then an
        // IMAP server list without a login.
        let a = plan(vec![
            text("Nome Server", "server", ""),
            text("Porta", "port", "465"),
            text("Nome Utente", "server_username", ""),
            password("Password", "server_password"),
            checkbox("Richiede Autenticazione?", "smtp_auth", true),
            text("Server IMAP", "server_imap", ""),
            text("Porta", "port_imap", "993"),
        ]);
        assert_eq!(role(&a, "#server_username"), Some(Role::OutgoingUsername));
        assert_eq!(role(&a, "#server_password"), Some(Role::OutgoingPassword));
        assert_eq!(role(&a, "#server_imap"), Some(Role::IncomingHost));
        // Between the two blocks it is still shared.
        let a = plan(vec![
            text("IMAP server", "imap", ""),
            text("Username", "user", ""),
            password("Password", "pass"),
            text("SMTP server", "smtp", ""),
        ]);
        assert_eq!(
            a.fields
                .iter()
                .find(|f| f.selector == "#user")
                .map(|f| (f.role, f.section.as_str())),
            Some((Role::IncomingUsername, "shared"))
        );
    }

    #[test]
    fn a_pop_or_imap_before_smtp_block_is_that_methods() {
        // SOY Shop: "use POP/IMAP before SMTP", then its POP3 / IMAP choice, server, port and
        // login, all for that method only.
        let radio = Control {
            kind: "radio".into(),
            ..select(
                "受信方法",
                "receive_type",
                &[("0", "POP3"), ("1", "IMAP")],
                "0",
            )
        };
        let a = plan(vec![
            text("サーバ", "send_server", ""),
            text("ポート", "send_port", "25"),
            checkbox("SMTP認証(SMTP-AUTH)を使用する", "smtp_auth", false),
            checkbox("「POP/IMAP before SMTP」を使用する", "pbs", false),
            radio,
            text("サーバ", "receive_server", ""),
            text("ポート", "receive_port", "110"),
        ]);
        for sel in ["#receive_type", "#receive_server", "#receive_port"] {
            assert!(matches!(role(&a, sel), None | Some(Role::Ignore)), "{sel}");
        }
        assert_eq!(role(&a, "#send_server"), Some(Role::OutgoingHost));
    }

    #[test]
    fn an_account_page_naming_its_outgoing_account_only_receives() {
        // Web Help Desk: an IMAP/POP3 account whose authentication mode has no side words,
        // beside a list naming the "Outgoing Mail Account" (no server of its own).
        let radio = |name: &str, options: &[(&str, &str)]| Control {
            kind: "radio".into(),
            ..select("Authentication Mode", name, options, "0")
        };
        let a = plan(vec![
            select("Account Type", "type", &[("0", "IMAP"), ("1", "POP3")], "0"),
            radio("auth_mode", &[("0", "Basic"), ("1", "OAuth")]),
            text("Mail Server", "server", ""),
            text("Mail Server Port", "port", ""),
            text("Username", "user", ""),
            password("Password", "pass"),
            select(
                "Outgoing Mail Account",
                "outgoing",
                &[("0", "smtp.example.com (Default)")],
                "0",
            ),
        ]);
        assert_eq!(role(&a, "#server"), Some(Role::IncomingHost));
        assert_eq!(role(&a, "#port"), Some(Role::IncomingPort));
        assert_eq!(role(&a, "#user"), Some(Role::IncomingUsername));
    }

    #[test]
    fn plan_rules() {
        // (what, controls, expected proposals)
        type Case = (
            &'static str,
            Vec<Control>,
            Vec<(&'static str, Option<&'static str>)>,
        );
        let enc = [("none", "None"), ("ssl", "SSL"), ("tls", "TLS")];
        let cases: Vec<Case> = vec![
            (
                "IMAP over POP3 when the form allows both",
                vec![
                    select(
                        "Protocol",
                        "proto",
                        &[("pop3", "POP3"), ("imap", "IMAP")],
                        "pop3",
                    ),
                    text("Server", "host", ""),
                    text("Port", "port", ""),
                ],
                vec![
                    ("#proto", Some("imap")),
                    ("#host", Some("imap.gmail.com")),
                    ("#port", Some("993")),
                ],
            ),
            (
                "POP3 when the form only speaks POP3",
                vec![
                    text("POP3 server", "pop_host", ""),
                    text("POP3 port", "pop_port", "110"),
                ],
                vec![
                    ("#pop_host", Some("pop.gmail.com")),
                    ("#pop_port", Some("995")),
                ],
            ),
            (
                "465 with implicit TLS when the form can say so",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    select("Encryption", "smtp_enc", &enc, "none"),
                    text("SMTP Port", "smtp_port", "25"),
                ],
                vec![
                    ("#smtp_host", Some("smtp.gmail.com")),
                    ("#smtp_enc", Some("ssl")),
                    ("#smtp_port", Some("465")),
                ],
            ),
            (
                "587 with STARTTLS when implicit TLS is not offered",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    select(
                        "Encryption",
                        "smtp_enc",
                        &[("", "None"), ("starttls", "STARTTLS")],
                        "",
                    ),
                    text("SMTP Port", "smtp_port", ""),
                ],
                vec![("#smtp_enc", Some("starttls")), ("#smtp_port", Some("587"))],
            ),
            (
                "a free-text encryption box takes `ssl`, and 465 with it",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    text("Encryption", "smtp_enc", ""),
                    text("SMTP Port", "smtp_port", "25"),
                ],
                vec![("#smtp_enc", Some("ssl")), ("#smtp_port", Some("465"))],
            ),
            (
                "a combo box's face (read-only, or asking to choose) is no free-text box",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    Control {
                        readonly: true,
                        ..text("Encryption", "smtp_enc", "SSL/STARTTLS")
                    },
                    Control {
                        placeholder: "Scegli".into(),
                        ..text("Crittografia SMTP", "smtp_crypt", "STARTTLS")
                    },
                    text("SMTP Port", "smtp_port", ""),
                ],
                vec![
                    ("#smtp_enc", None),
                    ("#smtp_crypt", None),
                    ("#smtp_port", Some("587")),
                ],
            ),
            (
                "an encryption select whose options have not loaded yet takes no word",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    select("Encryption", "smtp_enc", &[], ""),
                    text("SMTP Port", "smtp_port", ""),
                ],
                vec![("#smtp_enc", None), ("#smtp_port", Some("587"))],
            ),
            (
                "587 when the form has no security control",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    text("SMTP Port", "smtp_port", ""),
                ],
                vec![("#smtp_port", Some("587"))],
            ),
            (
                "usernames and sender addresses get the full address; authentication on",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    text("From email", "from_email", ""),
                    text("SMTP Username", "smtp_user", ""),
                    checkbox("Use SMTP authentication", "smtp_auth", false),
                ],
                vec![
                    ("#from_email", Some("jane@example.com")),
                    ("#smtp_user", Some("jane@example.com")),
                    ("#smtp_auth", Some("true")),
                ],
            ),
            (
                "passwords and unrelated fields are never touched",
                vec![
                    text("SMTP Host", "smtp_host", ""),
                    password("SMTP Password", "smtp_pass"),
                    text("From name", "from_name", "Shop"),
                ],
                vec![("#smtp_pass", None), ("#from_name", None)],
            ),
            (
                "a bare TLS switch beside a STARTTLS switch is TLS from the first byte",
                vec![
                    text("SMTP Server Port", "smtp_port", "25"),
                    checkbox("TLS", "tls", false),
                    checkbox("STARTTLS", "starttls", false),
                ],
                vec![("#smtp_port", Some("465")), ("#tls", Some("true"))],
            ),
            (
                "a bracket naming SSL/TLS says what an encrypted connection is",
                vec![
                    text("SMTP Server", "smtp_host", ""),
                    text("Port", "smtp_port", "25"),
                    checkbox("Use encrypted connection (SSL/TLS)", "enc", false),
                ],
                vec![("#smtp_port", Some("465")), ("#enc", Some("true"))],
            ),
        ];
        for (what, controls, want) in cases {
            let a = plan(controls);
            for (sel, value) in want {
                assert_eq!(proposed(&a, sel).as_deref(), value, "{what}: {sel}");
            }
        }
    }

    #[test]
    fn a_box_named_name_is_the_entrys_name() {
        // Cybozu: "メールサーバー名" (the name of this server entry) above the POP3 block,
        // whose heading the scanner reads as the box's help text.
        let row = |caption: &str, name: &str| {
            let mut c = text("", name, "");
            c.labels.clear();
            c.nearby.row_header = caption.into();
            c
        };
        let mut entry_name = row("メールサーバー名 *", "Name");
        entry_name.nearby.below = "受信メールサーバー（POP3）".into();
        let a = plan(vec![entry_name, row("サーバー名 *", "POP3Server")]);
        assert_eq!(proposed(&a, "#Name"), None);
        assert_eq!(
            proposed(&a, "#POP3Server").as_deref(),
            Some("pop.gmail.com")
        );
    }

    /// A caption-less control with only nearby text (no label), as label-less rows give.
    fn bare(name: &str, kind: &str, left: &str, right: &str, value: &str) -> Control {
        let mut c = Control {
            kind: kind.into(),
            labels: vec![],
            ..text("", name, value)
        };
        c.nearby.left = left.into();
        c.nearby.right = right.into();
        c
    }

    #[test]
    fn an_auth_choice_on_a_receiving_page_stays_in_its_block() {
        // Node-RED's "e-mail in" node: protocol, server, port, auth type, then the login.
        let a = plan(vec![
            select(
                "Protocol",
                "protocol",
                &[("IMAP", "IMAP"), ("POP3", "POP3")],
                "IMAP",
            ),
            text("Server", "server", ""),
            text("Port", "port", "143"),
            select(
                "Auth type",
                "authtype",
                &[("BASIC", "Basic"), ("NONE", "None")],
                "BASIC",
            ),
            text("Userid", "userid", ""),
            password("Password", "password"),
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#userid"), Some(Role::IncomingUsername));
        assert_eq!(role("#password"), Some(Role::IncomingPassword));
        assert!(
            a.fields
                .iter()
                .all(|f| !f.role.as_str().starts_with("outgoing"))
        );
    }

    #[test]
    fn the_security_that_names_its_side_keeps_the_role() {
        // baserCMS: the admin screen's SSL switch above the SMTP TLS switch.
        let yes_no = [("0", "No"), ("1", "Yes")];
        let a = plan(vec![
            select("Admin screen SSL", "admin_ssl", &yes_no, "0"),
            text("SMTP host", "smtp_host", ""),
            text("SMTP port", "smtp_port", "25"),
            select("TLS encryption", "smtp_tls", &yes_no, "0"),
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#smtp_tls"), Some(Role::OutgoingSecurity));
        assert_ne!(role("#admin_ssl"), Some(Role::OutgoingSecurity));
    }

    #[test]
    fn protocol_captions_and_host_port_rows() {
        // Afterlogic-style rows: "IMAP [host] : [port]", "SMTP [host] : [port]".
        let a = plan(vec![
            bare("f1", "text", "IMAP", ":", ""),
            bare("f2", "number", ":", "", "143"),
            bare("f3", "text", "SMTP", ":", ""),
            bare("f4", "number", ":", "", "25"),
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#f1"), Some(Role::IncomingHost));
        assert_eq!(role("#f2"), Some(Role::IncomingPort));
        assert_eq!(role("#f3"), Some(Role::OutgoingHost));
        assert_eq!(role("#f4"), Some(Role::OutgoingPort));
        assert_eq!(proposed(&a, "#f2").as_deref(), Some("993"));
        // Without the colon a following box is not taken for a port.
        let b = plan(vec![
            bare("h", "text", "SMTP", "", ""),
            bare("x", "number", "", "", "10"),
        ]);
        assert!(b.fields.iter().all(|f| f.selector != "#x"));
    }

    #[test]
    fn a_login_named_field_among_addresses_and_unlabelled_names() {
        // UVdesk: "Email address" named `username` beside the sender address.
        let a = plan(vec![
            text("SMTP host", "host", ""),
            text("Email address", "username", ""),
            text("Sender address", "sender_address", ""),
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#username"), Some(Role::OutgoingUsername));
        assert_eq!(role("#sender_address"), Some(Role::Email));
        // Alone, an address captioned so stays the address.
        let b = plan(vec![text("Email address", "username", "")]);
        assert_eq!(b.fields.first().map(|f| f.role), Some(Role::Email));
        // Tiki: an unlabelled box named as another setting, under a caption that is a guess.
        let c = plan(vec![bare(
            "messu_mailbox_size",
            "text",
            "User messages",
            "",
            "",
        )]);
        assert!(c.fields.is_empty());
    }

    #[test]
    fn a_side_word_every_name_shares_does_not_decide() {
        // Trudesk: mailerHost / mailerCheckHost under "sending" and "mail check" headings.
        let mut controls = vec![
            bare("mailerHost", "text", "Mail server", "", ""),
            bare("mailerPort", "text", "Port", "", ""),
            bare("mailerCheckHost", "text", "Mail server", "", ""),
            bare("mailerCheckPort", "text", "Port", "", ""),
        ];
        for c in &mut controls[..2] {
            c.context.headings = vec!["Sending".into()];
        }
        for c in &mut controls[2..] {
            c.context.headings = vec!["Receiving".into()];
        }
        let a = plan(controls);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#mailerHost"), Some(Role::OutgoingHost));
        assert_eq!(role("#mailerCheckHost"), Some(Role::IncomingHost));
        assert_eq!(role("#mailerCheckPort"), Some(Role::IncomingPort));
    }

    #[test]
    fn transport_names_and_compound_ports() {
        // OX App Suite: `transport_server` / `transport_port` captioned "Servername" /
        // "Serverport": a transport word is the sending side, not another setting.
        let a = plan(vec![
            text("Servername", "transport_server", ""),
            text("Serverport", "transport_port", "25"),
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#transport_server"), Some(Role::OutgoingHost));
        assert_eq!(role("#transport_port"), Some(Role::OutgoingPort));
    }

    #[test]
    fn a_port_word_beats_an_email_word_and_page_notes_give_the_scheme() {
        // XenForo: `options[emailTransport][smtpPort]` under an "email transport" caption.
        let mut port = bare(
            "options[emailTransport][smtpPort]",
            "number",
            "Email transport",
            "",
            "25",
        );
        port.placeholder = "Port".into();
        let a = plan(vec![
            bare(
                "options[emailTransport][smtpHost]",
                "text",
                "Email transport",
                "",
                "",
            ),
            port,
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(
            role("#options[emailTransport][smtpPort]"),
            Some(Role::OutgoingPort)
        );
        // vtiger: the note under the settings table (below its last row's checkbox) says the
        // server name takes ssl://host:port; there is no port field.
        let mut auth = checkbox("Requires authentication", "smtp_auth", true);
        auth.nearby.below =
            "The server name may include the protocol and port, e.g. ssl://smtp.gmail.com:465"
                .into();
        let b = plan(vec![text("Server name", "server", ""), auth]);
        assert_eq!(
            proposed(&b, "#server").as_deref(),
            Some("ssl://smtp.gmail.com:465")
        );
        // Without the note: STARTTLS on 587, which a box that says nothing of a port does not
        // get ("smtp.gmail.com:587" would be one host name to most applications).
        let c = plan(vec![
            text("Server name", "server", ""),
            checkbox("Requires authentication", "smtp_auth", true),
        ]);
        assert_eq!(proposed(&c, "#server").as_deref(), Some("smtp.gmail.com"));
        // A box that says it takes both does (Bugzilla's "host:port").
        let mut both = text("SMTP server", "smtpserver", "");
        both.placeholder = "mail.example.com:25".into();
        let d = plan(vec![
            both,
            checkbox("Requires authentication", "smtp_auth", true),
        ]);
        assert_eq!(
            proposed(&d, "#smtpserver").as_deref(),
            Some("smtp.gmail.com:587")
        );
    }

    #[test]
    fn addresses_beside_the_sender_on_a_sending_only_page() {
        // openmediavault: a sender address, then where notifications go.
        let a = plan(vec![
            text("SMTP server", "server", ""),
            text("Sender email address", "sender", ""),
            text("Primary email address", "primaryemail", ""),
            text("Secondary email address", "secondaryemail", ""),
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#sender"), Some(Role::Email));
        assert_eq!(role("#primaryemail"), None);
        // A page that also reads mail keeps its account address beside the sender's (Kayako).
        let b = plan(vec![
            text("IMAP server", "host", ""),
            text("Email address", "email", ""),
            text("From email", "fromemail", ""),
        ]);
        let role = |sel: &str| b.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#email"), Some(Role::Email));
        assert_eq!(role("#fromemail"), Some(Role::Email));
    }

    #[test]
    fn a_name_beside_an_address_is_the_display_name() {
        // Unraid: "Sending email address" (empty), then "Email sender" holding "Tower".
        let a = plan(vec![
            text("SMTP server", "server", ""),
            text("Sending email address", "root", ""),
            text("Email sender", "sender", "Tower"),
        ]);
        let role = |sel: &str| a.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#root"), Some(Role::Email));
        assert_eq!(role("#sender"), None);
        // An address already typed is still an address, and a lone field keeps its role even
        // when it holds something else (the plan reports the conflict instead).
        let b = plan(vec![
            text("Sending email address", "root", ""),
            text("Email sender", "sender", "old@example.com"),
        ]);
        let role = |sel: &str| b.fields.iter().find(|f| f.selector == sel).map(|f| f.role);
        assert_eq!(role("#sender"), Some(Role::Email));
        let c = plan(vec![text("Sender address", "sender", "postmaster")]);
        assert_eq!(c.fields.first().map(|f| f.role), Some(Role::Email));
    }

    #[test]
    fn evidence_that_survives_missing_names_and_headings() {
        // No heading and no side word: the ports already holding 143 and 25 say which server
        // is which, and each host takes the side of the port right after it (SnappyMail).
        let a = plan(vec![
            text("Server", "h1", ""),
            Control {
                kind: "number".into(),
                ..text("Port", "p1", "143")
            },
            text("Server", "h2", ""),
            Control {
                kind: "number".into(),
                ..text("Port", "p2", "25")
            },
        ]);
        assert_eq!(role(&a, "#h1"), Some(Role::IncomingHost));
        assert_eq!(role(&a, "#p1"), Some(Role::IncomingPort));
        assert_eq!(role(&a, "#h2"), Some(Role::OutgoingHost));
        assert_eq!(role(&a, "#p2"), Some(Role::OutgoingPort));
        // The same boxes the other way round.
        let b = plan(vec![
            text("Server", "h1", ""),
            text("Port", "p1", "587"),
            text("Server", "h2", ""),
            text("Port", "p2", "993"),
        ]);
        assert_eq!(role(&b, "#h1"), Some(Role::OutgoingHost));
        assert_eq!(role(&b, "#h2"), Some(Role::IncomingHost));
        // A page that says "SMTP" only further down still starts with the server whose port
        // holds 143.
        let b2 = plan(vec![
            text("Server", "h1", ""),
            text("Port", "p1", "143"),
            text("Server", "h2", ""),
            text("Port", "p2", "465"),
            checkbox("Use SMTP authentication", "auth", false),
        ]);
        assert_eq!(role(&b2, "#h1"), Some(Role::IncomingHost));
        assert_eq!(role(&b2, "#h2"), Some(Role::OutgoingHost));

        // An install wizard's database and administrator logins are another system's, even as
        // password boxes (Gitea's `db_passwd`, Crater's "Database password").
        let c = plan(vec![
            text("SMTP host", "smtp_host", ""),
            text("User", "db_user", ""),
            password("Password", "db_passwd"),
            password("Database password", "database_password"),
            password("Password", "admin_passwd"),
            password("SMTP password", "smtp_password"),
        ]);
        assert_eq!(role(&c, "#db_user"), None);
        assert_eq!(role(&c, "#db_passwd"), None);
        assert_eq!(role(&c, "#database_password"), None);
        assert_eq!(role(&c, "#admin_passwd"), None);
        assert_eq!(role(&c, "#smtp_password"), Some(Role::OutgoingPassword));

        // One caption over a group of boxes that name themselves by placeholder (XenForo's
        // "Email transport method: [Host] : [Port]  [User name] [Password]"): each box is what
        // its placeholder says, and a number box is never an address.
        let grouped = |name: &str, kind: &str, placeholder: &str| {
            let mut c = bare(name, kind, "", "", "");
            c.nearby.term = "Default email transport method".into();
            c.placeholder = placeholder.into();
            c
        };
        let d = plan(vec![
            grouped("g1", "text", "Host"),
            grouped("g2", "number", "Port"),
            grouped("g3", "text", "User name"),
            grouped("g4", "password", "Password"),
        ]);
        assert_eq!(role(&d, "#g1"), Some(Role::OutgoingHost));
        assert_eq!(role(&d, "#g2"), Some(Role::OutgoingPort));
        assert_eq!(role(&d, "#g3"), Some(Role::OutgoingUsername));
        // A sentence in the placeholder is a hint: the caption still decides.
        let e = plan(vec![grouped(
            "r",
            "text",
            "one or more addresses, separated by spaces",
        )]);
        assert_eq!(role(&e, "#r"), Some(Role::Email));
        let f = plan(vec![Control {
            kind: "number".into(),
            ..text("Email", "n", "")
        }]);
        assert_eq!(role(&f, "#n"), None);

        // A choice of SASL mechanisms is the authentication method whatever its caption, and
        // Polish inflects the word ("Metoda uwierzytelniania").
        let mechanisms = [
            ("PLAIN", "PLAIN"),
            ("LOGIN", "LOGIN"),
            ("CRAM-MD5", "CRAM-MD5"),
        ];
        let g = plan(vec![
            text("SMTP server", "server", ""),
            select("Method", "m", &mechanisms, "CRAM-MD5"),
            select(
                "Metoda uwierzytelniania SMTP",
                "pl",
                &[("0", "Nie"), ("1", "Tak")],
                "0",
            ),
        ]);
        assert_eq!(role(&g, "#m"), Some(Role::OutgoingAuth));
        assert_eq!(proposed(&g, "#m").as_deref(), Some("PLAIN"));
        assert_eq!(role(&g, "#pl"), Some(Role::OutgoingAuth));
    }

    #[test]
    fn server_rows_and_other_systems_fields() {
        let on_row = |name: &str, kind: &str, row: &str, value: &str| {
            let mut c = bare(name, kind, "", "", value);
            c.nearby.row_header = row.into();
            c
        };
        // Jitbit, QQ Mail: "POP3 server: [host] [port]" with the port named as one, and the
        // same row with opaque names (the box after the host, port-shaped).
        let a = plan(vec![
            on_row("POP3Server", "text", "POP3 server", ""),
            on_row("POP3Port", "text", "Server", "110"),
            on_row("smtpserver", "text", "SMTP server", ""),
            on_row("smtpport", "text", "SMTP server", ""),
        ]);
        assert_eq!(role(&a, "#POP3Port"), Some(Role::IncomingPort));
        assert_eq!(role(&a, "#smtpport"), Some(Role::OutgoingPort));
        let mut opaque = on_row("f2", "text", "SMTP server", "25");
        opaque.max_length = Some(5);
        let b = plan(vec![on_row("f1", "text", "SMTP server", ""), opaque]);
        assert_eq!(role(&b, "#f2"), Some(Role::OutgoingPort));

        // The machine's own host name beside a relay that names its side (HestiaCP); a second
        // smarthost box of the same list (Checkmk); a password and its confirmation
        // (Hikvision); a web address is no mail server (Artifactory).
        let mut url = text("Custom base URL", "base", "");
        url.placeholder = "https://artifactory.example.com".into();
        let url_then_port = plan(vec![url, text("SMTP port", "smtp_port", "")]);
        assert_eq!(role(&url_then_port, "#base"), None);
        let c = plan(vec![
            text("Host name", "hostname", "srv.example.com"),
            text("SMTP relay host", "relay_host", ""),
            text("", "smtp_relay_host_2", ""),
            text("Port", "relay_port", ""),
            text("User name", "relay_user", ""),
            password("Password", "relay_pass"),
            password("Confirm", "relay_pass2"),
        ]);
        assert_eq!(role(&c, "#hostname"), None);
        assert_eq!(role(&c, "#relay_host"), Some(Role::OutgoingHost));
        assert_eq!(role(&c, "#smtp_relay_host_2"), None);
        assert_eq!(role(&c, "#relay_pass2"), Some(Role::OutgoingPassword));

        // A sending-only page with another system's server below (YouTrack's Jabber block),
        // and an installer's administrator login after the mail settings (Cachet): order
        // alone makes no mail block of them.
        let d = plan(vec![
            text("SMTP server", "smtp_host", ""),
            text("Port", "smtp_port", ""),
            text("Login", "smtp_login", ""),
            password("Password", "smtp_pass"),
            text("Host", "f1", ""),
            text("Port", "f2", ""),
            text("Login", "f3", ""),
            password("Password", "f4"),
        ]);
        for sel in ["#f1", "#f2", "#f3", "#f4"] {
            assert_eq!(role(&d, sel), None, "{sel}");
        }
        assert_eq!(role(&d, "#smtp_login"), Some(Role::OutgoingUsername));
        let e = plan(vec![
            text("Mail host", "mail_host", ""),
            text("Username", "mail_username", ""),
            password("Password", "mail_password"),
            text("Username", "u2", ""),
            password("Password", "p2"),
        ]);
        assert_eq!(role(&e, "#u2"), None);
        assert_eq!(role(&e, "#p2"), None);
        assert!(role(&e, "#mail_username").is_some());

        // A sender named as a display name in its id under a bare "sender" caption, beside
        // the sender address (Hikvision); an address named after a user profile is still an
        // address (Kyocera's `Pop3User1Address`).
        let f = plan(vec![
            bare("teSenderName", "text", "发件人", "", ""),
            bare("teSenderAddress", "text", "发件人地址", "", ""),
            text("SMTP server", "smtp", ""),
        ]);
        assert_eq!(role(&f, "#teSenderName"), None);
        assert_eq!(role(&f, "#teSenderAddress"), Some(Role::Email));
        let g = plan(vec![
            text("POP3 server", "pop", ""),
            text("E-Mail-Adresse", "Pop3User1Address", ""),
            text("Sender address", "from", ""),
        ]);
        assert_eq!(role(&g, "#Pop3User1Address"), Some(Role::Email));
    }

    #[test]
    fn security_and_auth_choices_from_unseen_pages() {
        let securities = [
            ("none", "None"),
            ("ssl_tls", "SSL/TLS"),
            ("starttls", "STARTTLS"),
        ];
        // A list says more than the switch that enables it (Checkmk); of two switches, the
        // SSL one is TLS from the start (Artifactory); a TLS-version list is left alone (PRTG).
        let a = plan(vec![
            text("SMTP server", "smtp", ""),
            select(
                "SSL/TLS method",
                "method",
                &[("0", "SSL V3"), ("1", "TLS 1.2")],
                "0",
            ),
            checkbox("Encryption", "enc_use", false),
            select("Encryption", "enc", &securities, "none"),
        ]);
        assert_eq!(role(&a, "#enc"), Some(Role::OutgoingSecurity));
        assert_eq!(role(&a, "#enc_use"), None);
        assert_eq!(role(&a, "#method"), None);
        assert_eq!(proposed(&a, "#enc").as_deref(), Some("ssl_tls"));
        let b = plan(vec![
            text("SMTP server", "smtp", ""),
            checkbox("Use TLS", "tls", false),
            checkbox("Use SSL", "ssl", false),
        ]);
        assert_eq!(role(&b, "#ssl"), Some(Role::OutgoingSecurity));
        assert_eq!(role(&b, "#tls"), None);
        // A switch captioned "Enable" beside a long description that names both: its first
        // words decide (TYPO3's transport_smtp_encrypt), so the port is 465.
        let mut encrypt = checkbox("Enable", "transport_smtp_encrypt", false);
        encrypt.nearby.left = "only with transport=smtp : Connects to the server using SSL/TLS \
            (disables STARTTLS which is used by default if supported by the server)"
            .into();
        let c = plan(vec![
            text("SMTP server", "smtp", ""),
            text("SMTP port", "smtp_port", ""),
            encrypt,
        ]);
        assert_eq!(proposed(&c, "#smtp_port").as_deref(), Some("465"));
        // Gmail knows nothing of POP before SMTP (Brother).
        let d = plan(vec![
            text("SMTP server", "smtp", ""),
            select(
                "Server authentication",
                "auth",
                &[("0", "None"), ("1", "POP before SMTP"), ("2", "SMTP-AUTH")],
                "0",
            ),
        ]);
        assert_eq!(proposed(&d, "#auth").as_deref(), Some("2"));
    }

    #[test]
    fn rules_of_the_batch_29_round() {
        // "Do not use TLS" is none and "Always use TLS" beside "TLS if supported" STARTTLS,
        // so the plan takes STARTTLS on 587 (Kaspersky Security Center).
        let a = plan(vec![
            text("SMTP server", "smtp", ""),
            text("SMTP server port", "port", "25"),
            select(
                "TLS options for the SMTP server",
                "tls",
                &[
                    ("0", "Do not use TLS"),
                    ("1", "Use TLS if supported by the SMTP server"),
                    ("2", "Always use TLS, verify the server certificate"),
                ],
                "1",
            ),
        ]);
        assert_eq!(proposed(&a, "#tls").as_deref(), Some("1"));
        assert_eq!(proposed(&a, "#port").as_deref(), Some("587"));
        // Decoy boxes that keep browsers from saving the login (Emby) are no login.
        let mut fake_user = text("", "fakeusernameremembered", "");
        fake_user.labels.clear();
        let mut fake_pass = password("", "fakepasswordremembered");
        fake_pass.labels.clear();
        let b = plan(vec![
            fake_user,
            fake_pass,
            text("SMTP server", "smtp", ""),
            text("SMTP username", "user", ""),
            password("SMTP password", "pass"),
        ]);
        assert_eq!(role(&b, "#fakeusernameremembered"), None);
        assert_eq!(role(&b, "#fakepasswordremembered"), None);
        assert_eq!(role(&b, "#user"), Some(Role::OutgoingUsername));
        // A table row headed "Mailserver" over captioned settings: each box is what its own
        // caption says (Contenido); a path on the server is no server.
        let row = |left: &str, name: &str, header: &str| {
            let mut c = text("", name, "");
            c.labels.clear();
            c.nearby.left = left.into();
            c.nearby.row_header = header.into();
            c
        };
        let c = plan(vec![
            row(
                "Serverpfad zu den Versionsdateien:",
                "versioning_path",
                "Versionierung",
            ),
            row("Host:", "mail_host", "Mailserver"),
            row("Benutzer:", "mail_user", "Mailserver"),
            row(
                "Verschlüsselung (leer, ssl oder tls):",
                "mail_encryption",
                "Mailserver",
            ),
            row("Absendername:", "mail_sender_name", "Mailserver"),
        ]);
        assert_eq!(role(&c, "#versioning_path"), None);
        assert_eq!(role(&c, "#mail_host"), Some(Role::OutgoingHost));
        assert_eq!(role(&c, "#mail_user"), Some(Role::OutgoingUsername));
        assert_eq!(role(&c, "#mail_encryption"), Some(Role::OutgoingSecurity));
        assert_eq!(role(&c, "#mail_sender_name"), None);
        // "SMTP 認証用ID" is the SMTP login (Knowledge).
        let d = plan(vec![
            text("SMTP ホスト名", "host", ""),
            text("SMTP 認証用ID(認証する場合のみ)", "smtpId", ""),
            password("SMTP 認証用パスワード(認証する場合のみ)", "smtpPassword"),
        ]);
        assert_eq!(role(&d, "#smtpId"), Some(Role::OutgoingUsername));
    }

    #[test]
    fn rules_of_the_batch_30_round() {
        // A box holding a web address is no mail server's, whatever its caption: a webhook
        // (Yearning), the base of the links in mails (TeamPass), a site's URL (GROWI).
        let a = plan(vec![
            text(
                "SMTP server",
                "hook",
                "https://oapi.example.com/robot/send?token=1",
            ),
            text("SMTP port", "port", "25"),
        ]);
        assert_eq!(role(&a, "#hook"), None);
        assert_eq!(role(&a, "#port"), Some(Role::OutgoingPort));
        // A secondary SMTP server's settings (WeCenter's 次 SMTP), an app's secret (Archery's
        // DingTalk AppSecret) and a sender's nickname (Spug) are not the mail settings.
        let b = plan(vec![
            text("SMTP 服务器", "server", ""),
            text("SMTP 帐户", "username", ""),
            text("次 SMTP 服务器", "slave_server", ""),
            password("AppSecret", "ding_app_secret"),
            text("发件人昵称", "nickname", "Spug运维平台"),
        ]);
        assert_eq!(role(&b, "#server"), Some(Role::OutgoingHost));
        assert_eq!(role(&b, "#slave_server"), None);
        assert_eq!(role(&b, "#ding_app_secret"), None);
        assert_eq!(role(&b, "#nickname"), None);
        // APOP is how the POP3 login is sent, not SMTP authentication (Cybozu Office).
        let c = plan(vec![
            text("POPサーバー", "pop", ""),
            checkbox("APOPで認証する", "APOP", false),
            text("SMTPサーバー", "smtp", ""),
        ]);
        assert_eq!(role(&c, "#APOP"), None);
        // A label-less row captioned "Password" over a clear-text box is the password
        // (Webasyst, Casdoor); a longer caption is still no password's.
        let row = |left: &str, name: &str| {
            let mut c = text("", name, "");
            c.labels.clear();
            c.nearby.left = left.into();
            c
        };
        let d = plan(vec![
            row("SMTP сервер", "host"),
            row("Логин", "login"),
            row("Пароль", "secret"),
        ]);
        assert_eq!(role(&d, "#secret"), Some(Role::OutgoingPassword));
        assert_eq!(proposed(&d, "#secret"), None);
        // "Beveiligde verbinding" is the security switch and "Inloggegevens vereist" the
        // authentication one (Dynamics 365 Business Central, Orchard Core).
        let e = plan(vec![
            text("SMTP-server", "server", ""),
            text("Serverpoort", "port", "25"),
            checkbox("Beveiligde verbinding", "b44", false),
            checkbox("Inloggegevens vereist", "creds", false),
        ]);
        assert_eq!(role(&e, "#b44"), Some(Role::OutgoingSecurity));
        assert_eq!(role(&e, "#creds"), Some(Role::OutgoingAuth));
        assert_eq!(proposed(&e, "#creds").as_deref(), Some("true"));
        // A ticked "Use TLS" beside "Use SSL" (Django's EMAIL_USE_TLS and EMAIL_USE_SSL,
        // which exclude each other: Horilla, Saleor) is turned off when SSL goes on; unticked,
        // it is left alone as before.
        let f = plan(vec![
            text("Email Host", "host", ""),
            text("Email Port", "port", "587"),
            checkbox("Use TLS", "use_tls", true),
            checkbox("Use SSL", "use_ssl", false),
        ]);
        assert_eq!(role(&f, "#use_tls"), Some(Role::OutgoingSecurity));
        assert_eq!(proposed(&f, "#use_tls").as_deref(), Some("false"));
        assert_eq!(proposed(&f, "#use_ssl").as_deref(), Some("true"));
        assert_eq!(proposed(&f, "#port").as_deref(), Some("465"));
    }

    #[test]
    fn rules_of_the_batch_31_round() {
        // "Forward to our address / Connect over IMAP" (Octadesk, Omnidesk): how mail arrives,
        // not which protocol reads it; "IMAP / POP3" still is.
        let radio = |name: &str, options: &[(&str, &str)]| Control {
            kind: "radio".into(),
            ..select("Forma de recebimento", name, options, "imap")
        };
        let a = plan(vec![
            radio(
                "mode",
                &[
                    ("forward", "Redirecionamento para o endereço Octadesk"),
                    ("imap", "Conexão IMAP"),
                ],
            ),
            radio("proto", &[("imap", "IMAP"), ("pop3", "POP3")]),
            text("Servidor IMAP", "imap_host", ""),
        ]);
        assert_eq!(role(&a, "#mode"), None);
        assert_eq!(role(&a, "#proto"), Some(Role::IncomingProtocol));
        // A time zone whose help names the server's is no server; an example after a server's
        // caption ("ex: smtp.mondomaine.ext") does not make it a domain setting (YesWiki).
        let b = plan(vec![
            text(
                "Fuseau horaire du site (ex. UCT, Europe/Paris, GMT = utiliser celui du serveur,)",
                "site_zone",
                "",
            ),
            text(
                r#"Serveur SMTP (ex: "smtp.mondomaine.ext")"#,
                "smtp_host",
                "",
            ),
        ]);
        assert_eq!(role(&b, "#site_zone"), None);
        assert_eq!(role(&b, "#smtp_host"), Some(Role::OutgoingHost));
        let b = plan(vec![
            text("Fuseau horaire du serveur", "zone", ""),
            text("Port SMTP", "port", "25"),
        ]);
        assert_eq!(role(&b, "#zone"), None);
        // "Van adres" (Dutch, From address) is the sender's address, not a server's
        // (ImpressCMS); an RSS feed's login is another system's (Collabtive).
        let row = |left: &str, name: &str, kind: &str| {
            let mut c = text("", name, "");
            c.kind = kind.into();
            c.labels.clear();
            c.nearby.left = left.into();
            c
        };
        let c = plan(vec![
            row("Van adres *", "from", "text"),
            row("SMTP host", "smtphost", "text"),
            row("RSS Gebruikersnaam:", "rssuser", "text"),
            row("RSS wachtwoord:", "rsspass", "password"),
        ]);
        assert_eq!(role(&c, "#from"), Some(Role::Email));
        assert_eq!(role(&c, "#smtphost"), Some(Role::OutgoingHost));
        assert_eq!(role(&c, "#rssuser"), None);
        assert_eq!(role(&c, "#rsspass"), None);
        let c = plan(vec![
            row("Von-Adresse", "from", "text"),
            row("SMTP-Server", "smtphost", "text"),
        ]);
        assert_eq!(role(&c, "#from"), Some(Role::Email));
        // A certificate's fingerprint is no security switch, a second factor no SMTP
        // authentication (grommunio's fetchmail form, innovaphone).
        let d = plan(vec![
            text("IMAP-Server", "server", ""),
            text("SSL-Fingerabdruck", "fingerprint", ""),
            checkbox("Use SSL", "ssl", false),
            text("SMTP-Server", "smtp", ""),
            checkbox("Zwei-Faktor-Authentifizierung", "twofactor", false),
        ]);
        assert_eq!(role(&d, "#fingerprint"), None);
        assert_eq!(role(&d, "#ssl"), Some(Role::IncomingSecurity));
        assert_eq!(role(&d, "#twofactor"), None);
        // Under a heading about IMAP, the port after "Outgoing mail server (SMTP)" is that
        // server's (HubSpot).
        let e = plan(
            [
                text("Incoming mail server (IMAP)", "in_host", ""),
                text("Port", "in_port", "993"),
                text("Outgoing mail server (SMTP)", "out_host", ""),
                text("Port", "out_port", "587"),
            ]
            .into_iter()
            .map(|mut c| {
                c.context.headings = vec!["Connect your email with IMAP".into()];
                c
            })
            .collect(),
        );
        assert_eq!(role(&e, "#out_port"), Some(Role::OutgoingPort));
        assert_eq!(proposed(&e, "#out_port").as_deref(), Some("587"));
        assert_eq!(role(&e, "#in_port"), Some(Role::IncomingPort));
    }

    #[test]
    fn rules_of_the_batch_32_round() {
        // A user agent (phpServerMonitor), a template's title (MacCMS's 用户注册标题), a push
        // service's sender ID (KimsQ's FCM 발신자 ID), a sign-up switch (Sentry's
        // `auth.allow-registration`) and a host's locale (web2project) are not mail settings.
        for (caption, name) in [
            ("User Agent", "agent"),
            ("用户绑定标题", "bind_title"),
            ("FCM 발신자 ID", "fcm_id"),
            ("Host Locale", "locale"),
        ] {
            let a = plan(vec![
                text("SMTP port", "smtp_port", "25"),
                text(caption, name, ""),
            ]);
            assert_eq!(role(&a, &cat(&["#", name])), None, "{caption}");
        }
        let a = plan(vec![
            text("SMTP server", "smtp", ""),
            checkbox("Allow registration", "auth.allow-registration", false),
        ]);
        assert_eq!(role(&a, "#auth.allow-registration"), None);
        // "Disable Authentication?" (PHPCI) would turn authentication off: not the switch that
        // turns it on.
        let b = plan(vec![
            text("SMTP Server", "smtp", ""),
            checkbox("Disable Authentication?", "disable_authentication", false),
        ]);
        assert_eq!(role(&b, "#disable_authentication"), None);
        // APOP is POP3's (ClearOS's protocol list); a local user that fetched mail goes to and
        // an internal mail server are this system's own (ClearOS, Koozali SME).
        let protocols = select(
            "Protocolo",
            "protocol",
            &[("pop3", "POP3"), ("apop", "APOP"), ("imap", "IMAP")],
            "pop3",
        );
        let meanings: Vec<Option<Protocol>> =
            super::super::options::protocol_meanings(&protocols.options)
                .into_iter()
                .map(|(p, _)| p)
                .collect();
        assert_eq!(
            meanings,
            [
                Some(Protocol::Pop3),
                Some(Protocol::Pop3),
                Some(Protocol::Imap)
            ]
        );
        let c = plan(vec![
            text("Servidor de correo", "server", ""),
            text("Nombre de usuario", "username", ""),
            password("Contraseña", "password"),
            protocols,
            text("Nombre de usuario local", "local_username", ""),
            text("Indirizzo del mail server interno", "delegate", ""),
        ]);
        assert_eq!(role(&c, "#protocol"), Some(Role::IncomingProtocol));
        assert_eq!(role(&c, "#username"), Some(Role::IncomingUsername));
        assert_eq!(role(&c, "#local_username"), None);
        let c = plan(vec![
            text("Servidor IMAP", "server", ""),
            text("Nombre de usuario local", "local_username", ""),
        ]);
        assert_eq!(role(&c, "#local_username"), None);
        assert_eq!(role(&c, "#delegate"), None);
        // A switch that uses STARTTLS on its own when the server offers it (OpenProject,
        // Drupal SMTP's "TLS automatisch aktivieren") and a web server's HSTS switch
        // (Filestash's "Force ssl") are not the security choice the plan makes; "automatische
        // e-mails" is no such switch's word.
        let d = plan(vec![
            text("SMTP host", "host", ""),
            checkbox(
                "Automatically use STARTTLS if available",
                "starttls_auto",
                true,
            ),
            checkbox("TLS automatisch aktivieren", "autotls", true),
            checkbox(
                "Force ssl: Enable the web security mechanism called 'Strict Transport Security'",
                "force_ssl",
                false,
            ),
            text(
                "E-mailadres van de afzender voor automatische e-mails",
                "mailfrom",
                "",
            ),
        ]);
        for sel in ["#starttls_auto", "#autotls", "#force_ssl"] {
            assert_eq!(role(&d, sel), None, "{sel}");
        }
        assert_eq!(role(&d, "#mailfrom"), Some(Role::Email));
    }

    #[test]
    fn rules_of_the_batch_34_round() {
        // The application's own settings beside the mail server's: a start page for users
        // logged in (Admidio), an interface style (dotProject), failed logins before an
        // account is locked and how long it stays locked (e-Sales Manager), the shortest user
        // name allowed (dotProject), a messenger's user id (dujiaoka's Telegram pushes). Each
        // holds a login or host word, and none is the mail account's.
        for (caption, name) in [
            ("Startseite (angemeldete Benutzer)", "homepage_login"),
            ("Default User Interface Style", "host_style"),
            ("ログイン失敗回数", "loginFailCount"),
            ("アカウント停止時間", "accountLockMinutes"),
            ("Minimum Username Length", "username_minimum"),
            ("Telegram 用户 ID", "telegram_userid"),
        ] {
            let a = plan(vec![
                text("SMTP port", "smtp_port", "25"),
                text(caption, name, ""),
            ]);
            assert_eq!(role(&a, &cat(&["#", name])), None, "{caption}");
        }
        // A captcha switch is no authentication switch; a bare 验证码 is QQ Mail's
        // authorisation code, its SMTP password (NiuShop's "SMTP身份验证码").
        let b = plan(vec![
            text("SMTP服务器", "smtp_host", ""),
            text("SMTP用户名", "smtp_user", ""),
            checkbox("是否开启图形验证码", "switch_2", true),
            text("SMTP身份验证码", "email_pass", ""),
        ]);
        assert_eq!(role(&b, "#switch_2"), None);
        assert_eq!(role(&b, "#email_pass"), Some(Role::OutgoingPassword));
    }

    #[test]
    fn auth_choices_gmail_accepts() {
        // Unraid: CRAM-MD5 comes first, but Gmail offers LOGIN and PLAIN only.
        let a = plan(vec![
            text("SMTP server", "server", ""),
            select(
                "Authentication method",
                "auth",
                &[
                    ("none", "None"),
                    ("cram-md5", "CRAM-MD5"),
                    ("login", "Login"),
                    ("plain", "Plain"),
                ],
                "none",
            ),
        ]);
        assert_eq!(proposed(&a, "#auth").as_deref(), Some("login"));
        // OX App Suite: "use the incoming server's login" is the Gmail login.
        let b = plan(vec![
            text("IMAP server", "imap_server", ""),
            text("SMTP server", "smtp_server", ""),
            select(
                "SMTP authentication",
                "smtp_auth",
                &[
                    ("custom", "Eigene Anmeldedaten verwenden"),
                    (
                        "mail",
                        "Anmeldedaten des Servers für eingehende E-Mails verwenden",
                    ),
                    ("none", "Keine Authentifizierung"),
                ],
                "none",
            ),
        ]);
        assert_eq!(proposed(&b, "#smtp_auth").as_deref(), Some("mail"));
    }

    #[test]
    fn statuses_keep_replace_fill_and_never_a_password() {
        let a = plan(vec![
            text("SMTP Host", "smtp_host", "smtp.gmail.com"),
            text("SMTP Port", "smtp_port", "25"),
            text("SMTP Username", "smtp_user", ""),
            password("SMTP Password", "smtp_pass"),
        ]);
        let host = entry(&a, "#smtp_host");
        assert_eq!(
            (host.status, host.action.clone()),
            (EntryStatus::Keep, None)
        );
        let port = entry(&a, "#smtp_port");
        assert_eq!(port.status, EntryStatus::Replace);
        assert_eq!(port.current, "25");
        assert_eq!(
            port.action,
            Some(FillAction::SetValue {
                value: "587".into()
            })
        );
        assert_eq!(entry(&a, "#smtp_user").status, EntryStatus::Fill);
        let pass = entry(&a, "#smtp_pass");
        assert_eq!(
            (pass.status, pass.action.clone(), pass.current.as_str()),
            (EntryStatus::Keep, None, "")
        );
        assert!(a.plan.entries.iter().all(|e| !e.reason.is_empty()));
    }

    #[test]
    fn a_replaced_choice_is_named_by_the_text_the_user_sees() {
        let a = plan(vec![
            text("SMTP Host", "smtp_host", ""),
            select(
                "SMTP Security",
                "smtp_sec",
                &[("0", "None"), ("1", "SSL/TLS"), ("2", "STARTTLS")],
                "0",
            ),
            text("SMTP Port", "smtp_port", "25"),
        ]);
        let security = entry(&a, "#smtp_sec");
        assert_eq!(security.status, EntryStatus::Replace);
        assert_eq!(security.current, "0");
        assert!(
            security.reason.starts_with("replaces \"None\": "),
            "{}",
            security.reason
        );
        // A text box has no option text: its value is what it shows.
        let port = entry(&a, "#smtp_port");
        assert!(
            port.reason.starts_with("replaces \"25\": "),
            "{}",
            port.reason
        );
    }

    #[test]
    fn blocks_and_shared_login() {
        let a = plan(vec![
            text("Username", "user", ""),
            password("Password", "pass"),
            text("IMAP server", "imap_host", ""),
            text("SMTP server", "smtp_host", ""),
        ]);
        let user = a.fields.iter().find(|f| f.selector == "#user").unwrap();
        assert_eq!(
            (user.role, user.section.as_str()),
            (Role::IncomingUsername, "shared")
        );
        let titles: Vec<&str> = a.blocks.iter().map(|b| b.title.as_str()).collect();
        assert_eq!(titles, ["Incoming (IMAP)", "Outgoing (SMTP)"]);
        assert!(a.blocks[1].selectors.contains(&"#user".to_owned()));
    }

    #[test]
    fn too_many_controls_is_a_typed_error() {
        let snapshot = FormSnapshot {
            controls: vec![Control::default(); MAX_CONTROLS + 1],
            ..FormSnapshot::default()
        };
        assert_eq!(
            analyze(&snapshot, None),
            Err(AnalysisError::TooManyControls {
                count: MAX_CONTROLS + 1,
                limit: MAX_CONTROLS
            })
        );
        assert_eq!(
            analyze(&FormSnapshot::default(), None).map(|a| a.fields.len()),
            Ok(0)
        );
    }

    fn role(a: &Analysis, sel: &str) -> Option<Role> {
        a.fields.iter().find(|f| f.selector == sel).map(|f| f.role)
    }

    #[test]
    fn a_caption_naming_server_and_port_is_one_box_for_both() {
        for caption in [
            "Server e porta SMTP",
            "SMTP server and port",
            "SMTP服务器和端口",
        ] {
            let a = plan(vec![
                text(caption, "f1", "localhost"),
                text("SMTP username", "f3", ""),
            ]);
            assert_eq!(role(&a, "#f1"), Some(Role::OutgoingHost), "{caption}");
            assert_eq!(
                proposed(&a, "#f1").as_deref(),
                Some("smtp.gmail.com:587"),
                "{caption}"
            );
            // The caption over a host box and a port box beside it (Chevereto's "Servidor y
            // puerto SMTP", Xerox's "Adresse IP / Nom d'hôte et port"): the port goes in its box.
            let a = plan(vec![
                text(caption, "f1", "localhost"),
                text("SMTP port", "f2", "25"),
                text("SMTP username", "f3", ""),
            ]);
            assert_eq!(role(&a, "#f1"), Some(Role::OutgoingHost), "{caption}");
            assert_eq!(
                proposed(&a, "#f1").as_deref(),
                Some("smtp.gmail.com"),
                "{caption}"
            );
            assert_eq!(proposed(&a, "#f2").as_deref(), Some("587"), "{caption}");
        }
        // A port of the server stays a port.
        let a = plan(vec![
            text("SMTP server", "f1", ""),
            text("Server port", "f2", "25"),
        ]);
        assert_eq!(role(&a, "#f2"), Some(Role::OutgoingPort));
    }

    #[test]
    fn a_switch_for_one_method_is_not_the_authentication_switch() {
        let a = plan(vec![
            text("SMTP server", "host", ""),
            checkbox("SMTP authentication", "auth", false),
            checkbox("CRAM-MD5", "cram", true),
            checkbox("NTLMv1", "ntlm", true),
            checkbox("Use POP before SMTP", "pbs", false),
            text("User name", "user", ""),
        ]);
        assert_eq!(role(&a, "#auth"), Some(Role::OutgoingAuth));
        for (caption, name) in [
            ("CRAM-MD5", "cram"),
            ("NTLMv1", "ntlm"),
            ("Kerberos", "krb"),
            ("Kerberos認証:", "krb"),
            ("CRAM-MD5 authentication", "cram"),
            ("送信時の認証(POP before SMTP)", "pbs"),
        ] {
            let c = super::super::classify::classify(&checkbox(caption, name, true));
            assert_eq!(c.concept, None, "{caption}: {:?}", c.signals);
        }
        for sel in ["#cram", "#ntlm", "#pbs"] {
            assert!(
                matches!(role(&a, sel), None | Some(Role::Ignore)),
                "{sel}: {:?}",
                role(&a, sel)
            );
        }
    }

    #[test]
    fn a_reception_protocol_beside_smtp_and_a_port_per_protocol() {
        let a = plan(vec![
            text("POP3/IMAP4 server name", "rcvServer", ""),
            select(
                "Reception protocol",
                "rcvProtocol",
                &[("pop3", "POP3"), ("imap4", "IMAP4"), ("smtp", "SMTP")],
                "pop3",
            ),
            text("POP3 reception port", "pop3RcvPortNo", "110"),
            text("IMAP4 reception port", "imap4RcvPortNo", "143"),
        ]);
        assert_eq!(role(&a, "#rcvProtocol"), Some(Role::IncomingProtocol));
        assert_eq!(proposed(&a, "#rcvProtocol").as_deref(), Some("imap4"));
        assert_eq!(
            proposed(&a, "#rcvServer").as_deref(),
            Some("imap.gmail.com")
        );
        assert_eq!(proposed(&a, "#imap4RcvPortNo").as_deref(), Some("993"));
        assert!(matches!(
            role(&a, "#pop3RcvPortNo"),
            None | Some(Role::Ignore)
        ));
    }

    #[test]
    fn an_incoming_address_beside_an_outgoing_one_is_not_the_sender() {
        let a = plan(vec![
            text("Outgoing email address", "email_out", ""),
            text("Incoming email address", "email_in", ""),
            text("SMTP host", "smtp_host", ""),
        ]);
        assert_eq!(role(&a, "#email_out"), Some(Role::Email));
        assert!(matches!(role(&a, "#email_in"), None | Some(Role::Ignore)));
        // A name alone (`Pop3User1Address`) names whose address it is, not its direction.
        let a = plan(vec![
            text("Sender address", "SenderAddress", ""),
            text("Email address", "Pop3User1Address", ""),
            text("POP3 server", "Pop3User1SrvName", ""),
        ]);
        assert_eq!(role(&a, "#Pop3User1Address"), Some(Role::Email));
    }

    #[test]
    fn the_pop3_server_of_pop_before_smtp_is_left_alone() {
        let page = |extra: Vec<Control>| {
            let mut controls = vec![
                select(
                    "Authentication method",
                    "auth",
                    &[("0", "None"), ("1", "SMTP AUTH"), ("2", "POP before SMTP")],
                    "0",
                ),
                text("Authentication user name", "account", ""),
                password("Authentication password", "secret"),
                text("SMTP server address", "smtp", ""),
                text("SMTP server port", "smtpport", "25"),
                text("POP3 server address", "pop", ""),
                text("POP3 server port", "popport", "110"),
            ];
            controls.extend(extra);
            plan(controls)
        };
        let a = page(vec![]);
        assert!(matches!(role(&a, "#pop"), None | Some(Role::Ignore)));
        assert!(matches!(role(&a, "#popport"), None | Some(Role::Ignore)));
        assert_eq!(role(&a, "#account"), Some(Role::OutgoingUsername));
        assert_eq!(role(&a, "#secret"), Some(Role::OutgoingPassword));
        // The same servers with a POP3 security setting of their own: the device reads mail.
        let a = page(vec![checkbox("Use SSL for POP3", "popssl", false)]);
        assert_eq!(role(&a, "#pop"), Some(Role::IncomingHost));
        assert_eq!(role(&a, "#popport"), Some(Role::IncomingPort));
    }

    #[test]
    fn the_block_after_a_pop_before_smtp_switch_is_that_methods() {
        let a = plan(vec![
            text("Mail server", "smtpServer", ""),
            text("SMTP port", "smtpPort", "25"),
            checkbox("Enable SMTP authentication", "smtpAuth", false),
            text("User name", "smtpUser", ""),
            password("Password", "smtpPass"),
            checkbox("Enable POP before SMTP authentication", "pbs", false),
            text("POP server", "popServer", ""),
            text("User name", "popUser", ""),
            password("Password", "popPass"),
            text("Health monitoring interval", "interval", "5"),
        ]);
        for sel in ["#popServer", "#popUser", "#popPass"] {
            assert!(matches!(role(&a, sel), None | Some(Role::Ignore)), "{sel}");
        }
        assert_eq!(role(&a, "#smtpServer"), Some(Role::OutgoingHost));
        assert_eq!(role(&a, "#smtpUser"), Some(Role::OutgoingUsername));
        // The same switch before the SMTP login: the block it names is not a POP3 one.
        let a = plan(vec![
            checkbox("Use POP before SMTP", "pbs", false),
            checkbox("SMTP authentication", "smtpAuth", false),
            text("SMTP server", "smtp", ""),
            text("POP3 server", "pop", ""),
            text("POP3 user", "popUser", ""),
        ]);
        assert_eq!(role(&a, "#smtp"), Some(Role::OutgoingHost));
        assert_eq!(role(&a, "#pop"), Some(Role::IncomingHost));
        // Samsung's SyncThru: the switch and its POP3 rows under one "Authentication" legend
        // with the SMTP login, in a form posted to `smtp.json`; the POP3 rows' own words
        // outweigh their context's.
        let mut controls = vec![
            checkbox("SMTP requires authentication", "smtpAuth", false),
            text("Login ID", "smtpLogin", ""),
            password("SMTP password", "smtpPass"),
            checkbox("Use POP3 before SMTP", "pbs", false),
            text("POP3 server", "pop", ""),
            text("POP3 port", "popPort", "110"),
            password("POP3 password", "popPass"),
        ];
        for c in &mut controls {
            c.context.legends = vec!["Authentication".into()];
            c.context.form.action = "/sws/app/network/smtp/smtp.json".into();
        }
        let a = plan(controls);
        for sel in ["#pop", "#popPort", "#popPass"] {
            assert!(matches!(role(&a, sel), None | Some(Role::Ignore)), "{sel}");
        }
        assert_eq!(role(&a, "#smtpPass"), Some(Role::OutgoingPassword));
    }

    #[test]
    fn a_primary_and_a_secondary_server_without_words_are_one_servers() {
        let a = plan(vec![
            // Sharp's SMTP tab: "Primary server", "Secondary server", "Port number".
            text("プライマリーサーバー:", "s1", ""),
            text("セカンダリーサーバー:", "s2", ""),
            text("ポート番号:", "port", "25"),
            text("送信者アドレス:", "from", ""),
            text("POP3サーバー:", "pop", ""),
            text("ポート番号:", "popport", "110"),
        ]);
        assert_eq!(role(&a, "#s1"), Some(Role::OutgoingHost));
        assert!(matches!(role(&a, "#s2"), None | Some(Role::Ignore)));
    }

    #[test]
    fn a_choice_holding_smtp_says_a_silent_page_sends() {
        // ioBroker's e-mail adapter: a drawn "Transport" list whose hidden input holds "SMTP",
        // then Host, Port, User and Password with no word about either side.
        let page = |transport: &str| {
            let mut hidden = text("", "", transport);
            hidden.selector = "#transport".into();
            hidden.visible = false;
            plan(vec![
                hidden,
                text("Host", "host", ""),
                text("Port", "port", ""),
                text("User", "user", ""),
                password("Password", "pass"),
            ])
        };
        let a = page("SMTP");
        assert_eq!(role(&a, "#host"), Some(Role::OutgoingHost));
        assert_eq!(role(&a, "#port"), Some(Role::OutgoingPort));
        assert_eq!(role(&a, "#user"), Some(Role::OutgoingUsername));
        // Without it the page reads as a mail account's (SOGo's "Server name").
        let a = page("");
        assert_eq!(role(&a, "#host"), Some(Role::IncomingHost));
    }

    #[test]
    fn a_login_above_a_server_with_none_is_that_servers() {
        // Axis's recipient form: the login comes before the server, only the port's number
        // says which side the server is, and a "POP" switch below tips the page to reading.
        let mut pop = checkbox("", "", false);
        pop.selector = "#pop".into();
        pop.nearby.below = "Autenticación POP".into();
        let a = plan(vec![
            text("Enviar correo electrónico desde", "from", ""),
            text("Nombre de usuario", "user", ""),
            password("Contraseña", "pass"),
            text("Nombre del servidor de correo electrónico", "server", ""),
            text("Puerto", "port", "587"),
            pop,
        ]);
        assert_eq!(role(&a, "#user"), Some(Role::OutgoingUsername));
        assert_eq!(role(&a, "#pass"), Some(Role::OutgoingPassword));
        assert_eq!(role(&a, "#server"), Some(Role::OutgoingHost));
        // A login after a server that has its own is another system's (an installer's
        // administrator account).
        let a = plan(vec![
            text("SMTP server", "smtp", ""),
            text("SMTP user", "smtpUser", ""),
            password("SMTP password", "smtpPass"),
            text("Username", "admin", ""),
            password("Password", "adminPass"),
        ]);
        assert_eq!(role(&a, "#smtpUser"), Some(Role::OutgoingUsername));
        assert!(matches!(role(&a, "#admin"), None | Some(Role::Ignore)));
    }

    #[test]
    fn an_ip_address_box_beside_a_host_name_box_is_left_alone() {
        // Samsung's SyncThru: the SMTP server as an IPv4 address or as a host name.
        let a = plan(vec![
            text("SMTP server: IPv4 address", "smtpServerIpv4", "0.0.0.0"),
            text("Host name", "smtpServerHostname", ""),
            text("SMTP server port", "smtpServerPort", "25"),
        ]);
        assert!(matches!(
            role(&a, "#smtpServerIpv4"),
            None | Some(Role::Ignore)
        ));
        assert_eq!(role(&a, "#smtpServerHostname"), Some(Role::OutgoingHost));
        // A first box that takes a name or an address keeps the role.
        let a = plan(vec![
            text("SMTP server name / IP address", "smtpServer", ""),
            text("Alternate server IP address", "smtpServer2", ""),
            text("SMTP port", "smtpPort", "25"),
        ]);
        assert_eq!(role(&a, "#smtpServer"), Some(Role::OutgoingHost));
        assert!(matches!(
            role(&a, "#smtpServer2"),
            None | Some(Role::Ignore)
        ));
    }

    #[test]
    fn a_clear_text_password_captioned_beside_it_is_no_login_or_server() {
        // DedeCMS: caption cells beside unlabelled boxes, the password in a clear text box.
        let row = |caption: &str, name: &str| Control {
            labels: Vec::new(),
            nearby: super::super::snapshot::Nearby {
                row_header: caption.into(),
                ..Default::default()
            },
            ..text("", name, "")
        };
        let a = plan(vec![
            row("SMTP服务器：", "edit___cfg_smtp_server"),
            row("SMTP服务器端口：", "edit___cfg_smtp_port"),
            row("SMTP服务器的用户帐号：", "edit___cfg_smtp_user"),
            row("SMTP服务器的用户密码：", "edit___cfg_smtp_password"),
            row("Cookie加密码：", "edit___cfg_cookie_encode"),
        ]);
        assert_eq!(
            role(&a, "#edit___cfg_smtp_password"),
            Some(Role::OutgoingPassword)
        );
        assert_eq!(proposed(&a, "#edit___cfg_smtp_password"), None);
        assert_eq!(
            role(&a, "#edit___cfg_smtp_user"),
            Some(Role::OutgoingUsername)
        );
        assert!(matches!(
            role(&a, "#edit___cfg_cookie_encode"),
            None | Some(Role::Ignore)
        ));
    }

    #[test]
    fn a_login_type_beside_one_protocol_is_not_the_protocol_choice() {
        let a = plan(vec![
            text("POP3 server address", "POP3ServerAddress", ""),
            select(
                "Login type",
                "POP3LoginType",
                &[("AUTO", "Auto"), ("POP3", "POP3"), ("APOP", "APOP")],
                "AUTO",
            ),
            text("POP3 account name", "POP3AccountName", ""),
        ]);
        assert!(matches!(
            role(&a, "#POP3LoginType"),
            None | Some(Role::Ignore)
        ));
        // A choice between the two protocols still is one, whatever else it offers.
        let a = plan(vec![
            select(
                "Type",
                "type",
                &[("pop3", "POP3"), ("imap", "IMAP"), ("apop", "APOP")],
                "pop3",
            ),
            text("Server", "host", ""),
        ]);
        assert_eq!(role(&a, "#type"), Some(Role::IncomingProtocol));
    }

    #[test]
    fn a_notification_address_is_a_recipient_unless_it_names_the_sender() {
        let a = plan(vec![
            text("Send email notifications from", "from", ""),
            text("E-Mail-Adresse für Systembenachrichtigungen", "notify", ""),
            text("SMTP server", "host", ""),
        ]);
        assert_eq!(role(&a, "#from"), Some(Role::Email));
        assert!(matches!(role(&a, "#notify"), None | Some(Role::Ignore)));
    }

    #[test]
    fn the_second_server_of_a_named_pair_is_left_alone() {
        let server = |prefix: &str| {
            vec![
                Control {
                    id: format!("id{prefix}_server_name"),
                    ..text("Server Name", "", "")
                },
                Control {
                    id: format!("id{prefix}_smtp_port"),
                    ..text("SMTP Port", "", "25")
                },
                Control {
                    id: format!("id{prefix}_username"),
                    ..text("Username", "", "")
                },
            ]
            .into_iter()
            .map(|c| Control {
                selector: format!("#{}", c.id),
                ..c
            })
            .collect::<Vec<_>>()
        };
        let a = plan([server("primary"), server("secondary")].concat());
        assert_eq!(role(&a, "#idprimary_server_name"), Some(Role::OutgoingHost));
        assert_eq!(role(&a, "#idprimary_smtp_port"), Some(Role::OutgoingPort));
        for sel in ["#idsecondary_smtp_port", "#idsecondary_username"] {
            assert!(matches!(role(&a, sel), None | Some(Role::Ignore)), "{sel}");
        }
        // Without its counterpart, a box named as a backup's is still read by its label.
        let a = plan(server("backup"));
        assert_eq!(role(&a, "#idbackup_smtp_port"), Some(Role::OutgoingPort));
    }

    #[test]
    fn a_bare_sender_caption_above_the_sender_address_is_the_name() {
        for (name, address) in [("发件人", "发件人邮箱地址"), ("From", "From address")] {
            let a = plan(vec![
                text(name, "s1", ""),
                text(address, "s2", ""),
                text("SMTP server", "host", ""),
            ]);
            assert!(
                matches!(role(&a, "#s1"), None | Some(Role::Ignore)),
                "{name}"
            );
            assert_eq!(role(&a, "#s2"), Some(Role::Email), "{address}");
        }
        // The word in another of its forms ("Nadawca" over "Adres nadawcy", VIGI).
        let a = plan(vec![
            text("Nadawca", "s1", ""),
            text("Adres nadawcy", "s2", ""),
            text("Serwer SMTP", "host", ""),
        ]);
        assert!(matches!(role(&a, "#s1"), None | Some(Role::Ignore)));
        assert_eq!(role(&a, "#s2"), Some(Role::Email));
        // Beside an address captioned otherwise, "From" is still the address it sends from.
        let a = plan(vec![
            text("From", "s1", ""),
            text("Sender address", "s2", ""),
            text("SMTP server", "host", ""),
        ]);
        assert_eq!(role(&a, "#s1"), Some(Role::Email));
    }

    #[test]
    fn the_applications_own_host_under_another_legend_is_left_alone() {
        let under = |legend: &str, c: Control| Control {
            context: super::super::snapshot::Context {
                legends: vec![legend.into()],
                ..Default::default()
            },
            ..c
        };
        let page = |general: &str| {
            plan(vec![
                under(general, text("Host", "host", "files.example.com")),
                under(general, text("Port", "port", "8334")),
                under("Email", text("SMTP server", "server", "")),
                under("Email", text("SMTP port", "smtp_port", "587")),
                under("Email", text("Username", "username", "")),
            ])
        };
        let a = page("General");
        for sel in ["#host", "#port"] {
            assert!(matches!(role(&a, sel), None | Some(Role::Ignore)), "{sel}");
        }
        assert_eq!(role(&a, "#server"), Some(Role::OutgoingHost));
        assert_eq!(role(&a, "#username"), Some(Role::OutgoingUsername));
        // A legend that names a mail setting keeps its fields.
        let a = page("Server");
        assert!(role(&a, "#host").is_some_and(|r| r != Role::Ignore));
    }

    #[test]
    fn a_switch_that_disables_tls_is_left_off() {
        for (caption, on) in [("Disable TLS/SSL", "false"), ("Use TLS/SSL", "true")] {
            let a = plan(vec![
                text("SMTP server", "host", ""),
                text("SMTP port", "port", "25"),
                checkbox(caption, "tls", false),
            ]);
            assert_eq!(role(&a, "#tls"), Some(Role::OutgoingSecurity), "{caption}");
            assert_eq!(proposed(&a, "#tls").as_deref(), Some(on), "{caption}");
            assert_eq!(proposed(&a, "#port").as_deref(), Some("465"), "{caption}");
        }
    }

    #[test]
    fn a_heading_naming_smtp_beside_sms_is_mails() {
        // Opengear's "System: SMTP & SMS": the SMTP rows are mail settings.
        let heading = |c: Control, h: &str| Control {
            context: super::super::snapshot::Context {
                headings: vec![h.into()],
                ..Default::default()
            },
            ..c
        };
        for (h, mail) in [("System: SMTP & SMS", true), ("SMS gateway", false)] {
            let a = plan(vec![
                heading(text("SMTP Server", "smtp.server", ""), h),
                heading(text("SMTP Port", "smtp.port", ""), h),
                heading(text("Username", "smtp.username", ""), h),
            ]);
            let host = role(&a, "#smtp.server").unwrap_or(Role::Ignore);
            assert_eq!(host == Role::OutgoingHost, mail, "{h}");
        }
    }

    #[test]
    fn tls_beside_starttls_and_ssl_is_tls_from_the_start() {
        // Opengear's None / SSL / TLS / STARTTLS.
        let encryption = select(
            "Encryption",
            "encryption",
            &[
                ("None", "None"),
                ("SSL", "SSL"),
                ("TLS", "TLS"),
                ("STARTTLS", "STARTTLS"),
            ],
            "None",
        );
        assert_eq!(
            crate::form::options::security_meanings(&encryption.options, None),
            vec![
                Some(Security::None),
                Some(Security::ImplicitTls),
                Some(Security::ImplicitTls),
                Some(Security::Starttls)
            ]
        );
        let a = plan(vec![
            text("SMTP Server", "host", ""),
            text("SMTP Port", "port", ""),
            encryption,
        ]);
        assert_eq!(proposed(&a, "#port").as_deref(), Some("465"));
        // "TLS" beside "SSL" alone is still STARTTLS (PHPMailer).
        let c = select("Encryption", "e", &[("ssl", "SSL"), ("tls", "TLS")], "");
        assert_eq!(
            crate::form::options::security_meanings(&c.options, None),
            vec![Some(Security::ImplicitTls), Some(Security::Starttls)]
        );
    }

    #[test]
    fn a_box_named_for_the_greeting_is_no_server() {
        // webtrees' SMTP_HELO, captioned "Nazwa serwera wysyłającego".
        let a = plan(vec![
            text("Nazwa serwera", "SMTP_HOST", ""),
            text("Numer portu", "SMTP_PORT", "25"),
            text(
                "Nazwa serwera wysyłającego",
                "SMTP_HELO",
                "localhost.localdomain",
            ),
        ]);
        assert_eq!(role(&a, "#SMTP_HOST"), Some(Role::OutgoingHost));
        assert!(matches!(role(&a, "#SMTP_HELO"), None | Some(Role::Ignore)));
        assert_eq!(proposed(&a, "#SMTP_HELO"), None);
    }

    #[test]
    fn an_account_name_beside_a_password_and_no_other_login_is_the_login() {
        // Arcserve UDP: "Nom du compte" and "Mot de passe" under "Authentification requise",
        // a "De :" sender box, no other login.
        let page = |extra: Option<Control>| {
            let mut controls = vec![
                text("Serveur de messagerie :", "server", ""),
                text("Port :", "port", "25"),
                checkbox("Authentification requise", "auth", false),
                text("Nom du compte :", "account", ""),
                password("Mot de passe :", "pass"),
                text("De :", "from", ""),
            ];
            controls.extend(extra);
            plan(controls)
        };
        let a = page(None);
        assert_eq!(role(&a, "#account"), Some(Role::OutgoingUsername));
        assert_eq!(
            proposed(&a, "#account").as_deref(),
            Some("jane@example.com")
        );
        assert_eq!(role(&a, "#from"), Some(Role::Email));
        // With a login box of its own the account name is what the list calls it.
        let a = page(Some(text("Nom d'utilisateur :", "user", "")));
        assert_eq!(role(&a, "#user"), Some(Role::OutgoingUsername));
        assert!(matches!(role(&a, "#account"), None | Some(Role::Ignore)));
    }

    #[test]
    fn from_alone_as_a_caption_is_the_sender() {
        for caption in ["De :", "Von:", "Da", "Van", "Od:", "От:"] {
            let a = plan(vec![
                text("SMTP server", "host", ""),
                text("SMTP port", "port", "25"),
                text(caption, "field3", ""),
            ]);
            assert_eq!(role(&a, "#field3"), Some(Role::Email), "{caption}");
        }
        // Inside a longer caption the short word says nothing ("Nombre de pila", a first name).
        let a = plan(vec![
            text("SMTP server", "host", ""),
            text("Nombre de pila", "first", ""),
        ]);
        assert!(matches!(role(&a, "#first"), None | Some(Role::Ignore)));
    }

    #[test]
    fn use_credentials_turns_authentication_on_and_anonymous_is_off() {
        let a = plan(vec![
            text("Server Address", "host", ""),
            checkbox("Use credentials", "UseCredentials", false),
            text("Username", "user", ""),
            password("Password", "pass"),
        ]);
        assert_eq!(role(&a, "#UseCredentials"), Some(Role::OutgoingAuth));
        assert_eq!(proposed(&a, "#UseCredentials").as_deref(), Some("true"));
        // Dell Unity's "Autenticazione: Anonima / Di base" radios.
        let a = plan(vec![
            text("Indirizzo server SMTP", "smtpServerAddress", ""),
            select(
                "Autenticazione",
                "authType",
                &[("Anonymous", "Anonima"), ("Basic", "Di base")],
                "Anonymous",
            ),
            text("Nome utente", "smtpUsername", ""),
        ]);
        assert_eq!(role(&a, "#authType"), Some(Role::OutgoingAuth));
        assert_eq!(proposed(&a, "#authType").as_deref(), Some("Basic"));
    }

    #[test]
    fn the_address_that_receives_mail_is_a_recipient() {
        // Typecho's CommentToMail: "接收邮件的地址" is where notices go, not the sender.
        let a = plan(vec![
            text("SMTP地址", "host", ""),
            text("SMTP端口", "port", "25"),
            text("接收邮件的地址", "mail", ""),
        ]);
        assert!(matches!(role(&a, "#mail"), None | Some(Role::Ignore)));
    }
}
