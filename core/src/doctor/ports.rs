//! Port and security, for a host aimed at the provider: the port must be one the provider
//! documents for the protocol, with the security that port speaks.

use super::{Code, Findings, Fix, Setting, Severity};
use crate::knowledge::{Endpoint, PortMistake, Provider, well_known_port};
use crate::prelude::*;
use crate::vocab::{Protocol, Security};

/// Reports port and security problems of `setting`, whose host is (or is fixed to) the
/// provider's.
pub(super) fn report(provider: &Provider, setting: &Setting, out: &mut Findings) {
    let protocol = setting.protocol;
    let Some(target) = target_endpoint(provider, setting) else {
        return;
    };
    let use_target = format!("Use port {} with {}.", target.port, target.security.label());
    if target.port != setting.port {
        let fix = Fix {
            port: Some(target.port),
            security: (target.security != setting.security).then_some(target.security),
            ..Fix::default()
        };
        let (code, severity, why) = port_problem(provider, protocol, setting.port);
        out.push(code, severity, format!("{why} {use_target}"), fix);
    } else if target.security != setting.security && setting.security != Security::None {
        let fix = Fix {
            security: Some(target.security),
            ..Fix::default()
        };
        let (code, message) = security_mismatch(provider, target, setting.security);
        out.push(code, Severity::Error, message, fix);
    }
    if setting.security == Security::None {
        out.push(
            Code::Plaintext,
            Severity::Error,
            format!(
                "No encryption: {} accepts {} only over TLS, and without it your password and \
                 mail would cross the network in clear text (RFC 8314). Choose {}{}.",
                provider.name,
                protocol.label(),
                target.security.label(),
                if target.port == setting.port {
                    String::new()
                } else {
                    format!(" on port {}", target.port)
                }
            ),
            Fix {
                security: Some(target.security),
                ..Fix::default()
            },
        );
    }
}

/// The documented endpoint the setting should use: the one on the typed port if there is one,
/// else the one with the typed security (SMTP: STARTTLS means 587), else the preferred one.
fn target_endpoint(provider: &Provider, setting: &Setting) -> Option<&'static Endpoint> {
    provider
        .endpoint_on(setting.protocol, setting.port)
        .or_else(|| provider.endpoint_for(setting.protocol, Some(setting.security)))
}

/// Why `port` is wrong for `protocol`: a known mistake from the tables, a port of another
/// protocol (RFC assignments), or simply not offered.
fn port_problem(provider: &Provider, protocol: Protocol, port: u16) -> (Code, Severity, String) {
    let label = protocol.label();
    let brand = provider.name;
    if let Some(wrong) = provider.wrong_port(protocol, port) {
        let (code, severity) = match wrong.mistake {
            PortMistake::SubmissionsPortForImap => (Code::ImapPort465Myth, Severity::Error),
            PortMistake::CleartextImapPort => (Code::ImapPort143NotOffered, Severity::Error),
            PortMistake::CleartextPop3Port => (Code::Pop3Port110NotOffered, Severity::Error),
            // Uncertain in the fact base: reports disagree, so it is a warning, not an error.
            PortMistake::RelayPortForSubmission => {
                (Code::SmtpPort25Undocumented, Severity::Warning)
            }
        };
        return (code, severity, wrong.why.to_owned());
    }
    match well_known_port(port) {
        Some(known) if known.protocol != protocol => (
            Code::PortForOtherProtocol,
            Severity::Error,
            format!(
                "Port {port} is the {} port ({}), not a port for {label}.",
                known.protocol.label(),
                known.service
            ),
        ),
        _ if port == 0 => (
            Code::PortNotOffered,
            Severity::Error,
            "Port 0 is not a port a server can listen on.".to_owned(),
        ),
        _ => (
            Code::PortNotOffered,
            Severity::Error,
            format!("{brand} does not offer {label} on port {port}."),
        ),
    }
}

/// The finding for a documented port with the wrong kind of TLS; names the other endpoint
/// that speaks the typed security, if the provider has one.
fn security_mismatch(provider: &Provider, target: &Endpoint, typed: Security) -> (Code, String) {
    let port = target.port;
    let alternative = provider
        .endpoints_for(target.protocol)
        .find(|e| e.security == typed)
        .map(|e| format!(" (Or keep {} and use port {}.)", typed.label(), e.port))
        .unwrap_or_default();
    match target.security {
        Security::ImplicitTls => (
            Code::StarttlsOnImplicitTlsPort,
            format!(
                "Port {port} speaks TLS from the first byte (implicit TLS, often labelled \
                 \"SSL/TLS\"). A client set to STARTTLS waits for a plaintext greeting that never \
                 comes, and the connection hangs or fails. Choose {}.{alternative}",
                Security::ImplicitTls.label(),
            ),
        ),
        _ => (
            Code::ImplicitTlsOnStarttlsPort,
            format!(
                "Port {port} starts in plaintext and upgrades with STARTTLS. A client set to \
                 SSL/TLS starts a TLS handshake the server does not expect there, and the \
                 connection fails. Choose {}.{alternative}",
                Security::Starttls.label()
            ),
        ),
    }
}
