//! The settings doctor on what a person types: five lines, as the CLI and the web page take
//! them (protocol word, server, port, security word, username; a missing username line means
//! none). Words are parsed with core's own vocabulary; the doctor's promises are checked by
//! `check_doctor` (fuzz/src/lib.rs): ordered, deterministic, one corrected host, fixes that
//! remove their findings, let nothing new appear and reach a fixed point.

#![no_main]

use libfuzzer_sys::fuzz_target;
use portolan_core::doctor::Setting;
use portolan_core::{Protocol, Security};
use portolan_fuzz::check_doctor;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut fields = text.split('\n');
    let (Some(protocol), Some(host), Some(port), Some(security)) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return;
    };
    let username = fields.next().map(str::to_owned);
    let protocol = match protocol.parse::<Protocol>() {
        Ok(p) => p,
        Err(e) => {
            assert_eq!(e.kind, "protocol");
            Protocol::ALL[protocol.len() % 3]
        }
    };
    let security = match security.parse::<Security>() {
        Ok(s) => s,
        Err(e) => {
            assert_eq!(e.kind, "security");
            Security::ALL[security.len() % 3]
        }
    };
    for p in Protocol::ALL {
        assert_eq!(p.as_str().parse::<Protocol>().ok(), Some(p));
    }
    let port = port.trim().parse::<u16>().unwrap_or(port.len() as u16);
    let setting = Setting {
        protocol,
        host: host.to_owned(),
        port,
        security,
        username,
    };
    check_doctor(&setting);
});
