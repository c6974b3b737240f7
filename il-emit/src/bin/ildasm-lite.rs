//! `ildasm-lite FILE` prints an assembly as ildasm-like text; `ildasm-lite --tables FILE`
//! prints `Name: rows` for every non-empty metadata table.

use il_emit::disasm::{disassemble, tables_summary};
use il_emit::reader::Assembly;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tables = args.iter().any(|a| a == "--tables");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if files.len() != 1 || args.iter().any(|a| a == "--help" || a == "-h") {
        eprintln!("usage: ildasm-lite [--tables] FILE");
        return ExitCode::from(2);
    }
    let path = files[0];
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let asm = match Assembly::parse(&bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(1);
        }
    };
    if tables {
        print!("{}", tables_summary(&asm.metadata));
        return ExitCode::SUCCESS;
    }
    match disassemble(&asm) {
        Ok(d) => {
            print!("{}", d.text);
            for e in &d.errors {
                eprintln!("error: {e}");
            }
            if d.errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("error: {path}: {e}");
            ExitCode::from(1)
        }
    }
}
