//! Gmail, the first provider: every table of [`Provider`] filled from
//! `shared/knowledge/gmail-facts.md` (checked 2026-11), each value with its source and
//! confidence next to it.

mod account;
mod replies;
mod servers;
mod signals;

use super::Provider;
use super::provenance::{
    ADD, APPPW, BANDWIDTH, CAPTURES, CONNECTIONS, DEV, EF1P, EVOLUTION, EXT, GFY, ISPDB, LSA,
    LSA_PERSONAL, MX, NYLAS, POPAPI, POPW, RELAY, RFC1939, RFC2177, RFC2595, RFC6409, RFC7628,
    RFC8314, RFC9051, SCUBA, SEND, SEND_PERSONAL, TLSCHAIN, VERIFIED, WSUPDATES, XO2,
};

/// The Gmail provider table.
pub(super) static GMAIL: Provider = Provider {
    id: "gmail",
    name: "Gmail",
    verified: VERIFIED,
    endpoints: servers::ENDPOINTS,
    aliases: servers::ALIASES,
    wrong_ports: servers::WRONG_PORTS,
    misused_hosts: servers::MISUSED_HOSTS,
    domains: servers::DOMAINS,
    username: account::USERNAME,
    auth: account::AUTH,
    access: account::ACCESS,
    limits: signals::LIMITS,
    fingerprints: replies::FINGERPRINTS,
    server_errors: replies::SERVER_ERRORS,
    tls: signals::TLS,
    mx: signals::MX_RULE,
    sources: &[
        DEV,
        ADD,
        EXT,
        XO2,
        LSA,
        LSA_PERSONAL,
        APPPW,
        POPW,
        SEND,
        SEND_PERSONAL,
        RELAY,
        GFY,
        POPAPI,
        SCUBA,
        WSUPDATES,
        MX,
        BANDWIDTH,
        CONNECTIONS,
        CAPTURES,
        TLSCHAIN,
        ISPDB,
        EVOLUTION,
        EF1P,
        NYLAS,
        RFC8314,
        RFC9051,
        RFC1939,
        RFC2595,
        RFC2177,
        RFC6409,
        RFC7628,
    ],
};
