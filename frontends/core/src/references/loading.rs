//! Which assemblies a compilation references. The default corlib comes from the
//! compiler's environment variable, else the framework the compiler was built with
//! (`Framework`: the bundled corlib, `System` and `System.Core` that `clr-lite` also
//! runs on), else Mono's installed `mscorlib.dll`. A `-r:` name is a path, else
//! `NAME[.dll]` on the `-lib:` paths, in the framework, then in Mono's directory.
//! Beside the corlib, a compilation references `System` and `System.Core` as csc's and
//! vbc's default response files (and mcs) do; only what a program uses becomes an
//! AssemblyRef.

use super::ReferenceMessages;
use crate::symbols::{AsmSymbols, imported};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where Mono keeps its framework assemblies.
pub const MONO_FRAMEWORK: &[&str] = &[
    "/usr/lib/mono/4.5",
    "/usr/lib/mono/4.8-api",
    "/usr/local/lib/mono/4.5",
];

/// Assemblies a compiler carries inside its binary, by simple name; the one named
/// `mscorlib` is the default corlib. Empty (the default): Mono's installed framework.
#[derive(Clone, Copy, Debug, Default)]
pub struct Framework {
    pub assemblies: &'static [(&'static str, &'static [u8])],
}

impl Framework {
    /// The image carried for the simple name `name` (any case).
    fn source(&self, name: &str) -> Option<Source> {
        self.assemblies
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(n, bytes)| Source::Bundled(n, bytes))
    }
}

/// Where a reference's bytes come from.
#[derive(Clone, Debug, PartialEq)]
enum Source {
    File(PathBuf),
    Bundled(&'static str, &'static [u8]),
}

impl Source {
    fn shown(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Bundled(name, _) => format!("<bundled {name}.dll>"),
        }
    }
}

/// The corlib compiled against by default.
fn default_corlib(env: &str, framework: &Framework) -> Option<Source> {
    if let Ok(p) = std::env::var(env) {
        return Some(Source::File(PathBuf::from(p)));
    }
    if let Some(corlib) = framework.source("mscorlib") {
        return Some(corlib);
    }
    MONO_FRAMEWORK
        .iter()
        .map(|d| Path::new(d).join("mscorlib.dll"))
        .find(|p| p.exists())
        .map(Source::File)
}

/// A `-r:` name resolved: a path, else `NAME[.dll]` on the `-lib:` paths, in the
/// framework (when the corlib is the framework's), then in Mono's directory.
fn locate(name: &str, lib_paths: &[PathBuf], framework: Option<&Framework>) -> Option<Source> {
    let p = Path::new(name);
    if p.exists() {
        return Some(Source::File(p.to_owned()));
    }
    if name.contains(['/', '\\']) {
        return None;
    }
    let file = match name.ends_with(".dll") || name.ends_with(".exe") {
        true => name.to_owned(),
        false => format!("{name}.dll"),
    };
    let on_disk =
        |dirs: &mut dyn Iterator<Item = &Path>| dirs.map(|d| d.join(&file)).find(|p| p.exists());
    if let Some(p) = on_disk(&mut lib_paths.iter().map(PathBuf::as_path)) {
        return Some(Source::File(p));
    }
    let stem = name.strip_suffix(".dll").unwrap_or(name);
    if let Some(bundled) = framework.and_then(|f| f.source(stem)) {
        return Some(bundled);
    }
    on_disk(&mut MONO_FRAMEWORK.iter().map(Path::new)).map(Source::File)
}

/// The corlib alone, chosen as a compilation without a framework chooses it (`env`,
/// else Mono's): what one-file checks (the `diag` harness, the language server) bind
/// against, so their diagnostics name what the real corlib declares. `None` when there
/// is none or it cannot be read.
pub fn installed_corlib(env: &str) -> Option<Arc<AsmSymbols>> {
    let Some(Source::File(path)) = default_corlib(env, &Framework::default()) else {
        return None;
    };
    let mut corlib = imported::load(&std::fs::read(path).ok()?).ok()?;
    imported::rebase(&mut corlib, 1);
    Some(Arc::new(corlib))
}

/// What every compilation references beside the corlib (unless `-nostdlib`).
const DEFAULT_REFERENCES: &[&str] = &["System", "System.Core"];

/// Loads referenced assemblies in order (corlib first unless `nostdlib`), each rebased
/// to its world index; failures go to `errors`. With `nostdlib` (or a corlib named by
/// the environment), `-r:` names are looked up on disk only: a compilation never mixes
/// the framework's assemblies with another corlib.
pub fn load_references(
    nostdlib: bool,
    references: &[String],
    lib_paths: &[PathBuf],
    framework: &Framework,
    msgs: &ReferenceMessages,
    errors: &mut Vec<String>,
) -> Vec<Arc<AsmSymbols>> {
    let mut sources = Vec::new();
    let mut bundled = None;
    if !nostdlib {
        match default_corlib(msgs.corlib_env, framework) {
            Some(s) => {
                if matches!(s, Source::Bundled(..)) {
                    bundled = Some(framework);
                }
                sources.push(s);
            }
            None => errors.push(msgs.no_corlib.to_owned()),
        }
        // Found beside the corlib or not at all: a missing default is no error.
        sources.extend(
            DEFAULT_REFERENCES
                .iter()
                .filter_map(|name| locate(name, lib_paths, bundled)),
        );
    }
    for r in references {
        match locate(r, lib_paths, bundled) {
            Some(s) => {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
            None => errors.push((msgs.not_found)(r)),
        }
    }
    let mut out = Vec::new();
    for s in sources {
        let shown = s.shown();
        let bytes = match &s {
            Source::Bundled(_, bytes) => std::borrow::Cow::Borrowed(*bytes),
            Source::File(p) => match std::fs::read(p) {
                Ok(b) => std::borrow::Cow::Owned(b),
                Err(e) => {
                    errors.push((msgs.unreadable)(&shown, &e.to_string()));
                    continue;
                }
            },
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
