//! The loader on real and on damaged images: Mono's class libraries and mcs-built programs
//! validate and load with their references; truncated and bit-flipped copies are refused
//! with a `BadImageFormatException` naming the defect, never a crash.

use runtime::loader::{LoadError, Loader, Resolver, validate_bytes};
use std::path::{Path, PathBuf};

const FRAMEWORK: &str = "/usr/lib/mono/4.5";

fn seeds() -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../il-emit/fuzz/seeds/read_assembly");
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "exe"))
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    assert!(
        out.len() >= 4,
        "seed programs missing from {}",
        dir.display()
    );
    out
}

fn framework(name: &str) -> Vec<u8> {
    let p = Path::new(FRAMEWORK).join(name);
    std::fs::read(&p)
        .unwrap_or_else(|e| panic!("{}: {e} (scripts/test installs Mono)", p.display()))
}

#[test]
fn class_libraries_and_programs_validate() {
    for name in ["mscorlib.dll", "System.dll", "System.Core.dll"] {
        validate_bytes(&framework(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    for (path, bytes) in seeds() {
        validate_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

#[test]
fn a_program_loads_with_its_references() {
    let (path, _) = seeds()
        .into_iter()
        .find(|(p, _)| p.ends_with("generic_dictionary_word_count.exe"))
        .unwrap();
    let resolver = Resolver {
        app_dir: path.parent().unwrap().to_owned(),
        probe_paths: vec![PathBuf::from(FRAMEWORK)],
        corlib: Some(Path::new(FRAMEWORK).join("mscorlib.dll")),
    };
    let mut loader = Loader::new(resolver);
    let root = loader.load_path(&path).unwrap();
    loader.load_closure(root).unwrap();
    assert_eq!(loader.get(root).name, "generic_dictionary_word_count");
    let again = loader.load_path(&path).unwrap();
    assert_eq!(again, root, "an assembly loads once");
}

#[test]
fn a_missing_reference_names_what_was_searched() {
    let resolver = Resolver {
        app_dir: std::env::temp_dir(),
        probe_paths: Vec::new(),
        corlib: None,
    };
    match resolver.resolve("NoSuchAssembly") {
        Err(e @ LoadError::FileNotFound { .. }) => {
            let text = e.to_string();
            assert!(
                text.contains("System.IO.FileNotFoundException")
                    && text.contains("NoSuchAssembly.dll"),
                "{text}"
            );
        }
        other => panic!("{other:?}"),
    }
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn damaged_images_are_refused_never_crash() {
    let mut truncated: Vec<Vec<u8>> = Vec::new();
    for (_, bytes) in seeds() {
        for cut in (0..bytes.len()).step_by((bytes.len() / 120).max(1)) {
            truncated.push(bytes[..cut].to_vec());
        }
    }
    let core = framework("System.Core.dll");
    for i in 0..60 {
        truncated.push(core[..core.len() * i / 60].to_vec());
    }
    for image in &truncated {
        let defect = validate_bytes(image).err();
        assert!(
            defect.is_some_and(|d| !d.trim().is_empty()),
            "a truncated image of {} bytes was accepted",
            image.len()
        );
    }
    let mut images = truncated;
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for (_, bytes) in seeds() {
        for _ in 0..150 {
            let mut copy = bytes.clone();
            for _ in 0..1 + xorshift(&mut state) % 3 {
                let at = (xorshift(&mut state) % copy.len() as u64) as usize;
                copy[at] ^= 1 << (xorshift(&mut state) % 8);
            }
            images.push(copy);
        }
    }
    assert!(images.len() >= 1000, "only {} images", images.len());
    let (mut refused, mut accepted) = (0, 0);
    for image in &images {
        match validate_bytes(image) {
            Ok(_) => accepted += 1,
            Err(defect) => {
                assert!(!defect.trim().is_empty());
                refused += 1;
            }
        }
    }
    // Some bit flips land in bytes that change nothing checked (padding, a string's
    // letters, an immediate operand) and are rightly accepted; most must be refused.
    assert!(
        refused > images.len() / 2,
        "refused {refused}, accepted {accepted}"
    );
}
