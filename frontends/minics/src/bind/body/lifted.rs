//! Lifted and special binary operators: nullable operands (§7.3.7, with `bool?`'s
//! three-valued `&`/`|`), `??`, comparisons (numeric, bool, string, reference, nullable
//! with `null`), enum arithmetic and user types converted into numeric operators.

use super::BodyBinder;
use super::ops::{binary_token, fold_compare, promote};
use crate::syntax::BinaryOp;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{BinOp, CmpOp, Expr, ExprKind, Stmt, UnOp};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    #[allow(clippy::too_many_arguments)]
    /// `a op b` where an operand is a nullable value type (§7.3.7): both sides become
    /// `T?` in temporaries; comparisons test `HasValue` beside the values, arithmetic
    /// yields null when either side is null. `x == null` is handled by `comparison`.
    pub(crate) fn lifted(
        &mut self,
        op: BinaryOp,
        cmp: Option<CmpOp>,
        l: &Expr,
        r: &Expr,
        range: TextRange,
    ) -> Option<Expr> {
        let lu = self.world.nullable_underlying(&l.ty);
        let ru = self.world.nullable_underlying(&r.ty);
        if lu.is_none() && ru.is_none() || l.ty == Ty::Null || r.ty == Ty::Null {
            return None;
        }
        let lt = lu.clone().unwrap_or_else(|| l.ty.clone());
        let rt = ru.clone().unwrap_or_else(|| r.ty.clone());
        if !(lt.is_primitive() || self.world.is_enum(&lt))
            || !(rt.is_primitive() || self.world.is_enum(&rt))
        {
            return None;
        }
        let nullable = |bb: &Self, t: &Ty| {
            bb.world
                .well_known("System", "Nullable`1")
                .map(|n| Ty::Named(n, std::sync::Arc::from([t.clone()])))
        };
        let (ln, rn) = (nullable(self, &lt)?, nullable(self, &rt)?);
        let a = self.temp(ln.clone());
        let b = self.temp(rn.clone());
        let (ae, be) = (self.local_expr(a), self.local_expr(b));
        let lv = self.convert(l.clone(), &ln, range);
        let rv = self.convert(r.clone(), &rn, range);
        let assign = |t: Expr, v: Expr| {
            Stmt::Expr(Expr::new(
                ExprKind::Assign {
                    target: Box::new(t),
                    value: Box::new(v),
                },
                Ty::Void,
            ))
        };
        let stmts = vec![assign(ae.clone(), lv), assign(be.clone(), rv)];
        let av = self.call_named(ae.clone(), "GetValueOrDefault", Vec::new());
        let bv = self.call_named(be.clone(), "GetValueOrDefault", Vec::new());
        let ah = self.property_get(ae, "HasValue");
        let bh = self.property_get(be, "HasValue");
        let and =
            |x: Expr, y: Expr| Expr::new(ExprKind::AndAlso(Box::new(x), Box::new(y)), Ty::Bool);
        if lt == Ty::Bool && rt == Ty::Bool && matches!(op, BinaryOp::BitAnd | BinaryOp::BitOr) {
            // Three-valued logic: `false & null` is false, `true | null` is true.
            let decisive = op == BinaryOp::BitOr;
            let is = |h: Expr, v: Expr| {
                let v = if decisive {
                    v
                } else {
                    Expr::new(
                        ExprKind::Unary {
                            op: UnOp::LogicalNot,
                            operand: Box::new(v),
                            checked: false,
                        },
                        Ty::Bool,
                    )
                };
                and(h, v)
            };
            let either = Expr::new(
                ExprKind::OrElse(Box::new(is(ah.clone(), av)), Box::new(is(bh.clone(), bv))),
                Ty::Bool,
            );
            let nb = ln.clone();
            let decided =
                self.nullable_new(Expr::constant(ConstValue::Bool(decisive), Ty::Bool), &nb);
            let other =
                self.nullable_new(Expr::constant(ConstValue::Bool(!decisive), Ty::Bool), &nb);
            let none = Expr::new(ExprKind::DefaultValue, nb.clone());
            let inner = Expr::new(
                ExprKind::Conditional {
                    condition: Box::new(and(ah, bh)),
                    then: Box::new(other),
                    otherwise: Box::new(none),
                },
                nb.clone(),
            );
            let result = Expr::new(
                ExprKind::Conditional {
                    condition: Box::new(either),
                    then: Box::new(decided),
                    otherwise: Box::new(inner),
                },
                nb.clone(),
            );
            return Some(Expr::new(ExprKind::Sequence(stmts, Box::new(result)), nb));
        }
        let value = self.binary(op, av, bv, range);
        if value.ty.is_error() {
            return Some(value);
        }
        let result = match cmp {
            Some(CmpOp::Eq) | Some(CmpOp::Ne) => {
                let same = Expr::new(
                    ExprKind::Compare {
                        op: CmpOp::Eq,
                        left: Box::new(ah),
                        right: Box::new(bh),
                    },
                    Ty::Bool,
                );
                let eq = and(value_eq(value, cmp), same);
                if cmp == Some(CmpOp::Ne) {
                    Expr::new(
                        ExprKind::Unary {
                            op: UnOp::LogicalNot,
                            operand: Box::new(eq),
                            checked: false,
                        },
                        Ty::Bool,
                    )
                } else {
                    eq
                }
            }
            Some(_) => and(and(ah, bh), value),
            None => {
                let rty = nullable(self, &value.ty)?;
                let some = self.nullable_new(value, &rty);
                let none = Expr::new(ExprKind::DefaultValue, rty.clone());
                Expr::new(
                    ExprKind::Conditional {
                        condition: Box::new(and(ah, bh)),
                        then: Box::new(some),
                        otherwise: Box::new(none),
                    },
                    rty,
                )
            }
        };
        let ty = result.ty.clone();
        Some(Expr::new(ExprKind::Sequence(stmts, Box::new(result)), ty))
    }

    pub(crate) fn user_to_numeric(&mut self, e: Expr, range: TextRange) -> Expr {
        if e.ty.is_primitive()
            || e.ty.is_error()
            || !matches!(e.ty, Ty::Named(..))
            || self.world.is_enum(&e.ty)
            || self.world.nullable_underlying(&e.ty).is_some()
        {
            return e;
        }
        for t in [Ty::I4, Ty::U4, Ty::I8, Ty::U8, Ty::R4, Ty::R8] {
            if self.user_conversion(&e.ty, &t, false).is_some() {
                return self.convert(e, &t, range);
            }
        }
        e
    }

    pub(crate) fn unsigned_constants(
        &mut self,
        l: Expr,
        r: Expr,
        range: TextRange,
    ) -> (Expr, Expr) {
        let fits = |bb: &Self, c: &Expr, t: &Ty| {
            matches!(c.kind, ExprKind::Const(_))
                && matches!(c.ty, Ty::I4 | Ty::I8)
                && matches!(t, Ty::U4 | Ty::U8)
                && bb.implicit_conv(c, t).is_some()
        };
        if fits(self, &r, &l.ty) {
            let t = l.ty.clone();
            let r = self.convert(r, &t, range);
            return (l, r);
        }
        if fits(self, &l, &r.ty) {
            let t = r.ty.clone();
            let l = self.convert(l, &t, range);
            return (l, r);
        }
        (l, r)
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn enum_binary(
        &mut self,
        op: BinaryOp,
        cmp: Option<CmpOp>,
        l: Expr,
        r: Expr,
        le: Option<Ty>,
        re: Option<Ty>,
        range: TextRange,
    ) -> Expr {
        let token = binary_token(op);
        let is_zero = |e: &Expr| {
            matches!(&e.kind, ExprKind::Const(c) if c.as_i128() == Some(0)) && e.ty.is_integral()
        };
        let enum_ty = if le.is_some() {
            l.ty.clone()
        } else {
            r.ty.clone()
        };
        let u = le.clone().or(re.clone()).unwrap_or(Ty::I4);
        let same = l.ty == r.ty;
        if let Some(c) = cmp {
            if same || (le.is_some() && is_zero(&r)) || (re.is_some() && is_zero(&l)) {
                let l = self.convert(l, &enum_ty, range);
                let r = self.convert(r, &enum_ty, range);
                let l = Expr::new(ExprKind::Nop(Box::new(l)), u.clone());
                let r = Expr::new(ExprKind::Nop(Box::new(r)), u.clone());
                return self.comparison(c, token, l, r, range);
            }
            return self.bad_binary(token, &l, &r, range);
        }
        let as_u = |e: Expr, bb: &mut Self| -> Expr {
            if let (ExprKind::Const(c), true) = (&e.kind, bb.world.is_enum(&e.ty)) {
                return Expr::constant(c.clone(), u.clone());
            }
            if bb.world.is_enum(&e.ty) {
                Expr::new(ExprKind::Nop(Box::new(e)), u.clone())
            } else {
                bb.convert(e, &u, range)
            }
        };
        let (bop, result) = match op {
            BinaryOp::BitAnd if same => (BinOp::And, enum_ty.clone()),
            BinaryOp::BitOr if same => (BinOp::Or, enum_ty.clone()),
            BinaryOp::BitXor if same => (BinOp::Xor, enum_ty.clone()),
            BinaryOp::Sub if same => (BinOp::Sub, u.clone()),
            BinaryOp::Add | BinaryOp::Sub if le.is_some() != re.is_some() => (
                if op == BinaryOp::Add {
                    BinOp::Add
                } else {
                    BinOp::Sub
                },
                enum_ty.clone(),
            ),
            _ => return self.bad_binary(token, &l, &r, range),
        };
        let (l, r) = (as_u(l, self), as_u(r, self));
        let e = self.fold_or_build(bop, l, r, u.clone(), range);
        match e.kind {
            ExprKind::Const(c) => Expr::constant(c, result),
            _ => Expr::new(ExprKind::Nop(Box::new(e)), result),
        }
    }

    pub(crate) fn comparison(
        &mut self,
        c: CmpOp,
        token: &str,
        l: Expr,
        r: Expr,
        range: TextRange,
    ) -> Expr {
        let eq = matches!(c, CmpOp::Eq | CmpOp::Ne);
        // Nullable compared with null: !HasValue.
        if eq {
            for (a, b) in [(&l, &r), (&r, &l)] {
                if self.world.nullable_underlying(&a.ty).is_some() && b.ty == Ty::Null {
                    let has = self.property_get(a.clone(), "HasValue");
                    return if c == CmpOp::Eq {
                        Expr::new(
                            ExprKind::Unary {
                                op: UnOp::LogicalNot,
                                operand: Box::new(has),
                                checked: false,
                            },
                            Ty::Bool,
                        )
                    } else {
                        has
                    };
                }
            }
        }
        // `IntPtr`/`UIntPtr` equality is the machine's (`ceq`), as for C#'s `nint`.
        if eq && l.ty == r.ty && matches!(l.ty, Ty::I | Ty::U) {
            return Expr::new(
                ExprKind::Compare {
                    op: c,
                    left: Box::new(l),
                    right: Box::new(r),
                },
                Ty::Bool,
            );
        }
        if l.ty.is_numeric() && r.ty.is_numeric() {
            let Some(t) = promote(&l.ty, &r.ty) else {
                return self.bad_binary(token, &l, &r, range);
            };
            let l = self.convert(l, &t, range);
            let r = self.convert(r, &t, range);
            if let (ExprKind::Const(a), ExprKind::Const(b)) = (&l.kind, &r.kind) {
                if let Some(v) = fold_compare(c, a, b) {
                    return Expr::constant(ConstValue::Bool(v), Ty::Bool);
                }
            }
            return Expr::new(
                ExprKind::Compare {
                    op: c,
                    left: Box::new(l),
                    right: Box::new(r),
                },
                Ty::Bool,
            );
        }
        if l.ty == Ty::Bool && r.ty == Ty::Bool && eq {
            return Expr::new(
                ExprKind::Compare {
                    op: c,
                    left: Box::new(l),
                    right: Box::new(r),
                },
                Ty::Bool,
            );
        }
        if l.ty == Ty::String && r.ty == Ty::String && eq {
            let name = if c == CmpOp::Eq {
                "op_Equality"
            } else {
                "op_Inequality"
            };
            if let Some(e) = self.user_operator(name, &[&l, &r], range) {
                return e;
            }
        }
        if eq {
            // Reference equality (either side may be null or a type parameter compared
            // with null).
            let ok = (self.is_reference(&l.ty)
                || l.ty == Ty::Null
                || matches!(l.ty, Ty::Var(_) | Ty::MVar(_)) && r.ty == Ty::Null)
                && (self.is_reference(&r.ty)
                    || r.ty == Ty::Null
                    || matches!(r.ty, Ty::Var(_) | Ty::MVar(_)) && l.ty == Ty::Null);
            let related = l.ty == Ty::Null
                || r.ty == Ty::Null
                || self.is_base_or_interface(&l.ty, &r.ty)
                || self.is_base_or_interface(&r.ty, &l.ty)
                || self.world.is_interface(&l.ty)
                || self.world.is_interface(&r.ty);
            if ok && related {
                let box_var = |e: Expr| {
                    if matches!(e.ty, Ty::Var(_) | Ty::MVar(_)) {
                        Expr::new(ExprKind::Box(Box::new(e)), Ty::Object)
                    } else {
                        e
                    }
                };
                let (l, r) = (box_var(l), box_var(r));
                return Expr::new(
                    ExprKind::Compare {
                        op: c,
                        left: Box::new(l),
                        right: Box::new(r),
                    },
                    Ty::Bool,
                );
            }
        }
        self.bad_binary(token, &l, &r, range)
    }

    pub(crate) fn coalesce(&mut self, l: Expr, r: Expr, range: TextRange) -> Expr {
        if let Some(u) = self.world.nullable_underlying(&l.ty) {
            // a ?? b for nullables: a.HasValue ? a.GetValueOrDefault() : b.
            let tmp = self.temp(l.ty.clone());
            let load = self.local_expr(tmp);
            let result_ty = if self.implicit_conv(&r, &u).is_some() {
                u.clone()
            } else {
                l.ty.clone()
            };
            let r = self.convert(r, &result_ty, range);
            let has = self.property_get(load.clone(), "HasValue");
            let value = if result_ty == u {
                self.call_named(load.clone(), "GetValueOrDefault", Vec::new())
            } else {
                load.clone()
            };
            let assign = Expr::new(
                ExprKind::Assign {
                    target: Box::new(load),
                    value: Box::new(l),
                },
                Ty::Void,
            );
            let cond = Expr::new(
                ExprKind::Conditional {
                    condition: Box::new(has),
                    then: Box::new(value),
                    otherwise: Box::new(r),
                },
                result_ty.clone(),
            );
            return Expr::new(
                ExprKind::Sequence(vec![frontend_core::ir::Stmt::Expr(assign)], Box::new(cond)),
                result_ty,
            );
        }
        if !self.is_reference(&l.ty) && l.ty != Ty::Null {
            let (a, b) = (self.show(&l.ty), self.show(&r.ty));
            self.error(Code::CS0019, range, &["??", &a, &b]);
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        }
        let ty = if self.implicit_conv(&r, &l.ty).is_some() {
            l.ty.clone()
        } else {
            r.ty.clone()
        };
        let l = self.convert(l, &ty, range);
        let r = self.convert(r, &ty, range);
        Expr::new(ExprKind::Coalesce(Box::new(l), Box::new(r)), ty)
    }
}

/// For lifted `!=`, the values are compared with `==` and the whole negated.
fn value_eq(value: Expr, cmp: Option<CmpOp>) -> Expr {
    match (cmp, value.kind) {
        (Some(CmpOp::Ne), ExprKind::Compare { left, right, .. }) => Expr::new(
            ExprKind::Compare {
                op: CmpOp::Eq,
                left,
                right,
            },
            Ty::Bool,
        ),
        (_, kind) => Expr { kind, ty: value.ty },
    }
}
