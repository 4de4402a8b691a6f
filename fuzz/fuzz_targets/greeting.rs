//! A probe's conversation (core::probe::dialogue) with a hostile server: the first byte picks
//! the protocol, the security and whether the TLS upgrade succeeds; the rest is what the server
//! sends, cut into lines as the host's line reader cuts them (at LF, CRs trimmed, bounded line
//! and session sizes). Greetings, multi-line SMTP replies, capability lists and STARTTLS
//! replies all come from here. The probe only ever sends its own fixed commands, upgrades only
//! after asking for STARTTLS on a starttls probe, always ends, and keeps what it learnt bounded.

#![no_main]

use libfuzzer_sys::fuzz_target;
use portolan_core::probe::dialogue::{
    EHLO_NAME, MAX_LINE_BYTES, MAX_SESSION_BYTES, auth_mechanisms, looks_like_plaintext_greeting,
    looks_like_tls_record, starttls_offered,
};
use portolan_core::probe::{Dialogue, Outcome, Step};
use portolan_core::{Protocol, Security};

/// The most bytes the host's reader holds for one line (one 2 KiB read past the bound).
const MAX_READ_LINE: usize = MAX_LINE_BYTES + 2048;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, server)) = data.split_first() else {
        return;
    };
    let protocol = Protocol::ALL[usize::from(mode % 3)];
    let security = Security::ALL[usize::from(mode / 3 % 3)];
    let handshake_fails = mode & 0x80 != 0;
    assert!(!(looks_like_plaintext_greeting(server) && looks_like_tls_record(server)));

    let mut lines = lines(server);
    let line_count = lines.len();
    let mut dialogue = Dialogue::new(protocol, security);
    let mut sent: Vec<Vec<u8>> = Vec::new();
    let mut starttls_asked = false;
    let mut upgrades = 0;
    let mut reads = 0;
    loop {
        let step = dialogue.next_step();
        match step {
            Step::ReadLine => {
                let Some(line) = lines.next() else { break };
                reads += 1;
                dialogue.on_line(line);
            }
            Step::Send(bytes) => {
                assert!(allowed_command(protocol, &bytes), "sent {bytes:?}");
                if bytes.ends_with(b"STARTTLS\r\n") || bytes == b"STLS\r\n" {
                    assert_eq!(
                        security,
                        Security::Starttls,
                        "STARTTLS on a {security} probe"
                    );
                    assert!(starttls_offered(protocol, &dialogue.capabilities));
                    starttls_asked = true;
                }
                sent.push(bytes);
                assert!(sent.len() <= 6, "too many commands: {sent:?}");
            }
            Step::UpgradeTls => {
                assert!(starttls_asked, "an upgrade nobody asked for");
                upgrades += 1;
                assert_eq!(upgrades, 1, "upgraded twice");
                if handshake_fails {
                    break;
                }
                dialogue.on_tls_established();
            }
            Step::Finish => {
                assert_eq!(dialogue.next_step(), Step::Finish, "Finish is final");
                break;
            }
        }
    }
    assert!(reads <= line_count);
    let _ = dialogue.stage();
    let _ = dialogue.is_complete();
    if let Some(greeting) = &dialogue.greeting {
        // Lossy UTF-8 makes one byte up to three; lines are joined by one space.
        assert!(greeting.len() <= 3 * MAX_SESSION_BYTES + line_count);
    }
    let learnt: usize = dialogue
        .capabilities
        .iter()
        .chain(&dialogue.capabilities_before_tls)
        .map(|c| c.len() + 1)
        .sum();
    assert!(learnt <= 3 * MAX_SESSION_BYTES + line_count);
    if let Some((outcome, _stage)) = dialogue.failure {
        assert!(matches!(
            outcome,
            Outcome::UnexpectedGreeting
                | Outcome::Rejected
                | Outcome::ResponseTooLong
                | Outcome::StarttlsNotOffered
                | Outcome::StarttlsRefused
        ));
        if matches!(
            outcome,
            Outcome::StarttlsNotOffered | Outcome::StarttlsRefused
        ) {
            assert_eq!(security, Security::Starttls);
        }
    }
    for mechanism in auth_mechanisms(protocol, &dialogue.capabilities) {
        assert!(!mechanism.is_empty() && !mechanism.contains(char::is_whitespace));
        assert_eq!(mechanism, mechanism.to_ascii_uppercase());
    }
});

/// The host's line reader: lines end at LF, trailing CR/LF are dropped, a line longer than the
/// reader holds or a session past its byte bound ends the conversation.
fn lines(bytes: &[u8]) -> std::vec::IntoIter<&[u8]> {
    let bytes = &bytes[..bytes.len().min(MAX_SESSION_BYTES + 2048)];
    let mut out = Vec::new();
    let mut rest = bytes;
    while let Some(end) = rest.iter().position(|&b| b == b'\n') {
        if end > MAX_READ_LINE {
            break;
        }
        let mut line = &rest[..end];
        while let [head @ .., b'\r' | b'\n'] = line {
            line = head;
        }
        out.push(line);
        rest = &rest[end + 1..];
    }
    out.into_iter()
}

fn allowed_command(protocol: Protocol, bytes: &[u8]) -> bool {
    let ehlo = format!("EHLO {EHLO_NAME}\r\n");
    let allowed: &[&[u8]] = match protocol {
        Protocol::Imap => &[b"P1 CAPABILITY\r\n", b"P2 STARTTLS\r\n", b"P9 LOGOUT\r\n"],
        Protocol::Pop3 => &[b"CAPA\r\n", b"STLS\r\n", b"QUIT\r\n"],
        Protocol::Smtp => &[ehlo.as_bytes(), b"STARTTLS\r\n", b"QUIT\r\n"],
    };
    allowed.contains(&bytes)
}
