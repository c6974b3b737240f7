//! Table rows on the writing side: storage as raw column values, the sorting §22 requires
//! (with every reference to a moved row remapped), and the `#~` stream serializer.
//!
//! Values are raw: heap offsets, 1-based rows, and coded indices already encoded. The
//! widths come from `schema::IndexSizes`, shared with the reader.

use super::schema::{Column, IndexSizes, TableId};

/// Every table's rows, as raw column values.
#[derive(Clone, Debug)]
pub struct TableStore {
    /// Flattened rows per table number; each row has `columns().len()` values.
    cells: Vec<Vec<u32>>,
}

impl Default for TableStore {
    fn default() -> TableStore {
        TableStore {
            cells: vec![Vec::new(); 64],
        }
    }
}

impl TableStore {
    /// Appends a row and returns its 1-based row number.
    ///
    /// Panics if the value count does not match the table's columns: that is a bug in the
    /// caller, not bad input.
    pub fn add_row(&mut self, table: TableId, values: &[u32]) -> u32 {
        let n = table.columns().len();
        assert_eq!(values.len(), n, "{} takes {} columns", table.name(), n);
        let cells = &mut self.cells[table as usize];
        cells.extend_from_slice(values);
        (cells.len() / n) as u32
    }

    /// Number of rows of a table.
    pub fn row_count(&self, table: TableId) -> u32 {
        (self.cells[table as usize].len() / table.columns().len()) as u32
    }

    /// One cell; `None` when the row or column does not exist.
    pub fn get(&self, table: TableId, rid: u32, column: usize) -> Option<u32> {
        let n = table.columns().len();
        let idx = (rid.checked_sub(1)? as usize) * n + column;
        (column < n)
            .then(|| self.cells[table as usize].get(idx).copied())
            .flatten()
    }

    /// Overwrites one cell (for values known late, such as method RVAs).
    pub fn set(&mut self, table: TableId, rid: u32, column: usize, value: u32) {
        let n = table.columns().len();
        if let Some(idx) = rid.checked_sub(1).map(|r| r as usize * n + column) {
            if let Some(cell) = self.cells[table as usize].get_mut(idx) {
                *cell = value;
            }
        }
    }

    /// Row counts by table number, for `IndexSizes`.
    pub fn row_counts(&self) -> [u32; 64] {
        let mut rows = [0u32; 64];
        for &t in TableId::ALL {
            rows[t as usize] = self.row_count(t);
        }
        rows
    }

    /// Sorts every table that §22 requires sorted, stably, and remaps every column that
    /// references a moved row. Repeats until nothing moves, because remapping one table can
    /// change the keys of another (CustomAttribute parents that are GenericParams).
    pub fn sort(&mut self) {
        for _ in 0..8 {
            let mut moved = false;
            for &t in TableId::ALL {
                if t.sort_keys().is_empty() {
                    continue;
                }
                if let Some(old_to_new) = self.sort_table(t) {
                    self.remap(t, &old_to_new);
                    moved = true;
                }
            }
            if !moved {
                return;
            }
        }
    }

    /// Sorts one table; returns the old→new row map when any row moved.
    fn sort_table(&mut self, table: TableId) -> Option<Vec<u32>> {
        let n = table.columns().len();
        let keys = table.sort_keys();
        let cells = &self.cells[table as usize];
        let rows = cells.len() / n;
        let mut order: Vec<usize> = (0..rows).collect();
        order.sort_by(|&a, &b| {
            for (i, &k) in keys.iter().enumerate() {
                let (x, y) = (cells[a * n + k], cells[b * n + k]);
                // LocalScope's Length (its third key) sorts descending.
                let ord = if table == TableId::LocalScope && i == 2 {
                    y.cmp(&x)
                } else {
                    x.cmp(&y)
                };
                if ord.is_ne() {
                    return ord;
                }
            }
            std::cmp::Ordering::Equal
        });
        if order.iter().enumerate().all(|(i, &o)| i == o) {
            return None;
        }
        let mut sorted = Vec::with_capacity(cells.len());
        let mut old_to_new = vec![0u32; rows + 1];
        for (new, &old) in order.iter().enumerate() {
            sorted.extend_from_slice(&cells[old * n..old * n + n]);
            old_to_new[old + 1] = new as u32 + 1;
        }
        self.cells[table as usize] = sorted;
        Some(old_to_new)
    }

    /// Rewrites every reference to `moved`'s rows through `old_to_new`.
    fn remap(&mut self, moved: TableId, old_to_new: &[u32]) {
        let map = |rid: u32| {
            old_to_new
                .get(rid as usize)
                .copied()
                .filter(|&r| r != 0)
                .unwrap_or(rid)
        };
        for &t in TableId::ALL {
            let cols = t.columns();
            let n = cols.len();
            for (ci, col) in cols.iter().enumerate() {
                let cells = &mut self.cells[t as usize];
                match col.kind {
                    Column::Table(target) if target == moved => {
                        for row in cells.chunks_mut(n) {
                            row[ci] = map(row[ci]);
                        }
                    }
                    Column::Coded(c) => {
                        let bits = c.tag_bits();
                        let Some(tag) = c.tables().iter().position(|x| *x == Some(moved)) else {
                            continue;
                        };
                        for row in cells.chunks_mut(n) {
                            let v = row[ci];
                            if (v & ((1 << bits) - 1)) as usize == tag {
                                row[ci] = (map(v >> bits) << bits) | tag as u32;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// Serializes the `#~` stream for the given heap-size flags. `external_rows` adds row
    /// counts of tables that live elsewhere (a PDB's references into the type system);
    /// they size indices but are not written.
    pub fn serialize(&self, heap_sizes: u8, external_rows: Option<&[u32; 64]>) -> Vec<u8> {
        let mut rows = self.row_counts();
        if let Some(ext) = external_rows {
            for (r, e) in rows.iter_mut().zip(ext) {
                *r = (*r).max(*e);
            }
        }
        let sizes = IndexSizes::new(heap_sizes, rows);
        let mut valid = 0u64;
        let mut sorted = 0u64;
        for &t in TableId::ALL {
            if self.row_count(t) > 0 {
                valid |= 1 << (t as u8);
            }
            if !t.sort_keys().is_empty() {
                sorted |= 1 << (t as u8);
            }
        }
        let row_bytes =
            |t: TableId| -> usize { t.columns().iter().map(|c| sizes.width(c.kind)).sum() };
        // The header, a row count per present table, the rows, padding.
        let table_bytes: usize = (TableId::ALL.iter())
            .map(|&t| self.row_count(t) as usize * row_bytes(t))
            .sum();
        let mut out = Vec::with_capacity(24 + 4 * valid.count_ones() as usize + table_bytes + 3);
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&[2, 0, heap_sizes, 1]);
        out.extend_from_slice(&valid.to_le_bytes());
        out.extend_from_slice(&sorted.to_le_bytes());
        for &t in TableId::ALL {
            if self.row_count(t) > 0 {
                out.extend_from_slice(&self.row_count(t).to_le_bytes());
            }
        }
        for &t in TableId::ALL {
            let cols = t.columns();
            let widths: Vec<usize> = cols.iter().map(|c| sizes.width(c.kind)).collect();
            for row in self.cells[t as usize].chunks(cols.len()) {
                for (v, w) in row.iter().zip(&widths) {
                    // Fixed-size copies: a cell is a couple of stores, not a call.
                    match w {
                        2 => out.extend_from_slice(&(*v as u16).to_le_bytes()),
                        4 => out.extend_from_slice(&v.to_le_bytes()),
                        _ => out.extend_from_slice(&v.to_le_bytes()[..*w]),
                    }
                }
            }
        }
        while out.len() % 4 != 0 {
            out.push(0);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Token;
    use crate::metadata::schema::CodedIndex;

    #[test]
    fn sorting_remaps_references_to_moved_rows() {
        let mut t = TableStore::default();
        let owner = |tbl, rid| {
            CodedIndex::TypeOrMethodDef
                .encode(Token::new(tbl, rid))
                .unwrap()
        };
        // GenericParam rows added out of owner order: method 1's T, then type 1's U.
        let gp_m = t.add_row(
            TableId::GenericParam,
            &[0, 0, owner(TableId::MethodDef, 1), 10],
        );
        let gp_t = t.add_row(
            TableId::GenericParam,
            &[0, 0, owner(TableId::TypeDef, 1), 20],
        );
        t.add_row(TableId::GenericParamConstraint, &[gp_m, 5]);
        t.add_row(TableId::GenericParamConstraint, &[gp_t, 9]);
        let ca_parent = CodedIndex::HasCustomAttribute
            .encode(Token::new(TableId::GenericParam, gp_m))
            .unwrap();
        t.add_row(TableId::CustomAttribute, &[ca_parent, 0, 0]);
        t.sort();
        // TypeDef owners (coded 0 tag) sort first: U is now row 1, T row 2.
        assert_eq!(t.get(TableId::GenericParam, 1, 3), Some(20));
        assert_eq!(t.get(TableId::GenericParam, 2, 3), Some(10));
        // Constraints follow their owners and are re-sorted by the new owner rows.
        assert_eq!(t.get(TableId::GenericParamConstraint, 1, 0), Some(1));
        assert_eq!(t.get(TableId::GenericParamConstraint, 1, 1), Some(9));
        assert_eq!(t.get(TableId::GenericParamConstraint, 2, 0), Some(2));
        let parent = t.get(TableId::CustomAttribute, 1, 0).unwrap();
        assert_eq!(
            CodedIndex::HasCustomAttribute.decode(parent),
            Some(Token::new(TableId::GenericParam, 2))
        );
    }

    #[test]
    fn columns_widen_past_65535_rows() {
        let mut t = TableStore::default();
        for _ in 0..70_000 {
            t.add_row(TableId::Field, &[0, 0, 0]);
        }
        t.add_row(TableId::FieldRVA, &[0, 70_000]);
        let small = t.serialize(0, None);
        // Header 24 bytes + 2 row counts, Field rows 6 bytes, FieldRVA row 4 + 4.
        assert_eq!(small.len(), 24 + 8 + 70_000 * 6 + 8);
        let wide = t.serialize(0x07, None);
        assert_eq!(wide.len(), 24 + 8 + 70_000 * 10 + 8);
    }
}
