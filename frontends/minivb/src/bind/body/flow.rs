//! Loops and `Select Case`: `While`, `Do … Loop` with `While`/`Until` at either end,
//! `For … To … Step` (limit and step evaluated once; the direction from the step's
//! sign, known statically for constant steps), `For Each` over arrays and enumerables
//! (disposing the enumerator), and `Select Case` as a chain of tests over a temporary
//! (values, `a To b` ranges, `Is op x` clauses).

use super::{BlockKind, BodyBinder};
use crate::syntax as syn;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{BinOp, CmpOp, Expr, ExprKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    pub(crate) fn while_loop(&mut self, condition: &syn::Expr, body: &[syn::Stmt]) -> Stmt {
        let (brk, cont) = (self.body.new_label(), self.body.new_label());
        let c = self.condition(condition);
        self.blocks.push((BlockKind::While, brk, Some(cont)));
        let b = self.scoped_block(body);
        self.blocks.pop();
        Stmt::Loop {
            condition: Some(Box::new(c)),
            body: Box::new(b),
            step: Vec::new(),
            break_label: brk,
            continue_label: cont,
        }
    }

    fn loop_condition(&mut self, c: &syn::LoopCondition) -> Expr {
        match c {
            syn::LoopCondition::While(e) => self.condition(e),
            syn::LoopCondition::Until(e) => {
                let v = self.condition(e);
                Expr::new(
                    ExprKind::Unary {
                        op: frontend_core::ir::UnOp::LogicalNot,
                        operand: Box::new(v),
                        checked: false,
                    },
                    Ty::Bool,
                )
            }
        }
    }

    pub(crate) fn do_loop(
        &mut self,
        top: Option<&syn::LoopCondition>,
        bottom: Option<&syn::LoopCondition>,
        body: &[syn::Stmt],
    ) -> Stmt {
        let (brk, cont) = (self.body.new_label(), self.body.new_label());
        let top_c = top.map(|c| self.loop_condition(c));
        self.blocks.push((BlockKind::Do, brk, Some(cont)));
        let b = self.scoped_block(body);
        self.blocks.pop();
        match bottom {
            Some(c) => {
                let bc = self.loop_condition(c);
                let inner = Stmt::DoWhile {
                    body: Box::new(b),
                    condition: Box::new(bc),
                    break_label: brk,
                    continue_label: cont,
                };
                match top_c {
                    Some(tc) => Stmt::If {
                        condition: Box::new(tc),
                        then: Box::new(inner),
                        otherwise: None,
                    },
                    None => inner,
                }
            }
            None => Stmt::Loop {
                condition: top_c.map(Box::new),
                body: Box::new(b),
                step: Vec::new(),
                break_label: brk,
                continue_label: cont,
            },
        }
    }

    /// The control variable of a `For`/`For Each`: declared here or an existing one.
    fn control(&mut self, control: &syn::ForControl, inferred: Option<Ty>) -> Expr {
        match control {
            syn::ForControl::Declared { name, ty } => {
                let t = self.resolve_type(ty);
                let id = self.declare_local(&name.name.text, t, name.name.range);
                self.local_expr(id)
            }
            syn::ForControl::Expr(e) => {
                if let (syn::ExprKind::Name { name, .. }, Some(t)) = (&e.kind, &inferred) {
                    if self.lookup_var(&name.text).is_none() {
                        let saved = self.diags.len();
                        let probe = self.name_as_member(&name.text, Vec::new(), name.range, false);
                        self.diags.truncate(saved);
                        // Only a variable (field, property) is reused; any other
                        // meaning of the name (a type, nothing) declares a new local.
                        if !matches!(probe, super::Bound::Value(_)) {
                            // `For i = 1 To 10` declares `i` (Option Infer On).
                            let id = self.declare_local(&name.text, t.clone(), name.range);
                            return self.local_expr(id);
                        }
                    }
                }
                let v = self.expr(e);
                if !v.ty.is_error() {
                    self.check_assignable(&v, e.range);
                }
                v
            }
        }
    }

    pub(crate) fn for_loop(
        &mut self,
        control: &syn::ForControl,
        from: &syn::Expr,
        to: &syn::Expr,
        step: Option<&syn::Expr>,
        body: &[syn::Stmt],
        range: TextRange,
    ) -> Stmt {
        let scope = self.push_scope();
        let from_v = self.value(from);
        let to_probe_ty = from_v.ty.clone();
        let inferred = if matches!(control, syn::ForControl::Expr(_)) {
            let saved = self.diags.len();
            let to_v = self.value(to);
            self.diags.truncate(saved);
            let t = if to_probe_ty == to_v.ty || to_v.ty.is_error() {
                to_probe_ty.clone()
            } else {
                crate::bind::constfold::arith_type(&to_probe_ty, &to_v.ty)
                    .unwrap_or(to_probe_ty.clone())
            };
            Some(t)
        } else {
            None
        };
        let var = self.control(control, inferred);
        let vt = var.ty.clone();
        if !(vt.is_numeric() && vt != Ty::Char || self.world.is_enum(&vt) || vt.is_error()) {
            let shown = self.show(&vt);
            self.error(Code::BC31084, range, &[&shown]);
        }
        let init = self.convert(from_v, &vt, from.range);
        let limit = self.expr_to(to, &vt);
        let step_v = match step {
            Some(s) => self.expr_to(s, &vt),
            None => Expr::constant(crate::bind::constfold::int_const(1, &vt), vt.clone()),
        };
        let step_v = match (&step_v.kind, &vt) {
            (ExprKind::Const(ConstValue::I4(_)), Ty::R8) => self.convert(step_v, &Ty::R8, range),
            _ => step_v,
        };
        let mut pre = vec![Stmt::ScopeStart(scope)];
        let lim = self.temp(vt.clone());
        let lim_e = self.local_expr(lim);
        pre.push(Self::assign_stmt(var.clone(), init));
        pre.push(Self::assign_stmt(lim_e.clone(), limit));
        let (step_e, sign) = match &step_v.kind {
            ExprKind::Const(c) => {
                let neg = c.as_f64().is_some_and(|f| f < 0.0);
                (step_v.clone(), Some(neg))
            }
            _ => {
                let st = self.temp(vt.clone());
                let se = self.local_expr(st);
                pre.push(Self::assign_stmt(se.clone(), step_v));
                (se, None)
            }
        };
        let cmp = |op: CmpOp, a: Expr, b: Expr| {
            Expr::new(
                ExprKind::Compare {
                    op,
                    left: Box::new(a),
                    right: Box::new(b),
                },
                Ty::Bool,
            )
        };
        let zero = Expr::constant(
            match vt {
                Ty::R8 => ConstValue::R8(0.0),
                Ty::R4 => ConstValue::R4(0.0),
                _ => crate::bind::constfold::int_const(0, &vt),
            },
            vt.clone(),
        );
        let cond = match sign {
            Some(false) => cmp(CmpOp::Le, var.clone(), lim_e.clone()),
            Some(true) => cmp(CmpOp::Ge, var.clone(), lim_e.clone()),
            None => {
                let up = Expr::new(
                    ExprKind::AndAlso(
                        Box::new(cmp(CmpOp::Ge, step_e.clone(), zero.clone())),
                        Box::new(cmp(CmpOp::Le, var.clone(), lim_e.clone())),
                    ),
                    Ty::Bool,
                );
                let down = Expr::new(
                    ExprKind::AndAlso(
                        Box::new(cmp(CmpOp::Lt, step_e.clone(), zero)),
                        Box::new(cmp(CmpOp::Ge, var.clone(), lim_e.clone())),
                    ),
                    Ty::Bool,
                );
                Expr::new(ExprKind::OrElse(Box::new(up), Box::new(down)), Ty::Bool)
            }
        };
        let (brk, cont) = (self.body.new_label(), self.body.new_label());
        self.blocks.push((BlockKind::For, brk, Some(cont)));
        let b = self.scoped_block(body);
        self.blocks.pop();
        self.pop_scope();
        let next = Expr::new(ExprKind::OldValue, vt.clone());
        let inc = self.binary(syn::BinaryOp::Add, next, step_e, range);
        let inc = if inc.ty != vt && !inc.ty.is_error() {
            self.convert_explicit(inc, &vt, range)
        } else {
            inc
        };
        let step_stmt = Stmt::Expr(Expr::new(
            ExprKind::CompoundAssign {
                target: Box::new(var),
                value: Box::new(inc),
                postfix: false,
            },
            Ty::Void,
        ));
        pre.push(Stmt::Loop {
            condition: Some(Box::new(cond)),
            body: Box::new(b),
            step: vec![step_stmt],
            break_label: brk,
            continue_label: cont,
        });
        Stmt::Block(pre)
    }

    pub(crate) fn for_each(
        &mut self,
        control: &syn::ForControl,
        collection: &syn::Expr,
        body: &[syn::Stmt],
        range: TextRange,
    ) -> Stmt {
        let coll = self.value(collection);
        if coll.ty.is_error() {
            return Stmt::Block(Vec::new());
        }
        let (brk, cont) = (self.body.new_label(), self.body.new_label());
        let scope = self.push_scope();
        let mut pre = vec![Stmt::ScopeStart(scope)];
        let result = if let Ty::Array(elem, 1) = coll.ty.clone() {
            let arr = self.temp(coll.ty.clone());
            let idx = self.temp(Ty::I4);
            let (ae, ie) = (self.local_expr(arr), self.local_expr(idx));
            // A control variable declared here is fresh in every iteration (VB 11 on),
            // so lambdas capture each element.
            let iteration = self.push_scope();
            let var = self.control(control, Some((*elem).clone()));
            let item = Expr::new(
                ExprKind::ArrayElement {
                    array: Box::new(ae.clone()),
                    indices: vec![ie.clone()],
                },
                (*elem).clone(),
            );
            let vt = var.ty.clone();
            let item = self.convert_explicit(item, &vt, range);
            self.blocks.push((BlockKind::For, brk, Some(cont)));
            let b = self.scoped_block(body);
            self.blocks.pop();
            self.pop_scope();
            let len = Expr::new(ExprKind::ArrayLength(Box::new(ae.clone())), Ty::I4);
            let cond = Expr::new(
                ExprKind::Compare {
                    op: CmpOp::Lt,
                    left: Box::new(ie.clone()),
                    right: Box::new(len),
                },
                Ty::Bool,
            );
            let inc = Expr::new(
                ExprKind::Binary {
                    op: BinOp::Add,
                    left: Box::new(ie.clone()),
                    right: Box::new(Expr::constant(ConstValue::I4(1), Ty::I4)),
                    checked: false,
                },
                Ty::I4,
            );
            pre.push(Self::assign_stmt(ae, coll));
            pre.push(Self::assign_stmt(
                ie.clone(),
                Expr::constant(ConstValue::I4(0), Ty::I4),
            ));
            Stmt::Loop {
                condition: Some(Box::new(cond)),
                body: Box::new(Stmt::Block(vec![
                    Stmt::ScopeStart(iteration),
                    Self::assign_stmt(var, item),
                    b,
                ])),
                step: vec![Self::assign_stmt(ie, inc)],
                break_label: brk,
                continue_label: cont,
            }
        } else {
            // On an interface, enumerate through `IEnumerable(Of T)` when it has it (its
            // base `IEnumerable` would give `Object` elements).
            let coll = match self.generic_enumerable(&coll.ty) {
                Some(ie) if self.world.is_interface(&coll.ty) => {
                    Expr::new(ExprKind::Nop(Box::new(coll)), ie)
                }
                _ => coll,
            };
            if self.find_member(&coll.ty, "GetEnumerator").is_none() {
                let shown = self.show(&coll.ty);
                self.error(Code::BC32023, collection.range, &[&shown]);
                self.pop_scope();
                return Stmt::Block(Vec::new());
            }
            let get = self.call_named(coll, "GetEnumerator", Vec::new());
            if get.ty.is_error() {
                self.pop_scope();
                return Stmt::Block(Vec::new());
            }
            let e = self.temp(get.ty.clone());
            let ee = self.local_expr(e);
            let current = self.property_get(ee.clone(), "Current");
            let iteration = self.push_scope();
            let var = self.control(control, Some(current.ty.clone()));
            let vt = var.ty.clone();
            let item = self.convert_explicit(current, &vt, range);
            let move_next = self.call_named(ee.clone(), "MoveNext", Vec::new());
            self.blocks.push((BlockKind::For, brk, Some(cont)));
            let b = self.scoped_block(body);
            self.blocks.pop();
            self.pop_scope();
            let loop_ = Stmt::Loop {
                condition: Some(Box::new(move_next)),
                body: Box::new(Stmt::Block(vec![
                    Stmt::ScopeStart(iteration),
                    Self::assign_stmt(var, item),
                    b,
                ])),
                step: Vec::new(),
                break_label: brk,
                continue_label: cont,
            };
            pre.push(Self::assign_stmt(ee.clone(), get));
            match self.dispose(ee) {
                Some(d) => Stmt::Try {
                    body: vec![loop_],
                    catches: Vec::new().into(),
                    finally: Some(vec![d]),
                },
                None => loop_,
            }
        };
        self.pop_scope();
        pre.push(result);
        Stmt::Block(pre)
    }

    /// `Select Case v` as tests over a temporary, in order.
    pub(crate) fn select(
        &mut self,
        value: &syn::Expr,
        cases: &[syn::CaseBlock],
        range: TextRange,
    ) -> Stmt {
        let v = self.value(value);
        let t = self.temp(v.ty.clone());
        let te = self.local_expr(t);
        let brk = self.body.new_label();
        let mut out = vec![
            Stmt::SeqPoint(value.range),
            Self::assign_stmt(te.clone(), v),
        ];
        let mut arms: Vec<(Option<Expr>, Stmt)> = Vec::new();
        self.blocks.push((BlockKind::Select, brk, None));
        for c in cases {
            let mut test: Option<Expr> = None;
            let mut is_else = false;
            for clause in &c.clauses {
                let one = match clause {
                    syn::CaseClause::Else => {
                        is_else = true;
                        continue;
                    }
                    syn::CaseClause::Value(x) => {
                        let r = self.value(x);
                        self.binary(syn::BinaryOp::Eq, te.clone(), r, x.range)
                    }
                    syn::CaseClause::Range(a, b) => {
                        let ra = self.value(a);
                        let rb = self.value(b);
                        let lo = self.binary(syn::BinaryOp::Ge, te.clone(), ra, a.range);
                        let hi = self.binary(syn::BinaryOp::Le, te.clone(), rb, b.range);
                        Expr::new(ExprKind::AndAlso(Box::new(lo), Box::new(hi)), Ty::Bool)
                    }
                    syn::CaseClause::Is(op, x) => {
                        let r = self.value(x);
                        self.binary(*op, te.clone(), r, x.range)
                    }
                };
                let one = self.convert(one, &Ty::Bool, c.range);
                test = Some(match test {
                    None => one,
                    Some(prev) => {
                        Expr::new(ExprKind::OrElse(Box::new(prev), Box::new(one)), Ty::Bool)
                    }
                });
            }
            let body = self.scoped_block(&c.body);
            arms.push((if is_else { None } else { test }, body));
        }
        self.blocks.pop();
        let _ = range;
        let mut tail: Option<Box<Stmt>> = None;
        for (test, body) in arms.into_iter().rev() {
            tail = Some(Box::new(match test {
                None => body,
                Some(t) => Stmt::If {
                    condition: Box::new(t),
                    then: Box::new(body),
                    otherwise: tail,
                },
            }));
        }
        if let Some(t) = tail {
            out.push(*t);
        }
        out.push(Stmt::Label(brk));
        Stmt::Block(out)
    }

    /// `IEnumerable(Of T)` among an interface type and its bases.
    fn generic_enumerable(&self, ty: &Ty) -> Option<Ty> {
        let id = self
            .world
            .well_known("System.Collections.Generic", "IEnumerable`1")?;
        let mut all = vec![ty.clone()];
        all.extend(self.world.all_interfaces(ty));
        all.into_iter()
            .find(|t| matches!(t, Ty::Named(i, _) if *i == id))
    }
}
