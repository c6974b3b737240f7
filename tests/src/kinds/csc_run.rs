//! csc-lite against the oracle: every C# `mono-run` fixture (the minics run corpus, the
//! mcs corpus in `data/runtime/`, the benchmarks) is also compiled by csc-lite, run on
//! Mono and held to the same `name.out` (Mono's answer for the mcs build), and its
//! assembly must pass peverify.
//!
//! The csc-lite build then runs on clr-lite too and must print the same (`// clr-lite:
//! pending REASON` marks what the runtime cannot run yet, held to still failing).
//!
//! A fixture csc-lite cannot compile correctly yet carries `// csc-lite: pending REASON`:
//! then this check passes only while csc-lite still fails on it, and reports "now
//! passes" as soon as it does not, so the header must come off. Nothing is skipped.

use crate::fixture::Fixture;
use crate::{expect, mono};
use std::path::Path;

pub(super) fn run(f: &Fixture, dir: &Path) -> Result<(), String> {
    let result = compile_and_run(f, dir);
    match (f.header("csc-lite"), result) {
        (None, r) => r,
        (Some(reason), Ok(())) => Err(format!(
            "csc-lite now compiles this correctly: remove `// csc-lite: {reason}`"
        )),
        (Some(_), Err(_)) => Ok(()),
    }
}

fn compile_and_run(f: &Fixture, dir: &Path) -> Result<(), String> {
    let out_dir = dir.join("csc-lite");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let exe = out_dir.join(format!("{}.exe", f.stem()));
    let mut args = vec![format!("-out:{}", exe.display())];
    if let Some(extra) = f.header("args") {
        args.extend(extra.split_whitespace().map(str::to_owned));
    }
    args.push(f.path.display().to_string());
    let code = minics::driver::run(&args);
    if code != 0 {
        return Err(format!("csc-lite exits {code} on {}", f.name));
    }
    let out = mono::mono(&exe, &[])?;
    expect::check_no_bless(&f.expectation("out"), &out.transcript())
        .map_err(|e| format!("csc-lite's build: {e}"))?;
    mono::peverify(&exe).map_err(|e| format!("csc-lite's build: {e}"))?;
    crate::tools::verify_clean(f, &exe)?;
    crate::tools::clr_lite_check(f, &exe)
}
