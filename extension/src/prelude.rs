//! What `std`'s prelude would give the `no_std` module: `alloc`'s owned types.

pub use alloc::borrow::ToOwned;
pub use alloc::string::{String, ToString};
pub use alloc::vec::Vec;
