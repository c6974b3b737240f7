//! IL → Cranelift IR for one method.
//!
//! The evaluation stack is modeled at compile time: each entry is an SSA value with its
//! stack kind ([`Sk`]). Each IL local and argument is a cranelift-frontend `Variable`,
//! except structs and locals whose address is taken, which live in stack slots. Basic
//! blocks start at every branch target and after every branch; a value left on the
//! stack across a block boundary becomes a block parameter, its kinds fixed by the first
//! edge into the block (ECMA-335 requires every path to agree).
//!
//! Exception handling: `try` bodies compile as ordinary code; `finally` handlers run on
//! the normal path through `leave` and a continuation variable (`eh`); every call site
//! checks the pending-exception word and branches to a dispatch block that runs the
//! covering handlers or returns to the caller (`dispatch`, and `jit::eh` for the
//! run-time passes). Filters are compiled separately as functions over the frame's
//! locals area ([`compile_filter`]), so pass 1 can run them before anything unwinds.

mod area;
mod arith;
mod calls;
mod dispatch;
mod eh;
mod emit;
mod memory;
mod rtconst;

use super::JitState;
use super::abi::{Sk, sk_of};
use super::helpers::Builtin;
use super::native_image::target::RtConst;
use crate::loader::AssemblyIdx;
use crate::typesys::{
    GenericCtx, MethodId, MethodInfo, TResult, TypeError, TypeId, TypeKind, TypeSystem,
};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, Function, InstBuilder, MemFlagsData, SigRef, Signature,
    StackSlotData, StackSlotKind, Type, Value, types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use il_emit::il::body::{ClauseKind, ExceptionClause};
use il_emit::il::decode::{DecodedOperand, Instruction, decode_all};
use il_emit::il::opcode::{Flow, Opcode};
use il_emit::signature::decode as sigdec;
use std::collections::{BTreeMap, HashMap};

/// A value on the evaluation stack.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sv {
    pub v: Value,
    pub k: Sk,
}

/// Where a local or argument lives.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Home {
    Var(Variable),
    /// In a stack slot of the frame.
    Slot(cranelift_codegen::ir::StackSlot),
    /// At an address received as a parameter (struct arguments).
    Addr(Value),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Loc {
    pub home: Home,
    pub ty: TypeId,
    pub k: Sk,
}

pub(crate) fn invalid(msg: impl Into<String>) -> TypeError {
    TypeError {
        exception: "System.InvalidProgramException",
        message: msg.into(),
    }
}

/// The per-method compiler.
pub(crate) struct Compiler<'a> {
    pub jit: &'a mut JitState,
    pub ts: &'a mut TypeSystem,
    pub b: FunctionBuilder<'a>,
    pub info: MethodInfo,
    pub asm: AssemblyIdx,
    pub args: Vec<Loc>,
    pub locals: Vec<Loc>,
    pub stack: Vec<Sv>,
    blocks: BTreeMap<u32, Block>,
    states: HashMap<u32, Vec<Sk>>,
    pub ret_buf: Option<Value>,
    sigs: HashMap<(Vec<Type>, Vec<Type>), SigRef>,
    pub call_conv: CallConv,
    pub clauses: Vec<ExceptionClause>,
    pub finally: eh::Finallys,
    /// The type of a pending `constrained.` prefix.
    pub constrained: Option<TypeId>,
    /// The generic arguments of the method being compiled.
    pub ctx: GenericCtx,
    /// The IL offset of the instruction being compiled (`u32::MAX` in the prologue).
    pub cur_off: u32,
    pub eh: dispatch::Dispatch,
    /// In a filter function: the filter's code range.
    filter_range: Option<(u32, u32)>,
}

/// Compiles method `m` into `func`.
pub(crate) fn compile_method(
    jit: &mut JitState,
    ts: &mut TypeSystem,
    m: MethodId,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
) -> TResult<()> {
    compile_body(jit, ts, m, None, func, fctx)
}

/// Compiles the filter of clause `clause` of method `m` into `func`, a function
/// `i32 (locals area, exception)`.
pub(crate) fn compile_filter(
    jit: &mut JitState,
    ts: &mut TypeSystem,
    m: MethodId,
    clause: usize,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
) -> TResult<()> {
    compile_body(jit, ts, m, Some(clause), func, fctx)
}

fn compile_body(
    jit: &mut JitState,
    ts: &mut TypeSystem,
    m: MethodId,
    filter: Option<usize>,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
) -> TResult<()> {
    let info = ts.method(m).clone();
    let asm = info.asm;
    if info.rid != 0 && info.is_runtime() && info.name == "Invoke" {
        let b = FunctionBuilder::new(func, fctx);
        let call_conv = jit.call_conv;
        let cfg = jit.module()?.target_config();
        let mut c = Compiler::new(jit, ts, b, info, asm, call_conv);
        c.eh.me = Some(m);
        c.delegate_invoke()?;
        c.eh_fill_plain();
        c.b.seal_all_blocks();
        c.b.finalize(cfg);
        return Ok(());
    }
    if info.rid == 0 {
        let b = FunctionBuilder::new(func, fctx);
        let call_conv = jit.call_conv;
        let cfg = jit.module()?.target_config();
        let mut c = Compiler::new(jit, ts, b, info, asm, call_conv);
        c.ctx = GenericCtx::of_type(&c.ts.ty(c.info.owner).inst);
        c.eh.me = Some(m);
        c.array_accessor()?;
        c.eh_fill_plain();
        c.b.seal_all_blocks();
        c.b.finalize(cfg);
        return Ok(());
    }
    let body = ts
        .loader
        .get(asm)
        .image
        .method_body(info.rid)?
        .ok_or_else(|| {
            invalid(format!(
                "{}::{} has no body (abstract, extern or runtime-implemented)",
                ts.ty(info.owner).full_name(),
                info.name
            ))
        })?;
    let instrs = decode_all(&body.code).map_err(|e| invalid(e.to_string()))?;
    let ctx = GenericCtx {
        types: ts.ty(info.owner).inst.clone(),
        methods: info.method_inst.clone(),
    };
    let mut local_types = Vec::new();
    if !body.local_var_sig.is_nil() {
        let md = &ts.loader.get(asm).image.metadata;
        let row = md.standalone_sig(body.local_var_sig.rid())?;
        let sig = sigdec::local_var_sig(md.blob(row.signature)?)?;
        for l in &sig.locals {
            local_types.push(ts.sig_type(asm, l, &ctx)?);
        }
    }
    let b = FunctionBuilder::new(func, fctx);
    let call_conv = jit.call_conv;
    let cfg = jit.module()?.target_config();
    let mut c = Compiler::new(jit, ts, b, info, asm, call_conv);
    c.eh.me = Some(m);
    c.clauses = body.clauses.clone();
    c.ctx = ctx;
    if let Some(i) = filter {
        let cl = c
            .clauses
            .get(i)
            .copied()
            .ok_or_else(|| invalid("filter clause out of range"))?;
        let ClauseKind::Filter(start) = cl.kind else {
            return Err(invalid("not a filter clause"));
        };
        c.eh.filter_mode = true;
        c.filter_range = Some((start, cl.handler_offset));
    }
    c.run(&instrs, &local_types)?;
    c.b.seal_all_blocks();
    c.b.finalize(cfg);
    Ok(())
}

impl<'a> Compiler<'a> {
    fn new(
        jit: &'a mut JitState,
        ts: &'a mut TypeSystem,
        b: FunctionBuilder<'a>,
        info: MethodInfo,
        asm: AssemblyIdx,
        call_conv: CallConv,
    ) -> Compiler<'a> {
        Compiler {
            jit,
            ts,
            b,
            info,
            asm,
            args: Vec::new(),
            locals: Vec::new(),
            stack: Vec::new(),
            blocks: BTreeMap::new(),
            states: HashMap::new(),
            ret_buf: None,
            sigs: HashMap::new(),
            call_conv,
            clauses: Vec::new(),
            finally: eh::Finallys::default(),
            constrained: None,
            ctx: GenericCtx::default(),
            cur_off: u32::MAX,
            eh: dispatch::Dispatch::default(),
            filter_range: None,
        }
    }

    /// Sets up the entry block: parameters become arguments' homes.
    fn prologue(
        &mut self,
        addr_taken_args: &[bool],
        local_types: &[TypeId],
        addr_taken_locals: &[bool],
    ) -> TResult<()> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let mut pi = 0;
        if self.filter_range.is_none() && super::abi::returns_struct(self.ts, &self.info) {
            self.ret_buf = Some(params[0]);
            pi = 1;
        }
        let mut arg_types = Vec::new();
        if self.info.sig.has_this {
            let owner = self.info.owner;
            let this_ty = match self.ts.is_value_type(owner) {
                true => self.ts.composite(TypeKind::ByRef(owner))?,
                false => owner,
            };
            arg_types.push(this_ty);
        }
        arg_types.extend(self.info.sig.params.iter().copied());
        let has_filter = self
            .clauses
            .iter()
            .any(|c| matches!(c.kind, ClauseKind::Filter(_)));
        if has_filter {
            return self.area_prologue(&params[pi..], &arg_types, local_types);
        }
        for (i, &ty) in arg_types.iter().enumerate() {
            let v = params[pi + i];
            let k = sk_of(self.ts, ty);
            let home = match k {
                Sk::Vt(_) => Home::Addr(v),
                _ if addr_taken_args.get(i).copied().unwrap_or(false) => {
                    let ss = self.new_slot(8, 8);
                    let addr = self.b.ins().stack_addr(types::I64, ss, 0);
                    self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
                    Home::Slot(ss)
                }
                _ => {
                    let var = self.b.declare_var(k.cl());
                    self.b.def_var(var, v);
                    Home::Var(var)
                }
            };
            self.args.push(Loc { home, ty, k });
        }
        for (i, &ty) in local_types.iter().enumerate() {
            let k = sk_of(self.ts, ty);
            let home = match k {
                Sk::Vt(_) => {
                    let (size, align) = self.ts.value_size(ty)?;
                    let ss = self.new_slot(size, align);
                    let addr = self.b.ins().stack_addr(types::I64, ss, 0);
                    self.zero_mem(addr, size);
                    Home::Slot(ss)
                }
                _ if addr_taken_locals.get(i).copied().unwrap_or(false) => {
                    let ss = self.new_slot(8, 8);
                    let addr = self.b.ins().stack_addr(types::I64, ss, 0);
                    let z = self.b.ins().iconst(types::I64, 0);
                    self.b.ins().store(MemFlagsData::trusted(), z, addr, 0);
                    Home::Slot(ss)
                }
                _ => {
                    let var = self.b.declare_var(k.cl());
                    let z = self.zero_of(k);
                    self.b.def_var(var, z);
                    Home::Var(var)
                }
            };
            self.locals.push(Loc { home, ty, k });
        }
        Ok(())
    }

    /// Static methods and constructors of a type with a precise (not beforefieldinit)
    /// class constructor trigger it on entry.
    fn class_init_prologue(&mut self) -> TResult<()> {
        let owner = self.info.owner;
        let t = self.ts.ty(owner);
        if t.cctor.is_none() || t.before_field_init() || self.info.name == ".cctor" {
            return Ok(());
        }
        if self.info.is_static() || self.info.is_ctor() {
            self.emit_class_init(owner)?;
        }
        Ok(())
    }

    pub(crate) fn zero_of(&mut self, k: Sk) -> Value {
        match k {
            Sk::I4 => self.b.ins().iconst(types::I32, 0),
            Sk::F4 => self.b.ins().f32const(0.0),
            Sk::F8 => self.b.ins().f64const(0.0),
            _ => self.b.ins().iconst(types::I64, 0),
        }
    }

    pub(crate) fn new_slot(&mut self, size: u32, align: u32) -> cranelift_codegen::ir::StackSlot {
        let shift = align.clamp(1, 16).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1).next_multiple_of(8),
            shift.max(3),
        ))
    }

    fn run(&mut self, instrs: &[Instruction], local_types: &[TypeId]) -> TResult<()> {
        let n_args = usize::from(self.info.sig.has_this) + self.info.sig.params.len();
        let mut arg_taken = vec![false; n_args];
        let mut local_taken = vec![false; local_types.len()];
        for ins in instrs {
            match (ins.opcode, &ins.operand) {
                (
                    Opcode::LdargaS | Opcode::Ldarga | Opcode::StargS | Opcode::Starg,
                    DecodedOperand::Var(i),
                ) => {
                    // starg on an argument also gets a slot so the parameter value stays simple.
                    if matches!(ins.opcode, Opcode::LdargaS | Opcode::Ldarga) {
                        if let Some(x) = arg_taken.get_mut(*i as usize) {
                            *x = true;
                        }
                    }
                }
                (Opcode::LdlocaS | Opcode::Ldloca, DecodedOperand::Var(i)) => {
                    if let Some(x) = local_taken.get_mut(*i as usize) {
                        *x = true;
                    }
                }
                _ => {}
            }
        }
        self.prologue(&arg_taken, local_types, &local_taken)?;
        self.find_blocks(instrs);
        self.eh_setup()?;
        self.finally = eh::Finallys::new(self, instrs);
        match self.filter_range {
            Some((start, _)) => {
                let exc = self.b.block_params(
                    self.b
                        .func
                        .layout
                        .entry_block()
                        .ok_or_else(|| invalid("no entry block"))?,
                )[1];
                self.stack = vec![Sv { v: exc, k: Sk::Ref }];
                self.edge(start)?;
                self.stack.clear();
            }
            None => {
                let calls = instrs
                    .iter()
                    .any(|i| matches!(i.opcode, Opcode::Call | Opcode::Callvirt | Opcode::Newobj));
                if calls {
                    self.eh_stack_check();
                }
                self.class_init_prologue()?;
                self.edge(0)?;
            }
        }
        self.eh_fill()?;
        let mut reachable = false;
        for ins in instrs {
            if self.in_skipped_handler(ins.offset) {
                reachable = false;
                continue;
            }
            self.cur_off = ins.offset;
            if let Some(&blk) = self.blocks.get(&ins.offset) {
                if reachable {
                    self.edge(ins.offset)?;
                }
                self.b.switch_to_block(blk);
                let state = match self.states.get(&ins.offset) {
                    Some(s) => s.clone(),
                    None => {
                        self.states.insert(ins.offset, Vec::new());
                        Vec::new()
                    }
                };
                let params = self.b.block_params(blk).to_vec();
                self.stack = state
                    .iter()
                    .zip(params)
                    .map(|(&k, v)| Sv { v, k })
                    .collect();
                reachable = true;
            }
            if !reachable {
                continue;
            }
            reachable = self.emit(ins)?;
        }
        if reachable {
            return Err(invalid("control falls off the end of the method"));
        }
        Ok(())
    }

    /// Whether `off` is outside the code this function compiles: filters are compiled
    /// as their own functions, and a filter function compiles only its filter.
    fn in_skipped_handler(&self, off: u32) -> bool {
        if let Some((start, end)) = self.filter_range {
            return off < start || off >= end;
        }
        self.clauses.iter().any(|c| match c.kind {
            ClauseKind::Filter(f) => off >= f && off < c.handler_offset,
            _ => false,
        })
    }

    fn find_blocks(&mut self, instrs: &[Instruction]) {
        self.block_at(0);
        for ins in instrs {
            match &ins.operand {
                DecodedOperand::Target(t) => {
                    self.block_at(*t);
                }
                DecodedOperand::Switch(ts) => {
                    for &t in ts {
                        self.block_at(t);
                    }
                }
                _ => {}
            }
            if matches!(
                ins.opcode.flow(),
                Flow::Branch | Flow::CondBranch | Flow::Return | Flow::Throw
            ) {
                self.block_at(ins.next_offset());
            }
        }
        for c in self.clauses.clone() {
            self.block_at(c.try_offset);
            self.block_at(c.handler_offset);
            if let ClauseKind::Filter(f) = c.kind {
                self.block_at(f);
            }
        }
    }

    pub(crate) fn block_at(&mut self, off: u32) -> Block {
        if let Some(&b) = self.blocks.get(&off) {
            return b;
        }
        let b = self.b.create_block();
        self.blocks.insert(off, b);
        b
    }

    /// Arguments for an edge to the block at `off` carrying the current stack; the first
    /// edge fixes the block's entry state.
    fn edge_args(&mut self, off: u32) -> TResult<(Block, Vec<BlockArg>)> {
        let blk = self.block_at(off);
        let kinds: Vec<Sk> = self.stack.iter().map(|s| s.k).collect();
        let state = match self.states.get(&off) {
            Some(s) => s.clone(),
            None => {
                for k in &kinds {
                    self.b.append_block_param(blk, k.cl());
                }
                self.states.insert(off, kinds.clone());
                kinds.clone()
            }
        };
        if state.len() != self.stack.len() {
            return Err(invalid(format!("stack depth differs at IL_{off:04x}")));
        }
        let mut args = Vec::with_capacity(state.len());
        for (i, &k) in state.iter().enumerate() {
            let sv = self.stack[i];
            let v = self.coerce(sv, k);
            args.push(BlockArg::Value(v));
        }
        Ok((blk, args))
    }

    /// Jumps to the block at `off` with the current stack.
    pub(crate) fn edge(&mut self, off: u32) -> TResult<()> {
        let (blk, args) = self.edge_args(off)?;
        self.b.ins().jump(blk, &args);
        Ok(())
    }

    /// Branches on `cond` to `then_off`, else to `else_off`.
    pub(crate) fn cond_edge(&mut self, cond: Value, then_off: u32, else_off: u32) -> TResult<()> {
        let (tb, targs) = self.edge_args(then_off)?;
        let (eb, eargs) = self.edge_args(else_off)?;
        self.b.ins().brif(cond, tb, &targs, eb, &eargs);
        Ok(())
    }

    pub(crate) fn push(&mut self, v: Value, k: Sk) {
        self.stack.push(Sv { v, k });
    }

    pub(crate) fn pop(&mut self) -> TResult<Sv> {
        self.stack
            .pop()
            .ok_or_else(|| invalid("evaluation stack underflow"))
    }

    pub(crate) fn pop_n(&mut self, n: usize) -> TResult<Vec<Sv>> {
        if self.stack.len() < n {
            return Err(invalid("evaluation stack underflow"));
        }
        Ok(self.stack.split_off(self.stack.len() - n))
    }

    /// Converts a stack value to kind `k` (widening int32 to native int, float sizes).
    pub(crate) fn coerce(&mut self, sv: Sv, k: Sk) -> Value {
        let (from, to) = (sv.k.cl(), k.cl());
        if from == to {
            return sv.v;
        }
        match (from, to) {
            (types::I32, types::I64) => self.b.ins().sextend(types::I64, sv.v),
            (types::I64, types::I32) => self.b.ins().ireduce(types::I32, sv.v),
            (types::F32, types::F64) => self.b.ins().fpromote(types::F64, sv.v),
            (types::F64, types::F32) => self.b.ins().fdemote(types::F32, sv.v),
            (types::I32, types::F64) => self.b.ins().fcvt_from_sint(types::F64, sv.v),
            (types::I64, types::F64) => self.b.ins().fcvt_from_sint(types::F64, sv.v),
            (types::I32, types::F32) => self.b.ins().fcvt_from_sint(types::F32, sv.v),
            (types::I64, types::F32) => self.b.ins().fcvt_from_sint(types::F32, sv.v),
            (types::F32 | types::F64, t) => self.b.ins().fcvt_to_sint_sat(t, sv.v),
            _ => sv.v,
        }
    }

    /// A signature for an indirect call.
    pub(crate) fn sig(&mut self, params: &[Type], rets: &[Type]) -> SigRef {
        let key = (params.to_vec(), rets.to_vec());
        if let Some(&s) = self.sigs.get(&key) {
            return s;
        }
        let mut sig = Signature::new(self.call_conv);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
        let s = self.b.import_signature(sig);
        self.sigs.insert(key, s);
        s
    }

    /// Calls a runtime helper at `addr`; a pending exception afterwards is dispatched
    /// unless the helper cannot throw.
    pub(crate) fn call_helper(
        &mut self,
        addr: usize,
        params: &[Type],
        rets: &[Type],
        args: &[Value],
    ) -> Vec<Value> {
        let nothrow = super::helpers::cannot_throw(addr);
        if !nothrow {
            self.eh_site();
        }
        let r = self.raw_call(addr, params, rets, args);
        if !nothrow {
            self.eh_check();
        }
        r
    }

    /// Calls a runtime helper at `addr`, nothing else.
    pub(crate) fn raw_call(
        &mut self,
        addr: usize,
        params: &[Type],
        rets: &[Type],
        args: &[Value],
    ) -> Vec<Value> {
        let sig = self.sig(params, rets);
        let call = match self.helper_ref(addr, sig) {
            // Precompiling: a direct call of a relocated address, materialized at the
            // call (a `symbol_value` would be shared and hoisted, holding a register
            // across the method as an `iconst` never does).
            Some(f) => self.b.ins().call(f, args),
            None => {
                let f = self.rt_helper(addr);
                self.b.ins().call_indirect(sig, f, args)
            }
        };
        self.b.inst_results(call).to_vec()
    }

    /// Raises runtime exception `kind` when `cond` is non-zero.
    pub(crate) fn throw_if(&mut self, cond: Value, kind: Builtin) {
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(cond, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        let k = self.b.ins().iconst(types::I32, kind as i64);
        self.eh_site();
        self.raw_call(
            super::helpers::rt_throw_builtin as *const () as usize,
            &[types::I32],
            &[types::I64],
            &[k],
        );
        self.eh_goto_dispatch();
        self.b.switch_to_block(cont);
    }

    /// NullReferenceException when `v` is null.
    pub(crate) fn null_check(&mut self, v: Value) {
        let z = self
            .b
            .ins()
            .icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, v, 0);
        self.throw_if(z, Builtin::NullReference);
    }

    /// Triggers `ty`'s class constructor if it has not started.
    pub(crate) fn emit_class_init(&mut self, ty: TypeId) -> TResult<()> {
        let flag = self.ts.ty(ty).init_flag;
        if flag == 0 {
            return Ok(());
        }
        let addr = self.rt_const(RtConst::InitFlag(ty), types::I64)?;
        let f = self
            .b
            .ins()
            .uload8(types::I32, MemFlagsData::trusted(), addr, 0);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(f, cont, &[], slow, &[]);
        self.b.switch_to_block(slow);
        let t = self.rt_const(RtConst::TypeIdImm(ty), types::I32)?;
        self.call_helper(
            super::helpers::rt_class_init as *const () as usize,
            &[types::I32],
            &[],
            &[t],
        );
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// Whether accessing `ty`'s statics from this method needs a class-init check.
    pub(crate) fn needs_class_init(&self, ty: TypeId) -> bool {
        let t = self.ts.ty(ty);
        if t.cctor.is_none() {
            return false;
        }
        let own = ty == self.info.owner;
        !(own
            && (self.info.name == ".cctor"
                || (!t.before_field_init() && (self.info.is_static() || self.info.is_ctor()))))
    }

    pub(crate) fn token(&self, ins: &Instruction) -> TResult<il_emit::entity::Token> {
        match ins.operand {
            DecodedOperand::Token(t) => Ok(t),
            _ => Err(invalid(format!("{} needs a token", ins.opcode.name()))),
        }
    }

    pub(crate) fn type_token(&mut self, ins: &Instruction) -> TResult<TypeId> {
        let t = self.token(ins)?;
        let ty = self.ts.resolve_type_token(self.asm, t, &self.ctx)?;
        self.ts.ensure_loaded(ty)?;
        Ok(ty)
    }
}
