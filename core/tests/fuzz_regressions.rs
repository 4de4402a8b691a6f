//! Inputs the fuzz targets (fuzz/, docs/FUZZING.md) found breaking an invariant, replayed
//! through core's public API the way the target fed them, so the fix stays fixed under a plain
//! `cargo test`.

use portolan_core::probe::dialogue::auth_mechanisms;
use portolan_core::probe::{Dialogue, Step};
use portolan_core::{Protocol, Security};

/// Drives a dialogue as the `greeting` target does: lines end at LF, trailing CRs dropped, a
/// successful TLS upgrade when one is asked for.
fn converse(protocol: Protocol, security: Security, server: &[u8]) -> Dialogue {
    let mut lines = server
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let mut dialogue = Dialogue::new(protocol, security);
    // A conversation is a handful of steps; the bound keeps a regression from hanging the test.
    for _ in 0..1000 {
        match dialogue.next_step() {
            Step::ReadLine => match lines.next() {
                Some(line) => dialogue.on_line(line),
                None => break,
            },
            Step::Send(_) => {}
            Step::UpgradeTls => dialogue.on_tls_established(),
            Step::Finish => break,
        }
    }
    dialogue
}

/// `greeting`, crash-22cd1bd8: an IMAP capability `AUTH=` with nothing after it was reported
/// as an empty SASL mechanism ("auth_mechanisms": [""]).
#[test]
fn imap_bare_auth_equals_is_no_mechanism() {
    let server = b"* OK Gimap ready for requests from 192.0.2.1 a1b2c3-\n* CAPABILITY \
        IMAP4revREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH= BYETHYETH=PLAIN-CLIENTTOKR \
        AUTH=XOAUTH2 AUTH=PLA* BYETH=PLAIN-CLIENTTOKEN AUT421AUTHBEARER\r\nP1 OK \
        T\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4";
    let dialogue = converse(Protocol::Imap, Security::ImplicitTls, server);
    assert!(dialogue.capabilities.iter().any(|c| c == "AUTH="));
    let mechanisms = auth_mechanisms(Protocol::Imap, &dialogue.capabilities);
    assert_eq!(mechanisms, ["XOAUTH2", "PLA*"]);
    assert!(auth_mechanisms(Protocol::Imap, &["AUTH=".to_owned(), "auth=".to_owned()]).is_empty());
}
