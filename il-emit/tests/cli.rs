//! The command lines of `ildasm-lite` and `il-rewrite`: output, exit codes, and clear
//! errors for bad input.

#[path = "../examples/hello_world.rs"]
mod hello_world;

use std::process::Command;

fn run(bin: &str, args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(bin).args(args).output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn ildasm_lite_and_il_rewrite() {
    let dir = std::env::temp_dir().join(format!("il-emit-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join("hello.exe");
    std::fs::write(&exe, hello_world::build()).unwrap();
    let ildasm = env!("CARGO_BIN_EXE_ildasm-lite");
    let (tables, _, code) = run(ildasm, &["--tables", &exe.to_string_lossy()]);
    assert_eq!(code, Some(0));
    assert_eq!(
        tables,
        "Module: 1\nTypeRef: 2\nTypeDef: 2\nMethodDef: 1\nMemberRef: 1\nAssembly: 1\nAssemblyRef: 1\n"
    );
    let (text, _, code) = run(ildasm, &[&exe.to_string_lossy()]);
    assert_eq!(code, Some(0));
    assert!(
        text.contains("IL_0000:  ldstr      \"Hello, World!\""),
        "{text}"
    );
    let junk = dir.join("junk.dll");
    std::fs::write(&junk, b"MZ not really").unwrap();
    let (_, err, code) = run(ildasm, &[&junk.to_string_lossy()]);
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with("error: ") && err.contains("junk.dll"),
        "{err}"
    );
    assert_eq!(run(ildasm, &[]).2, Some(2));

    let rewrite = env!("CARGO_BIN_EXE_il-rewrite");
    let copy = dir.join("copy.exe");
    let (_, err, code) = run(rewrite, &[&exe.to_string_lossy(), &copy.to_string_lossy()]);
    assert_eq!(code, Some(0), "{err}");
    let (copied_tables, _, _) = run(ildasm, &["--tables", &copy.to_string_lossy()]);
    assert_eq!(copied_tables, tables);
    assert_eq!(
        run(rewrite, &[&junk.to_string_lossy(), &copy.to_string_lossy()]).2,
        Some(1)
    );
    assert_eq!(run(rewrite, &[]).2, Some(2));
}
