//! Statements: local declarations (`Dim`, `Const`, `As New`, array bounds, inference),
//! assignments (compound ones through `CompoundAssign`), calls, `If`, `Return`/`Exit`/
//! `Continue`, `Throw`, `Try`/`Catch … When`/`Finally`, `Using`, `With`, `AddHandler`/
//! `RemoveHandler`/`RaiseEvent`, `ReDim`, labels and `GoTo`. Loops and `Select Case` are
//! in `flow`.

use super::{BlockKind, BodyBinder, Bound};
use crate::bind::declare::type_char_ty;
use crate::syntax as syn;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{Catch, CmpOp, Expr, ExprKind, Stmt};
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    pub(crate) fn block(&mut self, stmts: &[syn::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    /// A nested block with its own scope.
    pub(crate) fn scoped_block(&mut self, stmts: &[syn::Stmt]) -> Stmt {
        let scope = self.push_scope();
        let mut out = vec![Stmt::ScopeStart(scope)];
        out.extend(self.block(stmts));
        self.pop_scope();
        Stmt::Block(out)
    }

    pub(crate) fn stmt(&mut self, s: &syn::Stmt, out: &mut Vec<Stmt>) {
        use syn::StmtKind as K;
        if !matches!(
            s.kind,
            K::If { .. } | K::Select { .. } | K::Try { .. } | K::LocalDecl(_)
        ) {
            out.push(Stmt::SeqPoint(s.range));
        }
        match &s.kind {
            K::LocalDecl(d) => self.local_decl(d, out),
            K::Expr(e) => {
                let v = match &e.kind {
                    syn::ExprKind::Invocation { .. }
                    | syn::ExprKind::Name { .. }
                    | syn::ExprKind::Member { .. } => self.expr(e),
                    _ => {
                        self.error(Code::BC30035, e.range, &[]);
                        return;
                    }
                };
                out.push(Stmt::Expr(v));
            }
            K::Assign { op, target, value } => {
                let e = self.assignment(*op, target, value, s.range);
                out.push(Stmt::Expr(e));
            }
            K::If {
                condition,
                then,
                else_ifs,
                otherwise,
                ..
            } => {
                out.push(Stmt::SeqPoint(condition.range));
                let c = self.condition(condition);
                let t = self.scoped_block(then);
                let mut tail: Option<Box<Stmt>> =
                    otherwise.as_ref().map(|o| Box::new(self.scoped_block(o)));
                let mut chain = Vec::new();
                for ei in else_ifs {
                    let c = self.condition(&ei.condition);
                    let b = self.scoped_block(&ei.body);
                    chain.push((ei.condition.range, c, b));
                }
                for (r, c, b) in chain.into_iter().rev() {
                    tail = Some(Box::new(Stmt::Block(vec![
                        Stmt::SeqPoint(r),
                        Stmt::If {
                            condition: Box::new(c),
                            then: Box::new(b),
                            otherwise: tail,
                        },
                    ])));
                }
                out.push(Stmt::If {
                    condition: Box::new(c),
                    then: Box::new(t),
                    otherwise: tail,
                });
            }
            K::Select { value, cases } => out.push(self.select(value, cases, s.range)),
            K::While { condition, body } => out.push(self.while_loop(condition, body)),
            K::Do { top, bottom, body } => {
                out.push(self.do_loop(top.as_ref(), bottom.as_ref(), body))
            }
            K::For {
                control,
                from,
                to,
                step,
                body,
                ..
            } => out.push(self.for_loop(control, from, to, step.as_ref(), body, s.range)),
            K::ForEach {
                control,
                collection,
                body,
                ..
            } => out.push(self.for_each(control, collection, body, s.range)),
            K::Exit(kind) => self.exit(*kind, s.range, out),
            K::Continue(kind) => {
                let want = match kind {
                    syn::ContinueKind::Do => BlockKind::Do,
                    syn::ContinueKind::For => BlockKind::For,
                    syn::ContinueKind::While => BlockKind::While,
                };
                match self.blocks.iter().rev().find(|b| b.0 == want) {
                    Some((_, _, Some(c))) => out.push(Stmt::Goto(*c)),
                    _ => {
                        let code = match kind {
                            syn::ContinueKind::Do => Code::BC30782,
                            syn::ContinueKind::For => Code::BC30783,
                            syn::ContinueKind::While => Code::BC30784,
                        };
                        self.error(code, s.range, &[]);
                    }
                }
            }
            K::Return(v) => self.return_stmt(v.as_ref(), s.range, out),
            K::Throw(v) => match v {
                Some(e) => {
                    let x = self.value(e);
                    let exc = self
                        .world
                        .well_known("System", "Exception")
                        .map(Ty::named)
                        .unwrap_or(Ty::Object);
                    let x = self.convert(x, &exc, e.range);
                    out.push(Stmt::Throw(Some(x)));
                }
                None => out.push(Stmt::Throw(None)),
            },
            K::Try {
                body,
                catches,
                finally,
            } => {
                let brk = self.body.new_label();
                self.blocks.push((BlockKind::Try, brk, None));
                let b = vec![self.scoped_block(body)];
                let mut cs = Vec::new();
                for c in catches {
                    let scope = self.push_scope();
                    let ty = match &c.ty {
                        Some(t) => self.resolve_type(t),
                        None => self
                            .world
                            .well_known("System", "Exception")
                            .map(Ty::named)
                            .unwrap_or(Ty::Object),
                    };
                    let local = c
                        .name
                        .as_ref()
                        .map(|n| self.declare_local(&n.text, ty.clone(), n.range));
                    let filter = c.filter.as_ref().map(|f| self.condition(f));
                    let mut body = vec![Stmt::ScopeStart(scope)];
                    body.extend(self.block(&c.body));
                    self.pop_scope();
                    cs.push(Catch {
                        ty,
                        local,
                        filter,
                        body,
                    });
                }
                let f = finally.as_ref().map(|f| vec![self.scoped_block(f)]);
                self.blocks.pop();
                out.push(Stmt::Try {
                    body: b,
                    catches: cs.into(),
                    finally: f,
                });
                out.push(Stmt::Label(brk));
            }
            K::Using { resource, body } => out.push(self.using(resource, body)),
            K::With { target, body } => {
                let v = self.value(target);
                let t = self.temp(v.ty.clone());
                let te = self.local_expr(t);
                out.push(Self::assign_stmt(te.clone(), v));
                self.with_stack.push(te);
                out.push(self.scoped_block(body));
                self.with_stack.pop();
            }
            K::AddHandler { event, handler } | K::RemoveHandler { event, handler } => {
                let add = matches!(s.kind, K::AddHandler { .. });
                let ev = self.expr(event);
                let ExprKind::Property(p) = ev.kind else {
                    if !ev.ty.is_error() {
                        self.error(Code::BC30676, event.range, &[self.text(event.range), "?"]);
                    }
                    return;
                };
                let frontend_core::ir::PropertyExpr {
                    receiver,
                    getter,
                    setter,
                    ..
                } = *p;
                let h = self.expr_to(handler, &ev.ty);
                let Some(m) = (if add { getter } else { setter }) else {
                    return;
                };
                let sym = self.world.method(m.id);
                let virtual_call = receiver.is_some() && sym.is_virtual();
                out.push(Stmt::Expr(Expr::new(
                    ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                        receiver,
                        method: m,
                        args: vec![h],
                        virtual_call,
                    })),
                    Ty::Void,
                )));
            }
            K::RaiseEvent { name, args } => self.raise_event(name, args, out),
            K::ReDim { preserve, clauses } => {
                for c in clauses {
                    let syn::ExprKind::Invocation { target, args } = &c.kind else {
                        continue;
                    };
                    let t = self.expr(target);
                    let Ty::Array(elem, rank) = t.ty.clone() else {
                        if !t.ty.is_error() {
                            self.error(Code::BC30049, c.range, &[]);
                        }
                        continue;
                    };
                    if *preserve && rank == 1 && args.len() == 1 {
                        let n = self.upper_bound(&args[0].value);
                        let addr = self.address_of(t);
                        let Some(aid) = self.world.well_known("System", "Array") else {
                            continue;
                        };
                        let d = self.world.details(aid);
                        if let Some(i) = d.methods.iter().position(|m| m.name == "Resize") {
                            out.push(Stmt::Expr(Expr::new(
                                ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                                    receiver: None,
                                    method: frontend_core::ir::MethodRef {
                                        id: frontend_core::symbols::MethodId {
                                            ty: aid,
                                            idx: i as u32,
                                        },
                                        type_args: std::sync::Arc::from([]),
                                        method_args: std::sync::Arc::from([(*elem).clone()]),
                                    },
                                    args: vec![addr, n],
                                    virtual_call: false,
                                })),
                                Ty::Void,
                            )));
                        }
                        continue;
                    }
                    let sizes = args.iter().map(|a| self.upper_bound(&a.value)).collect();
                    let arr = Expr::new(ExprKind::NewArray { sizes }, t.ty.clone());
                    out.push(Self::assign_stmt(t, arr));
                }
            }
            K::GoTo(name) => {
                let l = self.label_named(&name.text);
                out.push(Stmt::Goto(l));
            }
            K::Label(name) => {
                let l = self.label_named(&name.text);
                out.push(Stmt::Label(l));
            }
            K::End => {
                let zero = Expr::constant(ConstValue::I4(0), Ty::I4);
                let e = self.static_call("System", "Environment", "Exit", vec![zero]);
                out.push(Stmt::Expr(e));
            }
            K::Stop => {}
            K::Yield(_) => self.error(Code::CL0002, s.range, &["iterators"]),
            K::Error => {}
        }
    }

    fn label_named(&mut self, name: &str) -> frontend_core::ir::LabelId {
        let key = name.to_ascii_lowercase();
        if let Some(&l) = self.labels.get(&key) {
            return l;
        }
        let l = self.body.new_label();
        self.labels.insert(key, l);
        l
    }

    fn exit(
        &mut self,
        kind: syn::ExitKind,
        range: frontend_core::source::TextRange,
        out: &mut Vec<Stmt>,
    ) {
        use syn::ExitKind as E;
        let want = match kind {
            E::Sub | E::Function | E::Property => {
                if !self.ret_stack.is_empty() {
                    out.push(Stmt::Return(None));
                    return;
                }
                let is_fn = self.method.ret != Ty::Void;
                match (kind, is_fn) {
                    (E::Sub, true) => self.error(Code::BC30065, range, &[]),
                    (E::Function, false) => self.error(Code::BC30067, range, &[]),
                    _ => {}
                }
                let v = self.ret_local.as_ref().map(|(_, l)| self.local_expr(*l));
                out.push(Stmt::Return(if is_fn { v } else { None }));
                return;
            }
            E::Do => BlockKind::Do,
            E::For => BlockKind::For,
            E::While => BlockKind::While,
            E::Select => BlockKind::Select,
            E::Try => BlockKind::Try,
        };
        match self.blocks.iter().rev().find(|b| b.0 == want) {
            Some((_, brk, _)) => out.push(Stmt::Goto(*brk)),
            None => {
                let code = match want {
                    BlockKind::Do => Code::BC30089,
                    BlockKind::For => Code::BC30096,
                    BlockKind::While => Code::BC30097,
                    BlockKind::Select => Code::BC30099,
                    BlockKind::Try => Code::BC30393,
                };
                self.error(code, range, &[]);
            }
        }
    }

    fn return_stmt(
        &mut self,
        v: Option<&syn::Expr>,
        range: frontend_core::source::TextRange,
        out: &mut Vec<Stmt>,
    ) {
        let ret = match self.ret_stack.last() {
            Some(t) => t.clone(),
            None => self.method.ret.clone(),
        };
        match (v, ret == Ty::Void) {
            (Some(e), true) => {
                self.error(Code::BC30647, range, &[]);
                let _ = self.expr(e);
            }
            (None, false) => {
                // Roslyn counts the value as returned (the error is enough).
                self.error(Code::BC30654, range, &[]);
                out.push(Stmt::Return(None));
            }
            (Some(e), false) => {
                let x = self.expr_to(e, &ret);
                out.push(Stmt::Return(Some(x)));
            }
            (None, true) => out.push(Stmt::Return(None)),
        }
    }

    /// `x = v`, `x += v`, ….
    fn assignment(
        &mut self,
        op: Option<syn::BinaryOp>,
        target: &syn::Expr,
        value: &syn::Expr,
        range: frontend_core::source::TextRange,
    ) -> Expr {
        let t = self.expr(target);
        if t.ty.is_error() {
            let _ = self.expr(value);
            return super::expr::error_expr();
        }
        let t = self.readonly_auto_property_field(t);
        if !self.check_assignable(&t, target.range) {
            let _ = self.expr(value);
            return super::expr::error_expr();
        }
        let ty = t.ty.clone();
        if let (None, ExprKind::Local(id)) = (op, &t.kind) {
            if let Some(r) = self.local_refs.iter_mut().rev().find(|r| r.0 == *id) {
                r.2 = true;
            }
        }
        match op {
            None => {
                let v = self.expr_to(value, &ty);
                Expr::new(
                    ExprKind::Assign {
                        target: Box::new(t),
                        value: Box::new(v),
                    },
                    Ty::Void,
                )
            }
            Some(op) => {
                let old = Expr::new(ExprKind::OldValue, ty.clone());
                let r = self.value(value);
                let v = self.binary(op, old, r, range);
                let v = self.convert(v, &ty, range);
                Expr::new(
                    ExprKind::CompoundAssign {
                        target: Box::new(t),
                        value: Box::new(v),
                        postfix: false,
                    },
                    Ty::Void,
                )
            }
        }
    }

    /// A `ReadOnly` auto-property assigned in its type's constructor is its backing
    /// field.
    fn readonly_auto_property_field(&self, t: Expr) -> Expr {
        let ExprKind::Property(p) = &t.kind else {
            return t;
        };
        let frontend_core::ir::PropertyExpr {
            receiver,
            getter: Some(g),
            setter: None,
            args,
            ..
        } = &**p
        else {
            return t;
        };
        let in_ctor = self.method.name == ".ctor" || self.method.name == ".cctor";
        if g.id.ty != self.type_id || !in_ctor || !args.is_empty() {
            return t;
        }
        let d = self.world.details(self.type_id);
        let gname = &d.methods[g.id.idx as usize].name;
        let field = format!("_{}", gname.trim_start_matches("get_"));
        let Some(i) = d.fields.iter().position(|f| f.name == field) else {
            return t;
        };
        Expr::new(
            ExprKind::Field {
                receiver: receiver.clone(),
                field: Box::new(frontend_core::ir::FieldRef {
                    id: frontend_core::symbols::FieldId {
                        ty: self.type_id,
                        idx: i as u32,
                    },
                    type_args: g.type_args.clone(),
                }),
            },
            t.ty.clone(),
        )
    }

    pub(crate) fn check_assignable(
        &mut self,
        t: &Expr,
        range: frontend_core::source::TextRange,
    ) -> bool {
        match &t.kind {
            ExprKind::Local(_)
            | ExprKind::Arg(_)
            | ExprKind::ArrayElement { .. }
            | ExprKind::Deref(_) => true,
            ExprKind::Field { field, .. } => {
                if self.field_is_readonly_here(field) {
                    self.error(Code::BC30064, range, &[]);
                    return false;
                }
                true
            }
            ExprKind::Property(p) => {
                if p.setter.is_none() {
                    let name = self.text(range).rsplit('.').next().unwrap_or("").to_owned();
                    self.error(Code::BC30526, range, &[&name]);
                    return false;
                }
                true
            }
            ExprKind::Const(_) => {
                self.error(Code::BC30074, range, &[]);
                false
            }
            _ => {
                self.error(Code::BC30068, range, &[]);
                false
            }
        }
    }

    fn local_decl(&mut self, d: &syn::LocalDecl, out: &mut Vec<Stmt>) {
        let is_const = d.modifiers.contains(&syn::Modifier::Const);
        if d.modifiers.contains(&syn::Modifier::Static) {
            self.static_decl(d, out);
            return;
        }
        for decl in &d.declarators {
            let declared = match &decl.as_clause {
                Some(syn::AsClause::Type(t)) => Some(self.resolve_type(t)),
                // `As New T(…)`: the type is the `New` expression's.
                Some(syn::AsClause::New(_)) | None => None,
            };
            for name in &decl.names {
                out.push(Stmt::SeqPoint(name.name.range));
                let mut ty = declared
                    .clone()
                    .or_else(|| type_char_ty(name.name.type_char));
                if let Some(t) = &mut ty {
                    if name.nullable {
                        *t = self.resolver().nullable(t.clone());
                    }
                    *t = name.array_of(t.clone());
                }
                let init = match (&decl.as_clause, &decl.init) {
                    (Some(syn::AsClause::New(e)), _) => {
                        let v = self.expr(e);
                        ty = Some(v.ty.clone());
                        Some(v)
                    }
                    (_, Some(e)) => Some(match &ty {
                        Some(t) => self.expr_to(e, t),
                        None => {
                            let v = self.value(e);
                            if v.ty == Ty::Null {
                                Expr {
                                    ty: Ty::Object,
                                    ..v
                                }
                            } else {
                                v
                            }
                        }
                    }),
                    _ if !name.bounds.is_empty() => {
                        let sizes = name.bounds.iter().map(|b| self.upper_bound(b)).collect();
                        ty.as_ref()
                            .map(|t| Expr::new(ExprKind::NewArray { sizes }, t.clone()))
                    }
                    _ => None,
                };
                let ty = ty
                    .or_else(|| init.as_ref().map(|i| i.ty.clone()))
                    .unwrap_or(Ty::Object);
                if is_const {
                    match init.as_ref().map(|i| &i.kind) {
                        Some(ExprKind::Const(c)) => {
                            self.declare_const(&name.name.text, c.clone(), ty);
                        }
                        _ => {
                            let at = decl.init.as_ref().map_or(name.name.range, |e| e.range);
                            self.error(Code::BC30059, at, &[]);
                        }
                    }
                    continue;
                }
                let id = self.declare_local(&name.name.text, ty.clone(), name.name.range);
                // A local without an initializer keeps its value across loop
                // iterations, as in VB (IL zeroes it once on entry).
                match init {
                    Some(v) => {
                        let le = self.local_expr(id);
                        out.push(Self::assign_stmt(le, v));
                    }
                    None => self.uninit_decls.push((id, name.name.range)),
                }
            }
        }
    }

    fn using(&mut self, resource: &syn::UsingResource, body: &[syn::Stmt]) -> Stmt {
        let scope = self.push_scope();
        let mut pre = vec![Stmt::ScopeStart(scope)];
        let mut resources = Vec::new();
        match resource {
            syn::UsingResource::Decl(d) => {
                let before = self.body.locals.len();
                let decl = syn::LocalDecl {
                    modifiers: Vec::new(),
                    declarators: d.clone(),
                };
                self.local_decl(&decl, &mut pre);
                for i in before..self.body.locals.len() {
                    if !self.body.locals[i].synthesized {
                        resources.push(self.local_expr(frontend_core::ir::LocalId(i as u32)));
                    }
                }
            }
            syn::UsingResource::Expr(e) => {
                let v = self.value(e);
                let t = self.temp(v.ty.clone());
                let te = self.local_expr(t);
                pre.push(Self::assign_stmt(te.clone(), v));
                resources.push(te);
            }
        }
        let mut inner = vec![self.scoped_block(body)];
        for r in resources.into_iter().rev() {
            if r.ty.is_error() {
                continue;
            }
            match self.dispose(r.clone()) {
                Some(d) => {
                    inner = vec![Stmt::Try {
                        body: inner,
                        catches: Vec::new().into(),
                        finally: Some(vec![d]),
                    }]
                }
                None => {
                    let shown = self.show(&r.ty);
                    self.error(
                        Code::BC36010,
                        frontend_core::source::TextRange::empty(0),
                        &[&shown],
                    );
                }
            }
        }
        self.pop_scope();
        pre.extend(inner);
        Stmt::Block(pre)
    }

    /// `If r IsNot Nothing Then DirectCast(r, IDisposable).Dispose()`.
    pub(crate) fn dispose(&mut self, r: Expr) -> Option<Stmt> {
        let idisp = self
            .world
            .well_known("System", "IDisposable")
            .map(Ty::named)?;
        if r.ty != idisp && !self.is_base_or_interface(&r.ty, &idisp) {
            return None;
        }
        if self.is_value(&r.ty) {
            let call = self.call_named(r, "Dispose", Vec::new());
            return Some(Stmt::Expr(call));
        }
        let as_i = Expr::new(ExprKind::Nop(Box::new(r.clone())), idisp);
        let call = self.call_named(as_i, "Dispose", Vec::new());
        let test = Expr::new(
            ExprKind::Compare {
                op: CmpOp::Ne,
                left: Box::new(r),
                right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
            },
            Ty::Bool,
        );
        Some(Stmt::If {
            condition: Box::new(test),
            then: Box::new(Stmt::Expr(call)),
            otherwise: None,
        })
    }

    /// `RaiseEvent E(args)`: invokes the backing delegate when it is not `Nothing`.
    fn raise_event(&mut self, name: &syn::Ident, args: &[syn::Argument], out: &mut Vec<Stmt>) {
        let d = self.world.details(self.type_id);
        let Some(ev) = d
            .events
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(&name.text))
        else {
            self.error(Code::BC30590, name.range, &[&name.text]);
            return;
        };
        let Some(f) = ev.field else {
            return;
        };
        let fsym = &d.fields[f as usize];
        let field = Expr::new(
            ExprKind::Field {
                receiver: (!fsym.is_static()).then(|| Box::new(self.this_expr())),
                field: Box::new(frontend_core::ir::FieldRef {
                    id: frontend_core::symbols::FieldId {
                        ty: self.type_id,
                        idx: f,
                    },
                    type_args: std::sync::Arc::from(self.self_ty.type_args()),
                }),
            },
            ev.ty.subst(self.self_ty.type_args(), &[]),
        );
        let t = self.temp(field.ty.clone());
        let te = self.local_expr(t);
        out.push(Self::assign_stmt(te.clone(), field));
        let a = self.args(args);
        let call = self.invoke(Bound::Value(te.clone()), a, name.range);
        let test = Expr::new(
            ExprKind::Compare {
                op: CmpOp::Ne,
                left: Box::new(te),
                right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
            },
            Ty::Bool,
        );
        out.push(Stmt::If {
            condition: Box::new(test),
            then: Box::new(Stmt::Expr(call)),
            otherwise: None,
        });
    }
}
