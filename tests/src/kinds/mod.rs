//! The test kinds, one module each, and the registry that maps a header's `test:` value to
//! its runner. Adding a kind is one module plus one line here.

mod cls;
mod cross_run;
mod csc_run;
mod diag;
mod diag_pending;
mod il;
mod mono_run;
mod vb_run;
mod verify;

use crate::fixture::Fixture;

/// Runs one fixture by its kind.
pub fn run(f: &Fixture) -> Result<(), String> {
    if f.kind == "il" || f.kind.starts_with("il ") {
        return il::run(f);
    }
    match f.kind.as_str() {
        "cls" => cls::run(f),
        "cross-run" => cross_run::run(f),
        "diag" => diag::run(f),
        "diag-pending" => diag_pending::run(f),
        "mono-run" => mono_run::run(f),
        "vb-run" => vb_run::run(f),
        "verify" => verify::run(f),
        other => Err(format!(
            "unknown test kind `{other}` (see tests/src/kinds/mod.rs)"
        )),
    }
}
