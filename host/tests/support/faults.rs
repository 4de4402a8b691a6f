//! Fault servers: what no real mail server does on demand. Each listens on a loopback port,
//! serves every connection on a thread with one behaviour, and stops on drop.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use super::ca::Leaf;

/// A behaviour for one accepted connection.
pub type Behaviour = Arc<dyn Fn(TcpStream) + Send + Sync>;

/// A running fault server.
pub struct FaultServer {
    /// Its loopback port.
    pub port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FaultServer {
    /// Serves `behaviour` on a fresh loopback port.
    pub fn start(behaviour: Behaviour) -> FaultServer {
        Self::start_on("127.0.0.1", behaviour)
    }

    /// Serves `behaviour` on a fresh port of `ip` (`127.0.0.1` or `::1`).
    pub fn start_on(ip: &str, behaviour: Behaviour) -> FaultServer {
        let listener = TcpListener::bind((ip, 0)).expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
                    let b = behaviour.clone();
                    std::thread::spawn(move || b(stream));
                }
            }
        });
        FaultServer {
            port,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes accept() on whichever loopback it listens.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        let _ = TcpStream::connect(("::1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Holds the connection open and says nothing until the client leaves.
pub fn silence() -> Behaviour {
    Arc::new(|mut s| {
        let mut buf = [0u8; 1024];
        while matches!(s.read(&mut buf), Ok(n) if n > 0) {}
    })
}

/// A port where nothing listens (connections are refused).
pub fn refused_port() -> u16 {
    super::free_port()
}

/// Writes `bytes` at once, then waits for the client to leave.
pub fn says(bytes: &'static [u8]) -> Behaviour {
    Arc::new(move |mut s| {
        let _ = s.write_all(bytes);
        let mut buf = [0u8; 1024];
        while matches!(s.read(&mut buf), Ok(n) if n > 0) {}
    })
}

/// Accepts and closes at once.
pub fn early_close() -> Behaviour {
    Arc::new(drop)
}

/// Sends one line that never ends.
pub fn endless_line() -> Behaviour {
    Arc::new(|mut s| {
        let chunk = [b'A'; 4096];
        for _ in 0..100_000 {
            if s.write_all(&chunk).is_err() {
                break;
            }
        }
    })
}

/// A minimal IMAP server: a greeting after `delay`, CAPABILITY with `caps`, STARTTLS answered
/// with `starttls_reply`, LOGOUT.
pub fn imap(delay: Duration, caps: &'static str, starttls_reply: &'static str) -> Behaviour {
    Arc::new(move |s| {
        std::thread::sleep(delay);
        imap_session(s, "* OK fault server ready", caps, starttls_reply);
    })
}

fn imap_session(mut s: impl Read + Write, greeting: &str, caps: &str, starttls_reply: &str) {
    if s.write_all(format!("{greeting}\r\n").as_bytes()).is_err() {
        return;
    }
    let mut reader = BufReader::new(&mut s);
    let mut replies: Vec<String> = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
        let upper = line.to_ascii_uppercase();
        let done = upper.contains("LOGOUT");
        let reply = if upper.contains("CAPABILITY") {
            format!("* CAPABILITY {caps}\r\n{tag} OK done\r\n")
        } else if upper.contains("STARTTLS") {
            format!("{tag} {starttls_reply}\r\n")
        } else if done {
            format!("* BYE\r\n{tag} OK bye\r\n")
        } else {
            format!("{tag} BAD unknown\r\n")
        };
        replies.push(reply);
        let stream = reader.get_mut();
        if let Some(r) = replies.pop() {
            if stream.write_all(r.as_bytes()).is_err() {
                return;
            }
        }
        if done {
            return;
        }
    }
}

/// An SMTP server that advertises STARTTLS and refuses it.
pub fn smtp_refusing_starttls() -> Behaviour {
    Arc::new(|mut s| {
        let _ = s.write_all(b"220 fault.invalid ESMTP\r\n");
        let mut reader = BufReader::new(s.try_clone().expect("clone"));
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let upper = line.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                b"250-fault.invalid\r\n250-PIPELINING\r\n250 STARTTLS\r\n"
            } else if upper.starts_with("STARTTLS") {
                b"454 4.7.0 TLS not available due to temporary reason\r\n"
            } else if upper.starts_with("QUIT") {
                let _ = s.write_all(b"221 bye\r\n");
                return;
            } else {
                b"500 unknown\r\n"
            };
            if s.write_all(reply).is_err() {
                return;
            }
        }
    })
}

/// A TLS server presenting `leaf`, then a working IMAP conversation after `delay`.
pub fn tls_imap(leaf: &Leaf, delay: Duration) -> Behaviour {
    tls_imap_greeting(leaf, delay, "* OK fault server ready")
}

/// Like [`tls_imap`], with this greeting (say, Gmail's).
pub fn tls_imap_greeting(leaf: &Leaf, delay: Duration, greeting: &'static str) -> Behaviour {
    let config = leaf.server_config();
    Arc::new(move |tcp| {
        let conn = match rustls::ServerConnection::new(config.clone()) {
            Ok(c) => c,
            Err(_) => return,
        };
        let mut tls = rustls::StreamOwned::new(conn, tcp);
        // Finish the handshake before the (possibly delayed) greeting.
        while tls.conn.is_handshaking() {
            if tls.conn.complete_io(&mut tls.sock).is_err() {
                return;
            }
        }
        std::thread::sleep(delay);
        imap_session(tls, greeting, "IMAP4rev1 AUTH=PLAIN", "BAD already TLS");
    })
}

/// A TCP proxy to a loopback `upstream` port that holds each connection `delay` before the
/// server is reached: network latency, on demand.
pub fn delayed_proxy(upstream: u16, delay: Duration) -> Behaviour {
    Arc::new(move |client| {
        std::thread::sleep(delay);
        let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else {
            return;
        };
        // No Nagle: the latency is the delay above, not Nagle meeting delayed ACKs.
        let _ = (client.set_nodelay(true), server.set_nodelay(true));
        let (Ok(mut c2), Ok(mut s2)) = (client.try_clone(), server.try_clone()) else {
            return;
        };
        let up = std::thread::spawn(move || {
            let mut client = client;
            let mut server = server;
            let _ = std::io::copy(&mut client, &mut server);
            let _ = server.shutdown(std::net::Shutdown::Write);
        });
        let _ = std::io::copy(&mut s2, &mut c2);
        let _ = c2.shutdown(std::net::Shutdown::Write);
        let _ = up.join();
    })
}
