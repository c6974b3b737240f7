//! Paths the kinds share: the repository root, the data directory, and a scratch
//! directory per fixture.

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// `tests/data`.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A fresh scratch directory for one fixture.
pub fn scratch(name: &str) -> Result<PathBuf, String> {
    let safe: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let dir = std::env::temp_dir()
        .join(format!("testsuite-{}", std::process::id()))
        .join(safe);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// What csc-lite and vbc-lite compile against by default: the bundled framework.
pub const FRAMEWORK: frontend_core::references::Framework = frontend_core::references::Framework {
    assemblies: corlib::ASSEMBLIES,
};

/// Mono's corlib, for fixtures that use what the bundled one lacks.
const MONO_CORLIB: &str = "/usr/lib/mono/4.5/mscorlib.dll";

/// The arguments that choose a fixture's corlib: none (the bundled framework, the
/// compilers' default), or, under `corlib: pending REASON`, Mono's (`-nostdlib -r:`),
/// for a program that uses what the bundled framework lacks.
pub fn corlib_args(f: &crate::fixture::Fixture) -> Vec<String> {
    match f.header("corlib") {
        Some(_) => vec!["-nostdlib".into(), format!("-r:{MONO_CORLIB}")],
        None => Vec::new(),
    }
}

/// A `corlib: pending` fixture must still fail to compile against the bundled
/// framework (`compile` gets the arguments less the output), so the header comes off
/// once the framework has what it needs.
pub fn corlib_pending_check(
    f: &crate::fixture::Fixture,
    dir: &Path,
    mut compile: impl FnMut(&[String]) -> i32,
) -> Result<(), String> {
    let Some(reason) = f.header("corlib") else {
        return Ok(());
    };
    let probe = dir.join("bundled-probe");
    std::fs::create_dir_all(&probe).map_err(|e| e.to_string())?;
    let out = format!("-out:{}", probe.join("probe.out").display());
    match compile(&[out]) {
        0 => Err(format!(
            "it now compiles against the bundled framework: remove `corlib: {reason}`"
        )),
        _ => Ok(()),
    }
}

/// The first argument that makes the data harness act as `clr-lite`.
pub const AS_CLR_LITE: &str = "--as-clr-lite";

/// Runs `exe` on clr-lite: the data harness binary itself, in its `clr-lite` mode.
pub fn clr_lite(exe: &Path, args: &[&str]) -> Result<crate::mono::Output, String> {
    clr_lite_with(&[], exe, args)
}

/// [`clr_lite`] with clr-lite's own options (before the program).
fn clr_lite_with(
    options: &[&str],
    exe: &Path,
    args: &[&str],
) -> Result<crate::mono::Output, String> {
    let me = std::env::current_exe().map_err(|e| format!("the harness binary: {e}"))?;
    let exe = exe.display().to_string();
    let mut all = vec![AS_CLR_LITE];
    all.extend(options);
    all.push(exe.as_str());
    all.extend(args);
    crate::mono::run(
        &me.display().to_string(),
        &all,
        None,
        std::time::Duration::from_secs(120),
    )
}

/// Runs `exe` on clr-lite against the fixture's `.out`, with the options a
/// `clr-lite-options:` header gives (`--skip-verification` for unverifiable code). A
/// fixture with a `clr-lite: pending REASON` header must still fail, so the marker comes
/// off when it passes.
pub fn clr_lite_check(f: &crate::fixture::Fixture, exe: &Path) -> Result<(), String> {
    let options: Vec<&str> = f
        .header("clr-lite-options")
        .map(|o| o.split_whitespace().collect())
        .unwrap_or_default();
    let result = clr_lite_with(&options, exe, &[]).and_then(|ours| {
        crate::expect::check_no_bless(&f.expectation("out"), &ours.transcript())
            .map_err(|e| format!("on clr-lite: {e}\n{}", ours.stderr))
    });
    match (f.header("clr-lite"), result) {
        (None, r) => r,
        (Some(reason), Ok(())) => Err(format!(
            "clr-lite now runs this correctly: remove the `clr-lite: {reason}` header"
        )),
        (Some(_), Err(_)) => Ok(()),
    }
}

/// peverify must accept `exe`, unless the fixture says `peverify: unverifiable REASON`
/// (unsafe code, unverifiable on purpose): then peverify must reject it.
pub fn peverify_check(f: &crate::fixture::Fixture, exe: &Path) -> Result<(), String> {
    match (f.header("peverify"), crate::mono::peverify(exe)) {
        (None, r) => r,
        (Some(reason), Ok(())) => Err(format!(
            "peverify now accepts this: remove the `peverify: {reason}` header"
        )),
        (Some(_), Err(_)) => Ok(()),
    }
}

/// clr-lite's verifier (every method, against Mono's mscorlib as the program was
/// compiled) must accept `exe`: what our compilers emit is verifiable. A fixture the
/// runtime's type system cannot load yet says `verify: pending REASON` and must still
/// be rejected.
pub fn verify_clean(f: &crate::fixture::Fixture, exe: &Path) -> Result<(), String> {
    match (f.header("verify"), verify_all(exe)) {
        (None, r) => r,
        (Some(reason), Ok(())) => Err(format!(
            "clr-lite's verifier now accepts this: remove the `verify: {reason}` header"
        )),
        (Some(_), Err(_)) => Ok(()),
    }
}

fn verify_all(exe: &Path) -> Result<(), String> {
    let corlib = Path::new("/usr/lib/mono/4.5/mscorlib.dll");
    let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let framework = PathBuf::from("/usr/lib/mono/4.5");
    let reports = runtime::verify::verify_file(exe, Some(corlib), &[dir, framework])?;
    // A token the runtime's type system cannot resolve yet (an open generic method, say)
    // says nothing about the IL; everything else is a rejection.
    let errors: Vec<String> = reports
        .iter()
        .flat_map(|r| {
            r.errors
                .iter()
                .filter(|e| e.kind != runtime::verify::ErrorKind::TokenResolve)
                .map(move |e| format!("{}: {e}", r.name))
        })
        .collect();
    match errors.is_empty() {
        true => Ok(()),
        false => Err(format!(
            "clr-lite's verifier rejects {}:\n{}",
            exe.display(),
            errors.join("\n")
        )),
    }
}
