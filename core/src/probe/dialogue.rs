//! The conversation of a probe, sans I/O: what to send, how to read each reply, and what the
//! replies mean. The host only moves bytes: it asks [`Dialogue::next_step`], does that, and feeds
//! each received line to [`Dialogue::on_line`].
//!
//! Never a credential: the only commands are CAPABILITY / CAPA / EHLO, STARTTLS / STLS and
//! LOGOUT / QUIT (RFC 3501 §6.1-6.2, RFC 2449, RFC 2595, RFC 5321, RFC 3207).

use crate::prelude::*;
use crate::probe::outcome::{Outcome, Stage};
use crate::vocab::{Protocol, Security};

/// The longest line a probe accepts; mail servers send far shorter ones (RFC 5321 §4.5.3.1.5
/// allows 512 octets for a reply line).
pub const MAX_LINE_BYTES: usize = 4096;
/// The most bytes a probe reads in one conversation.
pub const MAX_SESSION_BYTES: usize = 64 * 1024;
/// The most lines in one reply (capability lists are a few dozen lines at most).
const MAX_REPLY_LINES: usize = 200;
/// The most lines of a (multi-line SMTP) greeting.
const MAX_GREETING_LINES: usize = 20;
/// The name a probe gives in EHLO: `.invalid` (RFC 2606), so it claims nobody's identity.
pub const EHLO_NAME: &str = "portolan.invalid";

/// What the host does next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Read one line (up to CRLF, at most [`MAX_LINE_BYTES`]) and give it to [`Dialogue::on_line`].
    ReadLine,
    /// Write these bytes, then ask again.
    Send(Vec<u8>),
    /// Do the TLS handshake on this connection, then call [`Dialogue::on_tls_established`].
    UpgradeTls,
    /// The conversation is over; close the connection.
    Finish,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    AwaitGreeting,
    SendCapabilities,
    AwaitCapabilities,
    SendStarttls,
    AwaitStarttls,
    Upgrade,
    AwaitUpgrade,
    SendQuit,
    AwaitQuit,
    Finished,
}

/// One probe's conversation, and everything it learnt.
#[derive(Clone, Debug)]
pub struct Dialogue {
    protocol: Protocol,
    security: Security,
    state: State,
    upgraded: bool,
    reply_lines: usize,
    /// The server's greeting line(s), joined by a space.
    pub greeting: Option<String>,
    /// The capabilities last seen (after STARTTLS when upgraded), upper-case as sent.
    pub capabilities: Vec<String>,
    /// The capabilities seen before STARTTLS, when an upgrade happened.
    pub capabilities_before_tls: Vec<String>,
    /// A verdict that ends the conversation early; `None` while all is well.
    pub failure: Option<(Outcome, Stage)>,
}

impl Dialogue {
    /// Starts a conversation. For implicit TLS the host has already done the handshake.
    pub fn new(protocol: Protocol, security: Security) -> Self {
        Dialogue {
            protocol,
            security,
            state: State::AwaitGreeting,
            upgraded: false,
            reply_lines: 0,
            greeting: None,
            capabilities: Vec::new(),
            capabilities_before_tls: Vec::new(),
            failure: None,
        }
    }

    /// The stage the conversation is in, for verdicts the host reaches (timeouts, closes).
    pub fn stage(&self) -> Stage {
        match self.state {
            State::AwaitGreeting => Stage::Greeting,
            State::SendCapabilities | State::AwaitCapabilities => Stage::Capabilities,
            State::SendStarttls | State::AwaitStarttls => Stage::Starttls,
            State::Upgrade | State::AwaitUpgrade => Stage::Tls,
            State::SendQuit | State::AwaitQuit | State::Finished => Stage::Done,
        }
    }

    /// Whether the useful part is over (only the goodbye is left), so a close or timeout now
    /// does not spoil the outcome.
    pub fn is_complete(&self) -> bool {
        matches!(
            self.state,
            State::SendQuit | State::AwaitQuit | State::Finished
        )
    }

    /// What the host does next.
    pub fn next_step(&mut self) -> Step {
        match self.state {
            State::AwaitGreeting
            | State::AwaitCapabilities
            | State::AwaitStarttls
            | State::AwaitQuit => Step::ReadLine,
            State::SendCapabilities => {
                self.state = State::AwaitCapabilities;
                self.reply_lines = 0;
                Step::Send(self.capability_command())
            }
            State::SendStarttls => {
                self.state = State::AwaitStarttls;
                Step::Send(
                    match self.protocol {
                        Protocol::Imap => "P2 STARTTLS\r\n",
                        Protocol::Pop3 => "STLS\r\n",
                        Protocol::Smtp => "STARTTLS\r\n",
                    }
                    .into(),
                )
            }
            State::Upgrade => {
                self.state = State::AwaitUpgrade;
                Step::UpgradeTls
            }
            State::AwaitUpgrade => Step::Finish,
            State::SendQuit => {
                self.state = State::AwaitQuit;
                Step::Send(
                    match self.protocol {
                        Protocol::Imap => "P9 LOGOUT\r\n",
                        Protocol::Pop3 | Protocol::Smtp => "QUIT\r\n",
                    }
                    .into(),
                )
            }
            State::Finished => Step::Finish,
        }
    }

    /// The TLS upgrade after STARTTLS succeeded: ask for capabilities again (RFC 3207 §4.2: the
    /// client must discard what it learnt before TLS).
    pub fn on_tls_established(&mut self) {
        self.upgraded = true;
        self.capabilities_before_tls = core::mem::take(&mut self.capabilities);
        self.state = State::SendCapabilities;
    }

    /// One line from the server, without its CRLF.
    pub fn on_line(&mut self, line: &[u8]) {
        let text = String::from_utf8_lossy(line);
        let text = text.trim_end_matches(['\r', '\n']);
        match self.state {
            State::AwaitGreeting => self.on_greeting(text),
            State::AwaitCapabilities => self.on_capability_line(text),
            State::AwaitStarttls => self.on_starttls_reply(text),
            State::AwaitQuit if is_final_line(self.protocol, text, "P9") => {
                self.state = State::Finished;
            }
            _ => {}
        }
    }

    fn fail(&mut self, outcome: Outcome, stage: Stage) {
        self.failure = Some((outcome, stage));
        self.state = State::Finished;
    }

    fn on_greeting(&mut self, text: &str) {
        if !is_printable(text) {
            self.greeting = Some(text.chars().take(120).collect());
            return self.fail(Outcome::UnexpectedGreeting, Stage::Greeting);
        }
        let joined = match self.greeting.take() {
            Some(previous) => format!("{previous} {text}"),
            None => text.to_owned(),
        };
        self.greeting = Some(joined);
        self.reply_lines += 1;
        if self.reply_lines > MAX_GREETING_LINES {
            return self.fail(Outcome::ResponseTooLong, Stage::Greeting);
        }
        let ok = match self.protocol {
            Protocol::Imap => text.starts_with("* OK") || text.starts_with("* PREAUTH"),
            Protocol::Pop3 => text.starts_with("+OK"),
            // A multi-line SMTP greeting continues with "220-".
            Protocol::Smtp if text.starts_with("220-") => return,
            Protocol::Smtp => text.starts_with("220"),
        };
        if !ok {
            let refusal = match self.protocol {
                Protocol::Imap => text.starts_with("* BYE"),
                Protocol::Pop3 => text.starts_with("-ERR"),
                Protocol::Smtp => text.starts_with("421") || text.starts_with("554"),
            };
            let outcome = if refusal {
                Outcome::Rejected
            } else {
                Outcome::UnexpectedGreeting
            };
            return self.fail(outcome, Stage::Greeting);
        }
        if self.protocol == Protocol::Imap {
            // "* OK [CAPABILITY ...] ..." (RFC 3501 §7.1) is kept, but asked for again anyway.
            if let Some(caps) = bracketed_capabilities(text) {
                self.capabilities = caps;
            }
        }
        self.state = State::SendCapabilities;
    }

    fn capability_command(&self) -> Vec<u8> {
        match self.protocol {
            Protocol::Imap => b"P1 CAPABILITY\r\n".to_vec(),
            Protocol::Pop3 => b"CAPA\r\n".to_vec(),
            Protocol::Smtp => format!("EHLO {EHLO_NAME}\r\n").into_bytes(),
        }
    }

    fn on_capability_line(&mut self, text: &str) {
        self.reply_lines += 1;
        if self.reply_lines > MAX_REPLY_LINES {
            return self.fail(Outcome::ResponseTooLong, Stage::Capabilities);
        }
        let done = match self.protocol {
            Protocol::Imap => {
                if let Some(rest) = text.strip_prefix("* CAPABILITY ") {
                    self.capabilities = words(rest);
                    false
                } else {
                    text.starts_with("P1 ")
                }
            }
            Protocol::Pop3 => {
                if self.reply_lines == 1 {
                    // "-ERR" means no CAPA (RFC 2449): nothing is advertised, which is fine.
                    if text.starts_with("-ERR") {
                        self.capabilities.clear();
                        true
                    } else {
                        self.capabilities.clear();
                        false
                    }
                } else if text == "." {
                    true
                } else {
                    self.capabilities.push(text.to_owned());
                    false
                }
            }
            Protocol::Smtp => {
                if self.reply_lines == 1 {
                    self.capabilities.clear();
                }
                let (code, last, rest) = split_smtp(text);
                if code != Some(250) {
                    // EHLO refused: the server is not an ESMTP submission server.
                    return self.fail(Outcome::UnexpectedGreeting, Stage::Capabilities);
                }
                // The first line of an EHLO reply is the server's name, not a keyword.
                if self.reply_lines > 1 {
                    self.capabilities.push(rest.to_owned());
                }
                last
            }
        };
        if done {
            self.after_capabilities();
        }
    }

    fn after_capabilities(&mut self) {
        if self.security == Security::Starttls && !self.upgraded {
            if starttls_offered(self.protocol, &self.capabilities) {
                self.state = State::SendStarttls;
            } else {
                self.failure = Some((Outcome::StarttlsNotOffered, Stage::Starttls));
                self.state = State::SendQuit;
            }
        } else {
            self.state = State::SendQuit;
        }
    }

    fn on_starttls_reply(&mut self, text: &str) {
        let accepted = match self.protocol {
            Protocol::Imap => {
                if text.starts_with("* ") {
                    return;
                }
                text.starts_with("P2 OK")
            }
            Protocol::Pop3 => text.starts_with("+OK"),
            Protocol::Smtp => {
                let (code, last, _) = split_smtp(text);
                if !last {
                    return;
                }
                code == Some(220)
            }
        };
        if accepted {
            self.state = State::Upgrade;
        } else {
            self.failure = Some((Outcome::StarttlsRefused, Stage::Starttls));
            self.state = State::SendQuit;
        }
    }
}

/// Whether the capabilities advertise the STARTTLS upgrade (`STLS` in POP3, RFC 2595 §4).
pub fn starttls_offered(protocol: Protocol, capabilities: &[String]) -> bool {
    let word = if protocol == Protocol::Pop3 {
        "STLS"
    } else {
        "STARTTLS"
    };
    capabilities.iter().any(|c| c.eq_ignore_ascii_case(word))
}

/// The SASL mechanisms advertised: IMAP `AUTH=X`, POP3 `SASL X Y` (RFC 5034), SMTP `AUTH X Y`
/// (RFC 4954).
pub fn auth_mechanisms(protocol: Protocol, capabilities: &[String]) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for cap in capabilities {
        let upper = cap.to_ascii_uppercase();
        match protocol {
            Protocol::Imap => {
                // A bare "AUTH=" names no mechanism (found by fuzzing).
                if let Some(mech) = upper.strip_prefix("AUTH=").filter(|m| !m.is_empty()) {
                    found.push(mech.to_owned());
                }
            }
            Protocol::Pop3 | Protocol::Smtp => {
                let keyword = if protocol == Protocol::Pop3 {
                    "SASL"
                } else {
                    "AUTH"
                };
                let mut parts = upper.split_whitespace();
                if parts.next() == Some(keyword) {
                    found.extend(parts.map(str::to_owned));
                }
            }
        }
    }
    found.dedup();
    found
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

fn bracketed_capabilities(text: &str) -> Option<Vec<String>> {
    let start = text.find("[CAPABILITY ")? + "[CAPABILITY ".len();
    let end = text[start..].find(']')? + start;
    Some(words(&text[start..end]))
}

/// Splits an SMTP reply line into its code, whether it is the last line, and the text.
fn split_smtp(text: &str) -> (Option<u16>, bool, &str) {
    let code = text.get(..3).and_then(|c| c.parse().ok());
    let last = text.as_bytes().get(3) != Some(&b'-');
    (code, last, text.get(4..).unwrap_or(""))
}

fn is_final_line(protocol: Protocol, text: &str, tag: &str) -> bool {
    match protocol {
        Protocol::Imap => text.starts_with(tag),
        Protocol::Pop3 => true,
        Protocol::Smtp => split_smtp(text).1,
    }
}

fn is_printable(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c == '\t' || !c.is_control())
}

/// Whether the first bytes a server sent look like a plaintext mail greeting (used when implicit
/// TLS fails: the port speaks plaintext from the first byte).
pub fn looks_like_plaintext_greeting(bytes: &[u8]) -> bool {
    let starts = [
        &b"* OK"[..],
        b"* PREAUTH",
        b"* BYE",
        b"+OK",
        b"-ERR",
        b"220",
        b"421",
        b"554",
    ];
    starts.iter().any(|s| bytes.starts_with(s))
}

/// Whether the first bytes a server sent are a TLS record (handshake or alert, RFC 8446 §5.1).
pub fn looks_like_tls_record(bytes: &[u8]) -> bool {
    matches!(bytes, [0x15 | 0x16, 0x03, ..])
}

#[cfg(test)]
mod tests;
