//! minics: the C#-like language. Lexer (logos), grammar (lalrpop), syntax tree, and the
//! binder that turns syntax into the shared IR of `frontend-core` with C#'s rules.
//! Owns the `csc-lite` driver.
#![forbid(unsafe_code)]
