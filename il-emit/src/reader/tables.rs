//! The `#~` (and uncompressed `#-`) tables stream on the reading side: row counts, column
//! widths from the shared schema, every table's bounds validated up front, and raw cell
//! access by row and column.
#![deny(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use super::error::{Bytes, ReadError};
use crate::entity::Token;
use crate::metadata::schema::{Column, IndexSizes, TableId};

/// Where one table lives and how its rows are laid out.
#[derive(Clone, Debug, Default)]
struct TableLayout {
    offset: usize,
    rows: u32,
    row_size: usize,
    /// (offset in row, width) of each column.
    columns: Vec<(usize, usize)>,
}

/// The parsed tables stream.
#[derive(Clone, Debug)]
pub struct TablesStream<'a> {
    data: &'a [u8],
    pub major: u8,
    pub minor: u8,
    pub heap_sizes: u8,
    pub valid: u64,
    pub sorted: u64,
    pub sizes: IndexSizes,
    layouts: Vec<TableLayout>,
}

/// `HeapSizes` bit: four extra bytes follow the row counts.
const EXTRA_DATA: u8 = 0x40;

impl<'a> TablesStream<'a> {
    /// Parses the stream header and validates that every table fits. `external_rows` are
    /// row counts of tables that live in another module (a PDB's type-system references).
    pub fn parse(
        data: &'a [u8],
        external_rows: Option<&[u32; 64]>,
    ) -> Result<TablesStream<'a>, ReadError> {
        let major = *data.get(4).ok_or(ReadError::Truncated {
            what: "tables stream header",
        })?;
        let minor = *data.get(5).ok_or(ReadError::Truncated {
            what: "tables stream header",
        })?;
        let heap_sizes = *data.get(6).ok_or(ReadError::Truncated {
            what: "tables stream header",
        })?;
        let valid = data.u64_at(8, "tables stream header")?;
        let sorted = data.u64_at(16, "tables stream header")?;
        let mut rows = external_rows.copied().unwrap_or([0; 64]);
        let mut at = 24;
        for bit in 0..64u8 {
            if valid & (1 << bit) == 0 {
                continue;
            }
            if TableId::from_u8(bit).is_none() {
                return Err(ReadError::UnknownTable(bit));
            }
            if let Some(r) = rows.get_mut(usize::from(bit)) {
                *r = data.u32_at(at, "table row counts")?;
            }
            at += 4;
        }
        if heap_sizes & EXTRA_DATA != 0 {
            at += 4;
        }
        let sizes = IndexSizes::new(heap_sizes, rows);
        let mut layouts = vec![TableLayout::default(); 64];
        for &t in TableId::ALL {
            if valid & (1 << (t as u8)) == 0 {
                continue;
            }
            let mut columns = Vec::with_capacity(t.columns().len());
            let mut off = 0;
            for c in t.columns() {
                let w = sizes.width(c.kind);
                columns.push((off, w));
                off += w;
            }
            let n = sizes.row_count(t);
            let len = (n as usize)
                .checked_mul(off)
                .ok_or(ReadError::TableOutOfBounds { table: t })?;
            let end = at
                .checked_add(len)
                .ok_or(ReadError::TableOutOfBounds { table: t })?;
            if end > data.len() {
                return Err(ReadError::TableOutOfBounds { table: t });
            }
            if let Some(l) = layouts.get_mut(t as usize) {
                *l = TableLayout {
                    offset: at,
                    rows: n,
                    row_size: off,
                    columns,
                };
            }
            at = end;
        }
        Ok(TablesStream {
            data,
            major,
            minor,
            heap_sizes,
            valid,
            sorted,
            sizes,
            layouts,
        })
    }

    fn layout(&self, table: TableId) -> Option<&TableLayout> {
        self.layouts.get(table as usize)
    }

    /// Rows present in this stream for a table (0 for external tables).
    pub fn row_count(&self, table: TableId) -> u32 {
        self.layout(table).map_or(0, |l| l.rows)
    }

    /// True when the stream marks the table sorted.
    pub fn is_sorted(&self, table: TableId) -> bool {
        self.sorted & (1 << (table as u8)) != 0
    }

    /// The raw value of one cell.
    pub fn cell(&self, table: TableId, rid: u32, column: usize) -> Result<u32, ReadError> {
        // The hottest read of the importer: the error is built only on failure.
        let oob = || ReadError::RowOutOfRange { table, rid };
        let l = self.layout(table).ok_or_else(oob)?;
        if rid == 0 || rid > l.rows {
            return Err(oob());
        }
        let &(off, width) = l.columns.get(column).ok_or_else(oob)?;
        let at = l.offset + (rid as usize - 1) * l.row_size + off;
        let bytes = self.data.slice_at(at, width, "table row")?;
        Ok(match *bytes {
            [a, b] => u32::from(u16::from_le_bytes([a, b])),
            [a, b, c, d] => u32::from_le_bytes([a, b, c, d]),
            _ => bytes
                .iter()
                .rev()
                .fold(0u32, |acc, &b| (acc << 8) | u32::from(b)),
        })
    }

    /// One cell decoded as a coded index into a token.
    pub fn coded(&self, table: TableId, rid: u32, column: usize) -> Result<Token, ReadError> {
        let value = self.cell(table, rid, column)?;
        match table.columns().get(column).map(|c| c.kind) {
            Some(Column::Coded(c)) => c.decode(value).ok_or(ReadError::BadCodedIndex { value }),
            Some(Column::Table(t)) => Ok(Token::new(t, value)),
            _ => Err(ReadError::BadCodedIndex { value }),
        }
    }

    /// The rows of a sorted table whose key column equals `key`: binary search when the
    /// stream marks the table sorted, a scan otherwise.
    pub fn equal_range(
        &self,
        table: TableId,
        column: usize,
        key: u32,
    ) -> Result<std::ops::Range<u32>, ReadError> {
        let n = self.row_count(table);
        if !self.is_sorted(table) {
            // Unsorted: only usable when matches are contiguous; find the first run.
            let mut first = None;
            for rid in 1..=n {
                let v = self.cell(table, rid, column)?;
                match (first, v == key) {
                    (None, true) => first = Some(rid),
                    (Some(f), false) => return Ok(f..rid),
                    _ => {}
                }
            }
            return Ok(first.map_or(1..1, |f| f..n + 1));
        }
        let lower = self.partition(table, column, n, |v| v < key)?;
        let upper = self.partition(table, column, n, |v| v <= key)?;
        Ok(lower + 1..upper + 1)
    }

    /// The number of leading rows (0-based count) for which `pred` holds.
    fn partition(
        &self,
        table: TableId,
        column: usize,
        n: u32,
        pred: impl Fn(u32) -> bool,
    ) -> Result<u32, ReadError> {
        let (mut lo, mut hi) = (0u32, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(self.cell(table, mid + 1, column)?) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }
}
