//! The batch compiler's pass over bodies. csc-lite compiles once and never asks again,
//! so instead of caching every bound body (`db::bound_body`, which the language server
//! and `check` go through), each body is bound and, unless lowering still rewrites it,
//! generated at once, on all cores, and its IR dropped: the bound IR of a large
//! program never has to exist all at once. The threads, and the writing of the module
//! as bodies come (given a [`ModuleWriter`]), are `frontend_core::emit::stream`'s; this
//! module binds one body and gathers the result. The diagnostics and the image are
//! those of the cached queries (`db::diagnostics`, then `build::build`); the parse,
//! the declarations and the declared world still come from the database.

use crate::bind::{self, BoundBody};
use crate::db::{Program, assemble_diagnostics, declarations, signatures};
use frontend_core::db::{Compilation, CompilerDb};
use frontend_core::diag::{Diagnostic, Severity};
use frontend_core::emit::bodies::{Pregenerated, needs_lowering, pregenerate};
use frontend_core::emit::module::BodySource;
use frontend_core::emit::stream::{self, Code, Outcome};
use frontend_core::emit::writer::ModuleWriter;
use frontend_core::lower::closures::Bodies;
use frontend_core::symbols::MethodId;

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

/// Binds every body of `comp` and generates those lowering leaves alone, on up to
/// `threads` threads (the result is the same for any number); `debug` keeps what the
/// PDB needs of each generated body. With a `writer`, also writes the module as it goes
/// (`emit::stream`); `Batch::written` says whether it got to the end.
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
                Code::Pre(Box::new(pregenerate(&world, *method, &body, source, debug)))
            }
            Some(body) if clean => Code::Ir(body, source),
            _ => Code::None,
        };
        Outcome { diagnostics, code }
    };
    let methods: Vec<MethodId> = decls.bodies.iter().map(|(m, _, _)| *m).collect();
    let (outcomes, written) = stream::run(&methods, &one, threads, writer);
    let mut body_diagnostics = Vec::new();
    let mut bodies = Bodies::default();
    let mut pregenerated = Pregenerated::default();
    for ((method, _, _), outcome) in decls.bodies.iter().zip(outcomes) {
        let Some(outcome) = outcome else {
            continue;
        };
        body_diagnostics.extend(outcome.diagnostics);
        if written {
            continue;
        }
        match outcome.code {
            Code::None => {}
            Code::Ir(body, source) => {
                bodies.insert(*method, (body, source));
            }
            Code::Pre(pre) => {
                pregenerated.insert(*method, *pre);
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
