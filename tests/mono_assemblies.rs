//! Our reader and disassembler on Mono's own class libraries: table row counts agree with
//! dnfile, and every method body of mscorlib, System and System.Core disassembles.

use std::path::Path;
use testsuite::independent::{disassembles_cleanly, tables_agree_with_dnfile};

const ASSEMBLIES: &[&str] = &["mscorlib.dll", "System.dll", "System.Core.dll"];

fn path(name: &str) -> std::path::PathBuf {
    Path::new("/usr/lib/mono/4.5").join(name)
}

#[test]
fn table_row_counts_agree_with_dnfile() {
    for name in ASSEMBLIES {
        tables_agree_with_dnfile(&path(name)).unwrap();
    }
}

#[test]
fn every_method_disassembles() {
    for name in ASSEMBLIES {
        let text = disassembles_cleanly(&path(name)).unwrap();
        assert!(
            text.lines()
                .filter(|l| l.trim_start().starts_with(".method"))
                .count()
                > 1000,
            "{name}"
        );
    }
}
