//! From a checked compilation to an image: the bound program (from the query cache,
//! `build`, or from the batch pass, `build_program`), iterator lowering, closure
//! conversion, emission, and, when the source says `[CLSCompliant]`, the CLS pass over
//! the emitted metadata (`frontend_core::cls`). `bind_and_build`, what the driver runs,
//! binds, generates and writes in one pass where it can (`batch`); `check` uses `build`
//! for the CLS warnings.

use crate::batch::bind_and_generate;
use crate::db::{Program, declarations, program};
use frontend_core::db::{Compilation, CompilerDb};
use frontend_core::diag::{Code, Diagnostic, Severity};
use frontend_core::emit::bodies::Pregenerated;
use frontend_core::emit::identity::{VersionError, assembly_version};
use frontend_core::emit::module::{CustomAttribute, EmittedModule, ModuleInput, emit_on};
use frontend_core::emit::writer::ModuleWriter;
use frontend_core::ir::MethodRef;
use frontend_core::lower::closures::Bodies;
use frontend_core::pool::default_threads;
use frontend_core::source::SourceFile;
use frontend_core::symbols::{MethodId, World};
use il_emit::pe::ImageKind;

/// What to emit.
pub struct BuildOptions<'a> {
    pub assembly_name: &'a str,
    pub module_name: &'a str,
    pub library: bool,
    /// The strong-name public key (`-keyfile:`), empty for none.
    pub public_key: &'a [u8],
    /// Sources and the PDB's name, for `-debug`.
    pub debug: Option<(&'a [SourceFile], &'a str)>,
}

/// The emitted module and the CLS warnings on it.
pub struct Built {
    pub emitted: EmittedModule,
    pub cls: Vec<Diagnostic>,
}

/// Lowers and emits; `Err` holds error lines for stderr (constructs not supported yet,
/// or an internal error laying out a body).
pub fn build(
    db: &dyn salsa::Database,
    comp: Compilation,
    o: &BuildOptions<'_>,
) -> Result<Built, Vec<String>> {
    build_on(db, comp, o, default_threads())
}

/// [`build`] generating bodies on up to `threads` threads: the image is the same for
/// any number.
pub fn build_on(
    db: &dyn salsa::Database,
    comp: Compilation,
    o: &BuildOptions<'_>,
    threads: usize,
) -> Result<Built, Vec<String>> {
    let timer = Timer::start();
    let bound = program(db, comp);
    timer.lap("collect program");
    build_program(db, comp, bound, Pregenerated::default(), o, threads)
}

/// Lowers and emits `bound`, whose bodies not held as IR come generated already in
/// `pregenerated` (`batch`); generates the rest on up to `threads` threads.
pub fn build_program(
    db: &dyn salsa::Database,
    comp: Compilation,
    bound: Program,
    pregenerated: Pregenerated,
    o: &BuildOptions<'_>,
    threads: usize,
) -> Result<Built, Vec<String>> {
    let timer = Timer::start();
    let mut bodies = bound.bodies;
    let mut method_impls = bound.method_impls;
    let unsupported = |errors: Vec<String>| -> Vec<String> {
        errors
            .into_iter()
            .map(|e| format!("error CL0001: csc-lite does not support {e}"))
            .collect()
    };
    let with_iterators =
        frontend_core::lower::iterators::convert(&bound.world, &mut bodies, &mut method_impls)
            .map_err(unsupported)?;
    let before_closures: &World = with_iterators.as_ref().unwrap_or(&bound.world);
    let converted = frontend_core::lower::closures::convert(before_closures, &mut bodies)
        .map_err(unsupported)?;
    let world: &World = converted.as_ref().unwrap_or(before_closures);
    timer.lap("iterators and closures");
    let version = assembly_version(world, &bound.attributes).map_err(|e| {
        vec![match e {
            VersionError::Malformed(v) => format!(
                "error CS7034: The specified version string '{v}' does not conform to the required format - major[.minor[.build[.revision]]]"
            ),
            VersionError::Wildcard(v) => format!(
                "error CS8357: The specified version string '{v}' contains wildcards, which are not compatible with determinism."
            ),
        }]
    })?;
    let input = module_input(
        o,
        world,
        version,
        bound.entry_point,
        &bound.attributes,
        &bodies,
        &method_impls,
    );
    let emitted = emit_on(world, &input, pregenerated, threads).map_err(|e| {
        vec![format!(
            "error CS8000: internal compiler error in {}: {}",
            e.method, e.message
        )]
    })?;
    timer.lap("emit");
    let cls = cls_warnings(db, comp, world, &bound.attributes, &emitted);
    Ok(Built { emitted, cls })
}

/// The emitter's input for a program with its entry point, attributes, `bodies` and
/// `method_impls` (lowered ones).
fn module_input<'a>(
    o: &BuildOptions<'a>,
    world: &World,
    version: [u16; 4],
    entry_point: Option<MethodId>,
    attributes: &'a [CustomAttribute],
    bodies: &'a Bodies,
    method_impls: &'a [(MethodId, MethodRef)],
) -> ModuleInput<'a> {
    ModuleInput {
        assembly_name: o.assembly_name,
        version,
        public_key: o.public_key,
        module_name: o.module_name,
        kind: if o.library {
            ImageKind::Dll
        } else {
            ImageKind::Exe
        },
        entry_point,
        bodies,
        method_impls,
        attributes,
        debug: o
            .debug
            .map(|(files, pdb)| (files, il_emit::pdb::Language::CSharp, pdb)),
        row_symbols: claims_cls(world, attributes),
    }
}

/// Whether an attribute claims `[CLSCompliant]` (then the CLS pass runs).
fn claims_cls(world: &World, attributes: &[CustomAttribute]) -> bool {
    attributes
        .iter()
        .any(|a| world.ty(a.ctor.id.ty).name == "CLSCompliantAttribute")
}

/// The CLS warnings on the emitted module, when an attribute claims `[CLSCompliant]`.
fn cls_warnings(
    db: &dyn salsa::Database,
    comp: Compilation,
    world: &World,
    attributes: &[CustomAttribute],
    emitted: &EmittedModule,
) -> Vec<Diagnostic> {
    if !claims_cls(world, attributes) {
        return Vec::new();
    }
    let decls = declarations(db, comp);
    let mut found = frontend_core::cls::check(
        &emitted.image,
        &comp.references(db).0,
        &emitted.rows,
        &decls.row_ranges,
        Code::parse,
    );
    found.sort_by_key(|d| (d.primary.file.0, d.primary.range.start));
    found
}

/// csc-lite's back half: binds and generates every body (`batch`) and, when the
/// declared version is sound, writes the module as it goes; when that stops short (a
/// body lowering rewrites), emits from the batch as [`build_program`] does. Returns all
/// diagnostics and, unless one is an error, the built module.
pub fn bind_and_build(
    db: &CompilerDb,
    comp: Compilation,
    o: &BuildOptions<'_>,
    threads: usize,
) -> (Vec<Diagnostic>, Option<Result<Built, Vec<String>>>) {
    crate::db::parse_all(db, comp, threads);
    let decls = declarations(db, comp);
    let declared = Program::new(&decls, Bodies::default());
    let input = assembly_version(&declared.world, &declared.attributes)
        .ok()
        .map(|version| {
            module_input(
                o,
                &declared.world,
                version,
                declared.entry_point,
                &declared.attributes,
                &declared.bodies,
                &declared.method_impls,
            )
        });
    let mut writer = input
        .as_ref()
        .map(|i| ModuleWriter::new(&declared.world, i));
    let batch = bind_and_generate(db, comp, o.debug.is_some(), threads, writer.as_mut());
    if batch
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        return (batch.diagnostics, None);
    }
    let built = match writer {
        Some(w) if batch.written => {
            let emitted = w.finish();
            let cls = cls_warnings(db, comp, &declared.world, &declared.attributes, &emitted);
            Ok(Built { emitted, cls })
        }
        _ => build_program(db, comp, batch.program, batch.pregenerated, o, threads),
    };
    (batch.diagnostics, Some(built))
}

/// `CSC_LITE_TIMINGS=1`: each phase's wall time on stderr.
struct Timer(Option<std::cell::Cell<std::time::Instant>>);

impl Timer {
    fn start() -> Timer {
        let on = std::env::var_os("CSC_LITE_TIMINGS").is_some_and(|v| v == "1");
        Timer(on.then(|| std::cell::Cell::new(std::time::Instant::now())))
    }

    fn lap(&self, phase: &str) {
        if let Some(t) = &self.0 {
            let now = std::time::Instant::now();
            eprintln!(
                "{phase:>24}: {:7.2} ms",
                (now - t.get()).as_secs_f64() * 1000.0
            );
            t.set(now);
        }
    }
}
