//! Local functions, bound. Each is declared (`bind::local_fns`) as a static method of
//! the enclosing type; here a block's local functions come into scope for the whole
//! block (a call may precede the declaration), a call binds to that method like any
//! static method group, and the body is bound in place: in a fresh IR body and function
//! context, but with the enclosing scopes still visible, so that a name it may not use
//! is recognised. What it captures (an enclosing local or parameter) is CS8421 in a
//! `static` local function, `this` CS8422. The bound bodies are collected by index in
//! `local_fns` for the synthesized methods' inputs.
//!
//! A non-static local function that captures (or uses `this`) is found while binding;
//! the enclosing body is then bound again (`methods::bind_method_and_locals`) with it
//! as a closure: a delegate (`Func`/`Action`) local of its block, assigned the function
//! as a lambda at the block's start, so closure conversion gives it its environment
//! and every call invokes the delegate. Its synthesized method keeps a body that only
//! throws (it is never called).

use super::{BodyBinder, Bound, Var};
use crate::bind::body::iterator::contains_yield;
use crate::syntax as syn;
use frontend_core::diag::Code;
use frontend_core::ir::{Body, Stmt};
use frontend_core::source::TextRange;
use frontend_core::symbols::ParamMode;
use frontend_core::types::Ty;
use std::sync::Arc;

/// Where a local function's body is being bound: the first scope of its own, and
/// whether it is `static`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FnFrame {
    pub floor: usize,
    pub is_static: bool,
    /// A non-static one used an enclosing local, parameter or `this`.
    pub captures: bool,
}

impl BodyBinder<'_> {
    /// At a block's start: its local functions are in scope for the whole block.
    pub(crate) fn declare_local_functions(&mut self, stmts: &[syn::Stmt]) {
        for s in stmts {
            if let syn::StmtKind::LocalFunction(f) = &s.kind {
                let Some(k) = self.local_fn_index(f) else {
                    continue;
                };
                let closure = self.closure_fns.contains(&k);
                let var = match self.local_fn_delegate(k).filter(|_| closure) {
                    Some(ty) => {
                        let scope = self.current_scope();
                        let id = self
                            .body
                            .new_local_in(&f.name.text, ty.clone(), false, scope);
                        self.closure_locals.push((k, id));
                        Var::Local(id, ty)
                    }
                    None => Var::LocalFn(k),
                };
                if let Some(scope) = self.scopes.last_mut() {
                    scope.push((f.name.text[..].to_owned(), var));
                }
            }
        }
    }

    fn local_fn_index(&self, f: &syn::LocalFunction) -> Option<usize> {
        self.local_fns
            .iter()
            .position(|(start, _)| *start == f.name.range.start)
    }

    /// A simple name that is a local function (its method group), or a local or
    /// parameter a local function may not capture (reported; `None` then, so the name
    /// binds as usual).
    pub(crate) fn local_fn_name(
        &mut self,
        name: &str,
        type_args: &[Ty],
        range: TextRange,
    ) -> Option<Bound> {
        if self.local_fns.is_empty() && self.fn_frames.is_empty() {
            return None;
        }
        let (depth, v) = self.scopes.iter().enumerate().rev().find_map(|(i, s)| {
            s.iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| (i, v.clone()))
        })?;
        match v {
            Var::LocalFn(k) => {
                let id = self.local_fns.get(k)?.1;
                let outer = self.method.generic_params.len() as u32;
                let type_args = if outer > 0 {
                    (0..outer).map(Ty::MVar).collect()
                } else {
                    type_args.to_vec()
                };
                Some(Bound::Methods {
                    receiver: None,
                    name: name.to_owned(),
                    candidates: vec![(id, Arc::from(self.self_ty.type_args()))],
                    type_args,
                    is_base: false,
                    through_type: false,
                })
            }
            Var::Local(..) | Var::Param(..) => {
                if let Some(frame) = self.fn_frames.last().copied() {
                    if depth < frame.floor {
                        if frame.is_static {
                            self.error(Code::CS8421, range, &[name]);
                        } else if let Some(f) = self.fn_frames.last_mut() {
                            f.captures = true;
                        }
                    }
                }
                None
            }
            Var::Const(..) => None,
        }
    }

    /// Binds a local function's body where it is declared.
    pub(crate) fn local_function(&mut self, f: &syn::LocalFunction, out: &mut Vec<Stmt>) {
        if let Some(&(_, d)) = self
            .local_fn_index(f)
            .and_then(|k| self.closure_locals.iter().find(|(j, _)| *j == k))
        {
            self.local_closure(f, d, out);
            return;
        }
        let Some(k) = self.local_fn_index(f) else {
            self.error(
                Code::CL0001,
                f.name.range,
                &["generic local functions in generic methods, or local functions in lambdas"],
            );
            return;
        };
        if let syn::MethodBody::Block(b) = &f.body {
            if contains_yield(&b.statements) {
                self.error(Code::CL0001, f.name.range, &["local iterator functions"]);
                return;
            }
        }
        let sym = self.world.method(self.local_fns[k].1).clone();
        let saved = self.enter_function(f);
        let mut params = Vec::new();
        for (i, p) in sym.params.iter().enumerate() {
            params.push((p.name.clone(), Var::Param(i as u16, p.ty.clone(), p.mode)));
        }
        self.scopes.push(params);
        self.ret_stack.push(sym.ret.clone());
        let mut stmts = Vec::new();
        match &f.body {
            syn::MethodBody::Block(b) => {
                stmts = self.block(&b.statements);
                if self.reachable && sym.ret != Ty::Void {
                    let shown: Vec<String> = sym
                        .params
                        .iter()
                        .map(|p| match p.mode {
                            ParamMode::Value => self.show(&p.ty),
                            ParamMode::Ref => format!("ref {}", self.show(&p.ty)),
                            ParamMode::Out => format!("out {}", self.show(&p.ty)),
                        })
                        .collect();
                    let name = format!("{}({})", f.name.text, shown.join(", "));
                    self.error(Code::CS0161, f.name.range, &[&name]);
                }
            }
            syn::MethodBody::Expr(e) => {
                stmts.push(self.seq_point(e.range));
                if sym.ret == Ty::Void {
                    let v = self.expr(e);
                    stmts.push(Stmt::Expr(v));
                } else {
                    let v = self.expr_to(e, &sym.ret);
                    stmts.push(Stmt::Return(Some(v)));
                }
            }
            syn::MethodBody::None => {}
        }
        self.ret_stack.pop();
        let captures = self.fn_frames.last().is_some_and(|f| f.captures);
        if self.used_this.get() && f.is_static {
            self.error(Code::CS8422, f.name.range, &[]);
        } else if self.used_this.get() || captures {
            if self.local_fn_delegate(k).is_some() {
                self.captured_fns.push(k);
            } else {
                let what = "local functions that capture variables and are generic or take ref, out or pointer parameters";
                self.error(Code::CL0001, f.name.range, &[what]);
            }
        }
        let mut body = self.leave_function(saved);
        body.stmts = stmts;
        if self.local_fn_bodies.len() < self.local_fns.len() {
            self.local_fn_bodies.resize(self.local_fns.len(), None);
        }
        self.local_fn_bodies[k] = Some(body);
    }

    /// A fresh function context (its own IR body, flow state, loops, labels).
    fn enter_function(&mut self, f: &syn::LocalFunction) -> SavedContext {
        let mut generics = self.generics.clone();
        if !f.type_params.is_empty() {
            generics.method_params = f
                .type_params
                .iter()
                .map(|p| p.text[..].to_owned())
                .collect();
        }
        let saved = SavedContext {
            body: std::mem::take(&mut self.body),
            scope_ids: std::mem::replace(&mut self.scope_ids, vec![0]),
            scopes_len: self.scopes.len(),
            generics: std::mem::replace(&mut self.generics, generics),
            reachable: std::mem::replace(&mut self.reachable, true),
            unassigned: std::mem::take(&mut self.unassigned),
            break_unassigned: std::mem::take(&mut self.break_unassigned),
            breakables: std::mem::take(&mut self.breakables),
            labels: std::mem::take(&mut self.labels),
            switch_cases: std::mem::take(&mut self.switch_cases),
            switch_defaults: std::mem::take(&mut self.switch_defaults),
            broken: std::mem::take(&mut self.broken),
            depths: (
                std::mem::take(&mut self.catch_depth),
                std::mem::take(&mut self.try_catch_depth),
                std::mem::take(&mut self.finally_depth),
                std::mem::take(&mut self.try_finally_depth),
            ),
            iterator: self.iterator.take(),
            goto_names: std::mem::take(&mut self.goto_names),
            defined_labels: std::mem::take(&mut self.defined_labels),
            used_this: self.used_this.replace(false),
            fixed_locals: std::mem::take(&mut self.fixed_locals),
        };
        self.fn_frames.push(FnFrame {
            floor: self.scopes.len(),
            is_static: f.is_static,
            captures: false,
        });
        saved
    }

    /// Back to the enclosing function's context; returns the local function's body.
    fn leave_function(&mut self, s: SavedContext) -> Body {
        self.check_labels();
        self.fn_frames.pop();
        self.scopes.truncate(s.scopes_len);
        self.scope_ids = s.scope_ids;
        self.generics = s.generics;
        self.reachable = s.reachable;
        self.unassigned = s.unassigned;
        self.break_unassigned = s.break_unassigned;
        self.breakables = s.breakables;
        self.labels = s.labels;
        self.switch_cases = s.switch_cases;
        self.switch_defaults = s.switch_defaults;
        self.broken = s.broken;
        (
            self.catch_depth,
            self.try_catch_depth,
            self.finally_depth,
            self.try_finally_depth,
        ) = s.depths;
        self.iterator = s.iterator;
        self.goto_names = s.goto_names;
        self.defined_labels = s.defined_labels;
        self.used_this.set(s.used_this);
        self.fixed_locals = s.fixed_locals;
        std::mem::replace(&mut self.body, s.body)
    }
}

impl BodyBinder<'_> {
    /// The delegate type a capturing local function `k` becomes (`None` when it cannot:
    /// with type parameters of its own, or `ref`, `out` or pointer parameters).
    fn local_fn_delegate(&self, k: usize) -> Option<Ty> {
        let sym = self.world.method(self.local_fns.get(k)?.1);
        let plain = |t: &Ty| !matches!(t, Ty::Ptr(_) | Ty::ByRef(_));
        // The enclosing method's type parameters are its own, so only a generic local
        // function's type parameters stand in the way.
        if sym.generic_params.len() > self.method.generic_params.len()
            || sym
                .params
                .iter()
                .any(|p| p.mode != ParamMode::Value || !plain(&p.ty))
            || !plain(&sym.ret)
        {
            return None;
        }
        let mut args: Vec<Ty> = sym.params.iter().map(|p| p.ty.clone()).collect();
        let name = match (&sym.ret, args.len()) {
            (Ty::Void, 0) => "Action".to_owned(),
            (Ty::Void, n) => format!("Action`{n}"),
            (ret, n) => {
                args.push(ret.clone());
                format!("Func`{}", n + 1)
            }
        };
        let id = self.world.well_known("System", &name)?;
        Some(Ty::Named(id, Arc::from(args)))
    }

    /// A capturing local function: its delegate local is assigned the function as a
    /// lambda at the start of the block (`out`).
    fn local_closure(
        &mut self,
        f: &syn::LocalFunction,
        d: frontend_core::ir::LocalId,
        out: &mut Vec<Stmt>,
    ) {
        let ty = self.body.locals[d.0 as usize].ty.clone();
        let params: Vec<syn::LambdaParam> = f
            .params
            .iter()
            .map(|p| syn::LambdaParam {
                modifier: syn::ArgModifier::None,
                ty: Some(p.ty.clone()),
                name: p.name.clone(),
            })
            .collect();
        let body = match &f.body {
            syn::MethodBody::Block(b) => syn::LambdaBody::Block(b.clone()),
            syn::MethodBody::Expr(e) => syn::LambdaBody::Expr(Box::new(e.clone())),
            syn::MethodBody::None => return,
        };
        // Captured variables need only be assigned where it is called: optimistic here.
        let saved = std::mem::take(&mut self.unassigned);
        let lambda = self.lambda(&params, &body, &ty, f.name.range);
        self.unassigned = saved;
        let assign = frontend_core::ir::Expr::new(
            frontend_core::ir::ExprKind::Assign {
                target: Box::new(self.local_expr(d)),
                value: Box::new(lambda),
            },
            Ty::Void,
        );
        out.insert(out.len().min(1), Stmt::Expr(assign));
    }
}

/// The enclosing function's context while a local function is bound.
struct SavedContext {
    body: Body,
    scope_ids: Vec<u32>,
    scopes_len: usize,
    generics: crate::bind::scope::GenericContext,
    reachable: bool,
    unassigned: super::flow::Unassigned,
    break_unassigned: rustc_hash::FxHashMap<frontend_core::ir::LabelId, super::flow::Unassigned>,
    breakables: Vec<(
        frontend_core::ir::LabelId,
        Option<frontend_core::ir::LabelId>,
    )>,
    labels: rustc_hash::FxHashMap<String, frontend_core::ir::LabelId>,
    switch_cases: Vec<
        Vec<(
            frontend_core::constant::ConstValue,
            frontend_core::ir::LabelId,
        )>,
    >,
    switch_defaults: Vec<Option<frontend_core::ir::LabelId>>,
    broken: Vec<frontend_core::ir::LabelId>,
    depths: (u32, u32, u32, u32),
    iterator: Option<frontend_core::ir::IteratorKind>,
    goto_names: Vec<(String, TextRange)>,
    defined_labels: Vec<String>,
    used_this: bool,
    fixed_locals: Vec<frontend_core::ir::LocalId>,
}
