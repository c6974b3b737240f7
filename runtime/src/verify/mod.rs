//! The IL verifier (ECMA-335 Partition III type safety): proves from a method's IL and
//! metadata, without running it, that the method only reaches memory it is entitled to,
//! calls only properly defined operations, and passes each value where its type is
//! expected.
//!
//! Per method, the code is cut into basic blocks (at branch targets, after branches and
//! at region edges); each block is interpreted over *verification types*
//! ([`vtype::Sv`]): the evaluation stack's items and whether a constructor's `this` is
//! initialized yet. Locals and arguments keep their declared types. Where control
//! joins, the incoming states merge ([`relate`]); a block whose entry state changed is
//! interpreted again until nothing changes. Errors use ILVerify's vocabulary
//! ([`error::ErrorKind`]) with the IL offset; a block stops at its first error, so one
//! mistake is reported once.
//!
//! Modules: `error` (kinds), `vtype` (stack items), `relate` (assignability, merge),
//! `generic` (generic parameters as placeholders), `regions` (exception regions and
//! the rules for crossing them), `interp` (the instructions: stack and locals,
//! arithmetic, objects and arrays, calls and delegates), `ctor` (constructors' `this`),
//! `access` (visibility of types, fields and methods), `assembly` (every method of an
//! assembly, for `clr-lite verify`), `policy` (enforcement before the JIT compiles a
//! method, and which assemblies skip it), `source` (source lines from a portable PDB).

mod access;
pub mod assembly;
mod ctor;
pub mod error;
pub mod generic;
mod interp;
pub mod policy;
mod regions;
mod relate;
pub mod source;
pub mod vtype;

pub use assembly::{MethodReport, verify_assembly, verify_file};
pub use error::{ErrorKind, VerifyError};

use crate::loader::AssemblyIdx;
use crate::typesys::{GenericCtx, MethodId, MethodInfo, TypeId, TypeKind, TypeSystem};
use generic::Params;
use il_emit::il::body::{ClauseKind, ExceptionClause};
use il_emit::il::decode::{Instruction, decode_all};
use il_emit::signature::decode as sigdec;
use regions::{RegionKind, Regions};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use vtype::Sv;

/// The type system and the generic parameters in scope.
pub(crate) struct Env<'a> {
    pub ts: &'a mut TypeSystem,
    pub params: Params,
}

/// The verifier's state at one point: the stack and whether `this` is initialized.
#[derive(Clone, PartialEq, Debug)]
pub(crate) struct State {
    pub stack: Vec<Sv>,
    pub this_init: bool,
}

/// How many times blocks may be (re)interpreted before the method is given up on.
const MAX_BLOCK_VISITS: usize = 100_000;

/// Verifies method `m` (a loaded method with a body; generic ones instantiated, over
/// placeholders or real types). Returns every error found; empty means verifiable.
pub fn verify_method(ts: &mut TypeSystem, m: MethodId, params: Params) -> Vec<VerifyError> {
    let info = ts.method(m).clone();
    let asm = info.asm;
    let body = match ts.loader.get(asm).image.method_body(info.rid) {
        Ok(Some(b)) => b,
        Ok(None) => return Vec::new(),
        Err(_) => return vec![VerifyError::new(ErrorKind::Unverifiable, 0)],
    };
    let instrs = match decode_all(&body.code) {
        Ok(i) => i,
        Err(_) => return vec![VerifyError::new(ErrorKind::Unverifiable, 0)],
    };
    let ctx = GenericCtx {
        types: ts.ty(info.owner).inst.clone(),
        methods: info.method_inst.clone(),
    };
    let mut v = Verifier {
        env: Env { ts, params },
        asm,
        info,
        ctx,
        args: Vec::new(),
        locals: Vec::new(),
        index: instrs
            .iter()
            .enumerate()
            .map(|(i, x)| (x.offset, i))
            .collect(),
        instrs,
        regions: Regions::new(&body.clauses),
        clauses: body.clauses.clone(),
        max_stack: body.max_stack as usize,
        errors: Vec::new(),
        states: BTreeMap::new(),
        starts: BTreeSet::new(),
        work: BTreeSet::new(),
        ctor_this: false,
        prefix: interp::Prefix::default(),
        applied: interp::Prefix::default(),
    };
    if let Err(e) = v.setup(body.local_var_sig, body.init_locals) {
        return vec![e];
    }
    v.run();
    v.errors.sort_by_key(|e| (e.offset, e.kind));
    v.errors.dedup();
    v.errors
}

/// The per-method verifier.
pub(crate) struct Verifier<'a> {
    pub env: Env<'a>,
    pub asm: AssemblyIdx,
    pub info: MethodInfo,
    pub ctx: GenericCtx,
    /// Declared argument types, `this` first (a byref for value types).
    pub args: Vec<TypeId>,
    pub locals: Vec<TypeId>,
    pub instrs: Vec<Instruction>,
    pub index: HashMap<u32, usize>,
    pub regions: Regions,
    pub clauses: Vec<ExceptionClause>,
    pub max_stack: usize,
    pub errors: Vec<VerifyError>,
    states: BTreeMap<u32, State>,
    pub starts: BTreeSet<u32>,
    work: BTreeSet<u32>,
    /// An instance constructor of a class whose `this` starts uninitialized.
    pub ctor_this: bool,
    /// Prefixes waiting for their instruction.
    pub prefix: interp::Prefix,
    /// Prefixes that apply to the instruction being interpreted.
    pub applied: interp::Prefix,
}

impl Verifier<'_> {
    fn setup(
        &mut self,
        local_sig: il_emit::entity::Token,
        init_locals: bool,
    ) -> Result<(), VerifyError> {
        let owner = self.info.owner;
        let ts = &mut *self.env.ts;
        if self.info.sig.has_this {
            let this = match ts.is_value_type(owner) {
                true => ts
                    .composite(TypeKind::ByRef(owner))
                    .map_err(|_| VerifyError::new(ErrorKind::TokenResolve, 0))?,
                false => owner,
            };
            self.args.push(this);
            let t = ts.ty(owner);
            let is_object = t.parent.is_none() && t.kind == TypeKind::Class;
            self.ctor_this = self.info.is_ctor() && !ts.is_value_type(owner) && !is_object;
        }
        self.args.extend(self.info.sig.params.iter().copied());
        for &a in &self.args {
            if let TypeKind::ByRef(t) = ts.ty(a).kind {
                if matches!(ts.ty(t).kind, TypeKind::ByRef(_)) {
                    return Err(VerifyError::new(ErrorKind::ByrefOfByref, 0));
                }
            }
        }
        if !local_sig.is_nil() {
            let md = &ts.loader.get(self.asm).image.metadata;
            let sig = md
                .standalone_sig(local_sig.rid())
                .ok()
                .and_then(|row| md.blob(row.signature).ok())
                .and_then(|b| sigdec::local_var_sig(b).ok())
                .ok_or_else(|| VerifyError::new(ErrorKind::TokenResolve, 0))?;
            for l in &sig.locals {
                let t = ts
                    .sig_type(self.asm, l, &self.ctx)
                    .map_err(|e| VerifyError::new(ErrorKind::TokenResolve, 0).found(e.message))?;
                if let TypeKind::ByRef(inner) = ts.ty(t).kind {
                    if matches!(ts.ty(inner).kind, TypeKind::ByRef(_)) {
                        return Err(VerifyError::new(ErrorKind::ByrefOfByref, 0));
                    }
                }
                self.locals.push(t);
            }
            if !self.locals.is_empty() && !init_locals {
                return Err(VerifyError::new(ErrorKind::InitLocals, 0));
            }
        }
        Ok(())
    }

    fn run(&mut self) {
        self.find_starts();
        if self.instrs.is_empty() {
            self.errors
                .push(VerifyError::new(ErrorKind::MethodFallthrough, 0));
            return;
        }
        let entry = State {
            stack: Vec::new(),
            this_init: !self.ctor_this,
        };
        self.propagate(0, 0, entry);
        let mut visits = 0;
        while let Some(start) = self.work.pop_first() {
            visits += 1;
            if visits > MAX_BLOCK_VISITS {
                self.errors
                    .push(VerifyError::new(ErrorKind::Unverifiable, start));
                return;
            }
            self.run_block(start);
        }
    }

    /// Block starts: the entry, branch targets, the instruction after a branch, and
    /// region edges.
    fn find_starts(&mut self) {
        use il_emit::il::decode::DecodedOperand;
        use il_emit::il::opcode::Flow;
        self.starts.insert(0);
        for ins in &self.instrs {
            match &ins.operand {
                DecodedOperand::Target(t) => {
                    self.starts.insert(*t);
                }
                DecodedOperand::Switch(ts) => self.starts.extend(ts.iter().copied()),
                _ => {}
            }
            if !matches!(ins.opcode.flow(), Flow::Next | Flow::Call | Flow::Meta) {
                self.starts.insert(ins.next_offset());
            }
        }
        for r in &self.regions.all {
            self.starts.insert(r.start);
            self.starts.insert(r.end);
        }
    }

    fn run_block(&mut self, start: u32) {
        let Some(mut st) = self.states.get(&start).cloned() else {
            return;
        };
        let Some(&first) = self.index.get(&start) else {
            return;
        };
        self.prefix = interp::Prefix::default();
        let mut i = first;
        loop {
            let Some(ins) = self.instrs.get(i).cloned() else {
                return;
            };
            let flow = match self.step(&ins, &mut st) {
                Ok(f) => f,
                Err(e) => {
                    self.errors.push(e);
                    return;
                }
            };
            let next = ins.next_offset();
            match flow {
                interp::Flow::Next => {
                    if i + 1 >= self.instrs.len() {
                        self.errors
                            .push(VerifyError::new(ErrorKind::MethodFallthrough, ins.offset));
                        return;
                    }
                    if self.starts.contains(&next) && !self.prefix.pending() {
                        self.fall_into(ins.offset, next, st);
                        return;
                    }
                    i += 1;
                }
                interp::Flow::Jump {
                    targets,
                    falls,
                    leave,
                } => {
                    for t in targets {
                        if !self.index.contains_key(&t) {
                            self.errors
                                .push(VerifyError::new(ErrorKind::BadJumpTarget, ins.offset));
                            return;
                        }
                        if let Some(k) = self.regions.check_branch(ins.offset, t, leave) {
                            self.errors.push(VerifyError::new(k, ins.offset));
                            return;
                        }
                        self.propagate(ins.offset, t, st.clone());
                    }
                    if falls {
                        if i + 1 >= self.instrs.len() {
                            self.errors
                                .push(VerifyError::new(ErrorKind::MethodFallthrough, ins.offset));
                            return;
                        }
                        self.fall_into(ins.offset, next, st);
                    }
                    return;
                }
                interp::Flow::Stop => return,
            }
        }
    }

    fn fall_into(&mut self, from: u32, to: u32, st: State) {
        if let Some(k) = self.regions.check_fallthrough(from, to) {
            self.errors.push(VerifyError::new(k, from));
            return;
        }
        self.propagate(from, to, st);
    }

    /// Merges `st` into the entry state of the block at `to`.
    fn propagate(&mut self, from: u32, to: u32, st: State) {
        let try_start = self
            .regions
            .all
            .iter()
            .any(|r| r.kind == RegionKind::Try && r.start == to);
        if try_start && !st.stack.is_empty() {
            self.errors
                .push(VerifyError::new(ErrorKind::TryNonEmptyStack, from));
            return;
        }
        let this_init = st.this_init;
        match self.merge_state(from, to, st) {
            Ok(true) => {
                self.work.insert(to);
                if try_start {
                    self.seed_handlers(from, to, this_init);
                }
            }
            Ok(false) => {}
            Err(e) => self.errors.push(e),
        }
    }

    /// Merges into the state at `to`; `Ok(true)` when it changed.
    fn merge_state(&mut self, from: u32, to: u32, st: State) -> Result<bool, VerifyError> {
        let Some(old) = self.states.get(&to).cloned() else {
            self.states.insert(to, st);
            return Ok(true);
        };
        if old.stack.len() != st.stack.len() {
            return Err(VerifyError::new(ErrorKind::PathStackDepth, from)
                .types(st.stack.len().to_string(), old.stack.len().to_string()));
        }
        let mut merged = State {
            stack: Vec::with_capacity(old.stack.len()),
            this_init: old.this_init && st.this_init,
        };
        for (a, b) in old.stack.iter().zip(&st.stack) {
            match self.env.merge(a, b) {
                Some(m) => merged.stack.push(m),
                None => {
                    let ts = &*self.env.ts;
                    return Err(VerifyError::new(ErrorKind::PathStackUnexpected, from)
                        .types(vtype::describe(ts, b), vtype::describe(ts, a)));
                }
            }
        }
        if merged == old {
            return Ok(false);
        }
        self.states.insert(to, merged);
        Ok(true)
    }

    /// Handlers (and filters) of the clauses protecting the `try` at `try_start`
    /// start with the exception on the stack (catch and filter) or nothing.
    fn seed_handlers(&mut self, from: u32, try_start: u32, this_init: bool) {
        let clauses: Vec<ExceptionClause> = self
            .clauses
            .iter()
            .copied()
            .filter(|c| c.try_offset == try_start)
            .collect();
        let object = self.env.ts.well_known.object;
        for c in clauses {
            let stack = match c.kind {
                ClauseKind::Catch(tok) => {
                    match self.env.ts.resolve_type_token(self.asm, tok, &self.ctx) {
                        Ok(t) if !self.env.ts.is_value_type(t) => vec![Sv::obj(t)],
                        Ok(_) => {
                            self.errors.push(VerifyError::new(
                                ErrorKind::ThrowOrCatchOnlyExceptionType,
                                c.handler_offset,
                            ));
                            continue;
                        }
                        Err(e) => {
                            self.errors.push(
                                VerifyError::new(ErrorKind::TokenResolve, c.handler_offset)
                                    .found(e.message),
                            );
                            continue;
                        }
                    }
                }
                ClauseKind::Filter(f) => {
                    let st = State {
                        stack: vec![Sv::obj(object)],
                        this_init,
                    };
                    if let Ok(true) = self.merge_state(from, f, st) {
                        self.work.insert(f);
                    }
                    vec![Sv::obj(object)]
                }
                ClauseKind::Finally | ClauseKind::Fault => Vec::new(),
            };
            let st = State { stack, this_init };
            if let Ok(true) = self.merge_state(from, c.handler_offset, st) {
                self.work.insert(c.handler_offset);
            }
        }
    }
}
