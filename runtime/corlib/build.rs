//! Builds the bundled framework with csc-lite: `mscorlib/*.cs` with `-nostdlib` and the
//! ECMA standard public key (so its identity is `mscorlib, Version=4.0.0.0,
//! PublicKeyToken=b77a5c561934e089`, the one Mono's carries), then `System/*.cs` and
//! `System.Core/*.cs` against it, the same way. The images land in `$OUT_DIR`.

use std::path::{Path, PathBuf};

/// The ECMA standard public key: its token is b77a5c561934e089.
const ECMA_KEY: [u8; 16] = [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0];

/// The assemblies in build order, each with the ones it references.
const ASSEMBLIES: &[(&str, &[&str])] = &[
    ("mscorlib", &[]),
    ("System", &["mscorlib"]),
    ("System.Core", &["mscorlib", "System"]),
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let key = out.join("ecma.key");
    fresh(&key);
    std::fs::write(&key, ECMA_KEY).expect("OUT_DIR is writable");
    for (name, refs) in ASSEMBLIES {
        build(&out, &key, name, refs);
    }
}

fn build(out: &Path, key: &Path, name: &str, refs: &[&str]) {
    let dir = Path::new(name);
    println!("cargo:rerun-if-changed={name}");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("runtime/corlib/{name} is not readable: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    sources.sort();
    for s in &sources {
        println!("cargo:rerun-if-changed={}", s.display());
    }
    let dll = out.join(format!("{name}.dll"));
    fresh(&dll);
    let mut args = vec![
        "-nostdlib".to_owned(),
        "-target:library".to_owned(),
        "-errorformat:msbuild".to_owned(),
        format!("-keyfile:{}", key.display()),
        "-publicsign".to_owned(),
        format!("-out:{}", dll.display()),
    ];
    args.extend(
        refs.iter()
            .map(|r| format!("-r:{}", out.join(format!("{r}.dll")).display())),
    );
    args.extend(sources.iter().map(|p| p.display().to_string()));
    // csc-lite prints its diagnostics on stderr, which cargo shows when this fails.
    let framework = frontend_core::references::Framework::default();
    let code = minics::driver::run(&args, &framework);
    assert_eq!(
        code, 0,
        "the bundled {name}.dll does not compile with csc-lite"
    );
}

/// Removes an earlier output before it is written again: a target directory copied
/// with hard links (`cp -al`) shares its files with the original, and writing in place
/// would change both.
fn fresh(path: &Path) {
    let _ = std::fs::remove_file(path);
}
