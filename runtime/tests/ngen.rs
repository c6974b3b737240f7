//! Native images (`clr-lite ngen`): programs precompiled into a private cache directory
//! must run exactly as they do JIT-only (standard output, standard error, exit code),
//! with their methods coming from the images; damaged or stale cache files must be
//! ignored, never crash a run or change what it does. Programs are compiled by `mcs`
//! (as in `run.rs`); the JIT-only run is the expectation.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh directory under the test target's scratch space.
fn scratch(tag: &str) -> PathBuf {
    static SEQ: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "ngen-{tag}-{}-{}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A `// args:` header (extra mcs arguments).
fn mcs_args(src: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(src).unwrap();
    text.lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix("// args:"))
        .map(|v| v.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

fn compile(src: &Path, dir: &Path) -> PathBuf {
    let exe = dir.join(format!(
        "{}.exe",
        src.file_stem().unwrap().to_string_lossy()
    ));
    let o = Command::new("mcs")
        .arg(format!("-out:{}", exe.display()))
        .args(mcs_args(src))
        .arg(src)
        .output()
        .expect("mcs (scripts/test installs Mono)");
    assert!(
        o.status.success(),
        "{}: mcs failed:\n{}",
        src.display(),
        String::from_utf8_lossy(&o.stdout)
    );
    exe
}

/// Runs clr-lite with `args` and the cache directory `cache` (`None`: images off).
fn clr_lite(cache: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_clr-lite"));
    cmd.args(args).stdin(Stdio::null());
    match cache {
        Some(c) => cmd.env("CLR_LITE_CACHE", c).env_remove("CLR_LITE_NGEN"),
        None => cmd.env("CLR_LITE_NGEN", "0"),
    };
    cmd.output().expect("runs clr-lite")
}

fn ngen(cache: &Path, exe: &Path) {
    let o = clr_lite(Some(cache), &["ngen", exe.to_str().unwrap()]);
    assert!(
        o.status.success(),
        "ngen {}: {}",
        exe.display(),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// (methods JIT-compiled, methods from native images) from a `--stats` line.
fn stats(stderr: &[u8]) -> (u64, u64) {
    let text = String::from_utf8_lossy(stderr);
    let line = text
        .lines()
        .find(|l| l.starts_with("clr-lite stats:"))
        .unwrap_or_else(|| panic!("no stats line in {text}"));
    let num = |key: &str| -> u64 {
        let at = line.find(key).unwrap_or_else(|| panic!("{key} in {line}")) + key.len();
        line[at..]
            .trim_start()
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{key} in {line}"))
    };
    (num("methods compiled"), num("from native images"))
}

fn same(a: &Output, b: &Output) -> bool {
    a.stdout == b.stdout && a.stderr == b.stderr && a.status.code() == b.status.code()
}

fn describe(what: &str, jit: &Output, img: &Output) -> String {
    format!(
        "{what}: JIT-only exit {:?} / with images exit {:?}\n--- JIT-only stdout\n{}--- with images stdout\n{}--- JIT-only stderr\n{}--- with images stderr\n{}",
        jit.status.code(),
        img.status.code(),
        String::from_utf8_lossy(&jit.stdout),
        String::from_utf8_lossy(&img.stdout),
        String::from_utf8_lossy(&jit.stderr),
        String::from_utf8_lossy(&img.stderr),
    )
}

#[test]
fn precompiled_program_runs_from_its_image() {
    let dir = scratch("hello");
    let cache = dir.join("cache");
    let exe = compile(&root().join("runtime/tests/data/strings.cs"), &dir);
    let e = exe.to_str().unwrap();
    let jit = clr_lite(None, &["--stats", e]);
    let (jitted, from_image) = stats(&jit.stderr);
    assert!(
        jitted > 0 && from_image == 0,
        "JIT-only: {jitted} / {from_image}"
    );
    ngen(&cache, &exe);
    let files = std::fs::read_dir(&cache).unwrap().count();
    assert!(
        files >= 2,
        "an image for the program and for corlib: {files}"
    );
    let img = clr_lite(Some(&cache), &["--stats", e]);
    assert_eq!(jit.stdout, img.stdout, "{}", describe(e, &jit, &img));
    assert_eq!(jit.status.code(), img.status.code());
    let (jitted2, from_image2) = stats(&img.stderr);
    assert!(
        from_image2 > 0 && jitted2 < jitted,
        "with images: {jitted2} JIT-compiled, {from_image2} from images (JIT-only: {jitted})"
    );
    assert_eq!(
        jitted2 + from_image2,
        jitted,
        "the same methods, from elsewhere"
    );
    // Turned off, the images are not used.
    let o = clr_lite(Some(&cache), &["--no-ngen", "--stats", e]);
    assert_eq!(stats(&o.stderr), (jitted, 0));
    assert_eq!(o.stdout, jit.stdout);
    // A second ngen keeps the images it finds current.
    let o = clr_lite(Some(&cache), &["ngen", e]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("image up to date"));
}

#[test]
fn damaged_or_stale_images_are_ignored() {
    let dir = scratch("damaged");
    let cache = dir.join("cache");
    let exe = compile(&root().join("runtime/tests/data/eh_tricky.cs"), &dir);
    let e = exe.to_str().unwrap();
    let jit = clr_lite(None, &[e]);
    ngen(&cache, &exe);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .flatten()
        .map(|f| f.path())
        .collect();
    files.sort();
    let originals: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    type Damage = Box<dyn Fn(&[u8]) -> Vec<u8>>;
    let damages: Vec<(&str, Damage)> = vec![
        ("truncated", Box::new(|b: &[u8]| b[..b.len() / 2].to_vec())),
        ("empty", Box::new(|_: &[u8]| Vec::new())),
        ("garbage", Box::new(|b: &[u8]| vec![0xA5; b.len()])),
        (
            "bit flips through the code",
            Box::new(|b: &[u8]| {
                let mut b = b.to_vec();
                let n = b.len();
                for i in (n / 3..n).step_by(97) {
                    b[i] ^= 0x10;
                }
                b
            }),
        ),
        (
            "content hash of another assembly",
            Box::new(|b: &[u8]| {
                let mut b = b.to_vec();
                b[24] ^= 1;
                b
            }),
        ),
        (
            "header of another build",
            Box::new(|b: &[u8]| {
                let mut b = b.to_vec();
                b[16] ^= 1; // the build id
                b
            }),
        ),
    ];
    for (what, damage) in &damages {
        for (f, orig) in files.iter().zip(&originals) {
            std::fs::write(f, damage(orig)).unwrap();
        }
        let img = clr_lite(Some(&cache), &["--stats", e]);
        assert_eq!(jit.stdout, img.stdout, "{}", describe(what, &jit, &img));
        assert_eq!(jit.status.code(), img.status.code(), "{what}");
    }
    // Intact again, they are used.
    for (f, orig) in files.iter().zip(&originals) {
        std::fs::write(f, orig).unwrap();
    }
    let img = clr_lite(Some(&cache), &["--stats", e]);
    assert!(stats(&img.stderr).1 > 0);
    // An image whose assembly changed (another build of the program) is not used.
    let other = dir.join("other");
    std::fs::create_dir_all(&other).unwrap();
    let changed = other.join("eh_tricky.cs");
    let src = std::fs::read_to_string(root().join("runtime/tests/data/eh_tricky.cs")).unwrap();
    std::fs::write(&changed, format!("{src}\nclass AddedByTheTest {{}}\n")).unwrap();
    let exe2 = compile(&changed, &other);
    let img = clr_lite(Some(&cache), &["--stats", exe2.to_str().unwrap()]);
    assert_eq!(img.stdout, jit.stdout);
    let (jitted, from_image) = stats(&img.stderr);
    assert!(
        jitted > 0 && from_image > 0,
        "the program is JIT-compiled, corlib still comes from its image: {jitted} / {from_image}"
    );
}

/// The `.cs` programs of `dirs` (under the repository root), sorted, without those
/// mcs cannot build (`// mcs-twin:`: newer C# than mcs knows).
fn corpus(dirs: &[&str]) -> Vec<PathBuf> {
    let mut srcs = Vec::new();
    for d in dirs {
        let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(d))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "cs"))
            .filter(|p| !p.to_string_lossy().ends_with(".twin.cs"))
            .filter(|p| {
                let text = std::fs::read_to_string(p).unwrap();
                !text
                    .lines()
                    .take_while(|l| l.starts_with("//"))
                    .any(|l| l.starts_with("// mcs-twin:"))
            })
            .collect();
        v.sort();
        srcs.extend(v);
    }
    srcs
}

/// Each program run JIT-only and from native images (precompiled into one cache, so
/// corlib's image is built once) must behave the same.
fn check_corpus(tag: &str, srcs: &[PathBuf]) {
    let dir = scratch(tag);
    let cache = dir.join("cache");
    let mut failures = Vec::new();
    let mut from_images = 0;
    for src in srcs {
        let exe = compile(src, &dir);
        let e = exe.to_str().unwrap();
        let jit = clr_lite(None, &[e]);
        ngen(&cache, &exe);
        let img = clr_lite(Some(&cache), &[e]);
        if !same(&jit, &img) {
            failures.push(describe(e, &jit, &img));
        }
        // Programs that end in an unhandled exception or Environment.Exit print none.
        let st = clr_lite(Some(&cache), &["--stats", e]);
        if String::from_utf8_lossy(&st.stderr).contains("clr-lite stats:") {
            from_images += stats(&st.stderr).1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        from_images > 5 * srcs.len() as u64,
        "methods from images: {from_images}"
    );
}

#[test]
fn corpus_runs_the_same_from_native_images() {
    let srcs = corpus(&["tests/data/runtime", "runtime/tests/data", "examples/bench"]);
    assert!(srcs.len() > 30, "the corpus: {} programs", srcs.len());
    check_corpus("corpus", &srcs);
}

#[test]
fn minics_run_corpus_runs_the_same_from_native_images() {
    let srcs = corpus(&["tests/data/minics/run"]);
    assert!(
        srcs.len() > 150,
        "the minics run corpus: {} programs",
        srcs.len()
    );
    check_corpus("minics", &srcs);
}

/// Builds `src` (C# text) with mcs into `dir/out` with `extra` arguments.
fn mcs_text(dir: &Path, name: &str, out: &str, src: &str, extra: &[&str]) -> PathBuf {
    let cs = dir.join(name);
    std::fs::write(&cs, src).unwrap();
    let exe = dir.join(out);
    let o = Command::new("mcs")
        .arg(format!("-out:{}", exe.display()))
        .args(extra)
        .arg(&cs)
        .current_dir(dir)
        .output()
        .expect("mcs (scripts/test installs Mono)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    exe
}

#[test]
fn a_changed_library_invalidates_the_images_compiled_against_it() {
    let dir = scratch("deps");
    let cache = dir.join("cache");
    // The application reads a field of the library's class: its image has the field's
    // offset baked in, so it must not be used once the library's layout changes.
    let v1 = "public class P { public int B = 7; }";
    let v2 = "public class P { public int A = 1; public int B = 7; }";
    mcs_text(&dir, "lib.cs", "lib.dll", v1, &["-t:library"]);
    let app = mcs_text(
        &dir,
        "app.cs",
        "app.exe",
        "class App { static void Main() { System.Console.WriteLine(new P().B); } }",
        &["-r:lib.dll"],
    );
    let e = app.to_str().unwrap();
    ngen(&cache, &app);
    let img = clr_lite(Some(&cache), &["--stats", e]);
    assert_eq!(String::from_utf8_lossy(&img.stdout), "7\n");
    assert_eq!(stats(&img.stderr).0, 0, "everything from the images");
    mcs_text(&dir, "lib.cs", "lib.dll", v2, &["-t:library"]);
    let img = clr_lite(Some(&cache), &["--stats", e]);
    assert_eq!(String::from_utf8_lossy(&img.stdout), "7\n");
    let (jitted, from_image) = stats(&img.stderr);
    assert!(
        jitted >= 2 && from_image > 0,
        "Main and P's constructor JIT-compiled, corlib from its image: {jitted} / {from_image}"
    );
    // ngen brings the application's image up to date again.
    let o = clr_lite(Some(&cache), &["ngen", e]);
    let text = String::from_utf8_lossy(&o.stderr);
    assert!(text.contains("app: 2 methods precompiled"), "{text}");
    let img = clr_lite(Some(&cache), &["--stats", e]);
    assert_eq!(String::from_utf8_lossy(&img.stdout), "7\n");
    assert_eq!(stats(&img.stderr).0, 0);
}

#[test]
fn generic_instantiations_the_program_calls_come_from_its_image() {
    let dir = scratch("generics");
    let cache = dir.join("cache");
    let exe = compile(&root().join("runtime/tests/data/generics.cs"), &dir);
    let e = exe.to_str().unwrap();
    let jit = clr_lite(None, &["--stats", e]);
    let o = clr_lite(Some(&cache), &["ngen", e]);
    let report = String::from_utf8_lossy(&o.stderr).into_owned();
    let line = report
        .lines()
        .find(|l| l.starts_with("clr-lite ngen: generics:"))
        .unwrap_or_else(|| panic!("{report}"));
    let n: u64 = line
        .split("(and ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{line}"));
    assert!(n > 10, "instantiations precompiled: {line}");
    let img = clr_lite(Some(&cache), &["--stats", e]);
    assert_eq!(jit.stdout, img.stdout, "{}", describe(e, &jit, &img));
    let (jitted, _) = stats(&jit.stderr);
    let (jitted2, from_image) = stats(&img.stderr);
    assert_eq!(
        jitted2 + from_image,
        jitted,
        "the same methods, from elsewhere"
    );
    assert!(
        jitted2 * 5 < jitted,
        "most instantiations come from the image: {jitted2} JIT-compiled of {jitted}"
    );
}
