//! Form understanding: a [`FormSnapshot`] of what a page shows goes in, field roles, sections
//! and option meanings come out, and a consistent [`FillPlan`] follows.
//!
//! The snapshot is the contract with the extension's content script (the DOM adapter); core
//! never sees the DOM.
//!
//! Text is cut with `str::get` (or byte searches), never by indexing a `str`: a string-slicing
//! panic path and the character-escaping tables its message needs cost the shipped wasm
//! 7.5 KiB raw and 3.9 KiB gzipped (docs/BENCHMARKS.md, "Extension").
#![deny(clippy::string_slice)]

pub mod analysis;
pub mod case;
pub mod classify;
pub mod fill;
pub mod options;
pub mod plan;
pub mod role;
pub mod section;
pub mod snapshot;
pub mod text;
pub mod vocabulary;

pub use analysis::{Analysis, AnalysisError, Block, FieldReport, analyze};
pub use plan::{EntryStatus, FillAction, FillPlan, PlanEntry};
pub use role::Role;
pub use snapshot::{Control, FormSnapshot};
