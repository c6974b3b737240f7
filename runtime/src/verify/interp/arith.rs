//! Numbers: binary and unary arithmetic (Partition III Tables 2–5), shifts,
//! comparisons and conditional branches (Table 4), and conversions (Table 8).

use super::{Flow, VResult};
use crate::verify::error::ErrorKind;
use crate::verify::vtype::{Kind, Sv};
use crate::verify::{State, Verifier};
use il_emit::il::decode::Instruction;
use il_emit::il::opcode::Opcode;

impl Verifier<'_> {
    pub(super) fn arith_op(&mut self, ins: &Instruction, st: &mut State) -> VResult<Option<Flow>> {
        use Opcode::*;
        let off = ins.offset;
        match ins.opcode {
            Add | Sub | Mul | Div | Rem => {
                let r = self.binary(st, off, false)?;
                self.push(st, r, off)?;
            }
            And | Or | Xor | DivUn | RemUn | AddOvf | AddOvfUn | MulOvf | MulOvfUn | SubOvf
            | SubOvfUn => {
                let r = self.binary(st, off, true)?;
                self.push(st, r, off)?;
            }
            Shl | Shr | ShrUn => {
                let amount = self.pop(st, off)?;
                let v = self.pop(st, off)?;
                if !matches!(amount.kind, Kind::I4 | Kind::NativeInt) {
                    return Err(self.unexpected(ErrorKind::StackUnexpected, off, &amount, "Int32"));
                }
                if !v.is_integer() {
                    return Err(self.unexpected(
                        ErrorKind::ExpectedIntegerType,
                        off,
                        &v,
                        "Int32, Int64 or Native Int",
                    ));
                }
                self.push(st, Sv::prim(v.kind), off)?;
            }
            Neg => {
                let v = self.pop(st, off)?;
                if !v.is_numeric() {
                    return Err(self.unexpected(
                        ErrorKind::ExpectedNumericType,
                        off,
                        &v,
                        "a number",
                    ));
                }
                self.push(st, Sv::prim(v.kind), off)?;
            }
            Not => {
                let v = self.pop(st, off)?;
                if !v.is_integer() {
                    return Err(self.unexpected(
                        ErrorKind::ExpectedIntegerType,
                        off,
                        &v,
                        "Int32, Int64 or Native Int",
                    ));
                }
                self.push(st, Sv::prim(v.kind), off)?;
            }
            Ckfinite => {
                let v = self.pop(st, off)?;
                if v.kind != Kind::F {
                    return Err(self.unexpected(ErrorKind::ExpectedFloatType, off, &v, "Float"));
                }
                self.push(st, v, off)?;
            }
            Ceq | Cgt | CgtUn | Clt | CltUn => {
                self.compare(ins.opcode, st, off)?;
                self.push(st, Sv::prim(Kind::I4), off)?;
            }
            Beq | BeqS | BneUn | BneUnS | Bge | BgeS | BgeUn | BgeUnS | Bgt | BgtS | BgtUn
            | BgtUnS | Ble | BleS | BleUn | BleUnS | Blt | BltS | BltUn | BltUnS => {
                self.compare(ins.opcode, st, off)?;
                return Ok(Some(self.cond_jump(ins)));
            }
            ConvI1 | ConvI2 | ConvI4 | ConvU1 | ConvU2 | ConvU4 | ConvOvfI1 | ConvOvfU1
            | ConvOvfI2 | ConvOvfU2 | ConvOvfI4 | ConvOvfU4 | ConvOvfI1Un | ConvOvfI2Un
            | ConvOvfI4Un | ConvOvfU1Un | ConvOvfU2Un | ConvOvfU4Un => {
                self.convert(st, off, Kind::I4)?;
            }
            ConvI8 | ConvU8 | ConvOvfI8 | ConvOvfU8 | ConvOvfI8Un | ConvOvfU8Un => {
                self.convert(st, off, Kind::I8)?;
            }
            ConvI | ConvU | ConvOvfI | ConvOvfU | ConvOvfIUn | ConvOvfUUn => {
                self.convert(st, off, Kind::NativeInt)?;
            }
            ConvR4 | ConvR8 => self.convert(st, off, Kind::F)?,
            ConvRUn => self.convert(st, off, Kind::F)?,
            _ => return Ok(None),
        }
        Ok(Some(Flow::Next))
    }

    /// A binary numeric operation: int32 with int32 or native int, int64 with int64,
    /// float with float (and only integers when `integer`).
    fn binary(&mut self, st: &mut State, off: u32, integer: bool) -> VResult<Sv> {
        let b = self.pop(st, off)?;
        let a = self.pop(st, off)?;
        let (kind_err, want) = match integer {
            true => (ErrorKind::ExpectedIntegerType, "Int32, Int64 or Native Int"),
            false => (ErrorKind::ExpectedNumericType, "a number"),
        };
        for v in [&a, &b] {
            let ok = match integer {
                true => v.is_integer(),
                false => v.is_numeric(),
            };
            if !ok {
                return Err(self.unexpected(kind_err, off, v, want));
            }
        }
        match (a.kind, b.kind) {
            (x, y) if x == y => Ok(Sv::prim(x)),
            (Kind::I4, Kind::NativeInt) | (Kind::NativeInt, Kind::I4) => {
                Ok(Sv::prim(Kind::NativeInt))
            }
            _ => {
                let exp = crate::verify::vtype::describe(self.env.ts, &a);
                Err(self.unexpected(ErrorKind::StackUnexpected, off, &b, &exp))
            }
        }
    }

    /// The operands of a comparison (or comparing branch): numbers of matching kinds,
    /// or, for equality and `cgt.un` (the null test), two object references or two
    /// managed pointers.
    fn compare(&mut self, op: Opcode, st: &mut State, off: u32) -> VResult<()> {
        use Opcode::*;
        let b = self.pop(st, off)?;
        let a = self.pop(st, off)?;
        if a.is_uninit() || b.is_uninit() {
            return Err(self.err(ErrorKind::UninitStack, off));
        }
        let equality = matches!(
            op,
            Ceq | Beq | BeqS | BneUn | BneUnS | CgtUn | BgtUn | BgtUnS | CltUn | BltUn | BltUnS
        );
        let ok = match (a.kind, b.kind) {
            (Kind::I4 | Kind::NativeInt, Kind::I4 | Kind::NativeInt) => true,
            (Kind::I8, Kind::I8) | (Kind::F, Kind::F) => true,
            (Kind::ObjRef, Kind::ObjRef) => equality,
            (Kind::ByRef, Kind::ByRef) => true,
            _ => false,
        };
        if !ok {
            let exp = crate::verify::vtype::describe(self.env.ts, &a);
            return Err(self.unexpected(ErrorKind::StackUnexpected, off, &b, &exp));
        }
        Ok(())
    }

    /// Every conversion takes any number (`conv.r.un` too: a float is converted as is).
    fn convert(&mut self, st: &mut State, off: u32, to: Kind) -> VResult<()> {
        let v = self.pop(st, off)?;
        if !v.is_numeric() {
            return Err(self.unexpected(ErrorKind::ExpectedNumericType, off, &v, "a number"));
        }
        self.push(st, Sv::prim(to), off)
    }
}
