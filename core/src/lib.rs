#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
// `no_std` (with `alloc`) so that the extension's wasm, which links no `std`, carries no panic
// machinery: its panic handler is an abort, and `std`'s formatting of panic messages was
// 3 KiB of the module (extension/src/lib.rs).
// Its tests have `std`.
#![cfg_attr(not(test), no_std)]

#[macro_use]
extern crate alloc;

mod prelude;

pub mod doctor;
pub mod form;
pub mod knowledge;
pub mod probe;
pub mod vocab;

pub use vocab::{Protocol, Security};
