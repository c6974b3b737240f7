//! Code invariants as tests (STYLE.md habits 1, 2 and 8): every Rust file opens with a
//! `//!` doc comment, none passes 800 lines, and no placeholder or skipped test is left.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if !(name.starts_with('.')
                || name == "target"
                || name.starts_with("target-")
                || name == "data")
            {
                rust_files(&p, out);
            }
        } else if name.ends_with(".rs") {
            out.push(p);
        }
    }
}

fn files() -> Vec<PathBuf> {
    let root = testsuite::tools::repo_root();
    let mut out = Vec::new();
    rust_files(&root, &mut out);
    out.sort();
    assert!(
        out.len() > 10,
        "tidy found too few files under {}",
        root.display()
    );
    out
}

#[test]
fn every_file_opens_with_a_module_doc() {
    let bad: Vec<_> = files()
        .into_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            !first.starts_with("//!")
        })
        .collect();
    assert!(
        bad.is_empty(),
        "files without a leading `//!` doc comment: {bad:#?}"
    );
}

#[test]
fn no_file_passes_800_lines() {
    let bad: Vec<_> = files()
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let n = text.lines().count();
            (n > 800 && !text.contains("@generated")).then(|| format!("{}: {n} lines", p.display()))
        })
        .collect();
    assert!(bad.is_empty(), "split these by concept: {bad:#?}");
}

#[test]
fn no_placeholders_or_skipped_tests() {
    let banned = [
        concat!("todo", "!("),
        concat!("unimplemented", "!("),
        concat!("#[", "ignore]"),
        concat!("#[", "should_panic"),
    ];
    let bad: Vec<_> = files()
        .into_iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            banned
                .iter()
                .filter(|b| text.contains(*b))
                .map(|b| format!("{}: {b}", p.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}
