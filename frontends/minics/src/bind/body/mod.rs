//! The body binder: turns one method's statements and expressions into the typed IR with
//! C#'s rules. Submodules: `lookup` (names and members), `conv` (conversions), `call`
//! (overload resolution and invocation), `ops` (operators and constant folding), `expr`
//! (expressions), `stmt` (statements, reachability, `foreach`/`using` lowering).

mod assign;
mod call;
mod conv;
mod ctor;
mod expr;
mod fixed;
pub(crate) mod flow;
mod foreach;
mod forms;
pub(crate) mod iterator;
mod lambda;
mod lifted;
mod local_fn;
mod lookup;
pub(crate) mod member_cache;
mod ops;
mod spans;
mod stmt;
mod switch;
mod unsafe_ops;

pub use lookup::Bound;

use super::scope::{GenericContext, NsScope, TypeResolver};
use crate::syntax::TypeSyntax;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::ide::refs;
use frontend_core::ir::{self, Expr, ExprKind, LabelId, LocalId};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{MethodSym, ParamMode, World};
use frontend_core::types::{Ty, TypeId};
use rustc_hash::FxHashMap as HashMap;

/// A name in scope inside a body.
#[derive(Clone, Debug)]
pub(crate) enum Var {
    Local(LocalId, Ty),
    /// A parameter: IL argument index, type, passing mode.
    Param(u16, Ty, ParamMode),
    /// A `const` local: its value.
    Const(frontend_core::constant::ConstValue, Ty),
    /// A local function: its index in `BodyBinder::local_fns`.
    LocalFn(usize),
}

/// Binds one body.
pub struct BodyBinder<'w> {
    pub world: &'w World,
    pub file: FileId,
    /// The file's text; syntax ranges are positions in it.
    pub src: &'w str,
    /// Where the body's syntax starts: the IR's ranges are relative to it.
    pub anchor: u32,
    pub scope: &'w NsScope,
    pub generics: GenericContext,
    /// The type whose member is being bound, as seen from inside (its own parameters).
    pub self_ty: Ty,
    pub type_id: TypeId,
    pub method: &'w MethodSym,
    pub body: ir::Body,
    pub diags: Vec<Diagnostic>,
    scopes: Vec<Vec<(String, Var)>>,
    /// The IR scope id of each entry of `scopes`.
    scope_ids: Vec<u32>,
    /// Return types of the lambdas being bound (innermost last).
    pub(crate) ret_stack: Vec<Ty>,
    /// Enclosing loops and switches: break label, continue label (loops only).
    breakables: Vec<(LabelId, Option<LabelId>)>,
    labels: HashMap<String, LabelId>,
    /// `switch` sections' case labels, for `goto case`.
    switch_cases: Vec<Vec<(frontend_core::constant::ConstValue, LabelId)>>,
    switch_defaults: Vec<Option<LabelId>>,
    pub(crate) checked: bool,
    /// Inside an explicit `unchecked`: only there may a constant expression overflow
    /// (elsewhere CS0220, whatever `checked` says).
    pub(crate) unchecked: bool,
    /// Loops and switches some reachable `break` leaves.
    broken: Vec<LabelId>,
    /// How many `catch` blocks enclose this point (a bare `throw;` needs one).
    pub(crate) catch_depth: u32,
    /// How many `try` blocks with a `catch`, and `finally` blocks, enclose this point
    /// (where `yield` may not stand).
    pub(crate) try_catch_depth: u32,
    pub(crate) finally_depth: u32,
    /// An iterator body: what it yields.
    pub(crate) iterator: Option<ir::IteratorKind>,
    /// `goto` targets used and labels defined, for CS0159.
    goto_names: Vec<(String, TextRange)>,
    defined_labels: Vec<String>,
    /// Whether the current point can be reached (flow analysis).
    pub(crate) reachable: bool,
    /// Definite assignment (`flow`): locals that may be unassigned here, the same at
    /// each loop's or switch's breaks, and whether a simple name being bound is an
    /// assignment's target (a write, not a read).
    pub(crate) unassigned: flow::Unassigned,
    pub(crate) break_unassigned: HashMap<LabelId, flow::Unassigned>,
    pub(crate) writing_target: bool,
    /// How many `try` blocks with a `finally` enclose this point (their `finally` runs
    /// before a `return` leaves, so CS0177 is not judged there).
    pub(crate) try_finally_depth: u32,
    /// The body's local functions (`local_fn`): where each name starts and its
    /// synthesized method; their bound bodies by the same index; the local functions
    /// being bound (innermost last); whether `this` was used since the innermost began.
    pub(crate) local_fns: Vec<(u32, frontend_core::symbols::MethodId)>,
    pub(crate) local_fn_bodies: Vec<Option<ir::Body>>,
    pub(crate) fn_frames: Vec<local_fn::FnFrame>,
    pub(crate) used_this: std::cell::Cell<bool>,
    /// Capturing local functions: those to bind as closures (by index), those found
    /// capturing while binding, and each closure's delegate local.
    pub(crate) closure_fns: Vec<usize>,
    pub(crate) captured_fns: Vec<usize>,
    pub(crate) closure_locals: Vec<(usize, LocalId)>,
    /// `-unsafe`; the member (or its type) is `unsafe`; how many `unsafe` blocks
    /// enclose this point (`unsafe_ops`).
    pub(crate) unsafe_code: bool,
    pub(crate) unsafe_member: bool,
    pub(crate) unsafe_depth: u32,
    /// The pointers `fixed` statements declare (read-only: CS1656).
    pub(crate) fixed_locals: Vec<LocalId>,
    /// Whether names are noted for the language server (`refs`).
    pub(crate) noting: bool,
}

impl<'w> BodyBinder<'w> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        world: &'w World,
        file: FileId,
        src: &'w str,
        scope: &'w NsScope,
        generics: GenericContext,
        type_id: TypeId,
        method: &'w MethodSym,
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
            file,
            src,
            anchor: 0,
            scope,
            generics,
            self_ty,
            type_id,
            method,
            body: {
                let mut body = ir::Body::default();
                body.scope_parents.reserve(8);
                body
            },
            diags: Vec::new(),
            scopes: {
                // Scopes nest a few deep: room for them up front.
                let mut scopes = Vec::with_capacity(8);
                scopes.push(params);
                scopes
            },
            scope_ids: {
                let mut ids = Vec::with_capacity(8);
                ids.push(0);
                ids
            },
            ret_stack: Vec::new(),
            breakables: Vec::new(),
            labels: HashMap::default(),
            switch_cases: Vec::new(),
            switch_defaults: Vec::new(),
            checked,
            unchecked: false,
            broken: Vec::new(),
            catch_depth: 0,
            try_catch_depth: 0,
            finally_depth: 0,
            iterator: None,
            goto_names: Vec::new(),
            defined_labels: Vec::new(),
            reachable: true,
            unassigned: Default::default(),
            break_unassigned: HashMap::default(),
            writing_target: false,
            try_finally_depth: 0,
            local_fns: Vec::new(),
            local_fn_bodies: Vec::new(),
            fn_frames: Vec::new(),
            used_this: std::cell::Cell::new(false),
            closure_fns: Vec::new(),
            captured_fns: Vec::new(),
            closure_locals: Vec::new(),
            unsafe_code: false,
            unsafe_member: false,
            unsafe_depth: 0,
            fixed_locals: Vec::new(),
            noting: refs::active(),
        }
        .with_out_params()
    }

    fn with_out_params(mut self) -> Self {
        self.track_out_params();
        self
    }

    pub(crate) fn error(&mut self, code: Code, range: TextRange, args: &[&str]) {
        self.diags
            .push(Diagnostic::new(code, self.file, range, args));
    }

    /// A sequence point at `range` (a file position), relative to the anchor as the
    /// IR's ranges are.
    pub(crate) fn seq_point(&self, range: TextRange) -> ir::Stmt {
        ir::Stmt::SeqPoint(TextRange {
            start: range.start.saturating_sub(self.anchor),
            end: range.end.saturating_sub(self.anchor),
        })
    }

    pub(crate) fn text(&self, range: TextRange) -> &'w str {
        self.src
            .get(range.start as usize..range.end as usize)
            .unwrap_or("")
    }

    pub(crate) fn show(&self, t: &Ty) -> String {
        let s = super::display::ty(self.world, t);
        // Type parameters print by name.
        match t {
            Ty::Var(n) => self
                .generics
                .type_params
                .get(*n as usize)
                .cloned()
                .unwrap_or(s),
            Ty::MVar(n) => self
                .generics
                .method_params
                .get(*n as usize)
                .cloned()
                .unwrap_or(s),
            _ => s,
        }
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
            refs::note(self.file, None, range, declaration, target);
        }
    }

    pub(crate) fn resolve_type(&mut self, t: &TypeSyntax) -> Ty {
        let r = TypeResolver {
            world: self.world,
            file: self.file,
            scope: self.scope,
            generics: &self.generics,
            undeclared: None,
        };
        let mut d = Vec::new();
        let ty = r.resolve(t, &mut d);
        self.diags.extend(d);
        self.check_pointer_type(&ty, t.range);
        if !ty.is_error() {
            self.note(t.range, false, || Some(refs::Target::Type(ty.clone())));
        }
        ty
    }

    /// Opens a scope; returns its id (emit `Stmt::ScopeStart(id)` where it begins).
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

    /// Declares a local in the innermost scope (CS0128 / CS0136 on clashes).
    pub(crate) fn declare_local(&mut self, name: &str, ty: Ty, range: TextRange) -> LocalId {
        if self.lookup_var(name).is_some() {
            let same_scope = self
                .scopes
                .last()
                .is_some_and(|s| s.iter().any(|(n, _)| n == name));
            let code = if same_scope {
                Code::CS0128
            } else {
                Code::CS0136
            };
            self.error(code, range, &[name]);
        }
        let scope = self.current_scope();
        let id = self.body.new_local_in(name, ty.clone(), false, scope);
        self.note(range, true, || Some(refs::Target::Local(id)));
        if let Some(s) = self.scopes.last_mut() {
            s.push((name.to_owned(), Var::Local(id, ty)));
        }
        id
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
            if let Some((_, v)) = s.iter().rev().find(|(n, _)| n == name) {
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

    /// `this` as an expression.
    pub(crate) fn this_expr(&self) -> Expr {
        self.used_this.set(true);
        Expr::new(ExprKind::This, self.self_ty.clone())
    }

    pub(crate) fn is_static(&self) -> bool {
        self.method.is_static()
    }
}

impl BodyBinder<'_> {
    /// Reports `goto` targets that name no label (CS0159).
    pub(crate) fn check_labels(&mut self) {
        let missing: Vec<(String, TextRange)> = self
            .goto_names
            .iter()
            .filter(|(n, _)| !self.defined_labels.contains(n))
            .cloned()
            .collect();
        for (n, r) in missing {
            self.error(Code::CS0159, r, &[&n]);
        }
    }
}

impl BodyBinder<'_> {
    /// Fixes the type of a local declared before its type was known (`out var`).
    pub(crate) fn set_local_type(&mut self, id: LocalId, ty: Ty) {
        if let Some(l) = self.body.locals.get_mut(id.0 as usize) {
            l.ty = ty.clone();
        }
        for s in self.scopes.iter_mut().rev() {
            for (_, v) in s.iter_mut() {
                if let Var::Local(l, t) = v {
                    if *l == id {
                        *t = ty.clone();
                    }
                }
            }
        }
    }
}
