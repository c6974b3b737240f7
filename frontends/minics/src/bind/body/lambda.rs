//! Lambdas, anonymous methods and method groups where a delegate is expected. A lambda
//! is bound against its target delegate's `Invoke` signature inside the enclosing body
//! (so captured variables are ordinary locals); closure conversion in `frontend-core`
//! later turns it into a method. Arguments that are lambdas or method groups stay
//! pending during overload resolution until the parameter type is known.

use super::call::Arg;
use super::{BodyBinder, Bound};
use crate::syntax as syn;
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind, Lambda, Stmt};
use frontend_core::source::TextRange;
use frontend_core::symbols::{MethodSym, ParamMode};
use frontend_core::types::Ty;

/// An argument bound only once its target delegate type is known.
#[derive(Clone, Debug)]
pub(crate) enum Pending {
    Group(Bound),
    Lambda(Box<syn::Expr>),
}

impl BodyBinder<'_> {
    /// The `Invoke` method of a delegate type, with the delegate's type arguments.
    pub(crate) fn invoke_of(&self, delegate: &Ty) -> Option<MethodSym> {
        let id = self.world.type_def_of(delegate)?;
        if !self.world.is_delegate(delegate) {
            return None;
        }
        let d = self.world.details(id);
        let m = d.methods.iter().find(|m| m.name == "Invoke")?.clone();
        let args = delegate.type_args();
        Some(MethodSym {
            ret: m.ret.subst(args, &[]),
            params: m
                .params
                .iter()
                .map(|p| frontend_core::symbols::ParamSym {
                    ty: p.ty.subst(args, &[]),
                    ..p.clone()
                })
                .collect(),
            ..m
        })
    }

    pub(crate) fn pending_group(&mut self, b: Bound) -> (Expr, Option<Pending>) {
        (
            Expr::new(ExprKind::DefaultValue, Ty::Error),
            Some(Pending::Group(b)),
        )
    }

    pub(crate) fn pending_lambda(&mut self, e: &syn::Expr) -> (Expr, Option<Pending>) {
        (
            Expr::new(ExprKind::DefaultValue, Ty::Error),
            Some(Pending::Lambda(Box::new(e.clone()))),
        )
    }

    /// Whether a pending argument can convert to `to`.
    pub(crate) fn pending_fits(&self, p: &Pending, to: &Ty) -> bool {
        let Some(invoke) = self.invoke_of(to) else {
            return false;
        };
        match p {
            Pending::Lambda(e) => match &e.kind {
                syn::ExprKind::Lambda { params, .. }
                | syn::ExprKind::AnonymousMethod { params, .. } => {
                    params.len() == invoke.params.len()
                }
                _ => false,
            },
            Pending::Group(Bound::Methods { candidates, .. }) => {
                candidates.iter().any(|(id, _)| {
                    let m = self.world.method_sym(*id);
                    m.params.len() == invoke.params.len()
                        && m.params.iter().zip(&invoke.params).all(|(a, b)| {
                            a.ty == b.ty
                                || a.ty.is_open()
                                || b.ty.is_open()
                                || self.is_reference(&b.ty)
                                    && self.is_base_or_interface(&b.ty, &a.ty)
                        })
                })
            }
            Pending::Group(_) => false,
        }
    }

    /// Binds a pending argument against its parameter type.
    pub(crate) fn resolve_pending(&mut self, a: Arg, to: &Ty) -> Expr {
        match a.pending {
            Some(Pending::Group(b)) => self.method_group_to_delegate(b, to, a.range),
            Some(Pending::Lambda(e)) => self.expr_to(&e, to),
            None => self.convert(a.expr, to, a.range),
        }
    }

    /// Binds a lambda (or anonymous method) converted to delegate type `to`.
    pub(crate) fn lambda(
        &mut self,
        params: &[syn::LambdaParam],
        body: &syn::LambdaBody,
        to: &Ty,
        range: TextRange,
    ) -> Expr {
        let Some(invoke) = self.invoke_of(to) else {
            if !to.is_error() {
                let shown = self.show(to);
                self.error(Code::CS1660, range, &["lambda expression", &shown]);
            }
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        if params.len() != invoke.params.len() {
            let shown = self.show(to);
            self.error(Code::CS1593, range, &[&shown, &params.len().to_string()]);
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        }
        let scope = self.push_scope();
        let mut ids = Vec::new();
        for (p, ip) in params.iter().zip(&invoke.params) {
            let ty = match &p.ty {
                Some(t) => {
                    let t = self.resolve_type(t);
                    if t != ip.ty && !t.is_error() {
                        let (a, b) = (self.show(&t), self.show(to));
                        self.error(Code::CS1661, range, &["lambda expression", &b]);
                        let _ = a;
                    }
                    t
                }
                None => ip.ty.clone(),
            };
            if p.modifier != syn::ArgModifier::None || ip.mode != ParamMode::Value {
                self.error(
                    Code::CL0001,
                    p.name.range,
                    &["ref and out lambda parameters"],
                );
            }
            ids.push(self.declare_local(&p.name.text, ty, p.name.range));
        }
        // A fresh function context: its own return type, loops and reachability.
        let saved_reachable = self.reachable;
        let saved_unassigned = self.unassigned.clone();
        let saved_breakables = std::mem::take(&mut self.breakables);
        self.ret_stack.push(invoke.ret.clone());
        self.reachable = true;
        let mut stmts = vec![Stmt::ScopeStart(scope)];
        match body {
            syn::LambdaBody::Expr(e) => {
                stmts.push(self.seq_point(e.range));
                if invoke.ret == Ty::Void {
                    let v = self.expr(e);
                    stmts.push(Stmt::Expr(v));
                } else {
                    let v = self.expr_to(e, &invoke.ret);
                    stmts.push(Stmt::Return(Some(v)));
                    self.reachable = false;
                }
            }
            syn::LambdaBody::Block(b) => {
                stmts.extend(self.block(&b.statements));
                if self.reachable && invoke.ret != Ty::Void {
                    let shown = self.show(to);
                    self.error(Code::CS1643, range, &["lambda expression", &shown]);
                }
            }
        }
        self.ret_stack.pop();
        self.breakables = saved_breakables;
        self.reachable = saved_reachable;
        self.unassigned = saved_unassigned;
        self.pop_scope();
        let delegate_ctor = self.delegate_ctor(to);
        // A lambda may be in the body: `bind_body` then looks for one (this one may be a
        // discarded trial of overload resolution).
        self.body.has_lambdas = true;
        Expr::new(
            ExprKind::Lambda(Box::new(Lambda {
                delegate_ctor,
                params: ids,
                ret: invoke.ret,
                body: stmts,
                scope,
            })),
            to.clone(),
        )
    }
}

impl BodyBinder<'_> {
    /// The type a lambda's body returns when its parameters are typed by `delegate`
    /// (whose return type may still be open): bound speculatively, its diagnostics
    /// and reachability discarded.
    pub(crate) fn lambda_return_type(&mut self, e: &syn::Expr, delegate: &Ty) -> Option<Ty> {
        let (params, body) = match &e.kind {
            syn::ExprKind::Lambda { params, body } => (params, body.clone()),
            _ => return None,
        };
        let invoke = self.invoke_of(delegate)?;
        let saved_diags = self.diags.len();
        let saved_reachable = self.reachable;
        self.push_scope();
        for (p, ip) in params.iter().zip(&invoke.params) {
            let ty = match &p.ty {
                Some(t) => self.resolve_type(t),
                None => ip.ty.clone(),
            };
            self.declare_local(&p.name.text, ty, p.name.range);
        }
        let saved_unassigned = self.unassigned.clone();
        let ty = match &body {
            syn::LambdaBody::Expr(x) => Some(self.expr(x).ty),
            syn::LambdaBody::Block(b) => {
                self.ret_stack.push(Ty::Error);
                let mut found = None;
                for s in &b.statements {
                    if let syn::StmtKind::Return(Some(v)) = &s.kind {
                        found = Some(self.expr(v).ty);
                        break;
                    }
                }
                self.ret_stack.pop();
                found
            }
        };
        self.unassigned = saved_unassigned;
        self.pop_scope();
        self.diags.truncate(saved_diags);
        self.reachable = saved_reachable;
        ty.filter(|t| !t.is_error())
    }
}
