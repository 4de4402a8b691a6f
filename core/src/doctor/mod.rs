//! The settings doctor: diagnoses what a user typed into a mail client.
//!
//! [`diagnose`] takes a [`Setting`] as typed (the host exactly as written; protocol, port and
//! security already parsed) and returns a [`Report`] of [`Finding`]s, each with a stable
//! [`Code`], a [`Severity`], a plain-words message and a [`Fix`]. Every fix of one report
//! points at the same corrected setting, so applying them all ([`Report::fixed`]) gives a
//! setting with no error and no warning. A correct Gmail setting yields no error or warning.
//!
//! The doctor reads only the provider's tables ([`crate::knowledge::Provider`]); it spells no
//! Gmail host or port itself.

mod code;
mod distance;
mod host;
mod identity;
mod ports;
mod username;

pub use code::Code;

use crate::prelude::*;
use serde::{Deserialize, Serialize};

use crate::knowledge::{self, Provider};
use crate::vocab::{Protocol, Security};

/// A mail client setting as the user typed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setting {
    /// The protocol.
    pub protocol: Protocol,
    /// The server field, exactly as typed (the doctor normalises it).
    pub host: String,
    /// The port.
    pub port: u16,
    /// The connection security.
    pub security: Security,
    /// The username field, if the form has one and it is filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The setting will not work (or works insecurely) as typed.
    Error,
    /// It may work, but it is fragile, undocumented or not meant for this use.
    Warning,
    /// Good to know; nothing to change, or a harmless cleanup.
    Info,
}

impl Severity {
    /// The JSON spelling: `error`, `warning`, `info`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The values to change; absent members stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    /// The server name to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The port to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// The security to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    /// The username to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl Fix {
    /// Whether the fix changes nothing.
    pub fn is_empty(&self) -> bool {
        self.host.is_none()
            && self.port.is_none()
            && self.security.is_none()
            && self.username.is_none()
    }

    /// Applies the fix to `setting`.
    pub fn apply(&self, setting: &mut Setting) {
        if let Some(host) = &self.host {
            setting.host.clone_from(host);
        }
        if let Some(port) = self.port {
            setting.port = port;
        }
        if let Some(security) = self.security {
            setting.security = security;
        }
        if let Some(username) = &self.username {
            setting.username = Some(username.clone());
        }
    }
}

/// One thing the doctor noticed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable code (docs/FINDINGS.md).
    pub code: Code,
    /// How bad it is.
    pub severity: Severity,
    /// What is wrong and why, in plain words.
    pub message: String,
    /// What to change.
    pub fix: Fix,
}

/// The doctor's answer: `{"findings":[...]}`, errors first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The findings, most severe first; within a severity, in the order the fields are read.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether nothing is wrong: no error and no warning (info findings may remain).
    pub fn is_clean(&self) -> bool {
        self.findings.iter().all(|f| f.severity == Severity::Info)
    }

    /// The most severe finding's severity.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).min()
    }

    /// The codes, in report order.
    pub fn codes(&self) -> Vec<Code> {
        self.findings.iter().map(|f| f.code).collect()
    }

    /// `setting` with every proposed fix applied.
    pub fn fixed(&self, setting: &Setting) -> Setting {
        let mut out = setting.clone();
        for finding in &self.findings {
            finding.fix.apply(&mut out);
        }
        out
    }
}

/// Diagnoses `setting` against Gmail's tables.
pub fn diagnose(setting: &Setting) -> Report {
    diagnose_with(knowledge::gmail(), setting)
}

/// Diagnoses `setting` against `provider`'s tables.
pub fn diagnose_with(provider: &'static Provider, setting: &Setting) -> Report {
    let mut out = Findings::default();
    let typed = host::HostText::parse(&setting.host);
    let identity = identity::classify(provider, &typed.name, setting.protocol);
    // The host every fix points at: the provider's documented host when the user aimed at the
    // provider, else the user's own name, cleaned.
    let target = identity.target_host(provider, setting.protocol);
    let fixed_host = target.map_or_else(|| typed.name.clone(), str::to_owned);
    typed.report(
        &setting.host,
        setting.port,
        &fixed_host,
        target.is_some(),
        &mut out,
    );
    identity.report(
        provider,
        setting.protocol,
        &typed.name,
        &fixed_host,
        &mut out,
    );
    if target.is_some() {
        ports::report(provider, setting, &mut out);
        username::report(provider, setting, &mut out);
    } else if setting.security == Security::None {
        out.push(
            Code::Plaintext,
            Severity::Warning,
            "No encryption: the password and every message would cross the network in clear \
             text. RFC 8314 says mail clients should always use TLS."
                .to_owned(),
            Fix::default(),
        );
    }
    let mut findings = out.0;
    findings.sort_by_key(|f| f.severity);
    Report { findings }
}

/// The findings being collected.
#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    fn push(&mut self, code: Code, severity: Severity, message: String, fix: Fix) {
        self.0.push(Finding {
            code,
            severity,
            message,
            fix,
        });
    }
}

#[cfg(test)]
mod tests;
