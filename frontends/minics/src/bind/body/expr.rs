//! Expressions: every syntax form bound to IR, with an expected type where C# uses one
//! (array initializers, method groups and lambdas converted to delegates). Assignment
//! (simple, compound, `++`/`--`, events' `+=`/`-=`), element access (arrays, string
//! chars, indexers), object and collection initializers, `is`/`as` with patterns,
//! interpolated strings (as `string.Format`), `?.`, `typeof`, `default`, `nameof`.

use super::call::Arg;
use super::{BodyBinder, Bound};
use crate::syntax::{self as syn, ArgModifier, ExprKind as S, LiteralKind, PostfixOp, UnaryOp};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{BinOp, CmpOp, Expr, ExprKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::symbols::ParamMode;
use frontend_core::types::Ty;

fn error_expr() -> Expr {
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
                self.error(Code::CS0428, range, &[&name]);
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
                    if name.text == "nameof" && self.lookup_var("nameof").is_none() {
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
                UnaryOp::Deref | UnaryOp::AddressOf => {
                    self.error(Code::CS0214, range, &[]);
                    error_expr()
                }
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
                let t = self.expr(target);
                self.assign(t, value, target.range)
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
                let ty = if a.ty == b.ty {
                    a.ty.clone()
                } else if b.ty == Ty::Null
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
                let t = if matches!(&ty.kind, syn::TypeKind::Named { name, qualifier: None, args } if name.text == "var" && args.is_empty())
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
                                Bound::Value(self.convert(v, &t, a.range))
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
                let mut best: Option<Ty> = None;
                for v in &values {
                    if v.ty == Ty::Null {
                        continue;
                    }
                    best = match best {
                        None => Some(v.ty.clone()),
                        Some(b) if self.implicit_type_conv(&v.ty, &b).is_some() => Some(b),
                        Some(_) => Some(v.ty.clone()),
                    };
                }
                let Some(elem) = best else {
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
            S::StackAlloc { .. } => {
                self.error(Code::CS0214, range, &[]);
                error_expr()
            }
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
            S::PointerMember { .. } => {
                self.error(Code::CS0214, range, &[]);
                error_expr()
            }
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
                if let S::Lambda { .. } | S::AnonymousMethod { .. } = &a.value.kind {
                    let (expr, pending) = self.pending_lambda(&a.value);
                    return Arg {
                        expr,
                        mode,
                        range: a.value.range,
                        pending,
                    };
                }
                let b = self.bind(&a.value);
                let (expr, pending) = match b {
                    Bound::Methods { .. } => self.pending_group(b),
                    Bound::Value(v) => (v, None),
                    other => (self.value_of(other, a.value.range), None),
                };
                Arg {
                    expr,
                    mode,
                    range: a.value.range,
                    pending,
                }
            })
            .collect()
    }

    fn nameof(&mut self, x: &syn::Expr) -> Expr {
        let name = match &x.kind {
            S::Name { name, .. } | S::Member { name, .. } => name.text.clone(),
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
            let targs: std::sync::Arc<[Ty]> = std::sync::Arc::from(level.type_args());
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
                ExprKind::Property {
                    receiver: Some(Box::new(t)),
                    getter: acc(p.getter),
                    setter: acc(p.setter),
                    args,
                    virtual_call,
                },
                p.ty.subst(&targs, &[]),
            );
        }
        let shown = self.show(&t.ty);
        self.error(Code::CS0021, range, &[&shown]);
        error_expr()
    }

    /// Checks that `t` can be assigned; reports CS0131/CS0191/CS0200.
    pub(crate) fn check_assignable(&mut self, t: &Expr, range: TextRange) -> bool {
        match &t.kind {
            ExprKind::Local(_)
            | ExprKind::Arg(_)
            | ExprKind::ArrayElement { .. }
            | ExprKind::Deref(_) => true,
            ExprKind::Field { field, .. } => {
                if self.field_is_readonly_here(field) {
                    self.error(Code::CS0191, range, &[]);
                    return false;
                }
                true
            }
            ExprKind::Property {
                setter: None,
                getter,
                ..
            } => {
                if getter.is_some() {
                    let name = getter
                        .as_ref()
                        .map(|g| {
                            let owner = self.world.normalize(g.id.ty, g.type_args.clone());
                            let m = self.world.method(g.id);
                            let prop = m.name.trim_start_matches("get_");
                            format!("{}.{prop}", self.show(&owner))
                        })
                        .unwrap_or_default();
                    self.error(Code::CS0200, range, &[&name]);
                }
                false
            }
            ExprKind::Property { .. } => true,
            ExprKind::This if self.is_value(&t.ty) => true,
            _ => {
                if !t.ty.is_error() {
                    self.error(Code::CS0131, range, &[]);
                }
                false
            }
        }
    }

    fn assign(&mut self, target: Expr, value: &syn::Expr, range: TextRange) -> Expr {
        let target = self.auto_property_backing_field(target);
        if target.ty.is_error() {
            self.expr(value);
            return error_expr();
        }
        let is_event = self.is_event_access(&target);
        if is_event {
            self.error(Code::CS0070, range, &["event", "type"]);
            return error_expr();
        }
        if !self.check_assignable(&target, range) {
            self.expr(value);
            return error_expr();
        }
        let ty = target.ty.clone();
        let v = self.expr_to(value, &ty);
        Expr::new(
            ExprKind::Assign {
                target: Box::new(target),
                value: Box::new(v),
            },
            ty,
        )
    }

    /// In a constructor, a getter-only auto-property of the type is its backing field.
    fn auto_property_backing_field(&self, target: Expr) -> Expr {
        let ExprKind::Property {
            receiver,
            getter: Some(g),
            setter: None,
            args,
            ..
        } = &target.kind
        else {
            return target;
        };
        let in_ctor = matches!(self.method.name.as_str(), ".ctor" | ".cctor")
            && g.id.ty == self.type_id
            && args.is_empty();
        if !in_ctor {
            return target;
        }
        let d = self.world.details(g.id.ty);
        let getter = &d.methods[g.id.idx as usize];
        let name = format!(
            "<{}>k__BackingField",
            getter.name.trim_start_matches("get_")
        );
        match d.fields.iter().position(|f| f.name == name) {
            Some(i) => Expr::new(
                ExprKind::Field {
                    receiver: receiver.clone(),
                    field: frontend_core::ir::FieldRef {
                        id: frontend_core::symbols::FieldId {
                            ty: g.id.ty,
                            idx: i as u32,
                        },
                        type_args: g.type_args.clone(),
                    },
                },
                target.ty.clone(),
            ),
            None => target,
        }
    }

    fn is_event_access(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Property { args, .. } if args.len() == 1 && matches!(args[0].ty, Ty::Null))
    }

    fn compound_assign(
        &mut self,
        op: syn::BinaryOp,
        target: Expr,
        value: &syn::Expr,
        (range, target_range): (TextRange, TextRange),
    ) -> Expr {
        if target.ty.is_error() {
            self.expr(value);
            return error_expr();
        }
        // Events: += and -= call add_/remove_.
        if let (
            true,
            ExprKind::Property {
                receiver,
                getter,
                setter,
                ..
            },
        ) = (self.is_event_access(&target), &target.kind)
        {
            let accessor = if op == syn::BinaryOp::Add {
                getter.clone()
            } else {
                setter.clone()
            };
            let v = self.expr_to(value, &target.ty);
            let Some(m) = accessor else {
                return error_expr();
            };
            let virtual_call = receiver.as_ref().is_some_and(|r| !self.is_value(&r.ty));
            return Expr::new(
                ExprKind::Call {
                    receiver: receiver.clone(),
                    method: m,
                    args: vec![v],
                    virtual_call,
                },
                Ty::Void,
            );
        }
        // Delegates: Delegate.Combine / Remove.
        if self.world.is_delegate(&target.ty)
            && matches!(op, syn::BinaryOp::Add | syn::BinaryOp::Sub)
        {
            if !self.check_assignable(&target, target_range) {
                return error_expr();
            }
            let v = self.expr_to(value, &target.ty);
            let name = if op == syn::BinaryOp::Add {
                "Combine"
            } else {
                "Remove"
            };
            let ty = target.ty.clone();
            let call =
                self.delegate_static_call(name, Expr::new(ExprKind::OldValue, ty.clone()), v);
            let cast = Expr::new(ExprKind::CastClass(Box::new(call)), ty.clone());
            return Expr::new(
                ExprKind::CompoundAssign {
                    target: Box::new(target),
                    value: Box::new(cast),
                    postfix: false,
                },
                ty,
            );
        }
        if !self.check_assignable(&target, target_range) {
            self.expr(value);
            return error_expr();
        }
        let ty = target.ty.clone();
        let old = Expr::new(ExprKind::OldValue, ty.clone());
        let r = self.expr(value);
        let result = self.binary(op, old, r, range);
        if result.ty.is_error() {
            return error_expr();
        }
        let converted = if self.implicit_conv(&result, &ty).is_some() {
            self.convert(result, &ty, range)
        } else {
            self.convert_explicit(result, &ty, range)
        };
        Expr::new(
            ExprKind::CompoundAssign {
                target: Box::new(target),
                value: Box::new(converted),
                postfix: false,
            },
            ty,
        )
    }

    pub(crate) fn delegate_static_call(&mut self, name: &str, a: Expr, b: Expr) -> Expr {
        let Some(id) = self.world.well_known("System", "Delegate") else {
            return error_expr();
        };
        let d = self.world.details(id);
        let Some(idx) = d
            .methods
            .iter()
            .position(|m| m.name == name && m.params.len() == 2)
        else {
            return error_expr();
        };
        let dty = Ty::named(id);
        let a = Expr::new(ExprKind::Nop(Box::new(a)), dty.clone());
        let b = Expr::new(ExprKind::Nop(Box::new(b)), dty.clone());
        Expr::new(
            ExprKind::Call {
                receiver: None,
                method: frontend_core::ir::MethodRef {
                    id: frontend_core::symbols::MethodId {
                        ty: id,
                        idx: idx as u32,
                    },
                    type_args: std::sync::Arc::from([]),
                    method_args: std::sync::Arc::from([]),
                },
                args: vec![a, b],
                virtual_call: false,
            },
            dty,
        )
    }

    /// `at` is the whole expression's range and its operand's.
    fn increment(
        &mut self,
        target: Expr,
        up: bool,
        postfix: bool,
        (range, target_range): (TextRange, TextRange),
    ) -> Expr {
        if target.ty.is_error() {
            return error_expr();
        }
        if !self.check_assignable(&target, target_range) {
            return error_expr();
        }
        let ty = target.ty.clone();
        let name = if up { "op_Increment" } else { "op_Decrement" };
        let old = Expr::new(ExprKind::OldValue, ty.clone());
        let value = if let Some(id) = self.world.type_def_of(&ty).filter(|_| !ty.is_primitive()) {
            let d = self.world.details(id);
            match d.methods.iter().position(|m| m.name == name) {
                Some(i) => Expr::new(
                    ExprKind::Call {
                        receiver: None,
                        method: frontend_core::ir::MethodRef {
                            id: frontend_core::symbols::MethodId {
                                ty: id,
                                idx: i as u32,
                            },
                            type_args: std::sync::Arc::from(ty.type_args()),
                            method_args: std::sync::Arc::from([]),
                        },
                        args: vec![old],
                        virtual_call: false,
                    },
                    ty.clone(),
                ),
                None => self.increment_value(old, &ty, up, range),
            }
        } else {
            self.increment_value(old, &ty, up, range)
        };
        if value.ty.is_error() {
            return error_expr();
        }
        Expr::new(
            ExprKind::CompoundAssign {
                target: Box::new(target),
                value: Box::new(value),
                postfix,
            },
            ty,
        )
    }

    fn increment_value(&mut self, old: Expr, ty: &Ty, up: bool, range: TextRange) -> Expr {
        if let Some(u) = self
            .world
            .nullable_underlying(ty)
            .filter(|u| u.is_numeric())
        {
            let one = crate::bind::constfold::convert(&ConstValue::I4(1), &u)
                .unwrap_or(ConstValue::I4(1));
            let op = if up {
                syn::BinaryOp::Add
            } else {
                syn::BinaryOp::Sub
            };
            let sum = self.binary(op, old, Expr::constant(one, u), range);
            return self.convert(sum, ty, range);
        }
        let op = if up { BinOp::Add } else { BinOp::Sub };
        let base = self.world.enum_underlying(ty).unwrap_or_else(|| ty.clone());
        if !base.is_numeric() {
            let t = self.show(ty);
            self.error(Code::CS0023, range, &[if up { "++" } else { "--" }, &t]);
            return error_expr();
        }
        let (work, one) = match &base {
            Ty::I8 => (Ty::I8, ConstValue::I8(1)),
            Ty::U8 => (Ty::U8, ConstValue::U8(1)),
            Ty::U4 => (Ty::U4, ConstValue::U4(1)),
            Ty::R8 => (Ty::R8, ConstValue::R8(1.0)),
            Ty::R4 => (Ty::R4, ConstValue::R4(1.0)),
            _ => (Ty::I4, ConstValue::I4(1)),
        };
        let left = if work == *ty {
            old
        } else {
            Expr::new(
                ExprKind::Convert {
                    operand: Box::new(old),
                    checked: false,
                },
                work.clone(),
            )
        };
        let checked = self.checked && work.is_integral();
        let sum = Expr::new(
            ExprKind::Binary {
                op,
                left: Box::new(left),
                right: Box::new(Expr::constant(one, work.clone())),
                checked,
            },
            work.clone(),
        );
        if work == *ty {
            sum
        } else {
            Expr::new(
                ExprKind::Convert {
                    operand: Box::new(sum),
                    checked,
                },
                ty.clone(),
            )
        }
    }

    fn is_expr(
        &mut self,
        operand: &syn::Expr,
        ty: &syn::TypeSyntax,
        designation: Option<&syn::Ident>,
        range: TextRange,
    ) -> Expr {
        let v = self.expr(operand);
        let t = self.resolve_type(ty);
        if v.ty.is_error() || t.is_error() {
            return error_expr();
        }
        let boxed = if self.is_value(&v.ty) || matches!(v.ty, Ty::Var(_) | Ty::MVar(_)) {
            Expr::new(ExprKind::Box(Box::new(v)), Ty::Object)
        } else {
            v
        };
        let tmp = self.temp(Ty::Object);
        let tmp_e = self.local_expr(tmp);
        let store = Stmt::Expr(Expr::new(
            ExprKind::Assign {
                target: Box::new(tmp_e.clone()),
                value: Box::new(Expr::new(ExprKind::Nop(Box::new(boxed)), Ty::Object)),
            },
            Ty::Void,
        ));
        let test_ty = self
            .world
            .nullable_underlying(&t)
            .unwrap_or_else(|| t.clone());
        let test = Expr::new(
            ExprKind::Compare {
                op: CmpOp::Ne,
                left: Box::new(Expr::new(
                    ExprKind::IsInst(Box::new(tmp_e.clone())),
                    test_ty.clone(),
                )),
                right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
            },
            Ty::Bool,
        );
        let _ = range;
        let result = match designation {
            None => test,
            Some(name) => {
                let x = self.declare_local(&name.text, test_ty.clone(), name.range);
                let xe = self.local_expr(x);
                let value = if self.is_value(&test_ty) {
                    Expr::new(ExprKind::Unbox(Box::new(tmp_e)), test_ty.clone())
                } else {
                    Expr::new(ExprKind::CastClass(Box::new(tmp_e)), test_ty.clone())
                };
                let assign = Expr::new(
                    ExprKind::Assign {
                        target: Box::new(xe),
                        value: Box::new(value),
                    },
                    Ty::Void,
                );
                let then = Expr::new(
                    ExprKind::Sequence(
                        vec![Stmt::Expr(assign)],
                        Box::new(Expr::constant(ConstValue::Bool(true), Ty::Bool)),
                    ),
                    Ty::Bool,
                );
                Expr::new(ExprKind::AndAlso(Box::new(test), Box::new(then)), Ty::Bool)
            }
        };
        Expr::new(ExprKind::Sequence(vec![store], Box::new(result)), Ty::Bool)
    }

    /// `a?.b.c(…)[i]`: `a` is evaluated once; when it is null the whole chain is null
    /// (or the lifted value type's default).
    fn conditional_access(&mut self, e: &syn::Expr) -> Expr {
        let (rewritten, receiver) = replace_conditional(e, "<cond>");
        let t = self.expr(&receiver);
        if t.ty.is_error() {
            return error_expr();
        }
        let scope = self.push_scope();
        let tmp = self.declare_local("<cond>", t.ty.clone(), receiver.range);
        let te = self.local_expr(tmp);
        let store = Stmt::Expr(Expr::new(
            ExprKind::Assign {
                target: Box::new(te.clone()),
                value: Box::new(t),
            },
            Ty::Void,
        ));
        let b = self.bind(&rewritten);
        let m = match b {
            Bound::Value(v) => v,
            other => self.value_of(other, rewritten.range),
        };
        self.pop_scope();
        if m.ty == Ty::Void {
            let cond = Stmt::If {
                condition: Expr::new(
                    ExprKind::Compare {
                        op: CmpOp::Ne,
                        left: Box::new(te),
                        right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
                    },
                    Ty::Bool,
                ),
                then: Box::new(Stmt::Expr(m)),
                otherwise: None,
            };
            return Expr::new(
                ExprKind::Sequence(
                    vec![Stmt::ScopeStart(scope), store, cond],
                    Box::new(Expr::constant(ConstValue::I4(0), Ty::Void)),
                ),
                Ty::Void,
            );
        }
        let (value, ty) = if self.is_value(&m.ty) && self.world.nullable_underlying(&m.ty).is_none()
        {
            let nt = self
                .world
                .well_known("System", "Nullable`1")
                .map(|n| Ty::Named(n, std::sync::Arc::from([m.ty.clone()])))
                .unwrap_or(Ty::Error);
            let wrapped = self.nullable_new(m, &nt);
            (wrapped, nt)
        } else {
            let ty = m.ty.clone();
            (m, ty)
        };
        let none = self.default_of(&ty);
        let test = if self.is_value(&te.ty) {
            self.property_get(te, "HasValue")
        } else {
            Expr::new(
                ExprKind::Compare {
                    op: CmpOp::Ne,
                    left: Box::new(te),
                    right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
                },
                Ty::Bool,
            )
        };
        let cond = Expr::new(
            ExprKind::Conditional {
                condition: Box::new(test),
                then: Box::new(value),
                otherwise: Box::new(none),
            },
            ty.clone(),
        );
        Expr::new(
            ExprKind::Sequence(vec![Stmt::ScopeStart(scope), store], Box::new(cond)),
            ty,
        )
    }

    fn object_initializer(&mut self, obj: Expr, init: &syn::Initializer) -> Expr {
        if obj.ty.is_error() {
            return obj;
        }
        let ty = obj.ty.clone();
        let tmp = self.temp(ty.clone());
        let te = self.local_expr(tmp);
        let mut stmts = vec![Stmt::Expr(Expr::new(
            ExprKind::Assign {
                target: Box::new(te.clone()),
                value: Box::new(obj),
            },
            Ty::Void,
        ))];
        match init {
            syn::Initializer::Object(members) => {
                for (name, value) in members {
                    let b = self.member_access(
                        Bound::Value(te.clone()),
                        &name.text,
                        Vec::new(),
                        name.range,
                    );
                    let target = self.value_of(b, name.range);
                    let a = self.assign(target, value, name.range);
                    stmts.push(Stmt::Expr(a));
                }
            }
            syn::Initializer::Collection(items) => {
                for item in items {
                    let args: Vec<&syn::Expr> = match &item.kind {
                        S::ArrayInitializer(xs) => xs.iter().collect(),
                        _ => vec![item],
                    };
                    let bound: Vec<Arg> = args
                        .iter()
                        .map(|a| Arg {
                            expr: self.expr(a),
                            mode: ParamMode::Value,
                            range: a.range,
                            pending: None,
                        })
                        .collect();
                    let group =
                        self.member_access(Bound::Value(te.clone()), "Add", Vec::new(), item.range);
                    let call = self.invoke(group, bound, item.range);
                    stmts.push(Stmt::Expr(call));
                }
            }
        }
        Expr::new(ExprKind::Sequence(stmts, Box::new(te)), ty)
    }

    fn array_init(&mut self, ty: &Ty, items: &[syn::Expr], range: TextRange) -> Expr {
        let Ty::Array(elem, rank) = ty else {
            if !ty.is_error() {
                self.error(Code::CS0622, range, &[]);
            }
            return error_expr();
        };
        if *rank == 1 {
            let values = items.iter().map(|v| self.expr_to(v, elem)).collect();
            return Expr::new(ExprKind::ArrayInit { values }, ty.clone());
        }
        // Rectangular: nested initializers give the sizes.
        let mut sizes = Vec::new();
        let mut level: Vec<&syn::Expr> = items.iter().collect();
        sizes.push(level.len() as u32);
        for _ in 1..*rank {
            let next: Vec<&syn::Expr> = level
                .iter()
                .flat_map(|e| match &e.kind {
                    S::ArrayInitializer(xs) => xs.iter().collect::<Vec<_>>(),
                    _ => Vec::new(),
                })
                .collect();
            let n = level.first().map_or(0, |e| match &e.kind {
                S::ArrayInitializer(xs) => xs.len(),
                _ => 0,
            });
            sizes.push(n as u32);
            level = next;
        }
        let values = level.into_iter().map(|v| self.expr_to(v, elem)).collect();
        Expr::new(ExprKind::RectangularInit { sizes, values }, ty.clone())
    }

    fn interpolated(&mut self, parts: &[syn::InterpolationPart], range: TextRange) -> Expr {
        let verbatim = self.text(range).starts_with("$@") || self.text(range).starts_with("@$");
        let mut format: Vec<u16> = Vec::new();
        let mut args = Vec::new();
        for p in parts {
            match p {
                syn::InterpolationPart::Text(t, _) => {
                    let units = if verbatim {
                        crate::literal::verbatim(t)
                    } else {
                        crate::literal::unescape(t).0
                    };
                    format.extend(units);
                }
                syn::InterpolationPart::Hole {
                    expr,
                    alignment,
                    format: f,
                } => {
                    let v = self.expr(expr);
                    let v = if self.is_value(&v.ty) || matches!(v.ty, Ty::Var(_) | Ty::MVar(_)) {
                        Expr::new(ExprKind::Box(Box::new(v)), Ty::Object)
                    } else {
                        Expr::new(ExprKind::Nop(Box::new(v)), Ty::Object)
                    };
                    let mut hole = format!("{{{}", args.len());
                    if let Some(a) = alignment {
                        hole.push(',');
                        hole.push_str(self.text(a.range).trim());
                    }
                    if let Some(f) = f {
                        hole.push(':');
                        hole.push_str(f);
                    }
                    hole.push('}');
                    format.extend(hole.encode_utf16());
                    args.push(v);
                }
            }
        }
        if args.is_empty() {
            let s = String::from_utf16_lossy(&format)
                .replace("{{", "{")
                .replace("}}", "}");
            return Expr::constant(ConstValue::String(s.encode_utf16().collect()), Ty::String);
        }
        let fmt = Expr::constant(ConstValue::String(format), Ty::String);
        let Some(sid) = self.world.well_known("System", "String") else {
            return error_expr();
        };
        let mut all = vec![Arg {
            expr: fmt,
            mode: ParamMode::Value,
            range,
            pending: None,
        }];
        all.extend(args.into_iter().map(|a| Arg {
            expr: a,
            mode: ParamMode::Value,
            range,
            pending: None,
        }));
        let group = self.member_access(Bound::Type(Ty::String), "Format", Vec::new(), range);
        let _ = sid;
        self.invoke(group, all, range)
    }
}

/// Whether a member/call/element chain contains `?.` or `?[`.
fn has_conditional(e: &syn::Expr) -> bool {
    match &e.kind {
        S::ConditionalMember { .. } | S::ConditionalElement { .. } => true,
        S::Member { target, .. }
        | S::Invocation { target, .. }
        | S::ElementAccess { target, .. } => has_conditional(target),
        _ => false,
    }
}

/// Splits a chain at its outermost `?.`: the chain with that access made plain on a
/// placeholder name, and the receiver that is tested for null.
fn replace_conditional(e: &syn::Expr, placeholder: &str) -> (syn::Expr, syn::Expr) {
    let ph = |t: &syn::Expr| syn::Expr {
        kind: S::Name {
            name: syn::Ident {
                text: placeholder.to_owned(),
                range: t.range,
            },
            type_args: Vec::new(),
        },
        range: t.range,
    };
    let wrap = |kind: S| syn::Expr {
        kind,
        range: e.range,
    };
    match &e.kind {
        S::ConditionalMember { target, name } => (
            wrap(S::Member {
                target: Box::new(ph(target)),
                name: name.clone(),
                type_args: Vec::new(),
            }),
            (**target).clone(),
        ),
        S::ConditionalElement { target, args } => (
            wrap(S::ElementAccess {
                target: Box::new(ph(target)),
                args: args.clone(),
            }),
            (**target).clone(),
        ),
        S::Member {
            target,
            name,
            type_args,
        } => {
            let (t, r) = replace_conditional(target, placeholder);
            (
                wrap(S::Member {
                    target: Box::new(t),
                    name: name.clone(),
                    type_args: type_args.clone(),
                }),
                r,
            )
        }
        S::Invocation { target, args } => {
            let (t, r) = replace_conditional(target, placeholder);
            (
                wrap(S::Invocation {
                    target: Box::new(t),
                    args: args.clone(),
                }),
                r,
            )
        }
        S::ElementAccess { target, args } => {
            let (t, r) = replace_conditional(target, placeholder);
            (
                wrap(S::ElementAccess {
                    target: Box::new(t),
                    args: args.clone(),
                }),
                r,
            )
        }
        _ => (e.clone(), e.clone()),
    }
}
