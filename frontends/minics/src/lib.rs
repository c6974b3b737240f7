//! minics: the C#-like language. Lexer (logos), grammar, syntax tree, and the binder that
//! turns syntax into the shared IR of `frontend-core` with C#'s rules. Owns the `csc-lite`
//! driver.
//!
//! Built so far: `token` (the token kinds), `preprocess` (`#if` and friends), `literal`
//! (literal values), `lexer` (tokens with spans and lexical diagnostics), `syntax` (the
//! tree), `parser` (recursive descent with recovery).
#![forbid(unsafe_code)]

pub mod check;
pub mod db;
pub mod ide;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod preprocess;
pub mod syntax;
pub mod token;

pub mod batch;
pub mod bind;
pub mod build;
pub mod driver;
#[cfg(test)]
mod tests;
