//! The outcome of one probe: a documented, append-only set (DESIGN.md, CLI contract).

use serde::{Deserialize, Serialize};

/// What a probe found. The kebab-case spellings are a public contract: new variants are appended,
/// none is ever renamed or removed (docs/PROTOCOL.md lists them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Outcome {
    /// The server answered as a mail server should, over the security asked for.
    Ok,
    /// The host name did not resolve: no network, a broken resolver, or a typo.
    DnsFailed,
    /// The connection was actively refused (RST): nothing listens there, or a firewall rejects.
    Refused,
    /// No answer in time: usually a firewall that silently drops the port.
    Timeout,
    /// The TLS handshake failed for a reason other than the certificate.
    TlsFailed,
    /// The certificate chain does not lead to a trusted root (self-signed, or an unknown CA).
    CertificateUntrusted,
    /// The certificate is valid but not for the name asked for.
    CertificateNameMismatch,
    /// The certificate has expired (or the computer's clock is wrong).
    CertificateExpired,
    /// Implicit TLS was asked for, and the server spoke plaintext from the first byte.
    PlaintextOnTlsPort,
    /// A plaintext start (STARTTLS or none) was asked for, and the port speaks TLS.
    TlsOnPlaintextPort,
    /// STARTTLS was asked for, and the server does not advertise it.
    StarttlsNotOffered,
    /// The server advertised STARTTLS and then refused the command.
    StarttlsRefused,
    /// The server's first words were not those of the protocol asked for.
    UnexpectedGreeting,
    /// The server closed the connection before the conversation finished.
    ClosedEarly,
    /// The connection failed for another network reason (no route, network down).
    Unreachable,
    /// The server sent a line longer than any mail server would, or too many bytes in total.
    ResponseTooLong,
    /// The server speaks the protocol but refused service at once (SMTP 421/554, IMAP
    /// `* BYE`, POP3 `-ERR` greeting): busy, or this address is blocked.
    Rejected,
}

impl Outcome {
    /// Every outcome, in the order of the contract.
    pub const ALL: [Outcome; 17] = [
        Outcome::Ok,
        Outcome::DnsFailed,
        Outcome::Refused,
        Outcome::Timeout,
        Outcome::TlsFailed,
        Outcome::CertificateUntrusted,
        Outcome::CertificateNameMismatch,
        Outcome::CertificateExpired,
        Outcome::PlaintextOnTlsPort,
        Outcome::TlsOnPlaintextPort,
        Outcome::StarttlsNotOffered,
        Outcome::StarttlsRefused,
        Outcome::UnexpectedGreeting,
        Outcome::ClosedEarly,
        Outcome::Unreachable,
        Outcome::ResponseTooLong,
        Outcome::Rejected,
    ];

    /// The contract spelling, e.g. `certificate-name-mismatch`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::DnsFailed => "dns-failed",
            Outcome::Refused => "refused",
            Outcome::Timeout => "timeout",
            Outcome::TlsFailed => "tls-failed",
            Outcome::CertificateUntrusted => "certificate-untrusted",
            Outcome::CertificateNameMismatch => "certificate-name-mismatch",
            Outcome::CertificateExpired => "certificate-expired",
            Outcome::PlaintextOnTlsPort => "plaintext-on-tls-port",
            Outcome::TlsOnPlaintextPort => "tls-on-plaintext-port",
            Outcome::StarttlsNotOffered => "starttls-not-offered",
            Outcome::StarttlsRefused => "starttls-refused",
            Outcome::UnexpectedGreeting => "unexpected-greeting",
            Outcome::ClosedEarly => "closed-early",
            Outcome::Unreachable => "unreachable",
            Outcome::ResponseTooLong => "response-too-long",
            Outcome::Rejected => "rejected",
        }
    }

    /// Whether the mail server is usable with the settings probed.
    pub const fn is_ok(self) -> bool {
        matches!(self, Outcome::Ok)
    }
}

impl core::fmt::Display for Outcome {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the conversation a probe stopped; explanations depend on it (a timeout on connect is
/// a firewall, a timeout after connecting is a silent server).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Stage {
    /// Resolving the host name.
    Dns,
    /// Opening the TCP connection.
    Connect,
    /// The TLS handshake (implicit TLS, or after STARTTLS).
    Tls,
    /// Waiting for the server's greeting.
    Greeting,
    /// Asking for capabilities (CAPABILITY, CAPA, EHLO).
    Capabilities,
    /// Asking for the STARTTLS/STLS upgrade.
    Starttls,
    /// Saying goodbye (LOGOUT, QUIT); a problem here does not change the outcome.
    Done,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_match_serde() {
        for outcome in Outcome::ALL {
            let json = serde_json::to_string(&outcome).unwrap();
            assert_eq!(json, format!("\"{}\"", outcome.as_str()));
        }
    }
}
