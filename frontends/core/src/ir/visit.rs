//! Walking the IR: each function visits the direct children of a node (expressions and
//! statements), so passes write only the cases they care about and recurse through the
//! rest. Lambda bodies are children of their `Lambda` expression.

use super::{Body, Expr, ExprKind, MethodRef, Stmt};
use crate::types::Ty;

/// A child node handed to a visitor.
pub enum Child<'a> {
    Expr(&'a mut Expr),
    Stmt(&'a mut Stmt),
}

/// Calls `cb` on every direct child of `e` (expressions, and the statements of
/// `Sequence` and lambda bodies).
pub fn children_mut(e: &mut Expr, cb: &mut dyn FnMut(Child<'_>)) {
    use ExprKind::*;
    match &mut e.kind {
        Const(_) | DefaultValue | Local(_) | Arg(_) | This | Base | OldValue | TypeOf(_)
        | SizeOf(_) => {}
        Field { receiver, .. } => {
            if let Some(r) = receiver {
                cb(Child::Expr(r));
            }
        }
        ArrayElement { array, indices } => {
            cb(Child::Expr(array));
            indices.iter_mut().for_each(|i| cb(Child::Expr(i)));
        }
        ArrayLength(x)
        | Convert { operand: x, .. }
        | Box(x)
        | Unbox(x)
        | CastClass(x)
        | IsInst(x)
        | Nop(x)
        | AddressOf(x)
        | Deref(x)
        | StackAlloc(x)
        | Throw(x) => cb(Child::Expr(x)),
        Unary { operand, .. } => cb(Child::Expr(operand)),
        Call(c) => {
            if let Some(r) = &mut c.receiver {
                cb(Child::Expr(r));
            }
            c.args.iter_mut().for_each(|a| cb(Child::Expr(a)));
        }
        Property(p) => {
            if let Some(r) = &mut p.receiver {
                cb(Child::Expr(r));
            }
            p.args.iter_mut().for_each(|a| cb(Child::Expr(a)));
        }
        NewObject { args, .. } => args.iter_mut().for_each(|a| cb(Child::Expr(a))),
        NewArray { sizes } => sizes.iter_mut().for_each(|a| cb(Child::Expr(a))),
        ArrayInit { values } | Concat(values) => values.iter_mut().for_each(|a| cb(Child::Expr(a))),
        RectangularInit { values, .. } => values.iter_mut().for_each(|a| cb(Child::Expr(a))),
        Binary { left, right, .. }
        | Compare { left, right, .. }
        | AndAlso(left, right)
        | OrElse(left, right)
        | Coalesce(left, right) => {
            cb(Child::Expr(left));
            cb(Child::Expr(right));
        }
        Conditional {
            condition,
            then,
            otherwise,
        } => {
            cb(Child::Expr(condition));
            cb(Child::Expr(then));
            cb(Child::Expr(otherwise));
        }
        Assign { target, value } | CompoundAssign { target, value, .. } => {
            cb(Child::Expr(target));
            cb(Child::Expr(value));
        }
        NewDelegate { receiver, .. } => {
            if let Some(r) = receiver {
                cb(Child::Expr(r));
            }
        }
        Sequence(stmts, value) => {
            stmts.iter_mut().for_each(|s| cb(Child::Stmt(s)));
            cb(Child::Expr(value));
        }
        Lambda(l) => l.body.iter_mut().for_each(|s| cb(Child::Stmt(s))),
    }
}

/// Calls `cb` on every direct child of `s`.
pub fn stmt_children_mut(s: &mut Stmt, cb: &mut dyn FnMut(Child<'_>)) {
    match s {
        Stmt::Expr(e) | Stmt::Return(Some(e)) | Stmt::Throw(Some(e)) | Stmt::Yield(Some(e)) => {
            cb(Child::Expr(e))
        }
        Stmt::Block(b) => b.iter_mut().for_each(|s| cb(Child::Stmt(s))),
        Stmt::If {
            condition,
            then,
            otherwise,
        } => {
            cb(Child::Expr(condition));
            cb(Child::Stmt(then));
            if let Some(o) = otherwise {
                cb(Child::Stmt(o));
            }
        }
        Stmt::Loop {
            condition,
            body,
            step,
            ..
        } => {
            if let Some(c) = condition {
                cb(Child::Expr(c));
            }
            cb(Child::Stmt(body));
            step.iter_mut().for_each(|s| cb(Child::Stmt(s)));
        }
        Stmt::DoWhile {
            body, condition, ..
        } => {
            cb(Child::Stmt(body));
            cb(Child::Expr(condition));
        }
        Stmt::Switch { value, body, .. } => {
            cb(Child::Expr(value));
            body.iter_mut().for_each(|s| cb(Child::Stmt(s)));
        }
        Stmt::Try {
            body,
            catches,
            finally,
        } => {
            body.iter_mut().for_each(|s| cb(Child::Stmt(s)));
            for c in catches.iter_mut() {
                if let Some(fl) = &mut c.filter {
                    cb(Child::Expr(fl));
                }
                c.body.iter_mut().for_each(|s| cb(Child::Stmt(s)));
            }
            if let Some(fin) = finally {
                fin.iter_mut().for_each(|s| cb(Child::Stmt(s)));
            }
        }
        Stmt::Label(_)
        | Stmt::Goto(_)
        | Stmt::Return(None)
        | Stmt::Throw(None)
        | Stmt::SeqPoint(_)
        | Stmt::ScopeStart(_)
        | Stmt::Yield(None) => {}
    }
}

/// Substitutes generic arguments (`!n` → `type_args[n]`, `!!n` → `method_args[n]`) in
/// every type an expression names: its own and its children's types, member references'
/// instantiations, type operands, lambdas' delegate constructors and return types.
pub fn subst_expr(e: &mut Expr, type_args: &[Ty], method_args: &[Ty]) {
    use ExprKind::*;
    let s = |t: &Ty| t.subst(type_args, method_args);
    let sm = |m: &mut MethodRef| {
        m.type_args = m.type_args.iter().map(s).collect();
        m.method_args = m.method_args.iter().map(s).collect();
    };
    e.ty = s(&e.ty);
    match &mut e.kind {
        Field { field, .. } => field.type_args = field.type_args.iter().map(s).collect(),
        Call(c) => sm(&mut c.method),
        Property(p) => {
            p.getter.iter_mut().chain(p.setter.iter_mut()).for_each(sm);
        }
        NewObject { ctor, .. } => sm(ctor),
        NewDelegate { ctor, method, .. } => {
            sm(ctor);
            sm(method);
        }
        TypeOf(t) | SizeOf(t) => *t = s(t),
        Lambda(l) => {
            sm(&mut l.delegate_ctor);
            l.ret = s(&l.ret);
        }
        _ => {}
    }
    children_mut(e, &mut |c| match c {
        Child::Expr(x) => subst_expr(x, type_args, method_args),
        Child::Stmt(x) => subst_stmt(x, type_args, method_args),
    });
}

/// `subst_expr` over a statement (catch types included).
pub fn subst_stmt(st: &mut Stmt, type_args: &[Ty], method_args: &[Ty]) {
    if let Stmt::Try { catches, .. } = st {
        for c in catches.iter_mut() {
            c.ty = c.ty.subst(type_args, method_args);
        }
    }
    stmt_children_mut(st, &mut |c| match c {
        Child::Expr(x) => subst_expr(x, type_args, method_args),
        Child::Stmt(x) => subst_stmt(x, type_args, method_args),
    });
}

/// `subst_expr` over a whole body, locals' types included.
pub fn subst_body(body: &mut Body, type_args: &[Ty], method_args: &[Ty]) {
    for l in &mut body.locals {
        l.ty = l.ty.subst(type_args, method_args);
    }
    for s in &mut body.stmts {
        subst_stmt(s, type_args, method_args);
    }
}

/// Sets `body.has_lambdas`: whether any expression of the body is a `Lambda`.
pub fn note_lambdas(body: &mut Body) {
    fn stmt(s: &mut Stmt, found: &mut bool) {
        stmt_children_mut(s, &mut |c| match c {
            Child::Expr(e) => expr(e, found),
            Child::Stmt(st) => stmt(st, found),
        });
    }
    fn expr(e: &mut Expr, found: &mut bool) {
        if *found || matches!(e.kind, ExprKind::Lambda(_)) {
            *found = true;
            return;
        }
        children_mut(e, &mut |c| match c {
            Child::Expr(x) => expr(x, found),
            Child::Stmt(st) => stmt(st, found),
        });
    }
    let mut found = false;
    for s in &mut body.stmts {
        stmt(s, &mut found);
    }
    body.has_lambdas = found;
}
