//! The shapes of server facts: endpoints, host aliases, the ports people wrongly use, and the
//! hosts that exist but are not for mail clients (MX and relay servers).

use crate::prelude::*;
use serde::Serialize;

use super::provenance::Provenance;
use crate::vocab::{Protocol, Security};

/// A server a mail client should use: host, port and security for one protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    /// What the server speaks.
    pub protocol: Protocol,
    /// Its host name, lower case, without a trailing dot.
    pub host: &'static str,
    /// Its TCP port.
    pub port: u16,
    /// How the connection is protected.
    pub security: Security,
    /// Where this comes from.
    pub provenance: Provenance,
}

/// Another name for an endpoint's host: it works, but autofill uses the canonical name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct HostAlias {
    /// The alias, lower case.
    pub host: &'static str,
    /// The documented host it stands for.
    pub canonical: &'static str,
    /// The protocol both names serve.
    pub protocol: Protocol,
    /// Where this comes from.
    pub provenance: Provenance,
}

/// Why a port is wrong for a protocol: each kind is a well-known mistake with its own
/// diagnosis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum PortMistake {
    /// Port 465 given for IMAP: 465 is SMTP submission over implicit TLS (RFC 8314), never an
    /// IMAP port. The seed article's myth.
    SubmissionsPortForImap,
    /// Port 143 (IMAP in cleartext or with STARTTLS, RFC 9051) where the provider offers only
    /// implicit TLS.
    CleartextImapPort,
    /// Port 110 (POP3 in cleartext or with STLS, RFC 1939/2595) where the provider offers only
    /// implicit TLS.
    CleartextPop3Port,
    /// Port 25 (server-to-server relay) used for submission.
    RelayPortForSubmission,
}

/// A port people use for a protocol that the provider does not offer there, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct WrongPort {
    /// The protocol the user asked for.
    pub protocol: Protocol,
    /// The port they gave.
    pub port: u16,
    /// Which known mistake this is.
    pub mistake: PortMistake,
    /// One or two plain sentences saying why it is wrong.
    pub why: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}

/// What a host that is not for mail clients is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum HostRole {
    /// A mail exchanger (MX): receives mail from other servers on port 25, without
    /// authentication, and delivers only to the provider's own mailboxes.
    Mx,
    /// An SMTP relay an organisation's administrator configures (e.g. Workspace's
    /// smtp-relay.gmail.com); not for a person's mail client.
    AdminRelay,
}

/// A host name, or a numbered family of names such as `alt1`..`alt4.aspmx.l.google.com`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HostPattern {
    /// Exactly this name.
    Exact(&'static str),
    /// `prefix` + a number in `first..=last` + `suffix`.
    Numbered {
        /// The text before the number (`alt`).
        prefix: &'static str,
        /// The lowest number.
        first: u8,
        /// The highest number.
        last: u8,
        /// The text after the number (`.aspmx.l.google.com`).
        suffix: &'static str,
    },
}

impl HostPattern {
    /// Whether `host` (lower case, no trailing dot) is one of the names this pattern covers.
    pub fn matches(&self, host: &str) -> bool {
        match *self {
            HostPattern::Exact(name) => host == name,
            HostPattern::Numbered {
                prefix,
                first,
                last,
                suffix,
            } => {
                let Some(middle) = host
                    .strip_prefix(prefix)
                    .and_then(|rest| rest.strip_suffix(suffix))
                else {
                    return false;
                };
                // One or two digits, no sign, no leading zero: "alt01" is not a Google name.
                if middle.is_empty() || middle.len() > 2 || middle.starts_with('0') {
                    return false;
                }
                middle
                    .parse::<u8>()
                    .is_ok_and(|n| (first..=last).contains(&n))
            }
        }
    }

    /// Every name the pattern covers.
    pub fn names(&self) -> Vec<String> {
        match *self {
            HostPattern::Exact(name) => vec![name.to_owned()],
            HostPattern::Numbered {
                prefix,
                first,
                last,
                suffix,
            } => (first..=last)
                .map(|n| format!("{prefix}{n}{suffix}"))
                .collect(),
        }
    }

    /// The first name the pattern covers, for messages.
    pub fn example(&self) -> String {
        match *self {
            HostPattern::Exact(name) => name.to_owned(),
            HostPattern::Numbered {
                prefix,
                first,
                suffix,
                ..
            } => format!("{prefix}{first}{suffix}"),
        }
    }
}

/// A real host of the provider that a mail client must not use, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct MisusedHost {
    /// Which names.
    pub pattern: HostPattern,
    /// What they are for.
    pub role: HostRole,
    /// One or two plain sentences saying what the host is and why a client should not use it.
    pub why: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}

/// A port the RFCs (and IANA) assign to a mail protocol, whatever the provider offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct WellKnownPort {
    /// The port.
    pub port: u16,
    /// The protocol it belongs to.
    pub protocol: Protocol,
    /// The security the port implies (port 25/143/110/587 start in plaintext and may upgrade).
    pub security: Security,
    /// Its service name (`imaps`, `submissions`, ...).
    pub service: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}
