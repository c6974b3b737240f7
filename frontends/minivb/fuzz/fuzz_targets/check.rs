//! Fuzzes the whole minivb front end, binder included, against Mono's mscorlib
//! (`check`): any text must produce diagnostics, never a panic.
#![no_main]

use frontend_core::source::FileId;
use libfuzzer_sys::fuzz_target;
use minivb::check::diagnose;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = diagnose(FileId(0), &text, &[]);
});
