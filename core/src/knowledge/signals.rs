//! The shapes of facts the probe code compares against: limits, server fingerprints
//! (greetings, capabilities), certificate issuers, and the MX rule for custom domains.

use serde::Serialize;

use super::provenance::Provenance;
use super::servers::HostPattern;
use crate::vocab::Protocol;

use super::auth::Audience;

/// A usage limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Limit {
    /// A stable key (`imap-connections`, `smtp-recipients-per-message`, ...).
    pub key: &'static str,
    /// Which accounts.
    pub audience: Audience,
    /// The figure.
    pub value: u64,
    /// Its unit (`connections`, `messages per day`, `MB per day`, ...).
    pub unit: &'static str,
    /// The limit in plain words, with what happens when it is reached.
    pub statement: &'static str,
    /// Where this comes from, with its confidence.
    pub provenance: Provenance,
}

/// What a genuine server says: its greeting and capabilities.
///
/// These strings are easy to fake; only a valid certificate for the host name proves the
/// server is the provider's (gmail-facts.md §5, §7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Fingerprint {
    /// The protocol.
    pub protocol: Protocol,
    /// How the greeting line starts (`* OK Gimap ready`).
    pub greeting_prefix: &'static str,
    /// How the greeting line ends, if that is stable (SMTP's `gsmtp`).
    pub greeting_suffix: Option<&'static str>,
    /// Capabilities advertised before login (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO after TLS).
    pub capabilities: &'static [&'static str],
    /// Capabilities added after login (IMAP only).
    pub capabilities_after_login: &'static [&'static str],
    /// The SASL mechanisms advertised.
    pub auth_mechanisms: &'static [&'static str],
    /// Other text only this server sends (reply endings, the IMAP ID reply, POP3 replies).
    pub markers: &'static [&'static str],
    /// Where this comes from.
    pub provenance: Provenance,
}

/// A server reply that explains a failed sign-in, and what it means for the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ServerError {
    /// The protocol that sends it.
    pub protocol: Protocol,
    /// Text the reply contains (`534-5.7.9`, `[AUTHENTICATIONFAILED]`).
    pub contains: &'static str,
    /// What it means and what to do, in plain words.
    pub meaning: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}

impl ServerError {
    /// Whether `reply` is this error.
    pub fn matches(&self, reply: &str) -> bool {
        reply.contains(self.contains)
    }
}

impl Fingerprint {
    /// Whether `line` (one greeting line, with or without its CRLF) looks like this server's
    /// greeting. Never proof of identity: see the type's documentation.
    pub fn greeting_matches(&self, line: &str) -> bool {
        let line = line.trim_end_matches(['\r', '\n']);
        line.starts_with(self.greeting_prefix)
            && self
                .greeting_suffix
                .is_none_or(|suffix| line.trim_end().ends_with(suffix))
    }
}

/// A certificate issuer the provider's servers have used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TlsIssuer {
    /// The issuer's organisation (`O=`).
    pub organization: &'static str,
    /// The issuer's common name (`CN=`).
    pub common_name: &'static str,
    /// When it was seen (`2024+`, `2019`, ...).
    pub seen: &'static str,
    /// Whether it is the issuer seen on the mail servers today.
    pub current: bool,
    /// Where this comes from.
    pub provenance: Provenance,
}

/// Certificate facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TlsFacts {
    /// Issuers, current first.
    pub issuers: &'static [TlsIssuer],
    /// Organisation names that Google's issuing CAs use (for `is_google_issuer`).
    pub issuer_organizations: &'static [&'static str],
    /// The root the current chain ends in.
    pub root: &'static str,
    /// The oldest TLS version a client should accept.
    pub minimum_version: &'static str,
    /// How to validate, in plain words (no pinning).
    pub advice: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}

impl TlsFacts {
    /// Whether an issuer, given as a distinguished name (`C=US, O=Google Trust Services,
    /// CN=WR2`, or the `/`-separated OpenSSL form) or as a bare organisation or common name,
    /// is one of the provider's issuers. Use it to spot TLS interception: a trusted chain
    /// whose issuer is not Google's was made by something in between (an antivirus, a proxy).
    pub fn is_known_issuer(&self, issuer: &str) -> bool {
        let bare = issuer.trim();
        let org_known = |o: &str| {
            self.issuer_organizations
                .iter()
                .any(|k| k.eq_ignore_ascii_case(o))
        };
        let cn_known = |c: &str| {
            self.issuers
                .iter()
                .any(|i| i.common_name.eq_ignore_ascii_case(c))
        };
        if org_known(bare) || cn_known(bare) {
            return true;
        }
        let mut organization = None;
        for part in bare.split([',', '/']) {
            let Some((key, value)) = part.split_once('=') else {
                continue;
            };
            if key.trim().eq_ignore_ascii_case("O") {
                organization = Some(value.trim());
            }
        }
        // In a distinguished name the organisation decides: an intercepting proxy's CA can call
        // itself "WR2", and a name without O= cannot be told apart from one.
        organization.is_some_and(org_known)
    }
}

/// How to tell from MX records that a domain's mailbox is hosted by the provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct MxRule {
    /// Any MX host ending in one of these (with the leading dot) means the provider.
    pub suffixes: &'static [&'static str],
    /// The MX hosts the provider documents, current first.
    pub known_hosts: &'static [HostPattern],
    /// When the rule misleads (gateways in front, split delivery, SPF is not MX).
    pub caveats: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}

impl MxRule {
    /// Whether `host` (any case, surrounding spaces and a trailing dot allowed) is one of the
    /// provider's mail exchangers by this rule.
    pub fn matches(&self, host: &str) -> bool {
        let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        self.suffixes.iter().any(|suffix| {
            host.strip_suffix(suffix)
                .is_some_and(|label| !label.is_empty() && !label.ends_with('.'))
        }) || self.known_hosts.iter().any(|p| p.matches(&host))
    }
}
