//! Symbols for compiled code, in the map file Linux `perf` reads for JIT-compiled code
//! (`/tmp/perf-PID.map`: one `START SIZE NAME` line per function, hexadecimal).
//!
//! Off unless `CLR_LITE_PERF_MAP` is set, so a plain run writes nothing. With it,
//! `perf record`/`perf report` name managed methods (`Namespace.Type::Method`) instead
//! of anonymous addresses.

use std::io::Write;
use std::sync::{Mutex, OnceLock};

static MAP: OnceLock<Option<Mutex<std::fs::File>>> = OnceLock::new();

fn map() -> Option<&'static Mutex<std::fs::File>> {
    MAP.get_or_init(|| {
        std::env::var_os("CLR_LITE_PERF_MAP")?;
        let path = format!("/tmp/perf-{}.map", std::process::id());
        match std::fs::File::create(&path) {
            Ok(f) => Some(Mutex::new(f)),
            Err(e) => {
                eprintln!("clr-lite: CLR_LITE_PERF_MAP: {path}: {e}");
                None
            }
        }
    })
    .as_ref()
}

/// Whether a map is being written (names are then worth building).
pub fn enabled() -> bool {
    map().is_some()
}

/// Records `size` bytes of code at `start` as `name`.
pub fn record(start: usize, size: usize, name: &str) {
    if let Some(m) = map() {
        let mut f = m.lock().unwrap_or_else(|e| e.into_inner());
        // A failed write only loses a symbol; the program runs on.
        let _ = writeln!(f, "{start:x} {size:x} {name}");
    }
}
