//! The salsa database both compilers and the language server share: its inputs (source
//! texts, the options that shape binding, the referenced assemblies) and the database
//! type with an optional log of executed queries, which the incrementality tests read.
//!
//! The queries themselves (parse, declarations, signatures, method bodies,
//! diagnostics) are tracked functions in each language crate over these inputs: salsa
//! lets tracked functions live in any crate that sees the input types, so the shared
//! middle owns the inputs and the cache and knows no syntax.

use crate::source::FileId;
use crate::symbols::{AsmSymbols, World};
use std::sync::{Arc, Mutex};

/// One source file: its path as given and its text.
#[salsa::input(debug)]
pub struct SourceText {
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub text: String,
}

/// What a compilation is made of: its files in command-line order, its references and
/// the options binding depends on.
#[salsa::input(debug)]
pub struct Compilation {
    #[returns(ref)]
    pub files: Vec<SourceText>,
    #[returns(ref)]
    pub references: References,
    #[returns(ref)]
    pub options: CompileOptions,
}

/// `file`'s index in `comp`: its `FileId` (the first file's when it is not one of them).
pub fn file_id(db: &dyn salsa::Database, comp: Compilation, file: SourceText) -> FileId {
    let index = comp.files(db).iter().position(|f| *f == file).unwrap_or(0);
    FileId(index as u32)
}

/// Options that change what binding produces (those that only change output, such as
/// `-out:` or `-debug`, stay with the driver).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct CompileOptions {
    /// Preprocessor symbols (`-define:`).
    pub defines: Vec<String>,
    /// Arithmetic overflow-checked by default (`-checked`; VB's default unless
    /// `-removeintchecks`).
    pub checked: bool,
    /// An executable: look for the entry point.
    pub needs_entry_point: bool,
    /// `-main:Type`.
    pub main_type: Option<String>,
    /// `-unsafe`: unsafe code (pointers) is allowed (C#).
    pub unsafe_code: bool,
    /// The namespace every declaration sits in (VB's `-rootnamespace:`; empty: none).
    pub root_namespace: String,
    /// Namespaces imported into every file (VB's project-level `-imports:`).
    pub imports: Vec<String>,
}

/// Referenced assemblies in reference order (corlib first unless `-nostdlib`), already
/// rebased to their world indices. Equal when they are the same loaded assemblies, so
/// replacing a reference invalidates everything and re-setting the same ones nothing.
#[derive(Clone, Debug, Default)]
pub struct References(pub Vec<Arc<AsmSymbols>>);

impl PartialEq for References {
    fn eq(&self, other: &References) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

impl Eq for References {}

/// The declared symbols of a compilation, compared by what they declare: the source
/// assembly's types and members structurally, references by identity. A tracked query
/// returning this is the firewall between edits inside bodies (which change ranges, not
/// declarations) and everything bound against the declarations.
#[derive(Clone, Debug)]
pub struct Signatures(pub Arc<World>);

impl PartialEq for Signatures {
    fn eq(&self, other: &Signatures) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.same_declarations(&other.0)
    }
}

/// The database: salsa's storage and, when enabled, a log of the queries it executes
/// (`name(key)` as salsa prints them).
#[salsa::db]
#[derive(Clone)]
pub struct CompilerDb {
    storage: salsa::Storage<Self>,
    log: Arc<Mutex<Option<Vec<String>>>>,
}

impl Default for CompilerDb {
    fn default() -> CompilerDb {
        let log: Arc<Mutex<Option<Vec<String>>>> = Arc::default();
        let sink = log.clone();
        CompilerDb {
            storage: salsa::Storage::new(Some(Box::new(move |event: salsa::Event| {
                if let salsa::EventKind::WillExecute { database_key } = event.kind {
                    if let Ok(mut guard) = sink.lock() {
                        if let Some(entries) = guard.as_mut() {
                            entries.push(format!("{database_key:?}"));
                        }
                    }
                }
            }))),
            log,
        }
    }
}

impl CompilerDb {
    /// A database that cannot log: salsa then builds no event per query (each costs a
    /// thread lookup and a lock), which a one-shot compilation of many bodies notices.
    /// [`CompilerDb::enable_log`] has no effect on it.
    pub fn unlogged() -> CompilerDb {
        CompilerDb {
            storage: salsa::Storage::new(None),
            log: Arc::default(),
        }
    }

    /// Starts (or restarts) logging executed queries.
    pub fn enable_log(&self) {
        if let Ok(mut guard) = self.log.lock() {
            *guard = Some(Vec::new());
        }
    }

    /// The queries executed since logging started or the last call.
    pub fn take_log(&self) -> Vec<String> {
        self.log
            .lock()
            .ok()
            .and_then(|mut g| g.as_mut().map(std::mem::take))
            .unwrap_or_default()
    }
}

#[salsa::db]
impl salsa::Database for CompilerDb {}
