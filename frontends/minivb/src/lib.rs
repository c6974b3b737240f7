//! minivb: the VB.NET-like language. Lexer (logos), grammar, syntax tree, and the binder
//! that turns syntax into the shared IR of `frontend-core` with VB's rules
//! (case-insensitive lookup, Option Strict On, checked arithmetic). Owns `vbc-lite`.
//!
//! Built so far: `token` (case-insensitive keywords, type characters, VB literals),
//! `preprocess` (`#If`, `#Const`, `#Region`), `literal` (literal values), `lexer` (tokens
//! with line structure settled and BC-coded lexical diagnostics), `syntax` (the tree),
//! `parser` (recursive descent with Roslyn-coded recovery), `bind` (the binder),
//! `driver` (`vbc-lite`), `check`.
#![forbid(unsafe_code)]

pub mod bind;
pub mod check;
pub mod db;
pub mod driver;
pub mod ide;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod preprocess;
pub mod syntax;
pub mod token;

#[cfg(test)]
mod tests;
