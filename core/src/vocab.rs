//! The shared vocabulary (DESIGN.md, "Vocabulary"): protocols and connection security, spelled
//! the same way in core, the CLI, the extension and the tests.

use crate::prelude::*;
use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Serialize};

/// A mail protocol a client setup form can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protocol {
    /// IMAP4rev1, RFC 3501 (obsoleted by IMAP4rev2, RFC 9051).
    Imap,
    /// POP3, RFC 1939.
    Pop3,
    /// SMTP message submission, RFC 6409 (and RFC 8314 for port 465).
    Smtp,
}

impl Protocol {
    /// Every protocol, in display order.
    pub const ALL: [Protocol; 3] = [Protocol::Imap, Protocol::Pop3, Protocol::Smtp];

    /// The vocabulary spelling: `imap`, `pop3`, `smtp`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
            Protocol::Smtp => "smtp",
        }
    }

    /// The name people read: `IMAP`, `POP3`, `SMTP`.
    pub const fn label(self) -> &'static str {
        match self {
            Protocol::Imap => "IMAP",
            Protocol::Pop3 => "POP3",
            Protocol::Smtp => "SMTP",
        }
    }

    /// Whether this protocol reads mail (incoming) rather than sends it.
    pub const fn is_incoming(self) -> bool {
        !matches!(self, Protocol::Smtp)
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A word that is not one of the vocabulary's spellings.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {word:?} (expected one of: {expected})")]
pub struct UnknownWord {
    /// What was being parsed: "protocol" or "security".
    pub kind: &'static str,
    /// The word as given.
    pub word: String,
    /// The accepted spellings, comma-separated.
    pub expected: &'static str,
}

impl FromStr for Protocol {
    type Err = UnknownWord;

    /// Accepts the vocabulary spelling and the common synonyms, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "imap" | "imap4" | "imaps" => Ok(Protocol::Imap),
            "pop3" | "pop" | "pop3s" => Ok(Protocol::Pop3),
            "smtp" | "smtps" | "submission" | "submissions" => Ok(Protocol::Smtp),
            _ => Err(UnknownWord {
                kind: "protocol",
                word: s.to_owned(),
                expected: "imap, pop3, smtp",
            }),
        }
    }
}

/// How a connection is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Security {
    /// TLS from the first byte (RFC 8314 "implicit TLS"); forms often say "SSL" or "SSL/TLS".
    ImplicitTls,
    /// A plaintext start upgraded with STARTTLS (IMAP, SMTP) or STLS (POP3); forms often say
    /// "TLS" or "STARTTLS".
    Starttls,
    /// No encryption at all.
    None,
}

impl Security {
    /// Every security mode, in display order.
    pub const ALL: [Security; 3] = [Security::ImplicitTls, Security::Starttls, Security::None];

    /// The vocabulary spelling: `implicit-tls`, `starttls`, `none`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Security::ImplicitTls => "implicit-tls",
            Security::Starttls => "starttls",
            Security::None => "none",
        }
    }

    /// The name people read, with the label forms usually give it.
    pub const fn label(self) -> &'static str {
        match self {
            Security::ImplicitTls => "SSL/TLS (implicit TLS)",
            Security::Starttls => "STARTTLS",
            Security::None => "None (plaintext)",
        }
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Security {
    type Err = UnknownWord;

    /// Accepts the vocabulary spelling and unambiguous synonyms, in any case. The bare words
    /// "tls" and "ssl" are ambiguous in forms but here, on a command line, they follow the
    /// vocabulary: "ssl" is implicit TLS and "tls" is rejected as ambiguous.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s
            .trim()
            .to_ascii_lowercase()
            .replace(['_', ' '], "-")
            .as_str()
        {
            "implicit-tls" | "implicit" | "ssl" | "ssl/tls" | "tls-implicit" => {
                Ok(Security::ImplicitTls)
            }
            "starttls" | "start-tls" | "stls" => Ok(Security::Starttls),
            "none" | "plain" | "plaintext" | "off" => Ok(Security::None),
            _ => Err(UnknownWord {
                kind: "security",
                word: s.to_owned(),
                expected: "implicit-tls, starttls, none",
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip_through_serde_and_from_str() {
        for p in Protocol::ALL {
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.as_str()));
            assert_eq!(p.as_str().parse::<Protocol>().unwrap(), p);
        }
        for s in Security::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            assert_eq!(s.as_str().parse::<Security>().unwrap(), s);
        }
    }

    #[test]
    fn synonyms_and_rejections() {
        assert_eq!(" IMAPS ".parse::<Protocol>().unwrap(), Protocol::Imap);
        assert_eq!("Pop".parse::<Protocol>().unwrap(), Protocol::Pop3);
        assert_eq!("STARTTLS".parse::<Security>().unwrap(), Security::Starttls);
        assert_eq!("SSL".parse::<Security>().unwrap(), Security::ImplicitTls);
        let err = "tls".parse::<Security>().unwrap_err();
        assert_eq!(err.kind, "security");
        assert!("ftp".parse::<Protocol>().is_err());
        assert!("".parse::<Protocol>().is_err());
    }
}
