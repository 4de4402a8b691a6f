//! What `std`'s prelude would give a `no_std` crate: `alloc`'s owned types.

pub use alloc::borrow::ToOwned;
pub use alloc::string::{String, ToString};
pub use alloc::vec::Vec;
