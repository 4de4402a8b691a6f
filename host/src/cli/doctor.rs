//! `portolan doctor`: parses the command line into a `Setting` (protocol, port and security
//! here; the host is normalised by core), runs `portolan_core::doctor::diagnose` and renders the
//! report.

use std::process::ExitCode;

use portolan_core::doctor::{Finding, Fix, Report, Setting, diagnose};
use portolan_core::vocab::UnknownWord;
use portolan_core::{Protocol, Security};

use super::settings::{emit, wrap};

/// Arguments of `portolan doctor`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The protocol: imap, pop3 or smtp.
    #[arg(long, value_name = "P")]
    protocol: String,
    /// The server name as typed into the client (spaces, imaps://, :port and so on are fine).
    #[arg(long, value_name = "H", allow_hyphen_values = true)]
    host: String,
    /// The port, 1-65535.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    port: String,
    /// The security: implicit-tls (SSL/TLS), starttls or none.
    #[arg(long, value_name = "S")]
    security: String,
    /// The username as typed into the client.
    #[arg(long, value_name = "U", allow_hyphen_values = true)]
    username: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Why the command line does not describe a setting.
#[derive(Debug, thiserror::Error)]
enum BadArgument {
    /// `--port` is not a decimal number.
    #[error("--port {text:?} is not a number (expected 1-65535)")]
    PortNotANumber { text: String },
    /// `--port` is a number outside 1-65535 (0 included).
    #[error("--port {text} is out of range (expected 1-65535)")]
    PortOutOfRange { text: String },
    /// `--host` is empty or only spaces.
    #[error("--host is empty (expected a server name such as imap.gmail.com)")]
    HostEmpty,
    /// `--security tls`: forms use "TLS" for both kinds; the CLI needs the exact one.
    #[error(
        "--security {word:?} is ambiguous: say implicit-tls (\"SSL/TLS\", port 993/995/465) or \
         starttls (port 587)"
    )]
    AmbiguousSecurity { word: String },
    /// An unknown protocol or security word.
    #[error("--{kind}: {word}", kind = .0.kind, word = .0)]
    UnknownWord(#[from] UnknownWord),
}

/// Runs `portolan doctor`.
pub fn run(args: Args) -> ExitCode {
    let setting = match setting(&args) {
        Ok(setting) => setting,
        Err(err) => return super::bad_input(err),
    };
    let report = diagnose(&setting);
    if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(json) => emit(&format!("{json}\n")),
            Err(err) => super::bad_input(format!("cannot encode the report: {err}")),
        }
    } else {
        emit(&render(&setting, &report))
    }
}

fn setting(args: &Args) -> Result<Setting, BadArgument> {
    let protocol = args.protocol.parse::<Protocol>()?;
    let security = parse_security(&args.security)?;
    let port = parse_port(&args.port)?;
    if args.host.trim().is_empty() {
        return Err(BadArgument::HostEmpty);
    }
    Ok(Setting {
        protocol,
        host: args.host.clone(),
        port,
        security,
        username: args.username.clone(),
    })
}

fn parse_security(word: &str) -> Result<Security, BadArgument> {
    if word.trim().eq_ignore_ascii_case("tls") {
        return Err(BadArgument::AmbiguousSecurity {
            word: word.to_owned(),
        });
    }
    Ok(word.parse::<Security>()?)
}

fn parse_port(text: &str) -> Result<u16, BadArgument> {
    let trimmed = text.trim();
    let digits = trimmed.strip_prefix(['-', '+']).unwrap_or(trimmed);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadArgument::PortNotANumber {
            text: text.to_owned(),
        });
    }
    match trimmed.parse::<u16>() {
        Ok(port) if port != 0 => Ok(port),
        _ => Err(BadArgument::PortOutOfRange {
            text: trimmed.to_owned(),
        }),
    }
}

/// The human-readable report: the setting, each finding with its fix, and the corrected
/// setting.
fn render(setting: &Setting, report: &Report) -> String {
    let mut out = format!("Checked: {}\n\n", describe(setting));
    if report.findings.is_empty() {
        out.push_str(&format!(
            "No problems found: this is Gmail's documented {} setting.\n",
            setting.protocol.label()
        ));
        return out;
    }
    let code_width = report
        .findings
        .iter()
        .map(|f| f.code.as_str().len())
        .max()
        .unwrap_or(0);
    let indent = " ".repeat(2 + 7 + 2 + code_width + 2);
    for finding in &report.findings {
        out.push_str(&render_finding(finding, code_width, &indent));
    }
    if report.is_clean() {
        out.push_str("Nothing needs to change.\n");
    } else {
        let fixed = report.fixed(setting);
        if diagnose(&fixed).is_clean() {
            out.push_str(&format!("Use instead: {}\n", describe(&fixed)));
        } else {
            out.push_str("Some problems have no automatic fix; see the messages above.\n");
        }
    }
    out
}

fn render_finding(finding: &Finding, code_width: usize, indent: &str) -> String {
    let head = format!(
        "  {:<7}  {:<code_width$}  ",
        finding.severity.as_str(),
        finding.code.as_str()
    );
    let mut out = head;
    let body = wrap(&finding.message, indent, 100);
    out.push_str(body.trim_start());
    if let Some(fix) = describe_fix(&finding.fix) {
        out.push_str(&format!("{indent}fix: {fix}\n"));
    }
    out.push('\n');
    out
}

fn describe(setting: &Setting) -> String {
    let mut text = format!(
        "{} {} port {} {}",
        setting.protocol.label(),
        setting.host.trim(),
        setting.port,
        setting.security.label()
    );
    if let Some(user) = setting.username.as_deref().filter(|u| !u.trim().is_empty()) {
        text.push_str(&format!(", username {}", user.trim()));
    }
    text
}

fn describe_fix(fix: &Fix) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(host) = &fix.host {
        parts.push(format!("server {host}"));
    }
    if let Some(port) = fix.port {
        parts.push(format!("port {port}"));
    }
    if let Some(security) = fix.security {
        parts.push(format!("security {}", security.label()));
    }
    if let Some(username) = &fix.username {
        parts.push(format!("username {username}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports() {
        assert_eq!(parse_port("993").unwrap(), 993);
        assert_eq!(parse_port(" 587 ").unwrap(), 587);
        for bad in ["0", "70000", "-1", "99999999999999999999999"] {
            assert!(
                matches!(parse_port(bad), Err(BadArgument::PortOutOfRange { .. })),
                "{bad}"
            );
        }
        for bad in ["abc", "", "9 9", "0x3e1", "993.0"] {
            assert!(
                matches!(parse_port(bad), Err(BadArgument::PortNotANumber { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn every_error_is_one_line() {
        let errors = [
            parse_port("abc\nx").unwrap_err(),
            parse_port("70000").unwrap_err(),
            parse_security("tls").unwrap_err(),
            parse_security("ssl\nv3").unwrap_err(),
            BadArgument::HostEmpty,
            BadArgument::from("ftp".parse::<Protocol>().unwrap_err()),
        ];
        for err in errors {
            let text = err.to_string();
            assert!(!text.contains('\n') && !text.is_empty(), "{text:?}");
        }
    }
}
