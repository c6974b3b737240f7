//! Whole-metadata validation: every cell of every table is checked against the schema:
//! heap indices resolve (strings are UTF-8, blobs fit), simple indices name an existing row
//! (list columns may point one past the end), and coded indices have a valid tag and row.
//! The loader runs this before anything executes; the reader itself stays lazy.
#![deny(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use super::error::ReadError;
use super::metadata::Metadata;
use crate::entity::{BlobIdx, GuidIdx, StringIdx};
use crate::metadata::schema::{Column, TableId};

/// Checks every cell of every table; the first defect found is returned.
pub fn validate(md: &Metadata<'_>) -> Result<(), ReadError> {
    for &t in TableId::ALL {
        let rows = md.row_count(t);
        for rid in 1..=rows {
            for (ci, col) in t.columns().iter().enumerate() {
                let v = md.tables().cell(t, rid, ci)?;
                check_cell(md, col.kind, v)?;
            }
        }
    }
    Ok(())
}

fn check_cell(md: &Metadata<'_>, kind: Column, v: u32) -> Result<(), ReadError> {
    match kind {
        Column::U8 | Column::U16 | Column::U32 => Ok(()),
        Column::String => md.strings.get(StringIdx(v)).map(|_| ()),
        Column::Blob => md.blobs.get(BlobIdx(v)).map(|_| ()),
        Column::Guid => md.guids.get(GuidIdx(v)).map(|_| ()),
        Column::Table(t) => {
            // List columns may point one past the end (an empty list at the table's end);
            // tables of another module (a PDB's references) are sized by their counts.
            let limit = md.tables().sizes.row_count(t).saturating_add(1);
            if v > limit {
                return Err(ReadError::RowOutOfRange { table: t, rid: v });
            }
            Ok(())
        }
        Column::Coded(c) => {
            let token = c.decode(v).ok_or(ReadError::BadCodedIndex { value: v })?;
            let Some(t) = token.table() else {
                return Err(ReadError::BadCodedIndex { value: v });
            };
            if token.rid() > md.tables().sizes.row_count(t) {
                return Err(ReadError::RowOutOfRange {
                    table: t,
                    rid: token.rid(),
                });
            }
            Ok(())
        }
    }
}
