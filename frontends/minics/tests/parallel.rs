//! Binding and code generation on several threads change nothing: a program with more
//! bodies than the parallel thresholds compiles to the same image and the same
//! diagnostics on one thread and on four, through the cached queries and through the
//! batch pass csc-lite takes (bodies generated right after binding), and after an edit
//! inside one body the threads still re-bind that body alone.

use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::source::{FileId, SourceFile};
use minics::batch::bind_and_generate;
use minics::build::{BuildOptions, build_on, build_program};
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

/// Diagnostics (as text), the image and the PDB, binding and generating on `threads`
/// threads, through the cached queries or (`batch`) as csc-lite does.
fn compile(
    text: &str,
    refs: References,
    threads: usize,
    batch: bool,
) -> (String, Vec<u8>, Vec<u8>) {
    let db = CompilerDb::unlogged();
    let (_, comp) = compilation(&db, text, refs);
    let files = [SourceFile::new(FileId(0), "/src/p.cs", text.to_owned())];
    let options = BuildOptions {
        assembly_name: "p",
        module_name: "p.exe",
        library: false,
        public_key: &[],
        debug: Some((&files, "p.pdb")),
    };
    let (diags, built) = if batch {
        let b = bind_and_generate(&db, comp, true, threads);
        let diags = format!("{:?}", b.diagnostics);
        let built = build_program(&db, comp, b.program, b.pregenerated, &options, threads);
        (diags, built)
    } else {
        let diags = format!("{:?}", diagnostics_on(&db, comp, threads));
        (diags, build_on(&db, comp, &options, threads))
    };
    let built = built.unwrap_or_else(|e| panic!("build failed: {e:?}"));
    (
        diags,
        built.emitted.image,
        built.emitted.pdb.unwrap_or_default(),
    )
}

#[test]
fn one_thread_and_four_give_the_same_image_and_diagnostics() {
    let text = program(400);
    let refs = corlib();
    let cached = compile(&text, refs.clone(), 1, false);
    assert!(
        cached.0.contains("CS0162"),
        "one warning per class: {}",
        cached.0
    );
    assert!(cached.1.len() > 100_000, "{} bytes", cached.1.len());
    assert!(!cached.2.is_empty(), "a PDB");
    for (threads, batch) in [(4, false), (1, true), (4, true)] {
        let other = compile(&text, refs.clone(), threads, batch);
        let how = format!("{threads} threads, batch: {batch}");
        assert_eq!(cached.0, other.0, "diagnostics, {how}");
        assert!(cached.1 == other.1, "the images differ, {how}");
        assert!(cached.2 == other.2, "the PDBs differ, {how}");
    }
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
