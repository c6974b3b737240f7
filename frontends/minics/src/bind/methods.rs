//! Binding each method's body from where the declaration pass found it: ordinary
//! bodies (block or `=> expr`), constructors (field initializers, then the base or `this`
//! constructor call, then the body), the static constructor, and the synthesized bodies
//! of auto-properties and field-like events. Ends with the method-level flow checks
//! (CS0161 for a reachable end of a non-void method, CS0159 for unknown labels).

use super::body::BodyBinder;
use super::body::iterator::contains_yield;
use super::declare::BodySyntax;
use super::input::{BodyInput, OwnedInit};
use crate::syntax::{MemberKind, MethodBody};
use frontend_core::constant::ConstValue;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::ir::{Body, Expr, ExprKind, FieldRef, Stmt};
use frontend_core::symbols::{FieldId, World};
use frontend_core::types::Ty;

/// Binds one method and its local functions (by index in `m.local_fns`; `None` for
/// one not bound, or bound as a closure); `None` for methods without IL (abstract,
/// extern, runtime). A body with capturing local functions is bound again with them as
/// closures (again if that shows an enclosing one captures too).
pub fn bind_method_and_locals(
    world: &World,
    m: &BodyInput,
    diags: &mut Vec<Diagnostic>,
) -> (Option<Body>, Vec<Option<Body>>) {
    let mut closures: Vec<usize> = Vec::new();
    loop {
        let mut locals = Vec::new();
        let mut found = Vec::new();
        let mut d = Vec::new();
        let body = bind_method(world, m, &mut d, &mut locals, (&closures, &mut found));
        let before = closures.len();
        closures.extend(found);
        closures.sort_unstable();
        closures.dedup();
        if closures.len() == before || closures.len() > m.local_fns.len() {
            diags.append(&mut d);
            return (body, locals);
        }
    }
}

fn bind_method(
    world: &World,
    m: &BodyInput,
    diags: &mut Vec<Diagnostic>,
    locals: &mut Vec<Option<Body>>,
    (closures, found): (&[usize], &mut Vec<usize>),
) -> Option<Body> {
    let field_inits = &m.field_inits;
    let body_syntax = m.body.syntax();
    let sym = world.method_sym(m.method);
    let mut b = BodyBinder::new(
        world,
        m.file,
        &m.src,
        &m.scope,
        m.generics.clone(),
        m.ty,
        sym,
        m.checked,
    );
    b.anchor = m.anchor;
    b.local_fns = m
        .local_fns
        .iter()
        .map(|(start, id)| (start + m.anchor, *id))
        .collect();
    // Where the declaration's name is, as a file position.
    let name_range = m.absolute(m.name_range);
    b.closure_fns = closures.to_vec();
    (b.unsafe_code, b.unsafe_member) = (m.unsafe_code, m.unsafe_member);
    if m.unsafe_declared && !m.unsafe_code {
        b.error(Code::CS0227, name_range, &[]);
    }
    let mut stmts = Vec::new();
    // A body with `yield` needs no `return` (even when CS1624 rejects it).
    let mut iterator_block = false;
    let this_field = |b: &BodyBinder<'_>, idx: u32| -> Expr {
        let f = world.field(FieldId { ty: m.ty, idx });
        let type_args = std::sync::Arc::from(b.self_ty.type_args());
        Expr::new(
            ExprKind::Field {
                receiver: (!f.is_static()).then(|| Box::new(b.this_expr())),
                field: Box::new(FieldRef {
                    id: FieldId { ty: m.ty, idx },
                    type_args,
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
    match body_syntax {
        BodySyntax::None => return None,
        BodySyntax::Method(body) | BodySyntax::Accessor(body) => match body {
            MethodBody::Block(block) => {
                if block.may_yield && contains_yield(&block.statements) {
                    iterator_block = true;
                    b.begin_iterator(name_range);
                }
                stmts = b.block(&block.statements);
                let end = block.range.end;
                b.check_out_params(frontend_core::source::TextRange::new(end - 1, end));
            }
            MethodBody::Expr(e) => {
                stmts.push(b.seq_point(e.range));
                if sym.ret == Ty::Void {
                    let v = b.expr(e);
                    stmts.push(Stmt::Expr(v));
                } else {
                    let v = b.expr_to(e, &sym.ret);
                    stmts.push(Stmt::Return(Some(v)));
                    b.reachable = false;
                }
            }
            MethodBody::None => return None,
        },
        BodySyntax::ExprGetter(e) => {
            stmts.push(b.seq_point(e.range));
            let v = b.expr_to(e, &sym.ret);
            stmts.push(Stmt::Return(Some(v)));
            b.reachable = false;
        }
        BodySyntax::AutoGet(f) => {
            let v = this_field(&b, f);
            stmts.push(Stmt::Return(Some(v)));
            b.reachable = false;
        }
        BodySyntax::AutoSet(f) => {
            let target = this_field(&b, f);
            let v = value_arg(sym);
            stmts.push(Stmt::Expr(Expr::new(
                ExprKind::Assign {
                    target: Box::new(target),
                    value: Box::new(v),
                },
                Ty::Void,
            )));
        }
        BodySyntax::EventAdd(f) | BodySyntax::EventRemove(f) => {
            let target = this_field(&b, f);
            let name = if matches!(body_syntax, BodySyntax::EventAdd(_)) {
                "Combine"
            } else {
                "Remove"
            };
            let v = value_arg(sym);
            let ty = target.ty.clone();
            let combined = delegate_call(world, name, target.clone(), v);
            let cast = Expr::new(ExprKind::CastClass(Box::new(combined)), ty);
            stmts.push(Stmt::Expr(Expr::new(
                ExprKind::Assign {
                    target: Box::new(target),
                    value: Box::new(cast),
                },
                Ty::Void,
            )));
        }
        BodySyntax::StaticCtor(decl) => {
            for (idx, init, is_static) in field_inits.iter().filter_map(init_parts) {
                if is_static {
                    stmts.push(b.seq_point(init.range));
                    let target = this_field(&b, idx);
                    let ty = target.ty.clone();
                    let v = b.expr_to(init, &ty);
                    stmts.push(Stmt::Expr(Expr::new(
                        ExprKind::Assign {
                            target: Box::new(target),
                            value: Box::new(v),
                        },
                        Ty::Void,
                    )));
                }
            }
            if let Some(MemberKind::Constructor {
                body: MethodBody::Block(block),
                ..
            }) = decl.map(|d| &d.kind)
            {
                stmts.extend(b.block(&block.statements));
            }
        }
        BodySyntax::Ctor(decl) => {
            let (init, body) = match decl.map(|d| &d.kind) {
                Some(MemberKind::Constructor {
                    initializer, body, ..
                }) => (initializer.as_ref(), Some(body)),
                _ => (None, None),
            };
            let chains_to_this = init.is_some_and(|i| !i.is_base);
            let is_struct = world.ty(m.ty).is_value_type();
            if !chains_to_this {
                for (idx, e, is_static) in field_inits.iter().filter_map(init_parts) {
                    if !is_static {
                        stmts.push(b.seq_point(e.range));
                        let target = this_field(&b, idx);
                        let ty = target.ty.clone();
                        let v = b.expr_to(e, &ty);
                        stmts.push(Stmt::Expr(Expr::new(
                            ExprKind::Assign {
                                target: Box::new(target),
                                value: Box::new(v),
                            },
                            Ty::Void,
                        )));
                    }
                }
            }
            let range = decl.map_or(name_range, |d| d.range);
            match init {
                Some(i) => {
                    let args = b.args(&i.args);
                    let target_ty = if i.is_base {
                        world.base_of(&b.self_ty).unwrap_or(Ty::Object)
                    } else {
                        b.self_ty.clone()
                    };
                    if let Some(call) = b.ctor_call(&target_ty, args, range) {
                        let call = if i.is_base {
                            call
                        } else {
                            this_receiver(call, &b)
                        };
                        stmts.push(Stmt::Expr(call));
                    }
                }
                None if !is_struct => {
                    if let Some(base) = world.base_of(&b.self_ty) {
                        if let Some(call) = b.ctor_call(&base, Vec::new(), name_range) {
                            stmts.push(Stmt::Expr(call));
                        }
                    }
                }
                None => {}
            }
            if let Some(MethodBody::Block(block)) = body {
                stmts.extend(b.block(&block.statements));
            }
        }
    }
    if b.reachable
        && !iterator_block
        && sym.ret != Ty::Void
        && !matches!(body_syntax, BodySyntax::Ctor(_) | BodySyntax::StaticCtor(_))
    {
        let name = super::display::method(world, &b.self_ty, sym);
        b.error(Code::CS0161, name_range, &[&name]);
    }
    b.check_labels();
    *locals = std::mem::take(&mut b.local_fn_bodies);
    *found = std::mem::take(&mut b.captured_fns);
    diags.append(&mut b.diags);
    let mut body = b.body;
    body.stmts = stmts;
    body.iterator = b.iterator;
    Some(body)
}

/// A field initializer's field, value and staticness.
fn init_parts(i: &OwnedInit) -> Option<(u32, &crate::syntax::Expr, bool)> {
    Some((i.field, i.value.expr()?, i.is_static))
}

/// `: this(…)` calls the constructor on `this`, not `base`.
fn this_receiver(call: Expr, b: &BodyBinder<'_>) -> Expr {
    match call.kind {
        ExprKind::Call(mut c) => {
            c.receiver = Some(Box::new(b.this_expr()));
            c.virtual_call = false;
            Expr::new(ExprKind::Call(c), Ty::Void)
        }
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
            method: frontend_core::ir::MethodRef {
                id: frontend_core::symbols::MethodId {
                    ty: id,
                    idx: idx as u32,
                },
                type_args: std::sync::Arc::from([]),
                method_args: std::sync::Arc::from([]),
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
