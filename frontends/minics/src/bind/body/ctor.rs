//! Constructor calls: `new T(…)` (CS0144 for abstract types and interfaces, overload
//! errors at the type's name) and the `: base(…)`/`: this(…)` calls of constructors.

use super::BodyBinder;
use super::call::Arg;
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind, MethodRef};
use frontend_core::source::TextRange;
use frontend_core::symbols::MethodId;
use frontend_core::types::Ty;
use std::sync::Arc;

impl BodyBinder<'_> {
    /// `new T(args)` for a class or struct; `type_range` is `T`, where overload errors
    /// point.
    pub(crate) fn new_object(
        &mut self,
        ty: &Ty,
        args: Vec<Arg>,
        range: TextRange,
        type_range: TextRange,
    ) -> Expr {
        if ty.is_error() {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        }
        if let Ty::Var(_) | Ty::MVar(_) = ty {
            // `new T()` with the `new()` constraint: Activator.CreateInstance<T>().
            if let Some(id) = self.world.well_known("System", "Activator") {
                let d = self.world.details(id);
                if let Some(i) = d.methods.iter().position(|m| {
                    m.name == "CreateInstance" && m.generic_params.len() == 1 && m.params.is_empty()
                }) {
                    return Expr::new(
                        ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                            receiver: None,
                            method: MethodRef {
                                id: MethodId {
                                    ty: id,
                                    idx: i as u32,
                                },
                                type_args: Arc::from([]),
                                method_args: Arc::from([ty.clone()]),
                            },
                            args: Vec::new(),
                            virtual_call: false,
                        })),
                        ty.clone(),
                    );
                }
            }
            return Expr::new(ExprKind::DefaultValue, ty.clone());
        }
        let Some(id) = self.world.type_def_of(ty) else {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let sym = self.world.ty(id);
        if sym.is_interface() || sym.flags & frontend_core::symbols::type_flags::ABSTRACT != 0 {
            let shown = self.show(ty);
            self.error(Code::CS0144, range, &[&shown]);
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        }
        let is_value = sym.is_value_type();
        if is_value && args.is_empty() {
            return if ty.is_primitive() {
                Expr::constant(super::ops::zero_of(ty), ty.clone())
            } else {
                Expr::new(ExprKind::DefaultValue, ty.clone())
            };
        }
        let targs: Arc<[Ty]> = Arc::from(ty.type_args());
        let d = self.world.details(id);
        let ctors: Vec<(MethodId, Arc<[Ty]>)> = d
            .methods
            .iter()
            .enumerate()
            .filter(|(_, m)| m.is_ctor())
            .map(|(i, _)| {
                (
                    MethodId {
                        ty: id,
                        idx: i as u32,
                    },
                    targs.clone(),
                )
            })
            .collect();
        let Some(app) = self.resolve_overload(&ctors, &[], &args, type_range, ".ctor") else {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let args = self.convert_args(&app, args);
        Expr::new(
            ExprKind::NewObject {
                ctor: Box::new(app.method),
                args,
            },
            ty.clone(),
        )
    }

    /// A constructor call on `this` (`: base(…)`, `: this(…)`, or the implicit base
    /// constructor).
    pub(crate) fn ctor_call(&mut self, ty: &Ty, args: Vec<Arg>, range: TextRange) -> Option<Expr> {
        let id = self.world.type_def_of(ty)?;
        let targs: Arc<[Ty]> = Arc::from(ty.type_args());
        let d = self.world.details(id);
        let ctors: Vec<(MethodId, Arc<[Ty]>)> = d
            .methods
            .iter()
            .enumerate()
            .filter(|(_, m)| m.is_ctor())
            .map(|(i, _)| {
                (
                    MethodId {
                        ty: id,
                        idx: i as u32,
                    },
                    targs.clone(),
                )
            })
            .collect();
        let app = self.resolve_overload(&ctors, &[], &args, range, ".ctor")?;
        let args = self.convert_args(&app, args);
        Some(Expr::new(
            ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                receiver: Some(Box::new(Expr::new(ExprKind::Base, ty.clone()))),
                method: app.method,
                args,
                virtual_call: false,
            })),
            Ty::Void,
        ))
    }
}
