//! Gmail's limits, certificate issuers and MX rule (gmail-facts.md §3, §5, §6, §7).

use crate::knowledge::auth::Audience;
use crate::knowledge::provenance::{
    BANDWIDTH, CAPTURES, CONNECTIONS, DEV, MX, POPW, Provenance, RELAY, RFC2177, SEND,
    SEND_PERSONAL, TLSCHAIN,
};
use crate::knowledge::servers::HostPattern;
use crate::knowledge::signals::{Limit, MxRule, TlsFacts, TlsIssuer};

pub(super) const LIMITS: &[Limit] = &[
    Limit {
        key: "imap-connections",
        audience: Audience::All,
        value: 15,
        unit: "simultaneous IMAP connections per account",
        statement: "Usually given as 15 (Google's 2008 page said 10); beyond it Gmail answers \
                    \"[ALERT] Too many simultaneous connections\". Keep to 10 or fewer.",
        provenance: Provenance::uncertain(&[CONNECTIONS]),
    },
    Limit {
        key: "imap-session-hours",
        audience: Audience::All,
        value: 24,
        unit: "hours per IMAP session",
        statement: "Gmail closes IMAP sessions after about 24 hours (OAuth sessions when the \
                    access token expires, usually 1 hour); the client should sign in again.",
        provenance: Provenance::verified(&[DEV]),
    },
    Limit {
        key: "imap-idle-minutes",
        audience: Audience::All,
        value: 29,
        unit: "minutes per IDLE command",
        statement: "Google documents no IDLE timeout; RFC 2177 says to re-issue IDLE at least \
                    every 29 minutes, and the session cap above still applies.",
        provenance: Provenance::uncertain(&[RFC2177]),
    },
    Limit {
        key: "pop-session-days",
        audience: Audience::All,
        value: 7,
        unit: "days per POP session",
        statement: "POP sessions last about 7 days at most.",
        provenance: Provenance::verified(&[DEV]),
    },
    Limit {
        key: "pop-conversations-per-session",
        audience: Audience::All,
        value: 250,
        unit: "conversations per POP session",
        statement: "In normal mode each POP session lists the oldest ~250 conversations not yet \
                    downloaded.",
        provenance: Provenance::verified(&[POPW]),
    },
    Limit {
        key: "imap-download-mb-per-day",
        audience: Audience::Workspace,
        value: 2500,
        unit: "MB per day",
        statement: "IMAP download bandwidth; exceeding it suspends access for a while.",
        provenance: Provenance::likely(&[BANDWIDTH]),
    },
    Limit {
        key: "pop-download-mb-per-day",
        audience: Audience::Workspace,
        value: 1250,
        unit: "MB per day",
        statement: "POP download bandwidth; exceeding it suspends access for a while.",
        provenance: Provenance::likely(&[BANDWIDTH]),
    },
    Limit {
        key: "imap-upload-mb-per-day",
        audience: Audience::Workspace,
        value: 500,
        unit: "MB per day",
        statement: "IMAP upload bandwidth; exceeding it suspends access for a while.",
        provenance: Provenance::likely(&[BANDWIDTH]),
    },
    Limit {
        key: "messages-per-day",
        audience: Audience::Workspace,
        value: 2000,
        unit: "messages per day",
        statement: "2,000 messages per rolling 24 hours (500 on trial accounts).",
        provenance: Provenance::verified(&[SEND]),
    },
    Limit {
        key: "smtp-recipients-per-message",
        audience: Audience::Workspace,
        value: 100,
        unit: "recipients per message",
        statement: "100 recipients per message when sent over SMTP (smtp.gmail.com or \
                    smtp-relay) or the Gmail API.",
        provenance: Provenance::verified(&[SEND]),
    },
    Limit {
        key: "recipients-per-day",
        audience: Audience::Workspace,
        value: 10000,
        unit: "recipients per day",
        statement: "10,000 total recipients per day; 3,000 external.",
        provenance: Provenance::verified(&[SEND]),
    },
    Limit {
        key: "recipients-per-day",
        audience: Audience::Personal,
        value: 500,
        unit: "recipients per day",
        statement: "About 500 recipients per day and 100 per message from mail clients; beyond \
                    it \"550 5.4.5 Daily user sending limit exceeded\". Google no longer \
                    publishes exact figures.",
        provenance: Provenance::likely(&[SEND_PERSONAL]),
    },
    Limit {
        key: "relay-recipients-per-day",
        audience: Audience::Workspace,
        value: 10000,
        unit: "recipients per user per day",
        statement: "smtp-relay.gmail.com: 10,000 messages and 10,000 unique recipients per user \
                    per 24 hours.",
        provenance: Provenance::verified(&[RELAY]),
    },
    Limit {
        key: "message-size-bytes",
        audience: Audience::All,
        value: 35_882_577,
        unit: "bytes (SMTP SIZE)",
        statement: "SMTP advertises SIZE 35882577 (~35 MB); IMAP advertises \
                    APPENDLIMIT=35651584.",
        provenance: Provenance::verified(&[CAPTURES]),
    },
];

pub(super) const TLS: TlsFacts = TlsFacts {
    issuers: &[
        TlsIssuer {
            organization: "Google Trust Services",
            common_name: "WR2",
            seen: "2024+",
            current: true,
            provenance: Provenance::verified(&[TLSCHAIN]),
        },
        TlsIssuer {
            organization: "Google Trust Services",
            common_name: "GTS CA 1C3",
            seen: "2023 (Google certificates; no mail-server capture)",
            current: false,
            provenance: Provenance::likely(&[TLSCHAIN]),
        },
        TlsIssuer {
            organization: "Google Trust Services",
            common_name: "GTS CA 1O1",
            seen: "2019",
            current: false,
            provenance: Provenance::verified(&[TLSCHAIN]),
        },
        TlsIssuer {
            organization: "Google Trust Services",
            common_name: "Google Internet Authority G3",
            seen: "2018",
            current: false,
            provenance: Provenance::verified(&[TLSCHAIN]),
        },
        TlsIssuer {
            organization: "Google Inc",
            common_name: "Google Internet Authority",
            seen: "2009-2013",
            current: false,
            provenance: Provenance::likely(&[TLSCHAIN]),
        },
    ],
    issuer_organizations: &[
        "Google Trust Services",
        "Google Trust Services LLC",
        "Google Inc",
    ],
    root: "GTS Root R1",
    minimum_version: "TLSv1.2",
    advice: "Validate against the system's roots and the host name; do not pin an intermediate: \
             Google has changed issuers several times (now WR2, chaining to GTS Root R1).",
    provenance: Provenance::verified(&[TLSCHAIN]),
};

pub(super) const MX_RULE: MxRule = MxRule {
    suffixes: &[".google.com", ".googlemail.com"],
    known_hosts: &[
        HostPattern::Exact("smtp.google.com"),
        HostPattern::Exact("aspmx.l.google.com"),
        HostPattern::Numbered {
            prefix: "alt",
            first: 1,
            last: 4,
            suffix: ".aspmx.l.google.com",
        },
        HostPattern::Numbered {
            prefix: "aspmx",
            first: 2,
            last: 5,
            suffix: ".googlemail.com",
        },
        HostPattern::Exact("gmail-smtp-in.l.google.com"),
        HostPattern::Numbered {
            prefix: "alt",
            first: 1,
            last: 4,
            suffix: ".gmail-smtp-in.l.google.com",
        },
    ],
    caveats: "A security gateway (Proofpoint, Mimecast, ...) in front of Google hides it; split \
              or dual delivery is possible; SPF include:_spf.google.com shows Google sends mail, \
              not that it holds the mailbox.",
    provenance: Provenance::likely(&[MX]),
};
