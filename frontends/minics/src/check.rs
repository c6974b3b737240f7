//! The front end's diagnostics for one file, as far as the front end goes today
//! (preprocessor and lexer); the parser and binder add theirs here as they land, so the
//! test harness and the driver have one entry point.

use crate::lexer::lex;
use frontend_core::diag::Diagnostic;
use frontend_core::source::FileId;
use std::collections::BTreeSet;

/// Every diagnostic the front end reports for a file, in source order.
pub fn diagnose(file: FileId, text: &str, defines: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut diags = lex(file, text, defines).diagnostics;
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    diags
}
