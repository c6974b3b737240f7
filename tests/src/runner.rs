//! Runs fixtures in parallel (bounded by the machine's cores), prints each failure with
//! its message, and closes with the plain line `N passed, N failed`.

use crate::fixture::Fixture;
use crate::kinds;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The outcome of a whole run.
#[derive(Debug, Default)]
pub struct Summary {
    pub passed: usize,
    pub failed: Vec<(String, String)>,
}

/// Every fixture under `dir`, sorted by name.
pub fn collect(dir: &Path) -> Vec<Fixture> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(
                p.extension().and_then(|x| x.to_str()),
                Some("cs" | "vb" | "il")
            ) {
                out.extend(Fixture::read(dir, &p));
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Runs the fixtures whose name contains `filter` (all when empty).
pub fn run(fixtures: &[Fixture], filter: &str) -> Summary {
    let chosen: Vec<&Fixture> = fixtures
        .iter()
        .filter(|f| f.name.contains(filter))
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(f) = chosen.get(i) else { break };
                    let res = kinds::run(f);
                    match &res {
                        Ok(()) => println!("ok     {}", f.name),
                        Err(e) => println!("FAILED {}\n{}", f.name, indent(e)),
                    }
                    results
                        .lock()
                        .map(|mut r| r.push((f.name.clone(), res)))
                        .ok();
                }
            });
        }
    });
    let mut summary = Summary::default();
    for (name, res) in results.into_inner().unwrap_or_default() {
        match res {
            Ok(()) => summary.passed += 1,
            Err(e) => summary.failed.push((name, e)),
        }
    }
    summary.failed.sort();
    summary
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}
