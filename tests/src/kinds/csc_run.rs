//! csc-lite against the oracle: every C# `mono-run` fixture (the minics run corpus, the
//! mcs corpus in `data/runtime/`, the benchmarks) is also compiled by csc-lite against
//! the bundled framework (its default), run on Mono and held to the same `name.out`
//! (Mono's answer for the mcs build), and its assembly must pass peverify (unless the
//! fixture says `peverify: unverifiable REASON`: unsafe code, which must fail it). A program
//! that uses what the bundled framework lacks says `// corlib: pending REASON`: it is
//! compiled against Mono's corlib, and held to still failing against the bundled one.
//!
//! The csc-lite build then runs on clr-lite too and must print the same (`// clr-lite:
//! pending REASON` marks what the runtime cannot run yet, held to still failing).
//!
//! A fixture csc-lite cannot compile correctly yet carries `// csc-lite: pending REASON`:
//! then this check passes only while csc-lite still fails on it, and reports "now
//! passes" as soon as it does not, so the header must come off. Nothing is skipped.

use crate::fixture::Fixture;
use crate::{expect, mono, tools};
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
    let mut args: Vec<String> = f
        .header("args")
        .map(|extra| extra.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default();
    args.push(f.path.display().to_string());
    let mut quiet = Vec::new();
    tools::corlib_pending_check(f, dir, |out| {
        let all: Vec<String> = out.iter().chain(&args).cloned().collect();
        minics::driver::run_to(&all, &mut quiet, &tools::FRAMEWORK)
    })?;
    args.splice(0..0, tools::corlib_args(f));
    args.insert(0, format!("-out:{}", exe.display()));
    let code = minics::driver::run(&args, &tools::FRAMEWORK);
    if code != 0 {
        return Err(format!("csc-lite exits {code} on {}", f.name));
    }
    let out = mono::mono(&exe, &[])?;
    expect::check_no_bless(&f.expectation("out"), &out.transcript())
        .map_err(|e| format!("csc-lite's build: {e}"))?;
    tools::peverify_check(f, &exe).map_err(|e| format!("csc-lite's build: {e}"))?;
    tools::verify_clean(f, &exe)?;
    tools::clr_lite_check(f, &exe)
}
