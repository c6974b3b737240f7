//! The JIT: IL to native code through Cranelift, one method at a time, the first time
//! it is called.
//!
//! **Entry cells and stubs.** Every method that is called, dispatched to or has its
//! address taken gets an *entry cell*: one machine word at a fixed address holding the
//! method's current code address. Calls load the cell and call indirectly. A new cell
//! points at the method's *stub*, which calls [`helpers::rt_jit_compile`] (which
//! compiles the method and writes its address into the cell) and then runs the compiled
//! code with the arguments it received: on x86-64 a few bytes jumping to one universal
//! thunk (`stubs`), elsewhere a small Cranelift function with the method's signature. Later calls load the patched cell and go
//! straight to the compiled code; cranelift-jit never needs to replace a function.
//! Internal calls' cells hold the Rust function's address from the start. Value types'
//! vtable entries use *unboxing cells* whose stub adds the header size to `this`.
//!
//! **Modules.** `abi` (the calling convention), `mtable` (native method tables),
//! `compile` (IL → CLIF), `helpers` (functions compiled code calls: allocation, casts,
//! class initialization, exceptions, the JIT itself).

#![allow(unsafe_code)]

pub mod abi;
pub mod compile;
pub mod eh;
pub mod helpers;
pub mod mtable;
pub mod native_image;
pub mod perf_map;
pub mod pinvoke;
pub mod stubs;

use crate::loader::AssemblyIdx;
use crate::typesys::{MethodId, TResult, TypeError, TypeId, TypeSystem};
use crate::vm::Vm;
use cranelift_codegen::ir::{AbiParam, InstBuilder, MemFlagsData, Signature, UserFuncName, types};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Module, default_libcall_names};
// The JIT's maps are keyed by small integers and looked up on hot paths (every
// allocation of a string finds its method table): FxHash, not SipHash.
use rustc_hash::FxHashMap as HashMap;

/// The JIT's state: the Cranelift module, entry cells, method tables, interned strings.
pub struct JitState {
    /// Created on first use ([`JitState::module`]).
    module: Option<JITModule>,
    pub call_conv: CallConv,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
    /// Entry cells by method (boxed so their addresses never change).
    cells: HashMap<MethodId, Box<usize>>,
    unboxing_cells: HashMap<MethodId, Box<usize>>,
    /// Code of compiled methods.
    pub compiled: HashMap<MethodId, usize>,
    pub(crate) mts: HashMap<TypeId, usize>,
    pub(crate) mt_types: HashMap<usize, TypeId>,
    // Boxed so that each table keeps its address when the vector grows.
    #[allow(clippy::vec_box)]
    mt_storage: Vec<Box<mtable::MethodTable>>,
    /// Interned string literals by (assembly, #US offset): objects that never move.
    pub(crate) strings: HashMap<(AssemblyIdx, u32), usize>,
    /// Field handles for `ldtoken` on a field with RVA data: (address, length) pairs.
    #[allow(clippy::vec_box)]
    pub(crate) field_handles: Vec<Box<[usize; 2]>>,
    /// beforefieldinit types whose statics a just-compiled method touches: their class
    /// constructors run before that method first runs, as Mono does.
    pub(crate) pending_cctors: Vec<TypeId>,
    /// Entry cells of generic virtual methods' implementations by (receiver type,
    /// instantiated declaration): `helpers::rt_gvm_cell`.
    pub(crate) gvm_cells: HashMap<(TypeId, MethodId), usize>,
    /// Stubs defined but not yet finalized: (function, method, is an unboxing stub).
    pending_stubs: Vec<(cranelift_module::FuncId, MethodId, bool)>,
    /// Machine-code compile stubs, where the platform has them.
    native_stubs: Option<stubs::StubArena>,
    /// Functions defined since the last `flush`.
    unfinalized: bool,
    /// Compiling for a native image: what the method being compiled records.
    pub(crate) recorder: Option<native_image::record::Recorder>,
    /// Native images of loaded assemblies (run time).
    pub(crate) images: native_image::load::Images,
    /// The name of the function being defined, for the perf map (empty when off).
    defining: String,
}

impl std::fmt::Debug for JitState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "JitState({} compiled)", self.compiled.len())
    }
}

fn jit_error(e: impl std::fmt::Display) -> TypeError {
    TypeError {
        exception: "System.InvalidProgramException",
        message: e.to_string(),
    }
}

/// The Cranelift module for the host machine.
fn new_module() -> TResult<JITModule> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(jit_error);
    set(&mut flags, "opt_level", "speed")?;
    // Cranelift's IR verifier catches JIT bugs; release builds skip its cost on
    // every method compiled (a third of a hello world's JIT time).
    let verify_ir = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    set(&mut flags, "enable_verifier", verify_ir)?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(&mut flags, "is_pic", "false")?;
    let isa = cranelift_native::builder()
        .map_err(jit_error)?
        .finish(settings::Flags::new(flags))
        .map_err(jit_error)?;
    Ok(JITModule::new(JITBuilder::with_isa(
        isa,
        default_libcall_names(),
    )))
}

/// The module in `slot`, created there first if need be.
fn ensure_module(slot: &mut Option<JITModule>) -> TResult<&mut JITModule> {
    if slot.is_none() {
        *slot = Some(new_module()?);
    }
    slot.as_mut()
        .ok_or_else(|| jit_error("no Cranelift module"))
}

impl JitState {
    /// A JIT for the host machine. On x86-64 Linux the Cranelift module (and the ISA,
    /// whose CPU detection costs a hello world ~0.1 ms) is created on the first real
    /// compilation ([`JitState::module`]): a run whose methods all come from native
    /// images never needs it.
    pub fn new() -> TResult<JitState> {
        let (module, call_conv) = match cfg!(all(target_arch = "x86_64", target_os = "linux")) {
            true => (None, CallConv::SystemV),
            false => {
                let module = new_module()?;
                let cc = module.isa().default_call_conv();
                (Some(module), cc)
            }
        };
        let native_stubs = stubs::StubArena::new(call_conv);
        let ctx = cranelift_codegen::Context::new();
        Ok(JitState {
            module,
            call_conv,
            ctx,
            fctx: FunctionBuilderContext::new(),
            cells: HashMap::default(),
            unboxing_cells: HashMap::default(),
            compiled: HashMap::default(),
            mts: HashMap::default(),
            mt_types: HashMap::default(),
            mt_storage: Vec::new(),
            strings: HashMap::default(),
            field_handles: Vec::new(),
            pending_cctors: Vec::new(),
            pending_stubs: Vec::new(),
            native_stubs,
            unfinalized: false,
            defining: String::new(),
            gvm_cells: HashMap::default(),
            recorder: None,
            images: native_image::load::Images::default(),
        })
    }

    /// The entry cell of `m`, created (with its stub) on first use.
    pub fn cell_for(&mut self, ts: &mut TypeSystem, m: MethodId) -> TResult<usize> {
        if let Some(c) = self.cells.get(&m) {
            return Ok(&**c as *const usize as usize);
        }
        let info = ts.method(m).clone();
        let initial = match (info.is_internal_call(), self.compiled.get(&m)) {
            (_, Some(&code)) => code,
            (true, None) => {
                let code = crate::interop::icalls::lookup(ts, &info)?;
                self.compiled.insert(m, code);
                code
            }
            (false, None) => match self.native_stubs.as_mut().and_then(|a| a.compile_stub(m.0)) {
                Some(stub) => {
                    let stats = &Vm::current().stats;
                    stats.stubs_compiled.set(stats.stubs_compiled.get() + 1);
                    stub
                }
                None => {
                    let id = self.make_stub(ts, m, None)?;
                    self.pending_stubs.push((id, m, false));
                    0
                }
            },
        };
        let cell = Box::new(initial);
        let addr = &*cell as *const usize as usize;
        self.cells.insert(m, cell);
        Ok(addr)
    }

    /// The unboxing cell of a value type's method `m`: `this` arrives boxed.
    pub fn unboxing_cell(&mut self, ts: &mut TypeSystem, m: MethodId) -> TResult<usize> {
        if let Some(c) = self.unboxing_cells.get(&m) {
            return Ok(&**c as *const usize as usize);
        }
        let target = self.cell_for(ts, m)?;
        let id = self.make_stub(ts, m, Some(target))?;
        self.pending_stubs.push((id, m, true));
        let cell = Box::new(0);
        let addr = &*cell as *const usize as usize;
        self.unboxing_cells.insert(m, cell);
        Ok(addr)
    }

    /// Writes compiled code into `m`'s cell.
    pub fn patch(&mut self, m: MethodId, code: usize) {
        self.compiled.insert(m, code);
        if let Some(c) = self.cells.get_mut(&m) {
            **c = code;
        }
    }

    /// A stub for `m`: with `unbox_target` none, it compiles `m` and calls it; with a
    /// target cell, it adjusts `this` past the object header and calls through the cell.
    fn make_stub(
        &mut self,
        ts: &mut TypeSystem,
        m: MethodId,
        unbox_target: Option<usize>,
    ) -> TResult<cranelift_module::FuncId> {
        let info = ts.method(m).clone();
        let sig = abi::signature(ts, &info, self.call_conv)?;
        let this_idx = usize::from(abi::returns_struct(ts, &info));
        let id = self
            .module()?
            .declare_anonymous_function(&sig)
            .map_err(jit_error)?;
        self.ctx.func.signature = sig.clone();
        self.ctx.func.name = UserFuncName::user(1, id.as_u32());
        let cfg = self.module()?.target_config();
        {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let mut args: Vec<_> = b.block_params(entry).to_vec();
            let code = match unbox_target {
                None => {
                    let mut hsig = Signature::new(self.call_conv);
                    hsig.params.push(AbiParam::new(types::I32));
                    hsig.returns.push(AbiParam::new(types::I64));
                    let sref = b.import_signature(hsig);
                    let f = b
                        .ins()
                        .iconst(types::I64, helpers::rt_jit_compile as *const () as i64);
                    let mid = b.ins().iconst(types::I32, i64::from(m.0));
                    let call = b.ins().call_indirect(sref, f, &[mid]);
                    let code = b.inst_results(call)[0];
                    // A class constructor run at compile time may have failed: the
                    // exception is then pending and the method must not start.
                    let st = b.ins().iconst(types::I64, eh::state_addr() as i64);
                    let p = b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), st, eh::PENDING);
                    let fail = b.create_block();
                    let go = b.create_block();
                    b.ins().brif(p, fail, &[], go, &[]);
                    b.switch_to_block(fail);
                    let zeros: Vec<_> = sig
                        .returns
                        .iter()
                        .map(|r| match r.value_type {
                            types::F32 => b.ins().f32const(0.0),
                            types::F64 => b.ins().f64const(0.0),
                            t => b.ins().iconst(t, 0),
                        })
                        .collect();
                    b.ins().return_(&zeros);
                    b.switch_to_block(go);
                    code
                }
                Some(cell) => {
                    if let Some(this) = args.get_mut(this_idx) {
                        *this = b.ins().iadd_imm_s(*this, crate::gc::object::HEADER as i64);
                    }
                    let c = b.ins().iconst(types::I64, cell as i64);
                    b.ins().load(types::I64, MemFlagsData::trusted(), c, 0)
                }
            };
            let sref = b.import_signature(sig);
            let call = b.ins().call_indirect(sref, code, &args);
            let results = b.inst_results(call).to_vec();
            b.ins().return_(&results);
            b.seal_all_blocks();
            b.finalize(cfg);
        }
        let module = ensure_module(&mut self.module)?;
        let res = module.define_function(id, &mut self.ctx);
        module.clear_context(&mut self.ctx);
        res.map_err(|e| jit_error(format!("{e:?}")))?;
        self.unfinalized = true;
        let vm = Vm::current();
        vm.stats
            .stubs_compiled
            .set(vm.stats.stubs_compiled.get() + 1);
        Ok(id)
    }

    /// Compiles the function in `self.ctx` as `id` and returns its address (finalizing
    /// pending stubs with it).
    fn define(&mut self, id: cranelift_module::FuncId) -> TResult<usize> {
        let module = ensure_module(&mut self.module)?;
        let res = module.define_function(id, &mut self.ctx);
        let size = self
            .ctx
            .compiled_code()
            .map_or(0, |c| c.code_info().total_size as usize);
        module.clear_context(&mut self.ctx);
        res.map_err(|e| jit_error(format!("{e:?}")))?;
        self.unfinalized = true;
        self.flush()?;
        let code = self.module()?.get_finalized_function(id) as usize;
        if perf_map::enabled() {
            perf_map::record(code, size, &std::mem::take(&mut self.defining));
        }
        Ok(code)
    }

    /// Finalizes every function defined since the last flush (one `mprotect` for the
    /// batch instead of one per stub) and points the new stubs' cells at them. Cells
    /// hold 0 until then; no code that could call through them runs before a flush,
    /// because both compilation and method-table construction end with one.
    pub fn flush(&mut self) -> TResult<()> {
        // Nothing new: finalizing would still close cranelift-jit's current code block
        // (a page per call when a hot helper flushes).
        if !std::mem::take(&mut self.unfinalized) {
            return Ok(());
        }
        let module = ensure_module(&mut self.module)?;
        module.finalize_definitions().map_err(jit_error)?;
        for (id, m, unboxing) in std::mem::take(&mut self.pending_stubs) {
            let code = module.get_finalized_function(id) as usize;
            let cells = match unboxing {
                true => &mut self.unboxing_cells,
                false => &mut self.cells,
            };
            if let Some(c) = cells.get_mut(&m) {
                // A method compiled in the same batch keeps its code, not the stub.
                if **c == 0 {
                    **c = code;
                }
            }
        }
        Ok(())
    }

    /// Compiles `m` (IL, internal call or runtime-provided) and patches its cell.
    pub fn compile(&mut self, ts: &mut TypeSystem, m: MethodId) -> TResult<usize> {
        if let Some(&code) = self.compiled.get(&m) {
            return Ok(code);
        }
        let info = ts.method(m).clone();
        if info.is_internal_call() {
            let code = crate::interop::icalls::lookup(ts, &info)?;
            self.patch(m, code);
            return Ok(code);
        }
        let pinvoke = info.flags & 0x2000 != 0;
        if !pinvoke && self.recorder.is_none() {
            if let Some(code) = self.install_from_image(ts, m) {
                self.patch(m, code);
                let stats = &Vm::current().stats;
                stats
                    .methods_from_image
                    .set(stats.methods_from_image.get() + 1);
                return Ok(code);
            }
        }
        if !pinvoke {
            crate::verify::policy::before_compile(ts, m)?;
        }
        let sig = abi::signature(ts, &info, self.call_conv)?;
        let id = self
            .module()?
            .declare_anonymous_function(&sig)
            .map_err(jit_error)?;
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(0, id.as_u32());
        let mut func =
            std::mem::replace(&mut self.ctx.func, cranelift_codegen::ir::Function::new());
        let mut fctx = std::mem::take(&mut self.fctx);
        let built = match pinvoke {
            true => pinvoke::compile_wrapper(self, ts, m, &mut func, &mut fctx),
            false => compile::compile_method(self, ts, m, &mut func, &mut fctx),
        };
        self.fctx = fctx;
        self.ctx.func = func;
        if let Err(e) = built {
            ensure_module(&mut self.module)?.clear_context(&mut self.ctx);
            return Err(e);
        }
        if Vm::current().trace {
            eprintln!(
                "[jit] {}::{}\n{}",
                ts.ty(info.owner).full_name(),
                info.name,
                self.ctx.func.display()
            );
        }
        if perf_map::enabled() {
            self.defining = format!("{}::{}", ts.ty(info.owner).full_name(), info.name);
        }
        let code = self.define(id)?;
        self.patch(m, code);
        Ok(code)
    }
}

impl JitState {
    /// Compiles the filter of clause `clause` of `m` as `i32 (locals area, exception)`.
    pub fn compile_filter(
        &mut self,
        ts: &mut TypeSystem,
        m: MethodId,
        clause: usize,
    ) -> TResult<usize> {
        let mut sig = Signature::new(self.call_conv);
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        let id = self
            .module()?
            .declare_anonymous_function(&sig)
            .map_err(jit_error)?;
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(2, id.as_u32());
        let mut func =
            std::mem::replace(&mut self.ctx.func, cranelift_codegen::ir::Function::new());
        let mut fctx = std::mem::take(&mut self.fctx);
        let built = compile::compile_filter(self, ts, m, clause, &mut func, &mut fctx);
        self.fctx = fctx;
        self.ctx.func = func;
        if let Err(e) = built {
            ensure_module(&mut self.module)?.clear_context(&mut self.ctx);
            return Err(e);
        }
        if Vm::current().trace {
            eprintln!(
                "[jit] filter {clause} of method {}\n{}",
                m.0,
                self.ctx.func.display()
            );
        }
        if perf_map::enabled() {
            let info = ts.method(m);
            self.defining = format!(
                "{}::{} filter {clause}",
                ts.ty(info.owner).full_name(),
                info.name
            );
        }
        self.define(id)
    }

    /// The Cranelift module, created on first use.
    pub(crate) fn module(&mut self) -> TResult<&mut JITModule> {
        ensure_module(&mut self.module)
    }

    /// Copies position-independent (fully relocated) code into executable memory.
    pub(crate) fn write_code(&mut self, code: &[u8]) -> Option<usize> {
        self.native_stubs.as_mut()?.write(code)
    }

    /// The methods compiled so far (internal calls included).
    pub fn compiled_methods(&self) -> impl Iterator<Item = MethodId> + '_ {
        self.compiled.keys().copied()
    }
}
