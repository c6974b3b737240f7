//! minivb: the VB.NET-like language. Lexer (logos), grammar (lalrpop), syntax tree, and
//! the binder that turns syntax into the shared IR of `frontend-core` with VB's rules
//! (case-insensitive lookup, Option Strict On, checked arithmetic). Owns `vbc-lite`.
#![forbid(unsafe_code)]
