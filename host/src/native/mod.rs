//! Native messaging (docs/PROTOCOL.md): a 32-bit native-endian length, then that many bytes of
//! UTF-8 JSON, both ways. Incoming frames are capped at 64 KiB, replies at 512 KiB (browsers
//! allow 1 MB). One `match` dispatches every request.

pub mod install;
pub mod protocol;

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::Duration;

use portolan_core::knowledge::gmail;
use portolan_core::probe::allow_target;
use serde_json::Value;

use crate::cli::net::runtime;
use crate::net::tls::Roots;
use crate::net::{Prober, Seams, check, mx};
use protocol::{ErrorCode, Request, Response, decode};

/// The largest frame read from the browser.
pub const MAX_FRAME_IN: usize = 64 * 1024;
/// The largest reply sent (browsers accept up to 1 MB).
pub const MAX_FRAME_OUT: usize = 512 * 1024;
/// The default and the largest bound of a probe requested over native messaging.
const DEFAULT_TIMEOUT_MS: u64 = 5000;
const MAX_TIMEOUT_MS: u64 = 30_000;

/// Whether argv says a browser started us: Chrome passes the caller's origin
/// (`chrome-extension://<id>/`), Firefox the manifest path and the add-on id.
pub fn started_by_browser(args: &[String]) -> bool {
    match args.get(1) {
        Some(first) if first.starts_with("chrome-extension://") => true,
        Some(first) => first.ends_with(".json") && args.len() >= 3,
        None => false,
    }
}

/// Serves requests until the browser closes stdin.
pub fn serve() -> ExitCode {
    let mut stdin = io::stdin().lock();
    let mut stdout = io::stdout().lock();
    let mut worker = Worker::default();
    loop {
        let frame = match read_frame(&mut stdin) {
            Frame::Data(frame) => frame,
            Frame::Closed => return ExitCode::SUCCESS, // the browser closed the port
            Frame::TooLarge(len) => {
                let reply = Response::error(
                    Value::Null,
                    ErrorCode::FrameTooLarge,
                    format!("frames are limited to {MAX_FRAME_IN} bytes; got a length of {len}"),
                );
                let _ = write_frame(&mut stdout, &reply);
                return ExitCode::FAILURE;
            }
            Frame::Truncated => return ExitCode::FAILURE, // nothing sane to answer
        };
        let reply = match decode(&frame) {
            Ok((id, request)) => worker.handle(id, request),
            Err(reply) => *reply,
        };
        if write_frame(&mut stdout, &reply).is_err() {
            return ExitCode::FAILURE;
        }
    }
}

/// What [`read_frame`] found on the input.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame {
    /// A whole frame's bytes (at most [`MAX_FRAME_IN`]).
    Data(Vec<u8>),
    /// The input ended before a whole length: the browser closed the port.
    Closed,
    /// The length is over [`MAX_FRAME_IN`]; nothing more is read.
    TooLarge(usize),
    /// The input ended inside the frame.
    Truncated,
}

/// Reads one frame: a 32-bit native-endian length, then that many bytes. Never allocates more
/// than [`MAX_FRAME_IN`] for a frame, whatever the length says.
pub fn read_frame(input: &mut impl Read) -> Frame {
    let mut len = [0u8; 4];
    if input.read_exact(&mut len).is_err() {
        return Frame::Closed;
    }
    let len = u32::from_ne_bytes(len) as usize;
    if len > MAX_FRAME_IN {
        return Frame::TooLarge(len);
    }
    let mut frame = vec![0u8; len];
    match input.read_exact(&mut frame) {
        Ok(()) => Frame::Data(frame),
        Err(_) => Frame::Truncated,
    }
}

/// Writes one frame, replacing an oversized reply by an error.
pub fn write_frame(out: &mut impl Write, reply: &Response) -> io::Result<()> {
    let mut bytes = serde_json::to_vec(reply).map_err(io::Error::other)?;
    if bytes.len() > MAX_FRAME_OUT {
        let small = Response::error(
            reply.id.clone(),
            ErrorCode::ReplyTooLarge,
            "the reply was too large",
        );
        bytes = serde_json::to_vec(&small).map_err(io::Error::other)?;
    }
    let len = u32::try_from(bytes.len()).map_err(io::Error::other)?;
    out.write_all(&len.to_ne_bytes())?;
    out.write_all(&bytes)?;
    out.flush()
}

/// State kept across requests: the runtime and roots, made on first use so `version` stays fast.
#[derive(Default)]
struct Worker {
    ready: Option<(tokio::runtime::Runtime, Prober)>,
}

impl Worker {
    fn handle(&mut self, id: Value, request: Request) -> Response {
        match request {
            Request::Version => Response::ok(id, "version", serde_json::json!(protocol::VERSION)),
            Request::Settings => match serde_json::to_value(gmail().sheet(None)) {
                Ok(sheet) => Response::ok(id, "settings", sheet),
                Err(e) => Response::error(id, ErrorCode::Internal, e.to_string()),
            },
            Request::Check { email, timeout_ms } => {
                self.with(id, "check", timeout_ms, |rt, prober| {
                    let report = rt.block_on(check::check(
                        prober,
                        email.as_deref(),
                        prober.seams.resolver,
                    ));
                    serde_json::to_value(report)
                })
            }
            Request::Probe {
                target,
                protocol,
                security,
                timeout_ms,
            } => {
                let target = match allow_target(&target) {
                    Ok(target) => target,
                    Err(refused) => {
                        return Response::error(
                            id,
                            ErrorCode::TargetNotAllowed,
                            refused.to_string(),
                        );
                    }
                };
                self.with(id, "probe", timeout_ms, |rt, prober| {
                    serde_json::to_value(rt.block_on(prober.probe(&target, protocol, security)))
                })
            }
            Request::Mx { domain } => {
                if portolan_core::probe::dns::mx_query(0, &domain).is_err() {
                    return Response::error(
                        id,
                        ErrorCode::BadRequest,
                        "domain is not a domain name",
                    );
                }
                self.with(id, "mx", None, |rt, prober| {
                    serde_json::to_value(rt.block_on(mx::lookup(
                        &domain,
                        prober.seams.resolver,
                        prober.timeout,
                    )))
                })
            }
        }
    }

    fn with(
        &mut self,
        id: Value,
        kind: &'static str,
        timeout_ms: Option<u64>,
        work: impl FnOnce(&tokio::runtime::Runtime, &Prober) -> serde_json::Result<Value>,
    ) -> Response {
        if self.ready.is_none() {
            match prepare() {
                Ok(ready) => self.ready = Some(ready),
                Err(message) => return Response::error(id, ErrorCode::Internal, message),
            }
        }
        let Some((rt, prober)) = &self.ready else {
            return Response::error(id, ErrorCode::Internal, "the host is not ready");
        };
        let mut prober = prober.clone();
        prober.timeout = Duration::from_millis(
            timeout_ms
                .unwrap_or(DEFAULT_TIMEOUT_MS)
                .clamp(1, MAX_TIMEOUT_MS),
        );
        match work(rt, &prober) {
            Ok(result) => Response::ok(id, kind, result),
            Err(e) => Response::error(id, ErrorCode::Internal, e.to_string()),
        }
    }
}

/// The seams come only from the environment here: the browser passes no flags.
fn prepare() -> Result<(tokio::runtime::Runtime, Prober), String> {
    let seams = Seams::new(&[], None, None).map_err(|e| e.to_string())?;
    let roots = Roots::load(seams.ca_file.as_deref()).map_err(|e| e.to_string())?;
    let prober = Prober {
        seams,
        roots,
        timeout: Duration::from_millis(DEFAULT_TIMEOUT_MS),
    };
    Ok((runtime()?, prober))
}
