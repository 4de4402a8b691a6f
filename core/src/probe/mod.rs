//! Probe interpretation (sans I/O): what greetings, capabilities, certificates and outcomes mean.
//!
//! The native host moves bytes and reads clocks; everything it learns is judged here, so the
//! same verdicts and words reach the CLI, the extension and the tests.

pub mod allowlist;
pub mod certificate;
pub mod dialogue;
pub mod dns;
pub mod outcome;
pub mod report;

pub use allowlist::{AllowedTarget, TargetRefused, allow, allow_target};
pub use certificate::{CertificateFacts, CertificateVerdict, Verification, judge};
pub use dialogue::{Dialogue, Step};
pub use dns::{DnsError, MxRecord};
pub use outcome::{Outcome, Stage};
pub use report::{CheckReport, MxReport, ProbeReport, TlsReport};
