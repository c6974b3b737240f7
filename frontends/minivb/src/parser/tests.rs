//! The parser corpus: every `test_data/parse/ok/*.vb` must parse without diagnostics and
//! every `test_data/parse/err/*.vb` with at least one; each file's tree dump and rendered
//! diagnostics are checked against the `.rast` beside it (`UPDATE_EXPECT=1` blesses, a
//! missing `.rast` is created). Also a timing check over a large generated file and a
//! nesting bound.

use super::parse;
use crate::preprocess::Constants;
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
        .filter(|p| p.extension().is_some_and(|x| x == "vb"))
        .collect();
    files.sort();
    files
}

/// Parses one corpus file, checks its dump; returns whether it had diagnostics.
fn check_file(path: &Path) -> bool {
    let text = fs::read_to_string(path).expect("readable test file");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    let mut map = SourceMap::new();
    let file = map.add(format!("$DIR/{name}"), text.as_str());
    let (unit, diags) = parse(file, &text, &Constants::new());
    let mut out = dump(&unit);
    if !diags.is_empty() {
        out.push('\n');
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
    assert!(files.len() >= 50, "only {} ok cases", files.len());
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

/// A file of `n_classes` classes, 25 lines each, using most statement and expression forms.
fn generated_file(n_classes: usize) -> String {
    let mut s = String::from(
        "Option Strict On\nImports System\nImports System.Collections.Generic\nNamespace Gen\n",
    );
    for i in 0..n_classes {
        s.push_str(&format!(
            "Public Class C{i}
    Inherits Base(Of Integer)
    Implements IThing
    Private ReadOnly items As New List(Of Integer) From {{1, 2, 3}}
    Public Property Value As Integer = {i}
    Public Shared Function Compute(ByVal a As Integer, ByVal b As Integer) As Integer
        Dim total As Integer = 0
        For k As Integer = 0 To a - 1 Step 1
            total += k * b - (a >> 1) Mod 7
            If total > 1000 AndAlso b <> 0 Then total = total \\ b
            Console.WriteLine(total)
        Next
        For Each x In New Integer() {{a, b}}
            total = total Xor (x << 2)
        Next
        Dim s = $\"t={{total,5:X}} a={{a}}\"
        Dim f As Func(Of Integer, Integer) = Function(y) y + total
        Dim o As Object = CObj(total)
        Select Case total
            Case 1, 2 : Return 0
            Case 3 To 5, Is > 100
                Return If(TypeOf o Is Integer, f(CInt(o)), DirectCast(o, Integer))
        End Select
        Return -total ^ 2
    End Function
End Class
"
        ));
    }
    s.push_str("End Namespace\n");
    s
}

#[test]
fn large_generated_file_parses_quickly() {
    let text = generated_file(2_000);
    let lines = text.lines().count();
    let start = std::time::Instant::now();
    let (unit, diags) = parse(frontend_core::source::FileId(0), &text, &Constants::new());
    let elapsed = start.elapsed();
    assert!(diags.is_empty(), "{:?}", diags.first());
    let n_types = match unit.members.first() {
        Some(crate::syntax::NamespaceMember::Namespace(ns)) => ns.members.len(),
        _ => 0,
    };
    assert_eq!(n_types, 2_000);
    println!(
        "parsed {lines} lines ({} KiB) in {elapsed:?}",
        text.len() / 1024
    );
}

#[test]
fn pathological_nesting_is_a_diagnostic_not_a_stack_overflow() {
    let text = format!(
        "Module M\nSub S()\nx = {}1{}\n{}{}End Sub\nEnd Module\n",
        "(".repeat(5_000),
        ")".repeat(5_000),
        "If a Then\n".repeat(3_000),
        "End If\n".repeat(3_000)
    );
    let run = move || {
        let (_, diags) = parse(frontend_core::source::FileId(0), &text, &Constants::new());
        diags.iter().map(|d| d.code.to_string()).collect::<Vec<_>>()
    };
    // The default 2 MiB test thread stack is what the compiler's main thread must beat.
    let codes = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(run)
        .expect("thread")
        .join()
        .expect("no stack overflow");
    assert!(codes.contains(&"BC37241".to_owned()), "{codes:?}");
}
