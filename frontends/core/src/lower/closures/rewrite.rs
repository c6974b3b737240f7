//! Rewriting one function (the method or a lambda) against the environments closure
//! conversion decided: captured variables through display-class fields, lambda
//! parameters as arguments, `this` through the chain, lambdas as `NewDelegate`s, and
//! each scope's display class created where the scope starts.

use super::*;

impl Rewriter<'_, '_> {
    pub(super) fn local_count(&self) -> u32 {
        match &self.local_map {
            None => self.cx.body.locals.len() as u32 + self.new_locals.len() as u32,
            Some(m) => m.len() as u32 + self.new_locals.len() as u32,
        }
    }

    pub(super) fn env_local(&mut self, scope: u32) -> LocalId {
        if let Some(l) = self.env.get(&scope) {
            return *l;
        }
        let id = LocalId(self.local_count());
        let ty = self.cx.dcs[&scope].ty.clone();
        self.new_locals.push(crate::ir::LocalSym {
            name: format!("CS$<>8__locals{scope}"),
            ty,
            synthesized: true,
            scope,
            pinned: false,
        });
        self.env.insert(scope, id);
        id
    }

    pub(super) fn field(&self, receiver: Expr, dc: &Dc, idx: u32) -> Expr {
        let f = FieldRef {
            id: FieldId { ty: dc.id, idx },
            type_args: self.cx.type_args.clone(),
        };
        let ty = self.dc_field_ty(dc, idx);
        Expr::new(
            ExprKind::Field {
                receiver: Some(Box::new(receiver)),
                field: Box::new(f),
            },
            ty,
        )
    }

    pub(super) fn dc_field_ty(&self, dc: &Dc, idx: u32) -> Ty {
        // Field types: captured locals' and parameters' types, parents, this.
        if Some(idx) == dc.parent_field {
            return dc
                .parent
                .map(|p| self.cx.dcs[&p].ty.clone())
                .unwrap_or(Ty::Object);
        }
        if Some(idx) == dc.this_field {
            return Ty::Named(self.cx.m.ty, self.cx.owner_args.clone());
        }
        if let Some((l, _)) = dc.fields.iter().find(|(_, i)| **i == idx) {
            return self.cx.body.locals[l.0 as usize].ty.clone();
        }
        if let Some((n, _)) = dc.arg_fields.iter().find(|(_, i)| **i == idx) {
            let first = u16::from(!self.cx.sym.is_static());
            return self.cx.sym.params[(n - first) as usize].ty.clone();
        }
        Ty::Object
    }

    /// The display-class instance of `scope` as seen from this function.
    pub(super) fn path(&mut self, scope: u32) -> Expr {
        if self.cx.a.scope_owner.get(&scope) == Some(&self.fn_idx) || self.fn_idx == 0 {
            let l = self.env_local(scope);
            return Expr::new(ExprKind::Local(l), self.cx.dcs[&scope].ty.clone());
        }
        let Placement::Display(mut cur) = self.cx.placements[self.fn_idx] else {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let mut e = Expr::new(ExprKind::This, self.cx.dcs[&cur].ty.clone());
        let mut guard = 0;
        while cur != scope && guard < 64 {
            let dc = &self.cx.dcs[&cur];
            let (Some(p), Some(pf)) = (dc.parent, dc.parent_field) else {
                break;
            };
            e = self.field(e, dc, pf);
            cur = p;
            guard += 1;
        }
        e
    }

    /// `this` of the method, as seen from this function.
    pub(super) fn this_path(&mut self) -> Expr {
        let self_ty = self
            .cx
            .world
            .normalize(self.cx.m.ty, self.cx.owner_args.clone());
        match self.cx.placements.get(self.fn_idx) {
            Some(Placement::Display(s)) if self.fn_idx != 0 => {
                // Up to the top of the chain, then its `this` field.
                let mut top = *s;
                while let Some(p) = self.cx.dcs[&top].parent {
                    top = p;
                }
                let recv = self.path(top);
                let dc = &self.cx.dcs[&top];
                match dc.this_field {
                    Some(f) => self.field(recv, dc, f),
                    None => Expr::new(ExprKind::DefaultValue, Ty::Error),
                }
            }
            _ => Expr::new(ExprKind::This, self_ty),
        }
    }

    /// Creating the display class of `scope` (and copying captured parameters in).
    pub(super) fn scope_start(&mut self, scope: u32) -> Stmt {
        let Some(dc) = self.cx.dcs.get(&scope) else {
            return Stmt::ScopeStart(scope);
        };
        let env = self.env_local(scope);
        let env_e = Expr::new(ExprKind::Local(env), dc.ty.clone());
        let ctor = MethodRef {
            id: MethodId { ty: dc.id, idx: 0 },
            type_args: self.cx.type_args.clone(),
            method_args: Arc::from([]),
        };
        let assign = |t: Expr, v: Expr| {
            Stmt::Expr(Expr::new(
                ExprKind::Assign {
                    target: Box::new(t),
                    value: Box::new(v),
                },
                Ty::Void,
            ))
        };
        let mut out = vec![assign(
            env_e.clone(),
            Expr::new(
                ExprKind::NewObject {
                    ctor: Box::new(ctor),
                    args: Vec::new(),
                },
                dc.ty.clone(),
            ),
        )];
        if let (Some(p), Some(pf)) = (dc.parent, dc.parent_field) {
            let v = self.path(p);
            out.push(assign(self.field(env_e.clone(), dc, pf), v));
        }
        let has_this = self.fn_idx == 0 || self.cx.placements[self.fn_idx] != Placement::Static;
        if let (Some(tf), true) = (dc.this_field, has_this && !self.cx.sym.is_static()) {
            let v = self.this_path();
            out.push(assign(self.field(env_e.clone(), dc, tf), v));
        }
        if scope == 0 && self.fn_idx == 0 {
            let mut args: Vec<(u16, u32)> = dc.arg_fields.iter().map(|(a, f)| (*a, *f)).collect();
            args.sort();
            for (a, f) in args {
                let p = self.dc_field_ty(dc, f);
                out.push(assign(
                    self.field(env_e.clone(), dc, f),
                    Expr::new(ExprKind::Arg(a), p),
                ));
            }
        }
        if self.fn_idx != 0 && scope == self.cx.a.fns[self.fn_idx].root_scope {
            let first = u16::from(self.cx.placements[self.fn_idx] != Placement::Static);
            for (i, p) in self.cx.a.fns[self.fn_idx].params.clone().iter().enumerate() {
                if let Some(f) = dc.fields.get(p) {
                    let ty = self.cx.body.locals[p.0 as usize].ty.clone();
                    out.push(assign(
                        self.field(env_e.clone(), dc, *f),
                        Expr::new(ExprKind::Arg(first + i as u16), ty),
                    ));
                }
            }
        }
        Stmt::Block(out)
    }

    pub(super) fn stmt(&mut self, s: &mut Stmt) {
        if let Stmt::ScopeStart(sc) = s {
            *s = self.scope_start(*sc);
            return;
        }
        stmt_children_mut(s, &mut |c| match c {
            Child::Expr(e) => self.expr(e),
            Child::Stmt(st) => self.stmt(st),
        });
    }

    pub(super) fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Lambda(_) => {
                let ExprKind::Lambda(l) = std::mem::replace(&mut e.kind, ExprKind::DefaultValue)
                else {
                    return;
                };
                self.counter += 1;
                let idx = self.counter;
                let method_id = self.lambda_methods[idx - 1];
                let placement = self.cx.placements[idx];
                let receiver = match placement {
                    Placement::Static => None,
                    Placement::Instance => Some(Box::new(self.this_path())),
                    Placement::Display(s) => Some(Box::new(self.path(s))),
                };
                let type_args = match placement {
                    Placement::Display(_) => self.cx.type_args.clone(),
                    _ => self.cx.owner_args.clone(),
                };
                let method_args: Arc<[Ty]> = match placement {
                    Placement::Display(_) => Arc::from([]),
                    _ => (0..self.cx.sym.generic_params.len() as u32)
                        .map(Ty::MVar)
                        .collect(),
                };
                let method = MethodRef {
                    id: method_id,
                    type_args,
                    method_args,
                };
                let body = self.lambda_body(idx, &l);
                self.produced.push((idx, (*l).clone(), body));
                e.kind = ExprKind::NewDelegate {
                    ctor: Box::new(l.delegate_ctor.clone()),
                    receiver,
                    method: Box::new(method),
                    virtual_call: false,
                };
            }
            ExprKind::Local(id) => {
                let id = *id;
                if self.cx.a.captured.contains(&id) {
                    let scope = self.cx.body.locals[id.0 as usize].scope;
                    let recv = self.path(scope);
                    let dc = &self.cx.dcs[&scope];
                    let f = dc.fields[&id];
                    *e = self.field(recv, dc, f);
                } else if let Some(arg) = self.lambda_param_arg(id) {
                    e.kind = ExprKind::Arg(arg);
                } else if let Some(map) = &self.local_map {
                    if let Some(n) = map.get(&id) {
                        e.kind = ExprKind::Local(*n);
                    }
                }
            }
            // Every `Arg` still here is one of the method's (lambda parameters become
            // arguments only as they are rewritten, and are not visited again).
            ExprKind::Arg(n) if self.cx.a.captured_args.contains(n) => {
                let n = *n;
                let recv = self.path(0);
                let dc = &self.cx.dcs[&0];
                let f = dc.arg_fields[&n];
                *e = self.field(recv, dc, f);
            }
            ExprKind::This | ExprKind::Base if self.fn_idx != 0 => {
                *e = self.this_path();
            }
            _ => children_mut(e, &mut |c| match c {
                Child::Expr(x) => self.expr(x),
                Child::Stmt(st) => self.stmt(st),
            }),
        }
    }

    pub(super) fn lambda_param_arg(&self, id: LocalId) -> Option<u16> {
        if self.fn_idx == 0 {
            return None;
        }
        let f = &self.cx.a.fns[self.fn_idx];
        let i = f.params.iter().position(|p| *p == id)?;
        let first = u16::from(self.cx.placements[self.fn_idx] != Placement::Static);
        Some(first + i as u16)
    }

    /// Rewrites a lambda's body as its own method's body.
    pub(super) fn lambda_body(&mut self, idx: usize, l: &Lambda) -> Body {
        // Locals owned by the lambda (declared in its scopes), not captured, not params.
        let owned: Vec<LocalId> = (0..self.cx.body.locals.len() as u32)
            .map(LocalId)
            .filter(|id| {
                let sc = self.cx.body.locals[id.0 as usize].scope;
                self.cx.a.scope_owner.get(&sc) == Some(&idx)
                    && !self.cx.a.captured.contains(id)
                    && !self.cx.a.fns[idx].params.contains(id)
            })
            .collect();
        let map: HashMap<LocalId, LocalId> = owned
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, LocalId(i as u32)))
            .collect();
        let mut inner = Rewriter {
            cx: self.cx,
            fn_idx: idx,
            local_map: Some(map),
            env: HashMap::new(),
            new_locals: Vec::new(),
            lambda_methods: self.lambda_methods,
            counter: self.counter,
            produced: Vec::new(),
        };
        let mut stmts = l.body.clone();
        for s in &mut stmts {
            inner.stmt(s);
        }
        self.counter = inner.counter;
        let mut locals: Vec<crate::ir::LocalSym> = owned
            .iter()
            .map(|id| self.cx.body.locals[id.0 as usize].clone())
            .collect();
        locals.append(&mut inner.new_locals);
        self.produced.append(&mut inner.produced);
        Body {
            locals,
            stmts,
            label_count: self.cx.body.label_count,
            scope_parents: Vec::new(),
            iterator: None,
            has_lambdas: false,
        }
    }
}
