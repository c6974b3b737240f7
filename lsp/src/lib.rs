//! The language server for minics and minivb, on the same salsa database as the
//! compilers. The only crate that knows about LSP and JSON.
#![forbid(unsafe_code)]
