//! Rendering diagnostics: codespan-reporting's rich text for people (the only place that
//! imports codespan-reporting), and the one-line msbuild form for tools
//! (`file(line,col): error CS1002: ; expected`).

use super::{Diagnostic, Severity};
use crate::source::{FileId, SourceFile};
use codespan_reporting::diagnostic as cr;
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term;
use std::ops::Range;

/// The files diagnostics point into.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file; its id is its position.
    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files.push(SourceFile::new(id, path, text));
        id
    }

    /// A file by id.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }
}

impl<'a> Files<'a> for SourceMap {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.get(id)
            .map(|f| f.path.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.get(id)
            .map(|f| f.text.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        let f = self.get(id).ok_or(FilesError::FileMissing)?;
        Ok(f.line_starts()
            .partition_point(|&s| s as usize <= byte_index)
            .saturating_sub(1))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let f = self.get(id).ok_or(FilesError::FileMissing)?;
        let starts = f.line_starts();
        let start = *starts.get(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: starts.len(),
        })?;
        let end = starts
            .get(line_index + 1)
            .map_or(f.text.len(), |&e| e as usize);
        Ok(start as usize..end)
    }
}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
        Severity::Hidden => "hidden",
    }
}

/// Rich text, as a terminal shows it without colour.
pub fn render_plain(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let config = term::Config::default();
    let mut out = String::new();
    for d in diags {
        let severity = match d.severity {
            Severity::Error => cr::Severity::Error,
            Severity::Warning => cr::Severity::Warning,
            Severity::Info => cr::Severity::Note,
            Severity::Hidden => cr::Severity::Help,
        };
        let range = |l: &super::Label| l.range.start as usize..l.range.end as usize;
        let mut labels = vec![
            cr::Label::primary(d.primary.file, range(&d.primary)).with_message(&d.primary.message),
        ];
        labels.extend(
            d.secondary
                .iter()
                .map(|l| cr::Label::secondary(l.file, range(l)).with_message(&l.message)),
        );
        let diag = cr::Diagnostic::new(severity)
            .with_code(d.code.to_string())
            .with_message(&d.message)
            .with_labels(labels)
            .with_notes(d.notes.clone());
        match term::emit_into_string(&config, map, &diag) {
            Ok(s) => out.push_str(&s),
            Err(e) => out.push_str(&format!(
                "{}: {} {}: {} (cannot render: {e})\n",
                d.primary.file.0,
                severity_word(d.severity),
                d.code,
                d.message
            )),
        }
    }
    out
}

/// The msbuild one-liners: `path(line,col): error CS1002: ; expected`.
pub fn render_msbuild(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let (path, (line, col)) = match map.get(d.primary.file) {
            Some(f) => (f.path.as_str(), f.line_col(d.primary.range.start)),
            None => ("<unknown>", (0, 0)),
        };
        out.push_str(&format!(
            "{path}({line},{col}): {} {}: {}\n",
            severity_word(d.severity),
            d.code,
            d.message
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::source::TextRange;
    use expect_test::expect;

    #[test]
    fn renders_rich_and_msbuild_forms() {
        let mut map = SourceMap::new();
        let text = "class C { static void Main() { y = 1; } }\n";
        let f = map.add("$DIR/undefined_name.cs", text);
        let d = Diagnostic::new(Code::CS0103, f, TextRange::new(31, 32), &["y"])
            .with_label("not found in this scope");
        expect![[r#"
            error[CS0103]: The name 'y' does not exist in the current context
              ┌─ $DIR/undefined_name.cs:1:32
              │
            1 │ class C { static void Main() { y = 1; } }
              │                                ^ not found in this scope

        "#]]
        .assert_eq(&render_plain(&map, std::slice::from_ref(&d)));
        assert_eq!(
            render_msbuild(&map, &[d]),
            "$DIR/undefined_name.cs(1,32): error CS0103: The name 'y' does not exist in the current context\n"
        );
    }
}
