//! The result of understanding one page: what each field is, how fields group into blocks, and
//! the plan. `portolan/scan` in the extension is this, serialized.

use serde::{Deserialize, Serialize};

use super::classify::{Classified, Side, classify};
use super::fill::{self, Field};
use super::section::{self, Section};
use super::vocabulary::Concept;
use super::{FillPlan, FormSnapshot, Role};
use crate::{Protocol, Security};

/// Everything the popup shows about a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Analysis {
    /// The page URL, copied from the snapshot.
    pub url: String,
    /// One report per control with a role other than `ignore`, in document order.
    pub fields: Vec<FieldReport>,
    /// The detected blocks ("Incoming IMAP", "Outgoing SMTP").
    pub blocks: Vec<Block>,
    /// The consistent values to fill.
    pub plan: FillPlan,
}

/// What Portolan thinks one control is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldReport {
    /// The control's selector, as in the snapshot.
    pub selector: String,
    /// Its role.
    pub role: Role,
    /// 0.0 to 1.0.
    pub confidence: f32,
    /// `incoming`, `outgoing`, `shared` (one username/password for both) or `account`.
    pub section: String,
    /// The value (option value, or `true`/`false` for a checkbox) Portolan would fill; None when
    /// it would leave the field alone.
    pub proposed: Option<String>,
    /// The signals that decided it, for the popup's "why" and for debugging.
    pub signals: Vec<String>,
}

/// A group of fields describing one server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    /// `incoming` or `outgoing`.
    pub section: String,
    /// The protocol the block will be set up for (IMAP, POP3 or SMTP), when known.
    pub protocol: Option<Protocol>,
    /// A title for people, e.g. "Incoming (IMAP)".
    pub title: String,
    /// The selectors of the block's fields, in document order.
    pub selectors: Vec<String>,
}

/// Why a snapshot could not be analysed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AnalysisError {
    /// The snapshot has more controls than Portolan will look at; such a page is not a mail
    /// setup form, and the bound keeps the work predictable.
    #[error("the page has {count} form controls; Portolan looks at no more than {limit}")]
    TooManyControls {
        /// How many controls the snapshot had.
        count: usize,
        /// The bound.
        limit: usize,
    },
}

/// The most controls [`analyze`] looks at. Mail setup forms have a few dozen; a page with
/// thousands is something else, and the bound keeps the work predictable.
pub const MAX_CONTROLS: usize = 2_000;

/// Understands a page and plans what to fill. `email` is the Gmail or Workspace address to use
/// for username and sender fields.
pub fn analyze(snapshot: &FormSnapshot, email: Option<&str>) -> Result<Analysis, AnalysisError> {
    let count = snapshot.controls.len();
    if count > MAX_CONTROLS {
        return Err(AnalysisError::TooManyControls {
            count,
            limit: MAX_CONTROLS,
        });
    }
    let classified: Vec<Classified> = snapshot.controls.iter().map(classify).collect();
    let sections = section::assign(&classified);
    let mut fields: Vec<Field<'_>> = snapshot
        .controls
        .iter()
        .zip(&classified)
        .zip(&sections)
        .map(|((control, c), s)| Field {
            control,
            role: role_of(c.concept, *s),
        })
        .collect();
    one_security_per_block(&mut fields);
    let choices = fill::choose(&fields);
    let mut analysis = Analysis {
        url: snapshot.url.clone(),
        ..Analysis::default()
    };
    for ((field, c), s) in fields.iter().zip(&classified).zip(&sections) {
        let Some((entry, proposed)) = fill::entry(field, &choices, &fields, email) else {
            continue;
        };
        analysis.plan.entries.push(entry);
        analysis.fields.push(FieldReport {
            selector: field.control.selector.clone(),
            role: field.role,
            confidence: c.confidence,
            section: s.map_or("", Section::as_str).to_owned(),
            proposed,
            signals: c.signals.iter().take(12).cloned().collect(),
        });
    }
    analysis.blocks = blocks(&analysis.fields, &choices);
    Ok(analysis)
}

/// A block has one security setting: when several controls look like one (GLPI's separate
/// SSL and TLS lists), the first that offers implicit TLS keeps the role (else the first) and
/// the others are left alone.
fn one_security_per_block(fields: &mut [Field<'_>]) {
    for role in [Role::IncomingSecurity, Role::OutgoingSecurity] {
        let idx: Vec<usize> = (0..fields.len())
            .filter(|&i| fields[i].role == role)
            .collect();
        if idx.len() < 2 {
            continue;
        }
        let keep = idx
            .iter()
            .copied()
            .find(|&i| {
                fill::offered_security(fields[i].control, None).contains(&Security::ImplicitTls)
            })
            .unwrap_or(idx[0]);
        for i in idx {
            if i != keep {
                fields[i].role = Role::Ignore;
            }
        }
    }
}

/// The role for a concept in a section.
fn role_of(concept: Option<Concept>, section: Option<Section>) -> Role {
    let side = section.and_then(Section::side);
    let incoming = side == Some(Side::Incoming);
    match concept {
        Some(Concept::Email) => Role::Email,
        Some(Concept::Protocol) => Role::IncomingProtocol,
        Some(Concept::Auth) if incoming => Role::Ignore,
        Some(Concept::Auth) => Role::OutgoingAuth,
        Some(Concept::Host) if incoming => Role::IncomingHost,
        Some(Concept::Host) => Role::OutgoingHost,
        Some(Concept::Port) if incoming => Role::IncomingPort,
        Some(Concept::Port) => Role::OutgoingPort,
        Some(Concept::Security) if incoming => Role::IncomingSecurity,
        Some(Concept::Security) => Role::OutgoingSecurity,
        Some(Concept::Username) if incoming => Role::IncomingUsername,
        Some(Concept::Username) => Role::OutgoingUsername,
        Some(Concept::Password) if incoming => Role::IncomingPassword,
        Some(Concept::Password) => Role::OutgoingPassword,
        _ => Role::Ignore,
    }
}

fn blocks(fields: &[FieldReport], choices: &fill::Choices) -> Vec<Block> {
    let mut out = Vec::new();
    for (section, protocol, title) in [
        (
            "incoming",
            choices.incoming,
            format!("Incoming ({})", choices.incoming.label()),
        ),
        ("outgoing", Protocol::Smtp, "Outgoing (SMTP)".to_owned()),
    ] {
        let selectors: Vec<String> = fields
            .iter()
            .filter(|f| f.section == section || (f.section == "shared"))
            .map(|f| f.selector.clone())
            .collect();
        if fields.iter().any(|f| f.section == section) {
            out.push(Block {
                section: section.to_owned(),
                protocol: Some(protocol),
                title,
                selectors,
            });
        }
    }
    out
}
