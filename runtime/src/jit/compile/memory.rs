//! Locals, arguments, fields, statics, arrays, indirect access, boxing and casts: every
//! instruction that reads or writes memory or inspects an object's type.

use super::{Compiler, Home, Loc, Sv, invalid};
use crate::gc::object;
use crate::jit::abi::{Sk, prim_of, sk_of};
use crate::jit::helpers::{self, Builtin};
use crate::jit::native_image::target::RtConst;
use crate::typesys::{FieldId, Prim, TResult, TypeId, TypeKind};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};
use il_emit::il::opcode::Opcode;

fn flags() -> MemFlagsData {
    MemFlagsData::new()
}

impl Compiler<'_> {
    fn loc_addr(&mut self, loc: Loc) -> Option<Value> {
        match loc.home {
            Home::Var(_) => None,
            Home::Slot(ss) => Some(self.b.ins().stack_addr(types::I64, ss, 0)),
            Home::Addr(v) => Some(v),
        }
    }

    fn load_loc(&mut self, loc: Loc) -> TResult<()> {
        match loc.home {
            Home::Var(var) => {
                let v = self.b.use_var(var);
                self.push(v, loc.k);
            }
            _ => {
                let addr = self
                    .loc_addr(loc)
                    .ok_or_else(|| invalid("local without an address"))?;
                let sv = match loc.k {
                    Sk::Ref | Sk::Ptr => Sv {
                        v: self.b.ins().load(types::I64, flags(), addr, 0),
                        k: loc.k,
                    },
                    _ => self.load_typed(loc.ty, addr, 0)?,
                };
                self.stack.push(sv);
            }
        }
        Ok(())
    }

    fn store_loc(&mut self, loc: Loc) -> TResult<()> {
        let sv = self.pop()?;
        match loc.home {
            Home::Var(var) => {
                let v = self.coerce(sv, loc.k);
                self.b.def_var(var, v);
            }
            _ => {
                let addr = self
                    .loc_addr(loc)
                    .ok_or_else(|| invalid("local without an address"))?;
                match loc.k {
                    Sk::Ref | Sk::Ptr => {
                        let v = self.coerce(sv, loc.k);
                        self.b.ins().store(flags(), v, addr, 0);
                    }
                    _ => self.store_typed(loc.ty, addr, 0, sv)?,
                }
            }
        }
        Ok(())
    }

    fn arg(&self, i: usize) -> TResult<Loc> {
        self.args
            .get(i)
            .copied()
            .ok_or_else(|| invalid(format!("argument {i} out of range")))
    }

    fn local(&self, i: usize) -> TResult<Loc> {
        self.locals
            .get(i)
            .copied()
            .ok_or_else(|| invalid(format!("local {i} out of range")))
    }

    pub(super) fn ldarg(&mut self, i: usize) -> TResult<()> {
        let l = self.arg(i)?;
        self.load_loc(l)
    }
    pub(super) fn starg(&mut self, i: usize) -> TResult<()> {
        let l = self.arg(i)?;
        self.store_loc(l)
    }
    pub(super) fn ldloc(&mut self, i: usize) -> TResult<()> {
        let l = self.local(i)?;
        self.load_loc(l)
    }
    pub(super) fn stloc(&mut self, i: usize) -> TResult<()> {
        let l = self.local(i)?;
        self.store_loc(l)
    }
    pub(super) fn ldarga(&mut self, i: usize) -> TResult<()> {
        let l = self.arg(i)?;
        let a = self
            .loc_addr(l)
            .ok_or_else(|| invalid("ldarga of an argument without a slot"))?;
        self.push(a, Sk::Ptr);
        Ok(())
    }
    pub(super) fn ldloca(&mut self, i: usize) -> TResult<()> {
        let l = self.local(i)?;
        let a = self
            .loc_addr(l)
            .ok_or_else(|| invalid("ldloca of a local without a slot"))?;
        self.push(a, Sk::Ptr);
        Ok(())
    }

    /// Loads a value of type `ty` from `addr + off` onto the stack (structs are copied
    /// into a fresh frame slot).
    pub(crate) fn load_typed(&mut self, ty: TypeId, addr: Value, off: i32) -> TResult<Sv> {
        let f = flags();
        if let Some(p) = prim_of(self.ts, ty) {
            let ins = self.b.ins();
            let v = match p {
                Prim::Bool | Prim::U1 => ins.uload8(types::I32, f, addr, off),
                Prim::I1 => ins.sload8(types::I32, f, addr, off),
                Prim::Char | Prim::U2 => ins.uload16(types::I32, f, addr, off),
                Prim::I2 => ins.sload16(types::I32, f, addr, off),
                Prim::I4 | Prim::U4 => ins.load(types::I32, f, addr, off),
                Prim::I8 | Prim::U8 | Prim::I | Prim::U => ins.load(types::I64, f, addr, off),
                Prim::R4 => ins.load(types::F32, f, addr, off),
                Prim::R8 => ins.load(types::F64, f, addr, off),
            };
            return Ok(Sv {
                v,
                k: crate::jit::abi::sk_of_prim(p),
            });
        }
        match sk_of(self.ts, ty) {
            Sk::Vt(t) => {
                let src = match off {
                    0 => addr,
                    o => self.b.ins().iadd_imm_s(addr, i64::from(o)),
                };
                let v = self.copy_value(t, src)?;
                Ok(Sv { v, k: Sk::Vt(t) })
            }
            k => Ok(Sv {
                v: self.b.ins().load(types::I64, f, addr, off),
                k,
            }),
        }
    }

    /// Stores a stack value as type `ty` at `addr + off`.
    pub(crate) fn store_typed(&mut self, ty: TypeId, addr: Value, off: i32, sv: Sv) -> TResult<()> {
        let f = flags();
        if let Some(p) = prim_of(self.ts, ty) {
            match p {
                Prim::Bool | Prim::U1 | Prim::I1 => {
                    let v = self.coerce(sv, Sk::I4);
                    self.b.ins().istore8(f, v, addr, off);
                }
                Prim::Char | Prim::U2 | Prim::I2 => {
                    let v = self.coerce(sv, Sk::I4);
                    self.b.ins().istore16(f, v, addr, off);
                }
                Prim::I4 | Prim::U4 => {
                    let v = self.coerce(sv, Sk::I4);
                    self.b.ins().store(f, v, addr, off);
                }
                Prim::I8 | Prim::U8 | Prim::I | Prim::U => {
                    let v = self.coerce(sv, Sk::I8);
                    self.b.ins().store(f, v, addr, off);
                }
                Prim::R4 => {
                    let v = self.coerce(sv, Sk::F4);
                    self.b.ins().store(f, v, addr, off);
                }
                Prim::R8 => {
                    let v = self.coerce(sv, Sk::F8);
                    self.b.ins().store(f, v, addr, off);
                }
            }
            return Ok(());
        }
        match sk_of(self.ts, ty) {
            Sk::Vt(t) => {
                let (size, _) = self.ts.value_size(t)?;
                let dst = match off {
                    0 => addr,
                    o => self.b.ins().iadd_imm_s(addr, i64::from(o)),
                };
                self.copy_mem(dst, sv.v, size);
            }
            _ => {
                let v = self.coerce(sv, Sk::Ptr);
                self.b.ins().store(f, v, addr, off);
            }
        }
        Ok(())
    }

    /// A fresh frame copy of the struct of type `t` at `src`.
    pub(crate) fn copy_value(&mut self, t: TypeId, src: Value) -> TResult<Value> {
        let (size, align) = self.ts.value_size(t)?;
        let ss = self.new_slot(size, align);
        let dst = self.b.ins().stack_addr(types::I64, ss, 0);
        self.copy_mem(dst, src, size);
        Ok(dst)
    }

    /// A zeroed frame slot for a struct of type `t`.
    pub(crate) fn new_value(&mut self, t: TypeId) -> TResult<Value> {
        let (size, align) = self.ts.value_size(t)?;
        let ss = self.new_slot(size, align);
        let dst = self.b.ins().stack_addr(types::I64, ss, 0);
        self.zero_mem(dst, size);
        Ok(dst)
    }

    pub(crate) fn copy_mem(&mut self, dst: Value, src: Value, size: u32) {
        if size > 256 {
            let n = self.b.ins().iconst(types::I64, i64::from(size));
            self.call_helper(
                helpers::rt_memmove as *const () as usize,
                &[types::I64, types::I64, types::I64],
                &[],
                &[dst, src, n],
            );
            return;
        }
        let mut off = 0u32;
        for (width, ty) in [
            (8, types::I64),
            (4, types::I32),
            (2, types::I16),
            (1, types::I8),
        ] {
            while size - off >= width {
                let v = self.b.ins().load(ty, flags(), src, off as i32);
                self.b.ins().store(flags(), v, dst, off as i32);
                off += width;
            }
        }
    }

    pub(crate) fn zero_mem(&mut self, dst: Value, size: u32) {
        let mut off = 0u32;
        for (width, ty) in [
            (8, types::I64),
            (4, types::I32),
            (2, types::I16),
            (1, types::I8),
        ] {
            while size - off >= width {
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().store(flags(), z, dst, off as i32);
                off += width;
            }
        }
    }

    pub(super) fn field_op(&mut self, op: Opcode, fid: FieldId) -> TResult<()> {
        let f = self.ts.field(fid).clone();
        let is_static = f.is_static();
        if is_static || matches!(op, Opcode::Ldsfld | Opcode::Ldsflda | Opcode::Stsfld) {
            if !is_static {
                return Err(invalid(format!(
                    "{} on instance field {}",
                    op.name(),
                    f.name
                )));
            }
            if matches!(op, Opcode::Ldfld | Opcode::Ldflda | Opcode::Stfld) {
                // ldfld on a static field: the object operand is ignored.
                if op == Opcode::Stfld {
                    let v = self.pop()?;
                    self.pop()?;
                    self.stack.push(v);
                } else {
                    self.pop()?;
                }
            }
            self.ts.ensure_loaded(f.owner)?;
            if self.needs_class_init(f.owner) {
                if self.ts.ty(f.owner).before_field_init()
                    && !self.jit.pending_cctors.contains(&f.owner)
                {
                    self.jit.pending_cctors.push(f.owner);
                }
                self.emit_class_init(f.owner)?;
            }
            let addr = self.rt_const(RtConst::Statics(f.owner, f.offset), types::I64)?;
            match op {
                Opcode::Ldsfld | Opcode::Ldfld => {
                    let v = self.load_typed(f.ty, addr, 0)?;
                    self.stack.push(v);
                }
                Opcode::Ldsflda | Opcode::Ldflda => self.push(addr, Sk::Ptr),
                _ => {
                    let v = self.pop()?;
                    self.store_typed(f.ty, addr, 0, v)?;
                }
            }
            return Ok(());
        }
        let value = match op {
            Opcode::Stfld => Some(self.pop()?),
            _ => None,
        };
        let obj = self.pop()?;
        let owner_is_value = self.ts.is_value_type(f.owner);
        let off = f.offset as i32;
        // The object operand: a reference, a pointer to a value, or a value itself.
        let base = match obj.k {
            Sk::Ref => {
                self.null_check(obj.v);
                if owner_is_value {
                    // A boxed value's field.
                    self.b.ins().iadd_imm_s(obj.v, object::HEADER as i64)
                } else {
                    obj.v
                }
            }
            _ => obj.v,
        };
        match op {
            Opcode::Ldfld => {
                let v = self.load_typed(f.ty, base, off)?;
                self.stack.push(v);
            }
            Opcode::Ldflda => {
                let a = self.b.ins().iadd_imm_s(base, i64::from(off));
                self.push(a, Sk::Ptr);
            }
            _ => {
                let v = value.ok_or_else(|| invalid("stfld without a value"))?;
                self.store_typed(f.ty, base, off, v)?;
            }
        }
        Ok(())
    }

    fn mt_const(&mut self, ty: TypeId) -> TResult<Value> {
        self.rt_const(RtConst::MethodTable(ty), types::I64)
    }

    /// For `Nullable<T>`: `T` and the offsets of `value` and `has_value`.
    fn nullable_parts(&self, ty: TypeId) -> Option<(TypeId, i32, i32)> {
        let t = self.ts.ty(ty);
        let corlib = t.def.is_some_and(|(a, _)| a == self.ts.corlib);
        if !(corlib && t.namespace == "System" && t.name == "Nullable`1" && t.inst.len() == 1) {
            return None;
        }
        let field = |name: &str| {
            t.fields
                .iter()
                .map(|&f| self.ts.field(f))
                .find(|f| f.name == name)
                .map(|f| f.offset as i32)
        };
        Some((t.inst[0], field("value")?, field("has_value")?))
    }

    /// `box Nullable<T>`: null without a value, else the boxed `T`.
    fn box_nullable(&mut self, inner: TypeId, v_off: i32, h_off: i32, sv: Sv) -> TResult<Value> {
        let has = self.b.ins().uload8(types::I32, flags(), sv.v, h_off);
        let some = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let null = self.b.ins().iconst(types::I64, 0);
        self.b.ins().brif(has, some, &[], done, &[null.into()]);
        self.b.switch_to_block(some);
        let v = self.load_typed(inner, sv.v, v_off)?;
        let obj = self.box_value(inner, v)?;
        self.b.ins().jump(done, &[obj.into()]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// `isinst`/`castclass` to `ty` (`helper` is `rt_isinst` or `rt_castclass`): null
    /// and an object of exactly `ty` (the commonest casts: `as` to the runtime type,
    /// sealed classes such as `string`) are answered inline from the method table;
    /// anything else asks the helper, which knows subtyping, variance and arrays.
    fn type_test(&mut self, obj: Value, ty: TypeId, helper: usize) -> TResult<Value> {
        let tid = self.rt_const(RtConst::TypeIdImm(ty), types::I32)?;
        let target = self.mt_const(ty)?;
        let check = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        // Null passes both as null.
        self.b.ins().brif(obj, check, &[], done, &[obj.into()]);
        self.b.switch_to_block(check);
        let mt = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), obj, 0);
        let exact = self.b.ins().icmp(IntCC::Equal, mt, target);
        self.b.ins().brif(exact, done, &[obj.into()], slow, &[]);
        self.b.switch_to_block(slow);
        let r = self.call_helper(
            helper,
            &[types::I64, types::I32],
            &[types::I64],
            &[obj, tid],
        )[0];
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// `unbox.any Nullable<T>`: a Nullable without a value for null, else the value.
    fn unbox_nullable(
        &mut self,
        ty: TypeId,
        inner: TypeId,
        v_off: i32,
        h_off: i32,
        obj: Value,
    ) -> TResult<Value> {
        let out = self.new_value(ty)?;
        let some = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(obj, some, &[], done, &[]);
        self.b.switch_to_block(some);
        let tid = self.rt_const(RtConst::TypeIdImm(inner), types::I32)?;
        let a = self.call_helper(
            helpers::rt_unbox as *const () as usize,
            &[types::I64, types::I32],
            &[types::I64],
            &[obj, tid],
        )[0];
        let v = self.load_typed(inner, a, 0)?;
        self.store_typed(inner, out, v_off, v)?;
        let one = self.b.ins().iconst(types::I32, 1);
        self.b.ins().istore8(flags(), one, out, h_off);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(out)
    }

    pub(crate) fn box_value(&mut self, ty: TypeId, sv: Sv) -> TResult<Value> {
        if !self.ts.is_value_type(ty) {
            return Ok(sv.v);
        }
        if let Some((inner, v_off, h_off)) = self.nullable_parts(ty) {
            return self.box_nullable(inner, v_off, h_off, sv);
        }
        let mt = self.mt_const(ty)?;
        let obj = self.call_helper(
            helpers::rt_alloc as *const () as usize,
            &[types::I64],
            &[types::I64],
            &[mt],
        )[0];
        self.store_typed(ty, obj, object::HEADER as i32, sv)?;
        Ok(obj)
    }

    pub(super) fn typed_op(&mut self, op: Opcode, ty: TypeId) -> TResult<()> {
        let tid = self.rt_const(RtConst::TypeIdImm(ty), types::I32)?;
        match op {
            Opcode::Ldobj => {
                let a = self.pop()?;
                let v = self.load_typed(ty, a.v, 0)?;
                self.stack.push(v);
            }
            Opcode::Stobj => {
                let v = self.pop()?;
                let a = self.pop()?;
                self.store_typed(ty, a.v, 0, v)?;
            }
            Opcode::Cpobj => {
                let src = self.pop()?;
                let dst = self.pop()?;
                let v = self.load_typed(ty, src.v, 0)?;
                self.store_typed(ty, dst.v, 0, v)?;
            }
            Opcode::Initobj => {
                let a = self.pop()?;
                let (size, _) = self.ts.value_size(ty)?;
                self.zero_mem(a.v, size);
            }
            Opcode::Sizeof => {
                let (size, _) = self.ts.value_size(ty)?;
                let v = self.b.ins().iconst(types::I32, i64::from(size));
                self.push(v, Sk::I4);
            }
            Opcode::Box => {
                let v = self.pop()?;
                let obj = self.box_value(ty, v)?;
                self.push(obj, Sk::Ref);
            }
            Opcode::Unbox => {
                let o = self.pop()?;
                let a = self.call_helper(
                    helpers::rt_unbox as *const () as usize,
                    &[types::I64, types::I32],
                    &[types::I64],
                    &[o.v, tid],
                )[0];
                self.push(a, Sk::Ptr);
            }
            Opcode::UnboxAny => {
                let o = self.pop()?;
                if let Some((inner, v_off, h_off)) = self.nullable_parts(ty) {
                    let v = self.unbox_nullable(ty, inner, v_off, h_off, o.v)?;
                    self.push(v, Sk::Vt(ty));
                } else if self.ts.is_value_type(ty) {
                    let a = self.call_helper(
                        helpers::rt_unbox as *const () as usize,
                        &[types::I64, types::I32],
                        &[types::I64],
                        &[o.v, tid],
                    )[0];
                    let v = self.load_typed(ty, a, 0)?;
                    self.stack.push(v);
                } else {
                    let r = self.call_helper(
                        helpers::rt_castclass as *const () as usize,
                        &[types::I64, types::I32],
                        &[types::I64],
                        &[o.v, tid],
                    )[0];
                    self.push(r, Sk::Ref);
                }
            }
            Opcode::Isinst | Opcode::Castclass => {
                let o = self.pop()?;
                // A boxed Nullable<T> is a boxed T (or null).
                let ty = match self.nullable_parts(ty) {
                    Some((inner, _, _)) => inner,
                    None => ty,
                };
                let f = match op {
                    Opcode::Isinst => helpers::rt_isinst as *const () as usize,
                    _ => helpers::rt_castclass as *const () as usize,
                };
                let r = self.type_test(o.v, ty, f)?;
                self.push(r, Sk::Ref);
            }
            Opcode::Newarr => {
                let n = self.pop()?;
                let n = self.coerce(n, Sk::I8);
                let arr = self.ts.array_of(ty, 0)?;
                let mt = self.mt_const(arr)?;
                let r = self.call_helper(
                    helpers::rt_new_array as *const () as usize,
                    &[types::I64, types::I64],
                    &[types::I64],
                    &[mt, n],
                )[0];
                self.push(r, Sk::Ref);
            }
            Opcode::Ldelema => {
                let a = self.elem_addr(ty)?;
                self.push(a, Sk::Ptr);
            }
            Opcode::Ldelem => self.ldelem(ty)?,
            Opcode::Stelem => self.stelem(ty)?,
            _ => return Err(invalid(format!("unexpected typed opcode {}", op.name()))),
        }
        Ok(())
    }

    pub(super) fn ldlen(&mut self) -> TResult<()> {
        let a = self.pop()?;
        self.null_check(a.v);
        let n = self
            .b
            .ins()
            .load(types::I32, flags(), a.v, object::ARRAY_LENGTH);
        let n = self.b.ins().uextend(types::I64, n);
        self.push(n, Sk::Ptr);
        Ok(())
    }

    /// Pops array and index; checks both; returns the element's address.
    fn elem_addr(&mut self, elem: TypeId) -> TResult<Value> {
        let idx = self.pop()?;
        let arr = self.pop()?;
        self.null_check(arr.v);
        let i = match idx.k {
            Sk::I4 => self.b.ins().sextend(types::I64, idx.v),
            _ => idx.v,
        };
        let len = self
            .b
            .ins()
            .load(types::I32, flags(), arr.v, object::ARRAY_LENGTH);
        let len = self.b.ins().uextend(types::I64, len);
        let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        self.throw_if(out, Builtin::IndexOutOfRange);
        let (size, _) = self.ts.value_size(elem)?;
        let scaled = self.b.ins().imul_imm_s(i, i64::from(size));
        let base = self.b.ins().iadd(arr.v, scaled);
        Ok(self
            .b
            .ins()
            .iadd_imm_s(base, i64::from(object::VECTOR_DATA)))
    }

    pub(super) fn ldelem(&mut self, elem: TypeId) -> TResult<()> {
        let a = self.elem_addr(elem)?;
        let v = self.load_typed(elem, a, 0)?;
        self.stack.push(v);
        Ok(())
    }

    pub(super) fn stelem(&mut self, elem: TypeId) -> TResult<()> {
        let v = self.pop()?;
        // Array covariance: a reference stored into a T[] whose T has subclasses must
        // fit the array's actual element type.
        let sealed = self.ts.ty(elem).flags & 0x100 != 0;
        if v.k == Sk::Ref && sk_of(self.ts, elem) == Sk::Ref && !sealed {
            let arr = self
                .stack
                .len()
                .checked_sub(2)
                .map(|i| self.stack[i])
                .ok_or_else(|| invalid("evaluation stack underflow"))?;
            self.null_check(arr.v);
            self.call_helper(
                helpers::rt_stelem_check as *const () as usize,
                &[types::I64, types::I64],
                &[],
                &[arr.v, v.v],
            );
        }
        let a = self.elem_addr(elem)?;
        self.store_typed(elem, a, 0, v)
    }

    /// The body of a multi-dimensional array's runtime method (`.ctor`, `Get`, `Set`,
    /// `Address`): row-major, each index checked against its dimension.
    pub(super) fn array_accessor(&mut self) -> TResult<()> {
        let TypeKind::Array { elem, rank } = self.ts.ty(self.info.owner).kind else {
            return Err(invalid("runtime method on a non-array type"));
        };
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let mut params = self.b.block_params(entry).to_vec();
        let ret_buf = match super::super::abi::returns_struct(self.ts, &self.info) {
            true => Some(params.remove(0)),
            false => None,
        };
        let rank = rank.max(1) as usize;
        let wanted = 1 + rank + usize::from(self.info.name == "Set");
        if !self.info.sig.has_this || params.len() < wanted {
            return Err(invalid(format!(
                "{} of a rank-{rank} array with {} parameters",
                self.info.name,
                params.len()
            )));
        }
        if self.info.name == ".ctor" {
            // `newobj` builds arrays inline; a plain `call` of the constructor is invalid.
            return Err(invalid("an array constructor called without newobj"));
        }
        let this = params[0];
        self.null_check(this);
        let mut flat = self.b.ins().iconst(types::I64, 0);
        for d in 0..rank {
            let len = self.b.ins().load(
                types::I32,
                flags(),
                this,
                object::MDARRAY_DIMS + 4 * d as i32,
            );
            let len = self.b.ins().sextend(types::I64, len);
            let i = self.b.ins().sextend(types::I64, params[1 + d]);
            let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
            self.throw_if(out, Builtin::IndexOutOfRange);
            let scaled = self.b.ins().imul(flat, len);
            flat = self.b.ins().iadd(scaled, i);
        }
        let (size, _) = self.ts.value_size(elem)?;
        let off = self.b.ins().imul_imm_s(flat, i64::from(size));
        let base = self.b.ins().iadd(this, off);
        let addr = self
            .b
            .ins()
            .iadd_imm_s(base, i64::from(object::array_data(rank as u32)));
        match self.info.name.as_str() {
            "Address" => {
                self.b.ins().return_(&[addr]);
            }
            "Get" => {
                let v = self.load_typed(elem, addr, 0)?;
                match ret_buf {
                    Some(buf) => {
                        let (size, _) = self.ts.value_size(elem)?;
                        self.copy_mem(buf, v.v, size);
                        self.b.ins().return_(&[]);
                    }
                    None => {
                        self.b.ins().return_(&[v.v]);
                    }
                }
            }
            _ => {
                let value = params[1 + rank];
                let k = sk_of(self.ts, elem);
                self.store_typed(elem, addr, 0, Sv { v: value, k })?;
                self.b.ins().return_(&[]);
            }
        }
        self.b.seal_all_blocks();
        Ok(())
    }
}
