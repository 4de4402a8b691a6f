//! `check`: every Gmail endpoint at once, plus the MX verdict for a custom domain.

use std::net::SocketAddr;

use portolan_core::probe::allowlist::{check_endpoints, is_personal_domain};
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
        .filter(|d| !is_personal_domain(d));
    let probes = futures_join_all(check_endpoints().iter().map(|e| async move {
        match allow(e.host, e.port) {
            Ok(target) => Some(prober.probe(&target, e.protocol, e.security).await),
            Err(_) => None,
        }
    }));
    let mx_lookup = async {
        match &domain {
            Some(domain) => Some(mx::lookup(domain, resolver, prober.timeout).await),
            None => None,
        }
    };
    let (probes, mx) = tokio::join!(probes, mx_lookup);
    let probes: Vec<ProbeReport> = probes.into_iter().flatten().collect();
    let summary = summarize(&probes, mx.as_ref());
    CheckReport {
        probes,
        mx,
        summary,
    }
}

/// Runs futures concurrently on this task and collects their outputs in order.
async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = futures.map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, output) in pinned.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => *output = Some(value),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().flatten().collect()
}
