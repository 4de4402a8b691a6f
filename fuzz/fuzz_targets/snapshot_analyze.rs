//! FormSnapshot ingestion: any bytes as the content script's JSON, then classification and the
//! fill plan (core::form::analyze). A snapshot that parses survives its JSON form, and its plan
//! keeps the safety rules (fuzz/src/lib.rs, `check_analysis`). The input's length picks whether
//! an email address is given.

#![no_main]

use libfuzzer_sys::fuzz_target;
use portolan_core::form::FormSnapshot;
use portolan_fuzz::{check_analysis, check_snapshot_round_trip};

fuzz_target!(|data: &[u8]| {
    let Ok(snapshot) = serde_json::from_slice::<FormSnapshot>(data) else {
        return;
    };
    check_snapshot_round_trip(&snapshot);
    let email = data
        .len()
        .is_multiple_of(2)
        .then_some("jane.doe@example.com");
    check_analysis(&snapshot, email);
});
