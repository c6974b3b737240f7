//! A checked, lazy view over any assembly's bytes: PE headers, CLI header, metadata
//! streams, every table and heap, typed rows, and method bodies on demand.
//! Malformed input is a `ReadError` naming the defect, never a panic.

pub mod assembly;
pub mod attributes;
pub mod error;
pub mod heaps;
pub mod metadata;
pub mod rows;
pub mod tables;
pub mod validate;

pub use assembly::Assembly;
pub use error::ReadError;
pub use metadata::{Metadata, PdbStream};
pub use rows::*;
pub use validate::validate;
