//! `portolan probe`, `portolan check` and `portolan mx`: argument parsing and printing only; the
//! work is in `crate::net`, the judging in core.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use portolan_core::probe::{CheckReport, MxReport, ProbeReport, allow_target};
use portolan_core::{Protocol, Security};

use crate::net::tls::Roots;
use crate::net::{Prober, Seams, check, mx};

/// The flags every network command shares: the time bound and the test seams.
#[derive(Debug, Clone, clap::Args)]
pub struct NetArgs {
    /// Bound each probe to this many milliseconds.
    #[arg(long, default_value_t = 5000, value_parser = clap::value_parser!(u64).range(1..=120_000))]
    pub timeout_ms: u64,
    /// Test seam (curl semantics): connect to ADDR:PORT when HOST:PORT is asked for; repeatable.
    /// Certificate and host-name checks stay on. Also PORTOLAN_CONNECT_TO (comma-separated).
    #[arg(long, value_name = "HOST:PORT:ADDR:PORT")]
    pub connect_to: Vec<String>,
    /// Test seam: trust this extra CA (PEM). Also PORTOLAN_CA_FILE.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Test seam: the DNS server for MX look-ups. Also PORTOLAN_RESOLVER.
    #[arg(long, value_name = "ADDR:PORT")]
    pub resolver: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

impl NetArgs {
    /// The prober these flags describe.
    pub fn prober(&self) -> Result<Prober, String> {
        let seams = Seams::new(
            &self.connect_to,
            self.ca_file.clone(),
            self.resolver.as_deref(),
        )
        .map_err(|e| e.to_string())?;
        let roots = Roots::load(seams.ca_file.as_deref()).map_err(|e| e.to_string())?;
        Ok(Prober {
            seams,
            roots,
            timeout: Duration::from_millis(self.timeout_ms),
        })
    }
}

/// Arguments of `portolan probe`.
#[derive(Debug, clap::Args)]
pub struct ProbeArgs {
    /// HOST:PORT, a Google mail host on a mail port.
    target: String,
    /// imap, pop3 or smtp.
    #[arg(long)]
    protocol: Protocol,
    /// implicit-tls, starttls or none.
    #[arg(long)]
    security: Security,
    #[command(flatten)]
    net: NetArgs,
}

/// Arguments of `portolan check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The Gmail or Workspace address; a custom domain gets an MX verdict.
    #[arg(long)]
    email: Option<String>,
    #[command(flatten)]
    net: NetArgs,
}

/// Arguments of `portolan mx`.
#[derive(Debug, clap::Args)]
pub struct MxArgs {
    /// The domain to look up.
    domain: String,
    #[command(flatten)]
    net: NetArgs,
}

/// A single-threaded runtime: probes are I/O-bound and a handful at most.
pub fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))
}

/// Runs `portolan probe`.
pub fn run_probe(args: ProbeArgs) -> ExitCode {
    let target = match allow_target(&args.target) {
        Ok(target) => target,
        Err(refused) => return super::bad_input(refused),
    };
    let (prober, rt) = match args.net.prober().and_then(|p| Ok((p, runtime()?))) {
        Ok(ok) => ok,
        Err(reason) => return super::bad_input(reason),
    };
    let report = rt.block_on(prober.probe(&target, args.protocol, args.security));
    print(args.net.json, &report, || text_probe(&report))
}

/// Runs `portolan check`.
pub fn run_check(args: CheckArgs) -> ExitCode {
    let (prober, rt) = match args.net.prober().and_then(|p| Ok((p, runtime()?))) {
        Ok(ok) => ok,
        Err(reason) => return super::bad_input(reason),
    };
    let report = rt.block_on(check::check(
        &prober,
        args.email.as_deref(),
        prober.seams.resolver,
    ));
    print(args.net.json, &report, || text_check(&report))
}

/// Runs `portolan mx`.
pub fn run_mx(args: MxArgs) -> ExitCode {
    let (prober, rt) = match args.net.prober().and_then(|p| Ok((p, runtime()?))) {
        Ok(ok) => ok,
        Err(reason) => return super::bad_input(reason),
    };
    if portolan_core::probe::dns::mx_query(0, &args.domain).is_err() {
        return super::bad_input(format!("{:?} is not a domain name", args.domain));
    }
    let timeout = prober.timeout;
    let report = rt.block_on(mx::lookup(&args.domain, prober.seams.resolver, timeout));
    print(args.net.json, &report, || text_mx(&report))
}

fn print<T: serde::Serialize>(json: bool, value: &T, text: impl FnOnce() -> String) -> ExitCode {
    use std::io::Write;
    let out = if json {
        match serde_json::to_string_pretty(value) {
            Ok(s) => s + "\n",
            Err(e) => return super::bad_input(format!("cannot print JSON: {e}")),
        }
    } else {
        text()
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A closed pipe (`portolan check | head -1`): the reader has what it wanted.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("portolan: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn text_probe(r: &ProbeReport) -> String {
    let mut out = format!(
        "{} {} {}: {} ({} ms)\n",
        r.target,
        r.protocol,
        r.security.as_str(),
        r.outcome,
        r.elapsed_ms
    );
    if let Some(address) = &r.address {
        out += &format!("  address:      {address}\n");
    }
    if let Some(tls) = &r.tls {
        if let Some(v) = &tls.version {
            out += &format!("  tls:          {v}\n");
        }
        if let Some(c) = &tls.certificate {
            out += &format!(
                "  certificate:  {} issued by {}, until {}, trusted: {}, valid for host: {}\n",
                c.subject, c.issuer, c.not_after, c.trusted, c.valid_for_host
            );
        }
    }
    if let Some(g) = &r.greeting {
        out += &format!("  greeting:     {g}\n");
    }
    if !r.capabilities.is_empty() {
        out += &format!("  capabilities: {}\n", r.capabilities.join(" "));
    }
    out + &format!("  {}\n", r.explanation)
}

fn text_check(r: &CheckReport) -> String {
    let mut out = String::new();
    for p in &r.probes {
        out += &format!(
            "{:<22} {:<5} {:<13} {} ({} ms)\n",
            p.target,
            p.protocol,
            p.security.as_str(),
            p.outcome,
            p.elapsed_ms
        );
        let intercepted = p.tls.as_ref().is_some_and(|t| t.interception.is_some());
        if !p.outcome.is_ok() || intercepted {
            out += &format!("    {}\n", p.explanation);
        }
    }
    if let Some(mx) = &r.mx {
        out += &text_mx(mx);
    }
    out + &format!("{}\n", r.summary)
}

fn text_mx(r: &MxReport) -> String {
    let mut out = format!("MX for {}:\n", r.domain);
    for rec in &r.records {
        out += &format!("  {:>5} {}\n", rec.preference, rec.exchange);
    }
    out + &format!("  {}\n", r.explanation)
}
