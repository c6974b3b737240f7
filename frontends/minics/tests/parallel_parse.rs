//! Lexing and parsing one file on several threads changes nothing: for a program large
//! enough to be cut into pieces and regions, and for the same program damaged in many
//! ways (unbalanced braces, comments and verbatim strings running across lines, junk
//! between types, preprocessor regions), the tree and the diagnostics on two, three and
//! seven threads are those of one thread; and a compilation of several damaged files
//! (parsed on every core by `db::parse_all`) reports the same on one thread and four.

use frontend_core::source::FileId;
use minics::parser::{Defines, parse_on};

/// A program of `n` classes in two namespaces and at the top, with strings, comments
/// and a nested namespace.
fn program(n: usize) -> String {
    let mut s = String::from("using System;\nusing System.Collections.Generic;\nnamespace P {\n");
    for i in 0..n {
        if i == n / 2 {
            s.push_str(
                "  namespace Q.R {\n    class Inner { int x; }\n    class Inner2 { }\n  }\n",
            );
        }
        s.push_str(&format!(
            r#"  [Serializable] public class C{i} : Base {{
    int f{i}; string s{i} = "v{i}\t"; /* a comment */
    public C{i}(int x) : base(x) {{ f{i} = x; }}
    public int Work(int n) {{
      int acc = f{i}; // line comment
      for (int k = 0; k < n; k++) {{ if (k % 3 == 0) acc += k * 2; else acc -= k; }}
      var list = new List<int>();
      foreach (var c in s{i}) list.Add(c);
      switch (acc % 4) {{ case 0: acc++; break; default: acc *= 2; break; }}
      return acc + list.Count + @"x""y".Length + $"{{acc}}".Length;
    }}
  }}
  enum E{i} {{ A, B = 2 }}
  delegate void D{i}(int a);
"#
        ));
    }
    s.push_str("}\nclass Top { }\nclass Top2 { }\n");
    s
}

/// A small deterministic generator (no dependency needed for a test's randomness).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound
    }
}

/// `text` with `count` edits at places chosen by `seed`.
fn damaged(text: &str, seed: u64, count: usize) -> String {
    const EDITS: &[&str] = &[
        "}",
        "{",
        "/*",
        "*/",
        "\"",
        "@\"\n",
        ";",
        "class",
        "junk ",
        "\n#if X\n",
        "\n#endif\n",
        "(",
        "[",
        "$\"{",
        "'",
        "\n#region r\n",
        "namespace",
        "<",
        "0x",
    ];
    let mut s = text.to_owned();
    let mut rng = Lcg(seed);
    for _ in 0..count {
        let mut at = rng.next(s.len());
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        if rng.next(4) == 0 {
            let end = (at + rng.next(40)).min(s.len());
            if s.is_char_boundary(end) {
                s.replace_range(at..end, "");
            }
        } else {
            s.insert_str(at, EDITS[rng.next(EDITS.len())]);
        }
    }
    s
}

fn same_on_every_thread_count(text: &str) {
    let defines = Defines::new();
    let serial = parse_on(FileId(0), text, &defines, 1);
    for threads in [2, 3, 7] {
        let parallel = parse_on(FileId(0), text, &defines, threads);
        assert!(
            parallel.1 == serial.1,
            "diagnostics differ on {threads} threads"
        );
        assert!(parallel.0 == serial.0, "trees differ on {threads} threads");
    }
}

#[test]
fn a_clean_program_parses_the_same_on_any_number_of_threads() {
    let text = program(300);
    same_on_every_thread_count(&text);
    assert!(
        parse_on(FileId(0), &text, &Defines::new(), 1).1.is_empty(),
        "the program is clean"
    );
}

#[test]
fn damaged_programs_parse_the_same_on_any_number_of_threads() {
    let text = program(300);
    for seed in 0..12 {
        same_on_every_thread_count(&damaged(&text, seed, 1 + seed as usize % 5));
    }
}

#[test]
fn a_comment_across_every_cut_changes_nothing() {
    // One block comment and one verbatim string spanning most of the file: every piece
    // but the first starts inside them.
    let text = program(300);
    let third = text.len() / 3;
    let mut cut = third;
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    let commented = format!(
        "{}/*{}*/{}",
        &text[..cut],
        &text[cut..2 * cut],
        &text[2 * cut..]
    );
    same_on_every_thread_count(&commented);
    let unclosed = format!("{}/* never closed {}", &text[..cut], &text[cut..]);
    same_on_every_thread_count(&unclosed);
}

/// The diagnostics of a compilation of several files (no references: every use of
/// `System` is an error too), parsed and bound on `threads` threads.
fn compile_files(texts: &[String], threads: usize) -> String {
    use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
    let db = CompilerDb::unlogged();
    let files = texts
        .iter()
        .enumerate()
        .map(|(i, t)| SourceText::new(&db, format!("f{i}.cs"), t.clone()))
        .collect();
    let comp = Compilation::new(
        &db,
        files,
        References(Vec::new()),
        CompileOptions::default(),
    );
    format!("{:?}", minics::db::diagnostics_on(&db, comp, threads))
}

#[test]
fn several_files_parse_the_same_on_any_number_of_threads() {
    let texts: Vec<String> = (0..5)
        .map(|k| {
            damaged(
                &program(40).replace("class C", &format!("class F{k}C")),
                k,
                2,
            )
        })
        .collect();
    let one = compile_files(&texts, 1);
    assert!(one.contains("CS"), "the files have errors to keep in order");
    for threads in [2, 4] {
        assert!(
            compile_files(&texts, threads) == one,
            "{threads} threads differ"
        );
    }
}
