//! Definite assignment on hand-built bodies: joins, loops, `goto`s, `try`, lambdas.

use super::{ReadKind, analyze};
use crate::constant::ConstValue;
use crate::ir::{Body, Expr, ExprKind, LocalId, Stmt};
use crate::source::TextRange;
use crate::types::Ty;

fn local(id: LocalId) -> Expr {
    Expr::new(ExprKind::Local(id), Ty::String)
}

fn use_(id: LocalId) -> Stmt {
    Stmt::Expr(Expr::new(
        ExprKind::Concat(vec![local(id), local(id)]),
        Ty::String,
    ))
}

fn set(id: LocalId) -> Stmt {
    Stmt::Expr(Expr::new(
        ExprKind::Assign {
            target: Box::new(local(id)),
            value: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
        },
        Ty::Void,
    ))
}

fn cond() -> Expr {
    Expr::constant(ConstValue::Bool(true), Ty::Bool)
}

fn body_with(n: usize) -> (Body, Vec<LocalId>) {
    let mut b = Body::default();
    let ids = (0..n)
        .map(|i| b.new_local(&format!("l{i}"), Ty::String, false))
        .collect();
    (b, ids)
}

fn unassigned(b: &Body) -> Vec<(u32, ReadKind)> {
    analyze(b)
        .unassigned_reads
        .iter()
        .map(|r| (r.local.0, r.kind))
        .collect()
}

#[test]
fn assignment_on_one_branch_only() {
    let (mut b, l) = body_with(2);
    b.stmts = vec![
        set(l[1]),
        Stmt::If {
            condition: Box::new(cond()),
            then: Box::new(set(l[0])),
            otherwise: Some(Box::new(set(l[1]))),
        },
        use_(l[0]),
        use_(l[1]),
    ];
    assert_eq!(unassigned(&b), vec![(0, ReadKind::Value)]);
}

#[test]
fn loop_back_edge_and_break() {
    let (mut b, l) = body_with(2);
    let brk = b.new_label();
    let cont = b.new_label();
    // while c { use(l0); l0 = x; if c { l1 = x; break } }  use(l1)
    b.stmts = vec![
        Stmt::Loop {
            condition: Some(Box::new(cond())),
            body: Box::new(Stmt::Block(vec![
                use_(l[0]),
                set(l[0]),
                Stmt::If {
                    condition: Box::new(cond()),
                    then: Box::new(Stmt::Block(vec![set(l[1]), Stmt::Goto(brk)])),
                    otherwise: None,
                },
            ])),
            step: Vec::new(),
            break_label: brk,
            continue_label: cont,
        },
        use_(l[1]),
    ];
    assert_eq!(
        unassigned(&b),
        vec![(0, ReadKind::Value), (1, ReadKind::Value)]
    );
    assert!(analyze(&b).end_reachable);
}

#[test]
fn infinite_loop_ends_nothing_and_backward_goto_reruns() {
    let (mut b, l) = body_with(1);
    let (brk, cont) = (b.new_label(), b.new_label());
    b.stmts = vec![Stmt::Loop {
        condition: None,
        body: Box::new(set(l[0])),
        step: Vec::new(),
        break_label: brk,
        continue_label: cont,
    }];
    let a = analyze(&b);
    assert!(!a.end_reachable);
    assert!(a.unassigned_reads.is_empty());

    // top: if c { use(l0) } ; l0 = x ; goto top (the second time round l0 is assigned,
    // but the first time it is not)
    let (mut b, l) = body_with(1);
    let top = b.new_label();
    b.stmts = vec![
        Stmt::SeqPoint(TextRange { start: 1, end: 2 }),
        Stmt::Label(top),
        Stmt::If {
            condition: Box::new(cond()),
            then: Box::new(use_(l[0])),
            otherwise: None,
        },
        set(l[0]),
        Stmt::Goto(top),
    ];
    let a = analyze(&b);
    assert_eq!(a.unassigned_reads.len(), 1);
    assert_eq!(
        a.unassigned_reads[0].statement,
        Some(TextRange { start: 1, end: 2 })
    );
    assert!(!a.end_reachable);
}

#[test]
fn try_finally_and_byref_and_returns() {
    let (mut b, l) = body_with(3);
    b.stmts = vec![
        Stmt::Try {
            body: vec![set(l[0])],
            catches: vec![crate::ir::Catch {
                ty: Ty::Object,
                local: None,
                filter: None,
                body: vec![use_(l[0])],
            }]
            .into(),
            finally: Some(vec![set(l[1])]),
        },
        use_(l[0]),
        use_(l[1]),
        Stmt::Expr(Expr::new(
            ExprKind::AddressOf(Box::new(local(l[2]))),
            Ty::ByRef(Box::new(Ty::String)),
        )),
        use_(l[2]),
        Stmt::Return(Some(local(l[2]))),
    ];
    // The catch may run before the try assigned l0; after the statement l0 may still be
    // unassigned (the catch did not assign it); the finally always assigns l1.
    assert_eq!(
        unassigned(&b),
        vec![(0, ReadKind::Value), (2, ReadKind::ByRef)]
    );
    assert!(!analyze(&b).end_reachable);
}

#[test]
fn scope_start_unassigns_and_lambda_params_are_assigned() {
    let mut b = Body::default();
    let s = b.new_scope(0);
    let x = b.new_local_in("x", Ty::String, false, s);
    let p = b.new_local_in("p", Ty::String, false, s);
    let (brk, cont) = (b.new_label(), b.new_label());
    let lambda = Expr::new(
        ExprKind::Lambda(Box::new(crate::ir::Lambda {
            delegate_ctor: crate::ir::MethodRef {
                id: crate::symbols::MethodId {
                    ty: crate::types::TypeId { asm: 0, idx: 0 },
                    idx: 0,
                },
                type_args: std::sync::Arc::from([]),
                method_args: std::sync::Arc::from([]),
            },
            params: vec![p],
            ret: Ty::Void,
            body: vec![Stmt::ScopeStart(s), use_(p)],
            scope: s,
        })),
        Ty::Object,
    );
    // loop { scope s: use(x); x = …; lambda }: the declaration makes x unassigned again
    // on every round.
    b.stmts = vec![Stmt::Loop {
        condition: Some(Box::new(cond())),
        body: Box::new(Stmt::Block(vec![
            Stmt::ScopeStart(s),
            use_(x),
            set(x),
            Stmt::Expr(lambda),
        ])),
        step: Vec::new(),
        break_label: brk,
        continue_label: cont,
    }];
    assert_eq!(unassigned(&b), vec![(x.0, ReadKind::Value)]);
}

#[test]
fn catch_variable_is_assigned_inside_its_scope() {
    let mut b = Body::default();
    let s = b.new_scope(0);
    let ex = b.new_local_in("ex", Ty::Object, false, s);
    b.stmts = vec![Stmt::Try {
        body: Vec::new(),
        catches: vec![crate::ir::Catch {
            ty: Ty::Object,
            local: Some(ex),
            filter: None,
            body: vec![Stmt::ScopeStart(s), use_(ex)],
        }]
        .into(),
        finally: None,
    }];
    assert!(analyze(&b).unassigned_reads.is_empty());
}
