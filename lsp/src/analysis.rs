//! The open documents and what the front ends say about them.
//!
//! Each document is a compilation of its own in one shared `CompilerDb` (against the
//! bundled framework, as a library so a file without `Main` is not an error): an edit
//! sets the document's `SourceText` and the language's queries (`minics::db`,
//! `minivb::db`) re-run only what the edit touched: in C#, an edit inside one method
//! re-binds that method alone; in VB (bound in one pass) the file is parsed and bound
//! again, and an unchanged document costs nothing.

use compilers::FRAMEWORK;
use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::diag::Diagnostic;
use frontend_core::ide::OutlineItem;
use salsa::Setter;
use std::collections::HashMap;

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
    /// The compilation holding `source` alone.
    comp: Compilation,
}

/// The server's documents and database.
pub struct Analysis {
    db: CompilerDb,
    docs: HashMap<String, Document>,
    cs_refs: Option<References>,
    vb_refs: Option<References>,
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
        let (refs, options) = match language {
            Language::CSharp => (self.cs_refs(), CompileOptions::default()),
            // VB checks integer overflow unless told not to.
            Language::VisualBasic => (
                self.vb_refs(),
                CompileOptions {
                    checked: true,
                    ..CompileOptions::default()
                },
            ),
        };
        let comp = Compilation::new(&self.db, vec![source], refs, options);
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
    pub fn diagnostics(&self, key: &str) -> Vec<Diagnostic> {
        let Some(doc) = self.docs.get(key) else {
            return Vec::new();
        };
        let found = match doc.language {
            Language::CSharp => minics::db::diagnostics(&self.db, doc.comp),
            Language::VisualBasic => minivb::db::diagnostics(&self.db, doc.comp),
        };
        found.as_ref().clone()
    }

    /// The document's declarations, nested.
    pub fn outline(&self, key: &str) -> Vec<OutlineItem> {
        let Some(doc) = self.docs.get(key) else {
            return Vec::new();
        };
        let text = doc.source.text(&self.db);
        match doc.language {
            Language::CSharp => {
                let parsed = minics::db::parse_file(&self.db, doc.comp, doc.source);
                minics::ide::outline(&parsed.unit, text)
            }
            Language::VisualBasic => {
                let parsed = minivb::db::parse_file(&self.db, doc.comp, doc.source);
                minivb::ide::outline(&parsed.unit, text)
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

    fn vb_refs(&mut self) -> References {
        self.vb_refs
            .get_or_insert_with(|| {
                let mut errors = Vec::new();
                References(minivb::driver::load_references(
                    false,
                    &[],
                    &[],
                    &FRAMEWORK,
                    &mut errors,
                ))
            })
            .clone()
    }
}
