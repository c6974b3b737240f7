//! Source lines for errors: when a portable PDB sits beside the verified image, an
//! error's IL offset is mapped to `file:line` through the method's sequence points (the
//! last visible point at or before the offset; hidden points map to nothing).

use il_emit::TableId;
use il_emit::entity::BlobIdx;
use il_emit::reader::Metadata;
use il_emit::signature::decode::SigReader;
use std::path::Path;

/// A loaded portable PDB.
pub struct SourceMap {
    bytes: Vec<u8>,
}

/// One decoded sequence point: IL offset, and the line (`None` when hidden) in a document.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Point {
    offset: u32,
    line: Option<u32>,
    document: u32,
}

impl SourceMap {
    /// The PDB beside `image` (same stem, `.pdb`), if there is a readable one.
    pub fn beside(image: &Path) -> Option<SourceMap> {
        let bytes = std::fs::read(image.with_extension("pdb")).ok()?;
        Metadata::parse(&bytes).ok()?;
        Some(SourceMap { bytes })
    }

    /// `file:line` of IL offset `offset` in MethodDef `method`.
    pub fn line(&self, method: u32, offset: u32) -> Option<String> {
        let md = Metadata::parse(&self.bytes).ok()?;
        if method == 0 || method > md.row_count(TableId::MethodDebugInformation) {
            return None;
        }
        let t = md.tables();
        let doc = t.cell(TableId::MethodDebugInformation, method, 0).ok()?;
        let blob = md
            .blob(BlobIdx(
                t.cell(TableId::MethodDebugInformation, method, 1).ok()?,
            ))
            .ok()?;
        let points = decode_points(blob, doc)?;
        let p = points.iter().rev().find(|p| p.offset <= offset)?;
        let line = p.line?;
        Some(format!("{}:{line}", document_file(&md, p.document)?))
    }
}

/// The last part of a document's name (the file name).
fn document_file(md: &Metadata<'_>, doc: u32) -> Option<String> {
    let name = md
        .blob(BlobIdx(md.tables().cell(TableId::Document, doc, 0).ok()?))
        .ok()?;
    let mut r = SigReader::new(name.get(1..)?);
    let mut last = String::new();
    while r.remaining() > 0 {
        let part = md.blob(BlobIdx(r.compressed_u32().ok()?)).ok()?;
        last = String::from_utf8_lossy(part).into_owned();
    }
    Some(last)
}

/// Decodes a sequence-points blob (Portable PDB §SequencePoints).
fn decode_points(blob: &[u8], mut document: u32) -> Option<Vec<Point>> {
    let mut r = SigReader::new(blob);
    r.compressed_u32().ok()?; // the local signature
    if document == 0 {
        document = r.compressed_u32().ok()?;
    }
    let mut out = Vec::new();
    let (mut offset, mut line, mut column) = (0u32, 0i64, 0i64);
    let mut first_visible = true;
    while r.remaining() > 0 {
        let delta_il = r.compressed_u32().ok()?;
        if delta_il == 0 && !out.is_empty() {
            document = r.compressed_u32().ok()?;
            continue;
        }
        offset = offset.checked_add(delta_il)?;
        let delta_lines = r.compressed_u32().ok()?;
        let delta_columns = match delta_lines {
            0 => i64::from(r.compressed_u32().ok()?),
            _ => i64::from(r.compressed_i32().ok()?),
        };
        if delta_lines == 0 && delta_columns == 0 {
            out.push(Point {
                offset,
                line: None,
                document,
            });
            continue;
        }
        if first_visible {
            line = i64::from(r.compressed_u32().ok()?);
            column = i64::from(r.compressed_u32().ok()?);
            first_visible = false;
        } else {
            line += i64::from(r.compressed_i32().ok()?);
            column += i64::from(r.compressed_i32().ok()?);
        }
        let _ = column;
        out.push(Point {
            offset,
            line: u32::try_from(line).ok(),
            document,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use il_emit::entity::{MethodDefId, Token};
    use il_emit::pdb::{Language, MethodDebugInfo, PdbBuilder, SequencePoint};

    fn point(il_offset: u32, line: u32) -> SequencePoint {
        SequencePoint {
            il_offset,
            start_line: line,
            start_column: 5,
            end_line: line,
            end_column: 9,
        }
    }

    #[test]
    fn offsets_map_to_lines() {
        let mut b = PdbBuilder::new();
        let doc = b.add_document("/src/app/Program.cs", Language::CSharp, None);
        let info = MethodDebugInfo {
            sequence_points: vec![
                point(0, 3),
                point(4, 200),
                SequencePoint::hidden(9),
                point(12, 2),
            ],
            code_size: 20,
            ..MethodDebugInfo::default()
        };
        b.set_method(MethodDefId(2), doc, info);
        let mut rows = [0u32; 64];
        rows[TableId::MethodDef as usize] = 2;
        let (bytes, _) = b.finish(2, Token(0), &rows, "Program.pdb");
        let map = SourceMap { bytes };
        assert_eq!(map.line(2, 0).as_deref(), Some("Program.cs:3"));
        assert_eq!(map.line(2, 7).as_deref(), Some("Program.cs:200"));
        assert_eq!(map.line(2, 10), None);
        assert_eq!(map.line(2, 15).as_deref(), Some("Program.cs:2"));
        assert_eq!(map.line(1, 0), None);
        assert_eq!(map.line(3, 0), None);
    }
}
