//! The front end's diagnostics for one file, as far as the front end goes today
//! (preprocessor and lexer); the parser and binder add theirs here as they land.

use crate::lexer::lex;
use crate::preprocess::Constants;
use frontend_core::diag::Diagnostic;
use frontend_core::source::FileId;

/// Every diagnostic the front end reports for a file, in source order.
pub fn diagnose(file: FileId, text: &str, defines: &Constants) -> Vec<Diagnostic> {
    let mut diags = lex(file, text, defines).diagnostics;
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    diags
}
