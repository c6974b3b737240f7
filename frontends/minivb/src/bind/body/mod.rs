//! The body binder: one method's statements and expressions to the typed IR with VB's
//! rules. Submodules: `lookup` (names and members, case-insensitive), `conv` (widening
//! and narrowing conversions, `CInt` and friends), `call` (overload resolution and
//! invocation), `ops` (operators), `expr` (expressions), `stmt` and `flow` (statements
//! and loops), `lambda` (lambdas and `AddressOf`), `definite` (the flow warnings: use
//! before assignment, missing return values, unused locals).

mod call;
mod conv;
mod definite;
mod expr;
mod flow;
mod infer;
mod lambda;
mod lifted;
mod lookup;
mod ops;
mod stmt;

pub use lookup::Bound;

use super::scope::{GenericContext, Names, NsScope, TypeResolver};
use crate::syntax::TypeSyntax;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::ide::refs;
use frontend_core::ir::{self, Expr, ExprKind, LabelId, LocalId};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{MethodSym, ParamMode, World};
use frontend_core::types::{Ty, TypeId};

/// A name in scope inside a body.
#[derive(Clone, Debug)]
pub(crate) enum Var {
    Local(LocalId, Ty),
    Param(u16, Ty, ParamMode),
    Const(frontend_core::constant::ConstValue, Ty),
    /// A `Static` local: its hidden field.
    Field(Expr),
}

/// What an `Exit`/`Continue` can leave.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum BlockKind {
    Do,
    For,
    While,
    Select,
    Try,
}

/// Binds one body.
pub struct BodyBinder<'w> {
    pub world: &'w World,
    pub names: &'w Names,
    pub file: FileId,
    pub src: &'w str,
    pub scope: &'w NsScope,
    pub generics: GenericContext,
    pub self_ty: Ty,
    pub type_id: TypeId,
    pub method: MethodSym,
    pub body: ir::Body,
    pub diags: Vec<Diagnostic>,
    scopes: Vec<Vec<(String, Var)>>,
    scope_ids: Vec<u32>,
    /// Return types of the lambdas being bound (innermost last).
    pub(crate) ret_stack: Vec<Ty>,
    /// Enclosing blocks `Exit` and `Continue` can leave.
    pub(crate) blocks: Vec<(BlockKind, LabelId, Option<LabelId>)>,
    pub(crate) labels: std::collections::HashMap<String, LabelId>,
    pub(crate) checked: bool,
    /// A `Function`'s return variable: its name and local.
    pub(crate) ret_local: Option<(String, LocalId)>,
    /// `With` targets, innermost last.
    pub(crate) with_stack: Vec<Expr>,
    pub(crate) reachable: bool,
    /// Every name that resolved to a local: (local, range, is the target of a plain
    /// assignment), for the flow warnings' spans (`definite`).
    pub(crate) local_refs: Vec<(LocalId, TextRange, bool)>,
    /// Locals declared without an initializer, with their name's range.
    pub(crate) uninit_decls: Vec<(LocalId, TextRange)>,
    /// The method's index in its type (names `Static` locals' fields).
    pub(crate) method_idx: Option<u32>,
    /// Whether names are noted for the language server (`frontend_core::ide::refs`).
    pub(crate) noting: bool,
}

impl<'w> BodyBinder<'w> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        world: &'w World,
        names: &'w Names,
        file: FileId,
        src: &'w str,
        scope: &'w NsScope,
        generics: GenericContext,
        type_id: TypeId,
        method: MethodSym,
        checked: bool,
    ) -> BodyBinder<'w> {
        let n = world.ty(type_id).generic_params.len() as u32;
        let self_ty = if n == 0 {
            world.normalize(type_id, std::sync::Arc::from([]))
        } else {
            Ty::Named(type_id, (0..n).map(Ty::Var).collect())
        };
        let mut params = Vec::new();
        let first = u16::from(!method.is_static());
        for (i, p) in method.params.iter().enumerate() {
            params.push((
                p.name.clone(),
                Var::Param(first + i as u16, p.ty.clone(), p.mode),
            ));
        }
        BodyBinder {
            world,
            names,
            file,
            src,
            scope,
            generics,
            self_ty,
            type_id,
            method,
            body: ir::Body::default(),
            diags: Vec::new(),
            scopes: vec![params],
            scope_ids: vec![0],
            ret_stack: Vec::new(),
            blocks: Vec::new(),
            labels: std::collections::HashMap::new(),
            checked,
            ret_local: None,
            with_stack: Vec::new(),
            reachable: true,
            local_refs: Vec::new(),
            uninit_decls: Vec::new(),
            method_idx: None,
            noting: refs::active(),
        }
    }

    pub(crate) fn error(&mut self, code: Code, range: TextRange, args: &[&str]) {
        self.diags
            .push(Diagnostic::new(code, self.file, range, args));
    }

    pub(crate) fn text(&self, range: TextRange) -> &'w str {
        self.src
            .get(range.start as usize..range.end as usize)
            .unwrap_or("")
    }

    pub(crate) fn show(&self, t: &Ty) -> String {
        match t {
            Ty::Var(n) => self
                .generics
                .type_params
                .get(*n as usize)
                .cloned()
                .unwrap_or_else(|| super::display::ty(self.world, t)),
            Ty::MVar(n) => self
                .generics
                .method_params
                .get(*n as usize)
                .cloned()
                .unwrap_or_else(|| super::display::ty(self.world, t)),
            _ => super::display::ty(self.world, t),
        }
    }

    pub(crate) fn resolver(&self) -> TypeResolver<'_> {
        TypeResolver {
            world: self.world,
            names: self.names,
            file: self.file,
            scope: self.scope,
            generics: &self.generics,
        }
    }

    pub(crate) fn resolve_type(&mut self, t: &TypeSyntax) -> Ty {
        let mut d = Vec::new();
        let ty = self.resolver().resolve(t, &mut d);
        self.diags.extend(d);
        if !ty.is_error() {
            self.note(t.range, false, || Some(refs::Target::Type(ty.clone())));
        }
        ty
    }

    /// Notes what the name at `range` refers to, when recording for the language
    /// server (`refs`).
    pub(crate) fn note(
        &self,
        range: TextRange,
        declaration: bool,
        target: impl FnOnce() -> Option<refs::Target>,
    ) {
        if self.noting {
            let body = self.method_idx.map(|idx| frontend_core::symbols::MethodId {
                ty: self.type_id,
                idx,
            });
            refs::note(self.file, body, range, declaration, target);
        }
    }

    pub(crate) fn push_scope(&mut self) -> u32 {
        let parent = self.scope_ids.last().copied().unwrap_or(0);
        let id = self.body.new_scope(parent);
        self.scopes.push(Vec::new());
        self.scope_ids.push(id);
        id
    }

    pub(crate) fn pop_scope(&mut self) {
        self.scopes.pop();
        self.scope_ids.pop();
    }

    pub(crate) fn current_scope(&self) -> u32 {
        self.scope_ids.last().copied().unwrap_or(0)
    }

    /// Declares a local in the innermost scope (BC30288 / BC30616 on clashes).
    pub(crate) fn declare_local(&mut self, name: &str, ty: Ty, range: TextRange) -> LocalId {
        let scope = self.current_scope();
        let id = self.body.new_local_in(name, ty.clone(), false, scope);
        self.declare_var(name, Var::Local(id, ty), range);
        self.note(range, true, || Some(refs::Target::Local(id)));
        id
    }

    /// Makes `name` mean `var` in the innermost scope (BC30288 / BC30616 on clashes).
    pub(crate) fn declare_var(&mut self, name: &str, var: Var, range: TextRange) {
        if self.lookup_var(name).is_some() {
            let same_scope = self
                .scopes
                .last()
                .is_some_and(|s| s.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)));
            let code = if same_scope || self.scopes.len() == 2 && self.is_param(name) {
                Code::BC30288
            } else {
                Code::BC30616
            };
            self.error(code, range, &[name]);
        }
        if let Some(s) = self.scopes.last_mut() {
            s.push((name.to_owned(), var));
        }
    }

    fn is_param(&self, name: &str) -> bool {
        self.scopes
            .first()
            .is_some_and(|s| s.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)))
    }

    pub(crate) fn declare_const(
        &mut self,
        name: &str,
        value: frontend_core::constant::ConstValue,
        ty: Ty,
    ) {
        if let Some(s) = self.scopes.last_mut() {
            s.push((name.to_owned(), Var::Const(value, ty)));
        }
    }

    pub(crate) fn temp(&mut self, ty: Ty) -> LocalId {
        let scope = self.current_scope();
        self.body.new_local_in("", ty, true, scope)
    }

    pub(crate) fn lookup_var(&self, name: &str) -> Option<Var> {
        for s in self.scopes.iter().rev() {
            if let Some((_, v)) = s.iter().rev().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                return Some(v.clone());
            }
        }
        None
    }

    pub(crate) fn local_expr(&self, id: LocalId) -> Expr {
        Expr::new(
            ExprKind::Local(id),
            self.body.locals[id.0 as usize].ty.clone(),
        )
    }

    pub(crate) fn this_expr(&self) -> Expr {
        Expr::new(ExprKind::This, self.self_ty.clone())
    }

    pub(crate) fn is_static(&self) -> bool {
        self.method.is_static()
    }

    /// `target = value` as a statement.
    pub(crate) fn assign_stmt(target: Expr, value: Expr) -> ir::Stmt {
        ir::Stmt::Expr(Expr::new(
            ExprKind::Assign {
                target: Box::new(target),
                value: Box::new(value),
            },
            Ty::Void,
        ))
    }
}
