//! Property tests for the probe parsers of outside input: DNS replies, server lines, targets.
//! They must never panic, and a probe must never send a credential whatever the server says.

use portolan_core::probe::dialogue::{Dialogue, Step, auth_mechanisms};
use portolan_core::probe::dns::{mx_query, parse_mx_reply};
use portolan_core::probe::{Outcome, allow_target};
use portolan_core::{Protocol, Security};
use proptest::prelude::*;

fn protocol() -> impl Strategy<Value = Protocol> {
    prop_oneof![
        Just(Protocol::Imap),
        Just(Protocol::Pop3),
        Just(Protocol::Smtp)
    ]
}

fn security() -> impl Strategy<Value = Security> {
    prop_oneof![
        Just(Security::ImplicitTls),
        Just(Security::Starttls),
        Just(Security::None)
    ]
}

/// Lines a server might send: protocol-looking prefixes plus arbitrary bytes.
fn line() -> impl Strategy<Value = Vec<u8>> {
    let prefixes = prop_oneof![
        Just(b"* OK ".to_vec()),
        Just(b"* CAPABILITY ".to_vec()),
        Just(b"P1 OK ".to_vec()),
        Just(b"P2 OK ".to_vec()),
        Just(b"+OK ".to_vec()),
        Just(b"-ERR ".to_vec()),
        Just(b"250-".to_vec()),
        Just(b"250 ".to_vec()),
        Just(b"220 ".to_vec()),
        Just(b".".to_vec()),
        Just(Vec::new()),
    ];
    (prefixes, proptest::collection::vec(any::<u8>(), 0..64)).prop_map(|(mut p, rest)| {
        p.extend(rest);
        p
    })
}

proptest! {
    #[test]
    fn dns_replies_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), id in any::<u16>()) {
        let _ = parse_mx_reply(id, &bytes);
        // A real question with a random tail is parsed or rejected, never a panic.
        let mut reply = mx_query(id, "example.com").unwrap();
        reply[2] |= 0x80;
        reply.extend(&bytes);
        let _ = parse_mx_reply(id, &reply);
    }

    #[test]
    fn dialogues_never_send_credentials(
        protocol in protocol(),
        security in security(),
        lines in proptest::collection::vec(line(), 0..40),
    ) {
        let mut dialogue = Dialogue::new(protocol, security);
        let mut lines = lines.into_iter();
        for _ in 0..200 {
            match dialogue.next_step() {
                Step::ReadLine => match lines.next() {
                    Some(l) => dialogue.on_line(&l),
                    None => break,
                },
                Step::Send(bytes) => {
                    let text = String::from_utf8(bytes).unwrap().to_ascii_uppercase();
                    for forbidden in ["AUTH", "LOGIN ", "USER ", "PASS ", "APOP"] {
                        prop_assert!(!text.contains(forbidden), "sent {text:?}");
                    }
                }
                Step::UpgradeTls => dialogue.on_tls_established(),
                Step::Finish => break,
            }
        }
        let _ = auth_mechanisms(protocol, &dialogue.capabilities);
        if let Some((outcome, _)) = dialogue.failure {
            prop_assert!(outcome != Outcome::Ok);
        }
    }

    #[test]
    fn targets_never_panic_and_stay_on_mail_ports(target in "\\PC{0,80}") {
        if let Ok(allowed) = allow_target(&target) {
            prop_assert!([25, 110, 143, 465, 587, 993, 995].contains(&allowed.port()));
        }
    }
}
