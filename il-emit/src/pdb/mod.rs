//! Portable PDB writing (the Portable PDB v1.0 format): documents, per-method sequence
//! points, local scopes and variables, and the `#Pdb` stream, as a metadata file of its
//! own. The PDB id is derived from its content and links it to the image through the
//! CodeView debug directory entry ([`crate::pe::CodeView`]).

use crate::entity::{DocumentId, MethodDefId, StandAloneSigId, Token};
use crate::hash::hash128;
use crate::metadata::builder::{heap_sizes, metadata_root};
use crate::metadata::heaps::{BlobHeap, GuidHeap, StringHeap, UserStringHeap};
use crate::metadata::schema::TableId;
use crate::metadata::tables::TableStore;
use crate::pe::CodeView;
use crate::signature::encode::{compressed_i32, compressed_u32};

/// The source language of a document, by the GUIDs debuggers know.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Language {
    CSharp,
    VisualBasic,
}

impl Language {
    fn guid(self) -> [u8; 16] {
        match self {
            // 3f5162f8-07c6-11d3-9053-00c04fa302a1
            Language::CSharp => [
                0xF8, 0x62, 0x51, 0x3F, 0xC6, 0x07, 0xD3, 0x11, 0x90, 0x53, 0x00, 0xC0, 0x4F, 0xA3,
                0x02, 0xA1,
            ],
            // 3a12d0b8-c26c-11d0-b442-00a0244a1dd2
            Language::VisualBasic => [
                0xB8, 0xD0, 0x12, 0x3A, 0x6C, 0xC2, 0xD0, 0x11, 0xB4, 0x42, 0x00, 0xA0, 0x24, 0x4A,
                0x1D, 0xD2,
            ],
        }
    }
}

/// The line a hidden sequence point carries in PDB APIs.
pub const HIDDEN_LINE: u32 = 0xFEEFEE;

/// A mapping from an IL offset to a source span (1-based lines and columns, end column
/// exclusive); `start_line == HIDDEN_LINE` marks a hidden point.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SequencePoint {
    pub il_offset: u32,
    pub start_line: u32,
    pub start_column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl SequencePoint {
    /// A hidden point at an offset (code that belongs to no source line).
    pub fn hidden(il_offset: u32) -> SequencePoint {
        SequencePoint {
            il_offset,
            start_line: HIDDEN_LINE,
            start_column: 0,
            end_line: HIDDEN_LINE,
            end_column: 0,
        }
    }

    fn is_hidden(&self) -> bool {
        self.start_line == HIDDEN_LINE
    }
}

/// A local variable visible in a scope.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LocalVariable {
    /// The slot in the method's local signature.
    pub index: u16,
    pub name: String,
}

/// Debug information for one method.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct MethodDebugInfo {
    pub sequence_points: Vec<SequencePoint>,
    /// The locals signature, when the method has locals.
    pub local_signature: Option<StandAloneSigId>,
    /// Locals named over the whole body (a single scope).
    pub locals: Vec<LocalVariable>,
    /// The body's code size (the scope's length).
    pub code_size: u32,
}

/// Collects documents and method debug information for one module.
#[derive(Debug, Default)]
pub struct PdbBuilder {
    strings: StringHeap,
    blobs: BlobHeap,
    guids: GuidHeap,
    tables: TableStore,
    methods: Vec<(MethodDefId, DocumentId, MethodDebugInfo)>,
}

impl PdbBuilder {
    /// An empty builder.
    pub fn new() -> PdbBuilder {
        PdbBuilder::default()
    }

    /// Adds a source document; `hash` is its SHA-256 or `None`.
    pub fn add_document(
        &mut self,
        path: &str,
        language: Language,
        sha256: Option<&[u8; 32]>,
    ) -> DocumentId {
        // Document names are blobs of parts joined by a separator (the portable PDB's
        // compact path encoding).
        let sep = if path.contains('\\') && !path.contains('/') {
            '\\'
        } else {
            '/'
        };
        let mut name = vec![sep as u8];
        for part in path.split(sep) {
            compressed_u32(&mut name, self.blobs.add(part.as_bytes()).0);
        }
        let name = self.blobs.add(&name);
        let (alg, hash) = match sha256 {
            // 8829d00f-11b8-4213-878b-770e8597ac16: SHA-256.
            Some(h) => (
                self.guids
                    .add([
                        0x0F, 0xD0, 0x29, 0x88, 0xB8, 0x11, 0x13, 0x42, 0x87, 0x8B, 0x77, 0x0E,
                        0x85, 0x97, 0xAC, 0x16,
                    ])
                    .0,
                self.blobs.add(h).0,
            ),
            None => (0, 0),
        };
        let lang = self.guids.add(language.guid());
        DocumentId(
            self.tables
                .add_row(TableId::Document, &[name.0, alg, hash, lang.0]),
        )
    }

    /// Records a method's debug information.
    pub fn set_method(&mut self, method: MethodDefId, document: DocumentId, info: MethodDebugInfo) {
        self.methods.push((method, document, info));
    }

    /// Serializes the PDB for a module with `method_count` methods, an entry point and the
    /// module's type-system row counts. Returns the bytes and the CodeView record for the
    /// image (which names the PDB by `file_name`).
    pub fn finish(
        mut self,
        method_count: u32,
        entry_point: Token,
        type_system_rows: &[u32; 64],
        file_name: &str,
    ) -> (Vec<u8>, CodeView) {
        self.methods.sort_by_key(|(m, _, _)| m.0);
        let mut by_method = self.methods.iter().peekable();
        let mut scopes = Vec::new();
        for rid in 1..=method_count {
            let mut row = [0, 0];
            while let Some((m, doc, info)) = by_method.peek().copied() {
                if m.0 > rid {
                    break;
                }
                by_method.next();
                if m.0 == rid {
                    let blob = sequence_points_blob(info, *doc);
                    row = [doc.0, self.blobs.add(&blob).0];
                    if !info.locals.is_empty() {
                        scopes.push((rid, info.clone()));
                    }
                }
            }
            self.tables.add_row(TableId::MethodDebugInformation, &row);
        }
        for (rid, info) in scopes {
            let first_var = self.tables.row_count(TableId::LocalVariable) + 1;
            let first_const = self.tables.row_count(TableId::LocalConstant) + 1;
            self.tables.add_row(
                TableId::LocalScope,
                &[rid, 0, first_var, first_const, 0, info.code_size],
            );
            for v in &info.locals {
                let name = self.strings.add(&v.name);
                self.tables
                    .add_row(TableId::LocalVariable, &[0, v.index.into(), name.0]);
            }
        }
        self.tables.sort();
        let mut referenced = [0u32; 64];
        let mut mask = 0u64;
        for (i, &n) in type_system_rows.iter().enumerate().take(0x30) {
            if n > 0 {
                referenced[i] = n;
                mask |= 1 << i;
            }
        }
        let heap_sizes = heap_sizes(&self.strings, &self.guids, &self.blobs);
        let tables = self.tables.serialize(heap_sizes, Some(&referenced));
        let mut pdb_stream = vec![0u8; 20];
        pdb_stream.extend_from_slice(&entry_point.0.to_le_bytes());
        pdb_stream.extend_from_slice(&mask.to_le_bytes());
        for &n in referenced.iter().filter(|&&n| n > 0) {
            pdb_stream.extend_from_slice(&n.to_le_bytes());
        }
        let guids = self.guids.bytes();
        let us = UserStringHeap::default();
        let streams: [(&str, &[u8]); 6] = [
            ("#Pdb", &pdb_stream),
            ("#~", &tables),
            ("#Strings", self.strings.bytes()),
            ("#US", us.bytes()),
            ("#GUID", &guids),
            ("#Blob", self.blobs.bytes()),
        ];
        let (mut bytes, offsets) = metadata_root_with_version(&streams);
        // The id is a hash of the content with the id zeroed, then patched in.
        let h = hash128(&bytes);
        let stamp = u32::from_le_bytes([h[3] ^ h[11], h[2] ^ h[10], h[1] ^ h[9], h[0] ^ h[8]]);
        let mut id = [0u8; 20];
        id[..16].copy_from_slice(&crate::hash::guid_from_content(&bytes));
        id[16..].copy_from_slice(&stamp.to_le_bytes());
        let at = offsets[0] as usize;
        bytes[at..at + 20].copy_from_slice(&id);
        let mut guid = [0u8; 16];
        guid.copy_from_slice(&id[..16]);
        (
            bytes,
            CodeView {
                guid,
                stamp,
                path: file_name.to_owned(),
            },
        )
    }
}

fn metadata_root_with_version(streams: &[(&str, &[u8])]) -> (Vec<u8>, Vec<u32>) {
    let (mut bytes, offsets) = metadata_root(streams);
    // metadata_root writes the runtime version; a PDB says "PDB v1.0" (same length,
    // padded to 12 bytes either way).
    let version = b"PDB v1.0\0\0\0\0";
    bytes[16..28].copy_from_slice(version);
    (bytes, offsets)
}

/// The SequencePoints blob of one method (portable PDB §"Sequence Points Blob").
fn sequence_points_blob(info: &MethodDebugInfo, document: DocumentId) -> Vec<u8> {
    let mut out = Vec::new();
    compressed_u32(&mut out, info.local_signature.map_or(0, |s| s.0));
    let _ = document; // The row's Document column names the single document.
    let mut prev_offset = None;
    let mut prev_visible: Option<&SequencePoint> = None;
    for sp in &info.sequence_points {
        match prev_offset {
            None => compressed_u32(&mut out, sp.il_offset),
            Some(p) => compressed_u32(&mut out, sp.il_offset - p),
        }
        prev_offset = Some(sp.il_offset);
        if sp.is_hidden() {
            out.extend_from_slice(&[0, 0]);
            continue;
        }
        let delta_lines = sp.end_line - sp.start_line;
        compressed_u32(&mut out, delta_lines);
        let delta_columns = sp.end_column as i32 - sp.start_column as i32;
        if delta_lines == 0 {
            compressed_u32(&mut out, delta_columns as u32);
        } else {
            compressed_i32(&mut out, delta_columns);
        }
        match prev_visible {
            None => {
                compressed_u32(&mut out, sp.start_line);
                compressed_u32(&mut out, sp.start_column);
            }
            Some(p) => {
                compressed_i32(&mut out, sp.start_line as i32 - p.start_line as i32);
                compressed_i32(&mut out, sp.start_column as i32 - p.start_column as i32);
            }
        }
        prev_visible = Some(sp);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence_points_encode_as_deltas() {
        let sp = |il_offset, line, col, end_col| SequencePoint {
            il_offset,
            start_line: line,
            start_column: col,
            end_line: line,
            end_column: end_col,
        };
        let info = MethodDebugInfo {
            sequence_points: vec![sp(0, 10, 5, 20), SequencePoint::hidden(3), sp(7, 12, 9, 15)],
            ..Default::default()
        };
        let blob = sequence_points_blob(&info, DocumentId(1));
        // locals sig 0; (0: lines 0, cols 15, line 10, col 5); (+3 hidden: 0 0);
        // (+4: lines 0, cols 6, δline +2 → 4, δcol +4 → 8).
        assert_eq!(blob, [0, 0, 0, 15, 10, 5, 3, 0, 0, 4, 0, 6, 4, 8]);
    }
}
