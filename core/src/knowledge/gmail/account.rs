//! Gmail account facts: username, POP recent mode, sign-in methods, app passwords, the end of
//! password sign-in, and IMAP/POP availability (gmail-facts.md §1, §2, §4).

use crate::knowledge::auth::{
    AccessRule, AppPasswordRules, Audience, Auth, AuthKind, AuthMethod, DatedClaim,
    PasswordSignInEnd, UsernameRule,
};
use crate::knowledge::provenance::{
    ADD, APPPW, CAPTURES, GFY, ISPDB, LSA, LSA_PERSONAL, POPAPI, POPW, Provenance, RFC7628, SCUBA,
    WSUPDATES, XO2,
};
use crate::vocab::Protocol;

pub(super) const USERNAME: UsernameRule = UsernameRule {
    full_address: true,
    statement: "Your full email address, e.g. you@gmail.com; for a Google Workspace account, your \
                full work address (you@your-company.com). The server names stay the gmail.com ones.",
    provenance: Provenance::verified(&[ADD, ISPDB]),
    // Thunderbird's ISPDB serves both domains from the same servers (gmail-facts.md §1).
    personal_domains: &["gmail.com", "googlemail.com"],
    pop_recent_prefix: "recent:",
    pop_recent_days: 30,
    pop_recent_statement: "POP3 only: the username recent:you@gmail.com returns all mail from the \
                           last 30 days, whether or not another client already downloaded it. \
                           Use it when several POP clients share one account, and leave \
                           messages on the server.",
    pop_recent_provenance: Provenance::verified(&[POPW]),
};

pub(super) const AUTH: Auth = Auth {
    methods: &[
        AuthMethod {
            kind: AuthKind::Oauth2,
            accepted: true,
            mechanisms: &["XOAUTH2", "OAUTHBEARER"],
            summary: "OAuth 2.0 (\"Sign in with Google\" in the client). Google documents SASL \
                      XOAUTH2; the servers also advertise OAUTHBEARER (RFC 7628), whose support \
                      Google does not document. Scope: https://mail.google.com/.",
            provenance: Provenance::verified(&[XO2, RFC7628, CAPTURES]),
        },
        AuthMethod {
            kind: AuthKind::AppPassword,
            accepted: true,
            mechanisms: &["PLAIN", "LOGIN"],
            summary: "An app password: a 16-character code created at \
                      myaccount.google.com/apppasswords. Needs 2-Step Verification; not \
                      available with Advanced Protection, with security-key-only 2-Step \
                      Verification, or when a work or school admin blocks it.",
            provenance: Provenance::verified(&[APPPW, CAPTURES]),
        },
        AuthMethod {
            kind: AuthKind::AccountPassword,
            accepted: false,
            mechanisms: &["PLAIN", "LOGIN"],
            summary: "Your normal Google password (\"less secure apps\") no longer works: \
                      personal accounts lost it on 30 May 2022, Workspace accounts by \
                      14 March 2025 (earlier sources say 30 September 2024).",
            provenance: Provenance::verified(&[LSA_PERSONAL, LSA]),
        },
    ],
    app_passwords: AppPasswordRules {
        requires_two_step_verification: true,
        length: 16,
        group_size: 4,
        spaces_ignored: true,
        unavailable_when: &[
            "2-Step Verification is off",
            "2-Step Verification uses only security keys",
            "the account is enrolled in Advanced Protection",
            "a work or school administrator blocks app passwords",
        ],
        create_url: "https://myaccount.google.com/apppasswords",
        provenance: Provenance::verified(&[APPPW]),
    },
    oauth_scope: "https://mail.google.com/",
    password_sign_in_end: PasswordSignInEnd {
        personal: DatedClaim {
            date: "2022-05-30",
            says: "Google stops supporting third-party apps that sign in with only a username \
                   and password (personal accounts).",
            provenance: Provenance::verified(&[LSA_PERSONAL]),
        },
        workspace_claims: &[
            DatedClaim {
                date: "2024-09-30",
                says: "Password access turned off for IMAP, POP, SMTP, CalDAV and CardDAV \
                       (the September 2023 plan, Google admin emails).",
                provenance: Provenance::uncertain(&[WSUPDATES]),
            },
            DatedClaim {
                date: "2025-03-14",
                says: "\"Starting March 14, 2025\": the updated transition page's cutoff for \
                       less secure apps.",
                provenance: Provenance::verified(&[LSA, POPW]),
            },
        ],
        workspace_final: "2025-03-14",
        workspace_note: "Google's sources disagree: the 2023 plan said 30 September 2024, the \
                         updated Admin Help page says 14 March 2025. Either way, Workspace \
                         accounts can no longer sign in with a password today.",
    },
};

pub(super) const ACCESS: &[AccessRule] = &[
    AccessRule {
        audience: Audience::Personal,
        protocol: Some(Protocol::Imap),
        statement: "IMAP is always on for personal accounts since January 2025; there is no \
                    \"Enable IMAP\" setting any more.",
        provenance: Provenance::verified(&[ADD]),
    },
    AccessRule {
        audience: Audience::All,
        protocol: Some(Protocol::Pop3),
        statement: "POP must be turned on in Gmail: Settings > Forwarding and POP/IMAP > \
                    Enable POP.",
        provenance: Provenance::likely(&[POPAPI, ADD]),
    },
    AccessRule {
        audience: Audience::Workspace,
        protocol: None,
        statement: "Workspace users lost their own IMAP switch in summer 2024, but the \
                    organisation's administrator can still allow or deny IMAP and POP in the \
                    Admin console.",
        provenance: Provenance::likely(&[LSA, SCUBA]),
    },
    AccessRule {
        audience: Audience::All,
        protocol: Some(Protocol::Pop3),
        statement: "Reading Gmail over POP from other clients continues. What Google is \
                    removing in 2026 is Gmail fetching other accounts over POP (\"Check mail \
                    from other accounts\") and Gmailify.",
        provenance: Provenance::verified(&[GFY]),
    },
];
