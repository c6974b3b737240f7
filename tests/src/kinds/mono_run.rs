//! `// test: mono-run`: the oracle corpus. The C# program is compiled by `mcs`, run on
//! Mono, and its stdout and exit code are held to `name.out`, which is therefore always
//! Mono's own answer. Later kinds (our compilers, clr-lite, the il-emit round trip) are
//! held to the same `.out` files. Each mcs-built assembly is also read by our reader,
//! which must agree with dnfile and disassemble every method, and by clr-lite's loader,
//! which must validate it; and it is rewritten through
//! il-emit (`il_emit::rewrite`): the copy must print the same `.out` on Mono, pass
//! peverify when the original does, and disassemble under `monodis` to the same text
//! (but for the content-derived MVID).

use crate::fixture::Fixture;
use crate::{expect, independent, mono, tools};
use std::path::Path;

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let dir = tools::scratch(&f.name)?;
    let exe = dir.join(format!("{}.exe", f.stem()));
    let extra: Vec<&str> = f
        .header("args")
        .map(|a| a.split_whitespace().collect())
        .unwrap_or_default();
    mono::mcs(&f.path, &exe, &extra)?;
    let out = mono::mono(&exe, &[])?;
    expect::check(&f.expectation("out"), &out.transcript())?;
    independent::tables_agree_with_dnfile(&exe)?;
    independent::rows_agree_with_dnfile(&exe)?;
    independent::disassembles_cleanly(&exe)?;
    loads(&exe)?;
    round_trip(f, &exe, &dir)
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
    let (a, b) = (without_mvid(&a), without_mvid(&b));
    if a != b {
        return Err(format!(
            "monodis differs after the round trip:\n{}",
            expect::diff(&a, &b)
        ));
    }
    Ok(())
}

/// monodis prints the module's MVID, which the writer derives from content.
fn without_mvid(text: &str) -> String {
    text.lines()
        .map(|l| l.split(" // GUID = ").next().unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}
