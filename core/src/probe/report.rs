//! The reports the CLI prints and the native host sends (DESIGN.md: `probe`, `check`, `mx`), and
//! the plain-words explanations of what they mean.

use crate::prelude::*;
use serde::{Deserialize, Serialize};

use crate::probe::certificate::{CertificateReport, Interception, TrustedBy};
use crate::probe::dns::MxRecord;
use crate::probe::outcome::{Outcome, Stage};
use crate::vocab::{Protocol, Security};

/// The TLS part of a probe report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlsReport {
    /// `TLSv1.3` or `TLSv1.2`, when the handshake got that far.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The server's leaf certificate, when one was presented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateReport>,
    /// Set when a Google name was answered with a certificate Google did not issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interception: Option<Interception>,
}

/// One probe's report (`portolan probe --json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeReport {
    /// `HOST:PORT` as asked for.
    pub target: String,
    /// The protocol spoken.
    pub protocol: Protocol,
    /// The security asked for.
    pub security: Security,
    /// What was found.
    pub outcome: Outcome,
    /// Where the probe stopped (or `done`).
    pub stage: Stage,
    /// Milliseconds from start to verdict.
    pub elapsed_ms: u64,
    /// The address connected to (`IP:PORT`), when a connection was made.
    pub address: Option<String>,
    /// TLS details, when TLS was attempted.
    pub tls: Option<TlsReport>,
    /// The server's greeting.
    pub greeting: Option<String>,
    /// The capabilities (after STARTTLS when upgraded).
    pub capabilities: Vec<String>,
    /// The SASL mechanisms advertised.
    pub auth_mechanisms: Vec<String>,
    /// Whether this is Google's server: a trusted certificate for the name, issued by Google,
    /// and Google's greeting fingerprint.
    pub google: bool,
    /// What it means, in plain words.
    pub explanation: String,
}

/// The MX verdict for a domain (`portolan mx --json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MxReport {
    /// The domain asked about.
    pub domain: String,
    /// Its MX records, most preferred first.
    pub records: Vec<MxRecord>,
    /// Whether the mail for this domain goes to Google.
    pub google: bool,
    /// Why no records came back, when none did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// What it means, in plain words.
    pub explanation: String,
}

/// `portolan check --json`: all Gmail endpoints, plus the MX verdict for a custom domain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckReport {
    /// One report per endpoint.
    pub probes: Vec<ProbeReport>,
    /// The MX verdict, when an address on a custom domain was given.
    pub mx: Option<MxReport>,
    /// The whole picture in a few sentences.
    pub summary: String,
}

/// Whether a greeting carries Google's fingerprint (core::knowledge, gmail-facts.md §5). Easy
/// to fake: only a trusted certificate for the name proves it is Google.
pub fn greeting_is_google(protocol: Protocol, greeting: &str) -> bool {
    crate::knowledge::gmail()
        .fingerprint(protocol)
        .is_some_and(|f| f.greeting_matches(greeting))
}

/// Whether the report proves Google answered: the conversation worked, over a certificate for
/// the name that the public roots trust and Google's CA issued, with no interception, and the
/// greeting carries Google's fingerprint. A look-alike under a locally installed root is not
/// Google, whatever it calls itself.
pub fn is_verified_google(report: &ProbeReport) -> bool {
    let Some(tls) = &report.tls else { return false };
    let certificate_ok = tls.interception.is_none()
        && tls.certificate.as_ref().is_some_and(|c| {
            c.trusted
                && c.valid_for_host
                && c.trusted_by == Some(TrustedBy::PublicRoots)
                && crate::knowledge::is_google_issuer(&c.issuer)
        });
    report.outcome.is_ok()
        && certificate_ok
        && report
            .greeting
            .as_deref()
            .is_some_and(|g| greeting_is_google(report.protocol, g))
}

/// The plain-words explanation of one probe.
pub fn explain(report: &ProbeReport) -> String {
    let port = report.target.rsplit(':').next().unwrap_or("");
    let proto = report.protocol.label();
    let mut text = match report.outcome {
        Outcome::Ok => format!(
            "{proto} on port {port} works with {}.",
            report.security.label()
        ),
        Outcome::DnsFailed => "The server's name did not resolve: check the network connection and DNS.".to_owned(),
        Outcome::Refused => format!(
            "Port {port} refused the connection: nothing listens there, or a firewall rejects it."
        ),
        Outcome::Timeout => match report.stage {
            Stage::Connect | Stage::Dns => format!(
                "No answer on port {port}: a firewall (on this computer, the router or the network) silently drops {proto} connections."
            ),
            _ => format!(
                "Port {port} accepted the connection but the server stayed silent: a proxy or filter may hold the connection."
            ),
        },
        Outcome::TlsFailed => format!("The TLS handshake on port {port} failed."),
        Outcome::CertificateUntrusted => "The server's certificate is not trusted: it is self-signed or from an unknown authority. Someone may be intercepting the connection.".to_owned(),
        Outcome::CertificateNameMismatch => "The server's certificate is for another name: the name is mapped to the wrong server, or the connection is intercepted.".to_owned(),
        Outcome::CertificateExpired => "The server's certificate has expired, or this computer's clock is wrong.".to_owned(),
        Outcome::PlaintextOnTlsPort => format!(
            "Port {port} speaks plaintext from the first byte: choose STARTTLS, not SSL/TLS."
        ),
        Outcome::TlsOnPlaintextPort => format!(
            "Port {port} speaks TLS from the first byte: choose SSL/TLS, not STARTTLS or none."
        ),
        Outcome::StarttlsNotOffered => format!(
            "Port {port} does not offer STARTTLS: choose SSL/TLS on the implicit-TLS port, or something strips STARTTLS from the server's answer."
        ),
        Outcome::StarttlsRefused => format!("The server on port {port} refused STARTTLS."),
        Outcome::UnexpectedGreeting => format!(
            "The server on port {port} does not speak {proto}: check the protocol and port."
        ),
        Outcome::ClosedEarly => format!("The server on port {port} closed the connection early."),
        Outcome::Unreachable => "The network is unreachable from this computer.".to_owned(),
        Outcome::Rejected => format!(
            "The {proto} server on port {port} refused service at once: it is busy, or it blocks this network's address (a blocklist, too many connections)."
        ),
        Outcome::ResponseTooLong => format!(
            "The server on port {port} sent an endless answer; it is not a mail server."
        ),
    };
    if report.outcome.is_ok() && report.security == Security::None {
        text.push_str(
            " Warning: without TLS, the password and the mail cross the network readable by anyone on the way.",
        );
    }
    if let Some(interception) = report.tls.as_ref().and_then(|t| t.interception.as_ref()) {
        text.push_str(&format!(
            " Warning: the certificate was issued by {}, not by Google: an antivirus, a corporate proxy or an attacker intercepts TLS, and mail clients often refuse such connections.",
            interception.issuer
        ));
    }
    text
}

/// The plain-words meaning of an MX answer.
pub fn explain_mx(domain: &str, records: &[MxRecord], google: bool, error: Option<&str>) -> String {
    if let Some(error) = error {
        return format!("No MX records for {domain}: {error}.");
    }
    if records.is_empty() {
        return format!("{domain} has no MX records: it receives no mail of its own.");
    }
    if google {
        format!(
            "{domain} receives its mail at Google: use imap.gmail.com and smtp.gmail.com with the full address."
        )
    } else {
        format!(
            "{domain} receives its mail at {}, not at Google: use that provider's settings (a security gateway can also sit in front of Google).",
            records[0].exchange
        )
    }
}

/// The whole picture of a check, in a few sentences.
pub fn summarize(probes: &[ProbeReport], mx: Option<&MxReport>) -> String {
    let working: Vec<&ProbeReport> = probes.iter().filter(|p| p.outcome.is_ok()).collect();
    let mut text = if working.len() == probes.len() {
        "Every Gmail endpoint works from this computer.".to_owned()
    } else if working.is_empty() {
        let same = probes.windows(2).all(|w| w[0].outcome == w[1].outcome);
        match probes.first() {
            Some(first) if same => format!(
                "No Gmail endpoint works from this computer. {}",
                first.explanation
            ),
            _ => "No Gmail endpoint works from this computer.".to_owned(),
        }
    } else {
        let ok: Vec<String> = working.iter().map(|p| port_label(p)).collect();
        let bad: Vec<String> = probes
            .iter()
            .filter(|p| !p.outcome.is_ok())
            .map(|p| format!("{} ({})", port_label(p), p.outcome))
            .collect();
        let verb = |n: usize| if n == 1 { "fails" } else { "fail" };
        let verb_ok = |n: usize| if n == 1 { "works" } else { "work" };
        format!(
            "{} {} while {} {}",
            bad.join(", "),
            verb(bad.len()),
            ok.join(", "),
            verb_ok(ok.len())
        ) + if probes.iter().any(|p| p.outcome == Outcome::Timeout) {
            ": a firewall blocks some mail ports."
        } else {
            "."
        }
    };
    if probes
        .iter()
        .any(|p| p.tls.as_ref().is_some_and(|t| t.interception.is_some()))
    {
        text.push_str(" Warning: TLS is intercepted (the certificate is not Google's).");
    }
    if let Some(mx) = mx {
        text.push(' ');
        text.push_str(&mx.explanation);
    }
    text
}

fn port_label(report: &ProbeReport) -> String {
    let port = report.target.rsplit(':').next().unwrap_or("");
    format!("{} {port}", report.protocol.label())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn google_fingerprints() {
        let table = [
            (
                Protocol::Imap,
                "* OK Gimap ready for requests from 192.0.2.1 a1mb123",
                true,
            ),
            (
                Protocol::Pop3,
                "+OK Gpop ready for requests from 192.0.2.1 b2mb",
                true,
            ),
            (
                Protocol::Smtp,
                "220 smtp.gmail.com ESMTP c3sm - gsmtp",
                true,
            ),
            (
                Protocol::Imap,
                "* OK [CAPABILITY IMAP4rev1] Dovecot (Debian) ready.",
                false,
            ),
            (Protocol::Smtp, "220 mail.example ESMTP Postfix", false),
        ];
        for (protocol, greeting, google) in table {
            assert_eq!(greeting_is_google(protocol, greeting), google, "{greeting}");
        }
    }

    fn probe(target: &str, protocol: Protocol, outcome: Outcome, stage: Stage) -> ProbeReport {
        let mut report = ProbeReport {
            target: target.into(),
            protocol,
            security: Security::ImplicitTls,
            outcome,
            stage,
            elapsed_ms: 1,
            address: None,
            tls: None,
            greeting: None,
            capabilities: Vec::new(),
            auth_mechanisms: Vec::new(),
            google: false,
            explanation: String::new(),
        };
        report.explanation = explain(&report);
        report
    }

    #[test]
    fn a_firewall_dropping_imap_is_named() {
        let probes = [
            probe(
                "imap.gmail.com:993",
                Protocol::Imap,
                Outcome::Timeout,
                Stage::Connect,
            ),
            probe(
                "smtp.gmail.com:465",
                Protocol::Smtp,
                Outcome::Ok,
                Stage::Done,
            ),
        ];
        assert!(
            probes[0].explanation.contains("firewall"),
            "{}",
            probes[0].explanation
        );
        let summary = summarize(&probes, None);
        assert_eq!(
            summary,
            "IMAP 993 (timeout) fails while SMTP 465 works: a firewall blocks some mail ports."
        );
    }

    #[test]
    fn every_outcome_has_words() {
        for outcome in Outcome::ALL {
            let p = probe(
                "imap.gmail.com:993",
                Protocol::Imap,
                outcome,
                Stage::Greeting,
            );
            assert!(p.explanation.len() > 20, "{outcome}");
        }
    }

    #[test]
    fn only_a_publicly_trusted_google_chain_with_gimap_is_google() {
        let certificate = |issuer: &str, trusted_by| CertificateReport {
            subject: "CN=imap.gmail.com".into(),
            issuer: issuer.into(),
            not_after: "2030-01-01T00:00:00Z".into(),
            names: vec!["imap.gmail.com".into()],
            trusted: true,
            valid_for_host: true,
            trusted_by: Some(trusted_by),
        };
        let gts = "C=US, O=Google Trust Services, CN=WR2";
        let table = [
            (
                gts,
                TrustedBy::PublicRoots,
                None,
                "* OK Gimap ready for requests from 192.0.2.1 x",
                true,
            ),
            (
                gts,
                TrustedBy::PublicRoots,
                None,
                "* OK Dovecot ready.",
                false,
            ),
            (
                gts,
                TrustedBy::LocalRoots,
                None,
                "* OK Gimap ready for requests from 192.0.2.1 x",
                false,
            ),
            (
                "O=Avast, CN=Avast Web/Mail Shield Root",
                TrustedBy::PublicRoots,
                None,
                "* OK Gimap ready for requests from 192.0.2.1 x",
                false,
            ),
            (
                gts,
                TrustedBy::PublicRoots,
                Some(Interception {
                    issuer: gts.into(),
                    trusted_by: None,
                }),
                "* OK Gimap ready for requests from 192.0.2.1 x",
                false,
            ),
        ];
        for (issuer, trusted_by, interception, greeting, google) in table {
            let mut report = probe(
                "imap.gmail.com:993",
                Protocol::Imap,
                Outcome::Ok,
                Stage::Done,
            );
            report.greeting = Some(greeting.into());
            report.tls = Some(TlsReport {
                version: Some("TLSv1.3".into()),
                certificate: Some(certificate(issuer, trusted_by)),
                interception,
            });
            assert_eq!(
                is_verified_google(&report),
                google,
                "{issuer} {trusted_by:?} {greeting}"
            );
        }
    }
}
