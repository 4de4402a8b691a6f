//! Native-messaging framing (docs/PROTOCOL.md): any byte stream read as frames. Each frame is at
//! most 64 KiB and consumes exactly its length; the stream ends in a clean close, a refused
//! length or a truncation, as the bytes say; every frame gets a reply that fits the output cap
//! and reads back, through the same framing, as the JSON that was written.

#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use portolan::messaging::{
    ErrorCode, Frame, MAX_FRAME_IN, MAX_FRAME_OUT, Response, decode, read_frame, write_frame,
};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let mut input = Cursor::new(data);
    loop {
        let before = input.position() as usize;
        let left = data.len() - before;
        let declared = data
            .get(before..before + 4)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as usize);
        match read_frame(&mut input) {
            Frame::Data(frame) => {
                assert!(frame.len() <= MAX_FRAME_IN);
                assert_eq!(declared, Some(frame.len()));
                assert_eq!(input.position() as usize, before + 4 + frame.len());
                assert_eq!(frame, data[before + 4..before + 4 + frame.len()]);
                reply_round_trip(&frame);
            }
            Frame::Closed => {
                assert!(left < 4, "closed with a whole length left");
                break;
            }
            Frame::TooLarge(len) => {
                assert!(len > MAX_FRAME_IN);
                assert_eq!(declared, Some(len));
                break;
            }
            Frame::Truncated => {
                let len = declared.expect("a truncated frame had a length");
                assert!(len <= MAX_FRAME_IN && left - 4 < len);
                break;
            }
        }
    }
});

/// The host's answer to a frame, minus the work: the decoded request echoed, or the error.
fn reply_round_trip(frame: &[u8]) {
    let reply = match decode(frame) {
        Ok((id, _request)) => {
            assert!(matches!(
                id,
                Value::Null | Value::String(_) | Value::Number(_)
            ));
            let echoed: Value = serde_json::from_slice(frame).expect("a decoded frame is JSON");
            Response::ok(id, "version", echoed)
        }
        Err(reply) => {
            let code = reply.error.as_ref().map(|e| e.code);
            assert!(matches!(
                code,
                Some(ErrorCode::BadJson | ErrorCode::BadRequest)
            ));
            *reply
        }
    };
    let mut out = Vec::new();
    write_frame(&mut out, &reply).expect("a reply writes to memory");
    assert!(out.len() <= 4 + MAX_FRAME_OUT);
    let mut back = Cursor::new(&out[..]);
    let Frame::Data(body) = read_frame(&mut back) else {
        panic!("a written reply does not read back as one frame");
    };
    assert_eq!(
        back.position() as usize,
        out.len(),
        "one frame, nothing after it"
    );
    let json: Value = serde_json::from_slice(&body).expect("a reply is JSON");
    assert_eq!(json["id"], reply.id);
    assert_eq!(json["version"]["protocol"], 1);
    assert!(json.get("result").is_some() != json.get("error").is_some());
}
