//! Finding codes: stable, kebab-case, append-only (docs/FINDINGS.md lists them all). Callers
//! branch on codes, never on message text.

use core::fmt;

use serde::{Deserialize, Serialize};

/// What a finding is about. The serde spelling is the stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Code {
    /// The server field is empty.
    HostEmpty,
    /// Spaces around or inside the server name.
    HostHasWhitespace,
    /// A URL scheme (`imaps://`, `ssl://`, ...) before the server name.
    HostHasScheme,
    /// A user name or email address (`me@`) in the server field.
    HostHasUsername,
    /// A path (`/...`) after the server name.
    HostHasPath,
    /// A `:port` after the server name.
    HostHasPort,
    /// A trailing dot (a fully qualified name; valid DNS, rejected by some clients).
    HostTrailingDot,
    /// The host is not one of the provider's: the doctor cannot judge the setting.
    NotGmailHost,
    /// A googlemail.com alias of a Gmail host.
    GooglemailAlias,
    /// The provider's server for another protocol (pop.gmail.com for IMAP).
    HostForOtherProtocol,
    /// A near miss of a Gmail host name (imap.gmial.com).
    HostTypo,
    /// A name under gmail.com/google.com that is not a documented mail server (gmail.com,
    /// mail.google.com).
    UnknownGoogleHost,
    /// A mail exchanger (MX) used as a client's server.
    MxHost,
    /// Workspace's admin-configured SMTP relay used as a client's server.
    RelayHost,
    /// Port 465 for IMAP: the seed article's myth (465 is SMTP submissions, RFC 8314).
    #[serde(rename = "imap-port-465-myth")]
    ImapPort465Myth,
    /// Port 143 for IMAP: Gmail offers only 993.
    #[serde(rename = "imap-port-143-not-offered")]
    ImapPort143NotOffered,
    /// Port 110 for POP3: Gmail offers only 995.
    #[serde(rename = "pop3-port-110-not-offered")]
    Pop3Port110NotOffered,
    /// Port 25 for SMTP submission: undocumented, often blocked.
    #[serde(rename = "smtp-port-25-undocumented")]
    SmtpPort25Undocumented,
    /// A port that belongs to another mail protocol.
    PortForOtherProtocol,
    /// A port the provider does not offer for the protocol.
    PortNotOffered,
    /// STARTTLS on an implicit-TLS port (993, 995, 465).
    StarttlsOnImplicitTlsPort,
    /// Implicit TLS on a STARTTLS port (587).
    ImplicitTlsOnStarttlsPort,
    /// No encryption.
    Plaintext,
    /// Spaces around or inside the username.
    UsernameHasWhitespace,
    /// A username without `@domain`.
    UsernameMissingDomain,
    /// A near miss of gmail.com in the username's domain.
    UsernameDomainTypo,
    /// A username that is not an email address at all (`@gmail.com`, two `@`).
    UsernameNotAnAddress,
    /// `recent:` in the username of an IMAP or SMTP account (it is a POP3 feature).
    RecentPrefixNotPop,
    /// `recent:` in a POP3 username: recent mode, explained.
    PopRecentMode,
}

impl Code {
    /// Every code, in documentation order.
    pub const ALL: [Code; 29] = [
        Code::HostEmpty,
        Code::HostHasWhitespace,
        Code::HostHasScheme,
        Code::HostHasUsername,
        Code::HostHasPath,
        Code::HostHasPort,
        Code::HostTrailingDot,
        Code::NotGmailHost,
        Code::GooglemailAlias,
        Code::HostForOtherProtocol,
        Code::HostTypo,
        Code::UnknownGoogleHost,
        Code::MxHost,
        Code::RelayHost,
        Code::ImapPort465Myth,
        Code::ImapPort143NotOffered,
        Code::Pop3Port110NotOffered,
        Code::SmtpPort25Undocumented,
        Code::PortForOtherProtocol,
        Code::PortNotOffered,
        Code::StarttlsOnImplicitTlsPort,
        Code::ImplicitTlsOnStarttlsPort,
        Code::Plaintext,
        Code::UsernameHasWhitespace,
        Code::UsernameMissingDomain,
        Code::UsernameDomainTypo,
        Code::UsernameNotAnAddress,
        Code::RecentPrefixNotPop,
        Code::PopRecentMode,
    ];

    /// The stable code, as JSON spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::HostEmpty => "host-empty",
            Code::HostHasWhitespace => "host-has-whitespace",
            Code::HostHasScheme => "host-has-scheme",
            Code::HostHasUsername => "host-has-username",
            Code::HostHasPath => "host-has-path",
            Code::HostHasPort => "host-has-port",
            Code::HostTrailingDot => "host-trailing-dot",
            Code::NotGmailHost => "not-gmail-host",
            Code::GooglemailAlias => "googlemail-alias",
            Code::HostForOtherProtocol => "host-for-other-protocol",
            Code::HostTypo => "host-typo",
            Code::UnknownGoogleHost => "unknown-google-host",
            Code::MxHost => "mx-host",
            Code::RelayHost => "relay-host",
            Code::ImapPort465Myth => "imap-port-465-myth",
            Code::ImapPort143NotOffered => "imap-port-143-not-offered",
            Code::Pop3Port110NotOffered => "pop3-port-110-not-offered",
            Code::SmtpPort25Undocumented => "smtp-port-25-undocumented",
            Code::PortForOtherProtocol => "port-for-other-protocol",
            Code::PortNotOffered => "port-not-offered",
            Code::StarttlsOnImplicitTlsPort => "starttls-on-implicit-tls-port",
            Code::ImplicitTlsOnStarttlsPort => "implicit-tls-on-starttls-port",
            Code::Plaintext => "plaintext",
            Code::UsernameHasWhitespace => "username-has-whitespace",
            Code::UsernameMissingDomain => "username-missing-domain",
            Code::UsernameDomainTypo => "username-domain-typo",
            Code::UsernameNotAnAddress => "username-not-an-address",
            Code::RecentPrefixNotPop => "recent-prefix-not-pop",
            Code::PopRecentMode => "pop-recent-mode",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_spelling_is_the_code_and_codes_are_unique() {
        for (i, code) in Code::ALL.iter().enumerate() {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert!(Code::ALL[i + 1..].iter().all(|c| c != code));
            assert!(
                code.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            );
        }
    }
}
