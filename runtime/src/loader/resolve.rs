//! Assembly resolution: a simple name becomes a file. The application's directory is
//! searched first, then the probe paths (`-r` and configured directories), for `NAME.dll`
//! and `NAME.exe`; `mscorlib` resolves to the corlib the host names (the bundled one).

use super::error::LoadError;
use std::path::{Path, PathBuf};

/// Where to look for assemblies.
#[derive(Clone, Debug, Default)]
pub struct Resolver {
    pub app_dir: PathBuf,
    pub probe_paths: Vec<PathBuf>,
    /// The file `mscorlib` resolves to.
    pub corlib: Option<PathBuf>,
}

impl Resolver {
    /// The file for an assembly's simple name.
    pub fn resolve(&self, name: &str) -> Result<PathBuf, LoadError> {
        if name.eq_ignore_ascii_case("mscorlib") {
            return match &self.corlib {
                Some(p) if p.exists() => Ok(p.clone()),
                Some(p) => Err(LoadError::FileNotFound {
                    name: name.to_owned(),
                    searched: vec![p.clone()],
                }),
                None => Err(LoadError::FileNotFound {
                    name: name.to_owned(),
                    searched: Vec::new(),
                }),
            };
        }
        let mut searched = Vec::new();
        for dir in std::iter::once(self.app_dir.as_path())
            .chain(self.probe_paths.iter().map(PathBuf::as_path))
        {
            for ext in ["dll", "exe"] {
                let candidate = candidate(dir, name, ext);
                if candidate.is_file() {
                    return Ok(candidate);
                }
                searched.push(candidate);
            }
        }
        Err(LoadError::FileNotFound {
            name: name.to_owned(),
            searched,
        })
    }
}

fn candidate(dir: &Path, name: &str, ext: &str) -> PathBuf {
    dir.join(format!("{name}.{ext}"))
}
