//! `il-rewrite IN OUT`: reads an assembly and writes it back through il-emit (the round
//! trip the tests hold to Mono).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: il-rewrite IN OUT");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {input}: {e}");
            return ExitCode::from(1);
        }
    };
    match il_emit::rewrite::rewrite(&bytes) {
        Ok(out) => match std::fs::write(output, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write {output}: {e}");
                ExitCode::from(1)
            }
        },
        Err(e) => {
            eprintln!("error: {input}: {e}");
            ExitCode::from(1)
        }
    }
}
