//! The front end's diagnostics for one file: preprocessor, lexer, parser and binder
//! (against the default corlib), without emitting anything. The test harness's `diag`
//! kind and the language server use this one entry point.

use crate::parser::Defines;
use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::diag::Diagnostic;
use frontend_core::source::FileId;
use frontend_core::symbols::AsmSymbols;
use std::sync::{Arc, OnceLock};

/// The default corlib's symbols, loaded once per process.
fn corlib() -> Option<Arc<AsmSymbols>> {
    static CORLIB: OnceLock<Option<Arc<AsmSymbols>>> = OnceLock::new();
    CORLIB
        .get_or_init(|| {
            frontend_core::references::installed_corlib(crate::driver::MESSAGES.corlib_env)
        })
        .clone()
}

/// Every diagnostic the front end reports for a file, in source order. A file without
/// `Main` is checked as a library.
pub fn diagnose(file: FileId, text: &str, defines: &Defines) -> Vec<Diagnostic> {
    let db = CompilerDb::default();
    let source = SourceText::new(&db, String::new(), text.to_owned());
    let options = CompileOptions {
        defines: defines.iter().cloned().collect(),
        ..CompileOptions::default()
    };
    let refs = References(corlib().into_iter().collect());
    let comp = Compilation::new(&db, vec![source], refs, options);
    let mut diags: Vec<Diagnostic> = crate::db::diagnostics(&db, comp).as_ref().clone();
    for d in &mut diags {
        for l in std::iter::once(&mut d.primary).chain(d.secondary.iter_mut()) {
            l.file = file;
        }
    }
    diags
}
