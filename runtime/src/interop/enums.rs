//! Enums for corlib's `System.Enum`: a boxed value's number and name (`[Flags]`
//! combinations as `A, B`), and, from a type handle, the named constants in .NET's
//! order (`GetNames`, `GetValues`) and boxing a number as the enum (`Parse`, `ToObject`).

use super::icalls::{new_str, new_string_array};
use super::objects::*;
use crate::gc::object;
use crate::jit::helpers::{fatal, mt_of, rt_alloc, rt_new_array, type_of_obj};
use crate::typesys::{Prim, TypeId, TypeKind, TypeSystem};
use crate::vm::Vm;

/// The enum type behind handle `h`, loaded, with its underlying primitive (`None`
/// when `h` is not an enum).
fn enum_type(h: i64) -> Option<(TypeId, Prim)> {
    let ty = TypeId(h as u32);
    let vm = Vm::current();
    let mut ts = vm.types.borrow_mut();
    let TypeKind::Enum(p) = ts.ty(ty).kind else {
        return None;
    };
    ts.ensure_loaded(ty).ok()?;
    Some((ty, p))
}

pub(super) extern "C" fn is_enum_handle(h: i64) -> i32 {
    i32::from(enum_type(h).is_some())
}

/// `Enum.GetNames`: a `string[]` (empty for a type that is not an enum).
pub(super) extern "C" fn enum_names(h: i64) -> usize {
    let names: Vec<String> = match enum_type(h) {
        Some((ty, _)) => {
            let ts = Vm::current().types.borrow();
            sorted_constants(&ts, ty)
                .into_iter()
                .map(|(n, _)| n)
                .collect()
        }
        None => Vec::new(),
    };
    new_string_array(&names)
}

/// `Enum.GetValues`: an array of the enum type itself (null when not an enum).
pub(super) extern "C" fn enum_values_array(h: i64) -> usize {
    let Some((ty, prim)) = enum_type(h) else {
        return 0;
    };
    let (values, arr_ty) = {
        let vm = Vm::current();
        let mut ts = vm.types.borrow_mut();
        let values: Vec<i128> = sorted_constants(&ts, ty)
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        (values, ts.array_of(ty, 0))
    };
    let arr_ty = arr_ty.unwrap_or_else(|e| fatal(&e));
    let arr = rt_new_array(mt_of(arr_ty), values.len() as i64);
    let size = prim.size() as usize;
    for (i, v) in values.iter().enumerate() {
        let bytes = (*v as i64).to_le_bytes();
        move_bytes(array_data(arr) + i * size, bytes.as_ptr() as usize, size);
    }
    arr
}

/// A boxed enum of handle `h` holding `v` (truncated to the underlying size); null
/// when `h` is not an enum.
pub(super) extern "C" fn enum_box(h: i64, v: i64) -> usize {
    let Some((ty, prim)) = enum_type(h) else {
        return 0;
    };
    let obj = rt_alloc(mt_of(ty));
    let bytes = v.to_le_bytes();
    move_bytes(
        obj + object::HEADER,
        bytes.as_ptr() as usize,
        prim.size() as usize,
    );
    obj
}

/// The value of boxed enum `o` as a 64-bit integer (sign- or zero-extended).
pub(super) extern "C" fn enum_value(o: usize) -> i64 {
    if o == 0 {
        return 0;
    }
    let ty = type_of_obj(o);
    let prim = match Vm::current().types.borrow().ty(ty).kind {
        TypeKind::Enum(p) | TypeKind::Primitive(p) => p,
        _ => Prim::I4,
    };
    read_int(o + object::HEADER, prim.size(), prim.is_signed()) as i64
}

pub(super) extern "C" fn enum_to_string(o: usize) -> usize {
    let ty = type_of_obj(o);
    let text = {
        let ts = Vm::current().types.borrow();
        let prim = match ts.ty(ty).kind {
            TypeKind::Enum(p) => p,
            _ => Prim::I4,
        };
        let v = read_int(o + object::HEADER, prim.size(), prim.is_signed());
        enum_name(&ts, ty, v)
    };
    new_str(&text)
}

/// An enum's named constants in declaration order, each with its value.
fn enum_constants(ts: &TypeSystem, ty: TypeId) -> Vec<(String, i128)> {
    let Some((asm, _)) = ts.ty(ty).def else {
        return Vec::new();
    };
    let md = &ts.loader.get(asm).image.metadata;
    let mut names: Vec<(String, i128)> = Vec::new();
    for &f in &ts.ty(ty).fields {
        let fi = ts.field(f);
        if !fi.is_literal() {
            continue;
        }
        let tok = il_emit::entity::Token::new(il_emit::TableId::Field, fi.rid);
        let Ok(range) = md.rows_for(il_emit::TableId::Constant, 2, tok) else {
            continue;
        };
        for r in range {
            let Ok(c) = md.constant(r) else { continue };
            let Ok(bytes) = md.blob(c.value) else {
                continue;
            };
            let mut buf = [0u8; 8];
            for (i, b) in bytes.iter().take(8).enumerate() {
                buf[i] = *b;
            }
            let raw = i64::from_le_bytes(buf);
            let val = match c.ty {
                0x04 => i128::from(raw as i8),
                0x06 => i128::from(raw as i16),
                0x08 => i128::from(raw as i32),
                0x05 => i128::from(raw as u8),
                0x07 => i128::from(raw as u16),
                0x09 => i128::from(raw as u32),
                0x0b => i128::from(raw as u64),
                _ => i128::from(raw),
            };
            names.push((fi.name.clone(), val));
        }
    }
    names
}

/// The constants sorted as .NET's `Enum.GetNames`/`GetValues` list them: by value read
/// as unsigned 64 bits (stable, so equal values keep declaration order).
fn sorted_constants(ts: &TypeSystem, ty: TypeId) -> Vec<(String, i128)> {
    let mut names = enum_constants(ts, ty);
    names.sort_by_key(|(_, v)| *v as i64 as u64);
    names
}

/// An enum value's name, `[Flags]` combinations as `A, B`, or the number.
fn enum_name(ts: &TypeSystem, ty: TypeId, v: i128) -> String {
    let Some((asm, rid)) = ts.ty(ty).def else {
        return v.to_string();
    };
    let names = enum_constants(ts, ty);
    if let Some((n, _)) = names.iter().find(|(_, x)| *x == v) {
        return n.clone();
    }
    if has_flags_attribute(ts, asm, rid) && v > 0 {
        let mut rest = v;
        let mut parts = Vec::new();
        let mut sorted = names.clone();
        sorted.sort_by_key(|(_, x)| std::cmp::Reverse(*x));
        for (n, x) in &sorted {
            if *x != 0 && rest & x == *x {
                parts.push(n.clone());
                rest &= !x;
            }
        }
        if rest == 0 {
            parts.reverse();
            return parts.join(", ");
        }
    }
    v.to_string()
}

fn has_flags_attribute(ts: &TypeSystem, asm: crate::loader::AssemblyIdx, rid: u32) -> bool {
    let md = &ts.loader.get(asm).image.metadata;
    let tok = il_emit::entity::Token::new(il_emit::TableId::TypeDef, rid);
    let Ok(range) = md.custom_attributes(tok) else {
        return false;
    };
    for r in range {
        let Ok(ca) = md.custom_attribute(r) else {
            continue;
        };
        let class = match ca.ty.table() {
            Some(il_emit::TableId::MemberRef) => md.member_ref(ca.ty.rid()).map(|m| m.class).ok(),
            _ => None,
        };
        let name = match class.and_then(|c| c.table().map(|t| (t, c.rid()))) {
            Some((il_emit::TableId::TypeRef, r)) => md
                .type_ref(r)
                .ok()
                .and_then(|t| md.string(t.type_name).ok()),
            Some((il_emit::TableId::TypeDef, r)) => md
                .type_def(r)
                .ok()
                .and_then(|t| md.string(t.type_name).ok()),
            _ => None,
        };
        if name == Some("FlagsAttribute") {
            return true;
        }
    }
    false
}
