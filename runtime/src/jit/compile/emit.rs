//! The instruction dispatcher: one `match` over every opcode, delegating to the
//! arithmetic, memory, call and exception-handling modules; constants, stack
//! manipulation, branches and `ret` are handled here.

use super::{Compiler, invalid};
use crate::jit::abi::{Sk, sk_of};
use crate::typesys::{TResult, TypeId, TypeKind};
use cranelift_codegen::ir::{InstBuilder, types};
use il_emit::il::decode::{DecodedOperand, Instruction};
use il_emit::il::opcode::Opcode;

impl Compiler<'_> {
    /// Emits one instruction; returns whether the next one is reachable by fallthrough.
    pub(super) fn emit(&mut self, ins: &Instruction) -> TResult<bool> {
        use Opcode::*;
        let op = ins.opcode;
        if op != Callvirt
            && op != Constrained
            && self.constrained.is_some()
            && !matches!(op, Readonly | Volatile | Unaligned | Tail)
        {
            self.constrained = None;
        }
        match op {
            Nop | Break | Volatile | Unaligned | Tail | Readonly | No => {}
            Constrained => {
                let t = self.type_token(ins)?;
                self.constrained = Some(t);
            }
            Ldarg0 | Ldarg1 | Ldarg2 | Ldarg3 => self.ldarg(op as usize - Ldarg0 as usize)?,
            Ldloc0 | Ldloc1 | Ldloc2 | Ldloc3 => self.ldloc(op as usize - Ldloc0 as usize)?,
            Stloc0 | Stloc1 | Stloc2 | Stloc3 => self.stloc(op as usize - Stloc0 as usize)?,
            LdargS | Ldarg | LdargaS | Ldarga | StargS | Starg | LdlocS | Ldloc | LdlocaS
            | Ldloca | StlocS | Stloc => {
                let DecodedOperand::Var(i) = ins.operand else {
                    return Err(invalid("variable operand expected"));
                };
                let i = i as usize;
                match op {
                    LdargS | Ldarg => self.ldarg(i)?,
                    LdargaS | Ldarga => self.ldarga(i)?,
                    StargS | Starg => self.starg(i)?,
                    LdlocS | Ldloc => self.ldloc(i)?,
                    LdlocaS | Ldloca => self.ldloca(i)?,
                    _ => self.stloc(i)?,
                }
            }
            Ldnull => {
                let z = self.b.ins().iconst(types::I64, 0);
                self.push(z, Sk::Ref);
            }
            LdcI4M1 | LdcI40 | LdcI41 | LdcI42 | LdcI43 | LdcI44 | LdcI45 | LdcI46 | LdcI47
            | LdcI48 => {
                let n = op as i64 - LdcI40 as i64;
                let v = self.b.ins().iconst(types::I32, n);
                self.push(v, Sk::I4);
            }
            LdcI4S | LdcI4 => {
                let n = match ins.operand {
                    DecodedOperand::I8(n) => i64::from(n),
                    DecodedOperand::I32(n) => i64::from(n),
                    _ => return Err(invalid("ldc.i4 operand")),
                };
                let v = self.b.ins().iconst(types::I32, n);
                self.push(v, Sk::I4);
            }
            LdcI8 => {
                let DecodedOperand::I64(n) = ins.operand else {
                    return Err(invalid("ldc.i8 operand"));
                };
                let v = self.b.ins().iconst(types::I64, n);
                self.push(v, Sk::I8);
            }
            LdcR4 => {
                let DecodedOperand::R4(x) = ins.operand else {
                    return Err(invalid("ldc.r4 operand"));
                };
                let v = self.b.ins().f32const(x);
                self.push(v, Sk::F4);
            }
            LdcR8 => {
                let DecodedOperand::R8(x) = ins.operand else {
                    return Err(invalid("ldc.r8 operand"));
                };
                let v = self.b.ins().f64const(x);
                self.push(v, Sk::F8);
            }
            Dup => {
                let top = *self
                    .stack
                    .last()
                    .ok_or_else(|| invalid("dup on an empty stack"))?;
                match top.k {
                    Sk::Vt(t) => {
                        let copy = self.copy_value(t, top.v)?;
                        self.push(copy, top.k);
                    }
                    _ => self.push(top.v, top.k),
                }
            }
            Pop => {
                self.pop()?;
            }
            Ret => {
                self.ret()?;
                return Ok(false);
            }
            Br | BrS => {
                let DecodedOperand::Target(t) = ins.operand else {
                    return Err(invalid("branch target"));
                };
                self.edge(t)?;
                return Ok(false);
            }
            Brfalse | BrfalseS | Brtrue | BrtrueS => {
                let DecodedOperand::Target(t) = ins.operand else {
                    return Err(invalid("branch target"));
                };
                let v = self.pop()?;
                let c = match v.k {
                    Sk::F4 | Sk::F8 => {
                        let z = self.zero_of(v.k);
                        self.b.ins().fcmp(
                            cranelift_codegen::ir::condcodes::FloatCC::NotEqual,
                            v.v,
                            z,
                        )
                    }
                    _ => v.v,
                };
                let next = ins.next_offset();
                match op {
                    Brtrue | BrtrueS => self.cond_edge(c, t, next)?,
                    _ => self.cond_edge(c, next, t)?,
                }
                return Ok(false);
            }
            Beq | BeqS | Bge | BgeS | Bgt | BgtS | Ble | BleS | Blt | BltS | BneUn | BneUnS
            | BgeUn | BgeUnS | BgtUn | BgtUnS | BleUn | BleUnS | BltUn | BltUnS => {
                let DecodedOperand::Target(t) = ins.operand else {
                    return Err(invalid("branch target"));
                };
                let c = self.compare_branch(op)?;
                self.cond_edge(c, t, ins.next_offset())?;
                return Ok(false);
            }
            Switch => {
                let DecodedOperand::Switch(targets) = &ins.operand else {
                    return Err(invalid("switch targets"));
                };
                let v = self.pop()?;
                let v = self.coerce(v, Sk::I4);
                let next = ins.next_offset();
                for (i, &t) in targets.iter().enumerate() {
                    let c = self.b.ins().icmp_imm_s(
                        cranelift_codegen::ir::condcodes::IntCC::Equal,
                        v,
                        i as i64,
                    );
                    let after = self.b.create_block();
                    let (tb, targs) = self.edge_args(t)?;
                    self.b.ins().brif(c, tb, &targs, after, &[]);
                    self.b.switch_to_block(after);
                }
                self.edge(next)?;
                return Ok(false);
            }
            Add | Sub | Mul | Div | DivUn | Rem | RemUn | And | Or | Xor | Shl | Shr | ShrUn
            | AddOvf | AddOvfUn | SubOvf | SubOvfUn | MulOvf | MulOvfUn => self.binary(op)?,
            Neg | Not => self.unary(op)?,
            Ceq | Cgt | CgtUn | Clt | CltUn => self.compare(op)?,
            ConvI1 | ConvI2 | ConvI4 | ConvI8 | ConvR4 | ConvR8 | ConvU4 | ConvU8 | ConvU2
            | ConvU1 | ConvI | ConvU | ConvRUn | ConvOvfI1Un | ConvOvfI2Un | ConvOvfI4Un
            | ConvOvfI8Un | ConvOvfU1Un | ConvOvfU2Un | ConvOvfU4Un | ConvOvfU8Un | ConvOvfIUn
            | ConvOvfUUn | ConvOvfI1 | ConvOvfU1 | ConvOvfI2 | ConvOvfU2 | ConvOvfI4
            | ConvOvfU4 | ConvOvfI8 | ConvOvfU8 | ConvOvfI | ConvOvfU => self.convert(op)?,
            Ckfinite => self.ckfinite()?,
            Call | Callvirt | Newobj => {
                let tok = self.token(ins)?;
                let m = self.ts.resolve_method_token(self.asm, tok, &self.ctx)?;
                match op {
                    Newobj => self.newobj(m)?,
                    _ => self.call(m, op == Callvirt)?,
                }
            }
            Ldftn | Ldvirtftn => {
                let tok = self.token(ins)?;
                let m = self.ts.resolve_method_token(self.asm, tok, &self.ctx)?;
                self.ldftn(m, op == Ldvirtftn)?;
            }
            Ldstr => self.ldstr(ins)?,
            Ldtoken => self.ldtoken(ins)?,
            Ldfld | Ldflda | Stfld | Ldsfld | Ldsflda | Stsfld => {
                let tok = self.token(ins)?;
                let f = self.ts.resolve_field_token(self.asm, tok, &self.ctx)?;
                self.field_op(op, f)?;
            }
            Ldobj | Stobj | Initobj | Cpobj | Box | Unbox | UnboxAny | Isinst | Castclass
            | Newarr | Ldelema | Ldelem | Stelem | Sizeof => {
                let ty = self.type_token(ins)?;
                self.typed_op(op, ty)?;
            }
            Ldlen => self.ldlen()?,
            LdelemI1 | LdelemU1 | LdelemI2 | LdelemU2 | LdelemI4 | LdelemU4 | LdelemI8
            | LdelemI | LdelemR4 | LdelemR8 | LdelemRef => {
                let ty = self.prim_elem_type(op)?;
                self.ldelem(ty)?;
            }
            StelemI | StelemI1 | StelemI2 | StelemI4 | StelemI8 | StelemR4 | StelemR8
            | StelemRef => {
                let ty = self.prim_elem_type(op)?;
                self.stelem(ty)?;
            }
            LdindI1 | LdindU1 | LdindI2 | LdindU2 | LdindI4 | LdindU4 | LdindI8 | LdindI
            | LdindR4 | LdindR8 | LdindRef => {
                let ty = self.prim_elem_type(op)?;
                let addr = self.pop()?;
                let v = self.load_typed(ty, addr.v, 0)?;
                self.stack.push(v);
            }
            StindRef | StindI1 | StindI2 | StindI4 | StindI8 | StindR4 | StindR8 | StindI => {
                let ty = self.prim_elem_type(op)?;
                let v = self.pop()?;
                let addr = self.pop()?;
                self.store_typed(ty, addr.v, 0, v)?;
            }
            Throw => {
                self.throw()?;
                return Ok(false);
            }
            Rethrow => {
                self.rethrow()?;
                return Ok(false);
            }
            Endfilter => {
                if self.eh.filter_mode {
                    let v = self.pop()?;
                    let v = self.coerce(v, Sk::I4);
                    self.b.ins().return_(&[v]);
                    return Ok(false);
                }
                return Err(invalid("endfilter outside a filter"));
            }
            Leave | LeaveS => {
                let DecodedOperand::Target(t) = ins.operand else {
                    return Err(invalid("leave target"));
                };
                self.stack.clear();
                self.leave(ins.offset, t)?;
                return Ok(false);
            }
            Endfinally => {
                self.stack.clear();
                self.endfinally(ins.offset)?;
                return Ok(false);
            }
            Localloc => {
                let size = self.pop()?;
                let n = self.coerce(size, Sk::Ptr);
                let p = self.call_helper(
                    crate::jit::helpers::rt_localloc as *const () as usize,
                    &[types::I64],
                    &[types::I64],
                    &[n],
                )[0];
                self.push(p, Sk::Ptr);
            }
            Jmp | Calli | Arglist | Refanyval | Mkrefany | Refanytype | Cpblk | Initblk => {
                return Err(invalid(format!(
                    "opcode {} is not supported yet",
                    op.name()
                )));
            }
        }
        Ok(true)
    }

    /// The element type named by a typed `ldelem.*`/`stelem.*`/`ldind.*`/`stind.*`.
    fn prim_elem_type(&mut self, op: Opcode) -> TResult<TypeId> {
        use crate::typesys::Prim;
        use Opcode::*;
        let wk = self.ts.well_known;
        Ok(match op {
            LdelemI1 | LdindI1 | StelemI1 | StindI1 => wk.prim(Prim::I1),
            LdelemU1 | LdindU1 => wk.prim(Prim::U1),
            LdelemI2 | LdindI2 | StelemI2 | StindI2 => wk.prim(Prim::I2),
            LdelemU2 | LdindU2 => wk.prim(Prim::U2),
            LdelemI4 | LdindI4 | StelemI4 | StindI4 => wk.prim(Prim::I4),
            LdelemU4 | LdindU4 => wk.prim(Prim::U4),
            LdelemI8 | LdindI8 | StelemI8 | StindI8 => wk.prim(Prim::I8),
            LdelemI | LdindI | StelemI | StindI => wk.prim(Prim::I),
            LdelemR4 | LdindR4 | StelemR4 | StindR4 => wk.prim(Prim::R4),
            LdelemR8 | LdindR8 | StelemR8 | StindR8 => wk.prim(Prim::R8),
            _ => wk.object,
        })
    }

    /// `ret`: the value (if any) converted to the return type, or copied to the buffer.
    fn ret(&mut self) -> TResult<()> {
        if self.eh.filter_mode {
            return Err(invalid("ret inside a filter"));
        }
        self.eh_epilogue();
        let ret_ty = self.info.sig.ret;
        if self.ts.ty(ret_ty).kind == TypeKind::Void {
            self.b.ins().return_(&[]);
            return Ok(());
        }
        let v = self.pop()?;
        if let Some(buf) = self.ret_buf {
            let (size, _) = self.ts.value_size(ret_ty)?;
            self.copy_mem(buf, v.v, size);
            self.b.ins().return_(&[]);
            return Ok(());
        }
        let k = sk_of(self.ts, ret_ty);
        let v = self.coerce(v, k);
        self.b.ins().return_(&[v]);
        Ok(())
    }
}
