//! Protocol facts that hold for every provider: the ports the RFCs assign to mail protocols
//! (gmail-facts.md §8). The doctor uses them to say "this port belongs to another protocol".

use super::provenance::{Provenance, RFC1939, RFC2595, RFC6409, RFC8314, RFC9051};
use super::servers::WellKnownPort;
use crate::vocab::{Protocol, Security};

/// The mail ports of RFC 9051, 1939, 2595, 6409 and 8314, with the security each implies.
///
/// 25, 110, 143 and 587 start in plaintext; the table lists them as [`Security::Starttls`]
/// because that is how a client protects them (RFC 2595, RFC 6409), and [`Security::None`] is
/// never right for a password (RFC 8314 §3).
pub const WELL_KNOWN_PORTS: &[WellKnownPort] = &[
    WellKnownPort {
        port: 143,
        protocol: Protocol::Imap,
        security: Security::Starttls,
        service: "imap",
        provenance: Provenance::verified(&[RFC9051, RFC2595]),
    },
    WellKnownPort {
        port: 993,
        protocol: Protocol::Imap,
        security: Security::ImplicitTls,
        service: "imaps",
        provenance: Provenance::verified(&[RFC8314, RFC9051]),
    },
    WellKnownPort {
        port: 110,
        protocol: Protocol::Pop3,
        security: Security::Starttls,
        service: "pop3",
        provenance: Provenance::verified(&[RFC1939, RFC2595]),
    },
    WellKnownPort {
        port: 995,
        protocol: Protocol::Pop3,
        security: Security::ImplicitTls,
        service: "pop3s",
        provenance: Provenance::verified(&[RFC8314]),
    },
    WellKnownPort {
        port: 25,
        protocol: Protocol::Smtp,
        security: Security::Starttls,
        service: "smtp",
        provenance: Provenance::verified(&[RFC8314]),
    },
    WellKnownPort {
        port: 465,
        protocol: Protocol::Smtp,
        security: Security::ImplicitTls,
        service: "submissions",
        provenance: Provenance::verified(&[RFC8314]),
    },
    WellKnownPort {
        port: 587,
        protocol: Protocol::Smtp,
        security: Security::Starttls,
        service: "submission",
        provenance: Provenance::verified(&[RFC6409, RFC8314]),
    },
];

/// The RFC assignment of `port`, if it is a mail port.
pub fn well_known_port(port: u16) -> Option<&'static WellKnownPort> {
    WELL_KNOWN_PORTS.iter().find(|p| p.port == port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_are_unique_and_465_is_submission() {
        for (i, a) in WELL_KNOWN_PORTS.iter().enumerate() {
            for b in &WELL_KNOWN_PORTS[i + 1..] {
                assert_ne!(a.port, b.port);
            }
        }
        let p465 = well_known_port(465).unwrap();
        assert_eq!(p465.protocol, Protocol::Smtp);
        assert_eq!(p465.security, Security::ImplicitTls);
        assert!(well_known_port(8080).is_none());
    }
}
