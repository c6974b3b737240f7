//! Objects and memory: fields (receivers, `initonly`, constructors' own fields before
//! the base call), indirect loads and stores through managed pointers (unmanaged ones
//! are unverifiable), `ldobj`/`stobj`/`initobj`, boxing, casts, arrays and tokens.

use super::{Flow, VResult};
use crate::typesys::{FieldId, Prim, TypeId, TypeKind};
use crate::verify::error::ErrorKind;
use crate::verify::vtype::{self, Kind, PERMANENT, READONLY, Reduced, Sv, reduced};
use crate::verify::{State, Verifier};
use il_emit::TableId;
use il_emit::il::decode::Instruction;
use il_emit::il::opcode::Opcode;

/// What an `ldind`/`stind`/`ldelem`/`stelem` form moves.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Elem {
    Prim(Prim),
    Ref,
    /// `ldelem T`/`stelem T`: the token's type.
    Token,
}

impl Verifier<'_> {
    pub(super) fn object_op(&mut self, ins: &Instruction, st: &mut State) -> VResult<Option<Flow>> {
        use Opcode::*;
        let off = ins.offset;
        match ins.opcode {
            Ldfld | Ldflda | Stfld => self.instance_field(ins, st)?,
            Ldsfld | Ldsflda | Stsfld => self.static_field(ins, st)?,
            LdindI1 => self.ldind(st, off, Elem::Prim(Prim::I1))?,
            LdindU1 => self.ldind(st, off, Elem::Prim(Prim::U1))?,
            LdindI2 => self.ldind(st, off, Elem::Prim(Prim::I2))?,
            LdindU2 => self.ldind(st, off, Elem::Prim(Prim::U2))?,
            LdindI4 => self.ldind(st, off, Elem::Prim(Prim::I4))?,
            LdindU4 => self.ldind(st, off, Elem::Prim(Prim::U4))?,
            LdindI8 => self.ldind(st, off, Elem::Prim(Prim::I8))?,
            LdindI => self.ldind(st, off, Elem::Prim(Prim::I))?,
            LdindR4 => self.ldind(st, off, Elem::Prim(Prim::R4))?,
            LdindR8 => self.ldind(st, off, Elem::Prim(Prim::R8))?,
            LdindRef => self.ldind(st, off, Elem::Ref)?,
            StindI1 => self.stind(st, off, Elem::Prim(Prim::I1))?,
            StindI2 => self.stind(st, off, Elem::Prim(Prim::I2))?,
            StindI4 => self.stind(st, off, Elem::Prim(Prim::I4))?,
            StindI8 => self.stind(st, off, Elem::Prim(Prim::I8))?,
            StindI => self.stind(st, off, Elem::Prim(Prim::I))?,
            StindR4 => self.stind(st, off, Elem::Prim(Prim::R4))?,
            StindR8 => self.stind(st, off, Elem::Prim(Prim::R8))?,
            StindRef => self.stind(st, off, Elem::Ref)?,
            Ldobj => {
                let t = self.resolve_type(ins)?;
                let addr = self.pop(st, off)?;
                self.check_address(&addr, t, off, false)?;
                self.push_type(st, t, off)?;
            }
            Stobj => {
                let t = self.resolve_type(ins)?;
                let v = self.pop(st, off)?;
                let addr = self.pop(st, off)?;
                self.check_address(&addr, t, off, true)?;
                self.check_assign(&v, t, off)?;
            }
            Cpobj => {
                let t = self.resolve_type(ins)?;
                let src = self.pop(st, off)?;
                let dst = self.pop(st, off)?;
                self.check_address(&src, t, off, false)?;
                self.check_address(&dst, t, off, true)?;
            }
            Initobj => {
                let t = self.resolve_type(ins)?;
                let addr = self.pop(st, off)?;
                self.check_address(&addr, t, off, true)?;
            }
            Box => {
                let t = self.resolve_type(ins)?;
                let v = self.pop(st, off)?;
                if matches!(self.env.ts.ty(t).kind, TypeKind::ByRef(_)) || v.kind == Kind::ByRef {
                    return Err(self.err(ErrorKind::BoxByRef, off));
                }
                self.check_assign(&v, t, off)?;
                let boxed = self.nullable_underlying(t).unwrap_or(t);
                self.push(st, Sv::obj(boxed), off)?;
            }
            Unbox => {
                let t = self.resolve_type(ins)?;
                let v = self.pop(st, off)?;
                self.expect_objref(&v, off)?;
                if !self.env.ts.is_value_type(t) {
                    return Err(self.err(ErrorKind::ValueTypeExpected, off));
                }
                self.push(st, Sv::byref(t, PERMANENT), off)?;
            }
            UnboxAny => {
                let t = self.resolve_type(ins)?;
                let v = self.pop(st, off)?;
                self.expect_objref(&v, off)?;
                self.push_type(st, t, off)?;
            }
            Castclass | Isinst => {
                let t = self.resolve_type(ins)?;
                let v = self.pop(st, off)?;
                self.expect_objref(&v, off)?;
                if matches!(
                    self.env.ts.ty(t).kind,
                    TypeKind::ByRef(_) | TypeKind::Ptr(_)
                ) {
                    return Err(self.err(ErrorKind::StackUnexpected, off));
                }
                let boxed = self.nullable_underlying(t).unwrap_or(t);
                self.push(st, Sv::obj(boxed), off)?;
            }
            Newarr => {
                let t = self.resolve_type(ins)?;
                let n = self.pop(st, off)?;
                if !matches!(n.kind, Kind::I4 | Kind::NativeInt) {
                    return Err(self.unexpected(ErrorKind::StackUnexpected, off, &n, "Int32"));
                }
                if matches!(self.env.ts.ty(t).kind, TypeKind::ByRef(_)) {
                    return Err(self.err(ErrorKind::ArrayByRef, off));
                }
                let arr = self
                    .env
                    .ts
                    .array_of(t, 0)
                    .map_err(|_| self.err(ErrorKind::TokenResolve, off))?;
                self.push(st, Sv::obj(arr), off)?;
            }
            Ldlen => {
                let a = self.pop(st, off)?;
                self.array_elem(&a, off)?;
                self.push(st, Sv::prim(Kind::NativeInt), off)?;
            }
            Ldelema => {
                let t = self.resolve_type(ins)?;
                let readonly = self.take_prefix().readonly;
                self.index(st, off)?;
                let a = self.pop(st, off)?;
                if let Some(e) = self.array_elem(&a, off)? {
                    let same = e == t || reduced(self.env.ts, e) == reduced(self.env.ts, t);
                    let covariant =
                        readonly && self.env.is_ref_type(e) && self.env.ref_assignable(e, t);
                    if !same && !covariant {
                        return Err(self.unexpected(
                            ErrorKind::StackUnexpectedArrayType,
                            off,
                            &a,
                            &vtype::type_name(self.env.ts, t),
                        ));
                    }
                }
                let flags = PERMANENT | if readonly { READONLY } else { 0 };
                self.push(st, Sv::byref(t, flags), off)?;
            }
            LdelemI1 => self.ldelem(ins, st, Elem::Prim(Prim::I1))?,
            LdelemU1 => self.ldelem(ins, st, Elem::Prim(Prim::U1))?,
            LdelemI2 => self.ldelem(ins, st, Elem::Prim(Prim::I2))?,
            LdelemU2 => self.ldelem(ins, st, Elem::Prim(Prim::U2))?,
            LdelemI4 => self.ldelem(ins, st, Elem::Prim(Prim::I4))?,
            LdelemU4 => self.ldelem(ins, st, Elem::Prim(Prim::U4))?,
            LdelemI8 => self.ldelem(ins, st, Elem::Prim(Prim::I8))?,
            LdelemI => self.ldelem(ins, st, Elem::Prim(Prim::I))?,
            LdelemR4 => self.ldelem(ins, st, Elem::Prim(Prim::R4))?,
            LdelemR8 => self.ldelem(ins, st, Elem::Prim(Prim::R8))?,
            LdelemRef => self.ldelem(ins, st, Elem::Ref)?,
            Ldelem => self.ldelem(ins, st, Elem::Token)?,
            StelemI1 => self.stelem(ins, st, Elem::Prim(Prim::I1))?,
            StelemI2 => self.stelem(ins, st, Elem::Prim(Prim::I2))?,
            StelemI4 => self.stelem(ins, st, Elem::Prim(Prim::I4))?,
            StelemI8 => self.stelem(ins, st, Elem::Prim(Prim::I8))?,
            StelemI => self.stelem(ins, st, Elem::Prim(Prim::I))?,
            StelemR4 => self.stelem(ins, st, Elem::Prim(Prim::R4))?,
            StelemR8 => self.stelem(ins, st, Elem::Prim(Prim::R8))?,
            StelemRef => self.stelem(ins, st, Elem::Ref)?,
            Stelem => self.stelem(ins, st, Elem::Token)?,
            Ldtoken => {
                let tok = self.token(ins)?;
                let name = match tok.table() {
                    Some(TableId::Field) => "RuntimeFieldHandle",
                    Some(TableId::MethodDef | TableId::MethodSpec) => "RuntimeMethodHandle",
                    Some(TableId::MemberRef) => match self.resolve_field(ins) {
                        Ok(_) => "RuntimeFieldHandle",
                        Err(_) => "RuntimeMethodHandle",
                    },
                    _ => {
                        self.resolve_type(ins)?;
                        "RuntimeTypeHandle"
                    }
                };
                let h = self
                    .env
                    .ts
                    .corlib_type("System", name)
                    .map_err(|e| self.err(ErrorKind::TokenResolve, off).found(e.message))?;
                self.push(st, Sv::value(h), off)?;
            }
            Sizeof => {
                self.resolve_type(ins)?;
                self.push(st, Sv::prim(Kind::I4), off)?;
            }
            _ => return Ok(None),
        }
        Ok(Some(Flow::Next))
    }

    /// `Nullable<T>` boxes as `T`.
    fn nullable_underlying(&self, t: TypeId) -> Option<TypeId> {
        let info = self.env.ts.ty(t);
        match info.namespace == "System" && info.name == "Nullable`1" && info.inst.len() == 1 {
            true => Some(info.inst[0]),
            false => None,
        }
    }

    pub(crate) fn expect_objref(&self, v: &Sv, off: u32) -> VResult<()> {
        if v.is_uninit() {
            return Err(self.err(ErrorKind::UninitStack, off));
        }
        match v.kind {
            Kind::ObjRef => Ok(()),
            _ => Err(self.unexpected(ErrorKind::StackObjRef, off, v, "ObjRef")),
        }
    }

    /// A managed pointer to a `ty` (written through when `write`).
    fn check_address(&mut self, addr: &Sv, ty: TypeId, off: u32, write: bool) -> VResult<()> {
        match addr.kind {
            Kind::ByRef => {}
            Kind::NativeInt => return Err(self.err(ErrorKind::UnmanagedPointer, off)),
            _ => return Err(self.unexpected(ErrorKind::StackByRef, off, addr, "ByRef")),
        }
        if write && addr.has(READONLY) {
            return Err(self.err(ErrorKind::ReadOnlyIllegalWrite, off));
        }
        let target = addr.ty.unwrap_or(ty);
        let ok = target == ty
            || reduced(self.env.ts, target) == reduced(self.env.ts, ty)
            || (!write && self.env.is_ref_type(target) && self.env.ref_assignable(target, ty));
        if !ok {
            let exp = format!("address of '{}'", vtype::type_name(self.env.ts, ty));
            return Err(self.unexpected(ErrorKind::StackUnexpected, off, addr, &exp));
        }
        Ok(())
    }

    fn elem_type(&mut self, e: Elem, ins: &Instruction) -> VResult<Option<TypeId>> {
        Ok(match e {
            Elem::Prim(p) => Some(self.env.ts.well_known.prim(p)),
            Elem::Ref => None,
            Elem::Token => Some(self.resolve_type(ins)?),
        })
    }

    fn ldind(&mut self, st: &mut State, off: u32, e: Elem) -> VResult<()> {
        let addr = self.pop(st, off)?;
        match addr.kind {
            Kind::ByRef => {}
            Kind::NativeInt => return Err(self.err(ErrorKind::UnmanagedPointer, off)),
            _ => return Err(self.unexpected(ErrorKind::StackByRef, off, &addr, "ByRef")),
        }
        let target = addr.ty.unwrap_or(self.env.ts.well_known.object);
        match e {
            Elem::Prim(p) => {
                let want = self.env.ts.well_known.prim(p);
                if reduced(self.env.ts, target) != reduced(self.env.ts, want) {
                    let exp = format!("address of '{}'", vtype::type_name(self.env.ts, want));
                    return Err(self.unexpected(ErrorKind::StackUnexpected, off, &addr, &exp));
                }
                self.push_type(st, want, off)
            }
            _ => {
                if !self.env.is_ref_type(target) {
                    return Err(self.unexpected(
                        ErrorKind::StackUnexpected,
                        off,
                        &addr,
                        "address of an ObjRef",
                    ));
                }
                self.push(st, Sv::obj(target), off)
            }
        }
    }

    fn stind(&mut self, st: &mut State, off: u32, e: Elem) -> VResult<()> {
        let v = self.pop(st, off)?;
        let addr = self.pop(st, off)?;
        match addr.kind {
            Kind::ByRef => {}
            Kind::NativeInt => return Err(self.err(ErrorKind::UnmanagedPointer, off)),
            _ => return Err(self.unexpected(ErrorKind::StackByRef, off, &addr, "ByRef")),
        }
        if addr.has(READONLY) {
            return Err(self.err(ErrorKind::ReadOnlyIllegalWrite, off));
        }
        let target = addr.ty.unwrap_or(self.env.ts.well_known.object);
        if let Elem::Prim(p) = e {
            let want = self.env.ts.well_known.prim(p);
            let same = reduced(self.env.ts, target) == reduced(self.env.ts, want);
            // stind.i1 also stores bool, stind.i2 char: the reduced types agree.
            if !same {
                let exp = format!("address of '{}'", vtype::type_name(self.env.ts, want));
                return Err(self.unexpected(ErrorKind::StackUnexpected, off, &addr, &exp));
            }
        } else if !self.env.is_ref_type(target) {
            return Err(self.unexpected(
                ErrorKind::StackUnexpected,
                off,
                &addr,
                "address of an ObjRef",
            ));
        }
        self.check_assign(&v, target, off)
    }

    fn index(&mut self, st: &mut State, off: u32) -> VResult<()> {
        let i = self.pop(st, off)?;
        match i.kind {
            Kind::I4 | Kind::NativeInt => Ok(()),
            _ => Err(self.unexpected(ErrorKind::StackUnexpected, off, &i, "Int32")),
        }
    }

    /// The element type of a vector on the stack (`None` for null).
    fn array_elem(&mut self, a: &Sv, off: u32) -> VResult<Option<TypeId>> {
        if a.kind != Kind::ObjRef || a.is_uninit() {
            return Err(self.unexpected(
                ErrorKind::ExpectedArray,
                off,
                a,
                "a single-dimension array",
            ));
        }
        let Some(t) = a.ty else {
            return Ok(None);
        };
        match self.env.ts.ty(t).kind {
            TypeKind::Array { elem, rank: 0 } => Ok(Some(elem)),
            _ => Err(self.unexpected(ErrorKind::ExpectedArray, off, a, "a single-dimension array")),
        }
    }

    fn ldelem(&mut self, ins: &Instruction, st: &mut State, e: Elem) -> VResult<()> {
        let off = ins.offset;
        let want = self.elem_type(e, ins)?;
        self.index(st, off)?;
        let a = self.pop(st, off)?;
        let elem = self.array_elem(&a, off)?;
        let result = match (elem, want) {
            (None, Some(w)) => w,
            (None, None) => return self.push(st, Sv::null(), off),
            (Some(el), Some(w)) => {
                let ok = reduced(self.env.ts, el) == reduced(self.env.ts, w)
                    || (self.env.is_ref_type(el) && self.env.ref_assignable(el, w));
                if !ok {
                    return Err(self.unexpected(
                        ErrorKind::StackUnexpectedArrayType,
                        off,
                        &a,
                        &format!("{}[]", vtype::type_name(self.env.ts, w)),
                    ));
                }
                match reduced(self.env.ts, el) {
                    Reduced::Prim(_) => w,
                    Reduced::Type(_) => el,
                }
            }
            (Some(el), None) => {
                if !self.env.is_ref_type(el) {
                    return Err(self.unexpected(
                        ErrorKind::StackUnexpectedArrayType,
                        off,
                        &a,
                        "an array of ObjRefs",
                    ));
                }
                el
            }
        };
        self.push_type(st, result, off)
    }

    fn stelem(&mut self, ins: &Instruction, st: &mut State, e: Elem) -> VResult<()> {
        let off = ins.offset;
        let want = self.elem_type(e, ins)?;
        let v = self.pop(st, off)?;
        self.index(st, off)?;
        let a = self.pop(st, off)?;
        let elem = self.array_elem(&a, off)?;
        match (elem, want) {
            (Some(el), Some(w)) => {
                let ok = reduced(self.env.ts, el) == reduced(self.env.ts, w)
                    || (self.env.is_ref_type(el) && self.env.ref_assignable(w, el));
                if !ok {
                    return Err(self.unexpected(
                        ErrorKind::StackUnexpectedArrayType,
                        off,
                        &a,
                        &format!("{}[]", vtype::type_name(self.env.ts, w)),
                    ));
                }
                self.check_assign(&v, w, off)
            }
            (Some(el), None) => {
                if !self.env.is_ref_type(el) {
                    return Err(self.unexpected(
                        ErrorKind::StackUnexpectedArrayType,
                        off,
                        &a,
                        "an array of ObjRefs",
                    ));
                }
                // Array covariance: the element store is checked when it runs.
                self.expect_objref(&v, off)
            }
            (None, Some(w)) => self.check_assign(&v, w, off),
            (None, None) => self.expect_objref(&v, off),
        }
    }

    fn instance_field(&mut self, ins: &Instruction, st: &mut State) -> VResult<()> {
        let off = ins.offset;
        let f = self.resolve_field(ins)?;
        self.check_field_access(f, off)?;
        let value = match ins.opcode {
            Opcode::Stfld => Some(self.pop(st, off)?),
            _ => None,
        };
        let recv = self.pop(st, off)?;
        let info = self.env.ts.field(f).clone();
        if !info.is_static() {
            self.check_receiver(&recv, f, ins.opcode, off)?;
            self.check_family_instance(
                info.flags & 7,
                info.owner,
                &recv,
                ErrorKind::FieldAccess,
                off,
            )?;
        }
        match ins.opcode {
            Opcode::Ldfld => self.push_type(st, info.ty, off),
            Opcode::Ldflda => {
                self.check_initonly(f, off)?;
                let mut flags = match recv.kind {
                    Kind::ByRef => recv.flags & (PERMANENT | READONLY),
                    _ => PERMANENT,
                };
                if info.is_static() {
                    flags = PERMANENT;
                }
                self.push_field_address(st, info.ty, flags, off)
            }
            _ => {
                self.check_initonly(f, off)?;
                let v = value.unwrap_or_else(Sv::null);
                self.check_assign(&v, info.ty, off)
            }
        }
    }

    fn push_field_address(
        &mut self,
        st: &mut State,
        ty: TypeId,
        flags: u8,
        off: u32,
    ) -> VResult<()> {
        if matches!(self.env.ts.ty(ty).kind, TypeKind::Ptr(_)) {
            return Err(self.err(ErrorKind::UnmanagedPointer, off));
        }
        self.push(st, Sv::byref(ty, flags), off)
    }

    /// The object (or managed pointer, or value) whose field an instruction names.
    fn check_receiver(&mut self, recv: &Sv, f: FieldId, op: Opcode, off: u32) -> VResult<()> {
        let owner = self.env.ts.field(f).owner;
        if recv.is_uninit() {
            return match op {
                Opcode::Stfld if owner == self.info.owner => Ok(()),
                Opcode::Stfld => Err(self.err(ErrorKind::ThisUninitStore, off)),
                _ => Err(self.err(ErrorKind::UninitStack, off)),
            };
        }
        let owner_is_value = self.env.ts.is_value_type(owner);
        let ok = match recv.kind {
            Kind::ObjRef => {
                !owner_is_value
                    && match recv.ty {
                        None => true,
                        Some(t) => self.env.ref_assignable(t, owner),
                    }
            }
            Kind::ByRef => {
                if op == Opcode::Stfld && recv.has(READONLY) {
                    return Err(self.err(ErrorKind::ReadOnlyIllegalWrite, off));
                }
                owner_is_value && recv.ty == Some(owner)
            }
            Kind::Value => op == Opcode::Ldfld && recv.ty == Some(owner),
            Kind::NativeInt => return Err(self.err(ErrorKind::UnmanagedPointer, off)),
            _ => false,
        };
        if !ok {
            let exp = vtype::type_name(self.env.ts, owner);
            return Err(self.unexpected(ErrorKind::StackUnexpected, off, recv, &exp));
        }
        Ok(())
    }

    fn static_field(&mut self, ins: &Instruction, st: &mut State) -> VResult<()> {
        let off = ins.offset;
        let f = self.resolve_field(ins)?;
        self.check_field_access(f, off)?;
        let info = self.env.ts.field(f).clone();
        if !info.is_static() {
            return Err(self.err(ErrorKind::ExpectedStaticField, off));
        }
        match ins.opcode {
            Opcode::Ldsfld => self.push_type(st, info.ty, off),
            Opcode::Ldsflda => {
                self.check_initonly(f, off)?;
                self.push_field_address(st, info.ty, PERMANENT, off)
            }
            _ => {
                let v = self.pop(st, off)?;
                self.check_initonly(f, off)?;
                self.check_assign(&v, info.ty, off)
            }
        }
    }

    /// An `initonly` field may be written (or its address taken) only by a constructor
    /// of its own type: `.ctor` for instance fields, `.cctor` for static ones.
    fn check_initonly(&self, f: FieldId, off: u32) -> VResult<()> {
        let info = self.env.ts.field(f);
        if info.flags & 0x20 == 0 {
            return Ok(());
        }
        let ctor = match info.is_static() {
            true => ".cctor",
            false => ".ctor",
        };
        let same_type = self.env.ts.ty(info.owner).def == self.env.ts.ty(self.info.owner).def;
        match same_type && self.info.name == ctor {
            true => Ok(()),
            false => Err(self.err(ErrorKind::InitOnly, off)),
        }
    }
}
