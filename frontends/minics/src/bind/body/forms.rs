//! Expression forms lowered while binding: `is` with patterns, `?.` chains, object and
//! collection initializers, array initializers (vector and rectangular), interpolated
//! strings (as `string.Format`).

use super::call::Arg;
use super::expr::error_expr;
use super::{BodyBinder, Bound};
use crate::syntax::{self as syn, ExprKind as S};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{CmpOp, Expr, ExprKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::symbols::ParamMode;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    pub(crate) fn is_expr(
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
    pub(crate) fn conditional_access(&mut self, e: &syn::Expr) -> Expr {
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
                condition: Box::new(Expr::new(
                    ExprKind::Compare {
                        op: CmpOp::Ne,
                        left: Box::new(te),
                        right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
                    },
                    Ty::Bool,
                )),
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

    pub(crate) fn object_initializer(&mut self, obj: Expr, init: &syn::Initializer) -> Expr {
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
        let items = match init {
            syn::Initializer::Object(members) => {
                InitItems::Object(members.iter().map(|(n, v)| (n, v)).collect())
            }
            syn::Initializer::Collection(items) => InitItems::Collection(items.iter().collect()),
        };
        self.initialize(&te, items, &mut stmts);
        Expr::new(ExprKind::Sequence(stmts, Box::new(te)), ty)
    }

    /// Runs an object or collection initializer's items against `target` (a local, or
    /// a member read again for each item of a nested initializer, as csc does).
    fn initialize(&mut self, target: &Expr, items: InitItems<'_>, stmts: &mut Vec<Stmt>) {
        match items {
            InitItems::Object(members) => {
                for (name, value) in members {
                    let b = self.member_access(
                        Bound::Value(target.clone()),
                        &name.text,
                        Vec::new(),
                        name.range,
                    );
                    // `Member = { … }`: a nested initializer on the member's value.
                    if let S::ArrayInitializer(xs) = &value.kind {
                        let member = self.value_of(b, name.range);
                        if !member.ty.is_error() {
                            self.initialize(&member, InitItems::nested(xs), stmts);
                        }
                        continue;
                    }
                    let member = self.value_of(b, name.range);
                    let a = self.assign(member, value, name.range);
                    stmts.push(Stmt::Expr(a));
                }
            }
            InitItems::Collection(items) => {
                for item in items {
                    let args: Vec<&syn::Expr> = match &item.kind {
                        S::ArrayInitializer(xs) => xs.iter().collect(),
                        _ => vec![item],
                    };
                    let bound: Vec<Arg> =
                        args.iter().map(|a| self.arg(a, ParamMode::Value)).collect();
                    let group = self.member_access(
                        Bound::Value(target.clone()),
                        "Add",
                        Vec::new(),
                        item.range,
                    );
                    let call = self.invoke(group, bound, item.range);
                    stmts.push(Stmt::Expr(call));
                }
            }
        }
    }

    pub(crate) fn array_init(&mut self, ty: &Ty, items: &[syn::Expr], range: TextRange) -> Expr {
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
        Expr::new(
            ExprKind::RectangularInit {
                sizes: sizes.into(),
                values,
            },
            ty.clone(),
        )
    }

    pub(crate) fn interpolated(
        &mut self,
        parts: &[syn::InterpolationPart],
        range: TextRange,
    ) -> Expr {
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
pub(crate) fn has_conditional(e: &syn::Expr) -> bool {
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
                text: placeholder.into(),
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

/// The items of an object or collection initializer.
enum InitItems<'s> {
    Object(Vec<(&'s syn::Ident, &'s syn::Expr)>),
    Collection(Vec<&'s syn::Expr>),
}

impl<'s> InitItems<'s> {
    /// A nested `{ … }` (parsed as an array initializer): an object initializer when
    /// every item is `Name = value`, else a collection initializer.
    fn nested(xs: &'s [syn::Expr]) -> InitItems<'s> {
        let member = |x: &'s syn::Expr| match &x.kind {
            S::Assign {
                op: None,
                target,
                value,
            } => match &target.kind {
                S::Name { name, type_args } if type_args.is_empty() => Some((name, &**value)),
                _ => None,
            },
            _ => None,
        };
        match xs.iter().map(member).collect::<Option<Vec<_>>>() {
            Some(members) if !members.is_empty() => InitItems::Object(members),
            _ => InitItems::Collection(xs.iter().collect()),
        }
    }
}
