//! Expressions: every syntax form bound to IR, with an expected type where C# uses one
//! (array initializers, method groups and lambdas converted to delegates). Assignment
//! (simple, compound, `++`/`--`, events' `+=`/`-=`), element access (arrays, string
//! chars, indexers), object and collection initializers, `is`/`as` with patterns,
//! interpolated strings (as `string.Format`), `?.`, `typeof`, `default`, `nameof`.

use super::call::Arg;
use super::forms::has_conditional;
use super::{BodyBinder, Bound};
use crate::syntax::{self as syn, ArgModifier, ExprKind as S, LiteralKind, PostfixOp, UnaryOp};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind};
use frontend_core::source::TextRange;
use frontend_core::symbols::ParamMode;
use frontend_core::types::Ty;

pub(crate) fn error_expr() -> Expr {
    Expr::new(ExprKind::DefaultValue, Ty::Error)
}

impl BodyBinder<'_> {
    /// Binds an expression whose value is used.
    pub(crate) fn expr(&mut self, e: &syn::Expr) -> Expr {
        let b = self.bind(e);
        self.value_of(b, e.range)
    }

    /// A bound name as a value (CS0119 for types and namespaces, CS0428 for method groups
    /// without a delegate target).
    pub(crate) fn value_of(&mut self, b: Bound, range: TextRange) -> Expr {
        match b {
            Bound::Value(v) => v,
            Bound::Error => error_expr(),
            Bound::Type(t) => {
                let shown = self.show(&t);
                self.error(Code::CS0119, range, &[&shown, "type", "variable"]);
                error_expr()
            }
            Bound::Namespace(n) => {
                self.error(Code::CS0118, range, &[&n, "namespace", "variable"]);
                error_expr()
            }
            Bound::Methods { name, .. } => {
                self.error(Code::CS0428, range, &[&name, "object"]);
                error_expr()
            }
        }
    }

    /// Binds `e` and converts it to `to` implicitly (with the target type available to
    /// initializers, method groups and lambdas).
    pub(crate) fn expr_to(&mut self, e: &syn::Expr, to: &Ty) -> Expr {
        match &e.kind {
            S::ArrayInitializer(items) => return self.array_init(to, items, e.range),
            S::Lambda { params, body } => return self.lambda(params, body, to, e.range),
            S::AnonymousMethod { params, body } => {
                let body = syn::LambdaBody::Block(body.clone());
                return self.lambda(params, &body, to, e.range);
            }
            // Parentheses keep a lambda's conversion to its target: `(Func<int>)(() => 1)`.
            S::Parenthesized(x) if is_lambda(x) => return self.expr_to(x, to),
            _ => {}
        }
        let b = self.bind(e);
        if let (Bound::Methods { .. }, true) = (&b, self.world.is_delegate(to)) {
            return self.method_group_to_delegate(b, to, e.range);
        }
        if let (Bound::Methods { name, .. }, false) = (&b, to.is_error()) {
            let shown = self.show(to);
            self.error(Code::CS0428, e.range, &[name, &shown]);
            return error_expr();
        }
        let v = self.value_of(b, e.range);
        self.convert(v, to, e.range)
    }

    /// Binds an expression to a name, type, namespace, method group or value.
    pub(crate) fn bind(&mut self, e: &syn::Expr) -> Bound {
        let range = e.range;
        if matches!(
            e.kind,
            S::Member { .. } | S::Invocation { .. } | S::ElementAccess { .. }
        ) && has_conditional(e)
        {
            return Bound::Value(self.conditional_access(e));
        }
        let v = match &e.kind {
            S::Literal(k) => {
                let text = self.text(range);
                match crate::bind::constfold::literal(*k, text) {
                    Some((v, ty)) => Expr::constant(v, ty),
                    None if *k == LiteralKind::Int => Expr::constant(ConstValue::I4(0), Ty::Error),
                    None => error_expr(),
                }
            }
            S::Interpolated(parts) => self.interpolated(parts, range),
            S::Name { name, type_args } => {
                let targs = type_args.iter().map(|t| self.resolve_type(t)).collect();
                return self.simple_name(&name.text, targs, name.range);
            }
            S::PredefinedType(t) => return Bound::Type(self.resolve_type(t)),
            S::Member {
                target,
                name,
                type_args,
            } => {
                let t = self.bind(target);
                let targs = type_args.iter().map(|t| self.resolve_type(t)).collect();
                return self.member_access_at(t, &name.text, targs, name.range, range);
            }
            S::ConditionalMember { .. } | S::ConditionalElement { .. } => {
                self.conditional_access(e)
            }
            S::Invocation { target, args } => {
                if let S::Name { name, .. } = &target.kind {
                    if &*name.text == "nameof" && self.lookup_var("nameof").is_none() {
                        if let Some(a) = args.first() {
                            return Bound::Value(self.nameof(&a.value));
                        }
                    }
                }
                let name_range = match &target.kind {
                    S::Member { name, .. } => TextRange {
                        start: name.range.start,
                        end: target.range.end,
                    },
                    _ => target.range,
                };
                let t = self.bind(target);
                let args = self.args(args);
                self.invoke_at(t, args, range, name_range, target.range)
            }
            S::ElementAccess { target, args } => {
                let t = self.expr(target);
                self.element_access(t, args, range)
            }

            S::Unary { op, operand } => match op {
                UnaryOp::PreIncrement | UnaryOp::PreDecrement => {
                    let target = self.expr(operand);
                    let at = (range, operand.range);
                    self.increment(target, *op == UnaryOp::PreIncrement, false, at)
                }
                UnaryOp::Deref => self.deref(operand, range),
                UnaryOp::AddressOf => self.pointer_address_of(operand, range),
                _ => {
                    // `-2147483648` and `-9223372036854775808` are the minimum values.
                    if let (UnaryOp::Minus, S::Literal(LiteralKind::Int)) = (op, &operand.kind) {
                        match self.text(operand.range) {
                            "2147483648" => {
                                return Bound::Value(Expr::constant(
                                    ConstValue::I4(i32::MIN),
                                    Ty::I4,
                                ));
                            }
                            "9223372036854775808"
                            | "9223372036854775808L"
                            | "9223372036854775808l" => {
                                return Bound::Value(Expr::constant(
                                    ConstValue::I8(i64::MIN),
                                    Ty::I8,
                                ));
                            }
                            _ => {}
                        }
                    }
                    let v = self.expr(operand);
                    self.unary(*op, v, range)
                }
            },
            S::Postfix { op, operand } => {
                let target = self.expr(operand);
                let at = (range, operand.range);
                self.increment(target, *op == PostfixOp::Increment, true, at)
            }
            S::Binary { op, left, right } => {
                let l = self.expr(left);
                let r = if matches!(op, syn::BinaryOp::Coalesce) && l.ty.is_error() {
                    self.expr(right)
                } else if matches!(op, syn::BinaryOp::Coalesce) && self.is_reference(&l.ty) {
                    let ty = l.ty.clone();
                    let b = self.bind(right);
                    match b {
                        Bound::Value(v) => v,
                        other => {
                            let v = self.value_of(other, right.range);
                            self.convert(v, &ty, right.range)
                        }
                    }
                } else {
                    self.expr(right)
                };
                self.binary(*op, l, r, range)
            }
            S::Assign {
                op: None,
                target,
                value,
            } => {
                let simple = matches!(target.kind, S::Name { .. });
                self.writing_target = simple;
                let t = self.expr(target);
                self.writing_target = false;
                let a = self.assign(t, value, target.range);
                if let (true, ExprKind::Assign { target, .. }) = (simple, &a.kind) {
                    self.mark_target_assigned(target);
                }
                a
            }
            S::Assign {
                op: Some(op),
                target,
                value,
            } => {
                let t = self.expr(target);
                self.compound_assign(*op, t, value, (range, target.range))
            }
            S::Conditional {
                condition,
                then,
                otherwise,
            } => {
                let c = self.expr(condition);
                let c = self.convert(c, &Ty::Bool, condition.range);
                let a = self.expr(then);
                let b = self.expr(otherwise);
                let ty = if a.ty == b.ty
                    || b.ty == Ty::Null
                    || self.implicit_conv(&b, &a.ty).is_some()
                        && self.implicit_conv(&a, &b.ty).is_none()
                {
                    a.ty.clone()
                } else if a.ty == Ty::Null || self.implicit_conv(&a, &b.ty).is_some() {
                    b.ty.clone()
                } else {
                    if !a.ty.is_error() && !b.ty.is_error() {
                        let (x, y) = (self.show(&a.ty), self.show(&b.ty));
                        self.error(Code::CS0173, range, &[&x, &y]);
                    }
                    Ty::Error
                };
                let a = self.convert(a, &ty, then.range);
                let b = self.convert(b, &ty, otherwise.range);
                if let ExprKind::Const(ConstValue::Bool(k)) = c.kind {
                    return Bound::Value(if k { a } else { b });
                }
                Expr::new(
                    ExprKind::Conditional {
                        condition: Box::new(c),
                        then: Box::new(a),
                        otherwise: Box::new(b),
                    },
                    ty,
                )
            }
            S::Cast { ty, operand } => {
                let to = self.resolve_type(ty);
                // A cast is a lambda's target type, as an assignment's is.
                if is_lambda(operand) {
                    return Bound::Value(match to.is_error() {
                        true => error_expr(),
                        false => self.expr_to(operand, &to),
                    });
                }
                let b = self.bind(operand);
                if let (Bound::Methods { .. }, true) = (&b, self.world.is_delegate(&to)) {
                    return Bound::Value(self.method_group_to_delegate(b, &to, range));
                }
                let v = self.value_of(b, operand.range);
                if to.is_error() {
                    return Bound::Value(error_expr());
                }
                let saved = self.checked;
                let v = self.convert_explicit(v, &to, range);
                self.checked = saved;
                v
            }
            S::IsConstant { operand, value } => {
                let l = self.expr(operand);
                let r = self.expr(value);
                self.binary(syn::BinaryOp::Eq, l, r, range)
            }
            S::OutVar { ty, name } => {
                let t = if matches!(&ty.kind, syn::TypeKind::Named { name, qualifier: None, args } if &*name.text == "var" && args.is_empty())
                {
                    Ty::Error
                } else {
                    self.resolve_type(ty)
                };
                let id = self.declare_local(&name.text, t, name.range);
                self.local_expr(id)
            }
            S::Is {
                operand,
                ty,
                designation,
            } => self.is_expr(operand, ty, designation.as_ref(), range),
            S::As { operand, ty } => {
                let v = self.expr(operand);
                let to = self.resolve_type(ty);
                if to.is_error() || v.ty.is_error() {
                    return Bound::Value(error_expr());
                }
                if self.is_value(&to) && self.world.nullable_underlying(&to).is_none() {
                    let shown = self.show(&to);
                    self.error(Code::CS0077, range, &[&shown]);
                    return Bound::Value(error_expr());
                }
                let v = if self.is_value(&v.ty) || matches!(v.ty, Ty::Var(_) | Ty::MVar(_)) {
                    Expr::new(ExprKind::Box(Box::new(v)), Ty::Object)
                } else {
                    v
                };
                if self.world.nullable_underlying(&to).is_some() {
                    Expr::new(
                        ExprKind::Unbox(Box::new(Expr::new(
                            ExprKind::IsInst(Box::new(v)),
                            to.clone(),
                        ))),
                        to,
                    )
                } else {
                    Expr::new(ExprKind::IsInst(Box::new(v)), to)
                }
            }
            S::New {
                ty,
                args,
                initializer,
            } => {
                let t = self.resolve_type(ty);
                if self.world.is_delegate(&t) && args.len() == 1 {
                    let a = &args[0].value;
                    if matches!(a.kind, S::Lambda { .. } | S::AnonymousMethod { .. }) {
                        return Bound::Value(self.expr_to(a, &t));
                    }
                    // A method group or a delegate value; anything else is CS0149.
                    return match self.bind(a) {
                        b @ Bound::Methods { .. } => {
                            Bound::Value(self.method_group_to_delegate(b, &t, a.range))
                        }
                        b => {
                            let v = self.value_of(b, a.range);
                            if v.ty.is_error() {
                                Bound::Value(error_expr())
                            } else if !self.world.is_delegate(&v.ty) {
                                self.error(Code::CS0149, a.range, &[]);
                                Bound::Value(error_expr())
                            } else {
                                // `new D(d)`: a new delegate over `d.Invoke`.
                                let group = self.member_access(
                                    Bound::Value(v),
                                    "Invoke",
                                    Vec::new(),
                                    a.range,
                                );
                                Bound::Value(self.method_group_to_delegate(group, &t, a.range))
                            }
                        }
                    };
                }
                let bound_args = self.args(args);
                let obj = self.new_object(&t, bound_args, range, ty.range);
                match initializer {
                    None => obj,
                    Some(init) => self.object_initializer(obj, init),
                }
            }
            S::NewArray {
                ty,
                sizes,
                initializer,
            } => {
                let t = self.resolve_type(ty);
                if t.is_error() {
                    return Bound::Value(error_expr());
                }
                match initializer {
                    Some(items) => self.array_init(&t, items, range),
                    None => {
                        let sizes = sizes
                            .iter()
                            .map(|s| {
                                let v = self.expr(s);
                                self.array_index(v, s.range)
                            })
                            .collect();
                        Expr::new(ExprKind::NewArray { sizes }, t)
                    }
                }
            }
            S::NewImplicitArray { initializer } => {
                let values: Vec<Expr> = initializer.iter().map(|v| self.expr(v)).collect();
                if values.iter().any(|v| v.ty.is_error()) {
                    return Bound::Value(error_expr());
                }
                // The best common type: the one element type every element converts to
                // (C# 7.3 spec 7.5.2.14); none, or only nulls, is CS0826.
                let mut candidates: Vec<Ty> = Vec::new();
                for v in values.iter().filter(|v| v.ty != Ty::Null) {
                    if !candidates.contains(&v.ty) {
                        candidates.push(v.ty.clone());
                    }
                }
                let best: Vec<Ty> = candidates
                    .into_iter()
                    .filter(|c| {
                        values
                            .iter()
                            .all(|v| v.ty == *c || self.implicit_conv(v, c).is_some())
                    })
                    .collect();
                let elem = match best.as_slice() {
                    [one] => Some(one.clone()),
                    _ => None,
                };
                let Some(elem) = elem else {
                    self.error(Code::CS0826, range, &[]);
                    return Bound::Value(error_expr());
                };
                let values = values
                    .into_iter()
                    .map(|v| self.convert(v, &elem, range))
                    .collect();
                Expr::new(ExprKind::ArrayInit { values }, Ty::sz_array(elem))
            }
            S::ArrayInitializer(_) => {
                self.error(Code::CS0622, range, &[]);
                error_expr()
            }
            S::StackAlloc { element, size } => self.stack_alloc(element, size, range),
            S::Typeof(t) => {
                let t = self.resolve_type(t);
                let ty = self
                    .world
                    .well_known("System", "Type")
                    .map(Ty::named)
                    .unwrap_or(Ty::Error);
                Expr::new(ExprKind::TypeOf(t), ty)
            }
            S::Sizeof(t) => {
                let t = self.resolve_type(t);
                let n = match self.world.enum_underlying(&t).unwrap_or(t.clone()) {
                    Ty::Bool | Ty::I1 | Ty::U1 => 1,
                    Ty::Char | Ty::I2 | Ty::U2 => 2,
                    Ty::I4 | Ty::U4 | Ty::R4 => 4,
                    Ty::I8 | Ty::U8 | Ty::R8 => 8,
                    _ if self.in_unsafe() => return Bound::Value(self.sizeof_unsafe(t, range)),
                    _ => {
                        self.error(Code::CS0233, range, &[&self.show(&t)]);
                        return Bound::Value(error_expr());
                    }
                };
                Expr::constant(ConstValue::I4(n), Ty::I4)
            }
            S::Default(t) => match t {
                Some(t) => {
                    let t = self.resolve_type(t);
                    self.default_of(&t)
                }
                None => Expr::constant(ConstValue::Null, Ty::Null),
            },
            S::Nameof(x) => self.nameof(x),
            S::Checked(x) | S::Unchecked(x) => {
                let saved = (self.checked, self.unchecked);
                self.checked = matches!(e.kind, S::Checked(_));
                self.unchecked = !self.checked;
                let v = self.expr(x);
                (self.checked, self.unchecked) = saved;
                v
            }
            S::This => {
                if self.is_static() {
                    self.error(Code::CS0026, range, &[]);
                    return Bound::Value(error_expr());
                }
                self.this_expr()
            }
            S::Base => {
                if self.is_static() {
                    self.error(Code::CS1511, range, &[]);
                    return Bound::Value(error_expr());
                }
                let base = self.world.base_of(&self.self_ty).unwrap_or(Ty::Object);
                Expr::new(ExprKind::Base, base)
            }
            S::Lambda { .. } | S::AnonymousMethod { .. } => {
                self.error(Code::CS1660, range, &["lambda expression", "object"]);
                error_expr()
            }
            S::Throw(x) => {
                let v = self.expr(x);
                Expr::new(ExprKind::Throw(Box::new(v)), Ty::Null)
            }
            S::Parenthesized(x) => {
                let b = self.bind(x);
                return match b {
                    Bound::Methods { .. } | Bound::Value(_) | Bound::Error => b,
                    other => Bound::Value(self.value_of(other, x.range)),
                };
            }
            S::PointerMember { target, name } => return self.pointer_member(target, name, range),
            S::Error => error_expr(),
        };
        Bound::Value(v)
    }

    /// Binds call arguments.
    pub(crate) fn args(&mut self, args: &[syn::Argument]) -> Vec<Arg> {
        args.iter()
            .map(|a| {
                let mode = match a.modifier {
                    ArgModifier::None => ParamMode::Value,
                    ArgModifier::Ref => ParamMode::Ref,
                    ArgModifier::Out => ParamMode::Out,
                };
                let out_name = mode == ParamMode::Out && matches!(a.value.kind, S::Name { .. });
                self.writing_target = out_name;
                let arg = self.arg(&a.value, mode);
                self.writing_target = false;
                if out_name {
                    self.mark_target_assigned(&arg.expr);
                }
                arg
            })
            .collect()
    }

    /// One argument; lambdas and method groups stay pending until overload resolution
    /// gives them a delegate type.
    pub(crate) fn arg(&mut self, value: &syn::Expr, mode: ParamMode) -> Arg {
        let (expr, pending) = match &value.kind {
            S::Lambda { .. } | S::AnonymousMethod { .. } => self.pending_lambda(value),
            _ => match self.bind(value) {
                b @ Bound::Methods { .. } => self.pending_group(b),
                Bound::Value(v) => (v, None),
                other => (self.value_of(other, value.range), None),
            },
        };
        Arg {
            expr,
            mode,
            range: value.range,
            pending,
        }
    }

    fn nameof(&mut self, x: &syn::Expr) -> Expr {
        let name = match &x.kind {
            S::Name { name, .. } | S::Member { name, .. } => name.text[..].to_owned(),
            _ => {
                self.error(Code::CS8081, x.range, &[]);
                String::new()
            }
        };
        Expr::constant(
            ConstValue::String(name.encode_utf16().collect()),
            Ty::String,
        )
    }

    pub(crate) fn default_of(&mut self, t: &Ty) -> Expr {
        if t.is_primitive() {
            Expr::constant(super::ops::zero_of(t), t.clone())
        } else if self.world.is_enum(t) {
            let u = self.world.enum_underlying(t).unwrap_or(Ty::I4);
            Expr::constant(super::ops::zero_of(&u), t.clone())
        } else if self.is_reference(t) {
            Expr::constant(ConstValue::Null, t.clone())
        } else {
            Expr::new(ExprKind::DefaultValue, t.clone())
        }
    }

    /// Converts an array index (or size) to a type IL takes.
    pub(crate) fn array_index(&mut self, v: Expr, range: TextRange) -> Expr {
        for t in [Ty::I4, Ty::U4, Ty::I8, Ty::U8] {
            if self.implicit_conv(&v, &t).is_some() {
                return self.convert(v, &t, range);
            }
        }
        self.convert(v, &Ty::I4, range)
    }

    fn element_access(&mut self, t: Expr, args: &[syn::Argument], range: TextRange) -> Expr {
        if t.ty.is_error() {
            return error_expr();
        }
        if let Ty::Ptr(_) = t.ty {
            return self.pointer_element(t, args, range);
        }
        if let Ty::Array(elem, rank) = &t.ty {
            if args.len() as u32 != *rank {
                self.error(Code::CS0022, range, &[&rank.to_string()]);
                return error_expr();
            }
            let indices = args
                .iter()
                .map(|a| {
                    let v = self.expr(&a.value);
                    self.array_index(v, a.value.range)
                })
                .collect();
            let elem = (**elem).clone();
            return Expr::new(
                ExprKind::ArrayElement {
                    array: Box::new(t),
                    indices,
                },
                elem,
            );
        }
        // An indexer: the type's default member.
        let bound = self.args(args);
        let Some(id) = self.world.type_def_of(&t.ty) else {
            return error_expr();
        };
        let mut chain = self.member_chain(&t.ty);
        chain.dedup();
        for level in chain {
            let Some(lid) = self.world.type_def_of(&level) else {
                continue;
            };
            let d = self.world.details(lid);
            let name = d.default_member.clone().unwrap_or_else(|| "Item".into());
            let targs: std::sync::Arc<[Ty]> = level.type_args_shared();
            let props: Vec<(u32, frontend_core::symbols::PropertySym)> = d
                .properties
                .iter()
                .enumerate()
                .filter(|(_, p)| p.name == name && !p.params.is_empty())
                .map(|(i, p)| (i as u32, p.clone()))
                .collect();
            if props.is_empty() {
                continue;
            }
            // Resolve among the getters (or setters) as methods.
            let candidates: Vec<(frontend_core::symbols::MethodId, std::sync::Arc<[Ty]>)> = props
                .iter()
                .filter_map(|(_, p)| p.getter.or(p.setter))
                .map(|m| {
                    (
                        frontend_core::symbols::MethodId { ty: lid, idx: m },
                        targs.clone(),
                    )
                })
                .collect();
            let _ = id;
            // Overload resolution on the index parameters only.
            let group_args: Vec<Arg> = bound.clone();
            let mut best = None;
            for (pi, p) in &props {
                if p.params.len() == group_args.len()
                    && p.params.iter().zip(&group_args).all(|(pp, a)| {
                        self.implicit_conv(&a.expr, &pp.ty.subst(&targs, &[]))
                            .is_some()
                    })
                {
                    best = Some((*pi, p.clone()));
                    break;
                }
            }
            let _ = candidates;
            let Some((_, p)) = best else {
                let shown = self.show(&t.ty);
                self.error(Code::CS1501, range, &["this", &bound.len().to_string()]);
                let _ = shown;
                return error_expr();
            };
            let args: Vec<Expr> = p
                .params
                .iter()
                .zip(bound)
                .map(|(pp, a)| self.convert(a.expr, &pp.ty.subst(&targs, &[]), a.range))
                .collect();
            let acc = |i: Option<u32>| {
                i.map(|m| frontend_core::ir::MethodRef {
                    id: frontend_core::symbols::MethodId { ty: lid, idx: m },
                    type_args: targs.clone(),
                    method_args: std::sync::Arc::from([]),
                })
            };
            let is_virtual = p
                .getter
                .or(p.setter)
                .is_some_and(|m| d.methods[m as usize].is_virtual());
            let virtual_call = is_virtual || !self.is_value(&t.ty);
            return Expr::new(
                ExprKind::Property(Box::new(frontend_core::ir::PropertyExpr {
                    receiver: Some(Box::new(t)),
                    getter: acc(p.getter),
                    setter: acc(p.setter),
                    args,
                    virtual_call,
                })),
                p.ty.subst(&targs, &[]),
            );
        }
        let shown = self.show(&t.ty);
        self.error(Code::CS0021, range, &[&shown]);
        error_expr()
    }
}

/// Whether `e` is a lambda or anonymous method, inside any parentheses.
fn is_lambda(e: &syn::Expr) -> bool {
    match &e.kind {
        S::Lambda { .. } | S::AnonymousMethod { .. } => true,
        S::Parenthesized(x) => is_lambda(x),
        _ => false,
    }
}
