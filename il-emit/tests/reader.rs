//! The reader on real assemblies (Mono's class libraries validate cell by cell; every
//! method body decodes) and on damaged ones (truncated and bit-flipped copies return
//! errors, never panic).

use il_emit::disasm::{disassemble, tables_summary};
use il_emit::il::decode_all;
use il_emit::metadata::schema::TableId;
use il_emit::reader::{Assembly, validate};
use std::path::{Path, PathBuf};

fn mono_lib(name: &str) -> Vec<u8> {
    let p = Path::new("/usr/lib/mono/4.5").join(name);
    std::fs::read(&p)
        .unwrap_or_else(|e| panic!("{}: {e} (scripts/test installs Mono)", p.display()))
}

fn seeds() -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/read_assembly");
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    assert!(
        out.len() >= 3,
        "seed assemblies missing from {}",
        dir.display()
    );
    out
}

#[test]
fn mono_class_libraries_validate_and_every_body_decodes() {
    for name in ["mscorlib.dll", "System.dll", "System.Core.dll"] {
        let bytes = mono_lib(name);
        let asm = Assembly::parse(&bytes).unwrap();
        validate(&asm.metadata).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut bodies = 0;
        for rid in 1..=asm.metadata.row_count(TableId::MethodDef) {
            if let Some(body) = asm.method_body(rid).unwrap() {
                decode_all(&body.code).unwrap_or_else(|e| panic!("{name} method {rid}: {e}"));
                bodies += 1;
            }
        }
        assert!(bodies > 5000, "{name}: only {bodies} bodies");
    }
}

/// A deterministic xorshift, so failures reproduce.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn walk(bytes: &[u8]) {
    if let Ok(asm) = Assembly::parse(bytes) {
        let _ = validate(&asm.metadata);
        let _ = tables_summary(&asm.metadata);
        let _ = disassemble(&asm);
    }
}

#[test]
fn truncated_images_are_errors_not_panics() {
    let mut n = 0;
    for (_, bytes) in seeds() {
        for cut in (0..bytes.len()).step_by((bytes.len() / 250).max(1)) {
            walk(&bytes[..cut]);
            n += 1;
        }
    }
    let lib = mono_lib("System.Core.dll");
    for i in 0..100 {
        let cut = lib.len() * i / 100;
        if let Ok(asm) = Assembly::parse(&lib[..cut]) {
            let _ = validate(&asm.metadata);
        }
        n += 1;
    }
    assert!(n >= 1000, "{n} truncations");
}

#[test]
fn bit_flipped_images_are_errors_not_panics() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut n = 0;
    for (_, bytes) in seeds() {
        for _ in 0..400 {
            let mut copy = bytes.clone();
            for _ in 0..1 + xorshift(&mut state) % 4 {
                let at = (xorshift(&mut state) % copy.len() as u64) as usize;
                copy[at] ^= 1 << (xorshift(&mut state) % 8);
            }
            walk(&copy);
            n += 1;
        }
    }
    assert!(n >= 1000, "{n} mutants");
}

#[test]
fn every_custom_attribute_of_the_class_libraries_decodes() {
    use il_emit::reader::attributes::{MetadataCaResolver, decode_custom_attribute};
    // The three libraries plus every assembly they reference that Mono ships: enum
    // arguments can name types from any of them.
    let mut names: Vec<String> = ["mscorlib", "System", "System.Core"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for n in names.clone() {
        let bytes = mono_lib(&format!("{n}.dll"));
        let asm = Assembly::parse(&bytes).unwrap();
        for r in 1..=asm.metadata.row_count(TableId::AssemblyRef) {
            let name = asm
                .metadata
                .string(asm.metadata.assembly_ref(r).unwrap().name)
                .unwrap()
                .to_owned();
            let path = Path::new("/usr/lib/mono/4.5").join(format!("{name}.dll"));
            if !names.contains(&name) && path.exists() {
                names.push(name);
            }
        }
    }
    let images: Vec<Vec<u8>> = names
        .iter()
        .map(|n| mono_lib(&format!("{n}.dll")))
        .collect();
    let loaded: Vec<Assembly<'_>> = images.iter().map(|b| Assembly::parse(b).unwrap()).collect();
    let mut decoded = 0;
    for asm in &loaded[..3] {
        let mut modules = vec![&asm.metadata];
        modules.extend(loaded.iter().map(|o| &o.metadata));
        let resolver = MetadataCaResolver { modules };
        for rid in 1..=asm.metadata.row_count(TableId::CustomAttribute) {
            decode_custom_attribute(&resolver, rid)
                .unwrap_or_else(|e| panic!("CustomAttribute {rid}: {e}"));
            decoded += 1;
        }
    }
    assert!(decoded > 10_000, "{decoded}");
}

/// `method_owner` and `field_owner` (a binary search over the list columns) agree with
/// the lists themselves on every member of Mono's class libraries, empty lists and all.
#[test]
fn member_owners_match_the_type_lists() {
    for name in ["mscorlib.dll", "System.Core.dll"] {
        let bytes = mono_lib(name);
        let asm = Assembly::parse(&bytes).unwrap();
        let md = &asm.metadata;
        let mut seen = (0, 0);
        for t in 1..=md.row_count(TableId::TypeDef) {
            for m in md.type_methods(t).unwrap() {
                assert_eq!(md.method_owner(m).unwrap(), Some(t), "{name} method {m}");
                seen.0 += 1;
            }
            for f in md.type_fields(t).unwrap() {
                assert_eq!(md.field_owner(f).unwrap(), Some(t), "{name} field {f}");
                seen.1 += 1;
            }
        }
        assert_eq!(
            seen.0,
            md.row_count(TableId::MethodDef),
            "{name}: every method owned"
        );
        assert_eq!(
            seen.1,
            md.row_count(TableId::Field),
            "{name}: every field owned"
        );
        let past = md.row_count(TableId::MethodDef) + 1;
        assert_eq!(
            md.method_owner(past).unwrap(),
            None,
            "{name}: past the table"
        );
    }
}
