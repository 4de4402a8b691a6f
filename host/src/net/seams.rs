//! Test seams (DESIGN.md): `--connect-to HOST:PORT:ADDR:PORT` with curl's semantics, an extra
//! trust root, and the DNS server for MX look-ups. Certificate and host-name checks stay on:
//! a mapped name is still verified as the name asked for.

use std::net::SocketAddr;
use std::path::PathBuf;

use thiserror::Error;

/// The environment variables that mirror the flags (comma-separated for connect-to).
pub const ENV_CONNECT_TO: &str = "PORTOLAN_CONNECT_TO";
/// See [`ENV_CONNECT_TO`].
pub const ENV_CA_FILE: &str = "PORTOLAN_CA_FILE";
/// See [`ENV_CONNECT_TO`].
pub const ENV_RESOLVER: &str = "PORTOLAN_RESOLVER";

/// A seam that does not parse.
#[derive(Debug, Error)]
pub enum SeamInvalid {
    /// A connect-to rule is not `HOST:PORT:ADDR:PORT`.
    #[error("--connect-to {rule:?} is not HOST:PORT:ADDR:PORT")]
    ConnectTo {
        /// The rule as given.
        rule: String,
    },
    /// The resolver is not `IP:PORT`.
    #[error("--resolver {text:?} is not IP:PORT")]
    Resolver {
        /// The text as given.
        text: String,
    },
}

/// One `--connect-to` rule: a request for `host:port` (empty matches any) goes to `addr:port`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectTo {
    host: Option<String>,
    port: Option<u16>,
    to_host: String,
    to_port: Option<u16>,
}

impl ConnectTo {
    /// Parses `HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT`; an IPv6 address goes in brackets.
    pub fn parse(rule: &str) -> Result<Self, SeamInvalid> {
        let bad = || SeamInvalid::ConnectTo {
            rule: rule.chars().take(200).collect(),
        };
        let (host, rest) = rule.split_once(':').ok_or_else(bad)?;
        let (port, rest) = rest.split_once(':').ok_or_else(bad)?;
        let (to_host, to_port) = match rest.strip_prefix('[') {
            Some(v6) => {
                let (addr, tail) = v6.split_once(']').ok_or_else(bad)?;
                (addr, tail.strip_prefix(':').ok_or_else(bad)?)
            }
            None => rest.rsplit_once(':').ok_or_else(bad)?,
        };
        let port_of = |p: &str| -> Result<Option<u16>, SeamInvalid> {
            if p.is_empty() {
                Ok(None)
            } else {
                p.parse().map(Some).map_err(|_| bad())
            }
        };
        Ok(ConnectTo {
            host: (!host.is_empty()).then(|| host.to_ascii_lowercase()),
            port: port_of(port)?,
            to_host: to_host.to_owned(),
            to_port: port_of(to_port)?,
        })
    }

    /// Where `host:port` goes under this rule, if the rule applies.
    pub fn map(&self, host: &str, port: u16) -> Option<(String, u16)> {
        let host_ok = self
            .host
            .as_deref()
            .is_none_or(|h| h.eq_ignore_ascii_case(host));
        let port_ok = self.port.is_none_or(|p| p == port);
        (host_ok && port_ok).then(|| {
            let to = if self.to_host.is_empty() {
                host
            } else {
                &self.to_host
            };
            (to.to_owned(), self.to_port.unwrap_or(port))
        })
    }
}

/// All seams, from flags first and then the environment.
#[derive(Clone, Debug, Default)]
pub struct Seams {
    /// Connect-to rules; the first that applies wins.
    pub connect_to: Vec<ConnectTo>,
    /// An extra trust root (PEM).
    pub ca_file: Option<PathBuf>,
    /// The DNS server for MX look-ups.
    pub resolver: Option<SocketAddr>,
}

impl Seams {
    /// Builds the seams from flags, falling back to the environment for each one.
    pub fn new(
        connect_to: &[String],
        ca_file: Option<PathBuf>,
        resolver: Option<&str>,
    ) -> Result<Self, SeamInvalid> {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let mut rules: Vec<String> = connect_to.to_vec();
        if rules.is_empty() {
            if let Some(list) = env(ENV_CONNECT_TO) {
                rules = list.split(',').map(|s| s.trim().to_owned()).collect();
            }
        }
        let resolver = match resolver.map(str::to_owned).or_else(|| env(ENV_RESOLVER)) {
            Some(text) => Some(text.parse().map_err(|_| SeamInvalid::Resolver { text })?),
            None => None,
        };
        Ok(Seams {
            connect_to: rules
                .iter()
                .map(|r| ConnectTo::parse(r))
                .collect::<Result<_, _>>()?,
            ca_file: ca_file.or_else(|| env(ENV_CA_FILE).map(PathBuf::from)),
            resolver,
        })
    }

    /// Where a connection to `host:port` really goes.
    pub fn route(&self, host: &str, port: u16) -> (String, u16) {
        self.connect_to
            .iter()
            .find_map(|rule| rule.map(host, port))
            .unwrap_or_else(|| (host.to_owned(), port))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curl_semantics() {
        let rule = ConnectTo::parse("imap.gmail.com:993:127.0.0.1:40993").unwrap();
        assert_eq!(
            rule.map("imap.gmail.com", 993),
            Some(("127.0.0.1".into(), 40993))
        );
        assert_eq!(rule.map("imap.gmail.com", 995), None);
        let any = ConnectTo::parse("::[::1]:").unwrap();
        assert_eq!(any.map("pop.gmail.com", 995), Some(("::1".into(), 995)));
        assert!(ConnectTo::parse("nonsense").is_err());
    }
}
