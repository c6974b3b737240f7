//! `Static` locals, lowered as vbc lowers them: each becomes a hidden field of the
//! method's type (shared when the method is, an instance field otherwise), named
//! `$STATIC$method$index$name`, and one with an initializer also gets a Boolean
//! `…$Init` field, tested and set before the initializer runs, so it runs once (per
//! instance for instance methods). vbc guards the initializer with a
//! `StaticLocalInitFlag` from Microsoft.VisualBasic.dll and a lock; this is the
//! thread-unsafe equivalent without that dependency.
//!
//! The declaration side (`Declarer::static_local_fields`) finds the declarations in a
//! method's statements and adds the fields while the type's members are laid out; the
//! binder (`BodyBinder::static_decl`) finds the field by its name and binds the name to
//! it in its scope. A `Static` without an `As` clause is typed `Object`.

use super::body::{BodyBinder, Var};
use super::declare::{Declarer, TypeSite, type_char_ty};
use super::scope::GenericContext;
use crate::syntax::{self as syn, AsClause, ExprKind as SynExpr, Modifier, Stmt, StmtKind};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{self, Expr, ExprKind, FieldRef};
use frontend_core::symbols::{FieldId, FieldSym, TypeDetails, field_flags as ff};
use frontend_core::types::Ty;

/// The hidden field holding `local` of method `method_idx`.
pub(crate) fn field_name(method: &str, method_idx: u32, local: &str) -> String {
    format!("$STATIC${method}${method_idx}${local}")
}

fn init_flag_name(field: &str) -> String {
    format!("{field}$Init")
}

/// Every `Static` declaration in `stmts`, nested blocks included.
fn static_decls<'s>(stmts: &'s [Stmt], out: &mut Vec<&'s syn::LocalDecl>) {
    for s in stmts {
        match &s.kind {
            StmtKind::LocalDecl(d) if d.modifiers.contains(&Modifier::Static) => out.push(d),
            StmtKind::If {
                then,
                else_ifs,
                otherwise,
                ..
            } => {
                static_decls(then, out);
                for e in else_ifs {
                    static_decls(&e.body, out);
                }
                if let Some(o) = otherwise {
                    static_decls(o, out);
                }
            }
            StmtKind::Select { cases, .. } => {
                for c in cases {
                    static_decls(&c.body, out);
                }
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                static_decls(body, out);
                for c in catches {
                    static_decls(&c.body, out);
                }
                if let Some(f) = finally {
                    static_decls(f, out);
                }
            }
            StmtKind::While { body, .. }
            | StmtKind::Do { body, .. }
            | StmtKind::For { body, .. }
            | StmtKind::ForEach { body, .. }
            | StmtKind::Using { body, .. }
            | StmtKind::With { body, .. } => static_decls(body, out),
            _ => {}
        }
    }
}

impl<'a> Declarer<'a, '_> {
    /// Adds the hidden fields for the `Static` locals of method `method_idx`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn static_local_fields(
        &mut self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        d: &mut TypeDetails,
        method_idx: u32,
        method: &str,
        body: &'a [Stmt],
        shared: bool,
    ) {
        let mut decls = Vec::new();
        static_decls(body, &mut decls);
        let flags = ff::PRIVATE | if shared { ff::STATIC } else { 0 } | ff::SPECIAL_NAME;
        for decl in decls {
            for v in &decl.declarators {
                let declared = match &v.as_clause {
                    Some(AsClause::Type(t)) => Some(self.ty(site, g, t)),
                    Some(AsClause::New(e)) => match &e.kind {
                        SynExpr::New { ty, .. } => Some(self.ty(site, g, ty)),
                        _ => None,
                    },
                    None => None,
                };
                let has_init = v.init.is_some() || matches!(v.as_clause, Some(AsClause::New(_)));
                for name in &v.names {
                    let mut ty = declared
                        .clone()
                        .or_else(|| type_char_ty(name.name.type_char))
                        .unwrap_or(Ty::Object);
                    ty = name.array_of(ty);
                    let field = field_name(method, method_idx, &name.name.text);
                    if has_init || !name.bounds.is_empty() {
                        d.fields.push(FieldSym {
                            name: init_flag_name(&field),
                            flags,
                            ty: Ty::Bool,
                            constant: None,
                            rid: 0,
                        });
                    }
                    d.fields.push(FieldSym {
                        name: field,
                        flags,
                        ty,
                        constant: None,
                        rid: 0,
                    });
                }
            }
        }
    }
}

impl BodyBinder<'_> {
    /// `Static x As T [= init]`: binds the names to their hidden fields and runs the
    /// initializer the first time control reaches the declaration.
    pub(crate) fn static_decl(&mut self, d: &syn::LocalDecl, out: &mut Vec<ir::Stmt>) {
        let method_idx = self.method_idx;
        for decl in &d.declarators {
            for name in &decl.names {
                let field_of = |b: &Self, n: &str| -> Option<Expr> {
                    let details = b.world.details(b.type_id);
                    let idx = details.fields.iter().position(|f| f.name == n)?;
                    let f = &details.fields[idx];
                    Some(Expr::new(
                        ExprKind::Field {
                            receiver: (!f.is_static()).then(|| Box::new(b.this_expr())),
                            field: Box::new(FieldRef {
                                id: FieldId {
                                    ty: b.type_id,
                                    idx: idx as u32,
                                },
                                type_args: std::sync::Arc::from(b.self_ty.type_args()),
                            }),
                        },
                        f.ty.subst(b.self_ty.type_args(), &[]),
                    ))
                };
                let fname = method_idx
                    .map(|i| field_name(&self.method.name, i, &name.name.text))
                    .unwrap_or_default();
                let Some(field) = field_of(self, &fname) else {
                    self.error(Code::CL0002, name.name.range, &["'Static' locals here"]);
                    continue;
                };
                out.push(ir::Stmt::SeqPoint(name.name.range));
                self.declare_var(&name.name.text, Var::Field(field.clone()), name.name.range);
                let ty = field.ty.clone();
                let value = match (&decl.as_clause, &decl.init) {
                    (Some(AsClause::New(e)), _) => Some(self.expr(e)),
                    (_, Some(e)) => Some(self.expr_to(e, &ty)),
                    _ if !name.bounds.is_empty() => {
                        let sizes = name.bounds.iter().map(|b| self.upper_bound(b)).collect();
                        Some(Expr::new(ExprKind::NewArray { sizes }, ty.clone()))
                    }
                    _ => None,
                };
                let Some(value) = value else {
                    continue;
                };
                let Some(flag) = field_of(self, &init_flag_name(&fname)) else {
                    continue;
                };
                let not_done = Expr::new(
                    ExprKind::Unary {
                        op: ir::UnOp::LogicalNot,
                        operand: Box::new(flag.clone()),
                        checked: false,
                    },
                    Ty::Bool,
                );
                let done = Expr::constant(ConstValue::Bool(true), Ty::Bool);
                out.push(ir::Stmt::If {
                    condition: Box::new(not_done),
                    then: Box::new(ir::Stmt::Block(vec![
                        Self::assign_stmt(flag, done),
                        Self::assign_stmt(field, value),
                    ])),
                    otherwise: None,
                });
            }
        }
    }
}
