//! The `fixed` statement (C# §18.6), lowered as csc lowers it: each declared pointer is
//! set from a pinned local that holds what it points into, and the pinned local is
//! cleared after the body. An array pins its first element (`null` for a null or empty
//! array), a string pins the string (its characters start
//! `RuntimeHelpers.OffsetToStringData` bytes on), `&x` of a movable variable (a field of
//! an object, an array element) pins that variable.

use super::BodyBinder;
use super::expr::error_expr;
use super::unsafe_ops::null_pointer;
use crate::syntax as syn;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{CmpOp, Expr, ExprKind, LocalId, MethodRef, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    /// `fixed (T* p = e, …) body`.
    pub(crate) fn fixed(
        &mut self,
        decl: &syn::LocalDecl,
        body: &syn::Stmt,
        range: TextRange,
        out: &mut Vec<Stmt>,
    ) {
        out.push(self.seq_point(range));
        let scope = self.push_scope();
        let mut stmts = vec![Stmt::ScopeStart(scope)];
        let ty = self.resolve_type(&decl.ty);
        let pointer = matches!(ty, Ty::Ptr(_));
        if !ty.is_error() && !pointer {
            self.error(Code::CS0209, decl.ty.range, &[]);
        }
        self.require_unsafe(range);
        let mut pins = Vec::new();
        for v in &decl.declarators {
            let Some(init) = &v.init else {
                self.error(Code::CS0210, v.name.range, &[]);
                self.declare_local(&v.name.text, ty.clone(), v.name.range);
                continue;
            };
            let value = if pointer {
                self.fixed_initializer(init, &ty, &mut stmts, &mut pins)
            } else {
                self.expr(init);
                error_expr()
            };
            let p = self.declare_local(&v.name.text, ty.clone(), v.name.range);
            self.fixed_locals.push(p);
            stmts.push(Stmt::Expr(assign(self.local_expr(p), value)));
        }
        let inner = self.embedded(body);
        stmts.push(inner);
        for pin in pins {
            let l = self.local_expr(pin);
            let cleared = match &l.ty {
                Ty::ByRef(_) => {
                    Expr::new(ExprKind::Nop(Box::new(null_pointer(Ty::U))), l.ty.clone())
                }
                _ => Expr::constant(ConstValue::Null, l.ty.clone()),
            };
            stmts.push(Stmt::Expr(assign(l, cleared)));
        }
        self.pop_scope();
        out.push(Stmt::Block(stmts));
    }

    /// The pointer a `fixed` declarator starts with; pins what it points into.
    fn fixed_initializer(
        &mut self,
        init: &syn::Expr,
        ptr: &Ty,
        stmts: &mut Vec<Stmt>,
        pins: &mut Vec<LocalId>,
    ) -> Expr {
        let elem = match ptr {
            Ty::Ptr(e) => (**e).clone(),
            _ => Ty::Error,
        };
        if let syn::ExprKind::Unary {
            op: syn::UnaryOp::AddressOf,
            operand,
        } = &init.kind
        {
            let x = self.expr(operand);
            if x.ty.is_error() {
                return error_expr();
            }
            if !self.is_unmanaged(&x.ty) {
                let shown = self.show(&x.ty);
                self.error(Code::CS0208, init.range, &[&shown]);
                return error_expr();
            }
            let pin = self.pin(Ty::ByRef(Box::new(x.ty.clone())), pins);
            let address = Expr::new(ExprKind::AddressOf(Box::new(x)), self.local_ty(pin));
            stmts.push(Stmt::Expr(assign(self.local_expr(pin), address)));
            let v = self.local_expr(pin);
            let p = self.address_as_pointer_of_ref(v, Ty::Ptr(Box::new(elem.clone())));
            return self.convert(p, ptr, init.range);
        }
        let e = self.expr(init);
        match e.ty.clone() {
            Ty::Array(item, 1) => {
                let tmp = self.temp(e.ty.clone());
                stmts.push(Stmt::Expr(assign(self.local_expr(tmp), e)));
                let pin = self.pin(Ty::ByRef(item.clone()), pins);
                let p = self.temp(ptr.clone());
                let arr = self.local_expr(tmp);
                let is_null = compare(
                    CmpOp::Eq,
                    arr.clone(),
                    Expr::constant(ConstValue::Null, Ty::Null),
                );
                let length = Expr::new(ExprKind::ArrayLength(Box::new(arr.clone())), Ty::I4);
                let empty = compare(CmpOp::Eq, length, Expr::constant(ConstValue::I4(0), Ty::I4));
                let first = Expr::new(
                    ExprKind::ArrayElement {
                        array: Box::new(arr),
                        indices: vec![Expr::constant(ConstValue::I4(0), Ty::I4)],
                    },
                    (*item).clone(),
                );
                let address = Expr::new(ExprKind::AddressOf(Box::new(first)), self.local_ty(pin));
                let pointed = Ty::Ptr(item.clone());
                let v = self.address_as_pointer_of_ref(self.local_expr(pin), pointed);
                let v = self.convert(v, ptr, init.range);
                stmts.push(Stmt::If {
                    condition: Box::new(Expr::new(
                        ExprKind::OrElse(Box::new(is_null), Box::new(empty)),
                        Ty::Bool,
                    )),
                    then: Box::new(Stmt::Expr(assign(
                        self.local_expr(p),
                        null_pointer(ptr.clone()),
                    ))),
                    otherwise: Some(Box::new(Stmt::Block(vec![
                        Stmt::Expr(assign(self.local_expr(pin), address)),
                        Stmt::Expr(assign(self.local_expr(p), v)),
                    ]))),
                });
                self.local_expr(p)
            }
            Ty::String => {
                let pin = self.pin(Ty::String, pins);
                stmts.push(Stmt::Expr(assign(self.local_expr(pin), e)));
                let chars = Ty::Ptr(Box::new(Ty::Char));
                let p = self.temp(chars.clone());
                let as_native = Expr::new(ExprKind::Nop(Box::new(self.local_expr(pin))), Ty::I);
                let start = Expr::new(
                    ExprKind::Nop(Box::new(Expr::new(
                        ExprKind::Convert {
                            operand: Box::new(as_native),
                            checked: false,
                        },
                        Ty::U,
                    ))),
                    chars.clone(),
                );
                stmts.push(Stmt::Expr(assign(self.local_expr(p), start)));
                match self.offset_to_string_data() {
                    Some(getter) => {
                        let offset = Expr::new(
                            ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                                receiver: None,
                                method: getter,
                                args: Vec::new(),
                                virtual_call: false,
                            })),
                            Ty::I4,
                        );
                        let bytes = Expr::new(ExprKind::Nop(Box::new(self.local_expr(p))), Ty::U);
                        let moved = Expr::new(
                            ExprKind::Binary {
                                op: frontend_core::ir::BinOp::Add,
                                left: Box::new(bytes),
                                right: Box::new(offset),
                                checked: false,
                            },
                            Ty::U,
                        );
                        let moved = Expr::new(ExprKind::Nop(Box::new(moved)), chars.clone());
                        let not_null = compare(
                            CmpOp::Ne,
                            Expr::new(ExprKind::Nop(Box::new(self.local_expr(p))), Ty::U),
                            Expr::new(ExprKind::Nop(Box::new(null_pointer(Ty::U))), Ty::U),
                        );
                        stmts.push(Stmt::If {
                            condition: Box::new(not_null),
                            then: Box::new(Stmt::Expr(assign(self.local_expr(p), moved))),
                            otherwise: None,
                        });
                    }
                    None => {
                        self.error(
                            Code::CL0001,
                            init.range,
                            &["fixed strings without RuntimeHelpers.OffsetToStringData"],
                        );
                    }
                }
                let v = self.local_expr(p);
                self.convert(v, ptr, init.range)
            }
            Ty::Ptr(_) => {
                self.error(Code::CS0213, init.range, &[]);
                error_expr()
            }
            Ty::Error => error_expr(),
            _ => self.convert(e, ptr, init.range),
        }
    }

    /// A pinned local of type `ty`, cleared after the `fixed` body.
    fn pin(&mut self, ty: Ty, pins: &mut Vec<LocalId>) -> LocalId {
        let id = self.temp(ty);
        if let Some(l) = self.body.locals.get_mut(id.0 as usize) {
            l.pinned = true;
        }
        pins.push(id);
        id
    }

    fn local_ty(&self, id: LocalId) -> Ty {
        self.body.locals[id.0 as usize].ty.clone()
    }

    /// A managed pointer (a `ref` local) as the unmanaged pointer `ptr` (`conv.u`).
    fn address_as_pointer_of_ref(&self, r: Expr, ptr: Ty) -> Expr {
        let native = Expr::new(ExprKind::Nop(Box::new(r)), Ty::I);
        Expr::new(
            ExprKind::Nop(Box::new(Expr::new(
                ExprKind::Convert {
                    operand: Box::new(native),
                    checked: false,
                },
                Ty::U,
            ))),
            ptr,
        )
    }

    /// `RuntimeHelpers.get_OffsetToStringData`.
    fn offset_to_string_data(&self) -> Option<MethodRef> {
        let id = self
            .world
            .well_known("System.Runtime.CompilerServices", "RuntimeHelpers")?;
        let d = self.world.details(id);
        let idx = d
            .methods
            .iter()
            .position(|m| m.name == "get_OffsetToStringData")?;
        Some(MethodRef {
            id: frontend_core::symbols::MethodId {
                ty: id,
                idx: idx as u32,
            },
            type_args: std::sync::Arc::from([]),
            method_args: std::sync::Arc::from([]),
        })
    }
}

fn assign(target: Expr, value: Expr) -> Expr {
    Expr::new(
        ExprKind::Assign {
            target: Box::new(target),
            value: Box::new(value),
        },
        Ty::Void,
    )
}

fn compare(op: CmpOp, left: Expr, right: Expr) -> Expr {
    Expr::new(
        ExprKind::Compare {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        Ty::Bool,
    )
}
