//! Nullable value types in operators, VB's way: an operator on `T?` operands (one may
//! be a plain `T`) is the operator on the values when both have one, else `Nothing`;
//! comparisons give `Boolean?`, which a condition reads as `False` when it is
//! `Nothing`.

use super::BodyBinder;
use crate::syntax::BinaryOp;
use frontend_core::ir::{Expr, ExprKind};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    /// The lifted form of `l op r` when an operand is nullable; `None` otherwise.
    pub(crate) fn lifted(
        &mut self,
        op: BinaryOp,
        l: &Expr,
        r: &Expr,
        range: TextRange,
    ) -> Option<Expr> {
        let lu = self.world.nullable_underlying(&l.ty);
        let ru = self.world.nullable_underlying(&r.ty);
        if lu.is_none() && ru.is_none() {
            return None;
        }
        if matches!(
            op,
            BinaryOp::Is
                | BinaryOp::IsNot
                | BinaryOp::AndAlso
                | BinaryOp::OrElse
                | BinaryOp::Concat
                | BinaryOp::Like
        ) {
            return None;
        }
        // `x = Nothing` style comparisons with the null literal are not lifted.
        if l.ty == Ty::Null || r.ty == Ty::Null {
            return None;
        }
        let mut pre = Vec::new();
        let mut tests = Vec::new();
        let mut operand = |b: &mut Self, e: &Expr, under: &Option<Ty>| -> Expr {
            let t = b.temp(e.ty.clone());
            let te = b.local_expr(t);
            pre.push(Self::assign_stmt(te.clone(), e.clone()));
            match under {
                Some(u) => {
                    tests.push(b.property_get(te.clone(), "HasValue"));
                    let v = b.call_named(te, "GetValueOrDefault", Vec::new());
                    Expr { ty: u.clone(), ..v }
                }
                None => te,
            }
        };
        let lv = operand(self, l, &lu);
        let rv = operand(self, r, &ru);
        let inner = self.binary(op, lv, rv, range);
        if inner.ty.is_error() {
            return Some(inner);
        }
        let result_ty = self.resolver().nullable(inner.ty.clone());
        let value = self.nullable_new(inner, &result_ty);
        let mut cond = tests.remove(0);
        for t in tests {
            cond = Expr::new(ExprKind::AndAlso(Box::new(cond), Box::new(t)), Ty::Bool);
        }
        let pick = Expr::new(
            ExprKind::Conditional {
                condition: Box::new(cond),
                then: Box::new(value),
                otherwise: Box::new(Expr::new(ExprKind::DefaultValue, result_ty.clone())),
            },
            result_ty.clone(),
        );
        Some(Expr::new(
            ExprKind::Sequence(pre, Box::new(pick)),
            result_ty,
        ))
    }

    /// A condition of type `Boolean?`: `Nothing` is `False`.
    pub(crate) fn nullable_condition(&mut self, e: Expr) -> Expr {
        if self.world.nullable_underlying(&e.ty) == Some(Ty::Bool) {
            let v = self.call_named(e, "GetValueOrDefault", Vec::new());
            return Expr { ty: Ty::Bool, ..v };
        }
        e
    }
}
