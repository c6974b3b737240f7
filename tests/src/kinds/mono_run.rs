//! `// test: mono-run`: the oracle corpus. The C# program is compiled by `mcs`, run on
//! Mono, and its stdout and exit code are held to `name.out`, which is therefore always
//! Mono's own answer. Later kinds (our compilers, clr-lite, the il-emit round trip) are
//! held to the same `.out` files. Each mcs-built assembly is also read by our reader,
//! which must agree with dnfile and disassemble every method.

use crate::fixture::Fixture;
use crate::{expect, independent, mono, tools};

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
    independent::disassembles_cleanly(&exe).map(|_| ())
}
