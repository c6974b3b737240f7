//! `Metadata`: a checked view over one metadata root (§24.2.1): its streams, heaps and
//! tables, plus the navigation every consumer needs (member lists through the *Ptr
//! indirection tables, lookups in sorted tables, types by name). Works for an assembly's
//! metadata and for a portable PDB, which is metadata without a PE.
#![deny(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use super::error::{Bytes, ReadError};
use super::heaps::{BlobsHeap, GuidsHeap, StringsHeap, UserStringsHeap};
use super::tables::TablesStream;
use crate::entity::{BlobIdx, StringIdx, Token};
use crate::metadata::schema::{CodedIndex, TableId};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The `#Pdb` stream of a portable PDB.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdbStream {
    pub id: [u8; 20],
    pub entry_point: Token,
    /// Row counts of the type-system tables the PDB refers to.
    pub referenced_rows: [u32; 64],
}

/// A parsed metadata root.
#[derive(Debug)]
pub struct Metadata<'a> {
    pub version: String,
    pub strings: StringsHeap<'a>,
    pub blobs: BlobsHeap<'a>,
    pub guids: GuidsHeap<'a>,
    pub user_strings: UserStringsHeap<'a>,
    pub pdb: Option<PdbStream>,
    tables: TablesStream<'a>,
    types_by_name: OnceLock<HashMap<(&'a str, &'a str), u32>>,
}

const MAX_STREAMS: u16 = 16;

impl<'a> Metadata<'a> {
    /// Parses a metadata root and validates its streams and table bounds.
    pub fn parse(bytes: &'a [u8]) -> Result<Metadata<'a>, ReadError> {
        if bytes.u32_at(0, "metadata root")? != 0x424A_5342 {
            return Err(ReadError::BadMetadataSignature);
        }
        let vlen = bytes.u32_at(12, "metadata root")? as usize;
        let vbytes = bytes.slice_at(16, vlen, "metadata version string")?;
        let vend = vbytes.iter().position(|&b| b == 0).unwrap_or(vbytes.len());
        let version = String::from_utf8_lossy(vbytes.get(..vend).unwrap_or_default()).into_owned();
        let mut at = 16usize
            .checked_add(vlen)
            .ok_or(ReadError::BadMetadataSignature)?;
        let n_streams = bytes.u16_at(at + 2, "metadata root")?;
        if n_streams > MAX_STREAMS {
            return Err(ReadError::Truncated {
                what: "stream headers (too many streams)",
            });
        }
        at += 4;
        let mut streams: HashMap<String, &'a [u8]> = HashMap::new();
        for _ in 0..n_streams {
            let offset = bytes.u32_at(at, "stream header")? as usize;
            let size = bytes.u32_at(at + 4, "stream header")? as usize;
            let name_area = bytes.get(at + 8..).ok_or(ReadError::Truncated {
                what: "stream header",
            })?;
            let name_len =
                name_area
                    .iter()
                    .take(32)
                    .position(|&b| b == 0)
                    .ok_or(ReadError::Truncated {
                        what: "stream name",
                    })?;
            let name =
                String::from_utf8_lossy(name_area.get(..name_len).unwrap_or_default()).into_owned();
            let data = bytes
                .slice_at(offset, size, "stream")
                .map_err(|_| ReadError::StreamOutOfBounds { name: name.clone() })?;
            at += 8 + ((name_len + 4) & !3);
            // The first stream of a name wins, as in the CLR.
            streams.entry(name).or_insert(data);
        }
        let pdb = match streams.get("#Pdb") {
            Some(data) => Some(parse_pdb_stream(data)?),
            None => None,
        };
        let tables_data = streams
            .get("#~")
            .or_else(|| streams.get("#-"))
            .ok_or(ReadError::NoTablesStream)?;
        let tables = TablesStream::parse(tables_data, pdb.as_ref().map(|p| &p.referenced_rows))?;
        let heap = |name: &str| streams.get(name).copied().unwrap_or_default();
        Ok(Metadata {
            version,
            strings: StringsHeap(heap("#Strings")),
            blobs: BlobsHeap(heap("#Blob")),
            guids: GuidsHeap(heap("#GUID")),
            user_strings: UserStringsHeap(heap("#US")),
            pdb,
            tables,
            types_by_name: OnceLock::new(),
        })
    }

    /// The tables stream, for raw access.
    pub fn tables(&self) -> &TablesStream<'a> {
        &self.tables
    }

    /// Rows in a table.
    pub fn row_count(&self, table: TableId) -> u32 {
        self.tables.row_count(table)
    }

    /// A string from `#Strings`.
    pub fn string(&self, idx: StringIdx) -> Result<&'a str, ReadError> {
        self.strings.get(idx)
    }

    /// A blob from `#Blob`.
    pub fn blob(&self, idx: BlobIdx) -> Result<&'a [u8], ReadError> {
        self.blobs.get(idx)
    }

    /// The range of rows of `target` that a list column (`FieldList`, `MethodList`,
    /// `ParamList`, `EventList`, `PropertyList`) of `owner`'s row `rid` starts: up to the
    /// next row's list start, or the end of the table. These are list indices: map them
    /// through [`Self::list_item`] when the *Ptr table exists.
    pub fn list_range(
        &self,
        owner: TableId,
        rid: u32,
        column: usize,
        target: TableId,
    ) -> Result<Range<u32>, ReadError> {
        let len = self.list_len(target);
        let start = self.tables.cell(owner, rid, column)?.clamp(1, len + 1);
        let end = if rid < self.row_count(owner) {
            self.tables.cell(owner, rid + 1, column)?.clamp(1, len + 1)
        } else {
            len + 1
        };
        Ok(start..end.max(start))
    }

    fn ptr_table(target: TableId) -> Option<TableId> {
        match target {
            TableId::Field => Some(TableId::FieldPtr),
            TableId::MethodDef => Some(TableId::MethodPtr),
            TableId::Param => Some(TableId::ParamPtr),
            TableId::Event => Some(TableId::EventPtr),
            TableId::Property => Some(TableId::PropertyPtr),
            _ => None,
        }
    }

    fn list_len(&self, target: TableId) -> u32 {
        match Self::ptr_table(target) {
            Some(p) if self.row_count(p) > 0 => self.row_count(p),
            _ => self.row_count(target),
        }
    }

    /// The row of `target` at list index `idx`, through the *Ptr table when present.
    pub fn list_item(&self, target: TableId, idx: u32) -> Result<u32, ReadError> {
        match Self::ptr_table(target) {
            Some(p) if self.row_count(p) > 0 => self.tables.cell(p, idx, 0),
            _ => Ok(idx),
        }
    }

    /// The rows (MethodDef ids) of a TypeDef's methods.
    pub fn type_methods(&self, type_def: u32) -> Result<Vec<u32>, ReadError> {
        self.list_items(TableId::TypeDef, type_def, 5, TableId::MethodDef)
    }

    /// The rows (Field ids) of a TypeDef's fields.
    pub fn type_fields(&self, type_def: u32) -> Result<Vec<u32>, ReadError> {
        self.list_items(TableId::TypeDef, type_def, 4, TableId::Field)
    }

    /// The rows (Param ids) of a MethodDef's parameters.
    pub fn method_params(&self, method: u32) -> Result<Vec<u32>, ReadError> {
        self.list_items(TableId::MethodDef, method, 5, TableId::Param)
    }

    /// The events of a TypeDef, through EventMap.
    pub fn type_events(&self, type_def: u32) -> Result<Vec<u32>, ReadError> {
        self.mapped_items(TableId::EventMap, type_def, TableId::Event)
    }

    /// The properties of a TypeDef, through PropertyMap.
    pub fn type_properties(&self, type_def: u32) -> Result<Vec<u32>, ReadError> {
        self.mapped_items(TableId::PropertyMap, type_def, TableId::Property)
    }

    fn list_items(
        &self,
        owner: TableId,
        rid: u32,
        column: usize,
        target: TableId,
    ) -> Result<Vec<u32>, ReadError> {
        self.list_range(owner, rid, column, target)?
            .map(|i| self.list_item(target, i))
            .collect()
    }

    fn mapped_items(
        &self,
        map: TableId,
        type_def: u32,
        target: TableId,
    ) -> Result<Vec<u32>, ReadError> {
        // EventMap/PropertyMap are not required to be sorted: scan them.
        for rid in 1..=self.row_count(map) {
            if self.tables.cell(map, rid, 0)? == type_def {
                return self.list_items(map, rid, 1, target);
            }
        }
        Ok(Vec::new())
    }

    /// Rows of a table whose coded-index column names `parent` (CustomAttribute by
    /// parent, GenericParam by owner, MethodSemantics by association, Constant by
    /// parent, …).
    pub fn rows_for(
        &self,
        table: TableId,
        column: usize,
        parent: Token,
    ) -> Result<Range<u32>, ReadError> {
        let key = match table.columns().get(column).map(|c| c.kind) {
            Some(crate::metadata::schema::Column::Coded(c)) => c.encode(parent),
            Some(crate::metadata::schema::Column::Table(_)) => Some(parent.rid()),
            _ => None,
        };
        match key {
            Some(k) => self.tables.equal_range(table, column, k),
            None => Ok(1..1),
        }
    }

    /// The CustomAttribute rows of a token.
    pub fn custom_attributes(&self, parent: Token) -> Result<Range<u32>, ReadError> {
        self.rows_for(TableId::CustomAttribute, 0, parent)
    }

    /// The GenericParam rows of a TypeDef or MethodDef.
    pub fn generic_params(&self, owner: Token) -> Result<Range<u32>, ReadError> {
        self.rows_for(TableId::GenericParam, 2, owner)
    }

    /// The InterfaceImpl rows of a TypeDef.
    pub fn interface_impls(&self, type_def: u32) -> Result<Range<u32>, ReadError> {
        self.rows_for(
            TableId::InterfaceImpl,
            0,
            Token::new(TableId::TypeDef, type_def),
        )
    }

    /// The enclosing TypeDef of a nested type.
    pub fn enclosing_type(&self, type_def: u32) -> Result<Option<u32>, ReadError> {
        let r = self.rows_for(
            TableId::NestedClass,
            0,
            Token::new(TableId::TypeDef, type_def),
        )?;
        match r.start < r.end {
            true => Ok(Some(self.tables.cell(TableId::NestedClass, r.start, 1)?)),
            false => Ok(None),
        }
    }

    /// Finds a top-level TypeDef by namespace and name (a map built on first use).
    pub fn find_type_def(&self, namespace: &str, name: &str) -> Option<u32> {
        let map = self.types_by_name.get_or_init(|| {
            let mut map = HashMap::new();
            for rid in 1..=self.row_count(TableId::TypeDef) {
                let Ok(row) = self.type_def(rid) else {
                    continue;
                };
                if matches!(self.enclosing_type(rid), Ok(Some(_))) {
                    continue;
                }
                if let (Ok(ns), Ok(n)) =
                    (self.string(row.type_namespace), self.string(row.type_name))
                {
                    map.entry((ns, n)).or_insert(rid);
                }
            }
            map
        });
        map.get(&(namespace, name)).copied()
    }

    /// The TypeDef whose method list holds MethodDef `method`, if any.
    pub fn method_owner(&self, method: u32) -> Result<Option<u32>, ReadError> {
        self.list_owner(TableId::TypeDef, 5, TableId::MethodDef, method)
    }

    /// The TypeDef whose field list holds Field `field`, if any.
    pub fn field_owner(&self, field: u32) -> Result<Option<u32>, ReadError> {
        self.list_owner(TableId::TypeDef, 4, TableId::Field, field)
    }

    /// The row of `owner` whose list (column `column` into `target`) holds `item`.
    /// Lists are runs in row order, so a binary search finds the last row starting at
    /// or before `item`; an indirection table, or a malformed image whose runs go
    /// backwards, is scanned row by row instead.
    fn list_owner(
        &self,
        owner: TableId,
        column: usize,
        target: TableId,
        item: u32,
    ) -> Result<Option<u32>, ReadError> {
        let n = self.row_count(owner);
        let indirect = Self::ptr_table(target).is_some_and(|p| self.row_count(p) > 0);
        if !indirect {
            let len = self.list_len(target);
            let start = |r: u32| -> Result<u32, ReadError> {
                Ok(self.tables.cell(owner, r, column)?.clamp(1, len + 1))
            };
            let (mut lo, mut hi) = (1u32, n + 1);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if start(mid)? <= item {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if lo > 1
                && self
                    .list_range(owner, lo - 1, column, target)?
                    .contains(&item)
            {
                return Ok(Some(lo - 1));
            }
        }
        for r in 1..=n {
            if self.list_items(owner, r, column, target)?.contains(&item) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Decodes a coded index value of the given kind.
    pub fn decode_coded(&self, kind: CodedIndex, value: u32) -> Result<Token, ReadError> {
        kind.decode(value).ok_or(ReadError::BadCodedIndex { value })
    }
}

fn parse_pdb_stream(data: &[u8]) -> Result<PdbStream, ReadError> {
    let id: [u8; 20] = data
        .slice_at(0, 20, "#Pdb stream")?
        .try_into()
        .map_err(|_| ReadError::Truncated {
            what: "#Pdb stream",
        })?;
    let entry_point = Token(data.u32_at(20, "#Pdb stream")?);
    let mask = data.u64_at(24, "#Pdb stream")?;
    let mut referenced_rows = [0u32; 64];
    let mut at = 32;
    for bit in 0..64usize {
        if mask & (1 << bit) != 0 {
            if let Some(r) = referenced_rows.get_mut(bit) {
                *r = data.u32_at(at, "#Pdb stream row counts")?;
            }
            at += 4;
        }
    }
    Ok(PdbStream {
        id,
        entry_point,
        referenced_rows,
    })
}
