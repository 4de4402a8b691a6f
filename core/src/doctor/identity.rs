//! Which server the bare host name is: the provider's right one, its server for another
//! protocol, an alias, an MX or relay host, a near miss, another name of the provider's, or
//! someone else's server.

use super::distance;
use super::{Code, Findings, Fix, Severity};
use crate::knowledge::{HostAlias, HostRole, MisusedHost, Provider};
use crate::prelude::*;
use crate::vocab::Protocol;

/// Real domains of other mail providers that are one or two letters away from a Gmail name
/// (`imap.mail.com` is mail.com's server, not a typo of imap.gmail.com).
pub(super) const NOT_TYPOS: &[&str] = &["mail.com", "email.com", "ymail.com", "gmx.com", "gmx.net"];

/// The most edits a name may be from a provider host to count as a typo of it. The hosts are
/// 13 characters or more, so two edits stay far from other providers' names (checked against
/// [`NOT_TYPOS`]).
const MAX_HOST_EDITS: usize = 2;

/// What the host is.
#[derive(Debug)]
pub(super) enum Identity {
    /// Nothing was typed.
    Empty,
    /// The provider's documented host for this protocol.
    Right,
    /// The provider's documented host (or alias) for another protocol.
    OtherProtocol(Protocol),
    /// An alias of the right host.
    Alias(&'static HostAlias),
    /// A host of the provider that is not for clients.
    Misused(&'static MisusedHost),
    /// A near miss of this provider host.
    Typo(String),
    /// A name under the provider's domains that is not a mail server.
    UnknownProviderName,
    /// Not the provider's.
    Foreign,
}

/// Classifies the bare `name` (see [`super::host::HostText`]).
pub(super) fn classify(provider: &Provider, name: &str, protocol: Protocol) -> Identity {
    if name.is_empty() {
        return Identity::Empty;
    }
    if let Some(p) = provider.protocol_of_host(name) {
        return if p == protocol {
            Identity::Right
        } else {
            Identity::OtherProtocol(p)
        };
    }
    if let Some(alias) = provider.alias(name) {
        return if alias.protocol == protocol {
            Identity::Alias(alias)
        } else {
            Identity::OtherProtocol(alias.protocol)
        };
    }
    if let Some(misused) = provider.misused_host(name) {
        return Identity::Misused(misused);
    }
    if let Some(host) = near_host(provider, name) {
        return Identity::Typo(host);
    }
    if provider.owns_host(name) {
        return Identity::UnknownProviderName;
    }
    match near_domain(provider, name) {
        Some(domain) => Identity::Typo(domain.to_owned()),
        None => Identity::Foreign,
    }
}

/// Whether `name` is under a real domain of another provider (so not a typo of ours).
fn other_providers(name: &str) -> bool {
    NOT_TYPOS
        .iter()
        .any(|d| name == *d || name.strip_suffix(d).is_some_and(|r| r.ends_with('.')))
}

/// The provider host `name` is a near miss of, if any ("stmp.gmail.com", "imap.gmail").
fn near_host(provider: &Provider, name: &str) -> Option<String> {
    if other_providers(name) {
        return None;
    }
    let hosts = provider
        .endpoints
        .iter()
        .map(|e| e.host.to_owned())
        .chain(provider.aliases.iter().map(|a| a.host.to_owned()))
        .chain(
            provider
                .misused_hosts
                .iter()
                .flat_map(|m| m.pattern.names()),
        );
    // Under the provider's own domains two edits are just a different name ("imap" and "smtp"
    // are two apart): only one slip counts there.
    let max = if provider.owns_host(name) {
        1
    } else {
        MAX_HOST_EDITS
    };
    let mut best: Option<(usize, String)> = None;
    for host in hosts {
        // "imap.gmail" (no top-level domain) is the host cut short, not a distant name.
        let cut_short = host
            .strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.') && name.contains('.'));
        let d = if cut_short {
            Some(1)
        } else {
            distance::within(name, &host, max)
        };
        if let Some(d) = d {
            if best.as_ref().is_none_or(|(b, _)| d < *b) {
                best = Some((d, host));
            }
        }
    }
    best.map(|(_, host)| host)
}

/// The provider domain that `name`, or its tail from a label on ("mail.agoogle.com"), is one
/// slip away from ("gmial.com" typed as a server). One slip only: short domains two slips
/// apart are often real and unrelated.
fn near_domain(provider: &Provider, name: &str) -> Option<&'static str> {
    if other_providers(name) {
        return None;
    }
    let tails = core::iter::once(name).chain(name.match_indices('.').map(|(i, _)| &name[i + 1..]));
    for tail in tails {
        if let Some(d) = provider
            .domains
            .iter()
            .find(|d| distance::within(tail, d, 1).is_some())
        {
            return Some(d);
        }
    }
    None
}

impl Identity {
    /// The provider host the fixes point at, or `None` when the host is not the provider's.
    pub fn target_host(&self, provider: &Provider, protocol: Protocol) -> Option<&'static str> {
        match self {
            Identity::Foreign => None,
            _ => provider.endpoint_for(protocol, None).map(|e| e.host),
        }
    }

    /// Reports what the host is.
    pub fn report(
        &self,
        provider: &Provider,
        protocol: Protocol,
        name: &str,
        fixed: &str,
        out: &mut Findings,
    ) {
        let label = protocol.label();
        let fix = || Fix {
            host: Some(fixed.to_owned()),
            ..Fix::default()
        };
        let brand = provider.name;
        match self {
            Identity::Right => {}
            Identity::Empty => out.push(
                Code::HostEmpty,
                Severity::Error,
                format!("The server field is empty. {brand}'s {label} server is {fixed}."),
                fix(),
            ),
            Identity::OtherProtocol(other) => out.push(
                Code::HostForOtherProtocol,
                Severity::Error,
                format!(
                    "{name} is {brand}'s {} server, not its {label} server. For {label} use \
                     {fixed}.",
                    other.label()
                ),
                fix(),
            ),
            Identity::Alias(alias) => out.push(
                Code::GooglemailAlias,
                Severity::Info,
                format!(
                    "{} is another name for {}. It most likely works, but Google documents \
                     only {}; use that name.",
                    alias.host, alias.canonical, alias.canonical
                ),
                fix(),
            ),
            Identity::Misused(misused) => {
                let severity = match (misused.role, protocol) {
                    (HostRole::AdminRelay, Protocol::Smtp) => Severity::Warning,
                    _ => Severity::Error,
                };
                let code = match misused.role {
                    HostRole::AdminRelay => Code::RelayHost,
                    _ => Code::MxHost,
                };
                out.push(
                    code,
                    severity,
                    format!("{} For {label} use {fixed}.", misused.why),
                    fix(),
                );
            }
            Identity::Typo(host) => {
                let tail = if *host == fixed {
                    String::new()
                } else {
                    format!(" For {label}, the server is {fixed}.")
                };
                out.push(
                    Code::HostTypo,
                    Severity::Error,
                    format!(
                        "{name:?} looks like a typo of {host}: the name would not reach \
                         {brand}, or worse, reach someone else's server.{tail}"
                    ),
                    fix(),
                );
            }
            Identity::UnknownProviderName => {
                let what = if provider.domains.contains(&name) {
                    format!(
                        "{name} is a domain (as in your address), not the name of a mail server"
                    )
                } else {
                    format!("{name} is not one of {brand}'s documented mail servers")
                };
                out.push(
                    Code::UnknownGoogleHost,
                    Severity::Error,
                    format!("{what}. For {label}, the server is {fixed}."),
                    fix(),
                );
            }
            Identity::Foreign => {
                let hint = provider
                    .endpoint_for(protocol, None)
                    .map(|e| {
                        format!(
                            " If this is a {brand} or Google Workspace account (even on your own \
                             domain), the {label} server is {}.",
                            e.host
                        )
                    })
                    .unwrap_or_default();
                out.push(
                    Code::NotGmailHost,
                    Severity::Info,
                    format!(
                        "{name} is not a {brand} server, so the doctor cannot judge this \
                         setting.{hint}"
                    ),
                    Fix::default(),
                );
            }
        }
    }
}
