//! The `MoveNext` state machine, its `<>m__FinallyN` methods and `Dispose`.
//!
//! Locals and parameters become fields of the iterator (`this` of the original method
//! becomes `<>4__this`). `yield return e` stores `e` in `<>2__current`, sets the state
//! to its resume number `k` and returns `true`; the label after it sets the state back
//! to that of the innermost enclosing `try` (or -1) and goes on. IL cannot jump into a
//! `try` from outside, so resuming dispatches in steps: `MoveNext` begins with a switch
//! on the state that jumps to the resume label, or to the label just before the
//! outermost `try` holding it; each such `try` begins with a switch of its own.
//!
//! A `try` that holds a `yield` gets a negative state while it runs and its `finally`
//! moves into a method that first restores the enclosing state; the `finally` left in
//! `MoveNext` calls it only when the state is negative, that is, unless the `try` is
//! being left to suspend. `Dispose` calls the finally methods of the `try`s the
//! suspended state is inside, innermost first, each protected by the next.

use super::{Layout, assign, call, compare, i4};
use crate::constant::ConstValue;
use crate::ir::visit::{Child, children_mut, stmt_children_mut};
use crate::ir::{Body, CmpOp, Expr, ExprKind, LabelId, LocalId, MethodRef, Stmt};
use crate::types::Ty;
use std::collections::BTreeSet;

/// A `try`'s finally, moved into its own method.
pub(super) struct Finally {
    pub(super) name: String,
    pub(super) body: Vec<Stmt>,
}

/// A resume point: its state and the finally methods around it, innermost first.
pub(super) struct Resume {
    pub(super) state: i32,
    pub(super) finallies: Vec<usize>,
}

/// What `build` produces.
pub(super) struct Machine {
    pub(super) move_next: Vec<Stmt>,
    pub(super) finallies: Vec<Finally>,
    pub(super) resumes: Vec<Resume>,
    pub(super) label_count: u32,
}

/// The locals that become fields: all but those of lambdas (their parameters and the
/// locals of their scopes) and `catch` variables, which never live across a `yield`.
pub(super) fn hoisted_locals(body: &Body) -> Vec<LocalId> {
    let mut lambda_scopes = BTreeSet::new();
    let mut lambda_params = BTreeSet::new();
    let mut catch_locals = BTreeSet::new();
    let mut stmts = body.stmts.clone();
    for s in &mut stmts {
        scan_stmt(s, &mut lambda_scopes, &mut lambda_params, &mut catch_locals);
    }
    let within_lambda = |mut scope: u32| loop {
        if lambda_scopes.contains(&scope) {
            return true;
        }
        match body.scope_parents.get(scope as usize).copied().flatten() {
            Some(p) => scope = p,
            None => return false,
        }
    };
    (0..body.locals.len() as u32)
        .map(LocalId)
        .filter(|l| {
            !lambda_params.contains(l)
                && !catch_locals.contains(l)
                && !within_lambda(body.locals[l.0 as usize].scope)
        })
        .collect()
}

fn scan_stmt(
    s: &mut Stmt,
    scopes: &mut BTreeSet<u32>,
    params: &mut BTreeSet<LocalId>,
    catches: &mut BTreeSet<LocalId>,
) {
    if let Stmt::Try { catches: cs, .. } = s {
        catches.extend(cs.iter().filter_map(|c| c.local));
    }
    stmt_children_mut(s, &mut |c| match c {
        Child::Expr(e) => scan_expr(e, scopes, params, catches),
        Child::Stmt(st) => scan_stmt(st, scopes, params, catches),
    });
}

fn scan_expr(
    e: &mut Expr,
    scopes: &mut BTreeSet<u32>,
    params: &mut BTreeSet<LocalId>,
    catches: &mut BTreeSet<LocalId>,
) {
    if let ExprKind::Lambda(l) = &e.kind {
        scopes.insert(l.scope);
        params.extend(l.params.iter().copied());
    }
    children_mut(e, &mut |c| match c {
        Child::Expr(x) => scan_expr(x, scopes, params, catches),
        Child::Stmt(st) => scan_stmt(st, scopes, params, catches),
    });
}

/// Whether a statement holds a `yield` (outside lambdas, which cannot).
fn has_yield(s: &Stmt) -> bool {
    match s {
        Stmt::Yield(_) => true,
        Stmt::Block(b) => b.iter().any(has_yield),
        Stmt::If {
            then, otherwise, ..
        } => has_yield(then) || otherwise.as_deref().is_some_and(has_yield),
        Stmt::Loop { body, step, .. } => has_yield(body) || step.iter().any(has_yield),
        Stmt::DoWhile { body, .. } => has_yield(body),
        Stmt::Switch { body, .. } => body.iter().any(has_yield),
        Stmt::Try {
            body,
            catches,
            finally,
        } => {
            body.iter().any(has_yield)
                || catches.iter().any(|c| c.body.iter().any(has_yield))
                || finally.as_ref().is_some_and(|f| f.iter().any(has_yield))
        }
        _ => false,
    }
}

/// Rewrites the body into `MoveNext`; finally methods are numbered from `first_finally`
/// in the class's method list.
pub(super) fn build(layout: &Layout, work: &Body, first_finally: u32, is_static: bool) -> Machine {
    let mut rw = Rewriter {
        l: layout,
        is_static,
        next_label: work.label_count,
        next_resume: 1,
        next_try_state: -3,
        finallies: Vec::new(),
        resumes: Vec::new(),
        tries: Vec::new(),
        first_finally,
    };
    let start = rw.label();
    let done = rw.label();
    let after = rw.label();
    let mut entries = vec![(0, start)];
    let body = rw.list(work.stmts.clone(), &mut entries);
    let mut out = vec![
        rw.dispatch(entries, done, after),
        Stmt::Label(after),
        Stmt::Label(start),
        layout.set_state(-1),
    ];
    out.extend(body);
    out.push(Stmt::Label(done));
    out.push(Stmt::Return(Some(Expr::constant(
        ConstValue::Bool(false),
        Ty::Bool,
    ))));
    Machine {
        move_next: out,
        label_count: rw.next_label,
        finallies: rw.finallies,
        resumes: rw.resumes,
    }
}

/// `Dispose`: the finally methods around the suspended state, innermost first, each
/// protected by the next. Returns the statements and the label count.
pub(super) fn dispose(
    layout: &Layout,
    resumes: &[Resume],
    finally: impl Fn(usize) -> MethodRef,
) -> (Vec<Stmt>, u32) {
    let mut chains: Vec<&Vec<usize>> = Vec::new();
    for r in resumes.iter().filter(|r| !r.finallies.is_empty()) {
        if !chains.contains(&&r.finallies) {
            chains.push(&r.finallies);
        }
    }
    if chains.is_empty() {
        return (vec![Stmt::Return(None)], 0);
    }
    let end = LabelId(chains.len() as u32);
    let run = |i: usize| Stmt::Expr(call(Some(layout.this()), finally(i), Vec::new(), Ty::Void));
    let mut cases = Vec::new();
    let mut body = Vec::new();
    for (n, chain) in chains.iter().enumerate() {
        let label = LabelId(n as u32);
        for r in resumes.iter().filter(|r| r.finallies == **chain) {
            cases.push((ConstValue::I4(r.state), label));
        }
        let mut stmt = run(chain[0]);
        for &outer in &chain[1..] {
            stmt = Stmt::Try {
                body: vec![stmt],
                catches: Vec::new().into(),
                finally: Some(vec![run(outer)]),
            };
        }
        body.extend([Stmt::Label(label), stmt, Stmt::Goto(end)]);
    }
    let switch = Stmt::Switch {
        value: Box::new(layout.state()),
        cases,
        default: end,
        body,
        break_label: end,
    };
    (vec![switch, Stmt::Return(None)], end.0 + 1)
}

struct Rewriter<'a> {
    l: &'a Layout,
    is_static: bool,
    next_label: u32,
    next_resume: i32,
    next_try_state: i32,
    finallies: Vec<Finally>,
    resumes: Vec<Resume>,
    /// Enclosing `try`s holding yields: (state, finally method index).
    tries: Vec<(i32, Option<usize>)>,
    first_finally: u32,
}

impl Rewriter<'_> {
    fn label(&mut self) -> LabelId {
        self.next_label += 1;
        LabelId(self.next_label - 1)
    }

    /// `switch (state)` to the entries; anything else goes to `default`.
    fn dispatch(&mut self, entries: Vec<(i32, LabelId)>, default: LabelId, brk: LabelId) -> Stmt {
        Stmt::Switch {
            value: Box::new(self.l.state()),
            cases: entries
                .into_iter()
                .map(|(k, l)| (ConstValue::I4(k), l))
                .collect(),
            default,
            body: Vec::new(),
            break_label: brk,
        }
    }

    fn current_state(&self) -> i32 {
        self.tries.last().map_or(-1, |t| t.0)
    }

    fn list(&mut self, stmts: Vec<Stmt>, entries: &mut Vec<(i32, LabelId)>) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out, entries);
        }
        out
    }

    /// One statement, as a single statement (a block when it expands).
    fn one(&mut self, s: Stmt, entries: &mut Vec<(i32, LabelId)>) -> Stmt {
        let mut out = Vec::new();
        self.stmt(s, &mut out, entries);
        if out.len() == 1 {
            out.pop().unwrap_or(Stmt::Block(Vec::new()))
        } else {
            Stmt::Block(out)
        }
    }

    fn stmt(&mut self, s: Stmt, out: &mut Vec<Stmt>, entries: &mut Vec<(i32, LabelId)>) {
        match s {
            Stmt::Yield(Some(mut e)) => {
                self.expr(&mut e);
                let k = self.next_resume;
                self.next_resume += 1;
                let resume = self.label();
                let current = self.l.field_of(self.l.this(), self.l.current, e.ty.clone());
                out.extend([
                    assign(current, e),
                    self.l.set_state(k),
                    Stmt::Return(Some(Expr::constant(ConstValue::Bool(true), Ty::Bool))),
                    Stmt::Label(resume),
                    self.l.set_state(self.current_state()),
                ]);
                entries.push((k, resume));
                let finallies = self.tries.iter().rev().filter_map(|t| t.1).collect();
                self.resumes.push(Resume {
                    state: k,
                    finallies,
                });
            }
            Stmt::Yield(None) => out.push(Stmt::Return(Some(Expr::constant(
                ConstValue::Bool(false),
                Ty::Bool,
            )))),
            Stmt::Try {
                body,
                mut catches,
                finally,
            } if body.iter().any(has_yield) => {
                let state = self.next_try_state;
                self.next_try_state -= 1;
                let parent = self.current_state();
                let fin = finally.map(|f| {
                    let index = self.finallies.len();
                    let mut moved = vec![self.l.set_state(parent)];
                    let mut none = Vec::new();
                    moved.extend(self.list(f, &mut none));
                    moved.push(Stmt::Return(None));
                    self.finallies.push(Finally {
                        name: format!("<>m__Finally{}", index + 1),
                        body: moved,
                    });
                    index
                });
                self.tries.push((state, fin));
                let mut inner = Vec::new();
                let rewritten = self.list(body, &mut inner);
                self.tries.pop();
                let before = self.label();
                for (k, _) in &inner {
                    entries.push((*k, before));
                }
                let fall = self.label();
                let mut new_body = vec![self.dispatch(inner, fall, fall), self.l.set_state(state)];
                new_body.extend(rewritten);
                for c in &mut catches {
                    if let Some(f) = &mut c.filter {
                        self.expr(f);
                    }
                    let mut none = Vec::new();
                    c.body = self.list(std::mem::take(&mut c.body), &mut none);
                }
                let finally = fin.map(|i| {
                    let method = MethodRef {
                        id: crate::symbols::MethodId {
                            ty: self.l.class,
                            idx: self.first_finally + i as u32,
                        },
                        type_args: self.l.self_args.clone(),
                        method_args: std::sync::Arc::from([]),
                    };
                    vec![Stmt::If {
                        condition: Box::new(compare(CmpOp::Lt, self.l.state(), i4(0))),
                        then: Box::new(Stmt::Expr(call(
                            Some(self.l.this()),
                            method,
                            Vec::new(),
                            Ty::Void,
                        ))),
                        otherwise: None,
                    }]
                });
                out.push(Stmt::Label(before));
                out.push(Stmt::Try {
                    body: new_body,
                    catches,
                    finally,
                });
            }
            mut other => {
                self.in_place(&mut other, entries);
                out.push(other);
            }
        }
    }

    /// Statements that stay one statement: their expressions rewritten, each nested
    /// statement (which may hold yields) expanded in place.
    fn in_place(&mut self, s: &mut Stmt, entries: &mut Vec<(i32, LabelId)>) {
        stmt_children_mut(s, &mut |c| match c {
            Child::Expr(e) => self.expr(e),
            Child::Stmt(st) => {
                let taken = std::mem::replace(st, Stmt::Block(Vec::new()));
                *st = self.one(taken, entries);
            }
        });
    }

    /// Locals, parameters and `this` of the original method → the iterator's fields.
    fn expr(&mut self, e: &mut Expr) {
        let l = self.l;
        let replaced = match &e.kind {
            ExprKind::Local(id) => l
                .locals
                .get(id)
                .map(|f| l.field_of(l.this(), *f, e.ty.clone())),
            ExprKind::This => l
                .this_field
                .map(|f| l.field_of(l.this(), f, l.owner_ty.clone())),
            ExprKind::Arg(n) => {
                let first = u16::from(!self.is_static);
                if *n < first {
                    l.this_field
                        .map(|f| l.field_of(l.this(), f, l.owner_ty.clone()))
                } else {
                    l.params
                        .get((*n - first) as usize)
                        .map(|(work, _)| l.field_of(l.this(), *work, e.ty.clone()))
                }
            }
            _ => None,
        };
        if let Some(r) = replaced {
            *e = r;
            return;
        }
        children_mut(e, &mut |c| match c {
            Child::Expr(x) => self.expr(x),
            Child::Stmt(st) => {
                let taken = std::mem::replace(st, Stmt::Block(Vec::new()));
                let mut none = Vec::new();
                *st = self.one(taken, &mut none);
            }
        });
    }
}
