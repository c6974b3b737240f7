//! Reading an assembly and writing it back through il-emit: every table row is copied
//! with its heap references re-interned, method bodies keep their IL bytes (only `ldstr`
//! tokens are re-pointed at the new `#US` heap), mapped field data and managed resources
//! are carried over, and the PE image is laid out anew by our writer.
//!
//! This is the test of both directions at once: the result must run and disassemble as
//! the original does. It deliberately does not carry a strong-name signature (it could not
//! be valid for new bytes) nor unmanaged resources.

use crate::entity::{BlobIdx, FieldId, GuidIdx, MethodDefId, StringIdx, Token};
use crate::il::body::MethodBody;
use crate::il::decode::{DecodedOperand, Decoder};
use crate::il::opcode::Opcode;
use crate::metadata::builder::MetadataBuilder;
use crate::metadata::schema::{Column, TableId};
use crate::pe::{ImageKind, PeOptions, write_pe};
use crate::reader::{Assembly, Metadata, ReadError};
use crate::signature::{TypeSig, decode};
use std::collections::HashMap;

/// Rewrites an assembly's bytes through the reader and the writer.
pub fn rewrite(bytes: &[u8]) -> Result<Vec<u8>, ReadError> {
    let asm = Assembly::parse(bytes)?;
    let md = &asm.metadata;
    let mut out = MetadataBuilder::new();
    let mut guids: HashMap<u32, GuidIdx> = HashMap::new();
    for &t in TableId::ALL {
        if t.is_debug() || t == TableId::FieldRVA {
            continue;
        }
        for rid in 1..=md.row_count(t) {
            let mut values = Vec::with_capacity(t.columns().len());
            for (ci, col) in t.columns().iter().enumerate() {
                let v = md.tables().cell(t, rid, ci)?;
                values.push(match col.kind {
                    Column::String => out.string(md.string(StringIdx(v))?).0,
                    Column::Blob => out.blob(md.blob(BlobIdx(v))?).0,
                    Column::Guid if v == 0 => 0,
                    Column::Guid => match guids.get(&v) {
                        Some(g) => g.0,
                        None => {
                            let g = out.guids.add(md.guids.get(GuidIdx(v))?);
                            guids.insert(v, g);
                            g.0
                        }
                    },
                    _ => v,
                });
            }
            if t == TableId::MethodDef {
                values[0] = 0;
            }
            out.add_row(t, &values);
        }
    }
    for rid in 1..=md.row_count(TableId::MethodDef) {
        if let Some(body) = asm.method_body(rid)? {
            let code = repoint_strings(md, &body.code, &mut out)?;
            let body = MethodBody {
                code: code.into(),
                ..body
            };
            out.set_method_body(MethodDefId(rid), &body);
        }
    }
    for rid in 1..=md.row_count(TableId::FieldRVA) {
        let row = md.field_rva(rid)?;
        let size = field_data_size(&asm, row.field, row.rva)?;
        out.add_field_data(FieldId(row.field), asm.pe.slice(row.rva, size)?);
    }
    let resources = match asm.pe.cli.resources {
        r if r.size > 0 => asm.pe.slice(r.rva, r.size)?.to_vec(),
        _ => Vec::new(),
    };
    let kind = if asm.pe.characteristics & 0x2000 != 0 {
        ImageKind::Dll
    } else {
        ImageKind::Exe
    };
    let opts = PeOptions {
        kind,
        entry_point: asm.entry_point(),
        resources,
        debug: None,
    };
    Ok(write_pe(&mut out, &opts))
}

/// Copies IL bytes, re-pointing each `ldstr` operand at the string in the new `#US` heap.
fn repoint_strings(
    md: &Metadata<'_>,
    code: &[u8],
    out: &mut MetadataBuilder,
) -> Result<Vec<u8>, ReadError> {
    let mut copy = code.to_vec();
    for ins in Decoder::new(code) {
        let ins = ins.map_err(|e| ReadError::BadSignature {
            reason: e.to_string(),
        })?;
        if let (Opcode::Ldstr, DecodedOperand::Token(t)) = (ins.opcode, &ins.operand) {
            let units = md.user_strings.get_utf16(t.rid())?;
            let new = out.user_string_utf16(&units);
            let at = ins.offset as usize + 1;
            if let Some(slot) = copy.get_mut(at..at + 4) {
                slot.copy_from_slice(&new.0.to_le_bytes());
            }
        }
    }
    Ok(copy)
}

/// How many bytes of mapped data a field with an RVA owns: its type's size (primitives,
/// or a value type's ClassLayout), else up to the next field's data.
fn field_data_size(asm: &Assembly<'_>, field: u32, rva: u32) -> Result<u32, ReadError> {
    let md = &asm.metadata;
    let sig = decode::field_sig(md.blob(md.field(field)?.signature)?).map_err(|e| {
        ReadError::BadSignature {
            reason: e.to_string(),
        }
    })?;
    let fixed = match sig.ty {
        TypeSig::Boolean | TypeSig::I1 | TypeSig::U1 => Some(1),
        TypeSig::Char | TypeSig::I2 | TypeSig::U2 => Some(2),
        TypeSig::I4 | TypeSig::U4 | TypeSig::R4 => Some(4),
        TypeSig::I8 | TypeSig::U8 | TypeSig::R8 => Some(8),
        TypeSig::ValueType(t) if t.table() == Some(TableId::TypeDef) => class_size(md, t)?,
        _ => None,
    };
    if let Some(n) = fixed {
        return Ok(n);
    }
    let next = (1..=md.row_count(TableId::FieldRVA))
        .filter_map(|r| md.field_rva(r).ok().map(|row| row.rva))
        .filter(|&r| r > rva)
        .min();
    Ok(next.map_or(8, |n| n - rva))
}

fn class_size(md: &Metadata<'_>, t: Token) -> Result<Option<u32>, ReadError> {
    for rid in 1..=md.row_count(TableId::ClassLayout) {
        let row = md.class_layout(rid)?;
        if row.parent == t.rid() && row.class_size > 0 {
            return Ok(Some(row.class_size));
        }
    }
    Ok(None)
}
