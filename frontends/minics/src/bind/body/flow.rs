//! Definite assignment (C# §5.3): which locals may be read. A local declared without an
//! initializer is *unassigned* until a simple assignment, an `out` argument or a
//! declaration pattern assigns it; reading it where that may not have happened is
//! CS0165, reported once per local. The state is the set of unassigned locals; it flows
//! through statements beside `reachable` and meets at joins (after `if`/`else`, loops,
//! `switch`, `try`, and every `break`) as the union of the incoming sets. Unreachable
//! code contributes nothing.
//!
//! Where the rules depend on a condition's value (assignments inside `&&`, `||`, `?:`),
//! this analysis is deliberately optimistic: it counts them as assigned, so it never
//! reports a read C# accepts. Locals of user-defined structs (assignable field by field)
//! are not tracked.

use super::BodyBinder;
use frontend_core::diag::Code;
use frontend_core::ir::{LabelId, LocalId};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;
use std::collections::BTreeSet;

/// Unassigned locals at a point.
pub(crate) type Unassigned = BTreeSet<LocalId>;

/// The state after two paths meet: each is taken only if it is reachable.
pub(crate) fn join(
    a_reachable: bool,
    a: Unassigned,
    b_reachable: bool,
    b: Unassigned,
) -> Unassigned {
    match (a_reachable, b_reachable) {
        (true, false) => a,
        (false, true) => b,
        _ => a.union(&b).copied().collect(),
    }
}

impl BodyBinder<'_> {
    /// A local declared without a value: unassigned from here (if its type is tracked).
    pub(crate) fn declare_unassigned(&mut self, id: LocalId, ty: &Ty) {
        let field_wise = self.world.is_value_type(ty)
            && !ty.is_primitive()
            && self.world.nullable_underlying(ty).is_none()
            && !self.world.is_enum(ty);
        if !field_wise && !ty.is_error() {
            self.unassigned.insert(id);
        }
    }

    /// A read of `id` at `range`: CS0165 if it may be unassigned (once per local).
    pub(crate) fn check_read(&mut self, id: LocalId, range: TextRange) {
        if self.writing_target || !self.unassigned.remove(&id) {
            return;
        }
        if self.reachable {
            let name = self.body.locals[id.0 as usize].name.clone();
            self.error(Code::CS0165, range, &[&name]);
        }
    }

    /// `id` is assigned from here on.
    pub(crate) fn mark_assigned(&mut self, id: LocalId) {
        self.unassigned.remove(&id);
    }

    /// A `break` to `brk` from here.
    pub(crate) fn record_break(&mut self, brk: LabelId) {
        if self.reachable {
            let entry = self.break_unassigned.entry(brk).or_default();
            entry.extend(self.unassigned.iter().copied());
        }
    }

    /// Leaving a loop or `switch`: falling out of it (when `fall`, with `fall_state`)
    /// meets every `break` to `brk`.
    pub(crate) fn leave_breakable(&mut self, fall: bool, fall_state: Unassigned, brk: LabelId) {
        let broke = self.broke(brk);
        let at_breaks = self.break_unassigned.remove(&brk).unwrap_or_default();
        self.unassigned = join(fall, fall_state, broke, at_breaks);
        self.reachable = fall || broke;
    }
}

/// `out` parameters are tracked beside the locals, under ids past every local's.
const OUT_PARAM: u32 = 0x8000_0000;

/// The id an `out` parameter (IL argument `arg`) is tracked under.
pub(crate) fn out_param(arg: u16) -> LocalId {
    LocalId(OUT_PARAM + u32::from(arg))
}

impl BodyBinder<'_> {
    /// At entry every `out` parameter is unassigned (CS0269, CS0177).
    pub(crate) fn track_out_params(&mut self) {
        let first = u16::from(!self.method.is_static());
        for (i, p) in self.method.params.iter().enumerate() {
            if p.mode == frontend_core::symbols::ParamMode::Out {
                self.unassigned.insert(out_param(first + i as u16));
            }
        }
    }

    /// A read of the `out` parameter `arg`: CS0269 if it may be unassigned (once).
    pub(crate) fn check_out_read(&mut self, arg: u16, name: &str, range: TextRange) {
        if self.writing_target || !self.unassigned.remove(&out_param(arg)) {
            return;
        }
        if self.reachable {
            self.error(Code::CS0269, range, &[name]);
        }
    }

    /// An assignment's target (a local, or an `out` parameter through its address) is
    /// assigned from here on.
    pub(crate) fn mark_target_assigned(&mut self, target: &frontend_core::ir::Expr) {
        use frontend_core::ir::ExprKind;
        match &target.kind {
            ExprKind::Local(id) => self.mark_assigned(*id),
            ExprKind::Deref(p) => {
                if let ExprKind::Arg(n) = p.kind {
                    self.mark_assigned(out_param(n));
                }
            }
            _ => {}
        }
    }

    /// Control leaves the method at `range` (a `return`, or the end of the body): every
    /// `out` parameter must be assigned (CS0177). Not checked in lambdas, nor where a
    /// `finally` block still runs first (it may assign them).
    pub(crate) fn check_out_params(&mut self, range: TextRange) {
        if !self.reachable || !self.ret_stack.is_empty() || self.try_finally_depth > 0 {
            return;
        }
        let first = u16::from(!self.method.is_static());
        let missing: Vec<String> = (self.method.params.iter().enumerate())
            .filter(|(i, _)| self.unassigned.contains(&out_param(first + *i as u16)))
            .map(|(_, p)| p.name.clone())
            .collect();
        for name in missing {
            self.error(Code::CS0177, range, &[&name]);
        }
    }
}
