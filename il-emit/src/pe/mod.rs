//! The PE/COFF image that carries a CLI assembly (ECMA-335 Partition II §25), written and
//! read.

pub mod read;
pub mod write;

pub use read::{CliHeader, DataDirectory, PeImage};
pub use write::{CodeView, ImageKind, PeOptions, write_pe};
