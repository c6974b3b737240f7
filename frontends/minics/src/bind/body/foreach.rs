//! Lowered `foreach` (vectors and strings by index, as csc does, everything else
//! through `GetEnumerator` with the enumerator disposed in a `finally`) and `using` (the
//! resource disposed in a `finally`, null-checked when it is a reference).

use super::BodyBinder;
use super::stmt::is_var;
use crate::syntax::{self as syn};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{CmpOp, Expr, ExprKind, MethodRef, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    pub(super) fn foreach(
        &mut self,
        ty: &syn::TypeSyntax,
        name: &syn::Ident,
        collection: &syn::Expr,
        body: &syn::Stmt,
    ) -> Stmt {
        let coll = self.expr(collection);
        if coll.ty.is_error() {
            return Stmt::Block(Vec::new());
        }
        let (brk, cont) = (self.body.new_label(), self.body.new_label());
        self.push_scope();
        let start = self.reachable;
        let before_body = self.unassigned.clone();
        let by_index = match &coll.ty {
            Ty::Array(elem, 1) => Some(Indexed::Array((**elem).clone())),
            Ty::String => self.string_accessors().map(Indexed::String),
            _ => None,
        };
        let result = if let Some(indexed) = by_index {
            // for (i = 0; i < a.Length; i++) { T x = (T)a[i]; body }, for a vector or,
            // as csc lowers it, a string (`Length` and the `Chars` indexer).
            let elem = indexed.element();
            let arr = self.temp(coll.ty.clone());
            let idx = self.temp(Ty::I4);
            let elem_ty = if is_var(ty) {
                elem.clone()
            } else {
                self.resolve_type(ty)
            };
            let iteration = self.push_scope();
            let x = self.declare_local(&name.text, elem_ty.clone(), name.range);
            let (ae, ie) = (self.local_expr(arr), self.local_expr(idx));
            let item = indexed.element_at(ae.clone(), ie.clone());
            let item = self.convert_explicit(item, &elem_ty, name.range);
            self.breakables.push((brk, Some(cont)));
            let b = self.embedded(body);
            self.breakables.pop();
            self.pop_scope();
            let assign = |t: Expr, v: Expr| {
                Stmt::Expr(Expr::new(
                    ExprKind::Assign {
                        target: Box::new(t),
                        value: Box::new(v),
                    },
                    Ty::Void,
                ))
            };
            let xe = self.local_expr(x);
            let len = indexed.length(ae.clone());
            let cond = Expr::new(
                ExprKind::Compare {
                    op: CmpOp::Lt,
                    left: Box::new(ie.clone()),
                    right: Box::new(len),
                },
                Ty::Bool,
            );
            let inc = Expr::new(
                ExprKind::Binary {
                    op: frontend_core::ir::BinOp::Add,
                    left: Box::new(ie.clone()),
                    right: Box::new(Expr::constant(ConstValue::I4(1), Ty::I4)),
                    checked: false,
                },
                Ty::I4,
            );
            Stmt::Block(vec![
                assign(ae, coll),
                assign(ie.clone(), Expr::constant(ConstValue::I4(0), Ty::I4)),
                Stmt::Loop {
                    condition: Some(Box::new(cond)),
                    body: Box::new(Stmt::Block(vec![
                        Stmt::ScopeStart(iteration),
                        assign(xe, item),
                        b,
                    ])),
                    step: vec![assign(ie, inc)],
                    break_label: brk,
                    continue_label: cont,
                },
            ])
        } else {
            self.foreach_enumerator(ty, name, coll, body, brk, cont, collection.range)
        };
        self.pop_scope();
        self.leave_breakable(start, before_body, brk);
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn foreach_enumerator(
        &mut self,
        ty: &syn::TypeSyntax,
        name: &syn::Ident,
        coll: Expr,
        body: &syn::Stmt,
        brk: frontend_core::ir::LabelId,
        cont: frontend_core::ir::LabelId,
        range: TextRange,
    ) -> Stmt {
        let get = self.call_named(coll, "GetEnumerator", Vec::new());
        if get.ty.is_error() {
            return Stmt::Block(Vec::new());
        }
        let e = self.temp(get.ty.clone());
        let ee = self.local_expr(e);
        let current = self.property_get(ee.clone(), "Current");
        let elem_ty = if is_var(ty) {
            current.ty.clone()
        } else {
            self.resolve_type(ty)
        };
        let iteration = self.push_scope();
        let x = self.declare_local(&name.text, elem_ty.clone(), name.range);
        let item = self.convert_explicit(current, &elem_ty, range);
        let move_next = self.call_named(ee.clone(), "MoveNext", Vec::new());
        self.breakables.push((brk, Some(cont)));
        let b = self.embedded(body);
        self.breakables.pop();
        self.pop_scope();
        let assign = |t: Expr, v: Expr| {
            Stmt::Expr(Expr::new(
                ExprKind::Assign {
                    target: Box::new(t),
                    value: Box::new(v),
                },
                Ty::Void,
            ))
        };
        let xe = self.local_expr(x);
        let loop_ = Stmt::Loop {
            condition: Some(Box::new(move_next)),
            body: Box::new(Stmt::Block(vec![
                Stmt::ScopeStart(iteration),
                assign(xe, item),
                b,
            ])),
            step: Vec::new(),
            break_label: brk,
            continue_label: cont,
        };
        let dispose = self.dispose(ee.clone());
        match dispose {
            Some(d) => Stmt::Block(vec![
                assign(ee, get),
                Stmt::Try {
                    body: vec![loop_],
                    catches: Vec::new().into(),
                    finally: Some(vec![d]),
                },
            ]),
            None => Stmt::Block(vec![assign(ee, get), loop_]),
        }
    }

    /// `if (r != null) ((IDisposable)r).Dispose();` (no null test for value types).
    fn dispose(&mut self, r: Expr) -> Option<Stmt> {
        let idisp = self
            .world
            .well_known("System", "IDisposable")
            .map(Ty::named)?;
        if r.ty != idisp && !self.is_base_or_interface(&r.ty, &idisp) {
            return None;
        }
        if self.is_value(&r.ty) {
            let call = self.call_named(r, "Dispose", Vec::new());
            return Some(Stmt::Expr(call));
        }
        let as_i = Expr::new(ExprKind::Nop(Box::new(r.clone())), idisp);
        let call = self.call_named(as_i, "Dispose", Vec::new());
        let test = Expr::new(
            ExprKind::Compare {
                op: CmpOp::Ne,
                left: Box::new(r),
                right: Box::new(Expr::constant(ConstValue::Null, Ty::Null)),
            },
            Ty::Bool,
        );
        Some(Stmt::If {
            condition: Box::new(test),
            then: Box::new(Stmt::Expr(call)),
            otherwise: None,
        })
    }

    pub(super) fn using(&mut self, resource: &syn::UsingResource, body: &syn::Stmt) -> Stmt {
        let scope = self.push_scope();
        let mut pre = vec![Stmt::ScopeStart(scope)];
        let mut resources = Vec::new();
        match resource {
            syn::UsingResource::Decl(d) => {
                let before = self.body.locals.len();
                self.local_decl(d, &mut pre);
                for i in before..self.body.locals.len() {
                    if !self.body.locals[i].synthesized {
                        resources.push(self.local_expr(frontend_core::ir::LocalId(i as u32)));
                    }
                }
            }
            syn::UsingResource::Expr(e) => {
                let v = self.expr(e);
                let t = self.temp(v.ty.clone());
                let te = self.local_expr(t);
                pre.push(Stmt::Expr(Expr::new(
                    ExprKind::Assign {
                        target: Box::new(te.clone()),
                        value: Box::new(v),
                    },
                    Ty::Void,
                )));
                resources.push(te);
            }
        }
        let mut inner = vec![self.embedded(body)];
        for r in resources.into_iter().rev() {
            if r.ty.is_error() {
                continue;
            }
            match self.dispose(r.clone()) {
                Some(d) => {
                    inner = vec![Stmt::Try {
                        body: inner,
                        catches: Vec::new().into(),
                        finally: Some(vec![d]),
                    }]
                }
                None => {
                    let shown = self.show(&r.ty);
                    self.error(Code::CS1674, body.range, &[&shown]);
                }
            }
        }
        self.pop_scope();
        pre.extend(inner);
        Stmt::Block(pre)
    }
}

/// What `foreach` walks by index.
enum Indexed {
    /// A vector of this element type.
    Array(Ty),
    /// A string, with `String.get_Length` and `String.get_Chars`.
    String((MethodRef, MethodRef)),
}

impl Indexed {
    fn element(&self) -> Ty {
        match self {
            Indexed::Array(elem) => elem.clone(),
            Indexed::String(_) => Ty::Char,
        }
    }

    /// `a.Length`.
    fn length(&self, a: Expr) -> Expr {
        match self {
            Indexed::Array(_) => Expr::new(ExprKind::ArrayLength(Box::new(a)), Ty::I4),
            Indexed::String((get_length, _)) => Expr::new(
                ExprKind::call(Some(Box::new(a)), get_length.clone(), Vec::new(), true),
                Ty::I4,
            ),
        }
    }

    /// `a[i]`.
    fn element_at(&self, a: Expr, i: Expr) -> Expr {
        match self {
            Indexed::Array(elem) => Expr::new(
                ExprKind::ArrayElement {
                    array: Box::new(a),
                    indices: vec![i],
                },
                elem.clone(),
            ),
            Indexed::String((_, get_chars)) => Expr::new(
                ExprKind::call(Some(Box::new(a)), get_chars.clone(), vec![i], true),
                Ty::Char,
            ),
        }
    }
}

impl BodyBinder<'_> {
    /// corlib's `String.get_Length()` and `String.get_Chars(int)`, when it has them.
    fn string_accessors(&self) -> Option<(MethodRef, MethodRef)> {
        let find = |name: &str, params: &[Ty]| {
            let m = self
                .world
                .well_known_method("System", "String", name, |m| {
                    !m.is_static()
                        && m.params.len() == params.len()
                        && m.params.iter().zip(params).all(|(p, t)| &p.ty == t)
                })?;
            Some(MethodRef::plain(m))
        };
        Some((find("get_Length", &[])?, find("get_Chars", &[Ty::I4])?))
    }
}
