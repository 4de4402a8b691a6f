//! Form understanding: a [`FormSnapshot`] of what a page shows goes in, field roles, sections
//! and option meanings come out, and a consistent [`FillPlan`] follows.
//!
//! The snapshot is the contract with the extension's content script (the DOM adapter); core
//! never sees the DOM.

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
