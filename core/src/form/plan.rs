//! `FillPlan`: what Portolan proposes to put in each field, and why. The content script applies
//! it mechanically; every decision is made here.

use crate::prelude::*;
use serde::{Deserialize, Serialize};

use super::Role;

/// A consistent set of values for one page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FillPlan {
    /// One entry per control Portolan has an opinion about, in document order.
    pub entries: Vec<PlanEntry>,
}

/// What to do with one control.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanEntry {
    /// The control's selector, as in the snapshot.
    pub selector: String,
    /// The role the classifier gave it.
    pub role: Role,
    /// The change to make (absent when the control is left alone).
    pub action: Option<FillAction>,
    /// Whether the entry fills an empty control, replaces a conflicting non-empty value (the
    /// popup shows the old value), or keeps the control as it is.
    pub status: EntryStatus,
    /// The current value as the snapshot saw it (empty for passwords).
    pub current: String,
    /// Why, in plain words, for the popup.
    pub reason: String,
}

/// How an entry relates to what is already in the control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryStatus {
    /// The control is empty (or at a neutral default) and gets the value.
    Fill,
    /// The control holds a different non-empty value; the plan says so and replaces it.
    Replace,
    /// Left alone: already right, a password, or not Portolan's business.
    Keep,
}

/// A mechanical change the content script can apply and undo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FillAction {
    /// Set a text-like control's value.
    SetValue {
        /// The new value.
        value: String,
    },
    /// Choose the select option with this `value`.
    SelectOption {
        /// The option's value attribute.
        value: String,
    },
    /// Check or uncheck a checkbox.
    SetChecked {
        /// The new checked state.
        checked: bool,
    },
    /// Click the radio found by this selector (a member of the group).
    ClickRadio {
        /// The radio's selector.
        selector: String,
        /// The radio's value attribute.
        value: String,
    },
}

impl FillAction {
    /// The value Portolan proposes, as the scan message's `proposed` shows it.
    pub fn proposed(&self) -> String {
        match self {
            FillAction::SetValue { value } | FillAction::SelectOption { value } => value.clone(),
            FillAction::SetChecked { checked } => if *checked { "true" } else { "false" }.into(),
            FillAction::ClickRadio { value, .. } => value.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_serialize_with_a_kind_tag() {
        let a = FillAction::ClickRadio {
            selector: "#ssl".into(),
            value: "ssl".into(),
        };
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["kind"], "click-radio");
        assert_eq!(a.proposed(), "ssl");
        let back: FillAction = serde_json::from_value(json).unwrap();
        assert_eq!(back, a);
    }
}
