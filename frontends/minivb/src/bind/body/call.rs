//! Invocation: overload resolution (applicability with `Optional` and `ParamArray`
//! parameters and named arguments, the most specific candidate by widening
//! conversions), generic method type inference from argument types, argument
//! conversion (`ByRef` addresses, or a temporary copy for values that are not
//! variables), receivers, and delegate invocation. BC30057 / BC30455 / BC30516 /
//! BC30311 / BC30512 when no candidate fits.

use super::{BodyBinder, Bound};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind, MethodRef};
use frontend_core::source::TextRange;
use frontend_core::symbols::{MethodId, MethodSym, ParamMode};
use frontend_core::types::Ty;
use std::sync::Arc;

/// A bound argument.
#[derive(Clone, Debug)]
pub(crate) struct Arg {
    pub expr: Expr,
    pub range: TextRange,
    /// `Name:=value`.
    pub name: Option<String>,
    /// An omitted argument (`f(1, , 3)`).
    pub omitted: bool,
    /// A lambda or `AddressOf`, bound once the parameter type is known.
    pub pending: Option<super::lambda::Pending>,
}

impl Arg {
    pub(crate) fn value(expr: Expr) -> Arg {
        Arg {
            expr,
            range: TextRange::empty(0),
            name: None,
            omitted: false,
            pending: None,
        }
    }
}

/// An applicable candidate.
pub(crate) struct Applicable {
    pub(crate) method: MethodRef,
    pub(crate) sym: MethodSym,
    /// For each parameter (in expanded form, each ParamArray element), the argument.
    slots: Vec<Option<usize>>,
    /// The parameter type each argument converts to (by argument index).
    arg_types: Vec<Ty>,
    expanded: bool,
    narrowing: bool,
}

fn err() -> Expr {
    Expr::new(ExprKind::Const(ConstValue::Null), Ty::Error)
}

impl BodyBinder<'_> {
    /// Resolves and binds a call to a method group (or invokes a delegate value).
    pub(crate) fn invoke(&mut self, target: Bound, args: Vec<Arg>, range: TextRange) -> Expr {
        match target {
            Bound::Error => err(),
            Bound::Methods {
                receiver,
                name,
                candidates,
                type_args,
                is_base,
                through_type,
            } => {
                let Some(app) = self.resolve_overload(&candidates, &type_args, &args, range, &name)
                else {
                    return err();
                };
                if self.noting {
                    let ids: Vec<_> = candidates.iter().map(|(id, _)| *id).collect();
                    let chosen = frontend_core::ide::refs::Target::Method(
                        app.method.id,
                        app.method.type_args.clone(),
                    );
                    frontend_core::ide::refs::choose(range, &ids, chosen);
                }
                let receiver = match (receiver, app.sym.is_static()) {
                    (Some(_), true) => None,
                    (Some(r), false) => Some(*r),
                    (None, true) => None,
                    (None, false) => {
                        if through_type {
                            self.error(Code::BC30469, range, &[]);
                            None
                        } else if self.is_static() {
                            self.error(Code::BC30369, range, &[]);
                            None
                        } else {
                            Some(self.this_expr())
                        }
                    }
                };
                self.finish_call(receiver, app, args, is_base)
            }
            Bound::Value(v) if self.world.is_delegate(&v.ty) => {
                let Some(super::lookup::Member::Methods(c)) = self.find_member(&v.ty, "Invoke")
                else {
                    return err();
                };
                let Some(app) = self.resolve_overload(&c, &[], &args, range, "Invoke") else {
                    return err();
                };
                self.finish_call(Some(v), app, args, false)
            }
            Bound::Value(v) => {
                if !v.ty.is_error() {
                    self.error(Code::BC30454, range, &[]);
                }
                err()
            }
            Bound::Indexed {
                receiver,
                props,
                name,
            } => self.indexed(receiver.map(|r| *r), &props, &name, args, range),
            Bound::Type(_) | Bound::Namespace(_) => {
                self.error(Code::BC30454, range, &[]);
                err()
            }
        }
    }

    /// A property with parameters, given its arguments.
    pub(crate) fn indexed(
        &mut self,
        receiver: Option<Expr>,
        props: &[(frontend_core::types::TypeId, u32, Arc<[Ty]>)],
        name: &str,
        args: Vec<Arg>,
        range: TextRange,
    ) -> Expr {
        // Resolve against the getters (or setters without their value parameter).
        let mut candidates = Vec::new();
        for (t, i, targs) in props {
            let d = self.world.details(*t);
            let p = &d.properties[*i as usize];
            if let Some(g) = p.getter.or(p.setter) {
                candidates.push((MethodId { ty: *t, idx: g }, targs.clone(), *i));
            }
        }
        let group: Vec<(MethodId, Arc<[Ty]>)> =
            candidates.iter().map(|(m, a, _)| (*m, a.clone())).collect();
        let Some(app) = self.resolve_property(&group, &args, range, name) else {
            return err();
        };
        let (_, targs, pidx) = candidates
            .iter()
            .find(|(m, _, _)| *m == app.method.id)
            .cloned()
            .unwrap_or((app.method.id, app.method.type_args.clone(), 0));
        let index_args = self.convert_args(&app, args);
        let is_base = matches!(receiver.as_ref().map(|r| &r.kind), Some(ExprKind::Base));
        self.property_expr(receiver, app.method.id.ty, pidx, targs, index_args, is_base)
    }

    fn resolve_property(
        &mut self,
        group: &[(MethodId, Arc<[Ty]>)],
        args: &[Arg],
        range: TextRange,
        name: &str,
    ) -> Option<Applicable> {
        // Setters carry the value as their last parameter: match on the index ones.
        let mut app = self.resolve_overload_with(group, &[], args, range, name, true)?;
        if app.sym.name.starts_with("set_") {
            app.sym.params.pop();
            app.slots.truncate(app.sym.params.len());
        }
        Some(app)
    }

    pub(crate) fn finish_call(
        &mut self,
        receiver: Option<Expr>,
        app: Applicable,
        args: Vec<Arg>,
        is_base: bool,
    ) -> Expr {
        let ret = app
            .sym
            .ret
            .subst(&app.method.type_args, &app.method.method_args);
        let args = self.convert_args(&app, args);
        let mut virtual_call = false;
        let receiver = receiver.map(|r| {
            let r = self.box_for_inherited(r, app.method.id.ty, &app.method.type_args);
            virtual_call = !is_base && !self.is_value(&r.ty);
            if matches!(r.ty, Ty::Var(_) | Ty::MVar(_)) {
                virtual_call = true;
            }
            if is_base {
                Expr {
                    kind: ExprKind::Base,
                    ..r
                }
            } else {
                r
            }
        });
        Expr::new(
            ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                receiver: receiver.map(Box::new),
                method: app.method,
                args,
                virtual_call,
            })),
            ret,
        )
    }

    /// Converts arguments to the chosen method's parameters.
    pub(crate) fn convert_args(&mut self, app: &Applicable, args: Vec<Arg>) -> Vec<Expr> {
        let params = &app.sym.params;
        let mut args: Vec<Option<Arg>> = args.into_iter().map(Some).collect();
        let mut out = Vec::new();
        let fixed = if app.expanded {
            params.len() - 1
        } else {
            params.len()
        };
        for (i, p) in params.iter().enumerate().take(fixed) {
            let pty = p.ty.subst(&app.method.type_args, &app.method.method_args);
            match app
                .slots
                .get(i)
                .copied()
                .flatten()
                .and_then(|k| args[k].take())
            {
                Some(a) => out.push(match p.mode {
                    ParamMode::Value => self.resolve_pending(a, &pty),
                    _ => self.byref_arg(a, &pty),
                }),
                None => out.push(self.default_arg(p.default.clone(), &pty)),
            }
        }
        if app.expanded {
            let arr = params[fixed]
                .ty
                .subst(&app.method.type_args, &app.method.method_args);
            let elem = arr.element().cloned().unwrap_or(Ty::Object);
            let mut values = Vec::new();
            for k in app.slots.iter().skip(fixed).flatten() {
                if let Some(a) = args[*k].take() {
                    values.push(self.resolve_pending(a, &elem));
                }
            }
            out.push(Expr::new(ExprKind::ArrayInit { values }, arr));
        }
        out
    }

    fn default_arg(&mut self, v: Option<ConstValue>, pty: &Ty) -> Expr {
        let v = v.unwrap_or(ConstValue::Null);
        if matches!(v, ConstValue::Null) {
            return if self.is_value(pty) || matches!(pty, Ty::Var(_) | Ty::MVar(_)) {
                Expr::new(ExprKind::DefaultValue, pty.clone())
            } else {
                Expr::constant(ConstValue::Null, pty.clone())
            };
        }
        Expr::constant(v, pty.clone())
    }

    /// A `ByRef` argument: the variable's address, or a temporary's for a value.
    fn byref_arg(&mut self, a: Arg, pty: &Ty) -> Expr {
        let e = a.expr;
        let is_var = matches!(
            e.kind,
            ExprKind::Local(_)
                | ExprKind::Arg(_)
                | ExprKind::ArrayElement { .. }
                | ExprKind::Deref(_)
        ) || matches!(&e.kind, ExprKind::Field { field, .. } if !self.field_is_readonly_here(field));
        if is_var && e.ty == *pty {
            return self.address_of(e);
        }
        let v = self.convert(e, pty, a.range);
        let t = self.temp(pty.clone());
        let te = self.local_expr(t);
        let store = Self::assign_stmt(te.clone(), v);
        let addr = self.address_of(te);
        let ty = addr.ty.clone();
        Expr::new(ExprKind::Sequence(vec![store], Box::new(addr)), ty)
    }

    pub(crate) fn address_of(&mut self, e: Expr) -> Expr {
        let ty = Ty::ByRef(Box::new(e.ty.clone()));
        match &e.kind {
            ExprKind::Deref(p) => (**p).clone(),
            _ => Expr::new(ExprKind::AddressOf(Box::new(e)), ty),
        }
    }

    pub(crate) fn resolve_overload(
        &mut self,
        candidates: &[(MethodId, Arc<[Ty]>)],
        explicit: &[Ty],
        args: &[Arg],
        range: TextRange,
        name: &str,
    ) -> Option<Applicable> {
        self.resolve_overload_with(candidates, explicit, args, range, name, false)
    }

    fn resolve_overload_with(
        &mut self,
        candidates: &[(MethodId, Arc<[Ty]>)],
        explicit: &[Ty],
        args: &[Arg],
        range: TextRange,
        name: &str,
        setter_value_last: bool,
    ) -> Option<Applicable> {
        let mut applicable = Vec::new();
        for (id, targs) in candidates {
            let mut sym = self.world.method(*id);
            if !self.accessible(id.ty, sym.flags) {
                continue;
            }
            if setter_value_last && sym.name.starts_with("set_") {
                sym.params.pop();
            }
            let margs: Vec<Ty> = if !explicit.is_empty() {
                if explicit.len() != sym.generic_params.len() {
                    continue;
                }
                explicit.to_vec()
            } else if !sym.generic_params.is_empty() {
                match self.infer(&sym, targs, args) {
                    Some(m) => m,
                    None => continue,
                }
            } else {
                Vec::new()
            };
            let method = MethodRef {
                id: *id,
                type_args: targs.clone(),
                method_args: Arc::from(margs),
            };
            for expanded in [false, true] {
                if let Some(a) = self.applicable(&sym, &method, args, expanded) {
                    applicable.push(a);
                    break;
                }
            }
        }
        if applicable.is_empty() {
            self.report_no_overload(candidates, args, range, name);
            return None;
        }
        // Candidates needing only widening conversions win over narrowing ones.
        if applicable.iter().any(|a| !a.narrowing) {
            applicable.retain(|a| !a.narrowing);
        }
        let n = applicable.len();
        let mut best = 0;
        for i in 1..n {
            if self.better(&applicable[i], &applicable[best], args) {
                best = i;
            }
        }
        let ambiguous =
            (0..n).any(|i| i != best && !self.better(&applicable[best], &applicable[i], args));
        if ambiguous
            && !args
                .iter()
                .any(|a| a.expr.ty.is_error() && a.pending.is_none())
        {
            self.error(Code::BC30521, range, &[name, ""]);
        }
        if applicable[best].narrowing {
            // Option Strict: the narrowing argument is the error.
            let app = &applicable[best];
            for (k, a) in args.iter().enumerate() {
                if a.pending.is_some() || a.omitted {
                    continue;
                }
                if let Some(t) = app.arg_types.get(k) {
                    if let Some((_, false)) = self.classify(&a.expr, t) {
                        let (f, tt) = (self.show(&a.expr.ty), self.show(t));
                        self.error(Code::BC30512, a.range, &[&f, &tt]);
                        return None;
                    }
                }
            }
        }
        Some(applicable.swap_remove(best))
    }

    fn report_no_overload(
        &mut self,
        candidates: &[(MethodId, Arc<[Ty]>)],
        args: &[Arg],
        range: TextRange,
        name: &str,
    ) {
        if args
            .iter()
            .any(|a| a.expr.ty.is_error() && a.pending.is_none() && !a.omitted)
        {
            return;
        }
        let shown_name = if name == ".ctor" { "New" } else { name };
        if candidates.len() == 1 {
            let (id, targs) = &candidates[0];
            let sym = self.world.method(*id);
            let shown = crate::bind::display::method(self.world, &sym);
            if !self.accessible(id.ty, sym.flags) {
                let owner = self.world.normalize(id.ty, targs.clone());
                let what = format!("{}.{}", self.show(&owner), shown_name);
                self.error(
                    Code::BC30390,
                    range,
                    &[&what, super::lookup::access_word(sym.flags)],
                );
                return;
            }
            let has_params = sym.params.last().is_some_and(|p| p.is_params);
            let positional = args.iter().filter(|a| a.name.is_none()).count();
            if positional > sym.params.len() && !has_params {
                let at = args[sym.params.len()].range;
                self.error(Code::BC30057, at, &[&shown]);
                return;
            }
            for (i, p) in sym.params.iter().enumerate() {
                let given = args.get(i).is_some_and(|a| !a.omitted)
                    || args.iter().any(|a| {
                        a.name
                            .as_deref()
                            .is_some_and(|n| n.eq_ignore_ascii_case(&p.name))
                    });
                if !given && p.default.is_none() && !p.is_params {
                    self.error(Code::BC30455, range, &[&p.name, &shown]);
                    return;
                }
            }
            for (a, p) in args.iter().zip(&sym.params) {
                let pty = p.ty.subst(targs, &[]);
                if let Some(
                    pending @ super::lambda::Pending::Group(Bound::Methods { name: g, .. }),
                ) = &a.pending
                {
                    if !self.pending_fits(pending, &pty) {
                        let shown = self.show(&pty);
                        self.error(Code::BC31143, a.range, &[g, &shown]);
                        return;
                    }
                }
                if a.pending.is_some() || a.omitted || p.is_params {
                    continue;
                }
                let pty = p.ty.subst(targs, &[]);
                if pty.is_open() {
                    continue;
                }
                if self.classify(&a.expr, &pty).is_none() {
                    let (f, t) = (self.show(&a.expr.ty), self.show(&pty));
                    self.error(Code::BC30311, a.range, &[&f, &t]);
                    return;
                }
            }
            self.error(Code::BC30518, range, &[shown_name, ""]);
            return;
        }
        let count_ok = candidates.iter().any(|(id, _)| {
            let sym = self.world.method(*id);
            let has_params = sym.params.last().is_some_and(|p| p.is_params);
            let required = sym
                .params
                .iter()
                .filter(|p| p.default.is_none() && !p.is_params)
                .count();
            args.len() >= required && (args.len() <= sym.params.len() || has_params)
        });
        if count_ok {
            self.error(Code::BC30518, range, &[shown_name, ""]);
        } else {
            self.error(Code::BC30516, range, &[shown_name]);
        }
    }

    /// Matches arguments to parameters; `None` when the candidate does not apply.
    fn applicable(
        &self,
        sym: &MethodSym,
        method: &MethodRef,
        args: &[Arg],
        expanded: bool,
    ) -> Option<Applicable> {
        let params = &sym.params;
        let last_params = params.last().is_some_and(|p| p.is_params);
        if expanded && !last_params {
            return None;
        }
        let fixed = if expanded {
            params.len() - 1
        } else {
            params.len()
        };
        let mut slots: Vec<Option<usize>> = vec![None; fixed];
        let mut named = false;
        for (k, a) in args.iter().enumerate() {
            if let Some(n) = &a.name {
                named = true;
                let i = params.iter().position(|p| p.name.eq_ignore_ascii_case(n))?;
                if i >= fixed || slots[i].is_some() {
                    return None;
                }
                slots[i] = Some(k);
            } else {
                if named {
                    return None;
                }
                if k < fixed {
                    if !a.omitted {
                        slots[k] = Some(k);
                    }
                } else if expanded {
                    if a.omitted {
                        return None;
                    }
                    slots.push(Some(k));
                } else {
                    return None;
                }
            }
        }
        for (i, p) in params.iter().enumerate().take(fixed) {
            if slots[i].is_none() && p.default.is_none() {
                return None;
            }
        }
        let mut arg_types = vec![Ty::Error; args.len()];
        let mut narrowing = false;
        for (i, slot) in slots.iter().enumerate() {
            let Some(k) = slot else { continue };
            let a = &args[*k];
            let pty = if i < fixed {
                params[i].ty.subst(&method.type_args, &method.method_args)
            } else {
                params[fixed]
                    .ty
                    .subst(&method.type_args, &method.method_args)
                    .element()?
                    .clone()
            };
            let ok = match &a.pending {
                Some(p) => self.pending_fits(p, &pty),
                None => match self.classify(&a.expr, &pty) {
                    Some((_, w)) => {
                        if !w {
                            narrowing = true;
                        }
                        true
                    }
                    None => false,
                },
            };
            if !ok {
                return None;
            }
            arg_types[*k] = pty;
        }
        Some(Applicable {
            method: method.clone(),
            sym: sym.clone(),
            slots,
            arg_types,
            expanded,
            narrowing,
        })
    }

    fn better(&self, a: &Applicable, b: &Applicable, args: &[Arg]) -> bool {
        let mut any_better = false;
        for (i, arg) in args.iter().enumerate() {
            let (ta, tb) = (&a.arg_types[i], &b.arg_types[i]);
            if ta == tb {
                continue;
            }
            let ca = self.conversion_better(&arg.expr, ta, tb);
            let cb = self.conversion_better(&arg.expr, tb, ta);
            if cb && !ca {
                return false;
            }
            if ca {
                any_better = true;
            }
        }
        if any_better {
            return true;
        }
        if a.arg_types != b.arg_types {
            return false;
        }
        if a.sym.generic_params.is_empty() && !b.sym.generic_params.is_empty() {
            return true;
        }
        if !a.expanded && b.expanded {
            return true;
        }
        if a.sym.params.len() < b.sym.params.len() && !a.expanded && !b.expanded {
            return true;
        }
        let da = Ty::named(a.method.id.ty);
        let db = Ty::named(b.method.id.ty);
        da != db && self.world.derives_from(&da, &db)
    }

    fn conversion_better(&self, e: &Expr, t1: &Ty, t2: &Ty) -> bool {
        if e.ty == *t1 && e.ty != *t2 {
            return true;
        }
        if e.ty == *t2 {
            return false;
        }
        self.better_target(t1, t2)
    }

    /// A delegate over a method group (`AddressOf`, or a group where a delegate is
    /// expected).
    pub(crate) fn method_group_to_delegate(
        &mut self,
        group: Bound,
        delegate: &Ty,
        range: TextRange,
    ) -> Expr {
        let Bound::Methods {
            receiver,
            candidates,
            is_base,
            name,
            ..
        } = group
        else {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let Some(invoke) = self.invoke_of(delegate) else {
            if !delegate.is_error() {
                let shown = self.show(delegate);
                self.error(Code::BC30581, range, &[&shown]);
            }
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let args: Vec<Arg> = invoke
            .params
            .iter()
            .map(|p| Arg::value(Expr::new(ExprKind::DefaultValue, p.ty.clone())))
            .collect();
        let saved = self.diags.len();
        let app = self.resolve_overload(&candidates, &[], &args, range, &name);
        let Some(app) = app else {
            self.diags.truncate(saved);
            let shown = self.show(delegate);
            self.error(Code::BC31143, range, &[&name, &shown]);
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let receiver = if app.sym.is_static() {
            None
        } else {
            Some(receiver.map(|r| *r).unwrap_or_else(|| self.this_expr()))
        };
        let receiver = receiver.map(|r| {
            if self.is_value(&r.ty) {
                Expr::new(ExprKind::Box(Box::new(r)), Ty::Object)
            } else {
                r
            }
        });
        let owner_is_value = self.world.ty(app.method.id.ty).is_value_type();
        let sealed = app.sym.flags & frontend_core::symbols::method_flags::FINAL != 0;
        let virtual_call =
            !is_base && app.sym.is_virtual() && !sealed && !owner_is_value && receiver.is_some();
        let ctor = self.delegate_ctor(delegate);
        Expr::new(
            ExprKind::NewDelegate {
                ctor: Box::new(ctor),
                receiver: receiver.map(Box::new),
                method: Box::new(app.method),
                virtual_call,
            },
            delegate.clone(),
        )
    }

    pub(crate) fn delegate_ctor(&self, delegate: &Ty) -> MethodRef {
        let id = self
            .world
            .type_def_of(delegate)
            .unwrap_or(frontend_core::types::TypeId { asm: 0, idx: 0 });
        let d = self.world.details(id);
        let idx = d.methods.iter().position(|m| m.is_ctor()).unwrap_or(0);
        MethodRef {
            id: MethodId {
                ty: id,
                idx: idx as u32,
            },
            type_args: Arc::from(delegate.type_args()),
            method_args: Arc::from([]),
        }
    }

    /// Calls an instance method by name with bound arguments (lowering helper).
    pub(crate) fn call_named(&mut self, receiver: Expr, name: &str, args: Vec<Expr>) -> Expr {
        let range = TextRange::empty(0);
        let group = self.member_access(Bound::Value(receiver), name, Vec::new(), range);
        let args = args.into_iter().map(Arg::value).collect();
        self.invoke(group, args, range)
    }

    /// Calls a corlib type's shared method by name.
    pub(crate) fn static_call(&mut self, ns: &str, ty: &str, name: &str, args: Vec<Expr>) -> Expr {
        let Some(id) = self.world.well_known(ns, ty) else {
            return err();
        };
        let t = self.world.normalize(id, Arc::from([]));
        let range = TextRange::empty(0);
        let group = self.member_access(Bound::Type(t), name, Vec::new(), range);
        let args = args.into_iter().map(Arg::value).collect();
        self.invoke(group, args, range)
    }

    /// Reads a property of a value by name (lowering helper).
    pub(crate) fn property_get(&mut self, receiver: Expr, name: &str) -> Expr {
        let range = TextRange::empty(0);
        let b = self.member_access(Bound::Value(receiver), name, Vec::new(), range);
        self.value_of(b, range)
    }
}
