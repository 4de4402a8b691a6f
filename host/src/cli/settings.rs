//! `portolan settings`: Gmail's servers, username and sign-in methods, with sources, from
//! `portolan_core::knowledge` (the CLI only renders).

use std::process::ExitCode;

use portolan_core::Protocol;
use portolan_core::knowledge::{SettingsSheet, SheetEndpoint, gmail};

/// Arguments of `portolan settings`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this protocol: imap, pop3 or smtp.
    #[arg(long, value_name = "P")]
    protocol: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Runs `portolan settings`.
pub fn run(args: Args) -> ExitCode {
    let only = match args.protocol.as_deref().map(str::parse::<Protocol>) {
        None => None,
        Some(Ok(protocol)) => Some(protocol),
        Some(Err(err)) => return super::bad_input(err),
    };
    let sheet = gmail().sheet(only);
    if args.json {
        match serde_json::to_string_pretty(&sheet) {
            Ok(json) => emit(&format!("{json}\n")),
            Err(err) => super::bad_input(format!("cannot encode the settings: {err}")),
        }
    } else {
        emit(&render(&sheet, only))
    }
}

/// Writes `text` to stdout. A closed pipe (`portolan settings | head`) is not an error worth a
/// panic, which `print!` would raise: the reader has what it wanted.
pub(super) fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("portolan: cannot write the output: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// The human-readable sheet: an aligned server table, then username, sign-in and sources.
fn render(sheet: &SettingsSheet, only: Option<Protocol>) -> String {
    let provider = gmail();
    let mut out = format!(
        "{} settings (facts verified {})\n\n",
        provider.name, sheet.verified
    );
    let rows: Vec<(&str, &SheetEndpoint)> = [
        ("IMAP", &sheet.imap),
        ("POP3", &sheet.pop3),
        ("SMTP", &sheet.smtp),
    ]
    .into_iter()
    .flat_map(|(label, list)| list.iter().flatten().map(move |e| (label, e)))
    .collect();
    let host_width = rows
        .iter()
        .map(|(_, e)| e.host.len())
        .max()
        .unwrap_or(0)
        .max("Server".len());
    out.push_str(&format!(
        "  {:<9} {:<host_width$}  {:>5}  Security\n",
        "Protocol", "Server", "Port"
    ));
    for (label, e) in &rows {
        out.push_str(&format!(
            "  {:<9} {:<host_width$}  {:>5}  {}\n",
            label,
            e.host,
            e.port,
            e.security.label()
        ));
    }
    out.push_str("\nUsername\n");
    out.push_str(&wrap(sheet.username, "  ", 96));
    out.push_str("\nSign-in\n");
    for auth in &sheet.auth {
        let mark = if auth.accepted { "works  " } else { "no more" };
        out.push_str(&format!("  {mark}  "));
        let text = format!("{} [{}]", auth.summary, auth.sources.join(", "));
        let body = wrap(&text, "           ", 96);
        out.push_str(body.trim_start());
    }
    out.push_str("\nGood to know\n");
    let shown = |p: Option<Protocol>| match (only, p) {
        (Some(only), Some(p)) => only == p,
        _ => true,
    };
    for rule in provider.access.iter().filter(|r| shown(r.protocol)) {
        out.push_str(&bullet(rule.statement));
    }
    if shown(Some(Protocol::Pop3)) {
        out.push_str(&bullet(provider.username.pop_recent_statement));
    }
    out.push_str("\nSources\n");
    let key_width = sheet.sources.iter().map(|s| s.key.len()).max().unwrap_or(0) + 2;
    for s in &sheet.sources {
        let key = format!("[{}]", s.key);
        out.push_str(&format!("  {key:<key_width$} {}", s.title));
        if let Some(url) = s.url {
            out.push_str(&format!("\n  {:<key_width$} {url}", ""));
        }
        out.push('\n');
    }
    out
}

/// `text` as a wrapped list item: "  - " then lines indented under the text.
fn bullet(text: &str) -> String {
    let body = wrap(text, "    ", 96);
    format!("  - {}", body.trim_start())
}

/// Word-wraps `text` to `width` columns, each line starting with `indent`, ending with a
/// newline.
pub(super) fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(indent);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_indent() {
        let text = "one two three four five six seven";
        let wrapped = wrap(text, "  ", 12);
        for line in wrapped.lines() {
            assert!(line.starts_with("  ") && line.len() <= 12, "{line:?}");
        }
        let words: Vec<&str> = wrapped.split_whitespace().collect();
        assert_eq!(words.join(" "), text);
    }

    #[test]
    fn render_lists_every_endpoint_aligned() {
        let text = render(&gmail().sheet(None), None);
        let rows: Vec<&str> = text.lines().filter(|l| l.contains(".gmail.com ")).collect();
        assert_eq!(rows.len(), 4);
        // The security column starts at the same place on every row.
        let column: Vec<Option<usize>> = rows
            .iter()
            .map(|l| l.find("SSL/TLS").or_else(|| l.find("STARTTLS")))
            .collect();
        assert!(column[0].is_some());
        assert!(column.windows(2).all(|w| w[0] == w[1]), "{rows:?}");
    }
}
