//! The leaf certificate a server presents (DER, read by the host with x509-parser) and core's
//! verdict on it. The first byte picks what each root set said; the rest is the certificate.
//! Reading never panics; a verdict is trusted exactly when it has no failure, and only a
//! Google name can be "intercepted".

#![no_main]

use libfuzzer_sys::fuzz_target;
use portolan::certificate::{Seen, certificate_facts};
use portolan_core::probe::{Verification, judge};

const VERDICTS: [Verification; 5] = [
    Verification::Trusted,
    Verification::UnknownIssuer,
    Verification::Expired,
    Verification::NameMismatch,
    Verification::Invalid,
];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, der)) = data.split_first() else {
        return;
    };
    let seen = Seen {
        leaf: der.to_vec(),
        public: VERDICTS[usize::from(mode % 5)],
        local: VERDICTS[usize::from(mode / 5 % 5)],
    };
    let Some(facts) = certificate_facts(&seen) else {
        return;
    };
    // notAfter as RFC 3339 with a four-digit year: "2026-12-01T08:00:00Z".
    assert_eq!(facts.not_after.len(), 20, "{}", facts.not_after);
    assert!(facts.not_after.ends_with('Z'));
    for (host, google) in [("imap.gmail.com", true), ("mail.example.com", false)] {
        let verdict = judge(host, google, &facts);
        assert_eq!(verdict.report.trusted, verdict.failure.is_none());
        assert_eq!(
            verdict.report.trusted,
            seen.public == Verification::Trusted || seen.local == Verification::Trusted
        );
        if !google {
            assert!(verdict.interception.is_none());
        }
        assert_eq!(verdict.report.names, facts.names);
    }
});
