//! Numeric conversions with C#/VB semantics: widening by sign or zero extension,
//! same-width reinterpretation, narrowing (`conv.*`) and overflow-checked narrowing
//! (`conv.ovf.*`, `.un` from unsigned sources).

use super::Gen;
use crate::types::Ty;
use il_emit::il::Opcode;

impl Gen<'_, '_> {
    /// Emits a numeric conversion of the value on the stack.
    pub(crate) fn convert(&mut self, from: &Ty, to: &Ty, checked: bool) {
        let world = self.t.world;
        let from = world.enum_underlying(from).unwrap_or_else(|| from.clone());
        let to = world.enum_underlying(to).unwrap_or_else(|| to.clone());
        if from == to || !to.is_primitive() || !from.is_primitive() || to == Ty::Bool {
            return;
        }
        use Opcode::*;
        if to.is_floating() {
            if from.is_unsigned() && from.is_integral() {
                self.il.op(ConvRUn);
            }
            self.il.op(if to == Ty::R4 { ConvR4 } else { ConvR8 });
            return;
        }
        if from.is_integral() && fits(&from, &to) {
            // Widening: 32-bit values are already extended on the stack.
            match to {
                Ty::I8 | Ty::U8 => self.il.op(if from.is_unsigned() { ConvU8 } else { ConvI8 }),
                Ty::I | Ty::U => self.il.op(if from.is_unsigned() { ConvU } else { ConvI }),
                _ => {}
            }
            return;
        }
        if !checked {
            // Same-width reinterpretations need no code.
            let same = matches!(
                (&from, &to),
                (Ty::I4, Ty::U4) | (Ty::U4, Ty::I4) | (Ty::I8, Ty::U8) | (Ty::U8, Ty::I8)
            );
            if same {
                return;
            }
            let op = match to {
                Ty::I1 => ConvI1,
                Ty::U1 => ConvU1,
                Ty::I2 => ConvI2,
                Ty::U2 | Ty::Char => ConvU2,
                Ty::I4 => ConvI4,
                Ty::U4 => ConvU4,
                Ty::I8 => {
                    if from.is_unsigned() {
                        ConvU8
                    } else {
                        ConvI8
                    }
                }
                Ty::U8 => {
                    if from.is_integral() && !from.is_unsigned() {
                        ConvI8
                    } else {
                        ConvU8
                    }
                }
                Ty::I => ConvI,
                Ty::U => ConvU,
                _ => return,
            };
            self.il.op(op);
            return;
        }
        let un = from.is_integral() && from.is_unsigned();
        let op = match (to, un) {
            (Ty::I1, false) => ConvOvfI1,
            (Ty::I1, true) => ConvOvfI1Un,
            (Ty::U1, false) => ConvOvfU1,
            (Ty::U1, true) => ConvOvfU1Un,
            (Ty::I2, false) => ConvOvfI2,
            (Ty::I2, true) => ConvOvfI2Un,
            (Ty::U2 | Ty::Char, false) => ConvOvfU2,
            (Ty::U2 | Ty::Char, true) => ConvOvfU2Un,
            (Ty::I4, false) => ConvOvfI4,
            (Ty::I4, true) => ConvOvfI4Un,
            (Ty::U4, false) => ConvOvfU4,
            (Ty::U4, true) => ConvOvfU4Un,
            (Ty::I8, false) => ConvOvfI8,
            (Ty::I8, true) => ConvOvfI8Un,
            (Ty::U8, false) => ConvOvfU8,
            (Ty::U8, true) => ConvOvfU8Un,
            (Ty::I, false) => ConvOvfI,
            (Ty::I, true) => ConvOvfIUn,
            (Ty::U, false) => ConvOvfU,
            (Ty::U, true) => ConvOvfUUn,
            _ => return,
        };
        self.il.op(op);
    }
}

/// Whether every value of integral type `from` is a value of integral type `to`.
fn fits(from: &Ty, to: &Ty) -> bool {
    let range = |t: &Ty| -> Option<(i128, i128)> {
        Some(match t {
            Ty::I1 => (i8::MIN as i128, i8::MAX as i128),
            Ty::U1 => (0, u8::MAX as i128),
            Ty::I2 => (i16::MIN as i128, i16::MAX as i128),
            Ty::U2 | Ty::Char => (0, u16::MAX as i128),
            Ty::I4 => (i32::MIN as i128, i32::MAX as i128),
            Ty::U4 => (0, u32::MAX as i128),
            Ty::I8 | Ty::I => (i64::MIN as i128, i64::MAX as i128),
            Ty::U8 | Ty::U => (0, u64::MAX as i128),
            _ => return None,
        })
    };
    match (range(from), range(to)) {
        (Some((a, b)), Some((c, d))) => c <= a && b <= d,
        _ => false,
    }
}
