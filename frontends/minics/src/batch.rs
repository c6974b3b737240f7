//! The batch compiler's pass over bodies. csc-lite compiles once and never asks again,
//! so instead of caching every bound body (`db::bound_body`, which the language server
//! and `check` go through), each body is bound and, unless lowering still rewrites it,
//! generated at once, on all cores, and its IR dropped: the bound IR of a large
//! program never has to exist all at once. The diagnostics and the image are those of
//! the cached queries (`db::diagnostics`, then `build::build`); the parse, the
//! declarations and the declared world still come from the database.
//!
//! Given a [`ModuleWriter`], the calling thread also writes the module as it goes: it
//! lays out the rows while the other threads start binding, then writes each chunk of
//! bodies (claimed in MethodDef order) as soon as it and every chunk before it are
//! done, binding chunks itself in between. That holds while every body comes out
//! generated; the first body with an error, or one lowering rewrites, stops the
//! writing, and the module is then emitted from the batch as usual (`build`).
use crate::bind::{self, BoundBody};
use crate::db::{Program, assemble_diagnostics, declarations, signatures};
use frontend_core::db::{Compilation, CompilerDb};
use frontend_core::diag::{Diagnostic, Severity};
use frontend_core::emit::bodies::{Pregenerated, PregeneratedBody, needs_lowering, pregenerate};
use frontend_core::emit::module::BodySource;
use frontend_core::emit::writer::ModuleWriter;
use frontend_core::ir::Body;
use frontend_core::lower::closures::Bodies;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

/// Every body bound, and generated where it could be.
pub struct Batch {
    /// All of the compilation's diagnostics, as `db::diagnostics` gives them.
    pub diagnostics: Vec<Diagnostic>,
    /// The program, holding as IR only the bodies lowering rewrites.
    pub program: Program,
    /// Every other body, generated.
    pub pregenerated: Pregenerated,
    /// Whether the writer given wrote every body (then `program` holds no bodies and
    /// `pregenerated` is empty: the module only needs finishing).
    pub written: bool,
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
/// PDB needs of each generated body. With a `writer`, also writes the module as it goes
/// (see the module's documentation); `Batch::written` says whether it got to the end.
pub fn bind_and_generate(
    db: &CompilerDb,
    comp: Compilation,
    debug: bool,
    threads: usize,
    writer: Option<&mut ModuleWriter<'_>>,
) -> Batch {
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
    // Bodies in MethodDef order (the order a writer takes them), as indices into
    // `decls.bodies`; bodies of methods without a row (none, in a sound world) last.
    let mut order: Vec<(u32, usize)> = (0..decls.bodies.len())
        .map(|i| {
            let rid = writer
                .as_ref()
                .and_then(|w| w.method_def(&decls.bodies[i].0));
            (rid.unwrap_or(u32::MAX), i)
        })
        .collect();
    if writer.is_some() {
        order.sort_unstable();
    }
    let n = order.len();
    // Each chunk's outcomes once bound.
    let chunks: Vec<Mutex<Option<Vec<Outcome>>>> =
        (0..n.div_ceil(CHUNK)).map(|_| Mutex::new(None)).collect();
    let lock = |c: usize| chunks[c].lock().unwrap_or_else(|p| p.into_inner());
    let next = AtomicUsize::new(0);
    let ready = (Mutex::new(()), Condvar::new());
    // Claims and binds the next chunk; false when none is left.
    let bind_next = || -> bool {
        let c = next.fetch_add(1, Ordering::Relaxed);
        let Some(slot) = chunks.get(c) else {
            return false;
        };
        let start = c * CHUNK;
        let done = order[start..(start + CHUNK).min(n)]
            .iter()
            .map(|&(_, i)| one(i))
            .collect();
        *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(done);
        let _guard = ready.0.lock().unwrap_or_else(|p| p.into_inner());
        ready.1.notify_all();
        true
    };
    let helpers = if threads < 2 || n < PARALLEL_BODIES {
        0
    } else {
        threads - 1
    };
    let mut written = writer.is_some();
    std::thread::scope(|scope| {
        for _ in 0..helpers {
            scope.spawn(|| while bind_next() {});
        }
        let Some(w) = writer else {
            while bind_next() {}
            return;
        };
        w.lay_out();
        let mut to_write = 0;
        while written && to_write < chunks.len() {
            let mut chunk = lock(to_write);
            if let Some(done) = chunk.as_mut() {
                let start = to_write * CHUNK;
                for (&(rid, _), outcome) in order[start..].iter().zip(done.iter()) {
                    match &outcome.code {
                        Code::Pre(PregeneratedBody {
                            generated: Ok(generated),
                            debug_locals,
                            source,
                        }) if rid != u32::MAX => {
                            w.write_body(rid, *source, generated, || debug_locals.clone());
                        }
                        // No IL is nothing to write; anything else ends the writing.
                        Code::None
                            if outcome
                                .diagnostics
                                .iter()
                                .all(|d| d.severity != Severity::Error) => {}
                        _ => {
                            written = false;
                            break;
                        }
                    }
                }
                if written {
                    // Written: the code goes now, while the other threads still bind,
                    // rather than all at the end.
                    for outcome in done {
                        outcome.code = Code::None;
                    }
                }
                to_write += 1;
                continue;
            }
            drop(chunk);
            if !bind_next() {
                // Every chunk is claimed: wait for the one to write next.
                let mut guard = ready.0.lock().unwrap_or_else(|p| p.into_inner());
                while lock(to_write).is_none() {
                    guard = ready.1.wait(guard).unwrap_or_else(|p| p.into_inner());
                }
            }
        }
        while bind_next() {}
    });
    // Back in `decls.bodies` order, which the diagnostics keep.
    let mut outcomes: Vec<Option<Outcome>> = (0..n).map(|_| None).collect();
    for (&(_, i), outcome) in order.iter().zip(
        chunks
            .into_iter()
            .flat_map(|c| c.into_inner().ok().flatten().unwrap_or_default()),
    ) {
        outcomes[i] = Some(outcome);
    }
    let mut body_diagnostics = Vec::new();
    let mut bodies = Bodies::default();
    let mut pregenerated = Pregenerated::default();
    for ((method, anchor, input), outcome) in decls.bodies.iter().zip(outcomes) {
        let Some(outcome) = outcome else {
            continue;
        };
        body_diagnostics.extend(outcome.diagnostics);
        if written {
            continue;
        }
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
        written,
    }
}
