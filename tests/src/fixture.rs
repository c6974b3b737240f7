//! Fixtures: one input file under `tests/data/` and the header lines that say how to test
//! it (`// test: mono-run`, `// args: -unsafe`, `// refs: lib.cs`; `' ` in VB files,
//! `//` in IL).

use std::path::{Path, PathBuf};

/// One test input and its parsed header.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub path: PathBuf,
    /// The path relative to `tests/data`, with `/` separators, for names and filters.
    pub name: String,
    pub kind: String,
    /// Further `key: value` header lines, in order.
    pub headers: Vec<(String, String)>,
}

impl Fixture {
    /// Reads a file's header; `None` when it has no `test:` line (a helper file such as
    /// a library that another fixture references).
    pub fn read(data_dir: &Path, path: &Path) -> Option<Fixture> {
        let text = std::fs::read_to_string(path).ok()?;
        let mut kind = None;
        let mut headers = Vec::new();
        for line in text.lines() {
            let Some(rest) = line.strip_prefix("//").or_else(|| line.strip_prefix('\'')) else {
                break;
            };
            let Some((key, value)) = rest.trim().split_once(':') else {
                break;
            };
            let (key, value) = (key.trim().to_owned(), value.trim().to_owned());
            if key == "test" {
                kind = Some(value);
            } else {
                headers.push((key, value));
            }
        }
        let name = path
            .strip_prefix(data_dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        Some(Fixture {
            path: path.to_owned(),
            name,
            kind: kind?,
            headers,
        })
    }

    /// The value of a header line, if present.
    pub fn header(&self, key: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The path of an expectation file beside the input: `name.EXT`.
    pub fn expectation(&self, ext: &str) -> PathBuf {
        self.path.with_extension(ext)
    }

    /// The file stem (`virtual_dispatch` for `virtual_dispatch.cs`).
    pub fn stem(&self) -> String {
        self.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}
