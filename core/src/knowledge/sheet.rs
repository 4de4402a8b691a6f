//! The settings sheet: what `portolan settings --json`, the popup and the web page show
//! (DESIGN.md, "Contract: the CLI"), built from a provider's tables.

use crate::prelude::*;
use serde::Serialize;

use super::Provider;
use super::auth::{AuthKind, AuthMethod};
use super::provenance::Source;
use crate::vocab::{Protocol, Security};

/// One server line of the sheet: `{"host","port","security"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SheetEndpoint {
    /// Host name.
    pub host: &'static str,
    /// Port.
    pub port: u16,
    /// Connection security.
    pub security: Security,
}

/// One sign-in method as the sheet shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SheetAuth {
    /// Which credential.
    pub method: AuthKind,
    /// Whether the provider accepts it today.
    pub accepted: bool,
    /// The SASL mechanisms that carry it.
    pub mechanisms: &'static [&'static str],
    /// What to know, in plain words.
    pub summary: &'static str,
    /// The source keys.
    pub sources: Vec<&'static str>,
}

/// The provider's settings, one list per protocol (DESIGN: `{"imap":[...],"pop3":[...],
/// "smtp":[...],"username","auth","sources"}`); a protocol left out is absent, not empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SettingsSheet {
    /// IMAP servers, preferred first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imap: Option<Vec<SheetEndpoint>>,
    /// POP3 servers, preferred first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pop3: Option<Vec<SheetEndpoint>>,
    /// SMTP servers, preferred first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp: Option<Vec<SheetEndpoint>>,
    /// What to type as the username.
    pub username: &'static str,
    /// Sign-in methods, accepted ones first.
    pub auth: Vec<SheetAuth>,
    /// The sources the sheet's values come from.
    pub sources: Vec<Source>,
    /// When the facts were verified (`YYYY-MM`).
    pub verified: &'static str,
}

impl SettingsSheet {
    /// Builds the sheet for one protocol, or for all when `only` is `None`.
    pub fn of(provider: &'static Provider, only: Option<Protocol>) -> Self {
        let list = |p: Protocol| {
            (only.is_none() || only == Some(p)).then(|| {
                provider
                    .endpoints_for(p)
                    .map(|e| SheetEndpoint {
                        host: e.host,
                        port: e.port,
                        security: e.security,
                    })
                    .collect::<Vec<_>>()
            })
        };
        let mut sources: Vec<Source> = Vec::new();
        let mut cite = |list: &[Source]| {
            for s in list {
                if !sources.iter().any(|known| known.key == s.key) {
                    sources.push(*s);
                }
            }
        };
        for e in provider.endpoints {
            if only.is_none() || only == Some(e.protocol) {
                cite(e.provenance.sources);
            }
        }
        cite(provider.username.provenance.sources);
        let auth = provider
            .auth
            .methods
            .iter()
            .map(|m: &AuthMethod| {
                cite(m.provenance.sources);
                SheetAuth {
                    method: m.kind,
                    accepted: m.accepted,
                    mechanisms: m.mechanisms,
                    summary: m.summary,
                    sources: m.provenance.sources.iter().map(|s| s.key).collect(),
                }
            })
            .collect();
        SettingsSheet {
            imap: list(Protocol::Imap),
            pop3: list(Protocol::Pop3),
            smtp: list(Protocol::Smtp),
            username: provider.username.statement,
            auth,
            sources,
            verified: provider.verified,
        }
    }
}
