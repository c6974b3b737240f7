//! Cross-checks of our reader against independent ones: dnfile's table row counts and
//! every row's raw column values, and a full disassembly that must decode every method
//! body without error.

use il_emit::disasm::{disassemble, tables_summary};
use il_emit::reader::Assembly;
use std::path::Path;

/// Runs one of the dnfile scripts in `tests/scripts` on an assembly; its stdout.
fn dnfile(script: &str, path: &Path) -> Result<String, String> {
    let script = crate::tools::repo_root().join("tests/scripts").join(script);
    let res = crate::mono::run(
        "python3",
        &[&script.to_string_lossy(), &path.to_string_lossy()],
        None,
        std::time::Duration::from_secs(300),
    )?;
    if res.code != Some(0) {
        return Err(format!(
            "dnfile failed on {}:\n{}",
            path.display(),
            res.stderr
        ));
    }
    Ok(res.stdout)
}

/// Holds `ildasm-lite --tables` to dnfile's counts for the assembly at `path`.
pub fn tables_agree_with_dnfile(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let asm = Assembly::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let ours = tables_summary(&asm.metadata).to_lowercase();
    let theirs = dnfile("dnfile_tables.py", path)?;
    if ours != theirs {
        return Err(format!(
            "table row counts differ from dnfile's for {}:\n{}",
            path.display(),
            crate::expect::diff(&theirs, &ours)
        ));
    }
    Ok(())
}

/// Disassembles every type and method; any undecodable body or signature is an error.
pub fn disassembles_cleanly(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let asm = Assembly::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let d = disassemble(&asm).map_err(|e| format!("{}: {e}", path.display()))?;
    if !d.errors.is_empty() {
        return Err(format!(
            "{} methods failed to disassemble: {:?}",
            d.errors.len(),
            &d.errors[..d.errors.len().min(5)]
        ));
    }
    Ok(d.text)
}

/// Every row of every table, `table[rid]: v1 v2 …`, as our reader sees it.
fn our_rows(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let asm = Assembly::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let md = &asm.metadata;
    let mut out = String::new();
    for &t in il_emit::TableId::ALL {
        for rid in 1..=md.row_count(t) {
            let values: Vec<String> = (0..t.columns().len())
                .map(|c| {
                    md.tables()
                        .cell(t, rid, c)
                        .map(|v| v.to_string())
                        .map_err(|e| e.to_string())
                })
                .collect::<Result<_, _>>()?;
            out.push_str(&format!(
                "{}[{rid}]: {}\n",
                t.name().to_lowercase(),
                values.join(" ")
            ));
        }
    }
    Ok(out)
}

/// Holds every row of every table to dnfile's reading of the same file.
pub fn rows_agree_with_dnfile(path: &Path) -> Result<(), String> {
    let theirs = dnfile("dnfile_rows.py", path)?;
    let ours = our_rows(path)?;
    if ours != theirs {
        let diff = crate::expect::diff(&theirs, &ours);
        return Err(format!(
            "rows differ from dnfile's for {}:\n{}",
            path.display(),
            &diff[..diff.len().min(3000)]
        ));
    }
    Ok(())
}
