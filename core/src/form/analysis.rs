//! The result of understanding one page: what each field is, how fields group into blocks, and
//! the plan. `portolan/scan` in the extension is this, serialized.

use serde::{Deserialize, Serialize};

use super::{FillPlan, FormSnapshot, Role};
use crate::Protocol;

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

/// Understands a page and plans what to fill. `email` is the Gmail or Workspace address to use
/// for username and sender fields.
pub fn analyze(snapshot: &FormSnapshot, email: Option<&str>) -> Result<Analysis, AnalysisError> {
    let _ = email;
    Ok(Analysis { url: snapshot.url.clone(), ..Analysis::default() })
}
