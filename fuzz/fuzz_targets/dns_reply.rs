//! MX answers off the wire (core::probe::dns): the first two bytes are the transaction id the
//! host expects, the rest is the UDP reply. Every reply gives records or a typed error; records
//! come sorted, with lower-case names no longer than DNS allows, and never more than the reply
//! has room for.

#![no_main]

use libfuzzer_sys::fuzz_target;
use portolan_core::probe::dns::parse_mx_reply;

fuzz_target!(|data: &[u8]| {
    let Some((id, reply)) = data.split_at_checked(2) else {
        return;
    };
    let id = u16::from_be_bytes([id[0], id[1]]);
    let parsed = parse_mx_reply(id, reply);
    assert_eq!(parsed, parse_mx_reply(id, reply), "deterministic");
    let Ok(records) = parsed else { return };
    assert!(reply.len() >= 12);
    assert_eq!(u16::from_be_bytes([reply[0], reply[1]]), id);
    // An answer is at least a pointer, ten fixed bytes and a preference.
    assert!(records.len() * 13 <= reply.len() - 12 || records.is_empty());
    assert!(records.is_sorted_by_key(|r| (r.preference, r.exchange.clone())));
    for record in &records {
        // 255 octets on the wire; lossy UTF-8 makes one byte up to three.
        assert!(
            record.exchange.len() <= 3 * 255,
            "{}",
            record.exchange.len()
        );
        assert_eq!(record.exchange, record.exchange.to_ascii_lowercase());
    }
});
