//! `' test: vb-run`: the minivb run corpus (`data/minivb/run/NAME.vb`). There is no VB
//! compiler on the machine, so the oracle is the program's C# twin `NAME.cs` beside it:
//! mcs compiles the twin, Mono runs it, and its stdout and exit code are held to
//! `NAME.out` (blessed with `UPDATE_EXPECT=1`). vbc-lite then compiles the VB program
//! against the bundled framework (`' corlib: pending REASON`: against Mono's corlib,
//! held to still failing against the bundled one), Mono runs it and must print the same `NAME.out`, and peverify must accept our
//! assembly.
//!
//! The same build then runs on clr-lite and must print the same (`' clr-lite: pending
//! REASON` marks a program the runtime cannot run yet, held to still failing).
//!
//! A program vbc-lite cannot compile correctly yet carries `' vbc-lite: pending
//! REASON`: the check then passes only while vbc-lite still fails on it, and says so as
//! soon as it does not, so the header must come off.

use crate::fixture::Fixture;
use crate::{expect, mono, tools};

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let dir = tools::scratch(&f.name)?;
    let twin = f.path.with_extension("cs");
    if !twin.exists() {
        return Err(format!("{} has no C# twin {}", f.name, twin.display()));
    }
    let twin_exe = dir.join(format!("{}-twin.exe", f.stem()));
    mono::mcs(&twin, &twin_exe, &[])?;
    let out = mono::mono(&twin_exe, &[])?;
    expect::check(&f.expectation("out"), &out.transcript())
        .map_err(|e| format!("the C# twin: {e}"))?;
    let result = compile_and_run(f, &dir);
    match (f.header("vbc-lite"), result) {
        (None, r) => r,
        (Some(reason), Ok(())) => Err(format!(
            "vbc-lite now compiles this correctly: remove `' vbc-lite: {reason}`"
        )),
        (Some(_), Err(_)) => Ok(()),
    }
}

fn compile_and_run(f: &Fixture, dir: &std::path::Path) -> Result<(), String> {
    let exe = dir.join(format!("{}.exe", f.stem()));
    let mut args: Vec<String> = f
        .header("args")
        .map(|extra| extra.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default();
    args.push(f.path.display().to_string());
    let mut quiet = Vec::new();
    tools::corlib_pending_check(f, dir, |out| {
        let all: Vec<String> = out.iter().chain(&args).cloned().collect();
        minivb::driver::run_to(&all, &mut quiet, &tools::FRAMEWORK)
    })?;
    args.splice(0..0, tools::corlib_args(f));
    args.insert(0, format!("-out:{}", exe.display()));
    let code = minivb::driver::run(&args, &tools::FRAMEWORK);
    if code != 0 {
        return Err(format!("vbc-lite exits {code} on {}", f.name));
    }
    let out = mono::mono(&exe, &[])?;
    expect::check_no_bless(&f.expectation("out"), &out.transcript())
        .map_err(|e| format!("vbc-lite's build: {e}"))?;
    mono::peverify(&exe).map_err(|e| format!("vbc-lite's build: {e}"))?;
    tools::verify_clean(f, &exe)?;
    tools::clr_lite_check(f, &exe)
}
