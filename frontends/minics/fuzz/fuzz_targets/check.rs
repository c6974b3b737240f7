//! Fuzzes the whole front end, binder included, against Mono's mscorlib (`check`): any
//! text must produce diagnostics, never a panic.
#![no_main]

use frontend_core::source::FileId;
use libfuzzer_sys::fuzz_target;
use minics::check::diagnose;
use minics::parser::Defines;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = diagnose(FileId(0), &text, &Defines::new());
});
