//! Gmail knowledge: endpoints, myths, authentication, limits, fingerprints, with sources.
//!
//! Everything a provider is lives in one [`Provider`] value made of tables; [`gmail()`] returns
//! Gmail's. Code asks the tables (and the few lookups below), never spells a Gmail host or port
//! itself, so another provider later is a new table, not new code paths.
//!
//! Every value carries a [`Provenance`]: the source keys of `shared/knowledge/gmail-facts.md`
//! (with their addresses), the month it was verified and a [`Confidence`].

pub mod auth;
mod gmail;
pub mod provenance;
pub mod rfc;
pub mod servers;
pub mod sheet;
pub mod signals;

pub use auth::{
    AccessRule, AppPasswordRules, Audience, Auth, AuthKind, AuthMethod, DatedClaim,
    PasswordSignInEnd, UsernameRule,
};
pub use provenance::{Confidence, Provenance, Source, VERIFIED};
pub use rfc::{WELL_KNOWN_PORTS, well_known_port};
pub use servers::{
    Endpoint, HostAlias, HostPattern, HostRole, MisusedHost, PortMistake, WellKnownPort, WrongPort,
};
pub use sheet::{SettingsSheet, SheetEndpoint};
pub use signals::{Fingerprint, Limit, MxRule, ServerError, TlsFacts, TlsIssuer};

use crate::vocab::{Protocol, Security};

/// Everything Portolan knows about one mail provider, as tables. Serializes whole (every
/// value with its provenance) for the extension's quick reference and the web page.
#[derive(Debug, serde::Serialize)]
pub struct Provider {
    /// A stable identifier (`gmail`).
    pub id: &'static str,
    /// The name people read (`Gmail`).
    pub name: &'static str,
    /// When the tables were last checked against their sources (`YYYY-MM`).
    pub verified: &'static str,
    /// The servers a mail client should use, preferred first within each protocol.
    pub endpoints: &'static [Endpoint],
    /// Other names of those servers that work but are not the documented ones.
    pub aliases: &'static [HostAlias],
    /// Ports people use that the provider does not offer, and why.
    pub wrong_ports: &'static [WrongPort],
    /// The provider's hosts that are not for mail clients (MX, admin relays), and why.
    pub misused_hosts: &'static [MisusedHost],
    /// Domains whose host names belong to the provider.
    pub domains: &'static [&'static str],
    /// What the username is.
    pub username: UsernameRule,
    /// How to sign in.
    pub auth: Auth,
    /// Who can turn IMAP and POP on or off.
    pub access: &'static [AccessRule],
    /// Usage limits, with their confidence.
    pub limits: &'static [Limit],
    /// Greetings and capabilities of the genuine servers, one per protocol.
    pub fingerprints: &'static [Fingerprint],
    /// Sign-in failure replies and what they mean.
    pub server_errors: &'static [ServerError],
    /// Certificate issuers and validation advice.
    pub tls: TlsFacts,
    /// How to recognise a custom domain hosted by the provider from its MX records.
    pub mx: MxRule,
    /// Every source the tables cite.
    pub sources: &'static [Source],
}

/// Gmail's tables (personal accounts and Google Workspace).
pub fn gmail() -> &'static Provider {
    &gmail::GMAIL
}

/// Whether an MX host name points at Google (gmail-facts.md §6: any host ending in
/// `.google.com` or `.googlemail.com`, plus the documented MX names). Accepts any case,
/// surrounding spaces and a trailing dot, as DNS answers and people write them.
pub fn is_google_mx_host(host: &str) -> bool {
    gmail().mx.matches(host)
}

/// Whether a certificate issuer (a distinguished name such as `C=US, O=Google Trust Services,
/// CN=WR2`, or a bare organisation or CA name) is one of Google's (gmail-facts.md §7). A
/// trusted chain whose issuer is not Google's means TLS interception.
pub fn is_google_issuer(issuer: &str) -> bool {
    gmail().tls.is_known_issuer(issuer)
}

impl Provider {
    /// The endpoints for `protocol`, preferred first.
    // Always inlined, with `endpoint_for`: a caller that reads only the endpoints (the
    // extension's `analyze`) then keeps only them in the wasm, not the whole `Provider`.
    #[inline(always)]
    pub fn endpoints_for(&self, protocol: Protocol) -> impl Iterator<Item = &'static Endpoint> {
        self.endpoints
            .iter()
            .filter(move |e| e.protocol == protocol)
    }

    /// The endpoint to propose for `protocol`: the one whose security is `prefer` if there is
    /// one, else the preferred one.
    #[inline(always)]
    pub fn endpoint_for(
        &self,
        protocol: Protocol,
        prefer: Option<Security>,
    ) -> Option<&'static Endpoint> {
        let mut all = self.endpoints_for(protocol);
        let first = all.next()?;
        let matching =
            prefer.and_then(|s| core::iter::once(first).chain(all).find(|e| e.security == s));
        Some(matching.unwrap_or(first))
    }

    /// The documented endpoint for `protocol` on `port`, if there is one.
    pub fn endpoint_on(&self, protocol: Protocol, port: u16) -> Option<&'static Endpoint> {
        self.endpoints_for(protocol).find(|e| e.port == port)
    }

    /// The protocol whose documented host is `host` (lower case, no trailing dot).
    pub fn protocol_of_host(&self, host: &str) -> Option<Protocol> {
        self.endpoints
            .iter()
            .find(|e| e.host == host)
            .map(|e| e.protocol)
    }

    /// The alias entry for `host` (lower case, no trailing dot).
    pub fn alias(&self, host: &str) -> Option<&'static HostAlias> {
        self.aliases.iter().find(|a| a.host == host)
    }

    /// The misused-host entry covering `host` (lower case, no trailing dot).
    pub fn misused_host(&self, host: &str) -> Option<&'static MisusedHost> {
        self.misused_hosts.iter().find(|m| m.pattern.matches(host))
    }

    /// The known mistake of using `port` for `protocol`.
    pub fn wrong_port(&self, protocol: Protocol, port: u16) -> Option<&'static WrongPort> {
        self.wrong_ports
            .iter()
            .find(|w| w.protocol == protocol && w.port == port)
    }

    /// Whether `host` (lower case, no trailing dot) is one of the provider's domains or a name
    /// under one.
    pub fn owns_host(&self, host: &str) -> bool {
        self.domains.iter().any(|d| {
            host == *d
                || host
                    .strip_suffix(d)
                    .is_some_and(|rest| rest.ends_with('.') && rest.len() > 1)
        })
    }

    /// The fingerprint of the genuine server for `protocol`.
    pub fn fingerprint(&self, protocol: Protocol) -> Option<&'static Fingerprint> {
        self.fingerprints.iter().find(|f| f.protocol == protocol)
    }

    /// What a server reply means, if it is a known sign-in failure of `protocol`.
    pub fn explain_reply(&self, protocol: Protocol, reply: &str) -> Option<&'static ServerError> {
        self.server_errors
            .iter()
            .find(|e| e.protocol == protocol && e.matches(reply))
    }

    /// The settings sheet (`portolan settings`), for one protocol or all.
    pub fn sheet(&'static self, only: Option<Protocol>) -> SettingsSheet {
        sheet::SettingsSheet::of(self, only)
    }
}

#[cfg(test)]
mod tests;
