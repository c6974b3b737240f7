//! Lambdas (`Function(x) x * 2`, `Sub(x) …`, multi-line forms) and `AddressOf` where a
//! delegate is expected. A lambda is bound against its target delegate's `Invoke`
//! inside the enclosing body (captured variables stay ordinary locals); closure
//! conversion in `frontend-core` turns it into a method. Without a target type, a
//! lambda whose parameters are typed becomes a `Func`/`Action`.

use super::call::Arg;
use super::{BodyBinder, Bound};
use crate::syntax as syn;
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind, Lambda, Stmt};
use frontend_core::source::TextRange;
use frontend_core::symbols::MethodSym;
use frontend_core::types::Ty;
use std::sync::Arc;

/// An argument bound only once its target delegate type is known.
#[derive(Clone, Debug)]
pub(crate) enum Pending {
    Group(Bound),
    Lambda(Box<syn::Expr>),
}

impl BodyBinder<'_> {
    /// A delegate type's `Invoke`, with the delegate's type arguments substituted.
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

    pub(crate) fn pending_fits(&self, p: &Pending, to: &Ty) -> bool {
        let Some(invoke) = self.invoke_of(to) else {
            return false;
        };
        match p {
            Pending::Lambda(e) => match &e.kind {
                syn::ExprKind::Lambda { params, .. } => params.len() == invoke.params.len(),
                _ => false,
            },
            Pending::Group(Bound::Methods { candidates, .. }) => {
                candidates.iter().any(|(id, _)| {
                    let m = self.world.method(*id);
                    m.params.len() == invoke.params.len()
                })
            }
            Pending::Group(_) => false,
        }
    }

    pub(crate) fn resolve_pending(&mut self, a: Arg, to: &Ty) -> Expr {
        match a.pending {
            Some(Pending::Group(b)) => self.method_group_to_delegate(b, to, a.range),
            Some(Pending::Lambda(e)) => self.expr_to(&e, to),
            None => self.convert(a.expr, to, a.range),
        }
    }

    /// `Func(Of …)`/`Action(Of …)` for a lambda without a target type.
    pub(crate) fn natural_delegate(
        &mut self,
        params: &[syn::Parameter],
        is_function: bool,
        return_type: Option<&syn::TypeSyntax>,
        body: &syn::LambdaBody,
        range: TextRange,
    ) -> Option<Ty> {
        let mut tys = Vec::new();
        for p in params {
            let t = p.ty.as_ref()?;
            tys.push(self.resolve_type(t));
        }
        if is_function {
            let ret = match return_type {
                Some(t) => self.resolve_type(t),
                None => {
                    // Bind the body speculatively to learn its type.
                    let saved = self.diags.len();
                    self.push_scope();
                    for (p, t) in params.iter().zip(&tys) {
                        self.declare_local(&p.name.name.text, t.clone(), p.name.name.range);
                    }
                    let r = match body {
                        syn::LambdaBody::Expr(e) => Some(self.expr(e).ty),
                        _ => None,
                    };
                    self.pop_scope();
                    self.diags.truncate(saved);
                    r?
                }
            };
            tys.push(ret);
            let name = format!("Func`{}", tys.len());
            let id = self.world.well_known("System", &name)?;
            Some(Ty::Named(id, Arc::from(tys)))
        } else {
            if tys.is_empty() {
                let id = self.world.well_known("System", "Action")?;
                return Some(Ty::named(id));
            }
            let name = format!("Action`{}", tys.len());
            let _ = range;
            let id = self.world.well_known("System", &name)?;
            Some(Ty::Named(id, Arc::from(tys)))
        }
    }

    /// Binds a lambda converted to delegate type `to`.
    pub(crate) fn lambda(
        &mut self,
        params: &[syn::Parameter],
        body: &syn::LambdaBody,
        to: &Ty,
        range: TextRange,
    ) -> Expr {
        let Some(invoke) = self.invoke_of(to) else {
            if !to.is_error() {
                let shown = self.show(to);
                self.error(Code::BC36625, range, &[&shown]);
            }
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        if params.len() != invoke.params.len() {
            let shown = self.show(to);
            self.error(Code::BC36670, range, &[&shown]);
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        }
        let scope = self.push_scope();
        let mut ids = Vec::new();
        for (p, ip) in params.iter().zip(&invoke.params) {
            let ty = match &p.ty {
                Some(t) => self.resolve_type(t),
                None => ip.ty.clone(),
            };
            ids.push(self.declare_local(&p.name.name.text, ty, p.name.name.range));
        }
        let saved_reachable = self.reachable;
        let saved_blocks = std::mem::take(&mut self.blocks);
        self.ret_stack.push(invoke.ret.clone());
        self.reachable = true;
        let mut stmts = vec![Stmt::ScopeStart(scope)];
        match body {
            syn::LambdaBody::Expr(e) => {
                stmts.push(Stmt::SeqPoint(e.range));
                if invoke.ret == Ty::Void {
                    let v = self.expr(e);
                    stmts.push(Stmt::Expr(v));
                } else {
                    let v = self.expr_to(e, &invoke.ret);
                    stmts.push(Stmt::Return(Some(v)));
                }
            }
            syn::LambdaBody::Stmt(s) => {
                let mut out = Vec::new();
                self.stmt(s, &mut out);
                stmts.extend(out);
            }
            syn::LambdaBody::Block(b) => {
                stmts.extend(self.block(b));
                if invoke.ret != Ty::Void {
                    let d = self.default_of(&invoke.ret);
                    stmts.push(Stmt::Return(Some(d)));
                }
            }
        }
        self.ret_stack.pop();
        self.blocks = saved_blocks;
        self.reachable = saved_reachable;
        self.pop_scope();
        let delegate_ctor = self.delegate_ctor(to);
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

    /// The type a lambda's body returns when its parameters are typed by `delegate`.
    pub(crate) fn lambda_return_type(&mut self, e: &syn::Expr, delegate: &Ty) -> Option<Ty> {
        let syn::ExprKind::Lambda { params, body, .. } = &e.kind else {
            return None;
        };
        let invoke = self.invoke_of(delegate)?;
        let saved_diags = self.diags.len();
        let saved_locals = self.body.locals.len();
        self.push_scope();
        for (p, ip) in params.iter().zip(&invoke.params) {
            let ty = match &p.ty {
                Some(t) => self.resolve_type(t),
                None => ip.ty.clone(),
            };
            self.declare_local(&p.name.name.text, ty, p.name.name.range);
        }
        let ty = match body {
            syn::LambdaBody::Expr(x) => Some(self.expr(x).ty),
            syn::LambdaBody::Block(b) => {
                let mut found = None;
                for s in b {
                    if let syn::StmtKind::Return(Some(v)) = &s.kind {
                        self.ret_stack.push(Ty::Error);
                        found = Some(self.expr(v).ty);
                        self.ret_stack.pop();
                        break;
                    }
                }
                found
            }
            syn::LambdaBody::Stmt(_) => None,
        };
        self.pop_scope();
        self.diags.truncate(saved_diags);
        let _ = saved_locals;
        ty.filter(|t| !t.is_error() && *t != Ty::Null)
    }
}
