//! The `clr-lite` command line (the binary is a call to [`main`]; the test harness
//! runs programs through it too): runs a .NET program on the bundled runtime.
//!
//! ```text
//! clr-lite [--corlib PATH] [-r DIR]… [--stats] [--no-ngen] [run] APP.exe [ARGS…]
//! clr-lite [--corlib PATH] [-r DIR]… verify FILE
//! clr-lite [--corlib PATH] [-r DIR]… ngen FILE
//! ```
//!
//! `ngen` precompiles FILE and the assemblies it references into native images in the
//! cache directory (`jit::native_image`); runs use them unless `--no-ngen` or
//! `CLR_LITE_NGEN=0`.
//!
//! Before a method first runs it is verified (corlib is trusted); an unverifiable
//! method raises `System.Security.VerificationException` when called.
//! `--skip-verification[=ASSEMBLY]` and `--policy FILE` (lines `skip-verification
//! [ASSEMBLY]`; default `$CLR_LITE_POLICY`) let assemblies skip verification.
//!
//! `verify` runs nothing: it verifies every method of FILE and prints one line per
//! error (`Type::Method: Kind at IL_offset`); exit 0 when all verify, 1 otherwise.
//!
//! corlib is `--corlib`, else `$CLR_LITE_CORLIB`, else the bundled one (compiled by
//! csc-lite from `runtime/corlib/src` at build time and embedded in the binary). The
//! exit code is `Main`'s (0 for `void`), `Environment.Exit`'s, 1 after
//! an unhandled exception, and 2 when the program cannot be loaded.

use crate::host::{RunConfig, run};
use std::path::PathBuf;

/// The managed thread's stack.
const STACK_SIZE: usize = 64 << 20;

fn usage() -> ! {
    eprintln!("usage: clr-lite [--corlib PATH] [-r DIR]... [--stats] [--no-ngen]");
    eprintln!(
        "                [--skip-verification[=ASSEMBLY]] [--policy FILE] [run] APP.exe [ARGS...]"
    );
    eprintln!("       clr-lite [--corlib PATH] [-r DIR]... verify FILE");
    eprintln!("       clr-lite [--corlib PATH] [-r DIR]... ngen FILE");
    std::process::exit(2)
}

/// Runs the command line `args` (without the program name) and exits the process with
/// the program's exit code.
pub fn main(args: Vec<String>) -> ! {
    let mut cfg = RunConfig::default();
    let mut corlib: Option<PathBuf> = None;
    let mut policy: Option<PathBuf> = None;
    let mut it = args.into_iter().peekable();
    let mut app: Option<String> = None;
    let mut ngen = false;
    while let Some(a) = it.next() {
        if app.is_some() {
            cfg.args.push(a);
            continue;
        }
        match a.as_str() {
            "--stats" => cfg.stats = true,
            "--no-ngen" => crate::jit::native_image::load::disable(),
            "ngen" if app.is_none() && !cfg.verify => ngen = true,
            "--skip-verification" => cfg.policy.grant(None),
            "--policy" => policy = Some(it.next().map(PathBuf::from).unwrap_or_else(|| usage())),
            _ if a.starts_with("--skip-verification=") => {
                cfg.policy.grant(Some(&a["--skip-verification=".len()..]))
            }
            "--corlib" => corlib = Some(it.next().map(PathBuf::from).unwrap_or_else(|| usage())),
            "-r" => cfg
                .probe_paths
                .push(it.next().map(PathBuf::from).unwrap_or_else(|| usage())),
            "run" if app.is_none() && cfg.args.is_empty() => {}
            "verify" if app.is_none() && !cfg.verify => cfg.verify = true,
            _ if a.starts_with("-r:") => cfg.probe_paths.push(PathBuf::from(&a[3..])),
            "-h" | "--help" => usage(),
            _ if a.starts_with("--corlib=") => {
                corlib = Some(PathBuf::from(&a["--corlib=".len()..]))
            }
            _ if a.starts_with('-') && a.len() > 1 => usage(),
            _ => app = Some(a),
        }
    }
    let Some(app) = app else { usage() };
    cfg.app = PathBuf::from(app);
    cfg.corlib = corlib.or_else(|| std::env::var_os("CLR_LITE_CORLIB").map(PathBuf::from));
    if let Some(p) = policy.or_else(|| std::env::var_os("CLR_LITE_POLICY").map(PathBuf::from)) {
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| {
            eprintln!("clr-lite: {}: {e}", p.display());
            std::process::exit(2)
        });
        if let Err(e) = cfg.policy.parse(&text) {
            eprintln!("clr-lite: {}: {e}", p.display());
            std::process::exit(2)
        }
    }
    if ngen {
        std::process::exit(ngen_main(&cfg));
    }
    if cfg.verify {
        match crate::host::verify(&cfg) {
            Ok(code) => std::process::exit(code),
            Err(e) => {
                eprintln!("clr-lite: {e}");
                std::process::exit(2)
            }
        }
    }
    // Managed code runs on a thread whose stack size the JIT's stack-overflow check
    // knows (StackOverflowException instead of a crash, see `jit::eh`).
    let runner = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let top = 0u8;
            crate::jit::eh::set_stack_bounds(
                std::hint::black_box(&top) as *const u8 as usize,
                STACK_SIZE,
            );
            run(&cfg)
        });
    let res = match runner.map(|t| t.join()) {
        Ok(Ok(res)) => res,
        Ok(Err(_)) => Err("the managed thread panicked".to_string()),
        Err(e) => Err(format!("cannot start the managed thread: {e}")),
    };
    match res {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("clr-lite: {e}");
            std::process::exit(2)
        }
    }
}

/// `clr-lite ngen`: one line per assembly on stderr; 0 when the images are written.
fn ngen_main(cfg: &RunConfig) -> i32 {
    match crate::jit::native_image::build::ngen(cfg) {
        Ok(reports) => {
            for r in reports {
                match r.kept {
                    true => eprintln!("clr-lite ngen: {}: image up to date", r.name),
                    false => eprintln!(
                        "clr-lite ngen: {}: {} methods precompiled (and {} generic instantiations), {} left to the JIT",
                        r.name, r.compiled, r.instantiations, r.left_out
                    ),
                }
                if cfg.stats {
                    for why in &r.reasons {
                        eprintln!("  left out: {why}");
                    }
                }
            }
            0
        }
        Err(e) => {
            eprintln!("clr-lite ngen: {e}");
            2
        }
    }
}
