//! Expressions: literals, names, member access, invocations (calls, array elements,
//! default and indexed properties, delegate invocation, parameterless calls), casts
//! (`CType`, `DirectCast`, `TryCast`, `CInt`…), `TypeOf … Is`, `If(…)`, `New` with
//! `With {…}` and `From {…}`, arrays, lambdas, `AddressOf`, interpolated strings.

use super::call::Arg;
use super::lambda::Pending;
use super::{BodyBinder, Bound};
use crate::bind::constfold;
use crate::syntax as syn;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{CmpOp, Expr, ExprKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;
use std::sync::Arc;

pub(crate) fn error_expr() -> Expr {
    Expr::new(ExprKind::DefaultValue, Ty::Error)
}

impl BodyBinder<'_> {
    /// Binds an expression used as a value.
    pub(crate) fn expr(&mut self, e: &syn::Expr) -> Expr {
        let b = self.bind(e);
        self.value_of(b, e.range)
    }

    /// An expression that must produce a value (BC30491 for a `Sub` call).
    pub(crate) fn value(&mut self, e: &syn::Expr) -> Expr {
        let v = self.expr(e);
        if v.ty == Ty::Void {
            self.error(Code::BC30491, e.range, &[]);
            return error_expr();
        }
        v
    }

    pub(crate) fn value_of(&mut self, b: Bound, range: TextRange) -> Expr {
        match b {
            Bound::Value(v) => v,
            Bound::Methods { .. } | Bound::Indexed { .. } => self.invoke(b, Vec::new(), range),
            Bound::Type(t) => {
                if !t.is_error() {
                    let shown = self.show(&t);
                    self.error(Code::BC30109, range, &[&shown]);
                }
                error_expr()
            }
            Bound::Namespace(n) => {
                self.error(Code::BC30112, range, &[&n]);
                error_expr()
            }
            Bound::Error => error_expr(),
        }
    }

    /// Binds an expression converted (implicitly) to `to`.
    pub(crate) fn expr_to(&mut self, e: &syn::Expr, to: &Ty) -> Expr {
        match &e.kind {
            syn::ExprKind::Lambda { params, body, .. } if self.world.is_delegate(to) => {
                return self.lambda(params, body, to, e.range);
            }
            syn::ExprKind::AddressOf(x) => {
                let g = self.bind(x);
                return self.method_group_to_delegate(g, to, e.range);
            }
            syn::ExprKind::ArrayLiteral(items) => {
                if let Ty::Array(..) = to {
                    return self.array_init(to, items, e.range);
                }
            }
            syn::ExprKind::Parenthesized(x) => {
                if matches!(
                    x.kind,
                    syn::ExprKind::Lambda { .. } | syn::ExprKind::AddressOf(_)
                ) {
                    return self.expr_to(x, to);
                }
            }
            _ => {}
        }
        let v = self.value(e);
        self.convert(v, to, e.range)
    }

    /// Binds an expression to what it denotes.
    pub(crate) fn bind(&mut self, e: &syn::Expr) -> Bound {
        use syn::ExprKind as K;
        let range = e.range;
        let v = |x: Expr| Bound::Value(x);
        match &e.kind {
            K::Literal(k) => match constfold::literal(*k, self.text(range)) {
                Some((c, t)) => v(Expr::constant(c, t)),
                None => Bound::Error,
            },
            K::Interpolated(parts) => v(self.interpolated(parts)),
            K::Name { name, type_args } => {
                let targs = self.type_args(type_args);
                self.simple_name(&name.text, targs, name.range)
            }
            K::PredefinedType(t) => Bound::Type(self.resolve_type(t)),
            K::Member {
                target,
                name,
                type_args,
            } => {
                let targs = self.type_args(type_args);
                let t = match target {
                    Some(t) => self.bind(t),
                    None => match self.with_stack.last() {
                        Some(w) => Bound::Value(w.clone()),
                        None => {
                            self.error(Code::BC30157, range, &[]);
                            Bound::Error
                        }
                    },
                };
                self.member_access(t, &name.text, targs, name.range)
            }
            K::ConditionalMember { .. } => {
                self.error(Code::CL0002, range, &["'?.'"]);
                Bound::Error
            }
            K::Invocation { target, args } => v(self.invocation(target, args, range)),
            K::Unary { op, operand } => {
                let x = self.value(operand);
                v(self.unary(*op, x, range))
            }
            K::Binary { op, left, right } => v(self.binary_syntax(*op, left, right, range)),
            K::TypeOf {
                operand,
                is_not,
                ty,
            } => {
                let x = self.value(operand);
                let t = self.resolve_type(ty);
                if x.ty.is_error() || t.is_error() {
                    return Bound::Error;
                }
                let x = if self.is_value(&x.ty) || matches!(x.ty, Ty::Var(_) | Ty::MVar(_)) {
                    Expr::new(ExprKind::Box(Box::new(x)), Ty::Object)
                } else {
                    x
                };
                // `isinst` on the (boxed) target type, as csc emits for value types too.
                let t = self.world.nullable_underlying(&t).unwrap_or(t);
                let test = Expr::new(ExprKind::IsInst(Box::new(x)), t);
                let op = if *is_not { CmpOp::Eq } else { CmpOp::Ne };
                v(Expr::new(
                    ExprKind::Compare {
                        op,
                        left: Box::new(test),
                        right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
                    },
                    Ty::Bool,
                ))
            }
            K::Cast { kind, operand, ty } => {
                let t = self.resolve_type(ty);
                let x = self.expr_to_opt(operand, &t);
                v(self.cast(*kind, x, &t, range))
            }
            K::Convert { ty, operand } => {
                let t = self.resolve_type(ty);
                let x = self.value(operand);
                v(self.convert_explicit(x, &t, range))
            }
            K::GetType(t) => {
                let ty = self.resolve_type(t);
                let tt = self
                    .world
                    .well_known("System", "Type")
                    .map(Ty::named)
                    .unwrap_or(Ty::Error);
                v(Expr::new(ExprKind::TypeOf(ty), tt))
            }
            K::NameOf(x) => {
                let name = match &x.kind {
                    K::Name { name, .. } | K::Member { name, .. } => name.text.clone(),
                    _ => String::new(),
                };
                v(Expr::constant(
                    ConstValue::String(name.encode_utf16().collect()),
                    Ty::String,
                ))
            }
            K::AddressOf(_) => {
                self.error(Code::BC30581, range, &["Object"]);
                Bound::Error
            }
            K::Ternary {
                condition,
                then,
                otherwise,
            } => {
                let c = self.condition(condition);
                let a = self.value(then);
                let b = self.value(otherwise);
                let ty = self.dominant(&a, &b, range);
                let a = self.convert(a, &ty, then.range);
                let b = self.convert(b, &ty, otherwise.range);
                v(Expr::new(
                    ExprKind::Conditional {
                        condition: Box::new(c),
                        then: Box::new(a),
                        otherwise: Box::new(b),
                    },
                    ty,
                ))
            }
            K::Coalesce { left, right } => {
                let a = self.value(left);
                let b = self.value(right);
                if let Some(u) = self.world.nullable_underlying(&a.ty) {
                    return v(self.nullable_coalesce(a, u, b, right.range));
                }
                let ty = self.dominant(&a, &b, range);
                let a = self.convert(a, &ty, left.range);
                let b = self.convert(b, &ty, right.range);
                v(Expr::new(ExprKind::Coalesce(Box::new(a), Box::new(b)), ty))
            }
            K::New {
                ty,
                args,
                initializer,
            } => v(self.new_object(ty, args, initializer.as_ref(), range)),
            K::NewArray {
                ty,
                sizes,
                initializer,
            } => v(self.new_array(ty, sizes, initializer, range)),
            K::ArrayLiteral(items) => {
                let elem = match items.first() {
                    Some(first) => {
                        let saved = self.diags.len();
                        let t = self.expr(first).ty;
                        self.diags.truncate(saved);
                        if t == Ty::Null { Ty::Object } else { t }
                    }
                    None => Ty::Object,
                };
                v(self.array_init(&Ty::sz_array(elem), items, range))
            }
            K::Lambda {
                params,
                is_function,
                return_type,
                body,
                ..
            } => {
                match self.natural_delegate(params, *is_function, return_type.as_ref(), body, range)
                {
                    Some(d) => v(self.lambda(params, body, &d, range)),
                    None => {
                        self.error(Code::BC36642, range, &[]);
                        Bound::Error
                    }
                }
            }
            K::Me | K::MyClass => {
                if self.is_static() {
                    self.error(Code::BC30043, range, &[]);
                    return Bound::Error;
                }
                v(self.this_expr())
            }
            K::MyBase => {
                if self.is_static() {
                    self.error(Code::BC30043, range, &[]);
                    return Bound::Error;
                }
                let b = self.world.base_of(&self.self_ty).unwrap_or(Ty::Object);
                v(Expr::new(ExprKind::Base, b))
            }
            K::Parenthesized(x) => v(self.value(x)),
            K::Omitted | K::Error => Bound::Error,
        }
    }

    fn expr_to_opt(&mut self, e: &syn::Expr, to: &Ty) -> Expr {
        if matches!(
            e.kind,
            syn::ExprKind::Lambda { .. } | syn::ExprKind::AddressOf(_)
        ) && self.world.is_delegate(to)
        {
            return self.expr_to(e, to);
        }
        self.value(e)
    }

    fn cast(&mut self, kind: syn::CastKind, x: Expr, t: &Ty, range: TextRange) -> Expr {
        if x.ty.is_error() || t.is_error() {
            return error_expr();
        }
        match kind {
            syn::CastKind::CType => self.convert_explicit(x, t, range),
            syn::CastKind::DirectCast => match self.type_conv(&x.ty, t) {
                Some((
                    c @ (super::conv::Conv::Identity
                    | super::conv::Conv::Reference { .. }
                    | super::conv::Conv::Boxing
                    | super::conv::Conv::Unboxing
                    | super::conv::Conv::NullToValue),
                    _,
                )) => self.apply_conv(x, t, c),
                _ => {
                    let (f, tt) = (self.show(&x.ty), self.show(t));
                    self.error(Code::BC30311, range, &[&f, &tt]);
                    error_expr()
                }
            },
            syn::CastKind::TryCast => {
                if !self.is_reference(t) {
                    let tt = self.show(t);
                    self.error(Code::BC30792, range, &[&tt]);
                    return error_expr();
                }
                let x = if self.is_value(&x.ty) || matches!(x.ty, Ty::Var(_) | Ty::MVar(_)) {
                    Expr::new(ExprKind::Box(Box::new(x)), Ty::Object)
                } else {
                    x
                };
                Expr::new(ExprKind::IsInst(Box::new(x)), t.clone())
            }
        }
    }

    /// `If(n, b)` on a nullable `n`: its value when it has one, else `b`.
    fn nullable_coalesce(&mut self, a: Expr, u: Ty, b: Expr, range: TextRange) -> Expr {
        let t = self.temp(a.ty.clone());
        let te = self.local_expr(t);
        let store = Self::assign_stmt(te.clone(), a);
        let has = self.property_get(te.clone(), "HasValue");
        let (value, fallback, ty) = if b.ty == te.ty {
            (te.clone(), b, te.ty.clone())
        } else {
            let v = self.call_named(te, "GetValueOrDefault", Vec::new());
            let v = Expr { ty: u.clone(), ..v };
            let b = self.convert(b, &u, range);
            (v, b, u)
        };
        let pick = Expr::new(
            ExprKind::Conditional {
                condition: Box::new(has),
                then: Box::new(value),
                otherwise: Box::new(fallback),
            },
            ty.clone(),
        );
        Expr::new(ExprKind::Sequence(vec![store], Box::new(pick)), ty)
    }

    /// The type both branches of `If(…)` convert to.
    fn dominant(&mut self, a: &Expr, b: &Expr, range: TextRange) -> Ty {
        if a.ty == b.ty {
            return a.ty.clone();
        }
        if a.ty == Ty::Null {
            return b.ty.clone();
        }
        if b.ty == Ty::Null {
            return a.ty.clone();
        }
        if matches!(self.classify(b, &a.ty), Some((_, true))) {
            return a.ty.clone();
        }
        if matches!(self.classify(a, &b.ty), Some((_, true))) {
            return b.ty.clone();
        }
        if !a.ty.is_error() && !b.ty.is_error() {
            self.error(Code::BC36913, range, &[]);
        }
        Ty::Error
    }

    pub(crate) fn type_args(&mut self, ts: &[syn::TypeSyntax]) -> Vec<Ty> {
        ts.iter().map(|t| self.resolve_type(t)).collect()
    }

    /// Binds call arguments; lambdas and `AddressOf` stay pending.
    pub(crate) fn args(&mut self, args: &[syn::Argument]) -> Vec<Arg> {
        args.iter()
            .map(|a| {
                let name = a.name.as_ref().map(|n| n.text.clone());
                let range = a.value.range;
                let mut inner = &a.value;
                while let syn::ExprKind::Parenthesized(x) = &inner.kind {
                    if matches!(x.kind, syn::ExprKind::Lambda { .. }) {
                        inner = x;
                    } else {
                        break;
                    }
                }
                match &inner.kind {
                    syn::ExprKind::Omitted => Arg {
                        expr: error_expr(),
                        range,
                        name,
                        omitted: true,
                        pending: None,
                    },
                    syn::ExprKind::Lambda { .. } => Arg {
                        expr: error_expr(),
                        range,
                        name,
                        omitted: false,
                        pending: Some(Pending::Lambda(Box::new(inner.clone()))),
                    },
                    syn::ExprKind::AddressOf(x) => {
                        let g = self.bind(x);
                        Arg {
                            expr: error_expr(),
                            range,
                            name,
                            omitted: false,
                            pending: Some(Pending::Group(g)),
                        }
                    }
                    _ => Arg {
                        expr: self.value(&a.value),
                        range,
                        name,
                        omitted: false,
                        pending: None,
                    },
                }
            })
            .collect()
    }

    /// `a(…)`: a call, an array element, a default or indexed property.
    fn invocation(&mut self, target: &syn::Expr, args: &[syn::Argument], range: TextRange) -> Expr {
        // Inside a Function, its own name with arguments is a (recursive) call.
        let t = match &target.kind {
            syn::ExprKind::Name { name, type_args }
                if self
                    .ret_local
                    .as_ref()
                    .is_some_and(|(n, _)| n.eq_ignore_ascii_case(&name.text))
                    && self.lookup_var(&name.text).is_none() =>
            {
                let targs = self.type_args(type_args);
                self.name_as_member(&name.text, targs, name.range, true)
            }
            _ => self.bind(target),
        };
        let name_range = match &target.kind {
            syn::ExprKind::Member { name, .. } | syn::ExprKind::Name { name, .. } => name.range,
            _ => target.range,
        };
        match t {
            Bound::Methods { .. } | Bound::Indexed { .. } => {
                let a = self.args(args);
                let _ = name_range;
                self.invoke(t, a, range)
            }
            Bound::Value(v) => self.index_value(v, args, range),
            other => {
                let _ = self.value_of(other, target.range);
                error_expr()
            }
        }
    }

    /// `v(args)` on a value: array element, delegate call or default property.
    pub(crate) fn index_value(
        &mut self,
        v: Expr,
        args: &[syn::Argument],
        range: TextRange,
    ) -> Expr {
        if v.ty.is_error() {
            let _ = self.args(args);
            return error_expr();
        }
        if let Ty::Array(elem, rank) = &v.ty {
            if args.is_empty() {
                return v;
            }
            if args.len() != *rank as usize {
                self.error(Code::BC30106, range, &[]);
                return error_expr();
            }
            let indices = args
                .iter()
                .map(|a| self.expr_to(&a.value, &Ty::I4))
                .collect();
            let ty = (**elem).clone();
            return Expr::new(
                ExprKind::ArrayElement {
                    array: Box::new(v),
                    indices,
                },
                ty,
            );
        }
        if self.world.is_delegate(&v.ty) {
            let a = self.args(args);
            return self.invoke(Bound::Value(v), a, range);
        }
        if args.is_empty() {
            // `obj.Prop()`: a parameterless property with empty parentheses.
            if matches!(v.kind, ExprKind::Property { .. }) {
                return v;
            }
            self.error(Code::BC30454, range, &[]);
            return error_expr();
        }
        // The default property of the value's type.
        let mut default = None;
        for level in self.member_chain(&v.ty) {
            if let Some(id) = self.world.type_def_of(&level) {
                if let Some(n) = self.world.details(id).default_member.clone() {
                    default = Some(n);
                    break;
                }
            }
        }
        if let Some(name) = default {
            if let Some(super::lookup::Member::Property(props)) = self.find_member(&v.ty, &name) {
                let a = self.args(args);
                return self.indexed(Some(v), &props, &name, a, range);
            }
        }
        let shown = self.show(&v.ty);
        self.error(Code::BC30367, range, &[&shown]);
        error_expr()
    }

    /// `Nothing` or the zero of a type.
    pub(crate) fn default_of(&mut self, t: &Ty) -> Expr {
        if self.is_reference(t) || *t == Ty::String || *t == Ty::Object {
            Expr::constant(ConstValue::Null, t.clone())
        } else {
            Expr::new(ExprKind::DefaultValue, t.clone())
        }
    }

    /// `New T(args) [With {…} | From {…}]`.
    fn new_object(
        &mut self,
        ty: &syn::TypeSyntax,
        args: &[syn::Argument],
        init: Option<&syn::Initializer>,
        range: TextRange,
    ) -> Expr {
        let t = self.resolve_type(ty);
        if t.is_error() {
            let _ = self.args(args);
            return error_expr();
        }
        let obj = if self.world.is_delegate(&t) && args.len() == 1 {
            self.expr_to(&args[0].value, &t)
        } else if self.world.is_interface(&t) {
            self.error(Code::BC30375, range, &[]);
            return error_expr();
        } else if matches!(t, Ty::Var(_) | Ty::MVar(_)) {
            // `New T()` with the `New` constraint: `Activator.CreateInstance(Of T)()`.
            match self.create_instance(&t) {
                Some(e) => e,
                None => return error_expr(),
            }
        } else {
            let a = self.args(args);
            if self.is_value(&t) && a.is_empty() {
                Expr::new(ExprKind::DefaultValue, t.clone())
            } else {
                match self.ctor_call(&t, a, range) {
                    Some(e) => e,
                    None => return error_expr(),
                }
            }
        };
        let Some(init) = init else {
            return obj;
        };
        let tmp = self.temp(t.clone());
        let te = self.local_expr(tmp);
        let mut stmts = vec![Self::assign_stmt(te.clone(), obj)];
        match init {
            syn::Initializer::Object(fields) => {
                for (name, value) in fields {
                    let m = self.member_access(
                        Bound::Value(te.clone()),
                        &name.text,
                        Vec::new(),
                        name.range,
                    );
                    let target = self.value_of(m, name.range);
                    let ty = target.ty.clone();
                    let val = self.expr_to(value, &ty);
                    stmts.push(Self::assign_stmt(target, val));
                }
            }
            syn::Initializer::Collection(items) => {
                for item in items {
                    let a = match &item.kind {
                        syn::ExprKind::ArrayLiteral(parts) => {
                            parts.iter().map(|p| Arg::value(self.value(p))).collect()
                        }
                        _ => vec![Arg::value(self.value(item))],
                    };
                    let g =
                        self.member_access(Bound::Value(te.clone()), "Add", Vec::new(), item.range);
                    let call = self.invoke(g, a, item.range);
                    stmts.push(Stmt::Expr(call));
                }
            }
        }
        Expr::new(ExprKind::Sequence(stmts, Box::new(te)), t)
    }

    fn create_instance(&self, t: &Ty) -> Option<Expr> {
        let id = self.world.well_known("System", "Activator")?;
        let d = self.world.details(id);
        let i = d.methods.iter().position(|m| {
            m.name == "CreateInstance" && m.params.is_empty() && m.generic_params.len() == 1
        })?;
        Some(Expr::new(
            ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                receiver: None,
                method: frontend_core::ir::MethodRef {
                    id: frontend_core::symbols::MethodId {
                        ty: id,
                        idx: i as u32,
                    },
                    type_args: Arc::from([]),
                    method_args: Arc::from([t.clone()]),
                },
                args: Vec::new(),
                virtual_call: false,
            })),
            t.clone(),
        ))
    }

    /// A constructor call on `ty`.
    pub(crate) fn ctor_call(&mut self, ty: &Ty, args: Vec<Arg>, range: TextRange) -> Option<Expr> {
        let id = self.world.type_def_of(ty)?;
        let targs: Arc<[Ty]> = Arc::from(ty.type_args());
        let d = self.world.details(id);
        let candidates: Vec<_> = d
            .methods
            .iter()
            .enumerate()
            .filter(|(_, m)| m.is_ctor())
            .map(|(i, _)| {
                (
                    frontend_core::symbols::MethodId {
                        ty: id,
                        idx: i as u32,
                    },
                    targs.clone(),
                )
            })
            .collect();
        if candidates.is_empty() {
            self.error(Code::BC30517, range, &["New"]);
            return None;
        }
        let app = self.resolve_overload(&candidates, &[], &args, range, ".ctor")?;
        let conv = self.convert_args(&app, args);
        Some(Expr::new(
            ExprKind::NewObject {
                ctor: Box::new(app.method),
                args: conv,
            },
            ty.clone(),
        ))
    }

    /// `New T(n) {}` / `New T() {a, b}` / `New T(,) {{…}}`.
    fn new_array(
        &mut self,
        ty: &syn::TypeSyntax,
        sizes: &[syn::Expr],
        init: &[syn::Expr],
        range: TextRange,
    ) -> Expr {
        let t = self.resolve_type(ty);
        if t.is_error() {
            return error_expr();
        }
        if !sizes.is_empty() && init.is_empty() {
            let bounds = sizes.iter().map(|s| self.upper_bound(s)).collect();
            return Expr::new(ExprKind::NewArray { sizes: bounds }, t);
        }
        self.array_init(&t, init, range)
    }

    /// `n` as an array upper bound: the length is `n + 1`.
    pub(crate) fn upper_bound(&mut self, s: &syn::Expr) -> Expr {
        let n = self.expr_to(s, &Ty::I4);
        if let ExprKind::Const(c) = &n.kind {
            if let Some(v) = c.as_i128() {
                return Expr::constant(ConstValue::I4((v + 1) as i32), Ty::I4);
            }
        }
        Expr::new(
            ExprKind::Binary {
                op: frontend_core::ir::BinOp::Add,
                left: Box::new(n),
                right: Box::new(Expr::constant(ConstValue::I4(1), Ty::I4)),
                checked: self.checked,
            },
            Ty::I4,
        )
    }

    /// An array from `{…}` items.
    pub(crate) fn array_init(&mut self, ty: &Ty, items: &[syn::Expr], range: TextRange) -> Expr {
        let Ty::Array(elem, rank) = ty else {
            return error_expr();
        };
        if *rank == 1 {
            let values = items.iter().map(|i| self.expr_to(i, elem)).collect();
            return Expr::new(ExprKind::ArrayInit { values }, ty.clone());
        }
        // Rectangular: nested literals, row-major.
        let mut sizes = Vec::new();
        let mut level: Vec<&syn::Expr> = items.iter().collect();
        sizes.push(level.len() as u32);
        for _ in 1..*rank {
            let mut next = Vec::new();
            let mut width = None;
            for x in &level {
                let syn::ExprKind::ArrayLiteral(inner) = &x.kind else {
                    self.error(Code::BC30566, x.range, &[]);
                    return error_expr();
                };
                if width.is_some_and(|w| w != inner.len()) {
                    self.error(Code::BC30568, x.range, &[]);
                    return error_expr();
                }
                width = Some(inner.len());
                next.extend(inner.iter());
            }
            sizes.push(width.unwrap_or(0) as u32);
            level = next;
        }
        let _ = range;
        let values = level.iter().map(|i| self.expr_to(i, elem)).collect();
        Expr::new(
            ExprKind::RectangularInit {
                sizes: sizes.into(),
                values,
            },
            ty.clone(),
        )
    }

    /// `$"…{x,5:F2}…"` → `String.Format`.
    fn interpolated(&mut self, parts: &[syn::InterpolationPart]) -> Expr {
        let mut fmt = String::new();
        let mut args = Vec::new();
        for p in parts {
            match p {
                syn::InterpolationPart::Text(t, _) => fmt.push_str(&t.replace("\"\"", "\"")),
                syn::InterpolationPart::Hole {
                    expr,
                    alignment,
                    format,
                } => {
                    fmt.push('{');
                    fmt.push_str(&args.len().to_string());
                    if let Some(a) = alignment {
                        let v = self.value(a);
                        if let ExprKind::Const(c) = &v.kind {
                            fmt.push(',');
                            fmt.push_str(&c.as_i128().unwrap_or(0).to_string());
                        }
                    }
                    if let Some(f) = format {
                        fmt.push(':');
                        fmt.push_str(f);
                    }
                    fmt.push('}');
                    let v = self.value(expr);
                    let v = self.convert(v, &Ty::Object, expr.range);
                    args.push(v);
                }
            }
        }
        if args.is_empty() {
            let s = fmt.replace("{{", "{").replace("}}", "}");
            return Expr::constant(ConstValue::String(s.encode_utf16().collect()), Ty::String);
        }
        let mut all = vec![Expr::constant(
            ConstValue::String(fmt.encode_utf16().collect()),
            Ty::String,
        )];
        all.extend(args);
        self.static_call("System", "String", "Format", all)
    }
}
