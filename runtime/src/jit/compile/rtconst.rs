//! Run-time constants in compiled code. Every address or id that is specific to this
//! process (entry cells, method tables, statics, strings, helpers, type and method
//! ids) goes through [`Compiler::rt_const`]: when JIT-compiling it is an `iconst` of
//! the value; when compiling for a native image (`JitState::recorder` set) it is a
//! `symbol_value` naming a relocation target, which Cranelift emits as a 64-bit
//! immediate with an absolute relocation the image loader fills in.

use super::Compiler;
use crate::jit::native_image::record::NAMESPACE;
use crate::jit::native_image::target::{self, RtConst};
use crate::typesys::TResult;
use cranelift_codegen::ir::{
    ExtFuncData, ExternalName, FuncRef, GlobalValueData, InstBuilder, SigRef, Type,
    UserExternalName, Value, immediates::Imm64, types,
};

impl Compiler<'_> {
    /// The constant `c` as a value of type `ty` (`I64`, or `I32` for ids).
    pub(crate) fn rt_const(&mut self, c: RtConst, ty: Type) -> TResult<Value> {
        let v = target::resolve(self.jit, self.ts, c)?;
        Ok(self.rt_value(c, v, ty))
    }

    /// The address of runtime helper `addr`.
    pub(crate) fn rt_helper(&mut self, addr: usize) -> Value {
        self.rt_value(RtConst::Helper(addr), addr as i64, types::I64)
    }

    /// When precompiling, runtime helper `addr` as a function to call directly (its
    /// address a relocation of the call); `None` when JIT-compiling.
    pub(crate) fn helper_ref(&mut self, addr: usize, sig: SigRef) -> Option<FuncRef> {
        let rec = self.jit.recorder.as_mut()?;
        let idx = rec.intern(RtConst::Helper(addr));
        if let Some(&f) = rec.funcs.get(&(idx, sig)) {
            return Some(f);
        }
        let name = self
            .b
            .func
            .declare_imported_user_function(UserExternalName::new(NAMESPACE, idx));
        let f = self.b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature: sig,
            colocated: false,
            patchable: false,
        });
        rec.funcs.insert((idx, sig), f);
        Some(f)
    }

    pub(crate) fn rt_value(&mut self, c: RtConst, v: i64, ty: Type) -> Value {
        let Some(rec) = self.jit.recorder.as_mut() else {
            return self.b.ins().iconst(ty, v);
        };
        let idx = rec.intern(c);
        let gv = match rec.gvs.get(&idx) {
            Some(&g) => g,
            None => {
                let name = self
                    .b
                    .func
                    .declare_imported_user_function(UserExternalName::new(NAMESPACE, idx));
                let g = self.b.create_global_value(GlobalValueData::Symbol {
                    name: ExternalName::user(name),
                    offset: Imm64::new(0),
                    colocated: false,
                    tls: false,
                });
                rec.gvs.insert(idx, g);
                g
            }
        };
        let s = self.b.ins().symbol_value(types::I64, gv);
        match ty == types::I64 {
            true => s,
            false => self.b.ins().ireduce(ty, s),
        }
    }
}
