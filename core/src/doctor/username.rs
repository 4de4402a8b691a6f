//! The username, for a host aimed at the provider: the full email address (also on Workspace
//! domains), with `recent:` in front only for POP3 (gmail-facts.md §1, §2).

use super::distance;
use super::identity::NOT_TYPOS;
use super::{Code, Findings, Fix, Setting, Severity};
use crate::knowledge::Provider;
use crate::prelude::*;
use crate::vocab::Protocol;

/// Reports username problems. A missing or blank username is not judged: many forms fill it
/// in from the address.
pub(super) fn report(provider: &Provider, setting: &Setting, out: &mut Findings) {
    let Some(raw) = setting.username.as_deref() else {
        return;
    };
    if raw.trim().is_empty() {
        return;
    }
    let rule = &provider.username;
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let (recent, address) = match strip_prefix_ignore_case(&compact, rule.pop_recent_prefix) {
        Some(rest) => (true, rest),
        None => (false, compact.as_str()),
    };
    let pop = setting.protocol == Protocol::Pop3;
    let checked = check_address(provider, address);
    // The username every fix proposes: the corrected address, with the recent: prefix kept
    // only where it means something.
    let fixed_address = match &checked {
        Address::Fine => Some(address.to_owned()),
        Address::MissingDomain(fixed) | Address::DomainTypo(fixed) => Some(fixed.clone()),
        Address::Unusable => None,
    };
    let fixed = fixed_address.map(|a| {
        if recent && pop {
            format!("{}{a}", rule.pop_recent_prefix)
        } else {
            a
        }
    });
    let fix = || Fix {
        username: fixed.clone(),
        ..Fix::default()
    };
    if compact.len() != raw.len() {
        out.push(
            Code::UsernameHasWhitespace,
            Severity::Warning,
            format!(
                "The username {raw:?} contains spaces. The server compares it exactly, so the \
                 sign-in would fail. Remove them."
            ),
            fix(),
        );
    }
    if recent && pop {
        out.push(
            Code::PopRecentMode,
            Severity::Info,
            rule.pop_recent_statement.to_owned(),
            Fix::default(),
        );
    } else if recent {
        out.push(
            Code::RecentPrefixNotPop,
            Severity::Error,
            format!(
                "\"{}\" is a POP3 feature (recent mode); for {} the username is just your \
                 address, and the prefix makes the sign-in fail.",
                rule.pop_recent_prefix,
                setting.protocol.label()
            ),
            fix(),
        );
    }
    let statement = rule.statement;
    match checked {
        Address::Fine => {}
        Address::MissingDomain(_) => out.push(
            Code::UsernameMissingDomain,
            Severity::Error,
            "The username must be the full email address, not just the part before \"@\" (for \
             Google Workspace, your full work address): the server compares it exactly."
                .to_owned(),
            fix(),
        ),
        Address::DomainTypo(fixed_address) => out.push(
            Code::UsernameDomainTypo,
            Severity::Warning,
            format!(
                "The address {address:?} looks like a typo of {fixed_address}: the sign-in would \
                 fail. If your address really is on that domain, ignore this."
            ),
            fix(),
        ),
        Address::Unusable => out.push(
            Code::UsernameNotAnAddress,
            Severity::Error,
            format!("The username {raw:?} is not an email address. {statement}"),
            Fix::default(),
        ),
    }
}

/// What the address part of the username is.
enum Address {
    /// A full address.
    Fine,
    /// No domain; the fix completes it with the provider's usual one.
    MissingDomain(String),
    /// A near miss of a personal-account domain; the fix corrects it.
    DomainTypo(String),
    /// Not an address and not fixable: nothing before `@`, or several `@`.
    Unusable,
}

fn check_address(provider: &Provider, address: &str) -> Address {
    let domains = provider.username.personal_domains;
    let Some(default_domain) = domains.first() else {
        return Address::Fine;
    };
    let mut parts = address.split('@');
    let local = parts.next().unwrap_or_default();
    let domain = parts.next();
    if local.is_empty() || parts.next().is_some() {
        return Address::Unusable;
    }
    let domain = match domain {
        None | Some("") => return Address::MissingDomain(format!("{local}@{default_domain}")),
        Some(d) => d.to_ascii_lowercase(),
    };
    let domain = domain.trim_end_matches('.');
    if domains.contains(&domain) || NOT_TYPOS.contains(&domain) {
        return Address::Fine;
    }
    // "gmail" without ".com", or one or two slips from it.
    let near = domains.iter().find(|d| {
        d.strip_prefix(domain)
            .is_some_and(|rest| rest.starts_with('.'))
            || distance::within(domain, d, 2).is_some()
    });
    match near {
        Some(d) => Address::DomainTypo(format!("{local}@{d}")),
        None => Address::Fine,
    }
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}
