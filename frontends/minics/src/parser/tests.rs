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

/// A file of `n_classes` classes, 20 lines each, using most statement and expression forms.
fn generated_file(n_classes: usize) -> String {
    let mut s = String::from("using System;\nusing System.Collections.Generic;\nnamespace Gen {\n");
    for i in 0..n_classes {
        s.push_str(&format!(
            "class C{i} : Base<int>, IThing {{
    private readonly List<int> items = new List<int> {{ 1, 2, 3 }};
    public int Value {{ get; private set; }} = {i};
    public static int Compute(int a, int b) {{
        int total = 0;
        for (int k = 0; k < a; k++) {{
            total += k * b - (a >> 1) % 7;
            if (total > 1000 && b != 0) total = total / b;
            else if (total < -5) {{ total = -total; }}
        }}
        foreach (var x in new[] {{ a, b }}) total ^= x << 2;
        var s = $\"t={{total,5:X}} a={{a}}\";
        Func<int, int> f = y => y + total;
        object o = (object)total;
        return o is int n ? f(n) : (int)o;
    }}
    public override string ToString() => \"C{i}\" + Value.ToString();
}}
"
        ));
    }
    s.push_str("}\n");
    s
}

#[test]
fn large_generated_file_parses_quickly() {
    let text = generated_file(2_800);
    let lines = text.lines().count();
    let start = std::time::Instant::now();
    let (unit, diags) = parse(frontend_core::source::FileId(0), &text, &Defines::new());
    let elapsed = start.elapsed();
    assert!(diags.is_empty(), "{:?}", diags.first());
    let n_types = match unit.members.first() {
        Some(crate::syntax::NamespaceMember::Namespace(ns)) => ns.members.len(),
        _ => 0,
    };
    assert_eq!(n_types, 2_800);
    println!(
        "parsed {lines} lines ({} KiB) in {elapsed:?}",
        text.len() / 1024
    );
}

#[test]
fn pathological_nesting_is_a_diagnostic_not_a_stack_overflow() {
    let text = format!(
        "class C {{ int M() {{ return {}1{}; {}{} }} }}",
        "(".repeat(5_000),
        ")".repeat(5_000),
        "{".repeat(3_000),
        "}".repeat(3_000)
    );
    let run = move || {
        let (_, diags) = parse(frontend_core::source::FileId(0), &text, &Defines::new());
        diags.iter().map(|d| d.code.to_string()).collect::<Vec<_>>()
    };
    // The default 2 MiB test thread stack is what the compiler's main thread must beat.
    let codes = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(run)
        .expect("thread")
        .join()
        .expect("no stack overflow");
    assert!(codes.contains(&"CS8078".to_owned()), "{codes:?}");
}

#[test]
fn a_chain_past_the_limit_is_a_diagnostic_and_one_within_is_not() {
    // `1 + 1 + …` with `links` additions, and `p.G().G()…` with `links` postfix links.
    let sum = |links: u32| {
        format!(
            "class C {{ int M() {{ return 1{}; }} }}",
            "+1".repeat(links as usize)
        )
    };
    let calls = |links: u32| {
        format!(
            "class C {{ C G() {{ return G{}; }} }}",
            "()".repeat(links as usize)
        )
    };
    let codes = |text: String| {
        // Parsing is iterative; dropping the tree recurses once per link.
        let run = move || {
            let (_, diags) = parse(frontend_core::source::FileId(0), &text, &Defines::new());
            diags.iter().map(|d| d.code.to_string()).collect::<Vec<_>>()
        };
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(run)
            .expect("thread")
            .join()
            .expect("no stack overflow")
    };
    // A loop's last pass finds no operator: `links` links take `links + 1` passes.
    assert_eq!(codes(sum(super::MAX_CHAIN - 1)), Vec::<String>::new());
    assert_eq!(codes(sum(super::MAX_CHAIN)), ["CS8078"]);
    assert_eq!(codes(calls(super::MAX_CHAIN - 1)), Vec::<String>::new());
    assert_eq!(codes(calls(super::MAX_CHAIN + 1)), ["CS8078"]);
}

/// The blocks of a method body, outermost first, as (may yield, may hold local functions).
fn block_flags(body: &str) -> Vec<(bool, bool)> {
    use crate::syntax::{MemberKind, MethodBody, NamespaceMember, Stmt, StmtKind};
    fn walk(stmts: &[Stmt], out: &mut Vec<(bool, bool)>) {
        for s in stmts {
            match &s.kind {
                StmtKind::Block(b) => {
                    out.push((b.may_yield, b.may_have_local_fns));
                    walk(&b.statements, out);
                }
                StmtKind::While { body, .. } => walk(std::slice::from_ref(&**body), out),
                StmtKind::LocalFunction(f) => {
                    if let MethodBody::Block(b) = &f.body {
                        out.push((b.may_yield, b.may_have_local_fns));
                        walk(&b.statements, out);
                    }
                }
                _ => {}
            }
        }
    }
    let text = format!("class C {{ object M() {body} }}");
    let (unit, _) = parse(frontend_core::source::FileId(0), &text, &Defines::new());
    let Some(NamespaceMember::Type(t)) = unit.members.first() else {
        panic!("no type");
    };
    let MemberKind::Method {
        body: MethodBody::Block(b),
        ..
    } = &t.members[0].kind
    else {
        panic!("no method body");
    };
    let mut out = vec![(b.may_yield, b.may_have_local_fns)];
    walk(&b.statements, &mut out);
    out
}

#[test]
fn blocks_record_whether_they_may_hold_yields_and_local_functions() {
    assert_eq!(block_flags("{ { } int x = 1; }"), [(false, false); 2]);
    assert_eq!(
        block_flags("{ { } while (true) { { yield return 1; } } }"),
        [(true, false), (false, false), (true, false), (true, false)]
    );
    assert_eq!(
        block_flags("{ { int F() { { yield break; } } } { } }"),
        [
            (true, true),
            (true, true),
            (true, false),
            (true, false),
            (false, false)
        ]
    );
    // A yield inside a lambda marks the blocks around it too ("may").
    assert_eq!(
        block_flags("{ { System.Func<int> f = () => { yield return 1; }; } }"),
        [(true, false); 2]
    );
    // Static local functions count.
    assert_eq!(
        block_flags("{ static void G() { } }"),
        [(false, true), (false, false)]
    );
}
