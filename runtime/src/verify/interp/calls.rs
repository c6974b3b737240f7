//! Calls: `call`/`callvirt` (arguments against parameters, `this` of classes and of
//! value types, `constrained.`, abstract and static targets, `tail.`), `newobj`
//! (including delegate construction: `ldftn`/`dup; ldvirtftn` immediately before, and
//! a target whose signature matches `Invoke`), function pointers, and `ret` (return
//! type, no byref to the frame, constructors' `this` initialized).

use super::{Flow, VResult};
use crate::typesys::{MethodId, TypeId, TypeKind};
use crate::verify::error::ErrorKind;
use crate::verify::vtype::{self, Kind, PERMANENT, READONLY, Sv, THIS, VIRTUAL_FTN};
use crate::verify::{State, Verifier};
use il_emit::il::decode::Instruction;
use il_emit::il::opcode::Opcode;

impl Verifier<'_> {
    pub(super) fn call_op(&mut self, ins: &Instruction, st: &mut State) -> VResult<Option<Flow>> {
        let off = ins.offset;
        match ins.opcode {
            Opcode::Call => self.call(ins, st, false)?,
            Opcode::Callvirt => self.call(ins, st, true)?,
            Opcode::Newobj => self.newobj(ins, st)?,
            Opcode::Ldftn => {
                let m = self.resolve_method(ins)?;
                self.check_method_access(m, off)?;
                if self.env.ts.method(m).is_ctor() {
                    return Err(self.err(ErrorKind::LdftnCtor, off));
                }
                let sv = Sv {
                    method: Some(m),
                    ..Sv::prim(Kind::NativeInt)
                };
                self.push(st, sv, off)?;
            }
            Opcode::Ldvirtftn => {
                let m = self.resolve_method(ins)?;
                self.check_method_access(m, off)?;
                let obj = self.pop(st, off)?;
                self.expect_objref(&obj, off)?;
                let info = self.env.ts.method(m).clone();
                if info.is_static() {
                    return Err(self.err(ErrorKind::LdvirtftnOnStatic, off));
                }
                if info.is_ctor() {
                    return Err(self.err(ErrorKind::LdftnCtor, off));
                }
                if let Some(t) = obj.ty {
                    if !self.env.ref_assignable(t, info.owner) {
                        let exp = vtype::type_name(self.env.ts, info.owner);
                        return Err(self.unexpected(ErrorKind::StackUnexpected, off, &obj, &exp));
                    }
                }
                let sv = Sv {
                    method: Some(m),
                    flags: VIRTUAL_FTN,
                    ..Sv::prim(Kind::NativeInt)
                };
                self.push(st, sv, off)?;
            }
            Opcode::Ret => {
                self.ret(ins, st)?;
                return Ok(Some(Flow::Stop));
            }
            _ => return Ok(None),
        }
        Ok(Some(Flow::Next))
    }

    /// Pops and checks the arguments of `m` (not `this`), last first; returns whether
    /// one of them is a byref into this frame.
    fn pop_args(&mut self, st: &mut State, m: MethodId, off: u32) -> VResult<bool> {
        let params = self.env.ts.method(m).sig.params.clone();
        let mut local = false;
        for &p in params.iter().rev() {
            let v = self.pop(st, off)?;
            self.check_assign(&v, p, off)?;
            local |= v.kind == Kind::ByRef && !v.has(PERMANENT);
        }
        Ok(local)
    }

    fn call(&mut self, ins: &Instruction, st: &mut State, virt: bool) -> VResult<()> {
        let off = ins.offset;
        let p = self.take_prefix();
        let m = self.resolve_method(ins)?;
        self.check_method_access(m, off)?;
        let info = self.env.ts.method(m).clone();
        if virt && info.is_static() {
            return Err(self.err(ErrorKind::CallVirtOnStatic, off));
        }
        if !virt && info.is_abstract() {
            return Err(self.err(ErrorKind::CallAbstract, off));
        }
        let mut local = self.pop_args(st, m, off)?;
        if info.sig.has_this {
            let recv = self.pop(st, off)?;
            local |= recv.kind == Kind::ByRef && !recv.has(PERMANENT);
            if let Some(c) = p.constrained {
                self.check_constrained(&recv, c, info.owner, off)?;
            } else if info.is_ctor() {
                if virt {
                    return Err(self.err(ErrorKind::CallCtor, off));
                }
                self.ctor_call(&recv, m, st, off)?;
            } else {
                self.check_this(&recv, info.owner, virt, off)?;
                // A virtual method called non-virtually (`base.M()`) only on this.
                let sealed = info.flags & 0x20 != 0
                    || self.env.ts.ty(info.owner).flags & 0x100 != 0
                    || self.env.ts.is_value_type(info.owner);
                if !virt
                    && info.is_virtual()
                    && !sealed
                    && recv.kind == Kind::ObjRef
                    && !recv.has(THIS)
                {
                    return Err(self.unexpected(ErrorKind::ThisMismatch, off, &recv, "this"));
                }
                let access = info.flags & 7;
                self.check_family_instance(
                    access,
                    info.owner,
                    &recv,
                    ErrorKind::MethodAccess,
                    off,
                )?;
            }
        }
        if p.tail {
            let byref = info
                .sig
                .params
                .iter()
                .any(|&t| matches!(self.env.ts.ty(t).kind, TypeKind::ByRef(_)));
            if byref {
                return Err(self
                    .err(ErrorKind::Unverifiable, off)
                    .found("tail call with a byref"));
            }
            self.prefix.after_tail_call = true;
        }
        let ret = info.sig.ret;
        if ret == self.env.ts.well_known.void {
            return Ok(());
        }
        let (mut sv, ptr) = vtype::of_type(self.env.ts, ret);
        if ptr {
            return Err(self.err(ErrorKind::UnmanagedPointer, off));
        }
        if sv.kind == Kind::ByRef {
            // A returned byref may point wherever the byrefs passed in do: into this
            // frame only if one of them did.
            if !local {
                sv.flags |= PERMANENT;
            }
            if p.readonly {
                sv.flags |= READONLY;
            }
        }
        self.push(st, sv, off)
    }

    /// `constrained. T callvirt M`: `this` is a `T&`, and `T` provides `M`.
    fn check_constrained(&mut self, recv: &Sv, c: TypeId, owner: TypeId, off: u32) -> VResult<()> {
        if recv.kind != Kind::ByRef {
            return Err(self.unexpected(
                ErrorKind::ConstrainedCallWithNonByRefThis,
                off,
                recv,
                "ByRef",
            ));
        }
        let target = recv.ty.unwrap_or(c);
        let same =
            target == c || vtype::reduced(self.env.ts, target) == vtype::reduced(self.env.ts, c);
        if !same {
            let exp = format!("address of '{}'", vtype::type_name(self.env.ts, c));
            return Err(self.unexpected(ErrorKind::StackUnexpected, off, recv, &exp));
        }
        if c != owner && !self.env.ref_assignable(c, owner) {
            let exp = vtype::type_name(self.env.ts, owner);
            return Err(unexpected_type(self, off, c, &exp));
        }
        Ok(())
    }

    /// The receiver of an instance call on a method of `owner`.
    fn check_this(&mut self, recv: &Sv, owner: TypeId, virt: bool, off: u32) -> VResult<()> {
        if recv.is_uninit() {
            return Err(self.err(ErrorKind::UninitStack, off));
        }
        let owner_is_value = self.env.ts.is_value_type(owner);
        if owner_is_value && virt {
            return Err(self.err(ErrorKind::CallVirtOnValueType, off));
        }
        let ok = match recv.kind {
            Kind::ObjRef => {
                !owner_is_value
                    && match recv.ty {
                        None => true,
                        Some(t) => self.env.ref_assignable(t, owner),
                    }
            }
            Kind::ByRef => {
                let t = recv.ty.unwrap_or(owner);
                match owner_is_value {
                    true => t == owner,
                    // A base method (Object, ValueType, Enum) called on a value type's
                    // address without boxing.
                    false => {
                        !virt && self.env.ts.is_value_type(t) && self.env.ref_assignable(t, owner)
                    }
                }
            }
            _ => false,
        };
        if !ok {
            let exp = vtype::type_name(self.env.ts, owner);
            return Err(self.unexpected(ErrorKind::StackUnexpected, off, recv, &exp));
        }
        Ok(())
    }

    fn newobj(&mut self, ins: &Instruction, st: &mut State) -> VResult<()> {
        let off = ins.offset;
        let m = self.resolve_method(ins)?;
        self.check_method_access(m, off)?;
        let info = self.env.ts.method(m).clone();
        if !info.is_ctor() {
            return Err(self.err(ErrorKind::CtorExpected, off));
        }
        if info.is_static() || !info.sig.has_this || info.is_abstract() {
            return Err(self.err(ErrorKind::CtorSig, off));
        }
        let owner = info.owner;
        if self.env.ts.ty(owner).flags & 0x80 != 0 && !self.env.ts.is_value_type(owner) {
            return Err(self.err(ErrorKind::NewobjAbstractClass, off));
        }
        if self.is_delegate(owner) && info.sig.params.len() == 2 {
            self.delegate_ctor(owner, st, off)?;
        } else {
            self.pop_args(st, m, off)?;
        }
        self.push_type(st, owner, off)
    }

    fn is_delegate(&self, ty: TypeId) -> bool {
        let ts = &*self.env.ts;
        let mut cur = ts.ty(ty).parent;
        while let Some(p) = cur {
            let t = ts.ty(p);
            if t.namespace == "System" && t.name == "MulticastDelegate" {
                return true;
            }
            cur = t.parent;
        }
        false
    }

    /// `newobj D::.ctor(object, native int)`: the function pointer comes from `ldftn`
    /// (or `dup; ldvirtftn` on the same object) just before, in the same block, and the
    /// target's signature matches `D::Invoke`.
    fn delegate_ctor(&mut self, owner: TypeId, st: &mut State, off: u32) -> VResult<()> {
        let ftn = self.pop(st, off)?;
        let obj = self.pop(st, off)?;
        let (Kind::NativeInt, Some(target)) = (ftn.kind, ftn.method) else {
            return Err(self.unexpected(ErrorKind::DelegateCtor, off, &ftn, "a method pointer"));
        };
        let at = self.index.get(&off).copied().unwrap_or(0);
        let op = |k: usize| {
            at.checked_sub(k)
                .and_then(|i| self.instrs.get(i))
                .map(|x| (x.opcode, x.offset))
        };
        let pattern = match ftn.has(VIRTUAL_FTN) {
            true => {
                matches!((op(2), op(1)), (Some((Opcode::Dup, d)), Some((Opcode::Ldvirtftn, l))) if !self.starts.contains(&l) && !self.starts.contains(&off) && d < l)
            }
            false => matches!(op(1), Some((Opcode::Ldftn, _))) && !self.starts.contains(&off),
        };
        if !pattern {
            return Err(self.err(ErrorKind::DelegatePattern, off));
        }
        if obj.is_uninit() {
            return Err(self.err(ErrorKind::UninitStack, off));
        }
        if obj.kind != Kind::ObjRef {
            return Err(self.unexpected(ErrorKind::DelegateCtor, off, &obj, "ObjRef"));
        }
        let tinfo = self.env.ts.method(target).clone();
        let mut target_params = tinfo.sig.params.clone();
        if tinfo.is_static() {
            // A static target is open, or closed over its first argument.
            if let Some(t) = obj.ty {
                let first = target_params.first().copied();
                match first {
                    Some(f) if self.env.is_ref_type(f) && self.env.ref_assignable(t, f) => {
                        target_params.remove(0);
                    }
                    _ => return Err(self.unexpected(ErrorKind::DelegateCtor, off, &obj, "null")),
                }
            }
        } else if let Some(t) = obj.ty {
            if !self.env.ref_assignable(t, tinfo.owner) {
                let exp = vtype::type_name(self.env.ts, tinfo.owner);
                return Err(self.unexpected(ErrorKind::DelegateCtor, off, &obj, &exp));
            }
        }
        let invoke = self.env.ts.ensure_loaded(owner).ok().and_then(|_| {
            let ts = &*self.env.ts;
            ts.ty(owner)
                .methods
                .iter()
                .copied()
                .find(|&m| ts.method(m).name == "Invoke")
        });
        let Some(invoke) = invoke else {
            return Err(self
                .err(ErrorKind::DelegateCtor, off)
                .found("a delegate without Invoke"));
        };
        let isig = self.env.ts.method(invoke).sig.clone();
        let mut ok = isig.params.len() == target_params.len();
        for (&want, &have) in isig.params.iter().zip(&target_params) {
            ok = ok
                && (want == have
                    || (self.env.is_ref_type(want) && self.env.ref_assignable(want, have)));
        }
        let (r1, r2) = (tinfo.sig.ret, isig.ret);
        ok = ok && (r1 == r2 || (self.env.is_ref_type(r1) && self.env.ref_assignable(r1, r2)));
        if !ok {
            let found = format!(
                "{}::{}",
                vtype::type_name(self.env.ts, tinfo.owner),
                tinfo.name
            );
            return Err(self
                .err(ErrorKind::DelegateCtor, off)
                .types(found, vtype::type_name(self.env.ts, owner)));
        }
        Ok(())
    }

    fn ret(&mut self, ins: &Instruction, st: &mut State) -> VResult<()> {
        let off = ins.offset;
        if let Some(k) = self.regions.check_ret(off) {
            return Err(self.err(k, off));
        }
        if self.ctor_this && !st.this_init {
            return Err(self.err(ErrorKind::ThisUninitReturn, off));
        }
        let ret = self.info.sig.ret;
        if ret == self.env.ts.well_known.void {
            if !st.stack.is_empty() {
                return Err(self.err(ErrorKind::ReturnVoid, off));
            }
            return Ok(());
        }
        match st.stack.len() {
            0 => return Err(self.err(ErrorKind::ReturnMissing, off)),
            1 => {}
            _ => return Err(self.err(ErrorKind::ReturnEmpty, off)),
        }
        let v = self.pop(st, off)?;
        self.check_assign(&v, ret, off)?;
        if v.kind == Kind::ByRef && !v.has(PERMANENT) {
            return Err(self.unexpected(
                ErrorKind::ReturnPtrToStack,
                off,
                &v,
                "a byref to the heap or a caller",
            ));
        }
        Ok(())
    }
}

/// `StackUnexpected` naming a type (not a stack item) as found.
fn unexpected_type(
    v: &Verifier<'_>,
    off: u32,
    found: TypeId,
    expected: &str,
) -> crate::verify::VerifyError {
    v.err(ErrorKind::StackUnexpected, off)
        .types(vtype::type_name(v.env.ts, found), expected)
}
