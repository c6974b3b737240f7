//! `// test: diag` (`' test: diag` in VB): compiler diagnostics as data. The rendered
//! diagnostics (codespan's plain text, the file named `$DIR/name.cs`) are held to
//! `name.diag`, and annotations in the source keep a blessed file from hiding a wrong
//! span, rustc-style: a line ending in `//~ CS1002` (`'~ BC30037` in VB; several codes
//! separated by spaces) must get exactly those diagnostics starting on it, and every error
//! must be annotated.

use crate::expect;
use crate::fixture::Fixture;
use frontend_core::diag::render::{SourceMap, render_plain};
use std::collections::BTreeSet;

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let out = check(f)?;
    if let Some(e) = out.disagreement {
        return Err(e);
    }
    expect::check(&f.expectation("diag"), &out.rendered)
}

/// What one run of the front end over a fixture gives.
pub(super) struct Outcome {
    /// Why the `//~` annotations and the diagnostics disagree, if they do.
    pub disagreement: Option<String>,
    /// The diagnostics as `name.diag` holds them.
    pub rendered: String,
}

/// Runs the front end over a fixture and holds its diagnostics to the annotations.
pub(super) fn check(f: &Fixture) -> Result<Outcome, String> {
    let text = std::fs::read_to_string(&f.path).map_err(|e| e.to_string())?;
    let is_vb = f.path.extension().is_some_and(|e| e == "vb");
    let ext = if is_vb { "vb" } else { "cs" };
    let define = f.header("define").unwrap_or("");
    let mut map = SourceMap::new();
    let file = map.add(format!("$DIR/{}.{ext}", f.stem()), text.clone());
    let diags = if is_vb {
        minivb::check::diagnose(file, &text, &[define.to_owned()])
    } else {
        let defines: BTreeSet<String> = define
            .split([';', ','])
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        minics::check::diagnose(file, &text, &defines)
    };
    let source = map.get(file).ok_or("source map lost the file")?;

    // Annotations: (line, code) pairs, and the diagnostics' own.
    let mut expected: Vec<(u32, String)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let marker = if is_vb { "'~" } else { "//~" };
        if let Some((_, codes)) = line.split_once(marker) {
            expected.extend(
                codes
                    .split_whitespace()
                    .map(|c| (i as u32 + 1, c.to_owned())),
            );
        }
    }
    let mut actual: Vec<(u32, String)> = diags
        .iter()
        .filter(|d| d.is_error() || expected.iter().any(|(_, c)| *c == d.code.to_string()))
        .map(|d| (source.line_col(d.primary.range.start).0, d.code.to_string()))
        .collect();
    expected.sort();
    actual.sort();
    let rendered = render_plain(&map, &diags);
    let disagreement = (expected != actual).then(|| {
        format!(
            "annotations and diagnostics disagree:\n  annotated: {expected:?}\n  reported:  {actual:?}\n{rendered}"
        )
    });
    Ok(Outcome {
        disagreement,
        rendered,
    })
}
