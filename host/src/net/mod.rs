//! The network side of the host: it moves bytes and reads clocks; core judges what they mean.

pub mod check;
pub mod conn;
pub mod mx;
pub mod probe;
pub mod seams;
pub mod tls;

pub use probe::Prober;
pub use seams::Seams;
