//! The disassembler behind `ildasm-lite`: a table summary (`Name: rows` per non-empty
//! table) and ildasm-like text of a whole assembly (types, members, signatures, IL with
//! labels, exception blocks, custom attributes).

mod names;
mod text;

pub use names::Names;
pub use text::{Disassembly, disassemble, method_il};

use crate::metadata::schema::TableId;
use crate::reader::Metadata;

/// One line `Name: rows` for every non-empty table, in table-number order.
pub fn tables_summary(md: &Metadata<'_>) -> String {
    let mut out = String::new();
    for &t in TableId::ALL {
        let n = md.row_count(t);
        if n > 0 {
            out.push_str(&format!("{}: {n}\n", t.name()));
        }
    }
    out
}
