//! The front end's diagnostics for one file: preprocessor, lexer, parser and (when the
//! file parses cleanly) the binder against the default corlib, without emitting
//! anything. The test harness's `diag` kind and the language server use this one entry
//! point.

use crate::db::{bound, parse_file};
use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
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
/// fixtures hold syntax errors alone). `defines` is `-define:` text.
pub fn diagnose(file: FileId, text: &str, defines: &[String]) -> Vec<Diagnostic> {
    let db = CompilerDb::default();
    let source = SourceText::new(&db, String::new(), text.to_owned());
    let options = CompileOptions {
        defines: defines.to_vec(),
        // VB checks integer overflow unless told not to.
        checked: true,
        ..CompileOptions::default()
    };
    let refs = References(corlib().into_iter().collect());
    let comp = Compilation::new(&db, vec![source], refs, options);
    let mut diags = parse_file(&db, comp, source).diagnostics.clone();
    if !diags.iter().any(|d| d.is_error()) {
        diags.extend(bound(&db, comp).diagnostics.iter().cloned());
    }
    for d in &mut diags {
        for l in std::iter::once(&mut d.primary).chain(d.secondary.iter_mut()) {
            l.file = file;
        }
    }
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    diags
}
