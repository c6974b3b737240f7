//! The PE/COFF image that carries a CLI assembly (ECMA-335 Partition II §25).

pub mod write;

pub use write::{CodeView, ImageKind, PeOptions, write_pe};
