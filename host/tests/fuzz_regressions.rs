//! Inputs the fuzz targets (fuzz/, docs/FUZZING.md) found breaking an invariant, replayed
//! through the host library the way the target fed them, so the fix stays fixed under a plain
//! `cargo test`.

use std::io::Cursor;

use portolan::messaging::{ErrorCode, Frame, decode, read_frame, write_frame};
use serde_json::Value;

/// `native_frame`, crash-b456280d: a fractional request id was read with serde_json's fast float
/// parser, which can land one unit in the last place off the correctly rounded value: the
/// reply's id, `12.111055111111023`, sent back as a request id, was read as
/// `12.111055111111025`, so the host would echo a number the extension never sent (fixed by
/// serde_json's `float_roundtrip` feature in host/Cargo.toml).
#[test]
fn a_long_decimal_id_is_echoed_as_the_number_sent() {
    let stream = b"<\x00\x00\x00{\"id\":\x09\x09\x0912.11105511111102222222220\x09\x09\x09\x09\x09\
        \x09\x09\x09\x09\x09\x09}\x09\x09\x09\x09\x09\x09\x09\x0a\x0a\x0a\x0a\x0a\x0a\x0a\x0a!!\
        \x0aJ\x0a\xda\xda\xda\xda\xda\xda\x00\x0a\x0a\x0a0\x0f\x0f\x0f\xff\x0a\x0a\x0a\x00";
    let sent: f64 = "12.11105511111102222222220"
        .parse()
        .expect("a decimal number");
    let mut input = Cursor::new(&stream[..]);
    let Frame::Data(frame) = read_frame(&mut input) else {
        panic!("the first frame reads whole");
    };
    // No `type`: a bad-request reply that still carries the id.
    let reply = match decode(&frame) {
        Ok(_) => panic!("a frame without a type decoded"),
        Err(reply) => reply,
    };
    assert_eq!(
        reply.error.as_ref().map(|e| e.code),
        Some(ErrorCode::BadRequest)
    );
    assert_eq!(reply.id.as_f64(), Some(sent), "the id as read");
    let mut out = Vec::new();
    write_frame(&mut out, &reply).expect("a reply writes to memory");
    let Frame::Data(body) = read_frame(&mut Cursor::new(&out[..])) else {
        panic!("the reply reads back as one frame");
    };
    let json: Value = serde_json::from_slice(&body).expect("the reply is JSON");
    assert_eq!(json["id"].as_f64(), Some(sent), "the id as echoed");
    // What the extension's JSON.parse reads: the shortest digits of the same number.
    let text = String::from_utf8(body).expect("UTF-8");
    assert!(text.contains(&format!("\"id\":{sent}")), "{text}");
}

/// The same number as the extension's `JSON.stringify` writes it (the shortest digits): read as
/// exactly that number, echoed with exactly those digits.
#[test]
fn a_fractional_id_in_shortest_form_is_read_exactly() {
    let frame = br#"{"id":12.111055111111023,"type":"version"}"#;
    let sent: f64 = "12.111055111111023".parse().expect("a decimal number");
    let (id, _request) = decode(frame).unwrap_or_else(|_| panic!("a version request decodes"));
    assert_eq!(id.as_f64(), Some(sent));
    assert_eq!(id.to_string(), "12.111055111111023");
}
