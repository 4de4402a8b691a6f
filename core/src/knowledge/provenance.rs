//! Where a fact comes from, when it was checked and how sure we are: every value in the
//! knowledge tables carries a [`Provenance`].
//!
//! The keys ([`DEV`], [`ADD`], ...) are those of `shared/knowledge/gmail-facts.md`, so a value in
//! code can be traced to the sentence in the fact base that justifies it.

use serde::Serialize;

/// The month the fact base was checked against its sources (gmail-facts.md: "checked against
/// late-2026 sources").
pub const VERIFIED: &str = "2026-11";

/// How sure the fact base is about a value (gmail-facts.md, "Confidence levels").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Confidence {
    /// An official Google page or an RFC says it, or several independent captures agree.
    Verified,
    /// One good source, or several secondary ones.
    Likely,
    /// Sources disagree, are old, or are missing.
    Uncertain,
}

impl Confidence {
    /// The vocabulary spelling: `verified`, `likely`, `uncertain`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::Verified => "verified",
            Confidence::Likely => "likely",
            Confidence::Uncertain => "uncertain",
        }
    }
}

/// A source document, keyed as in the fact base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// The key in gmail-facts.md: `DEV`, `ADD`, `RFC 8314`, ...
    pub key: &'static str,
    /// What the document is.
    pub title: &'static str,
    /// Where to read it; `None` when the fact base names the source without an address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
}

/// The source, verification date and confidence of one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// The sources that say it, best first.
    pub sources: &'static [Source],
    /// When it was last checked (`YYYY-MM`).
    pub verified: &'static str,
    /// How sure we are.
    pub confidence: Confidence,
}

impl Provenance {
    /// A value that an official page or RFC states (checked [`VERIFIED`]).
    pub const fn verified(sources: &'static [Source]) -> Self {
        Provenance {
            sources,
            verified: VERIFIED,
            confidence: Confidence::Verified,
        }
    }

    /// A value with one good source or several secondary ones.
    pub const fn likely(sources: &'static [Source]) -> Self {
        Provenance {
            sources,
            verified: VERIFIED,
            confidence: Confidence::Likely,
        }
    }

    /// A value whose sources disagree, are old or are missing.
    pub const fn uncertain(sources: &'static [Source]) -> Self {
        Provenance {
            sources,
            verified: VERIFIED,
            confidence: Confidence::Uncertain,
        }
    }
}

/// Google, "IMAP, POP, and SMTP": the current official settings table.
pub const DEV: Source = Source {
    key: "DEV",
    title: "Google, IMAP, POP, and SMTP",
    url: Some("https://developers.google.com/workspace/gmail/imap/imap-smtp"),
};
/// Google, "IMAP extensions": X-GM-EXT-1, special-use folders, the Gimap ID.
pub const EXT: Source = Source {
    key: "EXT",
    title: "Google, IMAP extensions",
    url: Some("https://developers.google.com/gmail/imap/imap-extensions"),
};
/// Google, "SASL XOAUTH2".
pub const XO2: Source = Source {
    key: "XO2",
    title: "Google, SASL XOAUTH2",
    url: Some("https://developers.google.com/gmail/xoauth2_protocol"),
};
/// Gmail Help, "Add Gmail to another email client".
pub const ADD: Source = Source {
    key: "ADD",
    title: "Gmail Help, Add Gmail to another email client",
    url: Some("https://support.google.com/mail/answer/7126229"),
};
/// Workspace Admin Help, "Transition from less secure apps to OAuth".
pub const LSA: Source = Source {
    key: "LSA",
    title: "Workspace Admin Help, Transition from less secure apps to OAuth",
    url: Some("https://support.google.com/a/answer/14114704"),
};
/// Workspace Help, "How does POP work in Gmail?".
pub const POPW: Source = Source {
    key: "POPW",
    title: "Workspace Help, How does POP work in Gmail?",
    url: Some("https://support.google.com/a/answer/6089246"),
};
/// Workspace Admin Help, "Gmail sending limits".
pub const SEND: Source = Source {
    key: "SEND",
    title: "Workspace Admin Help, Gmail sending limits",
    url: Some("https://support.google.com/a/answer/166852"),
};
/// Workspace Admin Help, "SMTP relay".
pub const RELAY: Source = Source {
    key: "RELAY",
    title: "Workspace Admin Help, SMTP relay",
    url: Some("https://support.google.com/a/answer/2956491"),
};
/// Gmail Help, "Gmailify & POP changes".
pub const GFY: Source = Source {
    key: "GFY",
    title: "Gmail Help, Gmailify & POP changes",
    url: Some("https://support.google.com/mail/answer/16604719"),
};
/// Google Account Help, "Sign in with app passwords" (gmail-facts.md §4, via copies).
pub const APPPW: Source = Source {
    key: "APPPW",
    title: "Google Account Help, Sign in with app passwords",
    url: Some("https://support.google.com/accounts/answer/185833"),
};
/// Google Account Help, "Less secure apps" (the 30 May 2022 notice, gmail-facts.md §4).
pub const LSA_PERSONAL: Source = Source {
    key: "LSA-PERSONAL",
    title: "Google Account Help, Less secure apps and your Google Account",
    url: Some("https://support.google.com/accounts/answer/6010255"),
};
/// Workspace Admin Help, "Set up MX records for Google Workspace" (gmail-facts.md §6).
pub const MX: Source = Source {
    key: "MX",
    title: "Workspace Admin Help, Google Workspace MX records",
    url: Some("https://support.google.com/a/answer/140034"),
};
/// Workspace Admin Help, "Bandwidth limits" (gmail-facts.md §5, from dated copies).
pub const BANDWIDTH: Source = Source {
    key: "BANDWIDTH",
    title: "Workspace Admin Help, Gmail bandwidth limits",
    url: Some("https://support.google.com/a/answer/1071518"),
};
/// Published session captures (greetings, capabilities, error strings, 2015 to 2026-10),
/// collected in gmail-facts.md §5; the fact base names them without one address.
pub const CAPTURES: Source = Source {
    key: "CAPTURES",
    title: "Published IMAP, POP3 and SMTP session captures (gmail-facts.md §5)",
    url: None,
};
/// The 2026-06 certificate chain capture (gmail-facts.md §7) and the earlier issuer history
/// (OfflineIMAP issue 573, matthiasn/lotti issue 29).
pub const TLSCHAIN: Source = Source {
    key: "TLSCHAIN",
    title: "znuny/Znuny issue 818: imap.gmail.com certificate chain (2026-06)",
    url: Some("https://github.com/znuny/Znuny/issues/818"),
};
/// The connection-limit reports (gmail-facts.md §5): Lifewire, dlt-hub verified-sources PR 615
/// (2025), mailflow release notes (2025), Google's 2008 help page (10).
pub const CONNECTIONS: Source = Source {
    key: "CONNECTIONS",
    title: "dlt-hub verified-sources PR 615 and other reports of Gmail's IMAP connection limit",
    url: Some("https://github.com/dlt-hub/verified-sources/pull/615"),
};
/// Gmail Help answer 22839 (old): personal sending limits, no longer published exactly.
pub const SEND_PERSONAL: Source = Source {
    key: "SEND-PERSONAL",
    title: "Gmail Help, Sending limits in Gmail (old answer 22839)",
    url: Some("https://support.google.com/mail/answer/22839"),
};
/// Thunderbird's ISPDB entry for googlemail.com (aliases, `%EMAILADDRESS%` usernames).
pub const ISPDB: Source = Source {
    key: "ISPDB",
    title: "Thunderbird autoconfig ISPDB, googlemail.com",
    url: Some("https://github.com/thunderbird/autoconfig/blob/master/ispdb/googlemail.com.xml"),
};
/// GNOME Evolution's autoconfig for googlemail.com (the googlemail.com host aliases).
pub const EVOLUTION: Source = Source {
    key: "EVOLUTION",
    title: "GNOME Evolution mail-autoconfig, googlemail.com",
    url: Some("https://github.com/GNOME/evolution/blob/master/mail/mail-autoconfig/googlemail.com"),
};
/// The ef1p.com email article (gmail.com's SRV records, `_imap._tcp` = "not offered").
pub const EF1P: Source = Source {
    key: "EF1P",
    title: "ef1p.com, Email explained from first principles (SRV records)",
    url: Some("https://explained-from-first-principles.com/email/"),
};
/// Nylas (2026): "Port 25 isn't available for standard Gmail accounts".
pub const NYLAS: Source = Source {
    key: "NYLAS",
    title: "Nylas, Gmail SMTP settings (2026)",
    url: None,
};
/// RFC 8314: implicit TLS preferred; port 465 is "submissions".
pub const RFC8314: Source = Source {
    key: "RFC 8314",
    title: "RFC 8314, Cleartext Considered Obsolete",
    url: Some("https://www.rfc-editor.org/rfc/rfc8314"),
};
/// RFC 9051 (IMAP4rev2; obsoletes RFC 3501): port 143 with STARTTLS.
pub const RFC9051: Source = Source {
    key: "RFC 9051",
    title: "RFC 9051, IMAP4rev2",
    url: Some("https://www.rfc-editor.org/rfc/rfc9051"),
};
/// RFC 1939: POP3 on port 110.
pub const RFC1939: Source = Source {
    key: "RFC 1939",
    title: "RFC 1939, Post Office Protocol version 3",
    url: Some("https://www.rfc-editor.org/rfc/rfc1939"),
};
/// RFC 2595: STARTTLS for IMAP and STLS for POP3.
pub const RFC2595: Source = Source {
    key: "RFC 2595",
    title: "RFC 2595, Using TLS with IMAP, POP3 and ACAP",
    url: Some("https://www.rfc-editor.org/rfc/rfc2595"),
};
/// RFC 6409: message submission on port 587.
pub const RFC6409: Source = Source {
    key: "RFC 6409",
    title: "RFC 6409, Message Submission for Mail",
    url: Some("https://www.rfc-editor.org/rfc/rfc6409"),
};
/// RFC 7628: the OAUTHBEARER SASL mechanism.
pub const RFC7628: Source = Source {
    key: "RFC 7628",
    title: "RFC 7628, A Set of SASL Mechanisms for OAuth",
    url: Some("https://www.rfc-editor.org/rfc/rfc7628"),
};
/// RFC 2177: IMAP IDLE (re-issue at least every 29 minutes).
pub const RFC2177: Source = Source {
    key: "RFC 2177",
    title: "RFC 2177, IMAP4 IDLE command",
    url: Some("https://www.rfc-editor.org/rfc/rfc2177"),
};
/// The Gmail API's POP settings (`PopSettings.accessWindow`: disabled, allMail, fromNowOn):
/// POP is something a user turns on (gmail-facts.md §1).
pub const POPAPI: Source = Source {
    key: "POPAPI",
    title: "Gmail API, Managing POP and IMAP settings",
    url: Some("https://developers.google.com/workspace/gmail/api/guides/pop_imap_settings"),
};
/// cisagov/ScubaGoggles issue 788: Workspace admins still allow or deny POP/IMAP per OU or
/// group (gmail-facts.md §1).
pub const SCUBA: Source = Source {
    key: "SCUBA",
    title: "cisagov/ScubaGoggles issue 788 (Workspace POP/IMAP admin controls)",
    url: Some("https://github.com/cisagov/ScubaGoggles/issues/788"),
};
/// The Google Workspace Updates blog post of September 2023 that set 30 September 2024
/// (gmail-facts.md §4); the fact base names it without an address.
pub const WSUPDATES: Source = Source {
    key: "WSUPDATES",
    title: "Google Workspace Updates blog, September 2023: less secure apps timeline",
    url: None,
};
