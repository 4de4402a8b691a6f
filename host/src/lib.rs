#![doc = include_str!("../README.md")]
//!
//! The library holds everything; `src/main.rs` only calls [`main`]. Beside it the library
//! exposes exactly the parsers of outside input, for the fuzz targets under `fuzz/`
//! (docs/FUZZING.md): native-messaging frames and requests, and the server certificate's fields.

mod cli;
mod native;
mod net;

pub use cli::main;

/// Native messaging (docs/PROTOCOL.md): frame reading and writing, request decoding.
pub mod messaging {
    pub use crate::native::protocol::{ErrorCode, Request, Response, decode};
    pub use crate::native::{Frame, MAX_FRAME_IN, MAX_FRAME_OUT, read_frame, write_frame};
}

/// The leaf certificate a server presented, read into the fields core judges.
pub mod certificate {
    pub use crate::net::tls::{Seen, certificate_facts};
}
