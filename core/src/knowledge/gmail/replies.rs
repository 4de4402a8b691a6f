//! What Gmail's servers say: greetings, capabilities and other genuine-server text
//! (gmail-facts.md §5), and the sign-in failure replies with what they mean.

use crate::knowledge::provenance::{CAPTURES, CONNECTIONS, EXT, Provenance, RELAY, SEND_PERSONAL};
use crate::knowledge::signals::{Fingerprint, ServerError};
use crate::vocab::Protocol;

pub(super) const FINGERPRINTS: &[Fingerprint] = &[
    Fingerprint {
        protocol: Protocol::Imap,
        greeting_prefix: "* OK Gimap ready",
        greeting_suffix: None,
        capabilities: &[
            "IMAP4rev1",
            "UNSELECT",
            "IDLE",
            "NAMESPACE",
            "QUOTA",
            "ID",
            "XLIST",
            "CHILDREN",
            "X-GM-EXT-1",
            "XYZZY",
            "SASL-IR",
            "AUTH=XOAUTH2",
            "AUTH=PLAIN",
            "AUTH=PLAIN-CLIENTTOKEN",
            "AUTH=OAUTHBEARER",
        ],
        capabilities_after_login: &[
            "UIDPLUS",
            "COMPRESS=DEFLATE",
            "ENABLE",
            "MOVE",
            "CONDSTORE",
            "ESEARCH",
            "UTF8=ACCEPT",
            "LIST-EXTENDED",
            "LIST-STATUS",
            "LITERAL-",
            "SPECIAL-USE",
            "APPENDLIMIT=35651584",
        ],
        auth_mechanisms: &["XOAUTH2", "PLAIN", "PLAIN-CLIENTTOKEN", "OAUTHBEARER"],
        markers: &[
            "OK Thats all she wrote!",
            "\"name\" \"GImap\" \"vendor\" \"Google, Inc.\"",
        ],
        provenance: Provenance::verified(&[EXT, CAPTURES]),
    },
    Fingerprint {
        protocol: Protocol::Pop3,
        greeting_prefix: "+OK Gpop ready",
        greeting_suffix: None,
        // The greeting is verified; the exact CAPA line is likely (gmail-facts.md §5).
        capabilities: &[
            "USER",
            "RESP-CODES",
            "EXPIRE 0",
            "LOGIN-DELAY 300",
            "TOP",
            "UIDL",
            "X-GOOGLE-VERHOEVEN",
        ],
        capabilities_after_login: &[],
        auth_mechanisms: &["PLAIN", "XOAUTH2"],
        markers: &["+OK send PASS", "+OK Welcome."],
        provenance: Provenance::likely(&[CAPTURES]),
    },
    Fingerprint {
        protocol: Protocol::Smtp,
        greeting_prefix: "220 smtp.gmail.com ESMTP",
        greeting_suffix: Some("gsmtp"),
        capabilities: &[
            "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
            "8BITMIME",
            "ENHANCEDSTATUSCODES",
            "PIPELINING",
            "CHUNKING",
            "SMTPUTF8",
            "SIZE 35882577",
        ],
        capabilities_after_login: &[],
        auth_mechanisms: &[
            "LOGIN",
            "PLAIN",
            "XOAUTH2",
            "PLAIN-CLIENTTOKEN",
            "OAUTHBEARER",
            "XOAUTH",
        ],
        markers: &["250-smtp.gmail.com at your service", "- gsmtp"],
        provenance: Provenance::verified(&[CAPTURES]),
    },
];

/// Sign-in failures and what they mean (gmail-facts.md §5, "Diagnostic error strings").
pub(super) const SERVER_ERRORS: &[ServerError] = &[
    ServerError {
        protocol: Protocol::Smtp,
        contains: "534-5.7.9",
        meaning: "Application-specific password required: the account has 2-Step Verification, \
                  so the account password is refused. Use an app password or OAuth.",
        provenance: Provenance::verified(&[CAPTURES]),
    },
    ServerError {
        protocol: Protocol::Smtp,
        contains: "535-5.7.8",
        meaning: "Username and password not accepted: check that the username is the full \
                  address and that the password is an app password (or use OAuth).",
        provenance: Provenance::verified(&[CAPTURES]),
    },
    ServerError {
        protocol: Protocol::Imap,
        contains: "[AUTHENTICATIONFAILED]",
        meaning: "Invalid credentials: the username must be the full address and the password \
                  an app password (or use OAuth).",
        provenance: Provenance::verified(&[CAPTURES]),
    },
    ServerError {
        protocol: Protocol::Imap,
        contains: "Application-specific password required",
        meaning: "The account has 2-Step Verification, so the account password is refused. Use \
                  an app password or OAuth.",
        provenance: Provenance::verified(&[CAPTURES]),
    },
    ServerError {
        protocol: Protocol::Imap,
        contains: "[WEBALERT",
        meaning: "Google wants a sign-in in the browser first (a security check): open the URL \
                  in the reply, then try again.",
        provenance: Provenance::verified(&[CAPTURES]),
    },
    ServerError {
        protocol: Protocol::Imap,
        contains: "Too many simultaneous connections",
        meaning: "Too many IMAP connections to this account (about 15 at most): close other \
                  clients or lower the client's connection count to 10 or fewer.",
        provenance: Provenance::uncertain(&[CONNECTIONS]),
    },
    ServerError {
        protocol: Protocol::Smtp,
        contains: "5.4.5",
        meaning: "A daily sending limit was exceeded; sending resumes within 24 hours.",
        provenance: Provenance::likely(&[SEND_PERSONAL, RELAY]),
    },
];
