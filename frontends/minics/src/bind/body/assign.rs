//! Assignment: simple, compound (`+=` … on variables, fields, elements, properties), `++`/`--`
//! (with user-defined and lifted operators), events' `+=`/`-=`, delegate combination, and
//! the checks that the target is assignable (CS0131, CS0191, CS0200).

use super::BodyBinder;
use super::expr::error_expr;
use crate::syntax::{self as syn};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{BinOp, Expr, ExprKind};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    pub(crate) fn assign(&mut self, target: Expr, value: &syn::Expr, range: TextRange) -> Expr {
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
    pub(crate) fn auto_property_backing_field(&self, target: Expr) -> Expr {
        let ExprKind::Property(p) = &target.kind else {
            return target;
        };
        let frontend_core::ir::PropertyExpr {
            receiver,
            getter: Some(g),
            setter: None,
            args,
            ..
        } = &**p
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
                    field: Box::new(frontend_core::ir::FieldRef {
                        id: frontend_core::symbols::FieldId {
                            ty: g.id.ty,
                            idx: i as u32,
                        },
                        type_args: g.type_args.clone(),
                    }),
                },
                target.ty.clone(),
            ),
            None => target,
        }
    }

    pub(crate) fn is_event_access(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Property(p) if p.args.len() == 1 && matches!(p.args[0].ty, Ty::Null))
    }

    pub(crate) fn compound_assign(
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
        if let (true, ExprKind::Property(p)) = (self.is_event_access(&target), &target.kind) {
            let frontend_core::ir::PropertyExpr {
                receiver,
                getter,
                setter,
                ..
            } = &**p;
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
                ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                    receiver: receiver.clone(),
                    method: m,
                    args: vec![v],
                    virtual_call,
                })),
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
            ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
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
            })),
            dty,
        )
    }

    /// `at` is the whole expression's range and its operand's.
    pub(crate) fn increment(
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
                    ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
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
                    })),
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

    pub(crate) fn increment_value(
        &mut self,
        old: Expr,
        ty: &Ty,
        up: bool,
        range: TextRange,
    ) -> Expr {
        if let Ty::Ptr(_) = ty {
            return self.pointer_step(old, up, range);
        }
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

    /// Checks that `t` can be assigned; reports CS0131/CS0191/CS0200.
    pub(crate) fn check_assignable(&mut self, t: &Expr, range: TextRange) -> bool {
        if !self.fixed_locals.is_empty() {
            if let ExprKind::Local(id) = t.kind {
                if self.fixed_locals.contains(&id) {
                    let name = self.body.locals[id.0 as usize].name.clone();
                    self.error(Code::CS1656, range, &[&name, "fixed variable"]);
                    return false;
                }
            }
        }
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
            ExprKind::Property(p) if p.setter.is_none() => {
                if p.getter.is_some() {
                    let name = p
                        .getter
                        .as_ref()
                        .map(|g| {
                            let owner = self.world.normalize(g.id.ty, g.type_args.clone());
                            let m = self.world.method_sym(g.id);
                            let prop = m.name.trim_start_matches("get_");
                            format!("{}.{prop}", self.show(&owner))
                        })
                        .unwrap_or_default();
                    self.error(Code::CS0200, range, &[&name]);
                }
                false
            }
            ExprKind::Property(_) => true,
            ExprKind::This if self.is_value(&t.ty) => true,
            _ => {
                if !t.ty.is_error() {
                    self.error(Code::CS0131, range, &[]);
                }
                false
            }
        }
    }
}
