//! Gmail's servers: the documented endpoints, the googlemail.com aliases, the wrong ports and
//! the Google hosts that are not for mail clients (gmail-facts.md §1-§3, §6).

use crate::knowledge::provenance::{
    ADD, DEV, EF1P, EVOLUTION, ISPDB, MX, NYLAS, Provenance, RELAY, RFC1939, RFC8314, RFC9051,
};
use crate::knowledge::servers::{
    Endpoint, HostAlias, HostPattern, HostRole, MisusedHost, PortMistake, WrongPort,
};
use crate::vocab::{Protocol, Security};

/// The current [DEV] table, preferred endpoint first for each protocol. RFC 8314 prefers
/// implicit TLS, so SMTP lists 465 before 587 (gmail-facts.md, "Implementation guidance").
pub(super) const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        protocol: Protocol::Imap,
        host: "imap.gmail.com",
        port: 993,
        security: Security::ImplicitTls,
        provenance: Provenance::verified(&[DEV, ADD]),
    },
    Endpoint {
        protocol: Protocol::Pop3,
        host: "pop.gmail.com",
        port: 995,
        security: Security::ImplicitTls,
        provenance: Provenance::verified(&[DEV]),
    },
    Endpoint {
        protocol: Protocol::Smtp,
        host: "smtp.gmail.com",
        port: 465,
        security: Security::ImplicitTls,
        provenance: Provenance::verified(&[DEV, ADD, RFC8314]),
    },
    Endpoint {
        protocol: Protocol::Smtp,
        host: "smtp.gmail.com",
        port: 587,
        security: Security::Starttls,
        provenance: Provenance::verified(&[DEV, ADD]),
    },
];

/// The googlemail.com names: likely to work (Evolution's autoconfig uses them), undocumented by
/// Google; autofill always uses the gmail.com names (gmail-facts.md §1, "Aliases").
pub(super) const ALIASES: &[HostAlias] = &[
    HostAlias {
        host: "imap.googlemail.com",
        canonical: "imap.gmail.com",
        protocol: Protocol::Imap,
        provenance: Provenance::likely(&[EVOLUTION, ISPDB]),
    },
    HostAlias {
        host: "pop.googlemail.com",
        canonical: "pop.gmail.com",
        protocol: Protocol::Pop3,
        provenance: Provenance::likely(&[EVOLUTION]),
    },
    HostAlias {
        host: "smtp.googlemail.com",
        canonical: "smtp.gmail.com",
        protocol: Protocol::Smtp,
        provenance: Provenance::likely(&[EVOLUTION]),
    },
];

/// Ports people use that Gmail does not offer, and why (gmail-facts.md, "Correction to the
/// source article", §1-§3).
pub(super) const WRONG_PORTS: &[WrongPort] = &[
    WrongPort {
        protocol: Protocol::Imap,
        port: 465,
        mistake: PortMistake::SubmissionsPortForImap,
        why: "Port 465 has never been an IMAP port: it is SMTP submission over implicit TLS \
              (\"submissions\", RFC 8314). Guides that give 465 for IMAP are wrong.",
        provenance: Provenance::verified(&[RFC8314, DEV]),
    },
    WrongPort {
        protocol: Protocol::Imap,
        port: 143,
        mistake: PortMistake::CleartextImapPort,
        why: "Port 143 is IMAP that starts in plaintext (optionally upgraded with STARTTLS). \
              Gmail does not offer it: Google documents only 993 with implicit TLS, and gmail.com's \
              _imap._tcp SRV record says \"not offered\".",
        provenance: Provenance::likely(&[DEV, EF1P, RFC9051]),
    },
    WrongPort {
        protocol: Protocol::Pop3,
        port: 110,
        mistake: PortMistake::CleartextPop3Port,
        why: "Port 110 is POP3 that starts in plaintext. Gmail does not offer it: Google \
              documents only 995 with implicit TLS.",
        provenance: Provenance::verified(&[DEV, RFC1939]),
    },
    WrongPort {
        protocol: Protocol::Smtp,
        port: 25,
        mistake: PortMistake::RelayPortForSubmission,
        why: "Port 25 is for servers relaying mail to each other. Google does not document it for \
              smtp.gmail.com, reports disagree on whether it works, and many networks block it.",
        provenance: Provenance::uncertain(&[DEV, NYLAS]),
    },
];

/// Google hosts that exist but are not for a person's mail client (gmail-facts.md §3, §6).
pub(super) const MISUSED_HOSTS: &[MisusedHost] = &[
    MisusedHost {
        pattern: HostPattern::Exact("smtp-relay.gmail.com"),
        role: HostRole::AdminRelay,
        why: "smtp-relay.gmail.com is Google Workspace's SMTP relay service: it works only after \
              a Workspace administrator sets it up for the organisation, and never for personal \
              accounts. A mail client signs in to smtp.gmail.com instead.",
        provenance: Provenance::verified(&[RELAY]),
    },
    MisusedHost {
        pattern: HostPattern::Exact("smtp.google.com"),
        role: HostRole::Mx,
        why: "smtp.google.com is the mail exchanger (MX) of Workspace domains: it receives mail \
              from other servers on port 25, takes no sign-in, and delivers only to Google \
              mailboxes. It is not a server for mail clients.",
        provenance: Provenance::verified(&[MX]),
    },
    MisusedHost {
        pattern: HostPattern::Exact("aspmx.l.google.com"),
        role: HostRole::Mx,
        why: "aspmx.l.google.com is a mail exchanger (MX) of Workspace domains: it receives mail \
              from other servers on port 25, takes no sign-in, and delivers only to Gmail and \
              Workspace recipients. It is not a server for mail clients.",
        provenance: Provenance::verified(&[MX]),
    },
    MisusedHost {
        pattern: HostPattern::Numbered {
            prefix: "alt",
            first: 1,
            last: 4,
            suffix: ".aspmx.l.google.com",
        },
        role: HostRole::Mx,
        why: "The altN.aspmx.l.google.com hosts are backup mail exchangers (MX) of Workspace \
              domains: they receive mail from other servers and take no sign-in. They are not \
              servers for mail clients.",
        provenance: Provenance::verified(&[MX]),
    },
    MisusedHost {
        pattern: HostPattern::Exact("gmail-smtp-in.l.google.com"),
        role: HostRole::Mx,
        why: "gmail-smtp-in.l.google.com is gmail.com's own mail exchanger (MX): it receives mail \
              for Gmail addresses from other servers and takes no sign-in. It is not a server \
              for mail clients.",
        provenance: Provenance::verified(&[MX]),
    },
    MisusedHost {
        pattern: HostPattern::Numbered {
            prefix: "alt",
            first: 1,
            last: 4,
            suffix: ".gmail-smtp-in.l.google.com",
        },
        role: HostRole::Mx,
        why: "The altN.gmail-smtp-in.l.google.com hosts are gmail.com's backup mail exchangers \
              (MX): they receive mail from other servers and take no sign-in. They are not \
              servers for mail clients.",
        provenance: Provenance::verified(&[MX]),
    },
    MisusedHost {
        pattern: HostPattern::Numbered {
            prefix: "aspmx",
            first: 2,
            last: 5,
            suffix: ".googlemail.com",
        },
        role: HostRole::Mx,
        why: "The aspmxN.googlemail.com hosts are legacy mail exchangers (MX) from the Google Apps \
              era: they receive mail from other servers and take no sign-in. They are not servers \
              for mail clients.",
        provenance: Provenance::verified(&[MX]),
    },
];

/// Domains whose host names belong to Google. A name under them that is none of the above is
/// not a documented mail server (e.g. `gmail.com` itself, or the web address `mail.google.com`).
pub(super) const DOMAINS: &[&str] = &["gmail.com", "googlemail.com", "google.com"];
