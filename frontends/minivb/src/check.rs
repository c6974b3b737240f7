//! The front end's diagnostics for one file, as far as the front end goes today
//! (preprocessor, lexer and parser); the binder adds its own here as it lands, so the test
//! harness and the driver have one entry point.

use crate::parser::parse;
use crate::preprocess::Constants;
use frontend_core::diag::Diagnostic;
use frontend_core::source::FileId;

/// Every diagnostic the front end reports for a file, in source order.
pub fn diagnose(file: FileId, text: &str, defines: &Constants) -> Vec<Diagnostic> {
    let (_, mut diags) = parse(file, text, defines);
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    diags
}
