//! What a run-time constant in compiled code *means* ([`RtConst`]), its value in this
//! process ([`resolve`]), and its stable spelling in a native image ([`Stable`]):
//! types as assembly + TypeDef row (instantiations, arrays and pointers spelled out
//! recursively), methods as owner + MethodDef row (+ method type arguments), helpers as
//! their offset from an anchor function in this binary (valid because an image is only
//! used by the binary that wrote it: see `format::build_id`).

use super::format::{Reader, Writer};
use crate::jit::JitState;
use crate::loader::AssemblyIdx;
use crate::typesys::{MethodId, TResult, TypeError, TypeId, TypeKind, TypeSystem};

/// A process-specific constant compiled code uses.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum RtConst {
    /// A method's entry cell.
    Cell(MethodId),
    /// A value type method's unboxing cell.
    UnboxingCell(MethodId),
    /// A type's native method table.
    MethodTable(TypeId),
    /// The address of a static field: the type's static block plus an offset.
    Statics(TypeId, u32),
    /// A type's class-initialization flag byte.
    InitFlag(TypeId),
    /// An interned string literal: (assembly, #US offset).
    String(AssemblyIdx, u32),
    /// A field handle for `ldtoken` on a field with RVA data: (assembly, Field row).
    FieldHandle(AssemblyIdx, u32),
    /// A function of this binary (a runtime helper), by address.
    Helper(usize),
    /// `eh::state_addr()`.
    EhState,
    /// The address of `eh::STACK_LIMIT`.
    StackLimit,
    /// A method's id as an immediate.
    MethodIdImm(MethodId),
    /// A type's id as an immediate.
    TypeIdImm(TypeId),
}

/// The function helper offsets are taken from.
fn anchor() -> usize {
    crate::jit::helpers::rt_jit_compile as *const () as usize
}

/// The value of `c` in this process (creating cells, method tables, strings as needed).
pub fn resolve(jit: &mut JitState, ts: &mut TypeSystem, c: RtConst) -> TResult<i64> {
    Ok(match c {
        RtConst::Cell(m) => jit.cell_for(ts, m)? as i64,
        RtConst::UnboxingCell(m) => jit.unboxing_cell(ts, m)? as i64,
        RtConst::MethodTable(t) => jit.mt_of(ts, t)? as i64,
        RtConst::Statics(t, off) => {
            ts.ensure_loaded(t)?;
            (ts.ty(t).statics + off as usize) as i64
        }
        RtConst::InitFlag(t) => {
            ts.ensure_loaded(t)?;
            ts.ty(t).init_flag as i64
        }
        RtConst::String(asm, off) => jit.intern_string(ts, asm, off)? as i64,
        RtConst::FieldHandle(asm, field) => jit.field_rva_handle(ts, asm, field)? as i64,
        RtConst::Helper(addr) => addr as i64,
        RtConst::EhState => crate::jit::eh::state_addr() as i64,
        RtConst::StackLimit => &crate::jit::eh::STACK_LIMIT as *const _ as i64,
        RtConst::MethodIdImm(m) => i64::from(m.0),
        RtConst::TypeIdImm(t) => i64::from(t.0),
    })
}

/// A type in stable form.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SType {
    /// (assembly table index, TypeDef row).
    Def(u32, u32),
    Inst(Box<SType>, Vec<SType>),
    Array(Box<SType>, u32),
    ByRef(Box<SType>),
    Ptr(Box<SType>),
}

/// A method in stable form: owner, MethodDef row, method type arguments.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct SMethod {
    pub owner: SType,
    pub rid: u32,
    pub inst: Vec<SType>,
}

/// A relocation target in stable form (what an image stores).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Stable {
    Cell(SMethod),
    UnboxingCell(SMethod),
    MethodTable(SType),
    Statics(SType, u32),
    InitFlag(SType),
    String(u32, u32),
    FieldHandle(u32, u32),
    Helper(i64),
    /// A Cranelift libcall (floor, fmod, memcpy...) by name.
    LibCall(String),
    EhState,
    StackLimit,
    MethodIdImm(SMethod),
    TypeIdImm(SType),
}

/// Maps this process's assemblies to an image's assembly table and back.
pub trait AsmTable {
    /// The table index of `asm` (added when new).
    fn index_of(&mut self, ts: &TypeSystem, asm: AssemblyIdx) -> u32;
}

/// Stable form of type `t`.
pub fn stable_type(ts: &TypeSystem, tab: &mut dyn AsmTable, t: TypeId) -> TResult<SType> {
    let info = ts.ty(t);
    if !info.inst.is_empty() {
        let (asm, rid) = info
            .def
            .ok_or_else(|| unexpressible("instantiated synthetic"))?;
        let def = SType::Def(tab.index_of(ts, asm), rid);
        let args = info
            .inst
            .clone()
            .iter()
            .map(|&a| stable_type(ts, tab, a))
            .collect::<TResult<Vec<_>>>()?;
        return Ok(SType::Inst(Box::new(def), args));
    }
    if let Some((asm, rid)) = info.def {
        return Ok(SType::Def(tab.index_of(ts, asm), rid));
    }
    Ok(match info.kind {
        TypeKind::Array { elem, rank } => SType::Array(Box::new(stable_type(ts, tab, elem)?), rank),
        TypeKind::ByRef(e) => SType::ByRef(Box::new(stable_type(ts, tab, e)?)),
        TypeKind::Ptr(e) => SType::Ptr(Box::new(stable_type(ts, tab, e)?)),
        _ => return Err(unexpressible("a type without a definition")),
    })
}

/// Stable form of method `m`.
pub fn stable_method(ts: &TypeSystem, tab: &mut dyn AsmTable, m: MethodId) -> TResult<SMethod> {
    let info = ts.method(m);
    if info.rid == 0 || ts.ty(info.owner).def.map(|(a, _)| a) != Some(info.asm) {
        return Err(unexpressible("a runtime-provided method"));
    }
    let inst = info.method_inst.clone();
    Ok(SMethod {
        owner: stable_type(ts, tab, info.owner)?,
        rid: info.rid,
        inst: inst
            .iter()
            .map(|&a| stable_type(ts, tab, a))
            .collect::<TResult<Vec<_>>>()?,
    })
}

/// Stable form of `c`.
pub fn stable(ts: &TypeSystem, tab: &mut dyn AsmTable, c: RtConst) -> TResult<Stable> {
    Ok(match c {
        RtConst::Cell(m) => Stable::Cell(stable_method(ts, tab, m)?),
        RtConst::UnboxingCell(m) => Stable::UnboxingCell(stable_method(ts, tab, m)?),
        RtConst::MethodTable(t) => Stable::MethodTable(stable_type(ts, tab, t)?),
        RtConst::Statics(t, off) => Stable::Statics(stable_type(ts, tab, t)?, off),
        RtConst::InitFlag(t) => Stable::InitFlag(stable_type(ts, tab, t)?),
        RtConst::String(a, off) => Stable::String(tab.index_of(ts, a), off),
        RtConst::FieldHandle(a, f) => Stable::FieldHandle(tab.index_of(ts, a), f),
        RtConst::Helper(addr) => Stable::Helper(addr as i64 - anchor() as i64),
        RtConst::EhState => Stable::EhState,
        RtConst::StackLimit => Stable::StackLimit,
        RtConst::MethodIdImm(m) => Stable::MethodIdImm(stable_method(ts, tab, m)?),
        RtConst::TypeIdImm(t) => Stable::TypeIdImm(stable_type(ts, tab, t)?),
    })
}

fn unexpressible(what: &str) -> TypeError {
    TypeError::type_load(format!("not expressible in a native image: {what}"))
}

/// Resolves an image's assembly table index to a loaded assembly.
pub trait AsmResolver {
    fn assembly(&mut self, ts: &mut TypeSystem, idx: u32) -> TResult<AssemblyIdx>;
}

/// The type `s` names in this process.
pub fn type_of(ts: &mut TypeSystem, r: &mut dyn AsmResolver, s: &SType) -> TResult<TypeId> {
    Ok(match s {
        SType::Def(a, rid) => {
            let asm = r.assembly(ts, *a)?;
            ts.type_of_def(asm, *rid)?
        }
        SType::Inst(def, args) => {
            let d = type_of(ts, r, def)?;
            let args = args
                .iter()
                .map(|a| type_of(ts, r, a))
                .collect::<TResult<Vec<_>>>()?;
            ts.instantiate(d, args)?
        }
        SType::Array(e, rank) => {
            let e = type_of(ts, r, e)?;
            ts.array_of(e, *rank)?
        }
        SType::ByRef(e) => {
            let e = type_of(ts, r, e)?;
            ts.composite(TypeKind::ByRef(e))?
        }
        SType::Ptr(e) => {
            let e = type_of(ts, r, e)?;
            ts.composite(TypeKind::Ptr(e))?
        }
    })
}

/// The method `s` names in this process.
pub fn method_of(ts: &mut TypeSystem, r: &mut dyn AsmResolver, s: &SMethod) -> TResult<MethodId> {
    let owner = type_of(ts, r, &s.owner)?;
    if !s.inst.is_empty() {
        let args = s
            .inst
            .iter()
            .map(|a| type_of(ts, r, a))
            .collect::<TResult<Vec<_>>>()?;
        return ts.instantiate_method(owner, s.rid, args);
    }
    ts.ensure_loaded(owner)?;
    ts.method_of_def(owner, s.rid)
        .ok_or_else(|| TypeError::missing_method("a native image names a missing method"))
}

/// The in-process constant a stable target names (`None` for libcalls, which the
/// image loader resolves by name).
pub fn rt_const_of(
    ts: &mut TypeSystem,
    r: &mut dyn AsmResolver,
    s: &Stable,
) -> TResult<Option<RtConst>> {
    Ok(Some(match s {
        Stable::Cell(m) => RtConst::Cell(method_of(ts, r, m)?),
        Stable::UnboxingCell(m) => RtConst::UnboxingCell(method_of(ts, r, m)?),
        Stable::MethodTable(t) => RtConst::MethodTable(type_of(ts, r, t)?),
        Stable::Statics(t, off) => RtConst::Statics(type_of(ts, r, t)?, *off),
        Stable::InitFlag(t) => RtConst::InitFlag(type_of(ts, r, t)?),
        Stable::String(a, off) => RtConst::String(r.assembly(ts, *a)?, *off),
        Stable::FieldHandle(a, f) => RtConst::FieldHandle(r.assembly(ts, *a)?, *f),
        Stable::Helper(off) => RtConst::Helper((anchor() as i64).wrapping_add(*off) as usize),
        Stable::EhState => RtConst::EhState,
        Stable::StackLimit => RtConst::StackLimit,
        Stable::MethodIdImm(m) => RtConst::MethodIdImm(method_of(ts, r, m)?),
        Stable::TypeIdImm(t) => RtConst::TypeIdImm(type_of(ts, r, t)?),
        Stable::LibCall(_) => return Ok(None),
    }))
}

// ---- encoding ----

fn put_type(w: &mut Writer, t: &SType) {
    match t {
        SType::Def(a, rid) => {
            w.u8(0);
            w.u32(*a);
            w.u32(*rid);
        }
        SType::Inst(d, args) => {
            w.u8(1);
            put_type(w, d);
            w.u32(args.len() as u32);
            for a in args {
                put_type(w, a);
            }
        }
        SType::Array(e, rank) => {
            w.u8(2);
            put_type(w, e);
            w.u32(*rank);
        }
        SType::ByRef(e) => {
            w.u8(3);
            put_type(w, e);
        }
        SType::Ptr(e) => {
            w.u8(4);
            put_type(w, e);
        }
    }
}

/// Nesting deeper than this is refused (a corrupt image must not overflow the stack).
const MAX_DEPTH: u32 = 64;

fn get_type(r: &mut Reader<'_>, depth: u32) -> Option<SType> {
    if depth > MAX_DEPTH {
        return None;
    }
    Some(match r.u8()? {
        0 => SType::Def(r.u32()?, r.u32()?),
        1 => {
            let d = get_type(r, depth + 1)?;
            let n = r.count(1)?;
            let mut args = Vec::with_capacity(n);
            for _ in 0..n {
                args.push(get_type(r, depth + 1)?);
            }
            SType::Inst(Box::new(d), args)
        }
        2 => {
            let e = get_type(r, depth + 1)?;
            SType::Array(Box::new(e), r.u32()?)
        }
        3 => SType::ByRef(Box::new(get_type(r, depth + 1)?)),
        4 => SType::Ptr(Box::new(get_type(r, depth + 1)?)),
        _ => return None,
    })
}

/// Appends method `m` (the key of an instantiation in an image).
pub fn put_method(w: &mut Writer, m: &SMethod) {
    put_type(w, &m.owner);
    w.u32(m.rid);
    w.u32(m.inst.len() as u32);
    for a in &m.inst {
        put_type(w, a);
    }
}

fn get_method(r: &mut Reader<'_>) -> Option<SMethod> {
    let owner = get_type(r, 0)?;
    let rid = r.u32()?;
    let n = r.count(1)?;
    let mut inst = Vec::with_capacity(n);
    for _ in 0..n {
        inst.push(get_type(r, 0)?);
    }
    Some(SMethod { owner, rid, inst })
}

/// Appends `s` to `w`.
pub fn encode(w: &mut Writer, s: &Stable) {
    match s {
        Stable::Cell(m) => {
            w.u8(0);
            put_method(w, m);
        }
        Stable::UnboxingCell(m) => {
            w.u8(1);
            put_method(w, m);
        }
        Stable::MethodTable(t) => {
            w.u8(2);
            put_type(w, t);
        }
        Stable::Statics(t, off) => {
            w.u8(3);
            put_type(w, t);
            w.u32(*off);
        }
        Stable::InitFlag(t) => {
            w.u8(4);
            put_type(w, t);
        }
        Stable::String(a, off) => {
            w.u8(5);
            w.u32(*a);
            w.u32(*off);
        }
        Stable::FieldHandle(a, f) => {
            w.u8(6);
            w.u32(*a);
            w.u32(*f);
        }
        Stable::Helper(off) => {
            w.u8(7);
            w.u64(*off as u64);
        }
        Stable::LibCall(name) => {
            w.u8(8);
            w.str(name);
        }
        Stable::EhState => w.u8(9),
        Stable::StackLimit => w.u8(10),
        Stable::MethodIdImm(m) => {
            w.u8(11);
            put_method(w, m);
        }
        Stable::TypeIdImm(t) => {
            w.u8(12);
            put_type(w, t);
        }
    }
}

/// Reads a target written by [`encode`]; `None` when malformed.
pub fn decode(r: &mut Reader<'_>) -> Option<Stable> {
    Some(match r.u8()? {
        0 => Stable::Cell(get_method(r)?),
        1 => Stable::UnboxingCell(get_method(r)?),
        2 => Stable::MethodTable(get_type(r, 0)?),
        3 => Stable::Statics(get_type(r, 0)?, r.u32()?),
        4 => Stable::InitFlag(get_type(r, 0)?),
        5 => Stable::String(r.u32()?, r.u32()?),
        6 => Stable::FieldHandle(r.u32()?, r.u32()?),
        7 => Stable::Helper(r.u64()? as i64),
        8 => Stable::LibCall(r.str()?.to_owned()),
        9 => Stable::EhState,
        10 => Stable::StackLimit,
        11 => Stable::MethodIdImm(get_method(r)?),
        12 => Stable::TypeIdImm(get_type(r, 0)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_round_trip() {
        let t = SType::Inst(
            Box::new(SType::Def(1, 7)),
            vec![SType::Array(Box::new(SType::Def(0, 3)), 0)],
        );
        let m = SMethod {
            owner: t.clone(),
            rid: 9,
            inst: vec![SType::ByRef(Box::new(SType::Def(0, 2)))],
        };
        let all = vec![
            Stable::Cell(m.clone()),
            Stable::UnboxingCell(m.clone()),
            Stable::MethodTable(t.clone()),
            Stable::Statics(SType::Ptr(Box::new(SType::Def(2, 5))), 24),
            Stable::InitFlag(t.clone()),
            Stable::String(0, 77),
            Stable::FieldHandle(1, 4),
            Stable::Helper(-4096),
            Stable::LibCall("FloorF64".into()),
            Stable::EhState,
            Stable::StackLimit,
            Stable::MethodIdImm(m),
            Stable::TypeIdImm(t),
        ];
        for s in all {
            let mut w = Writer::default();
            encode(&mut w, &s);
            let bytes = w.finish();
            let mut r = Reader::new(&bytes);
            assert_eq!(decode(&mut r), Some(s.clone()));
            assert!(r.at_end());
            // Every strict prefix is refused, never misread.
            for n in 0..bytes.len() {
                let mut r = Reader::new(&bytes[..n]);
                assert_eq!(decode(&mut r), None, "{s:?} cut at {n}");
            }
        }
    }

    #[test]
    fn deep_nesting_is_refused() {
        let mut w = Writer::default();
        w.u8(2);
        for _ in 0..1000 {
            w.u8(3);
        }
        w.u8(0);
        w.u32(0);
        w.u32(1);
        let bytes = w.finish();
        assert_eq!(decode(&mut Reader::new(&bytes)), None);
    }
}
