//! DNS MX questions and answers on the wire (RFC 1035 §4), sans I/O: the host sends the bytes
//! over UDP and hands the reply back. Every read is bounds-checked; compression pointers are
//! followed a bounded number of times.

use crate::prelude::*;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Query type MX (RFC 1035 §3.2.2).
const TYPE_MX: u16 = 15;
/// Class IN.
const CLASS_IN: u16 = 1;
/// The most compression pointers followed in one name.
const MAX_POINTERS: usize = 32;

/// One MX record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MxRecord {
    /// Lower is preferred.
    pub preference: u16,
    /// The mail exchanger, lower-case, without the trailing dot.
    pub exchange: String,
}

/// Why an MX answer gave no records.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DnsError {
    /// The domain is not a valid DNS name.
    #[error("{domain:?} is not a domain name")]
    BadDomain {
        /// The text given.
        domain: String,
    },
    /// The domain does not exist (NXDOMAIN, RCODE 3).
    #[error("the domain does not exist")]
    NoSuchDomain,
    /// The server answered with another error code.
    #[error("the DNS server answered with error code {rcode}")]
    ServerError {
        /// The RCODE.
        rcode: u8,
    },
    /// The reply was cut short or malformed.
    #[error("the DNS reply was malformed")]
    Malformed,
    /// The reply answers another question (wrong id), so it is ignored.
    #[error("the DNS reply does not match the question")]
    Mismatch,
    /// The reply was truncated (TC bit) and carried no records.
    #[error("the DNS reply was truncated")]
    Truncated,
}

/// Builds a recursive MX query for `domain` with the transaction `id`.
pub fn mx_query(id: u16, domain: &str) -> Result<Vec<u8>, DnsError> {
    let bad = || DnsError::BadDomain {
        domain: domain.chars().take(200).collect(),
    };
    let domain = domain.trim_end_matches('.');
    if domain.is_empty() || domain.len() > 253 {
        return Err(bad());
    }
    let mut out = Vec::with_capacity(18 + domain.len());
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]); // RD; one question
    for label in domain.split('.') {
        let ok = !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !ok {
            return Err(bad());
        }
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
    out.extend_from_slice(&TYPE_MX.to_be_bytes());
    out.extend_from_slice(&CLASS_IN.to_be_bytes());
    Ok(out)
}

/// Reads the MX records of a reply to the query with transaction `id`, sorted by preference.
pub fn parse_mx_reply(id: u16, reply: &[u8]) -> Result<Vec<MxRecord>, DnsError> {
    let header = reply.get(..12).ok_or(DnsError::Malformed)?;
    if u16::from_be_bytes([header[0], header[1]]) != id || header[2] & 0x80 == 0 {
        return Err(DnsError::Mismatch);
    }
    let truncated = header[2] & 0x02 != 0;
    let rcode = header[3] & 0x0f;
    match rcode {
        0 => {}
        3 => return Err(DnsError::NoSuchDomain),
        _ => return Err(DnsError::ServerError { rcode }),
    }
    let questions = u16::from_be_bytes([header[4], header[5]]);
    let answers = u16::from_be_bytes([header[6], header[7]]);
    let mut pos = 12;
    for _ in 0..questions {
        pos = skip_name(reply, pos)? + 4;
    }
    let mut records = Vec::new();
    for _ in 0..answers {
        pos = skip_name(reply, pos)?;
        let fixed = reply.get(pos..pos + 10).ok_or(DnsError::Malformed)?;
        let rtype = u16::from_be_bytes([fixed[0], fixed[1]]);
        let rdlength = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
        let rdata_start = pos + 10;
        let rdata = reply
            .get(rdata_start..rdata_start + rdlength)
            .ok_or(DnsError::Malformed)?;
        if rtype == TYPE_MX {
            let preference = u16::from_be_bytes([
                *rdata.first().ok_or(DnsError::Malformed)?,
                *rdata.get(1).ok_or(DnsError::Malformed)?,
            ]);
            let exchange = read_name(reply, rdata_start + 2)?;
            records.push(MxRecord {
                preference,
                exchange,
            });
        }
        pos = rdata_start + rdlength;
    }
    if records.is_empty() && truncated {
        return Err(DnsError::Truncated);
    }
    records.sort_by(|a, b| (a.preference, &a.exchange).cmp(&(b.preference, &b.exchange)));
    Ok(records)
}

fn skip_name(msg: &[u8], mut pos: usize) -> Result<usize, DnsError> {
    loop {
        let len = *msg.get(pos).ok_or(DnsError::Malformed)?;
        match len {
            0 => return Ok(pos + 1),
            l if l & 0xc0 == 0xc0 => return Ok(pos + 2),
            l if l & 0xc0 == 0 => pos += 1 + usize::from(l),
            _ => return Err(DnsError::Malformed),
        }
    }
}

fn read_name(msg: &[u8], mut pos: usize) -> Result<String, DnsError> {
    let mut labels: Vec<String> = Vec::new();
    let mut pointers = 0;
    loop {
        let len = *msg.get(pos).ok_or(DnsError::Malformed)?;
        if len == 0 {
            break;
        }
        if len & 0xc0 == 0xc0 {
            pointers += 1;
            if pointers > MAX_POINTERS {
                return Err(DnsError::Malformed);
            }
            let low = *msg.get(pos + 1).ok_or(DnsError::Malformed)?;
            pos = usize::from(u16::from_be_bytes([len & 0x3f, low]));
            continue;
        }
        if len & 0xc0 != 0 {
            return Err(DnsError::Malformed);
        }
        let label = msg
            .get(pos + 1..pos + 1 + usize::from(len))
            .ok_or(DnsError::Malformed)?;
        labels.push(String::from_utf8_lossy(label).to_ascii_lowercase());
        if labels.iter().map(|l| l.len() + 1).sum::<usize>() > 255 {
            return Err(DnsError::Malformed);
        }
        pos += 1 + usize::from(len);
    }
    Ok(labels.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_and_reply_round_trip() {
        let mut msg = mx_query(0x1234, "example.com").unwrap();
        msg[2] |= 0x80; // QR
        msg[7] = 2; // two answers
        for (pref, name) in [
            (5u16, &b"\x04alt1\x05aspmx\x01l\x06google\xc0\x14"[..]),
            (1, b"\x04smtp\x06google\xc0\x14"),
        ] {
            msg.extend_from_slice(&[0xc0, 0x0c, 0, 15, 0, 1, 0, 0, 0, 60]);
            msg.extend_from_slice(&((name.len() + 2) as u16).to_be_bytes());
            msg.extend_from_slice(&pref.to_be_bytes());
            msg.extend_from_slice(name);
        }
        eprintln!("{msg:?}");
        let records = parse_mx_reply(0x1234, &msg).unwrap();
        assert_eq!(records[0].exchange, "smtp.google.com");
        assert_eq!(records[1].exchange, "alt1.aspmx.l.google.com");
        assert_eq!(parse_mx_reply(1, &msg), Err(DnsError::Mismatch));
    }

    #[test]
    fn hostile_replies_never_panic() {
        let base = mx_query(7, "a.b").unwrap();
        for cut in 0..base.len() {
            let _ = parse_mx_reply(7, &base[..cut]);
        }
        // A pointer loop.
        let mut looped = base.clone();
        looped[2] |= 0x80;
        looped[7] = 1;
        looped.extend_from_slice(&[0xc0, 0x0c, 0, 15, 0, 1, 0, 0, 0, 1, 0, 4, 0, 1, 0xc0, 0x23]);
        assert!(parse_mx_reply(7, &looped).is_err());
        assert!(mx_query(1, "bad domain").is_err());
    }
}
