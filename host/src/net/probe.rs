//! One probe: DNS, TCP (every address, IPv6 and IPv4 staggered), implicit TLS or a STARTTLS
//! upgrade, the conversation core scripts, and a polite goodbye. One deadline bounds it all.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use portolan_core::probe::allowlist::is_google_mail_host;
use portolan_core::probe::dialogue::{
    auth_mechanisms, looks_like_plaintext_greeting, looks_like_tls_record,
};
use portolan_core::probe::report::{explain, is_verified_google};
use portolan_core::probe::{
    AllowedTarget, Dialogue, Outcome, ProbeReport, Stage, Step, TlsReport, judge,
};
use portolan_core::{Protocol, Security};
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep_until, timeout_at};
use tokio_rustls::TlsConnector;

use super::conn::{Conn, LineError, Lines, Recorded, send};
use super::seams::Seams;
use super::tls::{self, Roots};

/// Happy Eyeballs' connection attempt delay (RFC 8305 §5: 250 ms recommended).
const ATTEMPT_DELAY: Duration = Duration::from_millis(250);
/// The most addresses tried for one name.
const MAX_ADDRESSES: usize = 8;
/// The most time a goodbye may add after the verdict.
const GOODBYE: Duration = Duration::from_millis(300);

/// What every probe shares: seams, roots and the time budget.
#[derive(Clone, Debug)]
pub struct Prober {
    /// The test seams.
    pub seams: Seams,
    /// The trust roots.
    pub roots: Arc<Roots>,
    /// The bound of each probe.
    pub timeout: Duration,
}

type Verdict = (Outcome, Stage);

struct Run<'a> {
    prober: &'a Prober,
    host: String,
    protocol: Protocol,
    security: Security,
    deadline: Instant,
    address: Option<SocketAddr>,
    tls: Option<TlsReport>,
    dialogue: Dialogue,
}

impl Prober {
    /// Probes an allowed target and reports; never fails, every problem is an outcome.
    pub async fn probe(
        &self,
        target: &AllowedTarget,
        protocol: Protocol,
        security: Security,
    ) -> ProbeReport {
        let start = Instant::now();
        let mut run = Run {
            prober: self,
            host: target.host().to_owned(),
            protocol,
            security,
            deadline: start + self.timeout,
            address: None,
            tls: None,
            dialogue: Dialogue::new(protocol, security),
        };
        let (outcome, stage) = match run.go(target.port()).await {
            Ok(conn) => {
                let verdict = run.dialogue.failure.unwrap_or((Outcome::Ok, Stage::Done));
                let elapsed = start.elapsed();
                if let Some(conn) = conn {
                    run.goodbye(conn).await;
                }
                return run.report(target, verdict, elapsed.as_millis());
            }
            Err(verdict) => verdict,
        };
        run.report(target, (outcome, stage), start.elapsed().as_millis())
    }
}

impl Run<'_> {
    /// Runs until the verdict; returns the connection still open for the goodbye, if any.
    async fn go(&mut self, port: u16) -> Result<Option<(Conn, Lines)>, Verdict> {
        let stream = self.connect(port).await?;
        let mut conn = if self.security == Security::ImplicitTls {
            self.handshake(stream).await?
        } else {
            Conn::Plain(stream)
        };
        let mut lines = Lines::default();
        // A silent plaintext port may be a TLS port: keep time to try a handshake on it.
        let reserve = (self.prober.timeout / 4).min(Duration::from_secs(1));
        loop {
            if self.dialogue.is_complete() {
                // Binary "greeting" on a plaintext connection: was it a TLS record?
                if let (Some((Outcome::UnexpectedGreeting, stage)), Conn::Plain(plain)) =
                    (self.dialogue.failure, &conn)
                    && looks_like_tls_record(&plain.first)
                {
                    return Err((Outcome::TlsOnPlaintextPort, stage));
                }
                return Ok(Some((conn, lines)));
            }
            match self.dialogue.next_step() {
                Step::ReadLine => {
                    let greeting_wait = self.dialogue.stage() == Stage::Greeting
                        && self.security != Security::ImplicitTls;
                    let until = if greeting_wait {
                        self.deadline - reserve
                    } else {
                        self.deadline
                    };
                    match timeout_at(until, lines.next(&mut conn)).await {
                        Ok(Ok(line)) => self.dialogue.on_line(&line),
                        Ok(Err(LineError::TooLong)) => {
                            return Err((Outcome::ResponseTooLong, self.dialogue.stage()));
                        }
                        Ok(Err(LineError::Closed | LineError::Io)) => {
                            return Err((Outcome::ClosedEarly, self.dialogue.stage()));
                        }
                        Err(_) if greeting_wait => return Err(self.sniff_tls(port).await),
                        Err(_) => return Err((Outcome::Timeout, self.dialogue.stage())),
                    }
                }
                Step::Send(bytes) => match timeout_at(self.deadline, send(&mut conn, &bytes)).await
                {
                    Ok(Ok(())) => {}
                    Ok(Err(_)) => return Err((Outcome::ClosedEarly, self.dialogue.stage())),
                    Err(_) => return Err((Outcome::Timeout, self.dialogue.stage())),
                },
                Step::UpgradeTls => {
                    let Conn::Plain(stream) = conn else {
                        return Err((Outcome::TlsFailed, Stage::Tls));
                    };
                    lines.discard();
                    conn = self.handshake(stream).await?;
                    self.dialogue.on_tls_established();
                }
                Step::Finish => return Ok(None),
            }
        }
    }

    async fn connect(&mut self, port: u16) -> Result<Recorded, Verdict> {
        let (to_host, to_port) = self.prober.seams.route(&self.host, port);
        let mut addrs: Vec<SocketAddr> = match to_host.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, to_port)],
            Err(_) => match timeout_at(
                self.deadline,
                tokio::net::lookup_host((to_host.as_str(), to_port)),
            )
            .await
            {
                Ok(Ok(found)) => found.collect(),
                Ok(Err(_)) => return Err((Outcome::DnsFailed, Stage::Dns)),
                Err(_) => return Err((Outcome::Timeout, Stage::Dns)),
            },
        };
        if addrs.is_empty() {
            return Err((Outcome::DnsFailed, Stage::Dns));
        }
        interleave_families(&mut addrs);
        // RFC 8305 §5: start the next address when the previous attempt fails or after the
        // attempt delay, whichever comes first; the first connection wins.
        let mut queue = addrs.into_iter().take(MAX_ADDRESSES);
        let mut attempts = JoinSet::new();
        let mut refused = false;
        let mut next_start = Instant::now();
        loop {
            if Instant::now() >= next_start || attempts.is_empty() {
                match queue.next() {
                    Some(addr) => {
                        attempts.spawn(async move { (addr, TcpStream::connect(addr).await) });
                        next_start = Instant::now() + ATTEMPT_DELAY;
                    }
                    None if attempts.is_empty() => {
                        let outcome = if refused {
                            Outcome::Refused
                        } else {
                            Outcome::Unreachable
                        };
                        return Err((outcome, Stage::Connect));
                    }
                    None => next_start = self.deadline,
                }
            }
            tokio::select! {
                joined = attempts.join_next(), if !attempts.is_empty() => match joined {
                    Some(Ok((addr, Ok(stream)))) => {
                        self.address = Some(addr);
                        let _ = stream.set_nodelay(true);
                        return Ok(Recorded::new(stream));
                    }
                    Some(Ok((_, Err(e)))) => {
                        refused |= e.kind() == std::io::ErrorKind::ConnectionRefused;
                        next_start = Instant::now();
                    }
                    Some(Err(_)) | None => next_start = Instant::now(),
                },
                () = sleep_until(next_start.min(self.deadline)) => {}
            }
            if Instant::now() >= self.deadline {
                return Err((Outcome::Timeout, Stage::Connect));
            }
        }
    }

    async fn handshake(&mut self, stream: Recorded) -> Result<Conn, Verdict> {
        let tls_failed = (Outcome::TlsFailed, Stage::Tls);
        let (config, seen) = tls::client_config(&self.prober.roots).map_err(|_| tls_failed)?;
        let name = ServerName::try_from(self.host.clone()).map_err(|_| tls_failed)?;
        let connecting = TlsConnector::from(config)
            .connect(name, stream)
            .into_fallible();
        let result = timeout_at(self.deadline, connecting).await;
        let mut report = TlsReport {
            version: None,
            certificate: None,
            interception: None,
        };
        let mut cert_failure = None;
        let seen = seen.lock().ok().and_then(|s| s.clone());
        if let Some(facts) = seen.as_ref().and_then(tls::certificate_facts) {
            let verdict = judge(&self.host, is_google_mail_host(&self.host), &facts);
            report.certificate = Some(verdict.report);
            report.interception = verdict.interception;
            cert_failure = verdict.failure;
        }
        let outcome = match result {
            Err(_) => Err((Outcome::Timeout, Stage::Tls)),
            Ok(Ok(stream)) => {
                report.version = stream.get_ref().1.protocol_version().map(|v| match v {
                    rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3".to_owned(),
                    rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2".to_owned(),
                    other => format!("{other:?}"),
                });
                Ok(Conn::Tls(Box::new(stream)))
            }
            Ok(Err((_, stream))) => Err(match cert_failure {
                Some(failure) => (failure, Stage::Tls),
                None if looks_like_plaintext_greeting(&stream.first) => {
                    let text = String::from_utf8_lossy(&stream.first);
                    self.dialogue.greeting = text.lines().next().map(str::to_owned);
                    (Outcome::PlaintextOnTlsPort, Stage::Tls)
                }
                None if stream.first.is_empty() => (Outcome::ClosedEarly, Stage::Tls),
                None => tls_failed,
            }),
        };
        self.tls = Some(report);
        outcome
    }

    /// The plaintext greeting never came: does the port answer a TLS ClientHello instead?
    async fn sniff_tls(&mut self, port: u16) -> Verdict {
        let silent = (Outcome::Timeout, Stage::Greeting);
        let Ok(stream) = self.connect(port).await else {
            return silent;
        };
        let Ok((config, _)) = tls::client_config(&self.prober.roots) else {
            return silent;
        };
        let Ok(name) = ServerName::try_from(self.host.clone()) else {
            return silent;
        };
        let connecting = TlsConnector::from(config)
            .connect(name, stream)
            .into_fallible();
        match timeout_at(self.deadline, connecting).await {
            Ok(Ok(_)) => (Outcome::TlsOnPlaintextPort, Stage::Greeting),
            Ok(Err((_, s))) if looks_like_tls_record(&s.first) => {
                (Outcome::TlsOnPlaintextPort, Stage::Greeting)
            }
            _ => silent,
        }
    }

    async fn goodbye(&mut self, conn: (Conn, Lines)) {
        let (mut conn, mut lines) = conn;
        let until = self.deadline.min(Instant::now() + GOODBYE);
        let _ = timeout_at(until, async {
            loop {
                match self.dialogue.next_step() {
                    Step::Send(bytes) => {
                        if send(&mut conn, &bytes).await.is_err() {
                            break;
                        }
                    }
                    Step::ReadLine => match lines.next(&mut conn).await {
                        Ok(line) => self.dialogue.on_line(&line),
                        Err(_) => break,
                    },
                    Step::UpgradeTls | Step::Finish => break,
                }
            }
        })
        .await;
    }

    fn report(
        &self,
        target: &AllowedTarget,
        (outcome, stage): Verdict,
        elapsed_ms: u128,
    ) -> ProbeReport {
        let mut report = ProbeReport {
            target: target.to_string(),
            protocol: self.protocol,
            security: self.security,
            outcome,
            stage,
            elapsed_ms: u64::try_from(elapsed_ms).unwrap_or(u64::MAX),
            address: self.address.map(|a| a.to_string()),
            tls: self.tls.clone(),
            greeting: self.dialogue.greeting.clone(),
            auth_mechanisms: auth_mechanisms(self.protocol, &self.dialogue.capabilities),
            capabilities: self.dialogue.capabilities.clone(),
            google: false,
            explanation: String::new(),
        };
        report.google = is_verified_google(&report);
        report.explanation = explain(&report);
        report
    }
}

/// RFC 8305 §4: alternate IPv6 and IPv4, IPv6 first.
fn interleave_families(addrs: &mut Vec<SocketAddr>) {
    let (v6, v4): (Vec<SocketAddr>, Vec<SocketAddr>) = addrs.iter().partition(|a| a.is_ipv6());
    addrs.clear();
    let mut v6 = v6.into_iter();
    let mut v4 = v4.into_iter();
    loop {
        match (v6.next(), v4.next()) {
            (None, None) => break,
            (a, b) => addrs.extend(a.into_iter().chain(b)),
        }
    }
}
