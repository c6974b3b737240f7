//! Arithmetic, bitwise, shift, comparison and conversion instructions, with the checks
//! the CLI requires: division by zero and `MinValue / -1` raise, `.ovf` forms raise
//! OverflowException, float-to-integer conversions saturate unless checked.

use super::{Compiler, Sv, invalid};
use crate::jit::abi::Sk;
use crate::jit::helpers::Builtin;
use crate::typesys::TResult;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use il_emit::il::opcode::Opcode;

impl Compiler<'_> {
    /// Brings two operands to a common kind (int32 with native int widens; floats widen).
    fn unify(&mut self, a: Sv, b: Sv) -> (Value, Value, Sk) {
        let k = match (a.k, b.k) {
            (x, y) if x == y => x,
            (Sk::F4 | Sk::F8, Sk::F4 | Sk::F8) => Sk::F8,
            (Sk::I4, Sk::Ptr | Sk::Ref) | (Sk::Ptr | Sk::Ref, Sk::I4) => Sk::Ptr,
            (Sk::I8, _) | (_, Sk::I8) => Sk::I8,
            (Sk::Ref, Sk::Ptr) | (Sk::Ptr, Sk::Ref) => Sk::Ptr,
            (x, _) => x,
        };
        let k = match k {
            Sk::Ref | Sk::Vt(_) => Sk::Ptr,
            k => k,
        };
        (self.coerce(a, k), self.coerce(b, k), k)
    }

    pub(super) fn binary(&mut self, op: Opcode) -> TResult<()> {
        use Opcode::*;
        let b = self.pop()?;
        let a = self.pop()?;
        if matches!(op, Shl | Shr | ShrUn) {
            let amount = self.coerce(b, Sk::I4);
            let k = match a.k {
                Sk::Ref => Sk::Ptr,
                k => k,
            };
            let v = match op {
                Shl => self.b.ins().ishl(a.v, amount),
                Shr => self.b.ins().sshr(a.v, amount),
                _ => self.b.ins().ushr(a.v, amount),
            };
            self.push(v, k);
            return Ok(());
        }
        let (x, y, k) = self.unify(a, b);
        if k.is_float() {
            let v = match op {
                Add => self.b.ins().fadd(x, y),
                Sub => self.b.ins().fsub(x, y),
                Mul => self.b.ins().fmul(x, y),
                Div => self.b.ins().fdiv(x, y),
                Rem => {
                    let f = match k {
                        Sk::F4 => crate::jit::helpers::rt_fmodf as *const () as usize,
                        _ => crate::jit::helpers::rt_fmod as *const () as usize,
                    };
                    let t = k.cl();
                    self.call_helper(f, &[t, t], &[t], &[x, y])[0]
                }
                _ => return Err(invalid(format!("{} on floating-point operands", op.name()))),
            };
            self.push(v, k);
            return Ok(());
        }
        let t = k.cl();
        let v = match op {
            Add => self.b.ins().iadd(x, y),
            Sub => self.b.ins().isub(x, y),
            Mul => self.b.ins().imul(x, y),
            And => self.b.ins().band(x, y),
            Or => self.b.ins().bor(x, y),
            Xor => self.b.ins().bxor(x, y),
            Div | Rem => {
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.throw_if(z, Builtin::DivideByZero);
                let min = match t {
                    types::I32 => i64::from(i32::MIN),
                    _ => i64::MIN,
                };
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, x, min);
                let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let both = self.b.ins().band(is_min, is_m1);
                match op {
                    Div => {
                        self.throw_if(both, Builtin::Overflow);
                        self.b.ins().sdiv(x, y)
                    }
                    _ => {
                        // MinValue % -1 is 0 in C#; x86 would fault, so divide by 1 instead.
                        let one = self.b.ins().iconst(t, 1);
                        let safe = self.b.ins().select(both, one, y);
                        self.b.ins().srem(x, safe)
                    }
                }
            }
            DivUn | RemUn => {
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.throw_if(z, Builtin::DivideByZero);
                match op {
                    DivUn => self.b.ins().udiv(x, y),
                    _ => self.b.ins().urem(x, y),
                }
            }
            AddOvf | AddOvfUn | SubOvf | SubOvfUn | MulOvf | MulOvfUn => {
                let (r, of) = match op {
                    AddOvf => self.b.ins().sadd_overflow(x, y),
                    AddOvfUn => self.b.ins().uadd_overflow(x, y),
                    SubOvf => self.b.ins().ssub_overflow(x, y),
                    SubOvfUn => self.b.ins().usub_overflow(x, y),
                    MulOvf => self.b.ins().smul_overflow(x, y),
                    _ => self.b.ins().umul_overflow(x, y),
                };
                self.throw_if(of, Builtin::Overflow);
                r
            }
            _ => return Err(invalid(format!("unexpected binary opcode {}", op.name()))),
        };
        self.push(v, k);
        Ok(())
    }

    pub(super) fn unary(&mut self, op: Opcode) -> TResult<()> {
        let a = self.pop()?;
        let k = match a.k {
            Sk::Ref | Sk::Vt(_) => Sk::Ptr,
            k => k,
        };
        let v = match (op, k.is_float()) {
            (Opcode::Neg, true) => self.b.ins().fneg(a.v),
            (Opcode::Neg, false) => self.b.ins().ineg(a.v),
            (_, false) => self.b.ins().bnot(a.v),
            (_, true) => return Err(invalid("not on a floating-point operand")),
        };
        self.push(v, k);
        Ok(())
    }

    fn condition(&mut self, a: Sv, b: Sv, int: IntCC, float: FloatCC) -> Value {
        let (x, y, k) = self.unify(a, b);
        match k.is_float() {
            true => self.b.ins().fcmp(float, x, y),
            false => self.b.ins().icmp(int, x, y),
        }
    }

    pub(super) fn compare(&mut self, op: Opcode) -> TResult<()> {
        use Opcode::*;
        let b = self.pop()?;
        let a = self.pop()?;
        let c = match op {
            Ceq => self.condition(a, b, IntCC::Equal, FloatCC::Equal),
            Cgt => self.condition(a, b, IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            CgtUn => self.condition(
                a,
                b,
                IntCC::UnsignedGreaterThan,
                FloatCC::UnorderedOrGreaterThan,
            ),
            Clt => self.condition(a, b, IntCC::SignedLessThan, FloatCC::LessThan),
            _ => self.condition(a, b, IntCC::UnsignedLessThan, FloatCC::UnorderedOrLessThan),
        };
        let v = self.b.ins().uextend(types::I32, c);
        self.push(v, Sk::I4);
        Ok(())
    }

    /// The condition of a two-operand conditional branch.
    pub(super) fn compare_branch(&mut self, op: Opcode) -> TResult<Value> {
        use Opcode::*;
        let b = self.pop()?;
        let a = self.pop()?;
        let (i, f) = match op {
            Beq | BeqS => (IntCC::Equal, FloatCC::Equal),
            Bge | BgeS => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
            Bgt | BgtS => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            Ble | BleS => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            Blt | BltS => (IntCC::SignedLessThan, FloatCC::LessThan),
            BneUn | BneUnS => (IntCC::NotEqual, FloatCC::NotEqual),
            BgeUn | BgeUnS => (
                IntCC::UnsignedGreaterThanOrEqual,
                FloatCC::UnorderedOrGreaterThanOrEqual,
            ),
            BgtUn | BgtUnS => (IntCC::UnsignedGreaterThan, FloatCC::UnorderedOrGreaterThan),
            BleUn | BleUnS => (
                IntCC::UnsignedLessThanOrEqual,
                FloatCC::UnorderedOrLessThanOrEqual,
            ),
            _ => (IntCC::UnsignedLessThan, FloatCC::UnorderedOrLessThan),
        };
        Ok(self.condition(a, b, i, f))
    }

    pub(super) fn ckfinite(&mut self) -> TResult<()> {
        let a = self.pop()?;
        let x = self.coerce(a, Sk::F8);
        let d = self.b.ins().fsub(x, x);
        // x - x is NaN exactly when x is NaN or infinite.
        let bad = self.b.ins().fcmp(FloatCC::Unordered, d, d);
        self.throw_if(bad, Builtin::Arithmetic);
        self.stack.push(a);
        Ok(())
    }

    pub(super) fn convert(&mut self, op: Opcode) -> TResult<()> {
        use Opcode::*;
        let a = self.pop()?;
        let a = match a.k {
            Sk::Ref | Sk::Vt(_) => Sv { v: a.v, k: Sk::Ptr },
            _ => a,
        };
        // (bits, signed target, stack kind, checked, source treated as unsigned)
        let (bits, signed, checked, src_un) = match op {
            ConvI1 => (8, true, false, false),
            ConvI2 => (16, true, false, false),
            ConvI4 => (32, true, false, false),
            ConvI8 | ConvI => (64, true, false, false),
            ConvU1 => (8, false, false, false),
            ConvU2 => (16, false, false, false),
            ConvU4 => (32, false, false, false),
            ConvU8 | ConvU => (64, false, false, false),
            ConvOvfI1 => (8, true, true, false),
            ConvOvfI2 => (16, true, true, false),
            ConvOvfI4 => (32, true, true, false),
            ConvOvfI8 | ConvOvfI => (64, true, true, false),
            ConvOvfU1 => (8, false, true, false),
            ConvOvfU2 => (16, false, true, false),
            ConvOvfU4 => (32, false, true, false),
            ConvOvfU8 | ConvOvfU => (64, false, true, false),
            ConvOvfI1Un => (8, true, true, true),
            ConvOvfI2Un => (16, true, true, true),
            ConvOvfI4Un => (32, true, true, true),
            ConvOvfI8Un | ConvOvfIUn => (64, true, true, true),
            ConvOvfU1Un => (8, false, true, true),
            ConvOvfU2Un => (16, false, true, true),
            ConvOvfU4Un => (32, false, true, true),
            ConvOvfU8Un | ConvOvfUUn => (64, false, true, true),
            ConvR4 | ConvR8 | ConvRUn => return self.convert_float(op, a),
            _ => return Err(invalid(format!("unexpected conversion {}", op.name()))),
        };
        let native = matches!(
            op,
            ConvI | ConvU | ConvOvfI | ConvOvfU | ConvOvfIUn | ConvOvfUUn
        );
        let out_k = match (bits, native) {
            (64, true) => Sk::Ptr,
            (64, false) => Sk::I8,
            _ => Sk::I4,
        };
        if a.k.is_float() {
            let x = self.coerce(a, Sk::F8);
            if checked {
                self.float_range_check(x, bits, signed);
            }
            let v = match (bits, signed) {
                (64, false) => self.b.ins().fcvt_to_uint_sat(types::I64, x),
                (64, true) => self.b.ins().fcvt_to_sint_sat(types::I64, x),
                _ => {
                    let wide = self.b.ins().fcvt_to_sint_sat(types::I64, x);
                    self.narrow(wide, bits, signed)
                }
            };
            self.push(v, out_k);
            return Ok(());
        }
        // Integer source: widen to 64 bits by its signedness, check, then narrow.
        let wide = match a.k {
            Sk::I4 if src_un || (!checked && !signed && bits == 64) => {
                self.b.ins().uextend(types::I64, a.v)
            }
            Sk::I4 => self.b.ins().sextend(types::I64, a.v),
            _ => a.v,
        };
        if checked {
            self.int_range_check(wide, bits, signed, src_un, a.k == Sk::I4);
        }
        let v = match bits {
            64 => wide,
            _ => self.narrow(wide, bits, signed),
        };
        self.push(v, out_k);
        Ok(())
    }

    /// Truncates a 64-bit integer to `bits` and re-extends it to an `i32` stack value.
    fn narrow(&mut self, wide: Value, bits: u32, signed: bool) -> Value {
        let small: Type = match bits {
            8 => types::I8,
            16 => types::I16,
            _ => types::I32,
        };
        let t = self.b.ins().ireduce(small, wide);
        match (bits, signed) {
            (32, _) => t,
            (_, true) => self.b.ins().sextend(types::I32, t),
            (_, false) => self.b.ins().uextend(types::I32, t),
        }
    }

    fn int_range_check(&mut self, wide: Value, bits: u32, signed: bool, src_un: bool, src32: bool) {
        let (lo, hi): (i128, i128) = match (bits, signed) {
            (64, true) => (i64::MIN as i128, i64::MAX as i128),
            (64, false) => (0, u64::MAX as i128),
            (b, true) => (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1),
            (b, false) => (0, (1i128 << b) - 1),
        };
        // The source as a mathematical value: signed unless `.un` (a 64-bit `.un`
        // source above i64::MAX appears negative).
        if src_un {
            // Unsigned source: only the upper bound matters.
            if hi < u64::MAX as i128 {
                let c = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedGreaterThan, wide, hi as i64);
                self.throw_if(c, Builtin::Overflow);
            }
            return;
        }
        let _ = src32;
        if lo > i64::MIN as i128 {
            let c = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedLessThan, wide, lo as i64);
            self.throw_if(c, Builtin::Overflow);
        }
        if hi < i64::MAX as i128 {
            let c = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedGreaterThan, wide, hi as i64);
            self.throw_if(c, Builtin::Overflow);
        }
    }

    fn float_range_check(&mut self, x: Value, bits: u32, signed: bool) {
        // Valid when lo - 1 < x < hi + 1 (truncation toward zero), NaN never valid.
        let (lo, hi): (f64, f64) = match (bits, signed) {
            (64, true) => (-9223372036854777856.0, 9223372036854775808.0),
            (64, false) => (-1.0, 18446744073709551616.0),
            (b, true) => (-(2f64.powi(b as i32 - 1)) - 1.0, 2f64.powi(b as i32 - 1)),
            (b, false) => (-1.0, 2f64.powi(b as i32)),
        };
        let lo_v = self.b.ins().f64const(lo);
        let hi_v = self.b.ins().f64const(hi);
        let above_lo = self.b.ins().fcmp(FloatCC::GreaterThan, x, lo_v);
        let below_hi = self.b.ins().fcmp(FloatCC::LessThan, x, hi_v);
        let ok = self.b.ins().band(above_lo, below_hi);
        let bad = self.b.ins().bxor_imm_s(ok, 1);
        self.throw_if(bad, Builtin::Overflow);
    }

    fn convert_float(&mut self, op: Opcode, a: Sv) -> TResult<()> {
        let v = match (op, a.k) {
            (Opcode::ConvRUn, Sk::I4) => {
                let w = self.b.ins().uextend(types::I64, a.v);
                self.b.ins().fcvt_from_uint(types::F64, w)
            }
            (Opcode::ConvRUn, Sk::I8 | Sk::Ptr) => self.b.ins().fcvt_from_uint(types::F64, a.v),
            (Opcode::ConvR4, _) => {
                let v = self.coerce(a, Sk::F4);
                self.push(v, Sk::F4);
                return Ok(());
            }
            _ => self.coerce(a, Sk::F8),
        };
        self.push(v, Sk::F8);
        Ok(())
    }
}
