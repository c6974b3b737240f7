//! The front end's diagnostics for one file: preprocessor, lexer, parser and (when the
//! file parses cleanly) the binder against the default corlib, without emitting
//! anything. The test harness's `diag` kind and the language server use this one entry
//! point.

use crate::bind::{self, BindOptions};
use crate::parser::parse;
use crate::preprocess::Constants;
use frontend_core::diag::Diagnostic;
use frontend_core::source::FileId;
use frontend_core::symbols::AsmSymbols;
use std::sync::{Arc, OnceLock};

fn corlib() -> Option<Arc<AsmSymbols>> {
    static CORLIB: OnceLock<Option<Arc<AsmSymbols>>> = OnceLock::new();
    CORLIB
        .get_or_init(|| {
            frontend_core::references::installed_corlib(crate::driver::MESSAGES.corlib_env)
        })
        .clone()
}

/// Every diagnostic the front end reports for a file, in source order. The file is
/// bound as a library, and only when it parses without errors (the parser corpus'
/// fixtures hold syntax errors alone).
pub fn diagnose(file: FileId, text: &str, defines: &Constants) -> Vec<Diagnostic> {
    let (unit, mut diags) = parse(file, text, defines);
    if !diags.iter().any(|d| d.is_error()) {
        let refs: Vec<Arc<AsmSymbols>> = corlib().into_iter().collect();
        let units = vec![(file, unit)];
        let mut sources = vec![""; file.0 as usize + 1];
        sources[file.0 as usize] = text;
        let bound = bind::bind(&units, &sources, &refs, &BindOptions::default());
        diags.extend(bound.diagnostics);
    }
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    diags
}
