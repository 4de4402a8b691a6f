#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod doctor;
pub mod form;
pub mod knowledge;
pub mod probe;
pub mod vocab;

pub use vocab::{Protocol, Security};
