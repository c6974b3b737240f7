//! Statements: locals (`var` inference, `const`), control flow with reachability
//! (CS0162 for unreachable code, and the end-of-body check behind CS0161), loops with
//! their break/continue labels, `switch` (case constants, `goto case`, no fall-through),
//! `try`/`catch`/`finally` with filters, and `throw`; `foreach` and `using` lower in
//! `foreach`.

use super::BodyBinder;
use super::flow::join;
use crate::syntax::{self as syn, StmtKind as S};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{Catch, Expr, ExprKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

pub(super) fn is_var(t: &syn::TypeSyntax) -> bool {
    matches!(&t.kind, syn::TypeKind::Named { qualifier: None, name, args } if &*name.text == "var" && args.is_empty())
}

impl BodyBinder<'_> {
    pub(crate) fn block(&mut self, stmts: &[syn::Stmt]) -> Vec<Stmt> {
        let scope = self.push_scope();
        self.declare_local_functions(stmts);
        // Most statements bind to a sequence point and one statement.
        let mut out = Vec::with_capacity(1 + 2 * stmts.len());
        out.push(Stmt::ScopeStart(scope));
        let mut warned = false;
        for s in stmts {
            if !self.reachable
                && !warned
                && !matches!(
                    s.kind,
                    S::Labeled { .. } | S::Empty | S::LocalFunction(_) | S::Block(_)
                )
            {
                let at = self.first_token(s.range);
                self.error(Code::CS0162, at, &[]);
                warned = true;
            }
            if let S::Labeled { .. } = s.kind {
                warned = false;
            }
            self.stmt(s, &mut out);
        }
        self.pop_scope();
        out
    }

    pub(super) fn embedded(&mut self, s: &syn::Stmt) -> Stmt {
        let scope = self.push_scope();
        let mut out = Vec::with_capacity(3);
        out.push(Stmt::ScopeStart(scope));
        self.stmt(s, &mut out);
        self.pop_scope();
        Stmt::Block(out)
    }

    pub(crate) fn condition(&mut self, e: &syn::Expr) -> Expr {
        let v = self.expr(e);
        if v.ty != Ty::Bool && self.implicit_conv(&v, &Ty::Bool).is_none() {
            if let Some(id) = self
                .world
                .type_def_of(&v.ty)
                .filter(|_| matches!(v.ty, Ty::Named(..)))
            {
                let d = self.world.details(id);
                if let Some(i) = d
                    .methods
                    .iter()
                    .position(|m| m.name == "op_True" && m.params.len() == 1)
                {
                    let method = frontend_core::ir::MethodRef {
                        id: frontend_core::symbols::MethodId {
                            ty: id,
                            idx: i as u32,
                        },
                        type_args: std::sync::Arc::from(v.ty.type_args()),
                        method_args: std::sync::Arc::from([]),
                    };
                    return Expr::new(
                        ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                            receiver: None,
                            method,
                            args: vec![v],
                            virtual_call: false,
                        })),
                        Ty::Bool,
                    );
                }
            }
        }
        self.convert(v, &Ty::Bool, e.range)
    }

    pub(crate) fn stmt(&mut self, s: &syn::Stmt, out: &mut Vec<Stmt>) {
        let range = s.range;
        match &s.kind {
            S::Block(b) => {
                let inner = self.block(&b.statements);
                out.push(Stmt::Block(inner));
            }
            S::Empty => {}
            S::LocalDecl(d) => {
                out.push(self.seq_point(range));
                self.local_decl(d, out);
            }
            S::LocalFunction(f) => self.local_function(f, out),
            S::Expr(e) => {
                out.push(self.seq_point(range));
                let is_statement_expr = matches!(
                    e.kind,
                    syn::ExprKind::Invocation { .. }
                        | syn::ExprKind::Assign { .. }
                        | syn::ExprKind::Postfix { .. }
                        | syn::ExprKind::New { .. }
                        | syn::ExprKind::Unary {
                            op: syn::UnaryOp::PreIncrement | syn::UnaryOp::PreDecrement,
                            ..
                        }
                        | syn::ExprKind::Throw(_)
                        | syn::ExprKind::Error
                );
                let v = self.expr(e);
                if !is_statement_expr && !v.ty.is_error() {
                    self.error(Code::CS0201, e.range, &[]);
                }
                if matches!(v.kind, ExprKind::Throw(_)) {
                    self.reachable = false;
                }
                out.push(Stmt::Expr(v));
            }
            S::If {
                condition,
                then,
                otherwise,
            } => {
                out.push(self.seq_point(condition.range));
                let c = self.condition(condition);
                let start = self.reachable;
                let constant = match c.kind {
                    ExprKind::Const(ConstValue::Bool(b)) => Some(b),
                    _ => None,
                };
                let before = self.unassigned.clone();
                self.reachable = start && constant != Some(false);
                let t = self.embedded(then);
                let after_then = self.reachable;
                let then_state = std::mem::replace(&mut self.unassigned, before);
                self.reachable = start && constant != Some(true);
                let o = otherwise.as_ref().map(|o| Box::new(self.embedded(o)));
                let after_else = self.reachable;
                let else_state = std::mem::take(&mut self.unassigned);
                self.unassigned = join(after_then, then_state, after_else, else_state);
                self.reachable = after_then || after_else;
                out.push(Stmt::If {
                    condition: Box::new(c),
                    then: Box::new(t),
                    otherwise: o,
                });
            }
            S::While { condition, body } => {
                out.push(self.seq_point(condition.range));
                let c = self.condition(condition);
                let always = matches!(c.kind, ExprKind::Const(ConstValue::Bool(true)));
                let never = matches!(c.kind, ExprKind::Const(ConstValue::Bool(false)));
                let (brk, cont) = (self.body.new_label(), self.body.new_label());
                self.breakables.push((brk, Some(cont)));
                let start = self.reachable;
                let at_test = self.unassigned.clone();
                self.reachable = start && !never;
                let b = self.embedded(body);
                self.breakables.pop();
                self.leave_breakable(start && !always, at_test, brk);
                out.push(Stmt::Loop {
                    condition: if always { None } else { Some(Box::new(c)) },
                    body: Box::new(b),
                    step: Vec::new(),
                    break_label: brk,
                    continue_label: cont,
                });
            }
            S::Do { body, condition } => {
                let (brk, cont) = (self.body.new_label(), self.body.new_label());
                self.breakables.push((brk, Some(cont)));
                let b = self.embedded(body);
                self.breakables.pop();
                let c = self.condition(condition);
                let always = matches!(c.kind, ExprKind::Const(ConstValue::Bool(true)));
                let at_test = self.unassigned.clone();
                self.leave_breakable(self.reachable && !always, at_test, brk);
                out.push(Stmt::DoWhile {
                    body: Box::new(b),
                    condition: Box::new(c),
                    break_label: brk,
                    continue_label: cont,
                });
            }
            S::For {
                init,
                condition,
                step,
                body,
            } => {
                let scope = self.push_scope();
                let mut pre = vec![Stmt::ScopeStart(scope)];
                match init.as_deref() {
                    Some(syn::ForInit::Decl(d)) => self.local_decl(d, &mut pre),
                    Some(syn::ForInit::Exprs(es)) => {
                        for e in es {
                            let v = self.expr(e);
                            pre.push(Stmt::Expr(v));
                        }
                    }
                    None => {}
                }
                let c = condition.as_ref().map(|c| self.condition(c));
                let always = c
                    .as_ref()
                    .is_none_or(|c| matches!(c.kind, ExprKind::Const(ConstValue::Bool(true))));
                let (brk, cont) = (self.body.new_label(), self.body.new_label());
                self.breakables.push((brk, Some(cont)));
                let start = self.reachable;
                let at_test = self.unassigned.clone();
                let b = self.embedded(body);
                self.breakables.pop();
                let step: Vec<Stmt> = step.iter().map(|e| Stmt::Expr(self.expr(e))).collect();
                self.pop_scope();
                self.leave_breakable(start && !always, at_test, brk);
                pre.push(Stmt::Loop {
                    condition: if always { None } else { c.map(Box::new) },
                    body: Box::new(b),
                    step,
                    break_label: brk,
                    continue_label: cont,
                });
                out.push(self.seq_point(range));
                out.push(Stmt::Block(pre));
            }
            S::Foreach {
                ty,
                name,
                collection,
                body,
            } => {
                out.push(self.seq_point(collection.range));
                let lowered = self.foreach(ty, name, collection, body);
                out.push(lowered);
            }
            S::Break => {
                out.push(self.seq_point(range));
                match self.breakables.last() {
                    Some((brk, _)) => {
                        let brk = *brk;
                        self.record_break(brk);
                        self.mark_broke(brk);
                        out.push(Stmt::Goto(brk));
                    }
                    None => self.error(Code::CS0139, range, &[]),
                }
                self.reachable = false;
            }
            S::Continue => {
                out.push(self.seq_point(range));
                match self.breakables.iter().rev().find_map(|(_, c)| *c) {
                    Some(c) => out.push(Stmt::Goto(c)),
                    None => self.error(Code::CS0139, range, &[]),
                }
                self.reachable = false;
            }
            S::Return(_) if self.iterator.is_some() && self.ret_stack.is_empty() => {
                self.error(Code::CS1622, self.first_token(range), &[]);
            }
            S::Return(value) => {
                out.push(self.seq_point(range));
                let ret = self
                    .ret_stack
                    .last()
                    .cloned()
                    .unwrap_or_else(|| self.method.ret.clone());
                let is_ctor = self.ret_stack.is_empty()
                    && (self.method.name == ".ctor" || self.method.name == ".cctor");
                match (value, ret == Ty::Void || is_ctor) {
                    (None, true) => out.push(Stmt::Return(None)),
                    (Some(v), true) => {
                        let e = self.expr(v);
                        let name = super::super::display::method(
                            self.world,
                            &Ty::named(self.type_id),
                            self.method,
                        );
                        self.error(Code::CS0127, self.first_token(range), &[&name]);
                        out.push(Stmt::Expr(e));
                        out.push(Stmt::Return(None));
                    }
                    (None, false) => {
                        let shown = self.show(&ret);
                        self.error(Code::CS0126, self.first_token(range), &[&shown]);
                        out.push(Stmt::Return(None));
                    }
                    (Some(v), false) => {
                        let e = self.expr_to(v, &ret);
                        out.push(Stmt::Return(Some(e)));
                    }
                }
                self.check_out_params(range);
                self.reachable = false;
            }
            S::Throw(value) => {
                out.push(self.seq_point(range));
                match value {
                    Some(v) => {
                        let e = self.expr(v);
                        let ex = self
                            .world
                            .well_known("System", "Exception")
                            .map(Ty::named)
                            .unwrap_or(Ty::Error);
                        if !e.ty.is_error()
                            && !self.is_base_or_interface(&e.ty, &ex)
                            && e.ty != Ty::Null
                        {
                            self.error(Code::CS0155, v.range, &[]);
                        }
                        out.push(Stmt::Throw(Some(e)));
                    }
                    None => {
                        if self.catch_depth == 0 {
                            self.error(Code::CS0156, range, &[]);
                        }
                        out.push(Stmt::Throw(None));
                    }
                }
                self.reachable = false;
            }
            S::Goto(target) => {
                out.push(self.seq_point(range));
                match target {
                    syn::GotoTarget::Label(l) => {
                        let id = self.label_named(&l.text);
                        self.goto_names.push((l.text[..].to_owned(), l.range));
                        out.push(Stmt::Goto(id));
                    }
                    syn::GotoTarget::Case(v) => {
                        let e = self.expr(v);
                        let found = match (&e.kind, self.switch_cases.last()) {
                            (ExprKind::Const(c), Some(cases)) => cases
                                .iter()
                                .find(|(k, _)| {
                                    k.as_i128() == c.as_i128() && k.as_string() == c.as_string()
                                })
                                .map(|(_, l)| *l),
                            _ => None,
                        };
                        match found {
                            Some(l) => out.push(Stmt::Goto(l)),
                            None => self.error(Code::CS0159, range, &[self.text(v.range)]),
                        }
                    }
                    syn::GotoTarget::Default => {
                        match self.switch_defaults.last().copied().flatten() {
                            Some(l) => out.push(Stmt::Goto(l)),
                            None => self.error(Code::CS0159, range, &["default:"]),
                        }
                    }
                }
                self.reachable = false;
            }
            S::Labeled { label, statement } => {
                let id = self.label_named(&label.text);
                self.defined_labels.push(label.text[..].to_owned());
                if !self.reachable {
                    // Reached only by `goto`: assume the best.
                    self.unassigned.clear();
                }
                self.reachable = true;
                out.push(Stmt::Label(id));
                self.stmt(statement, out);
            }
            S::Switch { value, sections } => {
                out.push(self.seq_point(value.range));
                let lowered = self.switch(value, sections, range);
                out.push(lowered);
            }
            S::Try {
                body,
                catches,
                finally,
            } => {
                let start = self.reachable;
                let before = self.unassigned.clone();
                let guarded = u32::from(!catches.is_empty());
                let finally_runs = u32::from(finally.is_some());
                self.try_catch_depth += guarded;
                self.try_finally_depth += finally_runs;
                let b = self.block(&body.statements);
                self.try_catch_depth -= guarded;
                let mut end = self.reachable;
                let mut end_state = std::mem::take(&mut self.unassigned);
                let mut cs = Vec::new();
                for c in catches {
                    self.reachable = start;
                    self.unassigned = before.clone();
                    self.push_scope();
                    let ex = self
                        .world
                        .well_known("System", "Exception")
                        .map(Ty::named)
                        .unwrap_or(Ty::Object);
                    let ty = match &c.ty {
                        Some(t) => self.resolve_type(t),
                        None => ex.clone(),
                    };
                    if !ty.is_error() && !self.is_base_or_interface(&ty, &ex) {
                        self.error(Code::CS0155, c.ty.as_ref().map_or(range, |t| t.range), &[]);
                    }
                    let local = c
                        .name
                        .as_ref()
                        .map(|n| self.declare_local(&n.text, ty.clone(), n.range));
                    let filter = c.filter.as_ref().map(|f| self.condition(f));
                    self.catch_depth += 1;
                    let body = self.block(&c.body.statements);
                    self.catch_depth -= 1;
                    self.pop_scope();
                    let caught = std::mem::take(&mut self.unassigned);
                    end_state = join(end, end_state, self.reachable, caught);
                    end |= self.reachable;
                    cs.push(Catch {
                        ty,
                        local,
                        filter,
                        body,
                    });
                }
                self.try_finally_depth -= finally_runs;
                self.unassigned = before;
                let f = finally.as_ref().map(|f| {
                    self.reachable = true;
                    self.finally_depth += 1;
                    let f = self.block(&f.statements);
                    self.finally_depth -= 1;
                    f
                });
                if f.is_some() && !self.reachable {
                    end = false;
                }
                self.reachable = end;
                // What the finally block assigns is assigned after the statement.
                let after_finally = std::mem::take(&mut self.unassigned);
                self.unassigned = end_state.intersection(&after_finally).copied().collect();
                out.push(Stmt::Try {
                    body: b,
                    catches: cs.into(),
                    finally: f,
                });
            }
            S::Checked(b) | S::Unchecked(b) => {
                let saved = (self.checked, self.unchecked);
                self.checked = matches!(s.kind, S::Checked(_));
                self.unchecked = !self.checked;
                let inner = self.block(&b.statements);
                (self.checked, self.unchecked) = saved;
                out.push(Stmt::Block(inner));
            }
            S::Unsafe(b) => self.unsafe_block(b, range, out),
            S::Fixed { decl, body } => self.fixed(decl, body, range, out),
            S::Using { resource, body } => {
                out.push(self.seq_point(range));
                let lowered = self.using(resource, body);
                out.push(lowered);
            }
            S::YieldReturn(_) | S::YieldBreak => self.yield_stmt(&s.kind, range, out),
            S::Error => {}
        }
    }

    pub(super) fn local_decl(&mut self, d: &syn::LocalDecl, out: &mut Vec<Stmt>) {
        let inferred = is_var(&d.ty);
        let declared = if inferred {
            Ty::Error
        } else {
            self.resolve_type(&d.ty)
        };
        for v in &d.declarators {
            if d.is_const {
                let value = v.init.as_ref().map(|e| {
                    // An initializer already in error (CS0020, …) is not also CS0133.
                    let x = self.expr(e);
                    if x.ty.is_error() {
                        x
                    } else {
                        self.convert(x, &declared, e.range)
                    }
                });
                match value {
                    Some(Expr {
                        kind: ExprKind::Const(c),
                        ..
                    }) => self.declare_const(&v.name.text, c, declared.clone()),
                    Some(e) if e.ty.is_error() => {
                        self.declare_const(&v.name.text, ConstValue::I4(0), Ty::Error)
                    }
                    _ => {
                        self.error(
                            Code::CS0133,
                            v.init.as_ref().map_or(v.name.range, |e| e.range),
                            &[&v.name.text],
                        );
                        self.declare_const(&v.name.text, ConstValue::I4(0), Ty::Error);
                    }
                }
                continue;
            }
            let (ty, value) = if inferred {
                match &v.init {
                    None => {
                        self.error(Code::CS0818, v.name.range, &[]);
                        (Ty::Error, None)
                    }
                    Some(init) => {
                        let e = self.expr(init);
                        match &e.ty {
                            Ty::Null => {
                                let at = TextRange {
                                    start: v.name.range.start,
                                    end: init.range.end,
                                };
                                self.error(Code::CS0815, at, &["<null>"]);
                                (Ty::Error, Some(e))
                            }
                            Ty::Void => {
                                let at = TextRange {
                                    start: v.name.range.start,
                                    end: init.range.end,
                                };
                                self.error(Code::CS0815, at, &["void"]);
                                (Ty::Error, Some(e))
                            }
                            t => (t.clone(), Some(e)),
                        }
                    }
                }
            } else {
                let value = v.init.as_ref().map(|e| self.expr_to(e, &declared));
                (declared.clone(), value)
            };
            let id = self.declare_local(&v.name.text, ty.clone(), v.name.range);
            if value.is_none() {
                self.declare_unassigned(id, &ty);
            }
            if let Some(value) = value {
                let target = self.local_expr(id);
                out.push(Stmt::Expr(Expr::new(
                    ExprKind::Assign {
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    Ty::Void,
                )));
            }
        }
    }

    fn label_named(&mut self, name: &str) -> frontend_core::ir::LabelId {
        if let Some(&l) = self.labels.get(name) {
            return l;
        }
        let l = self.body.new_label();
        self.labels.insert(name.to_owned(), l);
        l
    }

    pub(super) fn broke(&self, l: frontend_core::ir::LabelId) -> bool {
        self.broken.contains(&l)
    }

    pub(super) fn mark_broke(&mut self, l: frontend_core::ir::LabelId) {
        if self.reachable {
            self.broken.push(l);
        }
    }
}
