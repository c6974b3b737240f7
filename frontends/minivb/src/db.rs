//! The minivb queries over the shared database (`frontend_core::db`): vbc-lite and the
//! language server go through them, so an edit re-parses only the file it changed.
//!
//! - `parse_file(file)`: the tree and the preprocessor/lexer/parser diagnostics (with
//!   the compilation's `-define:` constants, which `CompileOptions::defines` holds as
//!   their command-line text).
//! - `bound(comp)`: the whole compilation bound (`bind_compilation`): minivb declares and
//!   binds in one pass, so any edit re-binds every body; per-body queries behind a
//!   declarations firewall, as minics has, are the next step.
//! - `diagnostics(comp)`: everything, in file positions.

use crate::bind::{self, BindOptions, Bound};
use crate::parser::parse;
use crate::preprocess::{Constants, parse_defines};
use crate::syntax::CompilationUnit;
use frontend_core::db::{Compilation, SourceText, file_id};
use frontend_core::diag::Diagnostic;
use frontend_core::source::FileId;
use std::sync::Arc;

/// A parsed file.
#[derive(Debug, PartialEq)]
pub struct ParsedFile {
    pub unit: CompilationUnit,
    pub diagnostics: Vec<Diagnostic>,
}

/// The `-define:` constants, from each option's text in order.
fn constants(defines: &[String]) -> Constants {
    let mut out = Constants::new();
    for d in defines {
        out.extend(parse_defines(d));
    }
    out
}

/// Parses one file of the compilation.
#[salsa::tracked(returns(clone))]
pub fn parse_file(
    db: &dyn salsa::Database,
    comp: Compilation,
    file: SourceText,
) -> Arc<ParsedFile> {
    let defines = constants(&comp.options(db).defines);
    let (unit, diagnostics) = parse(file_id(db, comp, file), file.text(db), &defines);
    Arc::new(ParsedFile { unit, diagnostics })
}

/// Binds the whole compilation.
#[salsa::tracked(returns(clone), no_eq)]
pub fn bound(db: &dyn salsa::Database, comp: Compilation) -> Arc<Bound> {
    Arc::new(bind_compilation(db, comp))
}

/// The compilation bound from its parsed files, uncached (what [`bound`] keeps; the
/// language server binds again with names noted, `ide::symbol_at`).
pub fn bind_compilation(db: &dyn salsa::Database, comp: Compilation) -> Bound {
    let files = comp.files(db);
    let parsed: Vec<Arc<ParsedFile>> = files.iter().map(|f| parse_file(db, comp, *f)).collect();
    let units: Vec<(FileId, &CompilationUnit)> = parsed
        .iter()
        .enumerate()
        .map(|(i, p)| (FileId(i as u32), &p.unit))
        .collect();
    let sources: Vec<&str> = files.iter().map(|f| f.text(db).as_str()).collect();
    let o = comp.options(db);
    let options = BindOptions {
        remove_int_checks: !o.checked,
        needs_entry_point: o.needs_entry_point,
        main_type: o.main_type.clone(),
        root_namespace: o.root_namespace.clone(),
        imports: o.imports.clone(),
    };
    bind::bind(&units, &sources, &comp.references(db).0, &options)
}

/// Every diagnostic of the compilation, the parser's and the binder's (which binds
/// what the parser recovered), in file order and position.
#[salsa::tracked(returns(clone))]
pub fn diagnostics(db: &dyn salsa::Database, comp: Compilation) -> Arc<Vec<Diagnostic>> {
    let mut out = Vec::new();
    for f in comp.files(db) {
        out.extend(parse_file(db, comp, *f).diagnostics.iter().cloned());
    }
    out.extend(bound(db, comp).diagnostics.iter().cloned());
    out.sort_by_key(|d| (d.primary.file.0, d.primary.range.start, d.primary.range.end));
    Arc::new(out)
}
