//! The minics queries over the shared database (`frontend_core::db`): the compiler,
//! `check` and the language server all go through them, so an edit re-does only what it
//! touched.
//!
//! - `parse_file(file)`: the tree and the preprocessor/lexer/parser diagnostics; a big
//!   file is lexed and parsed on every core (`parser::parse_on`), and [`parse_all`]
//!   parses several files on every core.
//! - `declarations(comp)`: every type, member and signature, the attributes, the entry
//!   point, and each method's relocated binding input (`bind::input`). It re-runs on
//!   any edit (positions move) but is cheap next to binding bodies.
//! - `signatures(comp)`: the firewall: the declared world, equal to the last one when an
//!   edit changed no declaration.
//! - `body_input(method)`: one method's input, equal when its text did not change,
//!   wherever it moved.
//! - `bound_body(method)`: the bound IR and diagnostics of one method, from the two
//!   firewalls only; after an edit inside one body, it runs for that body alone.
//! - `diagnostics(comp)`: everything, in file positions. The public [`diagnostics`]
//!   first binds the bodies on every core ([`bind_all`]: one database handle per thread,
//!   salsa shares the cache), then reads them all from the cache in one thread, so
//!   what it returns does not depend on the threads.

use crate::bind::input::BodyInput;
use crate::bind::{self, BoundBody, Declarations};
use crate::parser::{Defines, parse};
use crate::syntax::CompilationUnit;
use frontend_core::db::{Compilation, CompilerDb, Signatures, SourceText, file_id};
use frontend_core::diag::Diagnostic;
use frontend_core::emit::module::{BodySource, CustomAttribute};
use frontend_core::emit::stream::{CHUNK, PARALLEL_BODIES};
use frontend_core::ir::MethodRef;
use frontend_core::lower::closures::Bodies;
use frontend_core::pool::default_threads;
use frontend_core::source::FileId;
use frontend_core::symbols::{MethodId, World};
use std::sync::Arc;

/// A parsed file.
#[derive(Debug, PartialEq)]
pub struct ParsedFile {
    pub unit: CompilationUnit,
    pub diagnostics: Vec<Diagnostic>,
}

/// A method of a compilation, as a query key: the compilation travels inside it, so a
/// per-method query has one key to intern rather than a (compilation, method) pair.
#[salsa::interned(debug)]
pub struct MethodKey<'db> {
    pub comp: Compilation,
    pub method: MethodId,
}

/// Parses one file of the compilation.
#[salsa::tracked(returns(clone))]
pub fn parse_file(
    db: &dyn salsa::Database,
    comp: Compilation,
    file: SourceText,
) -> Arc<ParsedFile> {
    let defines: Defines = comp.options(db).defines.iter().cloned().collect();
    let (unit, diagnostics) = parse(file_id(db, comp, file), file.text(db), &defines);
    Arc::new(ParsedFile { unit, diagnostics })
}

/// Parses every file of the compilation into the cache on up to `threads` threads (each
/// with its own handle on the same storage), so that `declarations` finds them parsed.
/// A file large enough is also cut up by the parser itself (`parser::parse_on`).
pub fn parse_all(db: &CompilerDb, comp: Compilation, threads: usize) {
    let files = comp.files(db);
    if threads < 2 || files.len() < 2 {
        return;
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = |db: &CompilerDb| {
        while let Some(f) = files.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
            parse_file(db, comp, *f);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads.min(files.len()) {
            let fork = db.clone();
            let work = &work;
            scope.spawn(move || work(&fork));
        }
        work(db);
    });
}

/// Declares the whole compilation.
#[salsa::tracked(returns(clone), no_eq)]
pub fn declarations(db: &dyn salsa::Database, comp: Compilation) -> Arc<Declarations> {
    let files = comp.files(db);
    let parsed: Vec<Arc<ParsedFile>> = files.iter().map(|f| parse_file(db, comp, *f)).collect();
    let units: Vec<(FileId, &CompilationUnit)> = parsed
        .iter()
        .enumerate()
        .map(|(i, p)| (FileId(i as u32), &p.unit))
        .collect();
    let sources: Vec<&str> = files.iter().map(|f| f.text(db).as_str()).collect();
    Arc::new(bind::declarations(
        &units,
        &sources,
        &comp.references(db).0,
        comp.options(db),
    ))
}

/// The declared world, backdated when an edit changed no declaration.
#[salsa::tracked(returns(clone))]
pub fn signatures(db: &dyn salsa::Database, comp: Compilation) -> Signatures {
    Signatures(declarations(db, comp).world.clone())
}

/// One method's binding input (`None` for a method without IL).
#[salsa::tracked(returns(clone))]
pub fn body_input<'db>(
    db: &'db dyn salsa::Database,
    key: MethodKey<'db>,
) -> Option<Arc<BodyInput>> {
    let decls = declarations(db, *key.comp(db));
    let method = *key.method(db);
    let i = *decls.body_index.get(&method)?;
    Some(decls.bodies[i].2.clone())
}

/// One method bound, from the declared world and its own input only.
#[salsa::tracked(returns(clone))]
pub fn bound_body<'db>(db: &'db dyn salsa::Database, key: MethodKey<'db>) -> Arc<BoundBody> {
    let world = signatures(db, *key.comp(db)).0;
    Arc::new(match body_input(db, key) {
        Some(input) => bind::bind_body(&world, &input),
        None => BoundBody {
            body: None,
            diagnostics: Vec::new(),
        },
    })
}

/// Every diagnostic of the compilation, in file order and position; the bodies are
/// bound on all cores first ([`bind_all`]).
pub fn diagnostics(db: &CompilerDb, comp: Compilation) -> Arc<Vec<Diagnostic>> {
    diagnostics_on(db, comp, default_threads())
}

/// [`diagnostics`] binding on up to `threads` threads: the same for any number.
pub fn diagnostics_on(db: &CompilerDb, comp: Compilation, threads: usize) -> Arc<Vec<Diagnostic>> {
    parse_all(db, comp, threads);
    bind_all(db, comp, threads);
    all_diagnostics(db, comp)
}

/// Binds every body of the compilation into the cache on up to `threads` threads (each
/// with its own handle on the same storage). Results are only cached here: the order
/// in which threads finish changes nothing anyone reads.
pub fn bind_all(db: &CompilerDb, comp: Compilation, threads: usize) {
    let decls = declarations(db, comp);
    if threads < 2 || decls.bodies.len() < PARALLEL_BODIES {
        return;
    }
    // The firewall every body reads, computed once before the threads ask for it.
    signatures(db, comp);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = |db: &CompilerDb| {
        loop {
            let start = next.fetch_add(CHUNK, std::sync::atomic::Ordering::Relaxed);
            let Some(chunk) = decls
                .bodies
                .get(start..(start + CHUNK).min(decls.bodies.len()))
            else {
                break;
            };
            if chunk.is_empty() {
                break;
            }
            for (method, _, _) in chunk {
                bound_body(db, MethodKey::new(db, comp, *method));
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            let fork = db.clone();
            let work = &work;
            scope.spawn(move || work(&fork));
        }
        work(db);
    });
}

/// Every diagnostic of the compilation, in file order and position.
#[salsa::tracked(returns(clone))]
fn all_diagnostics(db: &dyn salsa::Database, comp: Compilation) -> Arc<Vec<Diagnostic>> {
    let decls = declarations(db, comp);
    let mut bodies = Vec::new();
    for (method, anchor, input) in &decls.bodies {
        let bound = bound_body(db, MethodKey::new(db, comp, *method));
        bodies.extend(
            bound
                .diagnostics
                .iter()
                .map(|d| d.clone().shifted(input.file, *anchor)),
        );
    }
    Arc::new(assemble_diagnostics(db, comp, bodies))
}

/// The compilation's diagnostics from its bodies' (in file positions, in body order):
/// with every file's parse diagnostics and the declarations', in file order and
/// position. The cached queries and the batch pass (`batch`) both end here.
pub(crate) fn assemble_diagnostics(
    db: &dyn salsa::Database,
    comp: Compilation,
    bodies: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in comp.files(db) {
        out.extend(parse_file(db, comp, *f).diagnostics.iter().cloned());
    }
    out.extend(declarations(db, comp).diagnostics.iter().cloned());
    out.extend(bodies);
    out.sort_by_key(|d| (d.primary.file.0, d.primary.range.start, d.primary.range.end));
    out
}

/// What the emitter needs: the world, every body (with where its ranges start), and
/// the rest of the declarations.
pub struct Program {
    pub world: Arc<World>,
    pub bodies: Bodies,
    pub method_impls: Vec<(MethodId, MethodRef)>,
    pub attributes: Vec<CustomAttribute>,
    pub entry_point: Option<MethodId>,
}

impl Program {
    /// The program of `decls` with `bodies`.
    pub(crate) fn new(decls: &Declarations, bodies: Bodies) -> Program {
        Program {
            world: decls.world.clone(),
            bodies,
            method_impls: decls.method_impls.clone(),
            attributes: decls.attributes.clone(),
            entry_point: decls.entry_point,
        }
    }
}

/// Collects the bound program (from the cache where nothing changed).
pub fn program(db: &dyn salsa::Database, comp: Compilation) -> Program {
    let decls = declarations(db, comp);
    let mut bodies = Bodies::with_capacity(decls.bodies.len());
    for (method, anchor, input) in &decls.bodies {
        let bound = bound_body(db, MethodKey::new(db, comp, *method));
        if let Some(body) = &bound.body {
            let source = BodySource {
                file: input.file,
                offset: *anchor,
            };
            bodies.insert(*method, (body.clone(), source));
        }
    }
    Program::new(&decls, bodies)
}
