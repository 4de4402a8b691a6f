//! Certificate verdicts: what a chain verification result means for the user, and whether a
//! Gmail name was answered by someone other than Google (TLS interception by an antivirus or a
//! corporate proxy, which breaks mail clients).

use crate::prelude::*;
use serde::{Deserialize, Serialize};

use crate::probe::outcome::Outcome;

/// How a verification against one set of roots ended (the host runs rustls/webpki and reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Verification {
    /// The chain leads to one of these roots, is in date, and names the host.
    Trusted,
    /// The chain does not lead to any of these roots.
    UnknownIssuer,
    /// The certificate is past its notAfter (or before its notBefore).
    Expired,
    /// The certificate does not name the host.
    NameMismatch,
    /// Any other rejection (bad signature, wrong key usage, revoked...).
    Invalid,
}

/// Which roots made the chain trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum TrustedBy {
    /// The public web PKI (Mozilla's roots, as shipped by webpki-roots).
    PublicRoots,
    /// Only the operating system's store or an extra CA file: a root someone installed.
    LocalRoots,
}

/// The certificate fields the host read from the leaf, plus both verification results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateFacts {
    /// The leaf's subject, RFC 4514 style (`CN=imap.gmail.com`).
    pub subject: String,
    /// The leaf's issuer, RFC 4514 style (`CN=WR2, O=Google Trust Services, C=US`).
    pub issuer: String,
    /// The issuer's organization (O=), when present.
    pub issuer_organization: Option<String>,
    /// The issuer's common name (CN=), when present.
    pub issuer_common_name: Option<String>,
    /// notAfter in RFC 3339 (`2026-12-01T08:00:00Z`).
    pub not_after: String,
    /// The DNS names of the subjectAltName extension.
    pub names: Vec<String>,
    /// The verification against the public roots.
    pub public_roots: Verification,
    /// The verification against the operating system's store plus any extra CA.
    pub local_roots: Verification,
}

/// The certificate as reported (`tls.certificate` in a probe report).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateReport {
    /// The leaf's subject.
    pub subject: String,
    /// The leaf's issuer.
    pub issuer: String,
    /// notAfter, RFC 3339.
    pub not_after: String,
    /// The subjectAltName DNS names.
    pub names: Vec<String>,
    /// Whether some root store trusts the chain (and it is in date and names the host).
    pub trusted: bool,
    /// Whether one of the names covers the host asked for (RFC 6125 wildcards, left-most label).
    pub valid_for_host: bool,
    /// Which roots made it trusted, when trusted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trusted_by: Option<TrustedBy>,
}

/// `tls.interception`: a Gmail name answered with a certificate Google did not issue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interception {
    /// The issuer that is not Google's.
    pub issuer: String,
    /// Which roots trust that issuer on this computer, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trusted_by: Option<TrustedBy>,
}

/// Everything a certificate means for one probe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateVerdict {
    /// The certificate fields and trust, for the report.
    pub report: CertificateReport,
    /// `None` when the certificate is acceptable; otherwise the probe's outcome.
    pub failure: Option<Outcome>,
    /// Set when the issuer is not Google's for a Google name.
    pub interception: Option<Interception>,
}

/// Judges a certificate presented for `host`. `google_name` says whether the host is a Google
/// mail host (then any issuer but Google's means interception).
pub fn judge(host: &str, google_name: bool, facts: &CertificateFacts) -> CertificateVerdict {
    use Verification::*;
    let trusted_by = if facts.public_roots == Trusted {
        Some(TrustedBy::PublicRoots)
    } else if facts.local_roots == Trusted {
        Some(TrustedBy::LocalRoots)
    } else {
        None
    };
    // The more specific error wins: a chain anchored in local roots but expired is "expired",
    // not "unknown issuer" as the public verifier sees it.
    let failure = match trusted_by {
        Some(_) => None,
        None => Some(match (facts.public_roots, facts.local_roots) {
            (Expired, _) | (_, Expired) => Outcome::CertificateExpired,
            (NameMismatch, _) | (_, NameMismatch) => Outcome::CertificateNameMismatch,
            _ => Outcome::CertificateUntrusted,
        }),
    };
    let issued_by_google = is_google_issuer(facts);
    let interception = (google_name
        && (!issued_by_google || trusted_by == Some(TrustedBy::LocalRoots)))
    .then(|| Interception {
        issuer: facts.issuer.clone(),
        trusted_by,
    });
    CertificateVerdict {
        report: CertificateReport {
            subject: facts.subject.clone(),
            issuer: facts.issuer.clone(),
            not_after: facts.not_after.clone(),
            names: facts.names.clone(),
            trusted: trusted_by.is_some(),
            valid_for_host: names_cover(host, &facts.names),
            trusted_by,
        },
        failure,
        interception,
    }
}

/// Whether Google's own CAs issued this certificate (core::knowledge: Google Trust Services,
/// the older Google Internet Authority).
pub fn is_google_issuer(facts: &CertificateFacts) -> bool {
    crate::knowledge::is_google_issuer(&facts.issuer)
}

/// RFC 6125 §6.4: exact match, or a wildcard in the left-most label only, case-insensitive.
pub fn names_cover(host: &str, names: &[String]) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    names.iter().any(|name| {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        match name.strip_prefix("*.") {
            Some(suffix) => host
                .split_once('.')
                .is_some_and(|(label, rest)| !label.is_empty() && rest == suffix),
            None => name == host,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(org: &str, public: Verification, local: Verification) -> CertificateFacts {
        CertificateFacts {
            subject: "CN=imap.gmail.com".into(),
            issuer: format!("CN=X, O={org}"),
            issuer_organization: Some(org.into()),
            issuer_common_name: Some("X".into()),
            not_after: "2030-01-01T00:00:00Z".into(),
            names: vec!["imap.gmail.com".into()],
            public_roots: public,
            local_roots: local,
        }
    }

    #[test]
    fn verdicts() {
        use Verification::*;
        let g = "Google Trust Services";
        let table = [
            (g, Trusted, Trusted, None, false),
            (g, UnknownIssuer, Trusted, None, true),
            ("Avast", UnknownIssuer, Trusted, None, true),
            (
                "Avast",
                UnknownIssuer,
                UnknownIssuer,
                Some(Outcome::CertificateUntrusted),
                true,
            ),
            (
                "Test",
                UnknownIssuer,
                Expired,
                Some(Outcome::CertificateExpired),
                true,
            ),
            (
                g,
                NameMismatch,
                NameMismatch,
                Some(Outcome::CertificateNameMismatch),
                false,
            ),
        ];
        for (org, public, local, failure, intercepted) in table {
            let v = judge("imap.gmail.com", true, &facts(org, public, local));
            assert_eq!(v.failure, failure, "{org} {public:?} {local:?}");
            assert_eq!(
                v.interception.is_some(),
                intercepted,
                "{org} {public:?} {local:?}"
            );
        }
    }

    #[test]
    fn wildcards() {
        let names = vec!["*.gmail.com".to_owned()];
        assert!(names_cover("imap.gmail.com", &names));
        assert!(!names_cover("gmail.com", &names));
        assert!(!names_cover("a.imap.gmail.com", &names));
        assert!(names_cover(
            "IMAP.gmail.com.",
            &["imap.gmail.com".to_owned()]
        ));
    }
}
