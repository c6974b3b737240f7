//! The instructions: how each one changes the verifier's state, and the checks it
//! makes on its operands. This module dispatches and owns the stack, locals and
//! arguments, constants, prefixes and control flow; `arith` (numbers, comparisons,
//! conversions), `objects` (fields, indirections, boxes, casts, arrays) and `calls`
//! (calls, `newobj`, function pointers and delegates, `ret`) own the rest.

mod arith;
mod calls;
mod objects;

use super::error::{ErrorKind, VerifyError};
use super::regions::RegionKind;
use super::vtype::{self, Kind, Sv, THIS, UNINIT};
use super::{State, Verifier};
use crate::typesys::{FieldId, MethodId, TypeId, TypeKind};
use il_emit::entity::Token;
use il_emit::il::decode::{DecodedOperand, Instruction};
use il_emit::il::opcode::Opcode;

pub(crate) type VResult<T> = Result<T, VerifyError>;

/// Where control goes after an instruction.
pub(crate) enum Flow {
    /// To the next instruction.
    Next,
    /// To `targets`, and also to the next instruction when `falls`.
    Jump {
        targets: Vec<u32>,
        falls: bool,
        leave: bool,
    },
    /// Nowhere in this method (`ret`, `throw`, `endfinally`, …).
    Stop,
}

/// Prefixes seen before the current instruction.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Prefix {
    pub constrained: Option<TypeId>,
    pub readonly: bool,
    pub tail: bool,
    pub volatile: bool,
    pub unaligned: bool,
    /// Set after a `tail.` call: the next instruction must be `ret`.
    pub after_tail_call: bool,
}

impl Prefix {
    pub fn pending(&self) -> bool {
        self.constrained.is_some() || self.readonly || self.tail || self.volatile || self.unaligned
    }
}

impl Verifier<'_> {
    pub(crate) fn err(&self, kind: ErrorKind, off: u32) -> VerifyError {
        VerifyError::new(kind, off)
    }

    /// An error naming the stack item found and what was expected.
    pub(crate) fn unexpected(
        &self,
        kind: ErrorKind,
        off: u32,
        found: &Sv,
        expected: &str,
    ) -> VerifyError {
        VerifyError::new(kind, off).types(vtype::describe(self.env.ts, found), expected)
    }

    pub(crate) fn pop(&self, st: &mut State, off: u32) -> VResult<Sv> {
        st.stack
            .pop()
            .ok_or_else(|| self.err(ErrorKind::StackUnderflow, off))
    }

    pub(crate) fn push(&self, st: &mut State, sv: Sv, off: u32) -> VResult<()> {
        if st.stack.len() >= self.max_stack {
            return Err(self.err(ErrorKind::StackOverflow, off));
        }
        st.stack.push(sv);
        Ok(())
    }

    /// Pushes a value of declared type `ty`.
    pub(crate) fn push_type(&self, st: &mut State, ty: TypeId, off: u32) -> VResult<()> {
        let (sv, ptr) = vtype::of_type(self.env.ts, ty);
        if ptr {
            return Err(self.err(ErrorKind::UnmanagedPointer, off));
        }
        self.push(st, sv, off)
    }

    /// Checks that `sv` may be stored where declared type `ty` is expected.
    pub(crate) fn check_assign(&mut self, sv: &Sv, ty: TypeId, off: u32) -> VResult<()> {
        if sv.is_uninit() {
            return Err(self.err(ErrorKind::UninitStack, off));
        }
        let (want, ptr) = vtype::of_type(self.env.ts, ty);
        if ptr {
            return Err(self.err(ErrorKind::UnmanagedPointer, off));
        }
        if !self.env.assignable(sv, &want) {
            let exp = vtype::describe(self.env.ts, &want);
            return Err(self.unexpected(ErrorKind::StackUnexpected, off, sv, &exp));
        }
        Ok(())
    }

    pub(crate) fn token(&self, ins: &Instruction) -> VResult<Token> {
        match ins.operand {
            DecodedOperand::Token(t) => Ok(t),
            _ => Err(self.err(ErrorKind::TokenResolve, ins.offset)),
        }
    }

    pub(crate) fn resolve_type(&mut self, ins: &Instruction) -> VResult<TypeId> {
        let tok = self.token(ins)?;
        let t = self
            .env
            .ts
            .resolve_type_token(self.asm, tok, &self.ctx)
            .map_err(|e| VerifyError::new(ErrorKind::TokenResolve, ins.offset).found(e.message))?;
        self.check_type_access(t, ins.offset)?;
        Ok(t)
    }

    pub(crate) fn resolve_method(&mut self, ins: &Instruction) -> VResult<MethodId> {
        let tok = self.token(ins)?;
        self.env
            .ts
            .resolve_method_token(self.asm, tok, &self.ctx)
            .map_err(|e| VerifyError::new(ErrorKind::TokenResolve, ins.offset).found(e.message))
    }

    pub(crate) fn resolve_field(&mut self, ins: &Instruction) -> VResult<FieldId> {
        let tok = self.token(ins)?;
        self.env
            .ts
            .resolve_field_token(self.asm, tok, &self.ctx)
            .map_err(|e| VerifyError::new(ErrorKind::TokenResolve, ins.offset).found(e.message))
    }

    /// Interprets one instruction.
    pub(crate) fn step(&mut self, ins: &Instruction, st: &mut State) -> VResult<Flow> {
        let off = ins.offset;
        if self.prefix.after_tail_call && ins.opcode != Opcode::Ret {
            return Err(self.err(ErrorKind::TailRet, off));
        }
        self.prefix.after_tail_call = false;
        if let Some(f) = self.prefix_op(ins)? {
            return Ok(f);
        }
        self.check_prefix_target(ins)?;
        if let Some(f) = self.stack_op(ins, st)? {
            return Ok(f);
        }
        if let Some(f) = self.arith_op(ins, st)? {
            return Ok(f);
        }
        if let Some(f) = self.object_op(ins, st)? {
            return Ok(f);
        }
        if let Some(f) = self.call_op(ins, st)? {
            return Ok(f);
        }
        Err(self
            .err(ErrorKind::Unverifiable, off)
            .found(ins.opcode.name()))
    }

    fn prefix_op(&mut self, ins: &Instruction) -> VResult<Option<Flow>> {
        match ins.opcode {
            Opcode::Constrained => self.prefix.constrained = Some(self.resolve_type(ins)?),
            Opcode::Readonly => self.prefix.readonly = true,
            Opcode::Tail => self.prefix.tail = true,
            Opcode::Volatile => self.prefix.volatile = true,
            Opcode::Unaligned => self.prefix.unaligned = true,
            Opcode::No => {}
            _ => return Ok(None),
        }
        Ok(Some(Flow::Next))
    }

    /// Each prefix must be followed by an instruction it applies to.
    fn check_prefix_target(&mut self, ins: &Instruction) -> VResult<()> {
        use Opcode::*;
        let p = std::mem::take(&mut self.prefix);
        let off = ins.offset;
        let memory = matches!(
            ins.opcode,
            LdindI1
                | LdindU1
                | LdindI2
                | LdindU2
                | LdindI4
                | LdindU4
                | LdindI8
                | LdindI
                | LdindR4
                | LdindR8
                | LdindRef
                | StindRef
                | StindI1
                | StindI2
                | StindI4
                | StindI8
                | StindR4
                | StindR8
                | StindI
                | Ldfld
                | Stfld
                | Ldobj
                | Stobj
                | Initblk
                | Cpblk
        );
        if p.volatile && !(memory || matches!(ins.opcode, Ldsfld | Stsfld)) {
            return Err(self.err(ErrorKind::Volatile, off));
        }
        if p.unaligned && !memory {
            return Err(self.err(ErrorKind::Unaligned, off));
        }
        if p.constrained.is_some() && ins.opcode != Callvirt {
            return Err(self.err(ErrorKind::Constrained, off));
        }
        if p.readonly && !matches!(ins.opcode, Ldelema | Call) {
            return Err(self.err(ErrorKind::ReadOnly, off));
        }
        if p.tail && !matches!(ins.opcode, Call | Callvirt | Calli) {
            return Err(self.err(ErrorKind::TailCall, off));
        }
        self.applied = Prefix {
            constrained: p.constrained,
            readonly: p.readonly,
            tail: p.tail,
            ..Prefix::default()
        };
        Ok(())
    }

    /// Takes the prefixes that apply to the current instruction.
    pub(crate) fn take_prefix(&mut self) -> Prefix {
        std::mem::take(&mut self.applied)
    }

    fn arg_index(&self, ins: &Instruction) -> VResult<usize> {
        use Opcode::*;
        let i = match (ins.opcode, &ins.operand) {
            (Ldarg0, _) => 0,
            (Ldarg1, _) => 1,
            (Ldarg2, _) => 2,
            (Ldarg3, _) => 3,
            (_, DecodedOperand::Var(v)) => *v as usize,
            _ => usize::MAX,
        };
        match i < self.args.len() {
            true => Ok(i),
            false => Err(self.err(ErrorKind::UnrecognizedArgumentNumber, ins.offset)),
        }
    }

    fn local_index(&self, ins: &Instruction) -> VResult<usize> {
        use Opcode::*;
        let i = match (ins.opcode, &ins.operand) {
            (Ldloc0 | Stloc0, _) => 0,
            (Ldloc1 | Stloc1, _) => 1,
            (Ldloc2 | Stloc2, _) => 2,
            (Ldloc3 | Stloc3, _) => 3,
            (_, DecodedOperand::Var(v)) => *v as usize,
            _ => usize::MAX,
        };
        match i < self.locals.len() {
            true => Ok(i),
            false => Err(self.err(ErrorKind::UnrecognizedLocalNumber, ins.offset)),
        }
    }

    /// Whether some `starg` writes argument `i`.
    fn arg_stored(&self, i: usize) -> bool {
        self.instrs.iter().any(|x| {
            matches!(x.opcode, Opcode::StargS | Opcode::Starg)
                && x.operand == DecodedOperand::Var(i as u16)
        })
    }

    /// Whether argument `i` is the method's `this`.
    pub(crate) fn is_this_arg(&self, i: usize) -> bool {
        i == 0 && self.info.sig.has_this
    }

    /// Stack, locals, arguments, constants and control flow.
    fn stack_op(&mut self, ins: &Instruction, st: &mut State) -> VResult<Option<Flow>> {
        use Opcode::*;
        let off = ins.offset;
        match ins.opcode {
            Nop | Break => {}
            Ldarg0 | Ldarg1 | Ldarg2 | Ldarg3 | LdargS | Ldarg => {
                let i = self.arg_index(ins)?;
                let ty = self.args[i];
                if self.is_this_arg(i) {
                    let (mut sv, _) = vtype::of_type(self.env.ts, ty);
                    sv.flags |= THIS;
                    if self.ctor_this && !st.this_init {
                        sv.flags |= UNINIT;
                    }
                    self.push(st, sv, off)?;
                } else {
                    let (mut sv, ptr) = vtype::of_type(self.env.ts, ty);
                    if ptr {
                        return Err(self.err(ErrorKind::UnmanagedPointer, off));
                    }
                    // A byref argument points into the caller: safe to return, unless
                    // the method stores into the argument somewhere (it may then hold
                    // an address in this frame).
                    if sv.kind == Kind::ByRef && !self.arg_stored(i) {
                        sv.flags |= vtype::PERMANENT;
                    }
                    self.push(st, sv, off)?;
                }
            }
            LdargaS | Ldarga => {
                let i = self.arg_index(ins)?;
                let ty = self.args[i];
                self.push_address_of(st, ty, off)?;
            }
            StargS | Starg => {
                let i = self.arg_index(ins)?;
                let v = self.pop(st, off)?;
                if self.is_this_arg(i) && self.ctor_this && !st.this_init {
                    return Err(self.err(ErrorKind::ThisUninitStore, off));
                }
                self.check_assign(&v, self.args[i], off)?;
            }
            Ldloc0 | Ldloc1 | Ldloc2 | Ldloc3 | LdlocS | Ldloc => {
                let i = self.local_index(ins)?;
                self.push_type(st, self.locals[i], off)?;
            }
            LdlocaS | Ldloca => {
                let i = self.local_index(ins)?;
                self.push_address_of(st, self.locals[i], off)?;
            }
            Stloc0 | Stloc1 | Stloc2 | Stloc3 | StlocS | Stloc => {
                let i = self.local_index(ins)?;
                let v = self.pop(st, off)?;
                self.check_assign(&v, self.locals[i], off)?;
            }
            Ldnull => self.push(st, Sv::null(), off)?,
            LdcI4M1 | LdcI40 | LdcI41 | LdcI42 | LdcI43 | LdcI44 | LdcI45 | LdcI46 | LdcI47
            | LdcI48 | LdcI4S | LdcI4 => self.push(st, Sv::prim(Kind::I4), off)?,
            LdcI8 => self.push(st, Sv::prim(Kind::I8), off)?,
            LdcR4 | LdcR8 => self.push(st, Sv::prim(Kind::F), off)?,
            Ldstr => {
                let s = self.env.ts.well_known.string;
                self.push(st, Sv::obj(s), off)?;
            }
            Dup => {
                let v = self.pop(st, off)?;
                self.push(st, v, off)?;
                self.push(st, v, off)?;
            }
            Pop => {
                self.pop(st, off)?;
            }
            Br | BrS => {
                return Ok(Some(self.jump(ins, false)));
            }
            Leave | LeaveS => {
                st.stack.clear();
                return Ok(Some(self.jump(ins, true)));
            }
            Brtrue | BrtrueS | Brfalse | BrfalseS => {
                let v = self.pop(st, off)?;
                let ok = matches!(
                    v.kind,
                    Kind::I4 | Kind::I8 | Kind::NativeInt | Kind::ObjRef | Kind::ByRef
                );
                if !ok || v.is_uninit() {
                    return Err(self.unexpected(
                        ErrorKind::StackUnexpected,
                        off,
                        &v,
                        "Int32, Int64, Native Int, ObjRef or ByRef",
                    ));
                }
                return Ok(Some(self.cond_jump(ins)));
            }
            Switch => {
                let v = self.pop(st, off)?;
                if !matches!(v.kind, Kind::I4 | Kind::NativeInt) {
                    return Err(self.unexpected(ErrorKind::StackUnexpected, off, &v, "Int32"));
                }
                let targets = match &ins.operand {
                    DecodedOperand::Switch(t) => t.clone(),
                    _ => Vec::new(),
                };
                return Ok(Some(Flow::Jump {
                    targets,
                    falls: true,
                    leave: false,
                }));
            }
            Throw => {
                let v = self.pop(st, off)?;
                if v.kind != Kind::ObjRef || v.is_uninit() {
                    return Err(self.unexpected(ErrorKind::StackObjRef, off, &v, "ObjRef"));
                }
                return Ok(Some(Flow::Stop));
            }
            Rethrow => {
                let in_catch = self
                    .regions
                    .innermost_handler(off)
                    .is_some_and(|r| r.kind == RegionKind::Catch);
                if !in_catch {
                    return Err(self.err(ErrorKind::Rethrow, off));
                }
                return Ok(Some(Flow::Stop));
            }
            Endfinally => {
                let in_finally = self
                    .regions
                    .innermost(off)
                    .is_some_and(|r| matches!(r.kind, RegionKind::Finally | RegionKind::Fault));
                if !in_finally {
                    return Err(self.err(ErrorKind::Endfinally, off));
                }
                st.stack.clear();
                return Ok(Some(Flow::Stop));
            }
            Endfilter => {
                let in_filter = self
                    .regions
                    .innermost(off)
                    .is_some_and(|r| r.kind == RegionKind::Filter);
                if !in_filter {
                    return Err(self.err(ErrorKind::Endfilter, off));
                }
                let v = self.pop(st, off)?;
                if v.kind != Kind::I4 {
                    return Err(self.unexpected(ErrorKind::StackUnexpected, off, &v, "Int32"));
                }
                if !st.stack.is_empty() {
                    return Err(self.err(ErrorKind::EndfilterStack, off));
                }
                return Ok(Some(Flow::Stop));
            }
            Jmp | Calli | Localloc | Cpblk | Initblk | Arglist | Mkrefany | Refanyval
            | Refanytype => {
                let kind = match ins.opcode {
                    Localloc | Cpblk | Initblk => ErrorKind::UnmanagedPointer,
                    _ => ErrorKind::Unverifiable,
                };
                return Err(self.err(kind, off).found(ins.opcode.name()));
            }
            _ => return Ok(None),
        }
        Ok(Some(Flow::Next))
    }

    /// Pushes the address of a local or argument of type `ty`.
    fn push_address_of(&mut self, st: &mut State, ty: TypeId, off: u32) -> VResult<()> {
        if matches!(self.env.ts.ty(ty).kind, TypeKind::ByRef(_)) {
            return Err(self.err(ErrorKind::ByrefOfByref, off));
        }
        if matches!(self.env.ts.ty(ty).kind, TypeKind::Ptr(_)) {
            return Err(self.err(ErrorKind::UnmanagedPointer, off));
        }
        self.push(st, Sv::byref(ty, 0), off)
    }

    fn target(ins: &Instruction) -> Vec<u32> {
        match ins.operand {
            DecodedOperand::Target(t) => vec![t],
            _ => Vec::new(),
        }
    }

    fn jump(&self, ins: &Instruction, leave: bool) -> Flow {
        Flow::Jump {
            targets: Self::target(ins),
            falls: false,
            leave,
        }
    }

    pub(crate) fn cond_jump(&self, ins: &Instruction) -> Flow {
        Flow::Jump {
            targets: Self::target(ins),
            falls: true,
            leave: false,
        }
    }
}
