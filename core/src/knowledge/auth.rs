//! The shapes of account facts: usernames, authentication methods, app passwords, the end of
//! password sign-in, and who may turn IMAP and POP on or off.

use serde::Serialize;

use super::provenance::Provenance;
use crate::vocab::Protocol;

/// Which accounts a fact applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Audience {
    /// Personal accounts (`@gmail.com`, `@googlemail.com`).
    Personal,
    /// Work and school accounts (Google Workspace), including custom domains.
    Workspace,
    /// Every account.
    All,
}

/// What a mail client must send as its username.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct UsernameRule {
    /// Whether the username is the full email address (never just the part before `@`).
    pub full_address: bool,
    /// The rule in plain words.
    pub statement: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
    /// The address domains of personal accounts, the usual one first (what a bare username
    /// is completed with).
    pub personal_domains: &'static [&'static str],
    /// The POP3 username prefix that selects "recent mode" (`recent:`).
    pub pop_recent_prefix: &'static str,
    /// How many days of mail recent mode returns.
    pub pop_recent_days: u16,
    /// What recent mode does and when to use it.
    pub pop_recent_statement: &'static str,
    /// Where the recent-mode facts come from.
    pub pop_recent_provenance: Provenance,
}

/// A kind of credential a mail client can present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum AuthKind {
    /// OAuth 2.0 through a SASL mechanism (XOAUTH2, OAUTHBEARER).
    Oauth2,
    /// A 16-character app password.
    AppPassword,
    /// The account's normal password ("less secure apps").
    AccountPassword,
}

/// One way to sign in, and whether the provider accepts it today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AuthMethod {
    /// Which credential.
    pub kind: AuthKind,
    /// Whether the provider accepts it today.
    pub accepted: bool,
    /// The SASL mechanisms that carry it, as servers advertise them.
    pub mechanisms: &'static [&'static str],
    /// What to know about it, in plain words.
    pub summary: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}

/// The rules of app passwords.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AppPasswordRules {
    /// Whether 2-Step Verification must be on.
    pub requires_two_step_verification: bool,
    /// The number of characters, without spaces.
    pub length: u8,
    /// Shown as groups of this many characters.
    pub group_size: u8,
    /// Whether spaces typed between the groups are ignored.
    pub spaces_ignored: bool,
    /// When app passwords are not available.
    pub unavailable_when: &'static [&'static str],
    /// Where to create one.
    pub create_url: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}

/// A dated statement from one set of sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DatedClaim {
    /// The date (`YYYY-MM-DD`).
    pub date: &'static str,
    /// What happens on that date, in plain words.
    pub says: &'static str,
    /// Who says so.
    pub provenance: Provenance,
}

/// The end of sign-in with the account password ("less secure apps"). Workspace sources give
/// two dates; both are kept and shown as a disagreement (DESIGN.md, "Knowledge rules").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PasswordSignInEnd {
    /// Personal accounts.
    pub personal: DatedClaim,
    /// Workspace accounts: the claims that disagree, oldest first.
    pub workspace_claims: &'static [DatedClaim],
    /// The date the fact base treats as the final cutoff, and why.
    pub workspace_final: &'static str,
    /// Why that date is taken as final.
    pub workspace_note: &'static str,
}

/// Everything about signing in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Auth {
    /// The ways to sign in, accepted ones first.
    pub methods: &'static [AuthMethod],
    /// App password rules.
    pub app_passwords: AppPasswordRules,
    /// The OAuth scope for full mail access.
    pub oauth_scope: &'static str,
    /// When password sign-in ended.
    pub password_sign_in_end: PasswordSignInEnd,
}

/// A rule about whether a protocol is available to an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AccessRule {
    /// Which accounts.
    pub audience: Audience,
    /// Which protocol, or `None` for all.
    pub protocol: Option<Protocol>,
    /// The rule in plain words.
    pub statement: &'static str,
    /// Where this comes from.
    pub provenance: Provenance,
}
