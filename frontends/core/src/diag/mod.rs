//! Diagnostics, language-neutral: one `Diagnostic` type that parsers and binders of both
//! languages return beside their results (`(T, Vec<Diagnostic>)`, never a `Result` that
//! stops at the first error), the code table, and the renderers.

pub mod codes;
pub mod render;

pub use codes::Code;

use crate::source::{FileId, TextRange};

/// How bad a diagnostic is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Severity {
    Hidden,
    Info,
    Warning,
    Error,
}

/// A span in a file with an optional message.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Label {
    pub file: FileId,
    pub range: TextRange,
    pub message: String,
}

/// One diagnostic: a code, a one-line self-contained message, where, and what else helps.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// The same diagnostic with every range in `file` moved `delta` bytes later: a
    /// body bound from relocated syntax reports relative to its anchor.
    pub fn shifted(mut self, file: FileId, delta: u32) -> Diagnostic {
        for l in std::iter::once(&mut self.primary).chain(self.secondary.iter_mut()) {
            if l.file == file {
                l.range = TextRange {
                    start: l.range.start + delta,
                    end: l.range.end + delta,
                };
            }
        }
        self
    }

    /// A diagnostic with the code's default severity and its message filled from `args`.
    pub fn new(code: Code, file: FileId, range: TextRange, args: &[&str]) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: code.format(args),
            primary: Label {
                file,
                range,
                message: String::new(),
            },
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Sets the primary label's message.
    pub fn with_label(mut self, message: impl Into<String>) -> Diagnostic {
        self.primary.message = message.into();
        self
    }

    /// Adds a secondary label.
    pub fn with_secondary(
        mut self,
        file: FileId,
        range: TextRange,
        message: impl Into<String>,
    ) -> Diagnostic {
        self.secondary.push(Label {
            file,
            range,
            message: message.into(),
        });
        self
    }

    /// Adds a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
