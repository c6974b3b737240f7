//! Lambdas, anonymous methods and method groups passed where a delegate is expected.
//! Not supported yet: they are reported (CL0001) rather than miscompiled.

use super::BodyBinder;
use crate::syntax as syn;
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    pub(crate) fn pending_group(&mut self, b: super::Bound) -> Expr {
        let range = TextRange::empty(0);
        self.value_of(b, range)
    }

    pub(crate) fn pending_lambda(&mut self, e: &syn::Expr) -> Expr {
        self.error(Code::CL0001, e.range, &["lambda expressions"]);
        Expr::new(ExprKind::DefaultValue, Ty::Error)
    }

    pub(crate) fn lambda(
        &mut self,
        _params: &[syn::LambdaParam],
        _body: &syn::LambdaBody,
        _to: &Ty,
        range: TextRange,
    ) -> Expr {
        self.error(Code::CL0001, range, &["lambda expressions"]);
        Expr::new(ExprKind::DefaultValue, Ty::Error)
    }
}
