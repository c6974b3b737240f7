//! Binding each method's body from where the declaration pass found it: `Sub`/
//! `Function`/`Operator` bodies (a `Function` gets its return variable, returned at the
//! end and by `Exit Function`), constructors (an explicit `MyBase.New`/`Me.New` first,
//! else the implicit base call, then field initializers, then the body), the shared
//! constructor, and the synthesized bodies of auto-properties and events.

use super::body::BodyBinder;
use super::declare::{BodySyntax, FieldInit, MethodSite, TypeSite};
use super::scope::Names;
use crate::syntax as syn;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Diagnostic;
use frontend_core::ir::{Body, Expr, ExprKind, FieldRef, MethodRef, Stmt};
use frontend_core::symbols::{FieldId, MethodId, World};
use frontend_core::types::Ty;
use std::sync::Arc;

/// What every body shares.
pub struct Context<'w> {
    pub world: &'w World,
    pub names: &'w Names,
    pub checked: bool,
}

/// Binds one method; `None` for methods without IL.
pub fn bind_method(
    cx: &Context<'_>,
    site: &TypeSite<'_>,
    m: &MethodSite<'_>,
    field_inits: &[(u32, FieldInit<'_>, bool)],
    src: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Body> {
    if matches!(m.body, BodySyntax::None) {
        return None;
    }
    let world = cx.world;
    let sym = world.method(m.id);
    let mut b = BodyBinder::new(
        world,
        cx.names,
        site.file,
        src,
        &site.scope,
        m.generics.clone(),
        site.id,
        sym.clone(),
        cx.checked,
    );
    b.method_idx = Some(m.id.idx);
    let this_field = |b: &BodyBinder<'_>, idx: u32| -> Expr {
        let f = world.field(FieldId { ty: site.id, idx });
        Expr::new(
            ExprKind::Field {
                receiver: (!f.is_static()).then(|| Box::new(b.this_expr())),
                field: Box::new(FieldRef {
                    id: FieldId { ty: site.id, idx },
                    type_args: Arc::from(b.self_ty.type_args()),
                }),
            },
            f.ty.clone(),
        )
    };
    let value_arg = |sym: &frontend_core::symbols::MethodSym| -> Expr {
        let n = sym.params.len() as u16 - 1 + u16::from(!sym.is_static());
        Expr::new(
            ExprKind::Arg(n),
            sym.params.last().map(|p| p.ty.clone()).unwrap_or(Ty::Error),
        )
    };
    let mut stmts = Vec::new();
    if sym.ret != Ty::Void {
        if let Some(n) = &m.ret_name {
            let l = b.body.new_local(n, sym.ret.clone(), n.is_empty());
            b.ret_local = Some((n.clone(), l));
        }
    }
    let init_fields = |b: &mut BodyBinder<'_>, stmts: &mut Vec<Stmt>, shared: bool| {
        for (idx, init, is_static) in field_inits {
            if *is_static != shared {
                continue;
            }
            let target = this_field(b, *idx);
            let ty = target.ty.clone();
            let (v, range) = match init {
                FieldInit::Expr(e) => (b.expr_to(e, &ty), e.range),
                FieldInit::New(e) => (b.expr(e), e.range),
                FieldInit::Bounds(bounds) => {
                    let sizes = bounds.iter().map(|x| b.upper_bound(x)).collect();
                    let r = bounds
                        .first()
                        .map_or(frontend_core::source::TextRange::empty(0), |x| x.range);
                    (Expr::new(ExprKind::NewArray { sizes }, ty.clone()), r)
                }
            };
            stmts.push(Stmt::SeqPoint(range));
            stmts.push(BodyBinder::assign_stmt(target, v));
        }
    };
    match m.body {
        BodySyntax::None => return None,
        BodySyntax::Method(body) => stmts.extend(b.block(body)),
        BodySyntax::Accessor(a) => stmts.extend(b.block(&a.body)),
        BodySyntax::AutoGet(f) => {
            let v = this_field(&b, f);
            stmts.push(Stmt::Return(Some(v)));
        }
        BodySyntax::AutoSet(f) => {
            let target = this_field(&b, f);
            let v = value_arg(&sym);
            stmts.push(BodyBinder::assign_stmt(target, v));
        }
        BodySyntax::EventAdd(f) | BodySyntax::EventRemove(f) => {
            let target = this_field(&b, f);
            let name = if matches!(m.body, BodySyntax::EventAdd(_)) {
                "Combine"
            } else {
                "Remove"
            };
            let v = value_arg(&sym);
            let ty = target.ty.clone();
            let combined = delegate_call(world, name, target.clone(), v);
            let cast = Expr::new(ExprKind::CastClass(Box::new(combined)), ty);
            stmts.push(BodyBinder::assign_stmt(target, cast));
        }
        BodySyntax::StaticCtor(body) => {
            init_fields(&mut b, &mut stmts, true);
            if let Some(body) = body {
                stmts.extend(b.block(body));
            }
        }
        BodySyntax::Ctor(body) => {
            let body = body.unwrap_or(&[]);
            let (first, rest) = match body.split_first() {
                Some((f, rest)) if ctor_call_kind(f).is_some() => (Some(f), rest),
                _ => (None, body),
            };
            let is_struct = world.ty(site.id).is_value_type();
            match first {
                Some(f) => {
                    let (is_base, args, range) = ctor_call_kind(f).unwrap_or((true, &[], f.range));
                    let a = b.args(args);
                    let target_ty = if is_base {
                        world.base_of(&b.self_ty).unwrap_or(Ty::Object)
                    } else {
                        b.self_ty.clone()
                    };
                    stmts.push(Stmt::SeqPoint(f.range));
                    if let Some(call) = b.ctor_call(&target_ty, a, range) {
                        stmts.push(Stmt::Expr(as_ctor_call(call, &b, is_base)));
                    }
                    if is_base {
                        init_fields(&mut b, &mut stmts, false);
                    }
                }
                None if !is_struct => {
                    if let Some(base) = world.base_of(&b.self_ty) {
                        if let Some(call) = b.ctor_call(&base, Vec::new(), m.name_range) {
                            stmts.push(Stmt::Expr(as_ctor_call(call, &b, true)));
                        }
                    }
                    init_fields(&mut b, &mut stmts, false);
                }
                None => init_fields(&mut b, &mut stmts, false),
            }
            stmts.extend(b.block(rest));
        }
    }
    if let Some((_, l)) = &b.ret_local {
        let v = b.local_expr(*l);
        stmts.push(Stmt::Return(Some(v)));
    }
    b.body.stmts = stmts;
    if matches!(
        m.body,
        BodySyntax::Method(_)
            | BodySyntax::Accessor(_)
            | BodySyntax::Ctor(Some(_))
            | BodySyntax::StaticCtor(Some(_))
    ) {
        b.flow_warnings(m.block, &m.returner);
    }
    diags.append(&mut b.diags);
    Some(b.body)
}

/// `MyBase.New(…)` / `Me.New(…)` / `MyClass.New(…)` as a statement: (is base, args).
fn ctor_call_kind(
    s: &syn::Stmt,
) -> Option<(bool, &[syn::Argument], frontend_core::source::TextRange)> {
    let syn::StmtKind::Expr(e) = &s.kind else {
        return None;
    };
    let (target, args) = match &e.kind {
        syn::ExprKind::Invocation { target, args } => (target.as_ref(), args.as_slice()),
        syn::ExprKind::Member { .. } => (e, &[][..]),
        _ => return None,
    };
    let syn::ExprKind::Member {
        target: Some(t),
        name,
        ..
    } = &target.kind
    else {
        return None;
    };
    if !name.text.eq_ignore_ascii_case("New") {
        return None;
    }
    match t.kind {
        syn::ExprKind::MyBase => Some((true, args, e.range)),
        syn::ExprKind::Me | syn::ExprKind::MyClass => Some((false, args, e.range)),
        _ => None,
    }
}

/// A constructor call on `this` (base or own), not a `newobj`.
fn as_ctor_call(call: Expr, b: &BodyBinder<'_>, is_base: bool) -> Expr {
    match call.kind {
        ExprKind::NewObject { ctor, args } => Expr::new(
            ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                receiver: Some(Box::new(if is_base {
                    Expr::new(ExprKind::Base, b.self_ty.clone())
                } else {
                    b.this_expr()
                })),
                method: *ctor,
                args,
                virtual_call: false,
            })),
            Ty::Void,
        ),
        other => Expr::new(other, call.ty),
    }
}

fn delegate_call(world: &World, name: &str, a: Expr, v: Expr) -> Expr {
    let Some(id) = world.well_known("System", "Delegate") else {
        return Expr::constant(ConstValue::Null, Ty::Error);
    };
    let d = world.details(id);
    let Some(idx) = d
        .methods
        .iter()
        .position(|m| m.name == name && m.params.len() == 2)
    else {
        return Expr::constant(ConstValue::Null, Ty::Error);
    };
    let dty = Ty::named(id);
    Expr::new(
        ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
            receiver: None,
            method: MethodRef {
                id: MethodId {
                    ty: id,
                    idx: idx as u32,
                },
                type_args: Arc::from([]),
                method_args: Arc::from([]),
            },
            args: vec![
                Expr::new(ExprKind::Nop(Box::new(a)), dty.clone()),
                Expr::new(ExprKind::Nop(Box::new(v)), dty.clone()),
            ],
            virtual_call: false,
        })),
        dty,
    )
}
