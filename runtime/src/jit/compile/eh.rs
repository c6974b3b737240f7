//! `leave` and `endfinally`. Each `finally` and `fault` clause gets a continuation
//! variable and a list of destinations, gathered before compiling from every `leave`
//! that exits its `try` (an IL offset, or the next enclosing finally to run) plus one for
//! unwinding (the next clause's dispatch block, see `dispatch`). `leave` sets the
//! continuation of every finally it exits (innermost first) and jumps to the innermost
//! handler; the dispatch block sets "unwind on"; `endfinally` switches on it.

use super::{Compiler, invalid};
use crate::typesys::TResult;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, types};
use cranelift_frontend::Variable;
use il_emit::il::body::ClauseKind;
use il_emit::il::decode::{DecodedOperand, Instruction};
use il_emit::il::opcode::Opcode;

/// Where a finally handler continues.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dest {
    /// The leave's target.
    Offset(u32),
    /// The handler of another finally clause (index into `Finallys::clauses`).
    Finally(usize),
    /// Unwinding goes on at the dispatch block of this clause (index into the method's
    /// clauses), or leaves the method.
    Unwind(Option<usize>),
}

#[derive(Debug)]
struct FinallyClause {
    /// The index in the method's clause table.
    idx: usize,
    fault: bool,
    try_start: u32,
    try_end: u32,
    handler_start: u32,
    handler_end: u32,
    cont: Option<Variable>,
    dests: Vec<Dest>,
}

/// The method's finally clauses.
#[derive(Debug, Default)]
pub(crate) struct Finallys {
    clauses: Vec<FinallyClause>,
}

impl Finallys {
    pub(crate) fn new(c: &mut Compiler<'_>, instrs: &[Instruction]) -> Finallys {
        let mut clauses: Vec<FinallyClause> = c
            .clauses
            .iter()
            .enumerate()
            .filter(|(_, cl)| matches!(cl.kind, ClauseKind::Finally | ClauseKind::Fault))
            .map(|(idx, cl)| FinallyClause {
                idx,
                fault: cl.kind == ClauseKind::Fault,
                try_start: cl.try_offset,
                try_end: cl.try_offset + cl.try_length,
                handler_start: cl.handler_offset,
                handler_end: cl.handler_offset + cl.handler_length,
                cont: None,
                dests: Vec::new(),
            })
            .collect();
        let mut f = Finallys {
            clauses: Vec::new(),
        };
        std::mem::swap(&mut f.clauses, &mut clauses);
        for ins in instrs {
            if !matches!(ins.opcode, Opcode::Leave | Opcode::LeaveS) {
                continue;
            }
            let DecodedOperand::Target(t) = ins.operand else {
                continue;
            };
            let chain = f.exited(ins.offset, t);
            for (i, &ci) in chain.iter().enumerate() {
                let d = match chain.get(i + 1) {
                    Some(&next) => Dest::Finally(next),
                    None => Dest::Offset(t),
                };
                if !f.clauses[ci].dests.contains(&d) {
                    f.clauses[ci].dests.push(d);
                }
            }
        }
        if !c.eh.filter_mode {
            for cl in &mut f.clauses {
                let d = Dest::Unwind(crate::jit::eh::next_clause(&c.eh.rt, cl.idx));
                cl.dests.push(d);
            }
        }
        for cl in &mut f.clauses {
            if !cl.dests.is_empty() {
                let v = c.b.declare_var(types::I32);
                let z = c.b.ins().iconst(types::I32, 0);
                c.b.def_var(v, z);
                cl.cont = Some(v);
            }
        }
        f
    }

    /// The finally clauses a `leave` at `from` to `to` exits, innermost first.
    fn exited(&self, from: u32, to: u32) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.clauses.len())
            .filter(|&i| {
                let c = &self.clauses[i];
                let inside = |o: u32| o >= c.try_start && o < c.try_end;
                !c.fault && inside(from) && !inside(to)
            })
            .collect();
        v.sort_by_key(|&i| self.clauses[i].try_end - self.clauses[i].try_start);
        v
    }
}

impl Compiler<'_> {
    /// The dispatch block of clause `idx` enters its handler to unwind on to `next`.
    pub(super) fn enter_finally_unwinding(
        &mut self,
        idx: usize,
        next: Option<usize>,
    ) -> TResult<()> {
        let cl = self
            .finally
            .clauses
            .iter()
            .find(|c| c.idx == idx)
            .ok_or_else(|| invalid("finally clause missing"))?;
        let d = Dest::Unwind(next);
        let pos = cl.dests.iter().position(|&x| x == d).unwrap_or(0);
        if let Some(var) = cl.cont {
            let v = self.b.ins().iconst(types::I32, pos as i64);
            self.b.def_var(var, v);
        }
        Ok(())
    }

    pub(super) fn leave(&mut self, from: u32, to: u32) -> TResult<()> {
        let chain = self.finally.exited(from, to);
        let Some(&first) = chain.first() else {
            return self.edge(to);
        };
        for (i, &ci) in chain.iter().enumerate() {
            let d = match chain.get(i + 1) {
                Some(&next) => Dest::Finally(next),
                None => Dest::Offset(to),
            };
            let cl = &self.finally.clauses[ci];
            let idx = cl.dests.iter().position(|&x| x == d).unwrap_or(0);
            if let Some(var) = cl.cont {
                let v = self.b.ins().iconst(types::I32, idx as i64);
                self.b.def_var(var, v);
            }
        }
        let start = self.finally.clauses[first].handler_start;
        self.edge(start)
    }

    pub(super) fn endfinally(&mut self, at: u32) -> TResult<()> {
        let ci = self
            .finally
            .clauses
            .iter()
            .enumerate()
            .filter(|(_, c)| at >= c.handler_start && at < c.handler_end)
            .min_by_key(|(_, c)| c.handler_end - c.handler_start)
            .map(|(i, _)| i)
            .ok_or_else(|| invalid("endfinally outside a finally handler"))?;
        let dests = self.finally.clauses[ci].dests.clone();
        let idx = self.finally.clauses[ci].idx;
        let Some(var) = self.finally.clauses[ci].cont else {
            // Never entered (a filter function's view of the method).
            self.b
                .ins()
                .trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
            return Ok(());
        };
        let cont = self.b.use_var(var);
        for (i, d) in dests.iter().enumerate() {
            let target = match *d {
                Dest::Offset(o) => o,
                Dest::Finally(f) => self.finally.clauses[f].handler_start,
                Dest::Unwind(next) => {
                    if i + 1 == dests.len() {
                        self.resume_unwind(idx, next);
                        return Ok(());
                    }
                    let c = self.b.ins().icmp_imm_s(IntCC::Equal, cont, i as i64);
                    let yes = self.b.create_block();
                    let no = self.b.create_block();
                    self.b.ins().brif(c, yes, &[], no, &[]);
                    self.b.switch_to_block(yes);
                    self.resume_unwind(idx, next);
                    self.b.switch_to_block(no);
                    continue;
                }
            };
            if i + 1 == dests.len() {
                return self.edge(target);
            }
            let c = self.b.ins().icmp_imm_s(IntCC::Equal, cont, i as i64);
            let next = self.b.create_block();
            let (tb, args) = self.edge_args(target)?;
            self.b.ins().brif(c, tb, &args, next, &[]);
            self.b.switch_to_block(next);
        }
        Ok(())
    }
}
