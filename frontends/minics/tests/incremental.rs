//! Incrementality you can see: after an edit inside one method body, salsa re-runs
//! `bound_body` for that body only; the others come from the cache, and their
//! diagnostics still land at their new positions. An edit to a signature re-binds
//! every body. Read from the database's log of executed queries.

use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use minics::db::diagnostics;
use salsa::Setter;

const PROGRAM: &str = r#"
using System;
class Program {
    static int Helper(int x) {
        return x + 1;
    }
    static int Other(int y) {
        return y * 2;
    }
    static void Main() {
        Console.WriteLine(Helper(1) + Other(2));
        return;
        Console.WriteLine("unreachable");
    }
}
"#;

fn corlib() -> References {
    let mut errors = Vec::new();
    let framework = frontend_core::references::Framework::default();
    let refs = minics::driver::load_references(false, &[], &[], &framework, &mut errors);
    assert!(
        errors.is_empty(),
        "Mono's mscorlib.dll (scripts/test installs Mono): {errors:?}"
    );
    References(refs)
}

/// How many times each of the given queries ran in `log`.
fn runs(log: &[String], query: &str) -> usize {
    log.iter()
        .filter(|l| l.starts_with(&format!("{query}(")))
        .count()
}

/// The CS0162 warning's start, as `(line, column)`, 1-based.
fn unreachable_at(db: &CompilerDb, comp: Compilation, text: &str) -> (usize, usize) {
    let diags = diagnostics(db, comp);
    let d = diags
        .iter()
        .find(|d| d.code.to_string() == "CS0162")
        .unwrap_or_else(|| panic!("no CS0162 in {diags:?}"));
    let before = &text[..d.primary.range.start as usize];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, col)
}

#[test]
fn editing_one_body_rebinds_only_that_body() {
    let mut db = CompilerDb::default();
    let file = SourceText::new(&db, "p.cs".into(), PROGRAM.to_owned());
    let options = CompileOptions {
        needs_entry_point: true,
        ..CompileOptions::default()
    };
    let comp = Compilation::new(&db, vec![file], corlib(), options);
    db.enable_log();

    // First build: every body is bound once.
    assert_eq!(unreachable_at(&db, comp, PROGRAM), (13, 9));
    let log = db.take_log();
    // Helper, Other, Main and the synthesized constructor.
    assert_eq!(runs(&log, "bound_body"), 4, "{log:#?}");

    // A longer `Helper` body moves everything after it.
    let edited = PROGRAM.replace("return x + 1;", "int z = x * 3;\n        return z + 1;");
    file.set_text(&mut db).to(edited.clone());
    assert_eq!(unreachable_at(&db, comp, &edited), (14, 9));
    let log = db.take_log();
    assert_eq!(runs(&log, "parse_file"), 1, "{log:#?}");
    assert_eq!(runs(&log, "declarations"), 1, "{log:#?}");
    assert_eq!(
        runs(&log, "bound_body"),
        1,
        "only Helper is bound again: {log:#?}"
    );

    // Nothing changed: nothing runs.
    assert_eq!(unreachable_at(&db, comp, &edited), (14, 9));
    assert!(db.take_log().is_empty());

    // A signature change re-binds every body.
    let resigned = edited.replace("static int Other(int y)", "static int Other(long y)");
    file.set_text(&mut db).to(resigned.clone());
    let diags = diagnostics(&db, comp);
    let log = db.take_log();
    assert_eq!(runs(&log, "bound_body"), 4, "{log:#?}");
    // `y * 2` is now a long: returning it as int is an error.
    assert!(
        diags.iter().any(|d| d.code.to_string() == "CS0266"),
        "{diags:?}"
    );
}

const MEMBERS: &str = r#"
using System;
class Program {
    int f = 2;
    int P { get { return f; } set { f = value; } }
    int Q => f * 2;
    Program() { f = 4; }
    static int Helper(int x) {
        return x + 1;
    }
    static void Main() {
        var p = new Program();
        p.P = Helper(5);
        Console.WriteLine(p.P + p.Q);
        return;
        Console.WriteLine("unreachable");
    }
}
"#;

#[test]
fn moved_accessors_and_constructors_are_not_bound_again() {
    let mut db = CompilerDb::default();
    let file = SourceText::new(&db, "m.cs".into(), MEMBERS.to_owned());
    let options = CompileOptions {
        needs_entry_point: true,
        ..CompileOptions::default()
    };
    let comp = Compilation::new(&db, vec![file], corlib(), options);
    db.enable_log();
    assert_eq!(unreachable_at(&db, comp, MEMBERS), (16, 9));
    let log = db.take_log();
    // get_P, set_P, get_Q, the constructor (with the field initializer), Helper, Main.
    assert_eq!(runs(&log, "bound_body"), 6, "{log:#?}");

    // Everything moves down a line: nothing is bound again, and the warning moves.
    let moved = format!("// a new first line\n{MEMBERS}");
    file.set_text(&mut db).to(moved.clone());
    assert_eq!(unreachable_at(&db, comp, &moved), (17, 9));
    let log = db.take_log();
    assert_eq!(runs(&log, "declarations"), 1, "{log:#?}");
    assert_eq!(runs(&log, "bound_body"), 0, "{log:#?}");

    // An edit inside `Helper` binds `Helper` alone.
    let helper = moved.replace("return x + 1;", "return x + 100;");
    file.set_text(&mut db).to(helper.clone());
    assert_eq!(unreachable_at(&db, comp, &helper), (17, 9));
    let log = db.take_log();
    assert_eq!(runs(&log, "bound_body"), 1, "{log:#?}");

    // An edit inside the getter binds the getter, the setter (an accessor's input
    // starts at the property's name, so the setter's covers the getter's text) and
    // the constructor (its input spans from the field initializer to its own end);
    // `get_Q`, `Helper` and `Main` only move.
    let getter = helper.replace("get { return f; }", "get { return f + 1; }");
    file.set_text(&mut db).to(getter.clone());
    assert_eq!(unreachable_at(&db, comp, &getter), (17, 9));
    let log = db.take_log();
    assert_eq!(runs(&log, "bound_body"), 3, "{log:#?}");
}

#[test]
fn member_lookups_follow_the_new_declarations() {
    let mut db = CompilerDb::default();
    let file = SourceText::new(&db, "p.cs".into(), PROGRAM.to_owned());
    let options = CompileOptions {
        needs_entry_point: true,
        ..CompileOptions::default()
    };
    let comp = Compilation::new(&db, vec![file], corlib(), options);
    assert_eq!(unreachable_at(&db, comp, PROGRAM), (13, 9));
    // A method before `Other` moves `Other` to another slot: `Main`'s call must find it
    // there, not where the last world (and the binder's member memo) had it.
    let inserted = PROGRAM.replace(
        "    static int Other(int y) {",
        "    static int Inserted(string s) {\n        return 0;\n    }\n    static int Other(int y) {",
    );
    file.set_text(&mut db).to(inserted.clone());
    let diags = diagnostics(&db, comp);
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == frontend_core::diag::Severity::Error)
        .map(|d| d.message.clone())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(unreachable_at(&db, comp, &inserted), (16, 9));
}
