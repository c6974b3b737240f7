//! Binding and code generation on several threads change nothing: a program with more
//! bodies than the parallel thresholds compiles to the same image and the same
//! diagnostics on one thread and on four, and after an edit inside one body the
//! threads still re-bind that body alone.

use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use minics::build::{BuildOptions, build_on};
use minics::db::diagnostics_on;
use salsa::Setter;

/// A program of `n` classes whose bodies exercise tokens of every kind (user strings,
/// member and type references, generic instantiations, arrays, catch clauses,
/// lambdas), and one warning per class so diagnostics have an order to keep.
fn program(n: usize) -> String {
    let mut s = String::from(
        "using System;\nusing System.Collections.Generic;\nnamespace P {\n  static class Main0 { static void Main() { Console.WriteLine(new C0(1).Work(3)); } }\n",
    );
    for i in 0..n {
        s.push_str(&format!(
            r#"  class C{i} {{
    int f{i}; string s{i} = "v{i}"; int[,] grid = new int[2, 2];
    public C{i}(int x) {{ f{i} = x; }}
    public int Work(int n) {{
      if (n < 0) {{ return 0; Console.WriteLine("u{i}"); }}
      var list = new List<string>();
      foreach (var c in s{i}) list.Add(c.ToString() + "{i}");
      Func<int, int> twice = v => v * 2 + f{i};
      try {{ grid[1, 1] = n; }} catch (IndexOutOfRangeException e) {{ Console.WriteLine(e.Message); }}
      var d = new Dictionary<int, string>();
      d[n] = "w{i}";
      return twice(list.Count) + grid[1, 1] + d.Count;
    }}
  }}
"#
        ));
    }
    s.push_str("}\n");
    s
}

fn corlib() -> References {
    let mut errors = Vec::new();
    let framework = frontend_core::references::Framework::default();
    let refs = minics::driver::load_references(false, &[], &[], &framework, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    References(refs)
}

fn compilation(db: &CompilerDb, text: &str, refs: References) -> (SourceText, Compilation) {
    let file = SourceText::new(db, "p.cs".into(), text.to_owned());
    let options = CompileOptions {
        needs_entry_point: true,
        ..CompileOptions::default()
    };
    (file, Compilation::new(db, vec![file], refs, options))
}

/// Diagnostics (as text) and the image, binding and generating on `threads` threads.
fn compile(text: &str, refs: References, threads: usize) -> (String, Vec<u8>) {
    let db = CompilerDb::unlogged();
    let (_, comp) = compilation(&db, text, refs);
    let diags = format!("{:?}", diagnostics_on(&db, comp, threads));
    let options = BuildOptions {
        assembly_name: "p",
        module_name: "p.exe",
        library: false,
        public_key: &[],
        debug: None,
    };
    let built =
        build_on(&db, comp, &options, threads).unwrap_or_else(|e| panic!("build failed: {e:?}"));
    (diags, built.emitted.image)
}

#[test]
fn one_thread_and_four_give_the_same_image_and_diagnostics() {
    let text = program(400);
    let refs = corlib();
    let (diags1, image1) = compile(&text, refs.clone(), 1);
    let (diags4, image4) = compile(&text, refs, 4);
    assert!(diags1.contains("CS0162"), "one warning per class: {diags1}");
    assert_eq!(diags1, diags4);
    assert!(image1.len() > 100_000, "{} bytes", image1.len());
    assert!(image1 == image4, "the images differ");
}

#[test]
fn threads_rebind_only_the_edited_body() {
    let text = program(300);
    let mut db = CompilerDb::default();
    let (file, comp) = compilation(&db, &text, corlib());
    db.enable_log();
    let before = diagnostics_on(&db, comp, 4);
    let bound = |log: &[String]| log.iter().filter(|l| l.starts_with("bound_body(")).count();
    // Main, each class's constructor, Work and its lambda's body.
    assert!(bound(&db.take_log()) >= 601);

    let edited = text.replace("d[n] = \"w7\";", "d[n + 1] = \"w7\";");
    assert_ne!(edited, text);
    file.set_text(&mut db).to(edited);
    let after = diagnostics_on(&db, comp, 4);
    assert_eq!(bound(&db.take_log()), 1);
    // The same warnings, those after the edit four characters later.
    assert_eq!(before.len(), after.len());
    let starts = |d: &[frontend_core::diag::Diagnostic]| -> Vec<u32> {
        d.iter().map(|d| d.primary.range.start).collect()
    };
    let edit_at = text.find("d[n] = \"w7\";").unwrap_or(0) as u32;
    let shifted: Vec<u32> = starts(&before)
        .into_iter()
        .map(|s| if s > edit_at { s + 4 } else { s })
        .collect();
    assert_eq!(shifted, starts(&after));
}
