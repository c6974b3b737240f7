//! Fuzzes the front of the front end: preprocessor, lexer and parser on any text. They
//! must report diagnostics, never panic, and every diagnostic's range must lie inside
//! the text on character boundaries (the renderer slices by them).
#![no_main]

use frontend_core::source::FileId;
use libfuzzer_sys::fuzz_target;
use minics::parser::{Defines, parse};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut defines = Defines::new();
    defines.insert("DEBUG".to_owned());
    let (_, diags) = parse(FileId(0), &text, &defines);
    for d in diags {
        let r = d.primary.range;
        assert!(r.start <= r.end && r.end as usize <= text.len(), "{d:?}");
        assert!(text.is_char_boundary(r.start as usize) && text.is_char_boundary(r.end as usize));
    }
});
