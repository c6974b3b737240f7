//! The shared semantic middle of both compilers.
//!
//! Owns everything that is the same for minics and minivb after parsing: the salsa
//! database (source texts, options, referenced assemblies), symbols from source and from
//! referenced assemblies (read through `il_emit::reader`), the language-neutral typed IR,
//! lowering, IL code generation, metadata emission through `il-emit`, diagnostics and
//! their rendering, and the CLS pass through `cls-check`.
//!
//! Built so far: `source` (files, spans, line index) and `diag` (the diagnostic type, the
//! code table, the renderers).
//!
//! Architecture invariant: nothing here knows C# or VB syntax.
#![forbid(unsafe_code)]

pub mod cls;
pub mod codegen;
pub mod constant;
pub mod db;
pub mod diag;
pub mod emit;
pub mod flow;
pub mod ide;
pub mod ir;
pub mod lower;
pub mod pool;
pub mod references;
pub mod source;
pub mod symbols;
pub mod types;
