//! Native-messaging requests (docs/PROTOCOL.md): any frame body decodes to a request or gets a
//! `bad-json` / `bad-request` reply with a usable id. What a request carries is then checked as
//! the host checks it: a probe target passes the allowlist only as a Google mail host on a mail
//! port (and prints back as itself), an MX domain gives a DNS query that reads back.

#![no_main]

use libfuzzer_sys::fuzz_target;
use portolan::messaging::{ErrorCode, Request, decode};
use portolan_core::probe::allow_target;
use portolan_core::probe::allowlist::{MAIL_PORTS, is_google_mail_host};
use portolan_core::probe::dns::{mx_query, parse_mx_reply};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    match decode(data) {
        Ok((id, request)) => {
            assert!(matches!(
                id,
                Value::Null | Value::String(_) | Value::Number(_)
            ));
            let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(data) else {
                panic!("a decoded frame is not a JSON object");
            };
            assert!(object.contains_key("type"));
            match request {
                Request::Probe { target, .. } => target_rules(&target),
                Request::Mx { domain } => query_round_trip(&domain),
                Request::Check { .. } | Request::Version | Request::Settings => {}
            }
        }
        Err(reply) => {
            let error = reply.error.as_ref().expect("an error reply has an error");
            assert!(!error.message.is_empty());
            match error.code {
                ErrorCode::BadJson => assert_eq!(reply.id, Value::Null),
                ErrorCode::BadRequest => {
                    assert!(std::str::from_utf8(data).is_ok());
                    assert!(matches!(
                        reply.id,
                        Value::Null | Value::String(_) | Value::Number(_)
                    ));
                }
                other => panic!("decode gave {other:?}"),
            }
            if std::str::from_utf8(data).is_err() {
                assert_eq!(error.code, ErrorCode::BadJson);
            }
            serde_json::to_vec(&reply).expect("an error reply serializes");
        }
    }
});

fn target_rules(target: &str) {
    if let Ok(allowed) = allow_target(target) {
        assert!(is_google_mail_host(allowed.host()), "{target:?}");
        assert!(MAIL_PORTS.contains(&allowed.port()), "{target:?}");
        assert_eq!(allow_target(&allowed.to_string()), Ok(allowed.clone()));
        assert!(allowed.host().len() <= target.len());
    }
}

fn query_round_trip(domain: &str) {
    let Ok(mut query) = mx_query(0x5a5a, domain) else {
        return;
    };
    assert!(query.len() <= 12 + 255 + 4 + 1);
    // The question, echoed as an answer with no records, reads back as no records.
    query[2] |= 0x80;
    assert_eq!(parse_mx_reply(0x5a5a, &query), Ok(Vec::new()));
}
