//! Expectation files: compare actual output with the file beside the input, create it when
//! missing, rewrite it under `UPDATE_EXPECT=1`, and show a unified diff otherwise.

use std::path::Path;

/// True when the run blesses expectations.
pub fn blessing() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v != "0")
}

/// Holds `actual` to the expectation at `path`.
pub fn check(path: &Path, actual: &str) -> Result<(), String> {
    let expected = std::fs::read_to_string(path).ok();
    match expected {
        Some(e) if e == actual => Ok(()),
        Some(_) | None if blessing() => write(path, actual),
        None => write(path, actual),
        Some(e) => Err(format!(
            "{} differs (set UPDATE_EXPECT=1 to bless):\n{}",
            path.display(),
            diff(&e, actual)
        )),
    }
}

fn write(path: &Path, actual: &str) -> Result<(), String> {
    std::fs::write(path, actual).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A unified diff, expected first.
pub fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("expected", "actual")
        .to_string()
}

/// Like [`check`], but never writes: for outputs held to an expectation another tool
/// produced (csc-lite's build against Mono's answer for mcs's).
pub fn check_no_bless(path: &Path, actual: &str) -> Result<(), String> {
    let expected = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if expected == actual {
        return Ok(());
    }
    Err(format!(
        "{} differs:\n{}",
        path.display(),
        diff(&expected, actual)
    ))
}
