//! What the native host may probe: Google mail hosts on mail ports, nothing else, so the host is
//! never a port scanner for a web page or a compromised extension (docs/THREAT-MODEL.md).

use crate::prelude::*;
use thiserror::Error;

use crate::knowledge::{Endpoint, gmail};

/// The mail ports: SMTP 25, POP3 110, IMAP 143, submissions 465, submission 587, IMAPS 993,
/// POP3S 995 (RFC 5321, 1939, 3501, 8314, 6409).
pub const MAIL_PORTS: [u16; 7] = [25, 110, 143, 465, 587, 993, 995];

/// Why a target is refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum TargetRefused {
    /// The host is not a Google mail host.
    #[error("{host} is not a Google mail host; portolan probes only Gmail's servers")]
    HostNotGoogleMail {
        /// The host asked for.
        host: String,
    },
    /// The port is not a mail port.
    #[error("port {port} is not a mail port (25, 110, 143, 465, 587, 993, 995)")]
    PortNotMail {
        /// The port asked for.
        port: u16,
    },
    /// The target is not `HOST:PORT`.
    #[error("{target:?} is not HOST:PORT")]
    Malformed {
        /// The text given.
        target: String,
    },
}

/// A target that passed the allowlist: only this type reaches the network code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AllowedTarget {
    host: String,
    port: u16,
}

impl AllowedTarget {
    /// The host name, lower-case, without a trailing dot.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }
}

impl core::fmt::Display for AllowedTarget {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

/// Parses `HOST:PORT` and checks it against the allowlist.
pub fn allow_target(target: &str) -> Result<AllowedTarget, TargetRefused> {
    let malformed = || TargetRefused::Malformed {
        target: target.chars().take(200).collect(),
    };
    let (host, port) = target.rsplit_once(':').ok_or_else(malformed)?;
    let port: u16 = port.parse().map_err(|_| malformed())?;
    allow(host, port)
}

/// Checks a host and port against the allowlist.
pub fn allow(host: &str, port: u16) -> Result<AllowedTarget, TargetRefused> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if !is_google_mail_host(&host) {
        return Err(TargetRefused::HostNotGoogleMail {
            host: host.chars().take(200).collect(),
        });
    }
    if !MAIL_PORTS.contains(&port) {
        return Err(TargetRefused::PortNotMail { port });
    }
    Ok(AllowedTarget { host, port })
}

/// Whether `host` is one of Gmail's mail hosts as core::knowledge lists them: the client
/// endpoints, their aliases (googlemail.com), and the Google hosts that are not for clients but
/// answer on mail ports (smtp-relay, the MX hosts), whose probe says why they are wrong.
pub fn is_google_mail_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let provider = gmail();
    provider.endpoints.iter().any(|e| e.host == host)
        || provider.aliases.iter().any(|a| a.host == host)
        || provider
            .misused_hosts
            .iter()
            .any(|m| m.pattern.matches(&host))
        || provider.mx.known_hosts.iter().any(|p| p.matches(&host))
}

/// What `portolan check` probes, in parallel: every documented client endpoint (IMAP 993,
/// POP3 995, SMTP 465 and 587 for Gmail).
pub fn check_endpoints() -> &'static [Endpoint] {
    gmail().endpoints
}

/// Whether an address's domain is a personal Gmail domain, so no MX look-up is needed.
pub fn is_personal_domain(domain: &str) -> bool {
    gmail().username.personal_domains.contains(&domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowlist_table() {
        let table = [
            ("imap.gmail.com:993", true),
            ("IMAP.Gmail.com.:993", true),
            ("smtp.gmail.com:587", true),
            ("pop.googlemail.com:995", true),
            ("aspmx.l.google.com:25", true),
            ("alt4.aspmx.l.google.com:25", true),
            ("alt4.gmail-smtp-in.l.google.com:25", true),
            ("aspmx3.googlemail.com:25", true),
            ("smtp.google.com:25", true),
            ("imap.gmail.com:443", false),
            ("imap.gmail.com:22", false),
            ("www.google.com:25", false),
            ("evil.aspmx.l.google.com:25", false),
            ("imap.gmail.com.evil.com:993", false),
            ("127.0.0.1:993", false),
            ("localhost:25", false),
            ("imap.gmail.com", false),
            ("imap.gmail.com:99999", false),
        ];
        for (target, allowed) in table {
            assert_eq!(allow_target(target).is_ok(), allowed, "{target}");
        }
    }
}
