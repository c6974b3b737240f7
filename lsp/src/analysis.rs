//! The open documents, the compilations they belong to, and what the front ends say
//! about them.
//!
//! Every compilation lives in one shared `CompilerDb`. A document among the sources of
//! a project (`project`: a `csc-lite.rsp`/`vbc-lite.rsp` command line) is compiled
//! with the project's other files, read from disk unless they are open too; any other
//! document is a compilation of its own, as a library against the bundled framework
//! (a file without `Main` is not an error). An edit sets the document's `SourceText`,
//! and the language's queries (`minics::db`, `minivb::db`) re-run only what the edit
//! touched: in C#, an edit inside one method re-binds that method alone; in VB (bound
//! in one pass) the compilation is bound again; an unchanged one costs nothing.

use crate::project::{self, ProjectSpec};
use compilers::FRAMEWORK;
use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::diag::Diagnostic;
use frontend_core::ide::OutlineItem;
use frontend_core::source::{FileId, TextRange};
use salsa::Setter;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The languages served, by file extension or the client's language id.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Language {
    CSharp,
    VisualBasic,
}

impl Language {
    /// The language of a document, from the client's id (`csharp`, `vb`) or else the
    /// path's extension.
    pub fn of(language_id: &str, path: &str) -> Option<Language> {
        match language_id {
            "csharp" | "cs" | "minics" => return Some(Language::CSharp),
            "vb" | "vbnet" | "minivb" => return Some(Language::VisualBasic),
            _ => {}
        }
        let ext = path.rsplit('.').next()?.to_ascii_lowercase();
        match ext.as_str() {
            "cs" => Some(Language::CSharp),
            "vb" => Some(Language::VisualBasic),
            _ => None,
        }
    }

    /// The compiler that speaks for it, as diagnostics name their source.
    pub fn compiler(self) -> &'static str {
        match self {
            Language::CSharp => "csc-lite",
            Language::VisualBasic => "vbc-lite",
        }
    }
}

/// A compilation the server keeps.
struct Project {
    language: Language,
    comp: Compilation,
    files: Vec<SourceText>,
    /// The files' paths on disk (none for a lone document).
    paths: Vec<Option<PathBuf>>,
    /// What loading the project's command line reported.
    errors: Vec<String>,
}

/// Where an open document is: its project and its file in it.
#[derive(Clone, Copy)]
struct Place {
    project: usize,
    file: usize,
}

/// The server's documents, projects and database.
pub struct Analysis {
    db: CompilerDb,
    /// Projects by slot (`None` once a lone document's compilation is closed).
    projects: Vec<Option<Project>>,
    by_rsp: HashMap<PathBuf, usize>,
    docs: HashMap<String, Place>,
    /// The bundled framework's symbols per language, for lone documents.
    framework: HashMap<Language, References>,
}

impl Default for Analysis {
    fn default() -> Analysis {
        Analysis::new()
    }
}

impl Analysis {
    pub fn new() -> Analysis {
        Analysis {
            db: CompilerDb::default(),
            projects: Vec::new(),
            by_rsp: HashMap::new(),
            docs: HashMap::new(),
            framework: HashMap::new(),
        }
    }

    /// The database, for tests that watch which queries run.
    pub fn db(&self) -> &CompilerDb {
        &self.db
    }

    /// Opens the document `key` (a `file:` URI or any name) with the editor's `text`.
    pub fn open(&mut self, key: &str, language: Language, text: String) {
        if self.docs.contains_key(key) {
            self.change(key, text);
            return;
        }
        let place = file_path(key)
            .and_then(|path| self.project_place(&path, language))
            .unwrap_or_else(|| self.lone(key, language));
        let source = self.project(place).files[place.file];
        source.set_text(&mut self.db).to(text);
        self.docs.insert(key.to_owned(), place);
    }

    /// Replaces the text of an open document (unknown documents are ignored).
    pub fn change(&mut self, key: &str, text: String) {
        if let Some(&place) = self.docs.get(key) {
            let source = self.project(place).files[place.file];
            source.set_text(&mut self.db).to(text);
        }
    }

    /// Closes a document: a project's file goes back to its text on disk, a lone
    /// document's compilation is dropped.
    pub fn close(&mut self, key: &str) {
        let Some(place) = self.docs.remove(key) else {
            return;
        };
        let p = self.project(place);
        match p.paths[place.file].clone() {
            Some(path) => {
                let source = p.files[place.file];
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                source.set_text(&mut self.db).to(text);
            }
            None => self.projects[place.project] = None,
        }
    }

    /// The text of an open document.
    pub fn text(&self, key: &str) -> Option<&str> {
        let place = *self.docs.get(key)?;
        Some(
            self.project(place).files[place.file]
                .text(&self.db)
                .as_str(),
        )
    }

    pub fn language(&self, key: &str) -> Option<Language> {
        let place = *self.docs.get(key)?;
        Some(self.project(place).language)
    }

    /// The open documents compiled together with `key` (itself included): an edit to
    /// one can change the others' diagnostics.
    pub fn peers(&self, key: &str) -> Vec<String> {
        let Some(place) = self.docs.get(key) else {
            return Vec::new();
        };
        let mut out: Vec<String> = self
            .docs
            .iter()
            .filter(|(_, p)| p.project == place.project)
            .map(|(k, _)| k.clone())
            .collect();
        out.sort();
        out
    }

    /// The document's diagnostics, in source order (ranges in its own text).
    pub fn diagnostics(&self, key: &str) -> Vec<Diagnostic> {
        let Some(&place) = self.docs.get(key) else {
            return Vec::new();
        };
        let p = self.project(place);
        let file = FileId(place.file as u32);
        let mut out: Vec<Diagnostic> = p
            .errors
            .iter()
            .map(|e| project::command_line_diagnostic(e, file, p.language))
            .collect();
        let all = match p.language {
            Language::CSharp => minics::db::diagnostics(&self.db, p.comp),
            Language::VisualBasic => minivb::db::diagnostics(&self.db, p.comp),
        };
        out.extend(all.iter().filter(|d| d.primary.file == file).cloned());
        out
    }

    /// The document's declarations, nested.
    pub fn outline(&self, key: &str) -> Vec<OutlineItem> {
        let Some(&place) = self.docs.get(key) else {
            return Vec::new();
        };
        let p = self.project(place);
        let source = p.files[place.file];
        let text = source.text(&self.db);
        match p.language {
            Language::CSharp => {
                let parsed = minics::db::parse_file(&self.db, p.comp, source);
                minics::ide::outline(&parsed.unit, text)
            }
            Language::VisualBasic => {
                let parsed = minivb::db::parse_file(&self.db, p.comp, source);
                minivb::ide::outline(&parsed.unit, text)
            }
        }
    }

    /// What the name at `offset` of the document `key` refers to: what hovering shows
    /// and, when the source declares it, where (a document key, its text and the
    /// range).
    pub fn symbol_at(&self, key: &str, offset: u32) -> Option<Symbol> {
        let place = *self.docs.get(key)?;
        let p = self.project(place);
        let file = FileId(place.file as u32);
        let (range, hover, definition) = match p.language {
            Language::CSharp => {
                let i = minics::ide::symbol_at(&self.db, p.comp, file, offset)?;
                (i.range, i.hover, i.definition)
            }
            Language::VisualBasic => {
                let i = minivb::ide::symbol_at(&self.db, p.comp, file, offset)?;
                (i.range, i.hover, i.definition)
            }
        };
        let definition = definition.and_then(|(file, range)| {
            let i = file.0 as usize;
            let doc = self
                .docs
                .iter()
                .find(|(_, d)| d.project == place.project && d.file == i)
                .map(|(k, _)| k.clone())
                .or_else(|| p.paths.get(i)?.as_deref().map(file_uri))?;
            Some(Definition {
                key: doc,
                text: p.files.get(i)?.text(&self.db).clone(),
                range,
            })
        });
        Some(Symbol {
            range,
            hover,
            definition,
        })
    }

    fn project(&self, place: Place) -> &Project {
        self.projects[place.project]
            .as_ref()
            .expect("an open document's project stays until the document closes")
    }

    /// The document at `path` in the project its directory names, loading the project
    /// on first use; `None` when no project lists it.
    fn project_place(&mut self, path: &Path, language: Language) -> Option<Place> {
        let rsp = project::find_rsp(path, language)?;
        let slot = match self.by_rsp.get(&rsp) {
            Some(&slot) => slot,
            None => {
                let spec = project::load(&rsp, language);
                let slot = self.add_project(spec, language);
                self.by_rsp.insert(rsp, slot);
                slot
            }
        };
        let wanted = canonical(path);
        let p = self.projects[slot].as_ref()?;
        let file = p
            .paths
            .iter()
            .position(|q| q.as_deref().map(canonical) == Some(wanted.clone()))?;
        Some(Place {
            project: slot,
            file,
        })
    }

    fn add_project(&mut self, spec: ProjectSpec, language: Language) -> usize {
        let files: Vec<SourceText> = spec
            .sources
            .iter()
            .map(|s| {
                let text = std::fs::read_to_string(s).unwrap_or_default();
                SourceText::new(&self.db, s.display().to_string(), text)
            })
            .collect();
        let mut errors = spec.errors;
        errors.extend(
            spec.sources
                .iter()
                .filter(|s| !s.is_file())
                .map(|s| match language {
                    Language::CSharp => format!(
                        "error CS2001: Source file '{}' could not be found.",
                        s.display()
                    ),
                    Language::VisualBasic => {
                        format!("error BC2001: file '{}' could not be found", s.display())
                    }
                }),
        );
        let comp = Compilation::new(&self.db, files.clone(), spec.references, spec.options);
        self.projects.push(Some(Project {
            language,
            comp,
            files,
            paths: spec.sources.into_iter().map(Some).collect(),
            errors,
        }));
        self.projects.len() - 1
    }

    /// A compilation of the document alone.
    fn lone(&mut self, key: &str, language: Language) -> Place {
        let refs = self.framework_refs(language);
        let options = CompileOptions {
            // VB checks integer overflow unless told not to.
            checked: language == Language::VisualBasic,
            ..CompileOptions::default()
        };
        let source = SourceText::new(&self.db, key.to_owned(), String::new());
        let comp = Compilation::new(&self.db, vec![source], refs, options);
        self.projects.push(Some(Project {
            language,
            comp,
            files: vec![source],
            paths: vec![None],
            errors: Vec::new(),
        }));
        Place {
            project: self.projects.len() - 1,
            file: 0,
        }
    }

    fn framework_refs(&mut self, language: Language) -> References {
        self.framework
            .entry(language)
            .or_insert_with(|| {
                let mut errors = Vec::new();
                References(match language {
                    Language::CSharp => {
                        minics::driver::load_references(false, &[], &[], &FRAMEWORK, &mut errors)
                    }
                    Language::VisualBasic => {
                        minivb::driver::load_references(false, &[], &[], &FRAMEWORK, &mut errors)
                    }
                })
            })
            .clone()
    }
}

/// A name in a document and what it refers to (`Analysis::symbol_at`), ranges in byte
/// offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    pub range: TextRange,
    pub hover: String,
    pub definition: Option<Definition>,
}

/// Where a symbol is declared: the document (its key: the URI of an open one, else a
/// `file:` URI), its text, the declaring name's range.
#[derive(Clone, Debug, PartialEq)]
pub struct Definition {
    pub key: String,
    pub text: String,
    pub range: TextRange,
}

/// The `file:` URI of a path, bytes outside the unreserved set percent-escaped.
pub fn file_uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The path a `file:` URI names (percent-escapes decoded); `None` for other schemes.
pub fn file_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied(),
            bytes.get(i + 2).copied(),
        ) {
            (b'%', Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h)? * 16 + hex(l)?) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(PathBuf::from(String::from_utf8(out).ok()?))
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_decode_to_paths() {
        assert_eq!(
            file_path("file:///home/a%20b/c%C3%A9.cs"),
            Some(PathBuf::from("/home/a b/cé.cs"))
        );
        assert_eq!(file_path("untitled:Untitled-1"), None);
        // A stray percent sign stays as written.
        assert_eq!(
            file_path("file:///x%zz.cs"),
            Some(PathBuf::from("/x%zz.cs"))
        );
    }
}
