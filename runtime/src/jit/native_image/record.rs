//! What compiling one method for a native image records besides its code: the
//! run-time constants it uses (each becomes a relocation target), its exception
//! clauses (registered when the method is installed) and constants resolved for their
//! side effects only.

use super::target::RtConst;
use crate::jit::eh::Clause;
use cranelift_codegen::ir::{FuncRef, GlobalValue, SigRef};
use rustc_hash::FxHashMap as HashMap;

/// The Cranelift `UserExternalName` namespace of relocation targets.
pub const NAMESPACE: u32 = 0x4E47;

/// The recording state of the method being compiled.
#[derive(Debug, Default)]
pub struct Recorder {
    /// Relocation targets by index (the `UserExternalName` index).
    pub targets: Vec<RtConst>,
    index: HashMap<RtConst, u32>,
    /// This function's global value for each target.
    pub gvs: HashMap<u32, GlobalValue>,
    /// This function's imported helpers by (target, signature).
    pub funcs: HashMap<(u32, SigRef), FuncRef>,
    /// The method's clauses, as registered with `eh`.
    pub clauses: Vec<Clause>,
    /// Targets resolved only for their side effects.
    pub touches: Vec<RtConst>,
}

impl Recorder {
    /// The index of `c`, added when new.
    pub fn intern(&mut self, c: RtConst) -> u32 {
        if let Some(&i) = self.index.get(&c) {
            return i;
        }
        let i = self.targets.len() as u32;
        self.targets.push(c);
        self.index.insert(c, i);
        i
    }
}
