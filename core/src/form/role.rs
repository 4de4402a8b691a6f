//! Field roles (DESIGN.md, "Vocabulary").

use core::fmt;

use serde::{Deserialize, Serialize};

/// What a form control is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Role {
    /// The account's email address (also a sender address field).
    #[serde(rename = "email")]
    Email,
    /// IMAP vs POP3 choice for the incoming server.
    #[serde(rename = "incoming.protocol")]
    IncomingProtocol,
    /// Incoming server host name.
    #[serde(rename = "incoming.host")]
    IncomingHost,
    /// Incoming server port.
    #[serde(rename = "incoming.port")]
    IncomingPort,
    /// Incoming connection security.
    #[serde(rename = "incoming.security")]
    IncomingSecurity,
    /// Incoming user name.
    #[serde(rename = "incoming.username")]
    IncomingUsername,
    /// Incoming password (never read or written).
    #[serde(rename = "incoming.password")]
    IncomingPassword,
    /// Outgoing (SMTP) server host name.
    #[serde(rename = "outgoing.host")]
    OutgoingHost,
    /// Outgoing server port.
    #[serde(rename = "outgoing.port")]
    OutgoingPort,
    /// Outgoing connection security.
    #[serde(rename = "outgoing.security")]
    OutgoingSecurity,
    /// Outgoing user name.
    #[serde(rename = "outgoing.username")]
    OutgoingUsername,
    /// Outgoing password (never read or written).
    #[serde(rename = "outgoing.password")]
    OutgoingPassword,
    /// The "server requires authentication" control.
    #[serde(rename = "outgoing.auth")]
    OutgoingAuth,
    /// Not a mail setting, or nothing Portolan should touch.
    #[serde(rename = "ignore")]
    Ignore,
}

impl Role {
    /// Every role, in vocabulary order.
    pub const ALL: [Role; 14] = [
        Role::Email,
        Role::IncomingProtocol,
        Role::IncomingHost,
        Role::IncomingPort,
        Role::IncomingSecurity,
        Role::IncomingUsername,
        Role::IncomingPassword,
        Role::OutgoingHost,
        Role::OutgoingPort,
        Role::OutgoingSecurity,
        Role::OutgoingUsername,
        Role::OutgoingPassword,
        Role::OutgoingAuth,
        Role::Ignore,
    ];

    /// The vocabulary spelling, e.g. `incoming.host`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Email => "email",
            Role::IncomingProtocol => "incoming.protocol",
            Role::IncomingHost => "incoming.host",
            Role::IncomingPort => "incoming.port",
            Role::IncomingSecurity => "incoming.security",
            Role::IncomingUsername => "incoming.username",
            Role::IncomingPassword => "incoming.password",
            Role::OutgoingHost => "outgoing.host",
            Role::OutgoingPort => "outgoing.port",
            Role::OutgoingSecurity => "outgoing.security",
            Role::OutgoingUsername => "outgoing.username",
            Role::OutgoingPassword => "outgoing.password",
            Role::OutgoingAuth => "outgoing.auth",
            Role::Ignore => "ignore",
        }
    }

    /// Password roles: Portolan never reads or writes their values.
    pub const fn is_password(self) -> bool {
        matches!(self, Role::IncomingPassword | Role::OutgoingPassword)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_spelling_matches_as_str() {
        for role in Role::ALL {
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
            let back: Role = serde_json::from_str(&json).unwrap();
            assert_eq!(back, role);
        }
    }
}
