//! `cls-check`'s command line: exit 0 when clean, 1 with findings, 2 for unreadable input;
//! one line per finding in text, one JSON object per line with `--format json`.

use std::path::PathBuf;
use std::process::Command;

fn build_library(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cls-check-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join(format!("{name}.cs"));
    std::fs::write(&src, source).unwrap();
    let dll = dir.join(format!("{name}.dll"));
    let out = Command::new("mcs")
        .args([
            "-nologo",
            "-target:library",
            &format!("-out:{}", dll.display()),
            &src.to_string_lossy(),
        ])
        .output()
        .expect("mcs (scripts/test installs Mono)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    dll
}

fn run(args: &[&str]) -> (String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_cls-check"))
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

#[test]
fn exit_codes_and_formats() {
    let dirty = build_library(
        "dirty",
        "using System; [assembly: CLSCompliant(true)] namespace Lib { public class Api { public void Put(uint x) { } } }",
    );
    let clean = build_library(
        "clean",
        "using System; [assembly: CLSCompliant(true)] namespace Lib { public class Api { public void Put(int x) { } } }",
    );
    let (text, code) = run(&[&dirty.to_string_lossy()]);
    assert_eq!(code, Some(1));
    assert_eq!(
        text,
        "warning CS3001 [CLS rule 11]: argument type 'uint' of 'Lib.Api.Put(uint)' is not CLS-compliant\n"
    );
    let (json, code) = run(&[&dirty.to_string_lossy(), "--format", "json"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        json,
        "{\"code\":\"CS3001\",\"rule\":11,\"member\":\"Lib.Api.Put(uint)\",\"message\":\"argument type 'uint' of 'Lib.Api.Put(uint)' is not CLS-compliant\"}\n"
    );
    assert_eq!(run(&[&clean.to_string_lossy()]), (String::new(), Some(0)));
    assert_eq!(run(&["/nonexistent/x.dll"]).1, Some(2));
    assert_eq!(run(&[]).1, Some(2));
    let not_pe = clean.with_extension("cs");
    assert_eq!(run(&[&not_pe.to_string_lossy()]).1, Some(2));
}
