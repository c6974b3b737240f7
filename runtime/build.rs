//! Builds the bundled corlib: `runtime/corlib/src/*.cs` compiled by csc-lite with
//! `-nostdlib` into `$OUT_DIR/mscorlib.dll`, which `clr-lite` embeds and loads when no
//! other corlib is named.

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dll = out.join("mscorlib.dll");
    println!("cargo:rerun-if-changed=corlib/src");
    let mut sources: Vec<PathBuf> = std::fs::read_dir("corlib/src")
        .expect("runtime/corlib/src is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    sources.sort();
    for s in &sources {
        println!("cargo:rerun-if-changed={}", s.display());
    }
    let mut args = vec![
        "-nostdlib".to_owned(),
        "-target:library".to_owned(),
        "-errorformat:msbuild".to_owned(),
        format!("-out:{}", dll.display()),
    ];
    args.extend(sources.iter().map(|p| p.display().to_string()));
    // csc-lite prints its diagnostics on stderr, which cargo shows when this fails.
    let code = minics::driver::run(&args);
    assert_eq!(code, 0, "the bundled corlib does not compile with csc-lite");
}
