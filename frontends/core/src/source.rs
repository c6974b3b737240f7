//! Source files as the compilers see them: an id, a path, the text, and a line index that
//! turns byte offsets into 1-based line and column numbers (columns count chars, as
//! Roslyn's do).

use std::fmt;

/// A source file's id within one compilation.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct FileId(pub u32);

/// A half-open byte range in a file's text. Its `Debug` form is `start..end`, so tree
/// dumps stay compact.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    /// The range `start..end`.
    pub fn new(start: u32, end: u32) -> TextRange {
        TextRange {
            start,
            end: end.max(start),
        }
    }

    /// An empty range at an offset (for "expected X here" diagnostics).
    pub fn empty(at: u32) -> TextRange {
        TextRange { start: at, end: at }
    }

    /// The smallest range covering both.
    pub fn cover(self, other: TextRange) -> TextRange {
        TextRange {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Length in bytes.
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// True when empty.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl fmt::Debug for TextRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for TextRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// One source file and its line starts.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub id: FileId,
    pub path: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// Indexes a file's lines.
    pub fn new(id: FileId, path: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    line_starts.push(i as u32 + 2);
                    i += 1;
                }
                b'\n' | b'\r' => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        SourceFile {
            id,
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// The 1-based (line, column) of a byte offset; columns count chars.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.text.len() as u32);
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line] as usize;
        let col = self
            .text
            .get(start..offset as usize)
            .map_or(0, |s| s.chars().count());
        (line as u32 + 1, col as u32 + 1)
    }

    /// Byte offsets where lines start.
    pub fn line_starts(&self) -> &[u32] {
        &self.line_starts
    }
}

/// Appends `line` with every character but line breaks replaced by spaces, one per byte,
/// so that byte offsets and line numbers in the result are those of the original. The
/// preprocessors of both languages blank directives and inactive regions this way.
pub fn blank_preserving_offsets(out: &mut String, line: &str) {
    for c in line.chars() {
        match c {
            '\n' | '\r' => out.push(c),
            c => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanking_keeps_offsets_and_line_breaks() {
        let mut out = String::new();
        blank_preserving_offsets(&mut out, "#if é\r\n");
        assert_eq!(out, "      \r\n");
    }

    #[test]
    fn lines_and_columns_count_chars_and_all_newlines() {
        let f = SourceFile::new(FileId(0), "a.cs", "ab\r\né x\ny\rz");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(4), (2, 1));
        assert_eq!(f.line_col(7), (2, 3));
        assert_eq!(f.line_col(9), (3, 1));
        assert_eq!(f.line_col(11), (4, 1));
        assert_eq!(f.line_col(99), (4, 2));
    }
}
