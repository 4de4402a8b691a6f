//! The byte mover: a TCP stream that remembers the first bytes the server sent, the same under
//! TLS, and a line reader bounded in bytes (time bounds are the caller's `timeout_at`).

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use portolan_core::probe::dialogue::{MAX_LINE_BYTES, MAX_SESSION_BYTES};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

/// How many of the server's first bytes are kept, to recognise plaintext or TLS.
const FIRST_BYTES: usize = 64;

/// A TCP stream that keeps the first bytes read from it.
#[derive(Debug)]
pub struct Recorded {
    inner: TcpStream,
    /// The first bytes the server sent.
    pub first: Vec<u8>,
}

impl Recorded {
    /// Wraps a connected stream.
    pub fn new(inner: TcpStream) -> Self {
        Recorded {
            inner,
            first: Vec::new(),
        }
    }
}

impl AsyncRead for Recorded {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let this = &mut *self;
        let poll = Pin::new(&mut this.inner).poll_read(cx, buf);
        if this.first.len() < FIRST_BYTES {
            let new = &buf.filled()[before..];
            let take = new.len().min(FIRST_BYTES - this.first.len());
            this.first.extend_from_slice(&new[..take]);
        }
        poll
    }
}

impl AsyncWrite for Recorded {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// A probe's connection, plaintext or TLS.
#[derive(Debug)]
pub enum Conn {
    /// Plaintext (before STARTTLS, or security `none`).
    Plain(Recorded),
    /// After the handshake.
    Tls(Box<TlsStream<Recorded>>),
}

/// Why a line could not be read.
#[derive(Debug)]
pub enum LineError {
    /// The server closed the connection.
    Closed,
    /// A line or the whole session exceeded the byte bounds.
    TooLong,
    /// A read failed.
    Io,
}

/// Reads lines from a [`Conn`], never holding more than [`MAX_LINE_BYTES`] of one line and never
/// reading more than [`MAX_SESSION_BYTES`] in total.
#[derive(Debug, Default)]
pub struct Lines {
    buf: Vec<u8>,
    total: usize,
}

impl Lines {
    /// The next line, without CRLF.
    pub async fn next(&mut self, conn: &mut Conn) -> Result<Vec<u8>, LineError> {
        loop {
            if let Some(end) = self.buf.iter().position(|&b| b == b'\n') {
                let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                while matches!(line.last(), Some(b'\n' | b'\r')) {
                    line.pop();
                }
                return Ok(line);
            }
            if self.buf.len() > MAX_LINE_BYTES || self.total > MAX_SESSION_BYTES {
                return Err(LineError::TooLong);
            }
            let mut chunk = [0u8; 2048];
            let n = match conn {
                Conn::Plain(s) => s.read(&mut chunk).await,
                Conn::Tls(s) => s.read(&mut chunk).await,
            }
            .map_err(|_| LineError::Io)?;
            if n == 0 {
                return Err(LineError::Closed);
            }
            self.total += n;
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// Forgets buffered bytes: after STARTTLS, anything sent before the handshake is an
    /// injection attempt (CVE-2011-0411) and must not be read as if it came over TLS.
    pub fn discard(&mut self) {
        self.buf.clear();
    }
}

/// Writes all bytes.
pub async fn send(conn: &mut Conn, bytes: &[u8]) -> io::Result<()> {
    match conn {
        Conn::Plain(s) => {
            s.write_all(bytes).await?;
            s.flush().await
        }
        Conn::Tls(s) => {
            s.write_all(bytes).await?;
            s.flush().await
        }
    }
}
