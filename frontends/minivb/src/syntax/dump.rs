//! The compact tree dump the parser corpus is checked against: the derived `Debug` tree,
//! indented, without the fields that say nothing (`[]`, `None`, `false`, `0`).

use super::CompilationUnit;

/// Dumps a compilation unit.
pub fn dump(unit: &CompilationUnit) -> String {
    let full = format!("{unit:#?}");
    let lines = join_single_values(full.lines().collect());
    let mut out = String::with_capacity(full.len());
    for line in &lines {
        let t = line.trim_start();
        let empty = t.split_once(": ").is_some_and(|(field, value)| {
            field.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                && matches!(value, "[]," | "None," | "false," | "0,")
        });
        if !empty {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `X(\n    Leaf,\n)` becomes `X(Leaf)` when the one value inside has no children.
fn join_single_values(lines: Vec<&str>) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.ends_with('(') && i + 2 < lines.len() {
            let inner = lines[i + 1].trim();
            let close = lines[i + 2].trim();
            let leaf = !inner.ends_with(['{', '(', '[']);
            if leaf && (close == ")," || close == ")") {
                let inner = inner.strip_suffix(',').unwrap_or(inner);
                out.push(format!("{line}{inner}{close}"));
                i += 3;
                continue;
            }
        }
        out.push(line.to_owned());
        i += 1;
    }
    out
}
