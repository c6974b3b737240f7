//! Exceptional control flow in compiled code: pass 2 of `jit::eh`.
//!
//! Every call site first stores its IL offset in the frame record (methods with catch or
//! filter clauses only) and afterwards loads the pending-exception word: non-zero
//! branches to the site's *dispatch block*. There is one dispatch block per clause (the
//! chain starting at the innermost clause covering the site) and one for "no clause":
//!
//! - finally/fault clause: save the in-flight state (pending, target, clause) in the
//!   clause's variables, clear *pending* so the handler's own calls run normally, and
//!   enter the handler with the continuation "unwind on" (see `eh`); `endfinally`
//!   restores the state and jumps to the next clause's dispatch block;
//! - catch/filter clause: if pass 1 chose this frame and clause, clear the state, note
//!   the frame in the stack trace and enter the handler with the exception on the
//!   stack; otherwise go on to the next clause;
//! - no clause: note the frame in the stack trace, unlink the frame record, return
//!   zeros (the caller checks *pending* in turn). In a filter function: return false.
//!
//! Throwing (`throw`, `rethrow`, failed checks) calls the helper and jumps straight to
//! the dispatch block.

use super::{Compiler, Sk, Sv, invalid};
use crate::jit::eh::{self, Clause, Handler};
use crate::jit::native_image::target::RtConst;
use crate::typesys::{MethodId, TResult};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, InstBuilder, MemFlagsData, StackSlot, Value, types};
use cranelift_frontend::Variable;
use il_emit::il::body::ClauseKind;
use std::collections::HashMap;

/// Per-method exception-dispatch state of the compiler.
#[derive(Debug, Default)]
pub(crate) struct Dispatch {
    /// The clauses as the run-time dispatcher sees them (same indices as `clauses`).
    pub rt: Vec<Clause>,
    /// The frame record, when the method has catch or filter clauses.
    pub record: Option<StackSlot>,
    /// The record list's top on entry (restored on every return).
    prev_top: Option<Value>,
    blocks: HashMap<Option<usize>, Block>,
    /// The caught exception of each catch/filter clause (for `rethrow`).
    exc_vars: HashMap<usize, Variable>,
    /// Saved in-flight state of each finally/fault clause entered by unwinding.
    saved: HashMap<usize, [Variable; 3]>,
    /// Compiling a filter as its own function: every dispatch returns false.
    pub filter_mode: bool,
    /// The base of the locals area (methods with filters, and filter functions).
    pub area: Option<Value>,
    /// The method being compiled.
    pub me: Option<MethodId>,
    /// A frame slot holding [`eh::state_addr`]: the check after each call loads the
    /// address from here instead of keeping the constant in a register across the
    /// method (which cost a spill in fannkuch's hot loop).
    state_slot: Option<StackSlot>,
    /// Precompiling: a frame slot holding the method's id (see `eh_setup`).
    me_slot: Option<StackSlot>,
    /// Runtime-provided bodies (array accessors, delegate `Invoke`) have no clauses:
    /// their one dispatch block (return zeros) is filled after the body.
    plain_fill: bool,
}

fn mf() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl Compiler<'_> {
    fn eh_base(&mut self) -> Value {
        if let (Some(ss), Some(_)) = (self.eh.state_slot, &self.jit.recorder) {
            return self.b.ins().stack_load(types::I64, types::I64, ss, 0);
        }
        self.rt_value(RtConst::EhState, eh::state_addr() as i64, types::I64)
    }

    /// The id of the method being compiled, as an `i32` argument of `rt_eh_frame`.
    fn me_value(&mut self, me: MethodId) -> Value {
        match self.eh.me_slot {
            Some(ss) => self.b.ins().stack_load(types::I64, types::I32, ss, 0),
            None => self.rt_value(RtConst::MethodIdImm(me), i64::from(me.0), types::I32),
        }
    }

    /// Resolves the clauses, links the frame record and creates the dispatch blocks.
    /// Runs in the entry block, before anything that can throw.
    pub(super) fn eh_setup(&mut self) -> TResult<()> {
        let mut rt = Vec::new();
        for c in self.clauses.clone() {
            let handler = match c.kind {
                ClauseKind::Catch(tok) => {
                    let t = self.ts.resolve_type_token(self.asm, tok, &self.ctx)?;
                    Handler::Catch(t)
                }
                ClauseKind::Filter(_) => Handler::Filter,
                ClauseKind::Finally => Handler::Finally,
                ClauseKind::Fault => Handler::Fault,
            };
            rt.push(Clause {
                try_start: c.try_offset,
                try_end: c.try_offset + c.try_length,
                handler,
            });
        }
        if self.eh.filter_mode {
            let none = self.cold_block();
            self.eh.blocks.insert(None, none);
            return Ok(());
        }
        let me = self.self_method()?;
        if !rt.is_empty() {
            eh::register_clauses(me, rt.clone());
            if let Some(rec) = self.jit.recorder.as_mut() {
                rec.clauses = rt.clone();
            }
        }
        let ss = self.new_slot(8, 8);
        let a = self.b.ins().stack_addr(types::I64, ss, 0);
        let st = self.eh_base();
        self.b.ins().store(mf(), st, a, 0);
        self.eh.state_slot = Some(ss);
        if self.jit.recorder.is_some() {
            // Precompiling, constants are `symbol_value`s, which are shared and hoisted
            // (an `iconst` is rematerialized where used): the exception paths inside
            // loops would hold them in registers. They load them from the frame.
            let ms = self.new_slot(8, 8);
            let m = self.rt_value(RtConst::MethodIdImm(me), i64::from(me.0), types::I64);
            self.b.ins().stack_store(types::I64, m, ms, 0);
            self.eh.me_slot = Some(ms);
        }
        let catches = rt
            .iter()
            .any(|c| matches!(c.handler, Handler::Catch(_) | Handler::Filter));
        if catches {
            let ss = self.new_slot(eh::RECORD_SIZE, 8);
            let rec = self.b.ins().stack_addr(types::I64, ss, 0);
            let base = self.eh_base();
            let top = self.b.ins().load(types::I64, mf(), base, eh::TOP);
            self.b.ins().store(mf(), top, rec, eh::REC_PREV);
            let mid = self.rt_const(RtConst::MethodIdImm(me), types::I64)?;
            self.b.ins().store(mf(), mid, rec, eh::REC_METHOD);
            let z = self.b.ins().iconst(types::I64, 0);
            self.b.ins().store(mf(), z, rec, eh::REC_OFFSET);
            let area = match self.eh.area {
                Some(a) => a,
                None => z,
            };
            self.b.ins().store(mf(), area, rec, eh::REC_AREA);
            self.b.ins().store(mf(), rec, base, eh::TOP);
            self.eh.record = Some(ss);
            self.eh.prev_top = Some(top);
        }
        for (i, c) in rt.iter().enumerate() {
            match c.handler {
                Handler::Catch(_) | Handler::Filter => {
                    let v = self.b.declare_var(types::I64);
                    let z = self.b.ins().iconst(types::I64, 0);
                    self.b.def_var(v, z);
                    self.eh.exc_vars.insert(i, v);
                }
                Handler::Finally | Handler::Fault => {
                    let z = self.b.ins().iconst(types::I64, 0);
                    let vars = [(); 3].map(|()| {
                        let v = self.b.declare_var(types::I64);
                        self.b.def_var(v, z);
                        v
                    });
                    self.eh.saved.insert(i, vars);
                }
            }
            let blk = self.cold_block();
            self.eh.blocks.insert(Some(i), blk);
        }
        let none = self.cold_block();
        self.eh.blocks.insert(None, none);
        self.eh.rt = rt;
        Ok(())
    }

    /// Exception paths are laid out after the method's hot code.
    fn cold_block(&mut self) -> Block {
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        b
    }

    fn self_method(&mut self) -> TResult<MethodId> {
        self.eh.me.ok_or_else(|| invalid("no method"))
    }

    fn dispatch_block(&mut self, key: Option<usize>) -> Block {
        let key = if self.eh.filter_mode { None } else { key };
        if let Some(&b) = self.eh.blocks.get(&key) {
            return b;
        }
        // Only runtime-provided bodies get here (no `eh_setup`, so no clauses).
        let b = self.cold_block();
        self.eh.blocks.insert(None, b);
        self.eh.plain_fill = true;
        b
    }

    /// Fills the dispatch block of a runtime-provided body, if it used one.
    pub(super) fn eh_fill_plain(&mut self) {
        if !self.eh.plain_fill {
            return;
        }
        let blk = self.eh.blocks[&None];
        self.b.switch_to_block(blk);
        self.return_zeros();
    }

    fn return_zeros(&mut self) {
        let rets: Vec<_> = self
            .b
            .func
            .signature
            .returns
            .iter()
            .map(|r| r.value_type)
            .collect();
        let zeros: Vec<Value> = rets
            .iter()
            .map(|&t| match t {
                types::F32 => self.b.ins().f32const(0.0),
                types::F64 => self.b.ins().f64const(0.0),
                t => self.b.ins().iconst(t, 0),
            })
            .collect();
        self.b.ins().return_(&zeros);
    }

    /// The dispatch block for a site at `off`.
    fn site_dispatch(&mut self, off: u32) -> Block {
        let first = eh::covering(&self.eh.rt, off).first().copied();
        self.dispatch_block(first)
    }

    /// Emits the bodies of the dispatch blocks (after the entry block is closed, before
    /// the handlers are compiled, so catch handlers' entry states come from here).
    pub(super) fn eh_fill(&mut self) -> TResult<()> {
        let saved_stack = std::mem::take(&mut self.stack);
        let none = self.dispatch_block(None);
        self.b.switch_to_block(none);
        if self.eh.filter_mode {
            let z = self.b.ins().iconst(types::I32, 0);
            self.b.ins().return_(&[z]);
            self.stack = saved_stack;
            return Ok(());
        }
        let me = self.self_method()?;
        self.leave_frame(me);
        for i in 0..self.eh.rt.len() {
            let blk = self.dispatch_block(Some(i));
            self.b.switch_to_block(blk);
            let next = self.dispatch_block(eh::next_clause(&self.eh.rt, i));
            let cl = self.clauses[i];
            match self.eh.rt[i].handler {
                Handler::Catch(_) | Handler::Filter => {
                    let Some(ss) = self.eh.record else {
                        self.b.ins().jump(next, &[]);
                        continue;
                    };
                    let rec = self.b.ins().stack_addr(types::I64, ss, 0);
                    let base = self.eh_base();
                    let t = self.b.ins().load(types::I64, mf(), base, eh::TARGET);
                    let c = self.b.ins().load(types::I64, mf(), base, eh::CLAUSE);
                    let t_ok = self.b.ins().icmp(IntCC::Equal, t, rec);
                    let c_ok = self.b.ins().icmp_imm_s(IntCC::Equal, c, i as i64);
                    let ok = self.b.ins().band(t_ok, c_ok);
                    let enter = self.cold_block();
                    self.b.ins().brif(ok, enter, &[], next, &[]);
                    self.b.switch_to_block(enter);
                    let exc = self.b.ins().load(types::I64, mf(), base, eh::PENDING);
                    let z = self.b.ins().iconst(types::I64, 0);
                    self.b.ins().store(mf(), z, base, eh::PENDING);
                    self.b.ins().store(mf(), z, base, eh::TARGET);
                    self.b.ins().store(mf(), rec, base, eh::TOP);
                    let m = self.me_value(me);
                    self.raw_call(
                        eh::rt_eh_frame as *const () as usize,
                        &[types::I64, types::I32],
                        &[],
                        &[exc, m],
                    );
                    let var = self.eh.exc_vars[&i];
                    self.b.def_var(var, exc);
                    self.stack = vec![Sv { v: exc, k: Sk::Ref }];
                    self.edge(cl.handler_offset)?;
                    self.stack.clear();
                }
                Handler::Finally | Handler::Fault => {
                    let vars = self.eh.saved[&i];
                    let base = self.eh_base();
                    for (v, off) in vars.iter().zip([eh::PENDING, eh::TARGET, eh::CLAUSE]) {
                        let x = self.b.ins().load(types::I64, mf(), base, off);
                        self.b.def_var(*v, x);
                    }
                    let z = self.b.ins().iconst(types::I64, 0);
                    self.b.ins().store(mf(), z, base, eh::PENDING);
                    let next_key = eh::next_clause(&self.eh.rt, i);
                    self.enter_finally_unwinding(i, next_key)?;
                    self.stack.clear();
                    self.edge(cl.handler_offset)?;
                }
            }
        }
        self.stack = saved_stack;
        Ok(())
    }

    /// At `endfinally` continuing an unwind: restores the in-flight state of clause
    /// `i` and jumps to the dispatch block `next`.
    pub(super) fn resume_unwind(&mut self, i: usize, next: Option<usize>) {
        let vars = self.eh.saved[&i];
        let base = self.eh_base();
        for (v, off) in vars.iter().zip([eh::PENDING, eh::TARGET, eh::CLAUSE]) {
            let x = self.b.use_var(*v);
            self.b.ins().store(mf(), x, base, off);
        }
        let blk = self.dispatch_block(next);
        self.b.ins().jump(blk, &[]);
    }

    /// On entry to a method that calls others: StackOverflowException when the stack
    /// pointer is below the limit.
    pub(super) fn eh_stack_check(&mut self) {
        let lim_addr = self.rt_value(
            RtConst::StackLimit,
            &eh::STACK_LIMIT as *const _ as i64,
            types::I64,
        );
        let lim = self.b.ins().load(types::I64, mf(), lim_addr, 0);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let over = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, lim);
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(over, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        self.eh_site();
        self.raw_call(eh::rt_stack_overflow as *const () as usize, &[], &[], &[]);
        self.eh_goto_dispatch();
        self.b.switch_to_block(cont);
    }

    /// Unlinks the frame record (before every return).
    pub(super) fn eh_epilogue(&mut self) {
        if let Some(prev) = self.eh.prev_top {
            let base = self.eh_base();
            self.b.ins().store(mf(), prev, base, eh::TOP);
        }
    }

    /// Before a call: the record notes the site.
    pub(crate) fn eh_site(&mut self) {
        if let Some(ss) = self.eh.record {
            let off = self.b.ins().iconst(types::I64, i64::from(self.cur_off));
            let rec = self.b.ins().stack_addr(types::I64, ss, 0);
            self.b.ins().store(mf(), off, rec, eh::REC_OFFSET);
        }
    }

    /// After a call that may throw: on a pending exception, go to the dispatch block.
    pub(crate) fn eh_check(&mut self) {
        let base = match self.eh.state_slot {
            Some(ss) => {
                let a = self.b.ins().stack_addr(types::I64, ss, 0);
                self.b.ins().load(types::I64, mf(), a, 0)
            }
            None => self.eh_base(),
        };
        let p = self.b.ins().load(types::I64, mf(), base, eh::PENDING);
        let cont = self.b.create_block();
        let disp = self.site_dispatch(self.cur_off);
        self.b.ins().brif(p, disp, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// After a call that always leaves an exception pending. With no clause covering
    /// the site the frame is left right here: a cold path that ends in its own `return`
    /// keeps the hot code's register allocation as it was with a trap.
    pub(crate) fn eh_goto_dispatch(&mut self) {
        let first = eh::covering(&self.eh.rt, self.cur_off).first().copied();
        if first.is_none() && !self.eh.filter_mode {
            if let Some(me) = self.eh.me {
                self.leave_frame(me);
                return;
            }
        }
        let disp = self.site_dispatch(self.cur_off);
        self.b.ins().jump(disp, &[]);
    }

    /// Notes the frame in the pending exception's trace, unlinks the record and returns
    /// zeros.
    fn leave_frame(&mut self, me: MethodId) {
        let base = self.eh_base();
        let exc = self.b.ins().load(types::I64, mf(), base, eh::PENDING);
        let m = self.me_value(me);
        self.raw_call(
            eh::rt_eh_frame as *const () as usize,
            &[types::I64, types::I32],
            &[],
            &[exc, m],
        );
        self.eh_epilogue();
        self.return_zeros();
    }

    /// `throw`.
    pub(super) fn throw(&mut self) -> TResult<()> {
        let ex = self.pop()?;
        self.eh_site();
        self.raw_call(
            eh::rt_throw as *const () as usize,
            &[types::I64],
            &[],
            &[ex.v],
        );
        self.eh_goto_dispatch();
        Ok(())
    }

    /// `rethrow`: the exception of the innermost catch handler containing the site.
    pub(super) fn rethrow(&mut self) -> TResult<()> {
        let off = self.cur_off;
        let clause = (0..self.clauses.len())
            .filter(|&i| {
                let c = self.clauses[i];
                matches!(c.kind, ClauseKind::Catch(_) | ClauseKind::Filter(_))
                    && off >= c.handler_offset
                    && off < c.handler_offset + c.handler_length
            })
            .min_by_key(|&i| self.clauses[i].handler_length)
            .ok_or_else(|| invalid("rethrow outside a catch handler"))?;
        let var = *self
            .eh
            .exc_vars
            .get(&clause)
            .ok_or_else(|| invalid("rethrow outside a catch handler"))?;
        let exc = self.b.use_var(var);
        self.eh_site();
        self.raw_call(
            eh::rt_rethrow as *const () as usize,
            &[types::I64],
            &[],
            &[exc],
        );
        self.eh_goto_dispatch();
        Ok(())
    }
}
