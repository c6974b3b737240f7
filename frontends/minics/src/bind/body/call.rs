//! Invocation: overload resolution (applicability in normal and expanded `params` form,
//! optional parameters, better function member by better conversions, C#'s tie-breaks),
//! generic method type inference from argument types, argument conversion (`ref`/`out`
//! addresses, `params` arrays, defaults), receivers (boxing for value types calling
//! inherited members), constructors and delegate invocation.

use super::{BodyBinder, Bound};
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
    pub mode: ParamMode,
    pub range: TextRange,
    /// A lambda or method group, bound once the parameter type is known.
    pub pending: Option<super::lambda::Pending>,
}

/// An applicable candidate.
pub(super) struct Applicable<'w> {
    pub(super) method: MethodRef,
    sym: &'w MethodSym,
    /// The parameter type each argument converts to.
    arg_types: Vec<Ty>,
    expanded: bool,
}

impl<'w> BodyBinder<'w> {
    /// Resolves and binds a call to a method group.
    pub(crate) fn invoke(&mut self, target: Bound, args: Vec<Arg>, range: TextRange) -> Expr {
        self.invoke_at(target, args, range, range, range)
    }

    /// [`Self::invoke`] with the ranges Roslyn's diagnostics point at: overload errors at
    /// the method's name (`F`, `a.F`'s `F`), CS0176 and CS0120-through-a-type at the
    /// callee (`a.F`).
    pub(crate) fn invoke_at(
        &mut self,
        target: Bound,
        args: Vec<Arg>,
        range: TextRange,
        name_range: TextRange,
        callee_range: TextRange,
    ) -> Expr {
        match target {
            Bound::Error => Expr::new(
                ExprKind::Const(frontend_core::constant::ConstValue::Null),
                Ty::Error,
            ),
            Bound::Methods {
                receiver,
                name,
                candidates,
                type_args,
                is_base,
                through_type,
            } => {
                let Some(app) =
                    self.resolve_overload(&candidates, &type_args, &args, name_range, &name)
                else {
                    return Expr::new(
                        ExprKind::Const(frontend_core::constant::ConstValue::Null),
                        Ty::Error,
                    );
                };
                let sym = app.sym;
                self.note(name_range, false, || {
                    let m = &app.method;
                    Some(frontend_core::ide::refs::Target::Method(
                        m.id,
                        m.type_args.clone(),
                    ))
                });
                let receiver = match (receiver, sym.is_static()) {
                    (Some(r), true) => {
                        if !through_type {
                            let shown = super::super::display::method(
                                self.world,
                                &Ty::named(app.method.id.ty),
                                sym,
                            );
                            self.error(Code::CS0176, callee_range, &[&shown]);
                        }
                        let _ = r;
                        None
                    }
                    (Some(r), false) => Some(*r),
                    (None, true) => None,
                    (None, false) => {
                        if through_type || self.is_static() {
                            let shown = super::super::display::method(
                                self.world,
                                &Ty::named(app.method.id.ty),
                                sym,
                            );
                            let at = if through_type {
                                callee_range
                            } else {
                                name_range
                            };
                            self.error(Code::CS0120, at, &[&shown]);
                            None
                        } else {
                            Some(self.this_expr())
                        }
                    }
                };
                self.finish_call(receiver, app, args, is_base)
            }
            Bound::Value(v) if self.world.is_delegate(&v.ty) => {
                let Some(invoke) = self.find_member(&v.ty, "Invoke") else {
                    return Expr::new(
                        ExprKind::Const(frontend_core::constant::ConstValue::Null),
                        Ty::Error,
                    );
                };
                let super::lookup::Member::Methods(c) = invoke else {
                    return Expr::new(
                        ExprKind::Const(frontend_core::constant::ConstValue::Null),
                        Ty::Error,
                    );
                };
                let Some(app) = self.resolve_overload(&c, &[], &args, range, "Invoke") else {
                    return Expr::new(
                        ExprKind::Const(frontend_core::constant::ConstValue::Null),
                        Ty::Error,
                    );
                };
                self.finish_call(Some(v), app, args, false)
            }
            Bound::Value(v) => {
                if !v.ty.is_error() {
                    self.error(Code::CS0149, range, &[]);
                }
                Expr::new(
                    ExprKind::Const(frontend_core::constant::ConstValue::Null),
                    Ty::Error,
                )
            }
            Bound::Type(_) | Bound::Namespace(_) => {
                self.error(Code::CS0149, range, &[]);
                Expr::new(
                    ExprKind::Const(frontend_core::constant::ConstValue::Null),
                    Ty::Error,
                )
            }
        }
    }

    fn finish_call(
        &mut self,
        receiver: Option<Expr>,
        app: Applicable<'w>,
        args: Vec<Arg>,
        is_base: bool,
    ) -> Expr {
        let ret = app
            .sym
            .ret
            .subst(&app.method.type_args, &app.method.method_args);
        let args = self.convert_args(&app, args);
        let mut receiver = receiver;
        let mut virtual_call = false;
        if let Some(r) = receiver.take() {
            let owner_is_value = self.world.ty(app.method.id.ty).is_value_type();
            let r = if self.is_value(&r.ty) && !owner_is_value {
                // A value type calling an inherited (object/ValueType/interface) member.
                let target = if self.world.ty(app.method.id.ty).is_interface() {
                    Ty::Named(app.method.id.ty, app.method.type_args.clone())
                } else {
                    Ty::Object
                };
                Expr::new(ExprKind::Box(Box::new(r)), target)
            } else {
                r
            };
            virtual_call =
                !is_base && !self.is_value(&r.ty) && !matches!(r.ty, Ty::Var(_) | Ty::MVar(_));
            if matches!(r.ty, Ty::Var(_) | Ty::MVar(_)) {
                virtual_call = true;
            }
            receiver = Some(r);
        }
        let receiver = receiver.map(|r| {
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

    /// Converts arguments to the chosen method's parameters: `ref`/`out` addresses,
    /// the `params` array in expanded form, defaults for omitted optional parameters.
    pub(super) fn convert_args(&mut self, app: &Applicable<'w>, args: Vec<Arg>) -> Vec<Expr> {
        let params = &app.sym.params;
        let mut out = Vec::new();
        let fixed = if app.expanded {
            params.len() - 1
        } else {
            params.len()
        };
        let mut it = args.into_iter();
        for (i, p) in params.iter().enumerate().take(fixed) {
            let pty = p.ty.subst(&app.method.type_args, &app.method.method_args);
            match it.next() {
                Some(a) => out.push(match p.mode {
                    ParamMode::Value => self.resolve_pending(a, &pty),
                    _ => {
                        self.settle_out_var(&a.expr, &pty);
                        let e = match &a.expr.kind {
                            ExprKind::Local(id) => self.local_expr(*id),
                            _ => a.expr,
                        };
                        self.address_of(e, a.range)
                    }
                }),
                None => {
                    let _ = i;
                    let v = p
                        .default
                        .clone()
                        .unwrap_or(frontend_core::constant::ConstValue::Null);
                    let vty = match &v {
                        frontend_core::constant::ConstValue::Null => Ty::Null,
                        _ => pty.clone(),
                    };
                    let c = Expr::constant(v, vty);
                    let c = if self.is_value(&pty) && matches!(c.ty, Ty::Null) {
                        Expr::new(ExprKind::DefaultValue, pty.clone())
                    } else {
                        self.convert(c, &pty, TextRange::empty(0))
                    };
                    out.push(c);
                }
            }
        }
        if app.expanded {
            let arr = params[fixed]
                .ty
                .subst(&app.method.type_args, &app.method.method_args);
            let elem = arr.element().cloned().unwrap_or(Ty::Object);
            let values: Vec<Expr> = it.map(|a| self.resolve_pending(a, &elem)).collect();
            out.push(Expr::new(ExprKind::ArrayInit { values }, arr));
        }
        out
    }

    /// `ref x` / `out x`: the address of a variable.
    pub(crate) fn address_of(&mut self, e: Expr, range: TextRange) -> Expr {
        let ty = Ty::ByRef(Box::new(e.ty.clone()));
        match &e.kind {
            ExprKind::Local(_)
            | ExprKind::Arg(_)
            | ExprKind::Field { .. }
            | ExprKind::ArrayElement { .. }
            | ExprKind::This => Expr::new(ExprKind::AddressOf(Box::new(e)), ty),
            ExprKind::Deref(p) => (**p).clone(),
            _ => {
                if !e.ty.is_error() {
                    self.error(Code::CS1510, range, &[]);
                }
                Expr::new(ExprKind::AddressOf(Box::new(e)), ty)
            }
        }
    }

    /// Picks the best applicable method, reporting CS1501/CS1503/CS0121/CS0411 when
    /// there is none.
    pub(super) fn resolve_overload(
        &mut self,
        candidates: &[(MethodId, Arc<[Ty]>)],
        explicit: &[Ty],
        args: &[Arg],
        range: TextRange,
        name: &str,
    ) -> Option<Applicable<'w>> {
        let mut applicable = Vec::new();
        let mut inaccessible = false;
        for (id, targs) in candidates {
            let sym = self.world.method_sym(*id);
            if !self.accessible(id.ty, sym.flags) {
                inaccessible = true;
                continue;
            }
            let margs: Vec<Ty> = if !explicit.is_empty() {
                if explicit.len() != sym.generic_params.len() {
                    continue;
                }
                explicit.to_vec()
            } else if !sym.generic_params.is_empty() {
                match self.infer(sym, targs, args) {
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
                if let Some(arg_types) = self.applicable(sym, &method, args, expanded) {
                    applicable.push(Applicable {
                        method: method.clone(),
                        sym,
                        arg_types,
                        expanded,
                    });
                    break;
                }
            }
        }
        if applicable.is_empty() {
            self.report_no_overload(candidates, args, range, name, inaccessible);
            return None;
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
            let a = super::super::display::method(
                self.world,
                &Ty::named(applicable[best].method.id.ty),
                applicable[best].sym,
            );
            let other = (0..n)
                .find(|&i| i != best && !self.better(&applicable[best], &applicable[i], args))
                .unwrap_or(0);
            let b = super::super::display::method(
                self.world,
                &Ty::named(applicable[other].method.id.ty),
                applicable[other].sym,
            );
            self.error(Code::CS0121, range, &[&a, &b]);
        }
        Some(applicable.swap_remove(best))
    }

    fn report_no_overload(
        &mut self,
        candidates: &[(MethodId, Arc<[Ty]>)],
        args: &[Arg],
        range: TextRange,
        name: &str,
        inaccessible: bool,
    ) {
        if args
            .iter()
            .any(|a| a.expr.ty.is_error() && a.pending.is_none())
        {
            return;
        }
        if inaccessible {
            let (id, _) = candidates[0];
            let sym = self.world.method_sym(id);
            let shown = super::super::display::method(self.world, &Ty::named(id.ty), sym);
            self.error(Code::CS0122, range, &[&shown]);
            return;
        }
        // A candidate with the right number of parameters: blame its first bad argument.
        for (id, targs) in candidates {
            let sym = self.world.method_sym(*id);
            let count_ok = args.len() <= sym.params.len()
                && sym.params[args.len()..]
                    .iter()
                    .all(|p| p.default.is_some() || p.is_params)
                || sym.params.last().is_some_and(|p| p.is_params)
                    && args.len() >= sym.params.len() - 1;
            if !count_ok {
                continue;
            }
            if !sym.generic_params.is_empty() {
                let shown = super::super::display::method(self.world, &Ty::named(id.ty), sym);
                self.error(Code::CS0411, range, &[&shown]);
                return;
            }
            for (i, (a, p)) in args.iter().zip(&sym.params).enumerate() {
                let pty = p.ty.subst(targs, &[]);
                let ok = match p.mode {
                    ParamMode::Value => self.implicit_conv(&a.expr, &pty).is_some(),
                    m => a.mode == m && a.expr.ty == pty,
                };
                if !ok {
                    if p.mode != a.mode {
                        let kw = match p.mode {
                            ParamMode::Ref => "ref",
                            ParamMode::Out => "out",
                            ParamMode::Value => "",
                        };
                        if kw.is_empty() {
                            let given = if a.mode == ParamMode::Ref {
                                "ref"
                            } else {
                                "out"
                            };
                            self.error(Code::CS1615, a.range, &[&(i + 1).to_string(), given]);
                        } else {
                            self.error(Code::CS1620, a.range, &[&(i + 1).to_string(), kw]);
                        }
                        return;
                    }
                    let (f, t) = (self.show(&a.expr.ty), self.show(&pty));
                    self.error(Code::CS1503, a.range, &[&(i + 1).to_string(), &f, &t]);
                    return;
                }
            }
        }
        // A lone candidate short of arguments: name the first parameter left without
        // one, as Roslyn does.
        if let [(id, _)] = candidates {
            let sym = self.world.method_sym(*id);
            let missing = sym
                .params
                .iter()
                .skip(args.len())
                .find(|p| p.default.is_none() && !p.is_params);
            if let (Some(p), true) = (missing, args.len() < sym.params.len()) {
                let shown = super::super::display::method(self.world, &Ty::named(id.ty), sym);
                self.error(Code::CS7036, range, &[&p.name, &shown]);
                return;
            }
        }
        let is_ctor = name == ".ctor";
        if is_ctor {
            let owner = candidates
                .first()
                .map(|(id, a)| self.world.normalize(id.ty, a.clone()))
                .unwrap_or(Ty::Error);
            let shown = self.show(&owner);
            self.error(Code::CS1729, range, &[&shown, &args.len().to_string()]);
        } else {
            self.error(Code::CS1501, range, &[name, &args.len().to_string()]);
        }
    }

    /// The parameter types arguments convert to, if `method` is applicable.
    fn applicable(
        &self,
        sym: &MethodSym,
        method: &MethodRef,
        args: &[Arg],
        expanded: bool,
    ) -> Option<Vec<Ty>> {
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
        if !expanded && args.len() > params.len() {
            return None;
        }
        if !expanded
            && args.len() < params.len()
            && !params[args.len()..].iter().all(|p| p.default.is_some())
        {
            return None;
        }
        // In expanded form too, fixed parameters left without an argument must be
        // optional (`F(int x, int by = 2, params int[] more)` takes `F(3)`).
        if expanded
            && args.len() < fixed
            && !params[args.len()..fixed]
                .iter()
                .all(|p| p.default.is_some())
        {
            return None;
        }
        let mut types = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let (pty, mode) = if i < fixed {
                let p = &params[i];
                (p.ty.subst(&method.type_args, &method.method_args), p.mode)
            } else {
                let arr = params[fixed]
                    .ty
                    .subst(&method.type_args, &method.method_args);
                (arr.element()?.clone(), ParamMode::Value)
            };
            if a.mode != mode {
                return None;
            }
            let ok = match (mode, &a.pending) {
                (_, Some(p)) => self.pending_fits(p, &pty),
                (ParamMode::Value, None) => self.implicit_conv(&a.expr, &pty).is_some(),
                (_, None) if a.expr.ty.is_error() && self.is_out_var(&a.expr) => true,
                _ => a.expr.ty == pty || a.expr.ty.is_error(),
            };
            if !ok {
                return None;
            }
            types.push(pty);
        }
        Some(types)
    }

    /// Whether candidate `a` is better than `b` for these arguments.
    fn better(&self, a: &Applicable<'w>, b: &Applicable<'w>, args: &[Arg]) -> bool {
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
        // Tie-breaks: non-generic over generic, normal over expanded form, fewer
        // parameters filled by defaults, more derived declaring type.
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

    /// Better conversion from expression (§7.5.3.3).
    fn conversion_better(&self, e: &Expr, t1: &Ty, t2: &Ty) -> bool {
        if e.ty == *t1 && e.ty != *t2 {
            return true;
        }
        if e.ty == *t2 {
            return false;
        }
        self.better_target(t1, t2)
    }

    /// Infers a generic method's type arguments from the argument types.
    fn infer(&mut self, sym: &MethodSym, type_args: &Arc<[Ty]>, args: &[Arg]) -> Option<Vec<Ty>> {
        let mut bound: Vec<Option<Ty>> = vec![None; sym.generic_params.len()];
        for (i, a) in args.iter().enumerate() {
            let p = match sym.params.get(i) {
                Some(p) if p.is_params && !matches!(a.expr.ty, Ty::Array(..)) => {
                    p.ty.element().cloned()?
                }
                Some(p) => p.ty.clone(),
                None => match sym.params.last() {
                    Some(p) if p.is_params => p.ty.element().cloned()?,
                    _ => return None,
                },
            };
            let p = p.subst(type_args, &[]);
            self.unify(&p, &a.expr.ty, &mut bound);
        }
        // Lambdas: once their parameter types are known, their body's type gives the
        // delegate's return type (bound speculatively; diagnostics discarded).
        for (i, a) in args.iter().enumerate() {
            let (Some(super::lambda::Pending::Lambda(l)), Some(p)) =
                (&a.pending, sym.params.get(i))
            else {
                continue;
            };
            let p = p.ty.subst(type_args, &[]);
            let known: Vec<Ty> = bound
                .iter()
                .enumerate()
                .map(|(k, b)| b.clone().unwrap_or(Ty::MVar(k as u32)))
                .collect();
            let partial = p.subst(&[], &known);
            let Some(invoke) = self.invoke_of(&partial) else {
                continue;
            };
            if invoke.params.iter().any(|x| x.ty.is_open()) || !invoke.ret.is_open() {
                continue;
            }
            if let Some(ret) = self.lambda_return_type(l, &partial) {
                let generic_invoke = self.invoke_of(&p).map(|m| m.ret);
                if let Some(gr) = generic_invoke {
                    self.unify(&gr, &ret, &mut bound);
                }
            }
        }
        bound.into_iter().collect()
    }

    fn unify(&self, p: &Ty, a: &Ty, bound: &mut [Option<Ty>]) {
        match p {
            Ty::MVar(n) => {
                let Some(slot) = bound.get_mut(*n as usize) else {
                    return;
                };
                if *a == Ty::Null || a.is_error() {
                    return;
                }
                match slot {
                    None => *slot = Some(a.clone()),
                    Some(existing) => {
                        if existing != a && self.implicit_type_conv(existing, a).is_some() {
                            *slot = Some(a.clone());
                        }
                    }
                }
            }
            Ty::Array(pe, pr) => {
                if let Ty::Array(ae, ar) = a {
                    if pr == ar {
                        self.unify(pe, ae, bound);
                    }
                }
            }
            Ty::ByRef(pe) => self.unify(pe, a, bound),
            Ty::Named(pid, pargs) if !pargs.is_empty() => {
                let mut candidates = self.world.base_chain(a);
                candidates.extend(self.world.all_interfaces(a));
                for c in candidates {
                    if let Ty::Named(cid, cargs) = &c {
                        if cid == pid && cargs.len() == pargs.len() {
                            for (x, y) in pargs.iter().zip(cargs.iter()) {
                                self.unify(x, y, bound);
                            }
                            return;
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// Converts `e` to a delegate type from a method group.
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
            ..
        } = group
        else {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let Some(super::lookup::Member::Methods(inv)) = self.find_member(delegate, "Invoke") else {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let invoke = self.world.method(inv[0].0);
        let targs: Arc<[Ty]> = Arc::from(delegate.type_args());
        let want: Vec<Ty> = invoke
            .params
            .iter()
            .map(|p| p.ty.subst(&targs, &[]))
            .collect();
        let want_ret = invoke.ret.subst(&targs, &[]);
        let args: Vec<Arg> = want
            .iter()
            .map(|t| Arg {
                expr: Expr::new(ExprKind::DefaultValue, t.clone()),
                mode: ParamMode::Value,
                range,
                pending: None,
            })
            .collect();
        let Some(app) = self.resolve_overload(&candidates, &[], &args, range, "delegate") else {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let ret = app
            .sym
            .ret
            .subst(&app.method.type_args, &app.method.method_args);
        if ret != want_ret
            && !(self.is_reference(&ret) && self.is_base_or_interface(&ret, &want_ret))
        {
            let shown =
                super::super::display::method(self.world, &Ty::named(app.method.id.ty), app.sym);
            let r = self.show(&ret);
            self.error(Code::CS0407, range, &[&r, &shown]);
        }
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

    /// A delegate type's `.ctor(object, native int)`.
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
}

impl BodyBinder<'_> {
    /// An `out var x` argument whose type comes from the parameter.
    pub(crate) fn is_out_var(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Local(_)) && e.ty.is_error()
    }

    /// Gives an `out var` local its parameter's type.
    pub(crate) fn settle_out_var(&mut self, e: &Expr, ty: &Ty) {
        if let (ExprKind::Local(id), true) = (&e.kind, e.ty.is_error()) {
            self.set_local_type(*id, ty.clone());
        }
    }
}
