//! `FormSnapshot`: what the content script saw, as plain data. This JSON (camelCase) is the
//! contract between the DOM adapter and core; `docs/snapshot.schema.json` describes it.

use crate::prelude::*;
use serde::{Deserialize, Serialize};

/// One page (all its frames and open shadow roots, flattened in document order).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FormSnapshot {
    /// The page URL (informational only).
    pub url: String,
    /// The document language (`<html lang>`), lower-cased, e.g. `de` or `pt-br`; may be empty.
    pub lang: String,
    /// The document title.
    pub title: String,
    /// Every fillable control (input, select, textarea) in document order. A radio group is one
    /// control whose `options` are its radios.
    pub controls: Vec<Control>,
}

/// One form control with every signal the classifier may use.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Control {
    /// A CSS selector for which `document.querySelector(selector)` returns exactly this element
    /// (for a radio group: its first radio in document order). Shadow roots and frames are
    /// crossed with ` >>> ` between the host's selector and the inner one.
    pub selector: String,
    /// `input`, `select` or `textarea`.
    pub tag: String,
    /// The input type, lower-cased (`text`, `email`, `number`, `password`, `checkbox`, `radio`,
    /// ...); `select-one` for a select, `textarea` for a textarea.
    #[serde(rename = "type")]
    pub kind: String,
    /// The `name` attribute.
    pub name: String,
    /// The `id` attribute.
    pub id: String,
    /// The class list.
    pub classes: Vec<String>,
    /// The `autocomplete` attribute, lower-cased.
    pub autocomplete: String,
    /// The `placeholder` attribute.
    pub placeholder: String,
    /// The `aria-label` attribute.
    pub aria_label: String,
    /// The `title` attribute.
    pub title: String,
    /// Label texts: `label[for]`, a wrapping label, `aria-labelledby`, in that order.
    pub labels: Vec<String>,
    /// Text near the control when no label ties it.
    pub nearby: Nearby,
    /// The enclosing context.
    pub context: Context,
    /// Options of a select, or the radios of a radio group, in document order.
    pub options: Vec<ChoiceOption>,
    /// The caption of a checkbox (its label or the text right after it).
    pub caption: String,
    /// Whether the control is rendered and visible (a hidden wizard step is not).
    pub visible: bool,
    /// Whether the control is disabled.
    pub disabled: bool,
    /// Whether the control is read-only.
    pub readonly: bool,
    /// The current value; always empty for a password.
    pub value: String,
    /// For a checkbox: whether it is checked.
    pub checked: bool,
    /// The `maxlength` attribute, when set.
    pub max_length: Option<u32>,
    /// `min` and `max` of a number input, when set.
    pub min: Option<String>,
    /// See `min`.
    pub max: Option<String>,
}

impl Control {
    /// Its inferred caption: the row header, `dt` term or left text, the first there is.
    pub fn inferred_caption(&self) -> Option<&str> {
        let n = &self.nearby;
        // (Most of the three are empty: no trim for them.)
        [&n.row_header, &n.term, &n.left]
            .into_iter()
            .filter(|t| !t.is_empty())
            .map(|t| t.trim())
            .find(|t| !t.is_empty())
    }

    /// Its caption: the first label, else the inferred caption ("" without either).
    pub fn caption_text(&self) -> &str {
        self.labels
            .first()
            .map(String::as_str)
            .or_else(|| self.inferred_caption())
            .unwrap_or("")
    }

    /// Its name, or its id when it has no name.
    pub fn name_or_id(&self) -> &str {
        if self.name.is_empty() {
            &self.id
        } else {
            &self.name
        }
    }
}

/// Text near a control, for label-less layouts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Nearby {
    /// Text just before the control on the same line (previous siblings, climbing parents).
    pub left: String,
    /// Text of the nearest block above the control.
    pub above: String,
    /// The table column header (`th` of the same column, or the same-column cell above).
    pub column_header: String,
    /// The table row header (first cell of the row, when it is not the control's own cell).
    pub row_header: String,
    /// The `dt` before the control's `dd`.
    pub term: String,
    /// Text right after the control (units, hints such as "usually 993"); for a control alone
    /// in a table cell, the next cell's text.
    pub right: String,
    /// Added after the first contract: help text just below the control (the next sibling
    /// block of the control or its wrapper), e.g. "To use SSL, type ssl://host:993".
    pub below: String,
}

/// Where a control sits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Context {
    /// Legends of the enclosing fieldsets, innermost first.
    pub legends: Vec<String>,
    /// The nearest headings above the control (h1-h6, `role=heading`), nearest first.
    pub headings: Vec<String>,
    /// The caption of the enclosing tab panel or wizard step, if any.
    pub tab: String,
    /// The enclosing form's attributes.
    pub form: FormAttrs,
    /// Set when the control lives in a shadow root.
    pub shadow: bool,
    /// Set when the control lives in a same-origin iframe: the frame's selector.
    pub frame: String,
}

/// The enclosing `<form>`'s attributes (empty when the control has no form).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FormAttrs {
    /// `id`.
    pub id: String,
    /// `name`.
    pub name: String,
    /// `action`.
    pub action: String,
    /// Class list.
    pub classes: Vec<String>,
}

/// One option of a select, or one radio of a group.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChoiceOption {
    /// The option's or radio's `value`.
    pub value: String,
    /// The visible text (option text, or the radio's label).
    pub text: String,
    /// Whether it is currently selected or checked.
    pub selected: bool,
    /// For a radio: the selector of this radio. Empty for select options.
    pub selector: String,
}
