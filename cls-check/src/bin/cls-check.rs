//! `cls-check FILE [-r:REF…] [--format json]`: judges an assembly's exported surface against
//! the CLS. References are found among the `-r:` files, beside FILE, and in Mono's
//! framework directory; a reference that cannot be found is assumed compliant.
//! Exit code 0 when clean, 1 with findings, 2 when the input cannot be read.

use cls_check::{World, check};
use il_emit::TableId;
use il_emit::reader::Assembly;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const FRAMEWORK_DIR: &str = "/usr/lib/mono/4.5";

fn main() -> ExitCode {
    let mut input = None;
    let mut refs = Vec::new();
    let mut json = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if let Some(r) = a
            .strip_prefix("-r:")
            .or_else(|| a.strip_prefix("-reference:"))
        {
            refs.extend(r.split([',', ';']).map(PathBuf::from));
        } else if a == "--format" {
            json = args.next().as_deref() == Some("json");
        } else if a == "--format=json" {
            json = true;
        } else if a == "-h" || a == "--help" || input.is_some() {
            eprintln!("usage: cls-check FILE [-r:REF.dll] [--format json]");
            return ExitCode::from(2);
        } else {
            input = Some(PathBuf::from(a));
        }
    }
    let Some(input) = input else {
        eprintln!("usage: cls-check FILE [-r:REF.dll] [--format json]");
        return ExitCode::from(2);
    };
    let main_bytes = match std::fs::read(&input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", input.display());
            return ExitCode::from(2);
        }
    };
    let main_asm = match Assembly::parse(&main_bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {}: {e}", input.display());
            return ExitCode::from(2);
        }
    };
    let ref_bytes: Vec<Vec<u8>> = reference_paths(&main_asm, &input, &refs)
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    let mut assemblies = vec![main_asm];
    assemblies.extend(ref_bytes.iter().filter_map(|b| Assembly::parse(b).ok()));
    let world = World::new(assemblies);
    let findings = check(&world);
    for f in &findings {
        if json {
            println!("{}", f.to_json());
        } else {
            println!("{f}");
        }
    }
    if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Where each AssemblyRef of `asm` is found: a `-r:` file of that name, a file beside the
/// input, or Mono's framework directory.
fn reference_paths(asm: &Assembly<'_>, input: &Path, refs: &[PathBuf]) -> Vec<PathBuf> {
    let md = &asm.metadata;
    let dir = input.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut out = Vec::new();
    for r in 1..=md.row_count(TableId::AssemblyRef) {
        let Ok(name) = md.assembly_ref(r).and_then(|a| md.string(a.name)) else {
            continue;
        };
        let named = |p: &PathBuf| p.file_stem().is_some_and(|s| s == name);
        let found = refs
            .iter()
            .find(|p| named(p))
            .cloned()
            .or_else(|| Some(dir.join(format!("{name}.dll"))).filter(|p| p.exists()))
            .or_else(|| {
                Some(Path::new(FRAMEWORK_DIR).join(format!("{name}.dll"))).filter(|p| p.exists())
            });
        out.extend(found);
    }
    out
}
