//! `// test: mono-run`: the oracle corpus. The C# program is compiled by `mcs`, run on
//! Mono, and its stdout and exit code are held to `name.out`, which is therefore always
//! Mono's own answer. Later kinds (our compilers, clr-lite, the il-emit round trip) are
//! held to the same `.out` files. Each mcs-built assembly is also read by our reader,
//! which must agree with dnfile and disassemble every method, and by clr-lite's loader,
//! which must validate it; and it is rewritten through
//! il-emit (`il_emit::rewrite`): the copy must print the same `.out` on Mono, pass
//! peverify when the original does, and disassemble under `monodis` to the same text
//! (but for the content-derived MVID).
//!
//! The minics run corpus (`data/minics/run/`, the programs csc-lite is held to) gets a
//! lighter, stricter pass instead: mcs must compile it without warnings (but for codes
//! its `// warnings:` header allows), our minics parser must accept it without an error,
//! the mcs-built assembly must pass peverify and clr-lite's loader, and Mono's output is
//! held to `name.out`. The reader and round-trip checks stay with `data/runtime/`, where
//! they already cover the same IL shapes, so that the corpus stays quick to run (about
//! 30 s for 195 programs on two cores, against 90 s with every check). `CORPUS_FULL=1`
//! gives the corpus the full `data/runtime/` treatment as well.
//!
//! A program in C# newer than mcs knows (static local functions) names its mcs twin
//! (`// mcs-twin: NAME.twin.cs`, beside it, the same program in what mcs accepts): mcs
//! builds the twin, whose output is the oracle, and everything else (the minics parser,
//! csc-lite) takes the program itself.

use crate::fixture::Fixture;
use crate::{expect, independent, mono, tools};
use frontend_core::diag::render::{SourceMap, render_plain};
use std::collections::BTreeSet;
use std::path::Path;

/// Where the minics run corpus lives, relative to `tests/data`.
const CORPUS: &str = "minics/run/";

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let dir = tools::scratch(&f.name)?;
    let exe = dir.join(format!("{}.exe", f.stem()));
    let extra: Vec<&str> = f
        .header("args")
        .map(|a| a.split_whitespace().collect())
        .unwrap_or_default();
    let oracle = match f.header("mcs-twin") {
        Some(twin) => f.path.with_file_name(twin.trim()),
        None => f.path.clone(),
    };
    if f.name.starts_with(CORPUS) {
        corpus(f, &oracle, &exe, &extra)?;
        super::csc_run::run(f, &dir)?;
        if std::env::var_os("CORPUS_FULL").is_none() {
            return Ok(());
        }
    } else {
        mono::mcs(&oracle, &exe, &extra)?;
        // The oracle first: a new fixture's `.out` is written (blessed) before csc-lite's
        // build is held to it.
        let out = mono::mono(&exe, &[])?;
        expect::check(&f.expectation("out"), &out.transcript())?;
        super::csc_run::run(f, &dir)?;
    }
    if f.name.starts_with(CORPUS) {
        let out = mono::mono(&exe, &[])?;
        expect::check(&f.expectation("out"), &out.transcript())?;
    }
    independent::tables_agree_with_dnfile(&exe)?;
    independent::rows_agree_with_dnfile(&exe)?;
    independent::disassembles_cleanly(&exe)?;
    loads(&exe)?;
    round_trip(f, &exe, &dir)
}

/// The corpus pass: see the module documentation.
fn corpus(f: &Fixture, oracle: &Path, exe: &Path, extra: &[&str]) -> Result<(), String> {
    let allowed = f.header("warnings").unwrap_or("");
    let warnings: Vec<String> = mono::mcs_warnings(oracle, exe, extra)?
        .into_iter()
        .filter(|w| !allowed.split_whitespace().any(|code| w.contains(code)))
        .collect();
    if !warnings.is_empty() {
        return Err(format!(
            "mcs warns (fix the program, or list the code in a `// warnings:` header):\n{}",
            warnings.join("\n")
        ));
    }
    parses(f)?;
    let out = mono::mono(exe, &[])?;
    expect::check(&f.expectation("out"), &out.transcript())?;
    tools::peverify_check(f, exe)?;
    loads(exe)
}

/// The minics parser accepts the program without an error.
fn parses(f: &Fixture) -> Result<(), String> {
    let text = std::fs::read_to_string(&f.path).map_err(|e| e.to_string())?;
    let mut map = SourceMap::new();
    let file = map.add(f.name.clone(), text.clone());
    let (_, diags) = minics::parser::parse(file, &text, &BTreeSet::new());
    if diags.iter().any(|d| d.is_error()) {
        return Err(format!(
            "the minics parser rejects it:\n{}",
            render_plain(&map, &diags)
        ));
    }
    Ok(())
}

/// clr-lite's loader validates the image completely.
fn loads(exe: &Path) -> Result<(), String> {
    let bytes = std::fs::read(exe).map_err(|e| e.to_string())?;
    runtime::loader::validate_bytes(&bytes)
        .map(|_| ())
        .map_err(|e| format!("clr-lite's loader refuses {}: {e}", exe.display()))
}

fn round_trip(f: &Fixture, exe: &Path, dir: &Path) -> Result<(), String> {
    let bytes = std::fs::read(exe).map_err(|e| format!("cannot read {}: {e}", exe.display()))?;
    let copy = il_emit::rewrite::rewrite(&bytes).map_err(|e| format!("rewrite: {e}"))?;
    let copy_dir = dir.join("rewritten");
    std::fs::create_dir_all(&copy_dir).map_err(|e| e.to_string())?;
    let copy_exe = copy_dir.join(exe.file_name().unwrap_or_default());
    std::fs::write(&copy_exe, copy).map_err(|e| e.to_string())?;
    loads(&copy_exe)?;
    let out = mono::mono(&copy_exe, &[])?;
    expect::check(&f.expectation("out"), &out.transcript())
        .map_err(|e| format!("rewritten copy: {e}"))?;
    if mono::peverify(exe).is_ok() {
        mono::peverify(&copy_exe).map_err(|e| format!("rewritten copy: {e}"))?;
    }
    let (a, b) = (mono::monodis(exe)?, mono::monodis(&copy_exe)?);
    let (a, b) = (layout_free(&a), layout_free(&b));
    if a != b {
        return Err(format!(
            "monodis differs after the round trip:\n{}",
            expect::diff(&a, &b)
        ));
    }
    Ok(())
}

/// monodis's text without what depends on layout rather than content: the module's
/// MVID (the writer derives it from content) and the RVAs that name field data
/// (`D_00004000`: mcs puts initialized data in a section of its own, the writer in
/// `.text`), which become `D_1`, `D_2`... in order of first appearance.
fn layout_free(text: &str) -> String {
    let mut labels: Vec<String> = Vec::new();
    text.lines()
        .map(|l| l.split(" // GUID = ").next().unwrap_or(l))
        .map(|l| {
            let mut out = String::with_capacity(l.len());
            let mut rest = l;
            while let Some(at) = rest.find("D_") {
                let hex = &rest[at + 2..];
                let n = hex.bytes().take_while(u8::is_ascii_hexdigit).count();
                out.push_str(&rest[..at]);
                if n == 8 {
                    let label = &rest[at..at + 10];
                    let i = match labels.iter().position(|x| x == label) {
                        Some(i) => i,
                        None => {
                            labels.push(label.to_owned());
                            labels.len() - 1
                        }
                    };
                    out.push_str(&format!("D_{}", i + 1));
                    rest = &rest[at + 10..];
                } else {
                    out.push_str("D_");
                    rest = &rest[at + 2..];
                }
            }
            out.push_str(rest);
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}
