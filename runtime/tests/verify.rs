//! The IL verifier against real compiler output: every program of the minics run
//! corpus (`tests/data/minics/run`), the oracle corpus (`tests/data/runtime`), this
//! crate's own programs and the benchmarks, compiled by `mcs` against Mono's mscorlib,
//! must verify clean (against that mscorlib, as `clr-lite verify` sees it). A false
//! positive here is a verifier bug. The IL fixtures under `tests/data/il/verify` (the
//! testsuite's `verify` kind) hold the rejections.
//!
//! Enforcement: a program whose one method is unverifiable runs on clr-lite until it
//! calls that method, which raises `System.Security.VerificationException`; under a
//! policy that lets the assembly skip verification it runs to the end, as on Mono.

use std::path::{Path, PathBuf};
use std::process::Command;

const MONO_CORLIB: &str = "/usr/lib/mono/4.5/mscorlib.dll";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sources(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    v.sort();
    v
}

/// The `// args:` header of a corpus program (`-unsafe`, …).
fn header_args(src: &Path) -> Vec<String> {
    header(src, "args")
        .map(|a| a.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// A `// key: value` header of a corpus program.
fn header(src: &Path, key: &str) -> Option<String> {
    let text = std::fs::read_to_string(src).unwrap_or_default();
    let prefix = format!("// {key}:");
    text.lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix(&prefix).map(|v| v.trim().to_owned()))
}

/// Compiles `src` with mcs; the verifier's complaints, one line each.
fn verify_one(src: &Path, dir: &Path) -> Vec<String> {
    let name = src.file_stem().unwrap().to_string_lossy().into_owned();
    let exe = dir.join(format!("{name}.exe"));
    let o = Command::new("mcs")
        .arg("-nologo")
        .arg(format!("-out:{}", exe.display()))
        .args(header_args(src))
        .arg(src)
        .output()
        .unwrap_or_else(|e| panic!("mcs: {e} (scripts/test installs Mono)"));
    assert!(
        o.status.success(),
        "{}: mcs failed:\n{}",
        src.display(),
        String::from_utf8_lossy(&o.stdout)
    );
    // Mono's framework directory serves the System and System.Core references.
    let framework = [PathBuf::from("/usr/lib/mono/4.5")];
    let reports = runtime::verify::verify_file(&exe, Some(Path::new(MONO_CORLIB)), &framework)
        .unwrap_or_else(|e| panic!("{}: {e}", exe.display()));
    assert!(!reports.is_empty(), "{name}: no method was verified");
    reports
        .iter()
        .flat_map(|r| {
            let name = &name;
            r.errors
                .iter()
                .map(move |e| format!("{name}: {}: {e}", r.name))
        })
        .collect()
}

fn check_dir(dir: &str) {
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("verify")
        .join(dir.replace('/', "_"));
    std::fs::create_dir_all(&work).unwrap();
    let mut errors = Vec::new();
    let srcs = sources(dir);
    assert!(!srcs.is_empty(), "{dir} has no programs");
    for src in &srcs {
        // C# newer than mcs: its `// mcs-twin:` (in the same directory) is verified.
        if header(src, "mcs-twin").is_some() {
            continue;
        }
        let found = verify_one(src, &work);
        // Unverifiable on purpose (`// verify: REASON`, unsafe code): must be rejected.
        match header(src, "verify") {
            Some(_) if found.is_empty() => errors.push(format!(
                "{}: now verifies: remove its `// verify:` header",
                src.display()
            )),
            Some(_) => {}
            None => errors.extend(found),
        }
    }
    assert!(
        errors.is_empty(),
        "{} false positives in {dir}:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn minics_run_corpus_verifies() {
    check_dir("tests/data/minics/run");
}

#[test]
fn oracle_corpus_verifies() {
    check_dir("tests/data/runtime");
}

#[test]
fn runtime_programs_and_benchmarks_verify() {
    check_dir("runtime/tests/data");
    check_dir("examples/bench");
}

const UNSAFE_PROGRAM: &str = r#"
using System;
unsafe class Program {
    static int Peek(int* p) { return *p; }
    static void Touch() { int x = 42; Console.WriteLine(Peek(&x)); }
    static void Main() {
        Console.WriteLine("before");
        Touch();
        Console.WriteLine("after");
    }
}
"#;

#[test]
fn unverifiable_method_throws_when_called_unless_policy_skips() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("verify-enforce");
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("unsafe_app.cs");
    std::fs::write(&src, UNSAFE_PROGRAM).unwrap();
    let exe = dir.join("unsafe_app.exe");
    let o = Command::new("mcs")
        .args(["-nologo", "-unsafe"])
        .arg(format!("-out:{}", exe.display()))
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_clr-lite"))
            .args(extra)
            .arg(&exe)
            .output()
            .unwrap()
    };
    let enforced = run(&[]);
    assert_eq!(String::from_utf8_lossy(&enforced.stdout), "before\n");
    assert_eq!(enforced.status.code(), Some(1));
    let err = String::from_utf8_lossy(&enforced.stderr);
    assert!(
        err.contains("System.Security.VerificationException") && err.contains("Program::Touch"),
        "{err}"
    );
    for grant in [
        &["--skip-verification"][..],
        &["--skip-verification=unsafe_app"],
    ] {
        let skipped = run(grant);
        assert_eq!(
            String::from_utf8_lossy(&skipped.stdout),
            "before\n42\nafter\n",
            "{grant:?}"
        );
        assert_eq!(skipped.status.code(), Some(0));
    }
    let policy = dir.join("policy.txt");
    std::fs::write(
        &policy,
        "# trusted native code\nskip-verification unsafe_app\n",
    )
    .unwrap();
    let by_file = run(&["--policy", policy.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&by_file.stdout),
        "before\n42\nafter\n"
    );
    let other = run(&["--skip-verification=SomethingElse"]);
    assert_eq!(other.status.code(), Some(1));
    // `clr-lite verify` names the method, the kind and the offset, and exits 1.
    let v = Command::new(env!("CARGO_BIN_EXE_clr-lite"))
        .arg("--corlib")
        .arg(MONO_CORLIB)
        .arg("verify")
        .arg(&exe)
        .output()
        .unwrap();
    assert_eq!(v.status.code(), Some(1));
    let out = String::from_utf8_lossy(&v.stdout);
    assert!(
        out.contains("Program::Touch: UnmanagedPointer at IL_"),
        "{out}"
    );
    assert!(
        out.contains("Program::Peek: UnmanagedPointer at IL_0000"),
        "{out}"
    );
    assert!(!out.contains("Program::Main"), "{out}");
}
