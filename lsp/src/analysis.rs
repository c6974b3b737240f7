//! The open documents and what the front ends say about them.
//!
//! Each C# document is a compilation of its own in one shared `CompilerDb` (against the
//! bundled framework, as a library so a file without `Main` is not an error): an edit
//! sets the document's `SourceText` and the `minics::db` queries re-run only what the
//! edit touched (an edit inside one method re-binds that method alone). A VB document
//! is parsed and bound afresh on each request (minivb binds in one pass, not on salsa).

use compilers::FRAMEWORK;
use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::diag::Diagnostic;
use frontend_core::ide::OutlineItem;
use frontend_core::source::FileId;
use frontend_core::symbols::AsmSymbols;
use salsa::Setter;
use std::collections::HashMap;
use std::sync::Arc;

/// The languages served, by file extension or the client's language id.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
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

struct Document {
    language: Language,
    source: SourceText,
    /// The C# compilation holding `source` alone.
    comp: Option<Compilation>,
}

/// The server's documents and database.
pub struct Analysis {
    db: CompilerDb,
    docs: HashMap<String, Document>,
    cs_refs: Option<References>,
    vb_refs: Option<Vec<Arc<AsmSymbols>>>,
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
            docs: HashMap::new(),
            cs_refs: None,
            vb_refs: None,
        }
    }

    /// The database, for tests that watch which queries run.
    pub fn db(&self) -> &CompilerDb {
        &self.db
    }

    /// Opens (or replaces) the document `key` with `text`; `None` when the language is
    /// not one of ours.
    pub fn open(&mut self, key: &str, language: Language, text: String) {
        if self.docs.contains_key(key) {
            self.change(key, text);
            return;
        }
        let source = SourceText::new(&self.db, key.to_owned(), text);
        let comp = match language {
            Language::CSharp => {
                let refs = self.cs_refs();
                let options = CompileOptions {
                    checked: false,
                    ..CompileOptions::default()
                };
                Some(Compilation::new(&self.db, vec![source], refs, options))
            }
            Language::VisualBasic => None,
        };
        self.docs.insert(
            key.to_owned(),
            Document {
                language,
                source,
                comp,
            },
        );
    }

    /// Replaces the text of an open document (unknown documents are ignored).
    pub fn change(&mut self, key: &str, text: String) {
        if let Some(doc) = self.docs.get(key) {
            let source = doc.source;
            source.set_text(&mut self.db).to(text);
        }
    }

    pub fn close(&mut self, key: &str) {
        self.docs.remove(key);
    }

    /// The text of an open document.
    pub fn text(&self, key: &str) -> Option<&str> {
        let doc = self.docs.get(key)?;
        Some(doc.source.text(&self.db).as_str())
    }

    pub fn language(&self, key: &str) -> Option<Language> {
        self.docs.get(key).map(|d| d.language)
    }

    /// Every diagnostic of the document, in source order.
    pub fn diagnostics(&mut self, key: &str) -> Vec<Diagnostic> {
        let Some(doc) = self.docs.get(key) else {
            return Vec::new();
        };
        match (doc.language, doc.comp) {
            (Language::CSharp, Some(comp)) => {
                minics::db::diagnostics(&self.db, comp).as_ref().clone()
            }
            _ => {
                let text = doc.source.text(&self.db).clone();
                let refs = self.vb_refs();
                vb_diagnostics(&text, &refs)
            }
        }
    }

    /// The document's declarations, nested.
    pub fn outline(&self, key: &str) -> Vec<OutlineItem> {
        let Some(doc) = self.docs.get(key) else {
            return Vec::new();
        };
        let text = doc.source.text(&self.db);
        match (doc.language, doc.comp) {
            (Language::CSharp, Some(comp)) => {
                let parsed = minics::db::parse_file(&self.db, comp, doc.source);
                minics::ide::outline(&parsed.unit, text)
            }
            _ => {
                let (unit, _) = minivb::parser::parse(FileId(0), text, &Default::default());
                minivb::ide::outline(&unit, text)
            }
        }
    }

    fn cs_refs(&mut self) -> References {
        self.cs_refs
            .get_or_insert_with(|| {
                let mut errors = Vec::new();
                References(minics::driver::load_references(
                    false,
                    &[],
                    &[],
                    &FRAMEWORK,
                    &mut errors,
                ))
            })
            .clone()
    }

    fn vb_refs(&mut self) -> Vec<Arc<AsmSymbols>> {
        self.vb_refs
            .get_or_insert_with(|| {
                let mut errors = Vec::new();
                minivb::driver::load_references(false, &[], &[], &FRAMEWORK, &mut errors)
            })
            .clone()
    }
}

/// A VB file's diagnostics: the parser's, then (when it parses) the binder's, bound as a
/// library.
fn vb_diagnostics(text: &str, refs: &[Arc<AsmSymbols>]) -> Vec<Diagnostic> {
    let file = FileId(0);
    let (unit, mut diags) = minivb::parser::parse(file, text, &Default::default());
    if !diags.iter().any(|d| d.is_error()) {
        let units = vec![(file, unit)];
        let bound = minivb::bind::bind(&units, &[text], refs, &Default::default());
        diags.extend(bound.diagnostics);
    }
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    diags
}
