//! `// test: diag-pending`: a known gap in the front end's diagnostics, kept as data. The
//! fixture lives in a `pending/` folder beside the `diag` ones, its `//~` annotations and
//! its hand-written `name.diag` state what Roslyn reports, and the gap is described in
//! that folder's `KNOWN_GAPS.md`. It runs exactly as `diag` does but passes only while
//! the output still differs from the expectation; once the front end gets it right the
//! fixture fails, asking to be moved back to `diag/`, so nothing is silently skipped.
//! The expectation is never written by the harness, not even under `UPDATE_EXPECT=1`.

use super::diag;
use crate::fixture::Fixture;

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let path = f.expectation("diag");
    let expected = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: {e} (a pending fixture's expectation is written by hand, as Roslyn reports it)",
            path.display()
        )
    })?;
    let out = diag::check(f)?;
    if out.disagreement.is_none() && out.rendered == expected {
        return Err(format!(
            "now passes: move it back to diag/ (header `// test: diag`) and drop its entry from KNOWN_GAPS.md\n{}",
            out.rendered
        ));
    }
    Ok(())
}
