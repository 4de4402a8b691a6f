//! Sections: which fields describe the incoming server and which the outgoing one. Evidence
//! in order of strength: the control's own words (an `smtp_host` name, an "IMAP server"
//! label), its surroundings (fieldset legend, tab caption, headings, form id), then order: as
//! in Firefox and Chromium, a repeated host or port starts a new section. A lone username or
//! password next to two servers is shared by both.

use super::classify::{Classified, Side, SideScore};
use super::vocabulary::Concept;
use crate::prelude::*;

/// Where one field belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The incoming server's block.
    Incoming,
    /// The outgoing server's block.
    Outgoing,
    /// One username or password used for both servers.
    Shared,
    /// Account-level fields (the email address).
    Account,
}

impl Section {
    /// The spelling used in [`super::FieldReport::section`].
    pub const fn as_str(self) -> &'static str {
        match self {
            Section::Incoming => "incoming",
            Section::Outgoing => "outgoing",
            Section::Shared => "shared",
            Section::Account => "account",
        }
    }

    /// The server side this section fills (shared fields take the incoming role).
    pub const fn side(self) -> Option<Side> {
        match self {
            Section::Incoming | Section::Shared => Some(Side::Incoming),
            Section::Outgoing => Some(Side::Outgoing),
            Section::Account => None,
        }
    }
}

fn from_side(side: Side) -> Section {
    match side {
        Side::Incoming => Section::Incoming,
        Side::Outgoing => Section::Outgoing,
    }
}

/// How sure the side of one field is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Evidence {
    Own,
    Context,
    Order,
}

fn decide(own: SideScore, context: SideScore) -> Option<(Side, Evidence)> {
    if let Some(side) = own.decide() {
        return Some((side, Evidence::Own));
    }
    context.decide().map(|side| (side, Evidence::Context))
}

/// Concepts whose repetition starts the other block.
const STARTS_BLOCK: [Concept; 4] = [
    Concept::Host,
    Concept::Port,
    Concept::Username,
    Concept::Password,
];

/// A side word that the names of two fields of one kind share (Trudesk's `mailerHost` and
/// `mailerCheckHost`, a prefix on every field of the page) cannot tell them apart: such name
/// evidence is dropped from every field, and labels, context and order decide.
fn shared_name_side(fields: &[Classified]) -> SideScore {
    let mut drop = SideScore::default();
    for concept in STARTS_BLOCK {
        for side in [Side::Incoming, Side::Outgoing] {
            let named = fields
                .iter()
                .filter(|f| f.concept == Some(concept) && f.name_side.decide() == Some(side))
                .count();
            if named >= 2 {
                match side {
                    Side::Incoming => drop.incoming = 1.0,
                    Side::Outgoing => drop.outgoing = 1.0,
                }
            }
        }
    }
    drop
}

/// Assigns a section to every classified control (None for ignored ones).
pub fn assign(fields: &[Classified]) -> Vec<Option<Section>> {
    let drop = shared_name_side(fields);
    if drop != SideScore::default() {
        let fields: Vec<Classified> = fields
            .iter()
            .map(|f| {
                let mut f = f.clone();
                f.own_side.incoming -= drop.incoming * f.name_side.incoming;
                f.own_side.outgoing -= drop.outgoing * f.name_side.outgoing;
                f
            })
            .collect();
        return assign_sides(&fields);
    }
    assign_sides(fields)
}

fn assign_sides(fields: &[Classified]) -> Vec<Option<Section>> {
    let page = fields
        .iter()
        .fold(SideScore::default(), |acc, f| SideScore {
            incoming: acc.incoming + f.own_side.incoming + f.context_side.incoming,
            outgoing: acc.outgoing + f.own_side.outgoing + f.context_side.outgoing,
        });
    // A page that never mentions the incoming side (a CMS "SMTP settings" page) is outgoing.
    let has_protocol = fields.iter().any(|f| f.concept == Some(Concept::Protocol));
    // A page without a word about either side is a mail account form (SOGo's "Server name");
    // a page that speaks only of sending (a CMS "SMTP settings" page) is outgoing.
    // A silent page with one server and a "requires authentication" switch is a sending form
    // (Proxmox's "Server / Authenticate / From Address"): account forms do not ask that.
    let silent = page.incoming == 0.0 && page.outgoing == 0.0;
    let count = |c: Concept| fields.iter().filter(|f| f.concept == Some(c)).count();
    // So is one with one server and a sender address (Kibana's e-mail connector: "Expéditeur",
    // "Hôte", "Port", then a login under "Authentification" with its switch drawn, no control).
    let sending =
        (count(Concept::Auth) > 0 || fields.iter().any(|f| f.sender)) && count(Concept::Host) == 1;
    // On a silent page the first port box that already holds a standard port says which
    // block comes first (SnappyMail's domain form: 143 above, 25 below).
    let first_port_side = fields.iter().find_map(|f| f.value_side.decide());
    let default_side = match first_port_side {
        Some(side) if silent && !has_protocol => side,
        _ if has_protocol || (silent && !sending) || page.incoming > page.outgoing => {
            Side::Incoming
        }
        _ => Side::Outgoing,
    };

    // A page that chooses IMAP or POP3 and has no setting that speaks of sending only
    // receives (Node-RED's "e-mail in" node; Web Help Desk's account beside a list naming its
    // "Outgoing Mail Account"): there an authentication choice belongs to the block it sits in.
    let receiving = has_protocol
        && !fields.iter().any(|f| {
            !matches!(f.concept, None | Some(Concept::Email))
                && f.own_side.outgoing + f.context_side.outgoing > 0.0
        });
    let mut decided: Vec<Option<(Side, Evidence)>> = Vec::with_capacity(fields.len());
    for f in fields {
        let d = match f.concept {
            None | Some(Concept::Email) => None,
            Some(Concept::Protocol) => Some((Side::Incoming, Evidence::Own)),
            // "Requires authentication" is an outgoing setting unless its words say incoming
            // (Thunderbird's incoming "Authentication method"); the role then drops it.
            Some(Concept::Auth) if receiving => decide(f.own_side, f.context_side),
            Some(Concept::Auth) => {
                Some(decide(f.own_side, f.context_side).unwrap_or((Side::Outgoing, Evidence::Own)))
            }
            // Words first; a port's standard number only when no word says anything.
            Some(_) => decide(f.own_side, f.context_side)
                .or_else(|| f.value_side.decide().map(|side| (side, Evidence::Context))),
        };
        decided.push(d);
    }

    // A host with no evidence of its own takes the side of the port right after it: the two
    // are one server's address ("Server: [ ] Port: [143]").
    for i in 0..fields.len() {
        if fields[i].concept != Some(Concept::Host) || decided[i].is_some() {
            continue;
        }
        let next = (i + 1..fields.len()).find(|&j| fields[j].concept.is_some());
        if let Some(j) = next
            && fields[j].concept == Some(Concept::Port)
            && let Some((side, _)) = decided[j]
        {
            decided[i] = Some((side, Evidence::Order));
        }
    }

    // A port whose side only the page around it gives takes the side the host right before
    // it names for itself ("Outgoing mail server (SMTP)", then "Port", under a heading about
    // IMAP: HubSpot): the two are one server's address.
    for j in 1..fields.len() {
        if fields[j].concept != Some(Concept::Port)
            || matches!(decided[j], Some((_, Evidence::Own)))
        {
            continue;
        }
        let before = (0..j).rev().find(|&i| fields[i].concept.is_some());
        if let Some(i) = before
            && fields[i].concept == Some(Concept::Host)
            && let Some((side, Evidence::Own)) = decided[i]
        {
            decided[j] = Some((side, Evidence::Order));
        }
    }

    // Order: fields without evidence follow the block they sit in; a repeated concept starts
    // the other block.
    let first_side = decided.iter().flatten().next().map(|(side, _)| *side);
    let mut current: Option<Side> = None;
    let mut seen: Vec<Concept> = Vec::new();
    let mut previous: Option<Concept> = None;
    let mut out: Vec<Option<Section>> = Vec::with_capacity(fields.len());
    for (i, f) in fields.iter().enumerate() {
        let Some(concept) = f.concept else {
            out.push(None);
            continue;
        };
        if concept == Concept::Email {
            out.push(Some(Section::Account));
            continue;
        }
        // "Password / Confirm password": the second box repeats the first, in the same block.
        let confirmation = concept == Concept::Password && previous == Some(Concept::Password);
        previous = Some(concept);
        let side = match decided[i] {
            Some((side, _)) => side,
            None => match current {
                // A repeated host, port or login starts the other block (Firefox, Chromium);
                // a second security control (separate SSL and STARTTLS switches) does not.
                Some(cur)
                    if seen.contains(&concept)
                        && STARTS_BLOCK.contains(&concept)
                        && !confirmation =>
                {
                    cur.other()
                }
                Some(cur) => cur,
                // A login above every field with a side (Megaplan's under the address, then
                // the IMAP block, then the SMTP block with its own login): the first block's.
                None if matches!(concept, Concept::Username | Concept::Password) => {
                    first_side.unwrap_or(default_side)
                }
                None => default_side,
            },
        };
        if current != Some(side) {
            current = Some(side);
            seen.clear();
        }
        seen.push(concept);
        if decided[i].is_none() {
            decided[i] = Some((side, Evidence::Order));
        }
        out.push(Some(from_side(side)));
    }

    // On a page that speaks only of sending, a second block that order alone made incoming
    // (a repeated host or login: YouTrack's Jabber settings below its SMTP settings) is
    // another system's.
    let incoming_port = fields
        .iter()
        .any(|f| f.value_side.decide() == Some(Side::Incoming));
    if page.incoming == 0.0 && page.outgoing > 0.0 && !has_protocol && !incoming_port {
        for (i, s) in out.iter_mut().enumerate() {
            if *s == Some(Section::Incoming)
                && decided[i].is_some_and(|(_, e)| e == Evidence::Order)
            {
                *s = None;
            }
        }
    }

    // A block that only order made (a repeated login) and that has no server of its own is
    // another system's login (an installer's administrator account after the mail settings),
    // unless the other block has a server and no login: then it is that server's login, put
    // above it (Axis's recipient form: user name and password, then the server and port).
    let holds = |out: &[Option<Section>], side: Side, concepts: &[Concept]| {
        fields.iter().zip(out).any(|(f, s)| {
            *s == Some(from_side(side)) && f.concept.is_some_and(|c| concepts.contains(&c))
        })
    };
    const SERVER: [Concept; 3] = [Concept::Host, Concept::Port, Concept::Protocol];
    const LOGIN: [Concept; 2] = [Concept::Username, Concept::Password];
    for side in [Side::Incoming, Side::Outgoing] {
        let only_order = (0..fields.len()).all(|i| {
            out[i] != Some(from_side(side)) || decided[i].is_some_and(|(_, e)| e == Evidence::Order)
        });
        if !holds(&out, side, &SERVER) && only_order {
            let other = side.other();
            let to = (holds(&out, other, &SERVER) && !holds(&out, other, &LOGIN))
                .then(|| from_side(other));
            for s in out.iter_mut().filter(|s| **s == Some(from_side(side))) {
                *s = to;
            }
        }
    }

    // One username (or password) beside two servers, with no words of its own: shared.
    let has_host = |side: Side| {
        fields
            .iter()
            .zip(&out)
            .any(|(f, s)| f.concept == Some(Concept::Host) && *s == Some(from_side(side)))
    };
    if has_host(Side::Incoming) && has_host(Side::Outgoing) {
        for concept in [Concept::Username, Concept::Password] {
            let idx: Vec<usize> = (0..fields.len())
                .filter(|&i| fields[i].concept == Some(concept))
                .collect();
            if let [only] = idx[..] {
                // A login inside one block, between two of its settings (vtenext's user name
                // between the SMTP port and "requires authentication"), is that block's.
                let (mut before, mut after) = (None, None);
                for (j, f) in fields.iter().enumerate() {
                    let setting = !matches!(
                        f.concept,
                        None | Some(Concept::Email | Concept::Username | Concept::Password)
                    );
                    if setting && j < only {
                        before = Some(out[j]);
                    } else if setting && j > only && after.is_none() {
                        after = Some(out[j]);
                    }
                }
                let inside = before.is_some() && before == after && before == Some(out[only]);
                if !inside && decided[only].is_some_and(|(_, e)| e != Evidence::Own) {
                    out[only] = Some(Section::Shared);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(concept: Option<Concept>, own: (f32, f32), ctx: (f32, f32)) -> Classified {
        Classified {
            concept,
            confidence: 1.0,
            value_side: SideScore::default(),
            sender: false,
            account_name: false,
            own_side: SideScore {
                incoming: own.0,
                outgoing: own.1,
            },
            name_side: SideScore::default(),
            context_side: SideScore {
                incoming: ctx.0,
                outgoing: ctx.1,
            },
            signals: vec![],
        }
    }

    use Concept::*;
    use Section::{Incoming as In, Outgoing as Out, Shared};

    #[test]
    fn section_table() {
        let none = (0.0, 0.0);
        type Case = (&'static str, Vec<Classified>, Vec<Option<Section>>);
        let cases: Vec<Case> = vec![
            (
                "own words decide",
                vec![
                    field(Some(Host), (3.0, 0.0), none),
                    field(Some(Host), (0.0, 3.0), none),
                ],
                vec![Some(In), Some(Out)],
            ),
            (
                "legends decide over order",
                vec![
                    field(Some(Host), none, (0.0, 3.0)),
                    field(Some(Port), none, (0.0, 3.0)),
                ],
                vec![Some(Out), Some(Out)],
            ),
            (
                "a repeated host starts the other block",
                vec![
                    field(Some(Protocol), none, none),
                    field(Some(Host), none, none),
                    field(Some(Port), none, none),
                    field(Some(Host), none, none),
                    field(Some(Port), none, none),
                ],
                vec![Some(In), Some(In), Some(In), Some(Out), Some(Out)],
            ),
            (
                "a page that speaks only of sending is outgoing",
                vec![
                    field(None, none, (0.0, 2.0)),
                    field(Some(Host), none, none),
                    field(Some(Username), none, none),
                ],
                vec![None, Some(Out), Some(Out)],
            ),
            (
                "a silent page is a mail account (incoming) form",
                vec![field(Some(Host), none, none), field(Some(Port), none, none)],
                vec![Some(In), Some(In)],
            ),
            (
                "a silent page asking for authentication is outgoing",
                vec![
                    field(Some(Host), none, none),
                    field(Some(Auth), none, none),
                    field(Some(Username), none, none),
                ],
                vec![Some(Out), Some(Out), Some(Out)],
            ),
            (
                "a silent page with one server and a sender address is outgoing",
                vec![
                    Classified {
                        sender: true,
                        ..field(Some(Email), none, none)
                    },
                    field(Some(Host), none, none),
                    field(Some(Port), none, none),
                    field(Some(Username), none, none),
                ],
                vec![Some(Section::Account), Some(Out), Some(Out), Some(Out)],
            ),
            (
                "an account address that is not the sender's says nothing",
                vec![
                    field(Some(Email), none, none),
                    field(Some(Host), none, none),
                    field(Some(Port), none, none),
                ],
                vec![Some(Section::Account), Some(In), Some(In)],
            ),
            (
                "one username beside two servers is shared",
                vec![
                    field(Some(Username), none, none),
                    field(Some(Host), (3.0, 0.0), none),
                    field(Some(Host), (0.0, 3.0), none),
                ],
                vec![Some(Shared), Some(In), Some(Out)],
            ),
        ];
        for (name, fields, want) in cases {
            assert_eq!(assign(&fields), want, "{name}");
        }
    }
}
