//! Fuzzes the reader: parse any bytes as an assembly and, when that succeeds, walk every
//! table cell, heap reference and method body through the disassembler. It must return
//! errors, never panic.
#![no_main]

use il_emit::disasm::{disassemble, tables_summary};
use il_emit::reader::{Assembly, Metadata};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(asm) = Assembly::parse(data) {
        let _ = tables_summary(&asm.metadata);
        let _ = disassemble(&asm);
    }
    if let Ok(md) = Metadata::parse(data) {
        let _ = tables_summary(&md);
    }
});
