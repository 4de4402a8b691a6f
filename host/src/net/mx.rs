//! MX look-ups: one UDP question to the configured DNS server, retried once, bounded in time.
//! The wire format lives in core (`probe::dns`).

use std::net::SocketAddr;
use std::time::Duration;

use portolan_core::knowledge::is_google_mx_host;
use portolan_core::probe::MxReport;
use portolan_core::probe::dns::{DnsError, mx_query, parse_mx_reply};
use portolan_core::probe::report::explain_mx;
use tokio::net::UdpSocket;
use tokio::time::{Instant, timeout_at};

/// The largest UDP reply read (RFC 1035 §2.3.4 limits plain UDP to 512; EDNS servers may send
/// more, and a truncated reply with records is still used).
const MAX_REPLY: usize = 4096;

/// The DNS server: the seam if given, else the first `nameserver` of /etc/resolv.conf.
pub fn default_resolver() -> Option<SocketAddr> {
    let conf = std::fs::read_to_string("/etc/resolv.conf").ok()?;
    conf.lines().find_map(|line| {
        let mut words = line.split_whitespace();
        (words.next() == Some("nameserver"))
            .then(|| words.next())
            .flatten()
            .and_then(|ip| ip.parse().ok())
            .map(|ip| SocketAddr::new(ip, 53))
    })
}

/// Looks up the MX records of `domain` and judges them.
pub async fn lookup(domain: &str, resolver: Option<SocketAddr>, timeout: Duration) -> MxReport {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let result = match resolver.or_else(default_resolver) {
        Some(server) => query(&domain, server, Instant::now() + timeout).await,
        None => Err("no DNS server is configured (pass --resolver IP:PORT)".to_owned()),
    };
    let (records, error) = match result {
        Ok(records) => (records, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    let google = !records.is_empty() && records.iter().any(|r| is_google_mx_host(&r.exchange));
    let explanation = explain_mx(&domain, &records, google, error.as_deref());
    MxReport {
        domain,
        records,
        google,
        error,
        explanation,
    }
}

async fn query(
    domain: &str,
    server: SocketAddr,
    deadline: Instant,
) -> Result<Vec<portolan_core::probe::MxRecord>, String> {
    let id = transaction_id();
    let question = mx_query(id, domain).map_err(|e| e.to_string())?;
    let bind: SocketAddr = if server.is_ipv6() {
        "[::]:0"
    } else {
        "0.0.0.0:0"
    }
    .parse()
    .map_err(|_| "bad bind address".to_owned())?;
    let socket = UdpSocket::bind(bind).await.map_err(|e| e.to_string())?;
    socket.connect(server).await.map_err(|e| e.to_string())?;
    let start = Instant::now();
    let total = deadline.saturating_duration_since(start);
    // Two tries: the first gets half the time, so one lost datagram is not a failure.
    for until in [start + total / 2, deadline] {
        socket.send(&question).await.map_err(|e| e.to_string())?;
        let mut buf = vec![0u8; MAX_REPLY];
        loop {
            match timeout_at(until, socket.recv(&mut buf)).await {
                Err(_) => break,
                Ok(Err(e)) => return Err(e.to_string()),
                Ok(Ok(n)) => match parse_mx_reply(id, buf.get(..n).unwrap_or_default()) {
                    // A stray or spoofed datagram: keep waiting for ours.
                    Err(DnsError::Mismatch) => continue,
                    Err(DnsError::NoSuchDomain) => return Err("the domain does not exist".into()),
                    other => return other.map_err(|e| e.to_string()),
                },
            }
        }
    }
    Err(format!("the DNS server {server} did not answer in time"))
}

/// A transaction id that an off-path attacker cannot guess easily (RFC 5452 §4.3).
fn transaction_id() -> u16 {
    let mut bytes = [0u8; 2];
    if ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes).is_err() {
        bytes = (std::process::id() as u16).to_be_bytes();
    }
    u16::from_be_bytes(bytes)
}
