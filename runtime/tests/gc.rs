//! The collector under load: `data/gc/gc_stress.cs` allocates over 10^8 objects around
//! a long-lived tree, list and array of structs, on Mono and on clr-lite. Output and exit
//! code must match Mono's, the program must report at least 10^8 objects, and
//! clr-lite's peak resident set (`/usr/bin/time`'s maximum RSS) must stay under
//! 200 MiB, which only holds if freed memory is reused.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Rounds of 600,000 allocations: 170 rounds make about 1.03 × 10^8 objects.
const ROUNDS: &str = "170";
const PEAK_LIMIT_KIB: i64 = 200 << 10;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn work_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runtime-gc");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("{cmd:?}: {e} (scripts/test installs Mono)"))
}

fn check(o: &Output, what: &str) {
    assert!(
        o.status.success(),
        "{what} failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

fn corlib() -> PathBuf {
    let out = work_dir().join("mscorlib.dll");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(root().join("runtime/corlib/src"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    sources.sort();
    let o = run(Command::new("mcs")
        .args(["-nostdlib", "-target:library", "-nowarn:1718,0108"])
        .arg(format!("-out:{}", out.display()))
        .args(&sources));
    check(&o, "corlib build");
    out
}

/// Runs `cmd` under `/usr/bin/time`; returns its output and peak RSS in KiB.
fn run_measured(cmd: &Path, args: &[&std::ffi::OsStr]) -> (Output, i64) {
    let report = work_dir().join("time.txt");
    let o = run(Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(cmd)
        .args(args));
    let text = std::fs::read_to_string(&report).unwrap();
    let peak = text
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .next_back()
        .unwrap_or_else(|| panic!("no peak RSS in {text:?}"));
    (o, peak)
}

#[test]
fn stress_runs_1e8_objects_in_bounded_memory_with_monos_output() {
    let dir = work_dir();
    let corlib = corlib();
    let exe = dir.join("gc_stress.exe");
    let o = run(Command::new("mcs")
        .arg(format!("-out:{}", exe.display()))
        .arg(root().join("runtime/tests/data/gc/gc_stress.cs")));
    check(&o, "mcs");
    let mono = run(Command::new("mono").arg(&exe).arg(ROUNDS));
    check(&mono, "mono");
    let (ours, peak_kib) = run_measured(
        Path::new(env!("CARGO_BIN_EXE_clr-lite")),
        &[
            "--corlib".as_ref(),
            corlib.as_os_str(),
            exe.as_os_str(),
            ROUNDS.as_ref(),
        ],
    );
    let stdout = String::from_utf8_lossy(&ours.stdout);
    assert_eq!(
        stdout,
        String::from_utf8_lossy(&mono.stdout),
        "output differs from Mono's; stderr:\n{}",
        String::from_utf8_lossy(&ours.stderr)
    );
    assert_eq!(ours.status.code(), mono.status.code());
    let objects: u64 = stdout
        .lines()
        .find_map(|l| l.strip_prefix("objects "))
        .and_then(|n| n.trim().parse().ok())
        .expect("the program reports its object count");
    assert!(objects >= 100_000_000, "only {objects} objects");
    eprintln!(
        "gc stress: {objects} objects, peak RSS {} MiB",
        peak_kib >> 10
    );
    assert!(stdout.contains("tree True") && stdout.contains("list True 20000"));
    assert!(
        peak_kib < PEAK_LIMIT_KIB,
        "peak RSS {} MiB, limit {} MiB",
        peak_kib >> 10,
        PEAK_LIMIT_KIB >> 10
    );
}
