//! `test: cross-run`: the two languages using each other's assemblies
//! (`data/cross/NAME/`). The fixture is the application (`app.vb` or `app.cs`); its
//! header names the library beside it (`lib: lib.cs`), optionally the compiler that
//! builds it (`lib-compiler: mcs`; otherwise csc-lite for `.cs`, vbc-lite for `.vb`),
//! and the all-C# twin of library and application together (`twin: lib.cs twin.cs`).
//! The oracle: mcs compiles the twin, Mono runs it, and `app.out` holds its stdout and
//! exit code (blessed with `UPDATE_EXPECT=1`). Then the library is built, the
//! application is built by its own compiler with `-r:` the library, Mono runs it and
//! must print the same, and peverify must accept every assembly our compilers made.
//! Last, the application runs on clr-lite and must print the same (`clr-lite: pending
//! REASON` marks what the runtime cannot run yet, held to still failing). Our compilers
//! build against the bundled framework; `corlib: pending REASON` builds against Mono's
//! corlib instead, and is held to still failing against the bundled one.

use crate::fixture::Fixture;
use crate::{expect, mono, tools};
use std::path::{Path, PathBuf};

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let dir = tools::scratch(&f.name)?;
    let here = f.path.parent().ok_or("fixture without a directory")?;
    let twin: Vec<PathBuf> = f
        .header("twin")
        .ok_or("cross-run needs a `twin:` header")?
        .split_whitespace()
        .map(|n| here.join(n))
        .collect();
    let (first, rest) = twin.split_first().ok_or("empty `twin:` header")?;
    let twin_exe = dir.join("twin.exe");
    let rest_args: Vec<String> = rest.iter().map(|p| p.display().to_string()).collect();
    let rest_refs: Vec<&str> = rest_args.iter().map(String::as_str).collect();
    mono::mcs(first, &twin_exe, &rest_refs)?;
    let out = mono::mono(&twin_exe, &[])?;
    expect::check(&f.expectation("out"), &out.transcript())
        .map_err(|e| format!("the C# twin: {e}"))?;

    let lib = here.join(f.header("lib").ok_or("cross-run needs a `lib:` header")?);
    let lib_dll = dir.join(format!(
        "{}.dll",
        lib.file_stem().and_then(|s| s.to_str()).unwrap_or("lib")
    ));
    let lib_compiler = f.header("lib-compiler").unwrap_or("");
    let build = |lib_dll: &Path, app_exe: &Path, corlib: &[String]| -> Result<(), String> {
        let mut lib_args = vec!["-target:library".to_owned()];
        if lib_compiler != "mcs" {
            lib_args.extend_from_slice(corlib);
        }
        compile(&lib, lib_dll, &lib_args, lib_compiler)?;
        let mut app_args = vec![format!("-r:{}", lib_dll.display())];
        app_args.extend(corlib.iter().cloned());
        compile(&f.path, app_exe, &app_args, "")
    };
    if let Some(reason) = f.header("corlib") {
        let probe = dir.join("bundled-probe");
        std::fs::create_dir_all(&probe).map_err(|e| e.to_string())?;
        let lib_probe = probe.join(lib_dll.file_name().unwrap_or_default());
        if build(&lib_probe, &probe.join("app.exe"), &[]).is_ok() {
            return Err(format!(
                "it now compiles against the bundled framework: remove `corlib: {reason}`"
            ));
        }
    }
    let app_exe = dir.join("app.exe");
    build(&lib_dll, &app_exe, &tools::corlib_args(f))?;
    let out = mono::mono(&app_exe, &[])?;
    expect::check_no_bless(&f.expectation("out"), &out.transcript())
        .map_err(|e| format!("the cross-language build: {e}"))?;
    if lib_compiler != "mcs" {
        mono::peverify(&lib_dll).map_err(|e| format!("the library: {e}"))?;
    }
    mono::peverify(&app_exe).map_err(|e| format!("the application: {e}"))?;
    if lib_compiler != "mcs" {
        tools::verify_clean(f, &lib_dll)?;
    }
    tools::verify_clean(f, &app_exe)?;
    tools::clr_lite_check(f, &app_exe)
}

/// Compiles one source with mcs, csc-lite or vbc-lite (by extension).
fn compile(src: &Path, out: &Path, extra: &[String], compiler: &str) -> Result<(), String> {
    if compiler == "mcs" {
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        return mono::mcs(src, out, &extra);
    }
    let mut args = vec![format!("-out:{}", out.display())];
    args.extend(extra.iter().cloned());
    args.push(src.display().to_string());
    let is_vb = src.extension().is_some_and(|e| e == "vb");
    let mut diagnostics = Vec::new();
    let code = if is_vb {
        minivb::driver::run_to(&args, &mut diagnostics, &tools::FRAMEWORK)
    } else {
        minics::driver::run_to(&args, &mut diagnostics, &tools::FRAMEWORK)
    };
    if code != 0 {
        let which = if is_vb { "vbc-lite" } else { "csc-lite" };
        return Err(format!(
            "{which} exits {code} on {}:\n{}",
            src.display(),
            String::from_utf8_lossy(&diagnostics)
        ));
    }
    Ok(())
}
