//! The collector under load: `data/gc/gc_stress.cs` allocates over 10^8 objects around
//! a long-lived tree, list and array of structs, on Mono and on clr-lite. Output and exit
//! code must match Mono's, the program must report at least 10^8 objects, and
//! clr-lite's peak resident set (`/usr/bin/time`'s maximum RSS) must stay under
//! 200 MiB, which only holds if freed memory is reused.
//!
//! And the roots under pressure: every program of `runtime/tests/data` and the
//! benchmarks run with `CLR_LITE_GC_TRIGGER` set to a few KiB, so a collection runs
//! every few dozen allocations, wherever compiled code or the runtime holds references;
//! a missing root shows as output that differs from Mono's (or a crash).

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
    let exe = dir.join("gc_stress.exe");
    let o = run(Command::new("mcs")
        .arg(format!("-out:{}", exe.display()))
        .arg(root().join("runtime/tests/data/gc/gc_stress.cs")));
    check(&o, "mcs");
    let mono = run(Command::new("mono").arg(&exe).arg(ROUNDS));
    check(&mono, "mono");
    let (ours, peak_kib) = run_measured(
        Path::new(env!("CARGO_BIN_EXE_clr-lite")),
        &[exe.as_os_str(), ROUNDS.as_ref()],
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

fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "cs"))
        .collect();
    v.sort();
    v
}

#[test]
fn programs_match_mono_with_a_collection_every_few_allocations() {
    let dir = work_dir().join("stress");
    std::fs::create_dir_all(&dir).unwrap();
    let mut srcs = programs(&root().join("runtime/tests/data"));
    srcs.extend(programs(&root().join("examples/bench")));
    srcs.push(root().join("tests/data/minics/run/t3_gc_collect.cs"));
    assert!(srcs.len() >= 20);
    let mut failures = Vec::new();
    for src in &srcs {
        let name = src.file_stem().unwrap().to_string_lossy().into_owned();
        let exe = dir.join(format!("{name}.exe"));
        let o = run(Command::new("mcs")
            .arg(format!("-out:{}", exe.display()))
            .arg(src));
        check(&o, "mcs");
        let mono = run(Command::new("mono").arg(&exe));
        let ours = run(Command::new(env!("CARGO_BIN_EXE_clr-lite"))
            .env("CLR_LITE_GC_TRIGGER", "4096")
            .arg(&exe));
        if ours.stdout != mono.stdout || ours.status.code() != mono.status.code() {
            failures.push(format!(
                "{name}: exit mono {:?} clr-lite {:?}\nclr-lite stdout:\n{}\nstderr:\n{}",
                mono.status.code(),
                ours.status.code(),
                String::from_utf8_lossy(&ours.stdout),
                String::from_utf8_lossy(&ours.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
