//! What both compilers' command lines share around references: response-file lines,
//! Mono's framework directory, the default corlib, finding `-r:` names on `-lib:` paths,
//! and loading them in order (corlib first) as imported symbols. Each compiler words the
//! failures its own way (`ReferenceMessages`).

use crate::symbols::{AsmSymbols, imported};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where Mono keeps its framework assemblies.
pub const MONO_FRAMEWORK: &[&str] = &[
    "/usr/lib/mono/4.5",
    "/usr/lib/mono/4.8-api",
    "/usr/local/lib/mono/4.5",
];

/// A compiler's wording of reference failures.
pub struct ReferenceMessages {
    /// The environment variable that names the corlib (`CSC_LITE_CORLIB`).
    pub corlib_env: &'static str,
    /// No corlib found.
    pub no_corlib: &'static str,
    /// A `-r:` name found nowhere.
    pub not_found: fn(&str) -> String,
    /// A file that could not be read: (path, error).
    pub unreadable: fn(&str, &str) -> String,
    /// A file that is not an assembly: (path, error).
    pub invalid: fn(&str, &str) -> String,
}

/// One response-file line split into arguments (`"…"` groups spaces).
pub fn split_rsp_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The corlib compiled against by default: `$env`, else Mono's.
pub fn default_corlib(env: &str) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(env) {
        return Some(PathBuf::from(p));
    }
    MONO_FRAMEWORK
        .iter()
        .map(|d| Path::new(d).join("mscorlib.dll"))
        .find(|p| p.exists())
}

/// A `-r:` name: a path, else `NAME[.dll]` on the `-lib:` paths, then Mono's framework.
pub fn find_reference(name: &str, lib_paths: &[PathBuf]) -> Option<PathBuf> {
    let p = Path::new(name);
    if p.exists() {
        return Some(p.to_owned());
    }
    let file = if name.ends_with(".dll") || name.ends_with(".exe") {
        name.to_owned()
    } else {
        format!("{name}.dll")
    };
    lib_paths
        .iter()
        .map(PathBuf::as_path)
        .chain(MONO_FRAMEWORK.iter().map(Path::new))
        .map(|d| d.join(&file))
        .find(|p| p.exists())
}

/// Loads referenced assemblies in order (corlib first unless `nostdlib`), each rebased
/// to its world index; failures go to `errors`.
pub fn load_references(
    nostdlib: bool,
    references: &[String],
    lib_paths: &[PathBuf],
    msgs: &ReferenceMessages,
    errors: &mut Vec<String>,
) -> Vec<Arc<AsmSymbols>> {
    let mut paths = Vec::new();
    if !nostdlib {
        match default_corlib(msgs.corlib_env) {
            Some(p) => paths.push(p),
            None => errors.push(msgs.no_corlib.to_owned()),
        }
    }
    for r in references {
        match find_reference(r, lib_paths) {
            Some(p) => {
                if !paths.contains(&p) {
                    paths.push(p);
                }
            }
            None => errors.push((msgs.not_found)(r)),
        }
    }
    let mut out = Vec::new();
    for p in paths {
        let shown = p.display().to_string();
        let bytes = match std::fs::read(&p) {
            Ok(b) => b,
            Err(e) => {
                errors.push((msgs.unreadable)(&shown, &e.to_string()));
                continue;
            }
        };
        match imported::load(&bytes) {
            Ok(mut a) => {
                imported::rebase(&mut a, out.len() as u32 + 1);
                out.push(Arc::new(a));
            }
            Err(e) => errors.push((msgs.invalid)(&shown, &e.to_string())),
        }
    }
    out
}

/// A source path made absolute for the PDB (as given when that fails).
pub fn full_path(p: &str) -> String {
    std::fs::canonicalize(p)
        .map(|c| c.display().to_string())
        .unwrap_or_else(|_| p.to_owned())
}
