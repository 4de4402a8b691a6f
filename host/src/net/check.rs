//! `check`: every Gmail endpoint at once, plus the MX verdict for a custom domain.

use std::net::SocketAddr;

use portolan_core::probe::allowlist::{CHECK_ENDPOINTS, GMAIL_DOMAINS};
use portolan_core::probe::report::summarize;
use portolan_core::probe::{CheckReport, ProbeReport, allow};

use super::Prober;
use super::mx;

/// Probes the four endpoints concurrently and, for an address on a custom domain, looks up MX.
pub async fn check(
    prober: &Prober,
    email: Option<&str>,
    resolver: Option<SocketAddr>,
) -> CheckReport {
    let domain = email
        .and_then(|e| e.rsplit_once('@'))
        .map(|(_, d)| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .filter(|d| !GMAIL_DOMAINS.contains(&d.as_str()));
    let probes = CHECK_ENDPOINTS.map(|(host, port, protocol, security)| async move {
        match allow(host, port) {
            Ok(target) => Some(prober.probe(&target, protocol, security).await),
            Err(_) => None,
        }
    });
    let [a, b, c, d] = probes;
    let mx_lookup = async {
        match &domain {
            Some(domain) => Some(mx::lookup(domain, resolver, prober.timeout).await),
            None => None,
        }
    };
    let (a, b, c, d, mx) = tokio::join!(a, b, c, d, mx_lookup);
    let probes: Vec<ProbeReport> = [a, b, c, d].into_iter().flatten().collect();
    let summary = summarize(&probes, mx.as_ref());
    CheckReport {
        probes,
        mx,
        summary,
    }
}
