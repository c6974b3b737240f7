//! Fuzzes the front of the minivb front end: preprocessor, lexer (line structure
//! included) and parser on any text. They must report diagnostics, never panic, and
//! every diagnostic's range must lie inside the text on character boundaries.
#![no_main]

use frontend_core::source::FileId;
use libfuzzer_sys::fuzz_target;
use minivb::parser::parse;
use minivb::preprocess::parse_defines;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (_, diags) = parse(FileId(0), &text, &parse_defines("DEBUG=True"));
    for d in diags {
        let r = d.primary.range;
        assert!(r.start <= r.end && r.end as usize <= text.len(), "{d:?}");
        assert!(text.is_char_boundary(r.start as usize) && text.is_char_boundary(r.end as usize));
    }
});
