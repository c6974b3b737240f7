//! The locals area of methods with filters: every argument and local lives at a fixed
//! offset in one frame slot whose address the frame record carries, so a filter,
//! compiled as its own function `i32 (area, exception)`, reads and writes the same
//! variables as the method (VB filters store the exception into a local).

use super::{Compiler, Home, Loc, Sv};
use crate::jit::abi::{Sk, sk_of};
use crate::typesys::{TResult, TypeId};
use cranelift_codegen::ir::{InstBuilder, Value, types};

impl Compiler<'_> {
    /// Methods with filters keep every argument and local in one frame area that the
    /// record points at, so a filter (a separate function) can reach them; a filter
    /// function receives that area and the exception.
    pub(super) fn area_prologue(
        &mut self,
        params: &[Value],
        arg_types: &[TypeId],
        local_types: &[TypeId],
    ) -> TResult<()> {
        let mut offs = Vec::new();
        let mut total = 0u32;
        for &ty in arg_types.iter().chain(local_types) {
            let size = match sk_of(self.ts, ty) {
                Sk::Vt(_) => self.ts.value_size(ty)?.0,
                _ => 8,
            };
            offs.push(total);
            total += size.max(1).next_multiple_of(8);
        }
        let base = match self.filter_range {
            Some(_) => params[0],
            None => {
                let ss = self.new_slot(total, 8);
                let a = self.b.ins().stack_addr(types::I64, ss, 0);
                self.zero_mem(a, total);
                a
            }
        };
        self.eh.area = Some(base);
        for (i, &ty) in arg_types.iter().enumerate() {
            let k = sk_of(self.ts, ty);
            let addr = self.b.ins().iadd_imm_s(base, i64::from(offs[i]));
            if self.filter_range.is_none() {
                let v = params[i];
                match k {
                    Sk::Vt(_) => {
                        let (size, _) = self.ts.value_size(ty)?;
                        self.copy_mem(addr, v, size);
                    }
                    _ => self.store_typed(ty, addr, 0, Sv { v, k })?,
                }
            }
            self.args.push(Loc {
                home: Home::Addr(addr),
                ty,
                k,
            });
        }
        for (j, &ty) in local_types.iter().enumerate() {
            let k = sk_of(self.ts, ty);
            let off = offs[arg_types.len() + j];
            let addr = self.b.ins().iadd_imm_s(base, i64::from(off));
            self.locals.push(Loc {
                home: Home::Addr(addr),
                ty,
                k,
            });
        }
        Ok(())
    }
}
