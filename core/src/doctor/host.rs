//! The server field as typed: what people put around a host name (spaces, `imaps://`,
//! `me@`, `/path`, `:993`, a trailing dot) and the bare name underneath.

use super::{Code, Findings, Fix, Severity};
use crate::prelude::*;

/// The server field, taken apart.
#[derive(Debug, Default)]
pub(super) struct HostText {
    /// The bare name: lower case, no spaces, scheme, user, path, port or trailing dot.
    pub name: String,
    /// There were spaces around or inside it.
    whitespace: bool,
    /// The scheme, with its `://`.
    scheme: Option<String>,
    /// What came before an `@`.
    user: Option<String>,
    /// There was a `/`, `?` or `#` after the name.
    path: bool,
    /// The text after a `:` (a port, or what was meant as one).
    port: Option<String>,
    /// The name ended with a dot.
    trailing_dot: bool,
}

impl HostText {
    /// Takes `raw` apart. Never fails: anything left over is the name.
    pub fn parse(raw: &str) -> Self {
        let mut out = HostText::default();
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        out.whitespace = compact.len() != raw.len() && !compact.is_empty();
        // ASCII only: DNS names compare case-insensitively, and a full Unicode lowering could
        // change the length of text we slice below.
        let mut rest = compact.to_ascii_lowercase();
        if let Some(at) = rest.find("://") {
            out.scheme = Some(rest[..at + 3].to_owned());
            rest = rest[at + 3..].to_owned();
        }
        if let Some(at) = rest.find(['/', '?', '#']) {
            out.path = true;
            rest.truncate(at);
        }
        if let Some(at) = rest.rfind('@') {
            out.user = Some(rest[..=at].to_owned());
            rest = rest[at + 1..].to_owned();
        }
        rest = split_port(rest, &mut out.port);
        let trimmed_len = rest.trim_end_matches('.').len();
        if trimmed_len != rest.len() {
            out.trailing_dot = true;
            rest.truncate(trimmed_len);
        }
        out.name = rest;
        out
    }

    /// Reports what surrounds the name. `fixed` is the host every fix proposes; `aimed` says
    /// whether it is the provider's host (so the messages can name it as the right one).
    /// `port_field` is what the port field says, to point out a disagreement with a `:port`.
    pub fn report(&self, raw: &str, port_field: u16, fixed: &str, aimed: bool, out: &mut Findings) {
        let fix = || Fix {
            host: Some(fixed.to_owned()),
            ..Fix::default()
        };
        let use_name = if aimed {
            format!("Use {fixed}.")
        } else {
            format!("Type just {fixed}.")
        };
        if self.whitespace {
            out.push(
                Code::HostHasWhitespace,
                Severity::Warning,
                format!(
                    "The server name {raw:?} contains spaces. Many clients do not trim them, and a \
                     name with spaces cannot be looked up. {use_name}"
                ),
                fix(),
            );
        }
        if let Some(scheme) = &self.scheme {
            out.push(
                Code::HostHasScheme,
                Severity::Warning,
                format!(
                    "The server field takes a host name, not a URL: most clients look up \
                     \"{scheme}...\" literally and fail. Choose the security in the security \
                     setting instead (a few PHP apps accept ssl:// to mean SSL/TLS). {use_name}"
                ),
                fix(),
            );
        }
        if let Some(user) = &self.user {
            // Aimed at the provider, the fix is its host. Otherwise what follows the "@" is
            // usually the address's domain, not a server: proposing it would be a guess.
            let (tail, user_fix) = if aimed {
                (use_name.clone(), fix())
            } else {
                (
                    "What follows the \"@\" is usually your address's domain, not the server's \
                     name; check your provider's settings."
                        .to_owned(),
                    Fix::default(),
                )
            };
            out.push(
                Code::HostHasUsername,
                Severity::Error,
                format!(
                    "The server field contains {user:?}, part of an email address or user name. \
                     The username goes in its own field; the server field takes only the \
                     server's name. {tail}"
                ),
                user_fix,
            );
        }
        if self.path {
            out.push(
                Code::HostHasPath,
                Severity::Warning,
                format!(
                    "The server name is followed by a path (\"/...\"): mail servers are named by \
                     host alone, and clients fail to look up the rest. {use_name}"
                ),
                fix(),
            );
        }
        if let Some(port) = &self.port {
            out.push(
                Code::HostHasPort,
                Severity::Warning,
                format!(
                    "The server name ends with \":{port}\". The port belongs in the port field; \
                     most clients would look up the whole text as a name and fail.{} {use_name}",
                    if port.parse::<u16>().is_ok_and(|p| p != port_field) {
                        format!(" (The port field says {port_field}; that is the one checked.)")
                    } else {
                        String::new()
                    }
                ),
                fix(),
            );
        }
        if self.trailing_dot {
            out.push(
                Code::HostTrailingDot,
                Severity::Info,
                format!(
                    "The server name ends with a dot. That is valid DNS (a fully qualified \
                     name), but some clients and certificate checks reject it. {use_name}"
                ),
                fix(),
            );
        }
    }
}

/// Splits `name:port` (or `[v6]:port`); a bare IPv6 address keeps its colons.
fn split_port(mut rest: String, port: &mut Option<String>) -> String {
    if rest.starts_with('[') {
        if let Some(close) = rest.find(']') {
            let tail = rest[close + 1..].to_owned();
            rest.truncate(close + 1);
            if let Some(p) = tail.strip_prefix(':') {
                *port = Some(p.to_owned());
            }
        }
        return rest;
    }
    if rest.matches(':').count() == 1 {
        if let Some(at) = rest.find(':') {
            *port = Some(rest[at + 1..].to_owned());
            rest.truncate(at);
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::HostText;

    #[test]
    fn parses_what_people_type() {
        let cases = [
            ("imap.gmail.com", "imap.gmail.com"),
            (" IMAP.Gmail.COM ", "imap.gmail.com"),
            ("imaps://imap.gmail.com:993/", "imap.gmail.com"),
            ("ssl://smtp.gmail.com", "smtp.gmail.com"),
            ("me@gmail.com", "gmail.com"),
            ("imap.gmail.com.", "imap.gmail.com"),
            ("imap.gmail.com:993", "imap.gmail.com"),
            ("[::1]:993", "[::1]"),
            ("::1", "::1"),
            ("", ""),
            ("://", ""),
            ("é.example", "é.example"),
        ];
        for (raw, name) in cases {
            assert_eq!(HostText::parse(raw).name, name, "{raw:?}");
        }
        let t = HostText::parse("imaps://me@imap.gmail.com:993/x.");
        assert_eq!(t.scheme.as_deref(), Some("imaps://"));
        assert_eq!(t.user.as_deref(), Some("me@"));
        assert_eq!(t.port.as_deref(), Some("993"));
        assert!(t.path && !t.whitespace && !t.trailing_dot);
    }
}
