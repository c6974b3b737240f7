//! The batch compiler's pass over bodies. csc-lite compiles once and never asks again,
//! so instead of caching every bound body (`db::bound_body`, which the language server
//! and `check` go through), each body is bound and, unless lowering still rewrites it,
//! generated at once, on all cores, and its IR dropped: the bound IR of a large
//! program never has to exist all at once. The diagnostics and the image are those of
//! the cached queries (`db::diagnostics`, then `build::build`); the parse, the
//! declarations and the declared world still come from the database.

use crate::bind::{self, BoundBody};
use crate::db::{Program, assemble_diagnostics, declarations, signatures};
use frontend_core::db::{Compilation, CompilerDb};
use frontend_core::diag::{Diagnostic, Severity};
use frontend_core::emit::bodies::{Pregenerated, PregeneratedBody, needs_lowering, pregenerate};
use frontend_core::emit::module::BodySource;
use frontend_core::ir::Body;
use frontend_core::lower::closures::Bodies;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Every body bound, and generated where it could be.
pub struct Batch {
    /// All of the compilation's diagnostics, as `db::diagnostics` gives them.
    pub diagnostics: Vec<Diagnostic>,
    /// The program, holding as IR only the bodies lowering rewrites.
    pub program: Program,
    /// Every other body, generated.
    pub pregenerated: Pregenerated,
}

/// What became of one body.
// Nearly every body ends `Pre`: boxing it would only add an allocation per body.
#[allow(clippy::large_enum_variant)]
enum Code {
    /// No IL (abstract, extern), or bound with errors: nothing will be emitted.
    None,
    /// IR for lowering and the module.
    Ir(Arc<Body>),
    /// Generated.
    Pre(PregeneratedBody),
}

/// One body's diagnostics (in file positions) and code.
struct Outcome {
    diagnostics: Vec<Diagnostic>,
    code: Code,
}

/// Fewer bodies than this are bound on the calling thread alone.
const PARALLEL_BODIES: usize = 512;

/// Bodies a thread claims at a time.
const CHUNK: usize = 64;

/// Binds every body of `comp` and generates those lowering leaves alone, on up to
/// `threads` threads (the result is the same for any number); `debug` keeps what the
/// PDB needs of each generated body.
pub fn bind_and_generate(db: &CompilerDb, comp: Compilation, debug: bool, threads: usize) -> Batch {
    let decls = declarations(db, comp);
    let world = signatures(db, comp).0;
    let one = |i: usize| -> Outcome {
        let (method, anchor, input) = &decls.bodies[i];
        let BoundBody { body, diagnostics } = bind::bind_body(&world, input);
        let clean = !diagnostics.iter().any(|d| d.severity == Severity::Error);
        let diagnostics: Vec<Diagnostic> = diagnostics
            .into_iter()
            .map(|d| d.shifted(input.file, *anchor))
            .collect();
        let source = BodySource {
            file: input.file,
            offset: *anchor,
        };
        let code = match body {
            Some(body) if clean && !needs_lowering(&body) => {
                Code::Pre(pregenerate(&world, *method, &body, source, debug))
            }
            Some(body) if clean => Code::Ir(body),
            _ => Code::None,
        };
        Outcome { diagnostics, code }
    };
    let n = decls.bodies.len();
    let outcomes: Vec<Outcome> = if threads < 2 || n < PARALLEL_BODIES {
        (0..n).map(one).collect()
    } else {
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done: Vec<(usize, Vec<Outcome>)> = Vec::new();
            loop {
                let start = next.fetch_add(CHUNK, Ordering::Relaxed);
                if start >= n {
                    break done;
                }
                done.push((start, (start..(start + CHUNK).min(n)).map(one).collect()));
            }
        };
        let mut chunks: Vec<(usize, Vec<Outcome>)> = std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut all = work();
            for h in helpers {
                // A binder panic is a bug; re-raise it rather than lose bodies.
                all.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            }
            all
        });
        chunks.sort_unstable_by_key(|(start, _)| *start);
        chunks.into_iter().flat_map(|(_, o)| o).collect()
    };
    let mut body_diagnostics = Vec::new();
    let mut bodies = Bodies::default();
    let mut pregenerated = Pregenerated::default();
    for ((method, anchor, input), outcome) in decls.bodies.iter().zip(outcomes) {
        body_diagnostics.extend(outcome.diagnostics);
        match outcome.code {
            Code::None => {}
            Code::Ir(body) => {
                let source = BodySource {
                    file: input.file,
                    offset: *anchor,
                };
                bodies.insert(*method, (body, source));
            }
            Code::Pre(pre) => {
                pregenerated.insert(*method, pre);
            }
        }
    }
    Batch {
        diagnostics: assemble_diagnostics(db, comp, body_diagnostics),
        program: Program::new(&decls, bodies),
        pregenerated,
    }
}
