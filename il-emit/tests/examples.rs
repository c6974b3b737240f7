//! The examples' assemblies, held to Mono: they run with the expected output, pass
//! `peverify` and `monodis`, and two builds are byte-identical.

#[path = "../examples/class_library.rs"]
mod class_library;
#[path = "../examples/hello_world.rs"]
mod hello_world;

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("il-emit-examples-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(tool: &str, args: &[&Path]) -> (String, String, Option<i32>) {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} ({e}); scripts/test installs Mono"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

fn assert_clean(path: &Path) {
    let (out, err, code) = run("peverify", &[path]);
    assert!(
        code == Some(0) && out.trim().is_empty() && err.trim().is_empty(),
        "peverify {}: {out}{err}",
        path.display()
    );
    let (_, err, code) = run("monodis", &[path]);
    assert!(
        code == Some(0) && err.trim().is_empty(),
        "monodis {}: {err}",
        path.display()
    );
}

#[test]
fn hello_world_runs_on_mono() {
    let dir = scratch("hello");
    let exe = dir.join("hello.exe");
    std::fs::write(&exe, hello_world::build()).unwrap();
    assert_eq!(
        run("mono", &[&exe]),
        ("Hello, World!\n".into(), String::new(), Some(0))
    );
    assert_clean(&exe);
}

#[test]
fn library_and_application_run_on_mono() {
    let dir = scratch("library");
    std::fs::write(dir.join("Shapes.dll"), class_library::library()).unwrap();
    std::fs::write(dir.join("app.exe"), class_library::application()).unwrap();
    let (out, err, code) = run("mono", &[&dir.join("app.exe")]);
    assert_eq!(
        (out.as_str(), code),
        (class_library::EXPECTED, Some(0)),
        "{err}"
    );
    assert_clean(&dir.join("Shapes.dll"));
    assert_clean(&dir.join("app.exe"));
}

#[test]
fn builds_are_byte_identical() {
    assert_eq!(hello_world::build(), hello_world::build());
    assert_eq!(class_library::library(), class_library::library());
    assert_eq!(class_library::application(), class_library::application());
    assert_ne!(class_library::library(), class_library::application());
}

#[test]
fn ildasm_lite_text_of_the_application() {
    let bytes = class_library::application();
    let asm = il_emit::reader::Assembly::parse(&bytes).unwrap();
    let d = il_emit::disasm::disassemble(&asm).unwrap();
    assert!(d.errors.is_empty(), "{:?}", d.errors);
    expect_test::expect_file!["examples/app.il"].assert_eq(&d.text);
}
