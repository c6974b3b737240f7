//! What both compilers' command lines share around references: response-file lines,
//! the command line's tokens (`command_line`, `switch`, `list`), Mono's framework directory, the default corlib, finding `-r:` names on `-lib:` paths,
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
    /// Response files nested too deeply.
    pub rsp_nesting: &'static str,
    /// A response file that could not be read: (path, error).
    pub rsp_unreadable: fn(&str, &str) -> String,
}

/// One command-line argument, response files expanded.
pub enum CmdArg {
    /// A source file.
    Source(String),
    /// `-name[:value]` or `/name[:value]`: the argument as written, the name lower-cased,
    /// and the value after `:` or `=`.
    Opt {
        raw: String,
        name: String,
        value: Option<String>,
    },
}

/// Expands `@file` response files (lines, `#` comments, quotes) and splits options
/// from sources: `/x` is an option unless a file of that name exists.
pub fn command_line(args: &[String], msgs: &ReferenceMessages) -> Result<Vec<CmdArg>, String> {
    let mut out = Vec::new();
    let mut queue: Vec<String> = args.iter().rev().cloned().collect();
    let mut depth = 0;
    while let Some(a) = queue.pop() {
        if let Some(rsp) = a.strip_prefix('@') {
            depth += 1;
            if depth > 32 {
                return Err(msgs.rsp_nesting.to_owned());
            }
            let text = std::fs::read_to_string(rsp)
                .map_err(|e| (msgs.rsp_unreadable)(rsp, &e.to_string()))?;
            let more: Vec<String> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(split_rsp_line)
                .collect();
            queue.extend(more.into_iter().rev());
            continue;
        }
        let opt = a.strip_prefix('-').or_else(|| {
            a.strip_prefix('/').filter(|r| {
                !Path::new(&a).exists()
                    && r.chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic() || c == '?')
            })
        });
        let Some(opt) = opt else {
            out.push(CmdArg::Source(a));
            continue;
        };
        let (name, value) = match opt.find([':', '=']) {
            Some(i) => (&opt[..i], Some(opt[i + 1..].to_owned())),
            None => (opt, None),
        };
        out.push(CmdArg::Opt {
            name: name.to_ascii_lowercase(),
            value,
            raw: a.clone(),
        });
    }
    Ok(out)
}

/// `name`, `name+` → on, `name-` → off, for the switch `base`.
pub fn switch(name: &str, base: &str) -> Option<bool> {
    match name.strip_prefix(base) {
        Some("" | "+") => Some(true),
        Some("-") => Some(false),
        _ => None,
    }
}

/// A `,`/`;`-separated option value.
pub fn list(value: Option<&str>) -> Vec<String> {
    value
        .unwrap_or("")
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
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
