//! Our reader and disassembler on Mono's own class libraries: table row counts agree with
//! dnfile, every method body of mscorlib, System and System.Core disassembles, and each
//! rewritten through il-emit disassembles under `monodis` to the original's text.

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
fn every_row_agrees_with_dnfile() {
    for name in ASSEMBLIES {
        testsuite::independent::rows_agree_with_dnfile(&path(name)).unwrap();
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

/// monodis text with what layout alone decides taken out: the MVID, method RVA comments,
/// field data addresses, the `.data` dumps (an 8-byte window that can run past a field's
/// own bytes into whatever the layout put next), and the directory in error messages.
fn monodis_normalized(path: &Path) -> String {
    let text = testsuite::mono::monodis(path).unwrap();
    let dir = format!("{}/", path.parent().unwrap().display());
    let mut out = String::new();
    let mut in_data = false;
    for line in text.lines() {
        if line.starts_with(".data D_") {
            in_data = !line.contains("// size:");
            continue;
        }
        if in_data {
            in_data = !line.contains("// size:");
            continue;
        }
        if line.contains("Method begins at RVA") {
            continue;
        }
        let line = line.split(" // GUID = ").next().unwrap_or(line);
        let line = match line.find(" at D_") {
            Some(i) => &line[..i],
            None => line,
        };
        out.push_str(&line.replace(&dir, ""));
        out.push('\n');
    }
    out
}

#[test]
fn rewritten_class_libraries_disassemble_the_same() {
    let scratch = testsuite::tools::scratch("mono_assemblies_round_trip").unwrap();
    for name in ASSEMBLIES {
        let bytes = std::fs::read(path(name)).unwrap();
        // monodis treats the corlib it loaded specially, so compare against a byte copy at
        // another path rather than the installed file.
        let (orig_dir, copy_dir) = (scratch.join("orig"), scratch.join("copy"));
        std::fs::create_dir_all(&orig_dir).unwrap();
        std::fs::create_dir_all(&copy_dir).unwrap();
        std::fs::write(orig_dir.join(name), &bytes).unwrap();
        std::fs::write(
            copy_dir.join(name),
            il_emit::rewrite::rewrite(&bytes).unwrap(),
        )
        .unwrap();
        let (a, b) = (
            monodis_normalized(&orig_dir.join(name)),
            monodis_normalized(&copy_dir.join(name)),
        );
        assert!(
            a.lines().count() > 100_000,
            "{name}: monodis printed too little"
        );
        if a != b {
            let diff = testsuite::expect::diff(&a, &b);
            panic!(
                "{name}: monodis differs after the round trip:\n{}",
                &diff[..diff.len().min(4000)]
            );
        }
    }
}

#[test]
fn cls_check_judges_the_class_libraries() {
    // Built by a compiler that runs these rules, they are expected to be clean; what
    // matters here is that every rule runs over a real, large surface without error.
    let images: Vec<Vec<u8>> = ASSEMBLIES
        .iter()
        .map(|n| std::fs::read(path(n)).unwrap())
        .collect();
    for i in 0..images.len() {
        let mut assemblies = vec![il_emit::reader::Assembly::parse(&images[i]).unwrap()];
        assemblies.extend(
            images
                .iter()
                .map(|b| il_emit::reader::Assembly::parse(b).unwrap()),
        );
        let findings = cls_check::check(&cls_check::World::new(assemblies));
        assert!(
            findings.is_empty(),
            "{}: {:#?}",
            ASSEMBLIES[i],
            &findings[..findings.len().min(10)]
        );
    }
}
