//! Iterator blocks: which bodies are iterators (a `yield` outside lambdas), what they
//! yield (the element type of `IEnumerable<T>`/`IEnumerator<T>`, `object` for the
//! non-generic interfaces; CS1624 for anything else), and `yield return`/`yield break`
//! with C#'s placement rules (CS1621, CS1625, CS1626, CS1631). The state machine is
//! built later, by `frontend_core::lower::iterators`.

use super::BodyBinder;
use crate::syntax::{self as syn, StmtKind as S};
use frontend_core::diag::Code;
use frontend_core::ir::{IteratorKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

/// Whether statements hold a `yield` (not looking into lambdas or local functions).
/// Blocks the parser marked as holding none are not looked into.
pub(crate) fn contains_yield(stmts: &[syn::Stmt]) -> bool {
    stmts.iter().any(stmt_yields)
}

/// Whether a block holds a `yield` (see [`contains_yield`]).
fn block_yields(b: &syn::Block) -> bool {
    b.may_yield && contains_yield(&b.statements)
}

fn stmt_yields(s: &syn::Stmt) -> bool {
    match &s.kind {
        S::YieldReturn(_) | S::YieldBreak => true,
        S::Block(b) | S::Checked(b) | S::Unchecked(b) | S::Unsafe(b) => block_yields(b),
        S::If {
            then, otherwise, ..
        } => stmt_yields(then) || otherwise.as_deref().is_some_and(stmt_yields),
        S::While { body, .. }
        | S::Do { body, .. }
        | S::For { body, .. }
        | S::Foreach { body, .. }
        | S::Fixed { body, .. }
        | S::Using { body, .. }
        | S::Labeled {
            statement: body, ..
        } => stmt_yields(body),
        S::Switch { sections, .. } => sections.iter().any(|s| contains_yield(&s.statements)),
        S::Try {
            body,
            catches,
            finally,
        } => {
            block_yields(body)
                || catches.iter().any(|c| block_yields(&c.body))
                || finally.as_ref().is_some_and(block_yields)
        }
        _ => false,
    }
}

impl BodyBinder<'_> {
    /// What a method returning `ret` yields, if it can be an iterator.
    pub(crate) fn iterator_kind(&self, ret: &Ty) -> Option<IteratorKind> {
        let generic = |ns: &str, name: &str| self.world.well_known(ns, name);
        match ret {
            Ty::Named(id, args) if args.len() == 1 => {
                let enumerable =
                    Some(*id) == generic("System.Collections.Generic", "IEnumerable`1");
                let enumerator =
                    Some(*id) == generic("System.Collections.Generic", "IEnumerator`1");
                (enumerable || enumerator).then(|| IteratorKind {
                    element: args[0].clone(),
                    enumerable,
                })
            }
            Ty::Named(id, args) if args.is_empty() => {
                let enumerable = Some(*id) == generic("System.Collections", "IEnumerable");
                let enumerator = Some(*id) == generic("System.Collections", "IEnumerator");
                (enumerable || enumerator).then_some(IteratorKind {
                    element: Ty::Object,
                    enumerable,
                })
            }
            _ => None,
        }
    }

    /// Makes this body an iterator, or reports CS1624 at `name`.
    pub(crate) fn begin_iterator(&mut self, name: TextRange) {
        let ret = self.method.ret.clone();
        match self.iterator_kind(&ret) {
            Some(k) => self.iterator = Some(k),
            None => {
                let shown =
                    crate::bind::display::method(self.world, &self.self_ty.clone(), self.method);
                let r = self.show(&ret);
                self.error(Code::CS1624, name, &[&shown, &r]);
            }
        }
    }

    /// `yield return e;` and `yield break;`.
    pub(crate) fn yield_stmt(&mut self, kind: &S, range: TextRange, out: &mut Vec<Stmt>) {
        let at = self.first_token(range);
        if !self.ret_stack.is_empty() {
            self.error(Code::CS1621, at, &[]);
            return;
        }
        let Some(k) = self.iterator.clone() else {
            // Not an iterator: CS1624 was reported at the method.
            return;
        };
        if self.finally_depth > 0 {
            self.error(Code::CS1625, at, &[]);
            return;
        }
        out.push(self.seq_point(range));
        match kind {
            S::YieldReturn(e) => {
                if self.catch_depth > 0 {
                    self.error(Code::CS1631, at, &[]);
                } else if self.try_catch_depth > 0 {
                    self.error(Code::CS1626, at, &[]);
                }
                let v = self.expr_to(e, &k.element);
                out.push(Stmt::Yield(Some(v)));
            }
            _ => {
                out.push(Stmt::Yield(None));
                self.reachable = false;
            }
        }
    }
}
