//! il-emit: the ECMA-335 binary formats, in both directions.
//!
//! Owns metadata tables and heaps, coded indices, signature and custom-attribute blobs,
//! the IL instruction set (encode, decode, labels, max-stack, exception clauses, method
//! headers), the PE/COFF image (written through the `object` crate), portable PDB, and a
//! checked reader over any assembly's bytes.
//!
//! Architecture invariant: no knowledge of any source language, and no other crate knows
//! byte layouts. Malformed input to the reader is an error value, never a panic.
#![forbid(unsafe_code)]

pub mod custom_attribute;
pub mod disasm;
pub mod entity;
pub mod hash;
pub mod il;
pub mod metadata;
pub mod pdb;
pub mod pe;
pub mod reader;
pub mod rewrite;
pub mod signature;

pub use entity::Token;
pub use metadata::schema::{CodedIndex, TableId};
