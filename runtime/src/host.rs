//! The host: builds a VM for an application (loader with the corlib mapping, type
//! system, JIT), checks the entry point and runs it, and reports `--stats`.

use crate::gc::Heap;
use crate::jit::JitState;
use crate::jit::helpers;
use crate::loader::{AssemblyIdx, Loader, Resolver};
use crate::typesys::{TypeKind, TypeSystem};
use crate::vm::Vm;
use std::path::{Path, PathBuf};

/// The corlib compiled by csc-lite from `runtime/corlib/mscorlib` (the `corlib` crate).
pub static BUNDLED_CORLIB: &[u8] = corlib::MSCORLIB;

/// How messages name the bundled corlib.
pub const BUNDLED_CORLIB_NAME: &str = "<bundled mscorlib>";

/// How to run a program.
#[derive(Clone, Debug, Default)]
pub struct RunConfig {
    pub app: PathBuf,
    pub args: Vec<String>,
    /// The corlib to load; `None`: the bundled one (csc-lite-built, embedded).
    pub corlib: Option<PathBuf>,
    pub probe_paths: Vec<PathBuf>,
    pub stats: bool,
    /// `clr-lite verify`: verify every method of `app` instead of running it.
    pub verify: bool,
    /// Which assemblies skip verification before they run.
    pub policy: crate::verify::policy::Policy,
}

/// `clr-lite verify`: prints one line per verification error and returns 0 when every
/// method verifies, 1 otherwise.
pub fn verify(cfg: &RunConfig) -> Result<i32, String> {
    let reports = crate::verify::verify_file(&cfg.app, cfg.corlib.as_deref(), &cfg.probe_paths)?;
    let mut failed = 0;
    for r in &reports {
        failed += usize::from(!r.errors.is_empty());
        for e in &r.errors {
            println!("{}: {e}", r.name);
        }
    }
    eprintln!(
        "clr-lite verify: {} methods, {} verified, {failed} failed",
        reports.len(),
        reports.len() - failed
    );
    Ok(i32::from(failed > 0))
}

/// A loader for `cfg` (the application's directory, `-r` paths, the corlib) with the
/// corlib and the application loaded: (loader, corlib, application).
pub(crate) fn load_app(cfg: &RunConfig) -> Result<(Loader, AssemblyIdx, AssemblyIdx), String> {
    let app_dir = cfg
        .app
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut loader = Loader::new(Resolver {
        app_dir,
        probe_paths: cfg.probe_paths.clone(),
        corlib: cfg.corlib.clone(),
    });
    let corlib = match &cfg.corlib {
        Some(path) => loader.load_path(path),
        None => loader.load_static(Path::new(BUNDLED_CORLIB_NAME), BUNDLED_CORLIB),
    }
    .map_err(|e| e.to_string())?;
    let app = loader.load_path(&cfg.app).map_err(|e| e.to_string())?;
    Ok((loader, corlib, app))
}

/// Runs the application and returns its exit code (an unhandled exception or
/// `Environment.Exit` end the process from inside instead).
pub fn run(cfg: &RunConfig) -> Result<i32, String> {
    let (loader, corlib, app) = load_app(cfg)?;
    let entry = loader.get(app).image.entry_point();
    if entry.is_nil() || entry.table() != Some(il_emit::TableId::MethodDef) {
        return Err(format!(
            "{}: the image has no entry point (is it a library?)",
            cfg.app.display()
        ));
    }
    let ts = TypeSystem::new(loader, corlib).map_err(|e| e.to_string())?;
    crate::verify::policy::install(cfg.policy.clone());
    let jit = JitState::new().map_err(|e| e.to_string())?;
    let mut program_args = vec![cfg.app.display().to_string()];
    program_args.extend(cfg.args.iter().cloned());
    let heap = Heap::new(
        std::env::var_os("CLR_LITE_GC_TRACE").is_some(),
        std::env::var("CLR_LITE_GC_TRIGGER")
            .ok()
            .and_then(|v| v.parse().ok()),
    );
    let mut vm = Vm::new(ts, jit, heap, program_args);
    vm.trace = std::env::var_os("CLR_LITE_TRACE").is_some();
    let vm = Vm::install(vm);
    // The exception being dispatched lives in a static word the collector must see.
    vm.heap.add_root_word(&crate::jit::eh::EH.pending);
    let start = std::time::Instant::now();
    let (m, takes_args, returns_int) = {
        let mut ts = vm.types.borrow_mut();
        let m = ts
            .resolve_method_token(app, entry, &crate::typesys::GenericCtx::default())
            .map_err(|e| e.to_string())?;
        let info = ts.method(m).clone();
        let returns_int = matches!(ts.ty(info.sig.ret).kind, TypeKind::Primitive(_));
        if info.sig.has_this || info.sig.params.len() > 1 {
            return Err(
                "the entry point must be static with at most one string[] parameter".into(),
            );
        }
        (m, info.sig.params.len() == 1, returns_int)
    };
    let args = match takes_args {
        true => crate::interop::icalls::new_string_array(&cfg.args),
        false => 0,
    };
    let code = helpers::run_entry(m, takes_args, args, returns_int);
    vm.flush();
    if cfg.stats {
        let s = &vm.stats;
        eprintln!(
            "clr-lite stats: methods compiled {}, from native images {}, stubs {}, JIT time {:.3} ms, run time {:.3} ms, heap {} objects / {} bytes, {} collections ({:.3} ms)",
            s.methods_compiled.get() - s.methods_from_image.get(),
            s.methods_from_image.get(),
            s.stubs_compiled.get(),
            s.jit_nanos.get() as f64 / 1e6,
            start.elapsed().as_secs_f64() * 1e3,
            vm.heap.objects.get(),
            vm.heap.allocated.get(),
            vm.heap.collections.get(),
            vm.heap.gc_nanos.get() as f64 / 1e6,
        );
        if std::env::var_os("CLR_LITE_STATS_METHODS").is_some() {
            let ts = vm.types.borrow();
            let jit = vm.jit.borrow();
            let mut names: Vec<String> = jit
                .compiled_methods()
                .map(|m| {
                    let i = ts.method(m);
                    format!("{}::{}", ts.ty(i.owner).full_name(), i.name)
                })
                .collect();
            names.sort();
            for n in names {
                eprintln!("compiled: {n}");
            }
        }
    }
    Ok(code)
}
