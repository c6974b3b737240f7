//! Local functions, declared: each local function of a method body becomes a synthesized
//! static method of the enclosing type, named as csc names it (`<Outer>g__Name|N_M`: N
//! the enclosing method's index in its type, M the local function's ordinal in the
//! body). Its signature is resolved here, with the enclosing method's generic context;
//! a local function of a generic method takes that method's type parameters (a generic
//! local function inside a generic method is left undeclared, and the binder reports it
//! as unsupported). The binder (`body::local_fn`) binds the body in place, inside the
//! enclosing one, so it sees the names it may not capture; the declaration pass gives
//! each synthesized method an input that re-binds the enclosing body and keeps that
//! local function's result.

use super::declare::{BodySyntax, Declarer, TypeSite};
use crate::syntax::{Block, LocalFunction, MemberKind, MethodBody, Stmt, StmtKind};
use frontend_core::symbols::{MethodId, MethodSym, TypeDetails, method_flags as mf};

/// Every local function of `stmts`, in source order (enclosing before nested), not
/// looking into lambdas. Blocks the parser marked as holding none are not looked into.
pub(crate) fn collect<'a>(stmts: &'a [Stmt], out: &mut Vec<&'a LocalFunction>) {
    for s in stmts {
        collect_stmt(s, out);
    }
}

/// [`collect`] for a block's statements.
fn collect_block<'a>(b: &'a Block, out: &mut Vec<&'a LocalFunction>) {
    if b.may_have_local_fns {
        collect(&b.statements, out);
    }
}

fn collect_stmt<'a>(s: &'a Stmt, out: &mut Vec<&'a LocalFunction>) {
    match &s.kind {
        StmtKind::LocalFunction(f) => {
            out.push(f);
            if let MethodBody::Block(b) = &f.body {
                collect_block(b, out);
            }
        }
        StmtKind::Block(b)
        | StmtKind::Checked(b)
        | StmtKind::Unchecked(b)
        | StmtKind::Unsafe(b) => collect_block(b, out),
        StmtKind::If {
            then, otherwise, ..
        } => {
            collect_stmt(then, out);
            if let Some(o) = otherwise {
                collect_stmt(o, out);
            }
        }
        StmtKind::While { body, .. }
        | StmtKind::Do { body, .. }
        | StmtKind::Foreach { body, .. }
        | StmtKind::Fixed { body, .. }
        | StmtKind::Using { body, .. }
        | StmtKind::For { body, .. } => collect_stmt(body, out),
        StmtKind::Labeled { statement, .. } => collect_stmt(statement, out),
        StmtKind::Switch { sections, .. } => {
            for sec in sections {
                collect(&sec.statements, out);
            }
        }
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            collect_block(body, out);
            for c in catches {
                collect_block(&c.body, out);
            }
            if let Some(f) = finally {
                collect_block(f, out);
            }
        }
        _ => {}
    }
}

/// The statements of a body that may hold local functions (none when the parser saw
/// no local function statement in its block).
pub(crate) fn body_statements<'a>(body: &BodySyntax<'a>) -> &'a [Stmt] {
    let block = match body {
        BodySyntax::Method(MethodBody::Block(b)) | BodySyntax::Accessor(MethodBody::Block(b)) => b,
        BodySyntax::Ctor(Some(m)) | BodySyntax::StaticCtor(Some(m)) => match &m.kind {
            MemberKind::Constructor {
                body: MethodBody::Block(b),
                ..
            } => b,
            _ => return &[],
        },
        _ => return &[],
    };
    if block.may_have_local_fns {
        &block.statements
    } else {
        &[]
    }
}

impl<'a> Declarer<'a, '_> {
    /// Declares the local functions of the methods `self.out.methods[first..]` (those of
    /// `site`, whose details are `d`).
    pub(crate) fn declare_local_functions(
        &mut self,
        site: &TypeSite<'a>,
        d: &mut TypeDetails,
        first: usize,
    ) {
        // Only the few methods with local functions are looked at twice.
        let outers: Vec<_> = self.out.methods[first..]
            .iter()
            .filter(|m| !body_statements(&m.body).is_empty())
            .map(|m| (m.id, m.body, m.generics.clone()))
            .collect();
        for (outer, body, generics) in outers {
            let mut fns = Vec::new();
            collect(body_statements(&body), &mut fns);
            if fns.is_empty() {
                continue;
            }
            let Some(outer_sym) = d.methods.get(outer.idx as usize).cloned() else {
                continue;
            };
            let mut ids = Vec::new();
            for (k, f) in fns.into_iter().enumerate() {
                let outer_generic = !outer_sym.generic_params.is_empty();
                if outer_generic && !f.type_params.is_empty() {
                    continue;
                }
                let (g, gps) = if f.type_params.is_empty() {
                    (generics.clone(), outer_sym.generic_params.clone())
                } else {
                    self.method_generics(site, &generics, &f.type_params, &f.constraints)
                };
                let ret = self.ty(site, &g, &f.return_type);
                let params = self.params(site, &g, &f.params);
                let idx = d.methods.len() as u32;
                d.methods.push(MethodSym {
                    name: format!("<{}>g__{}|{}_{}", outer_sym.name, f.name.text, outer.idx, k),
                    flags: mf::ASSEMBLY | mf::HIDE_BY_SIG | mf::STATIC,
                    impl_flags: 0,
                    generic_params: gps,
                    ret,
                    params,
                    rid: 0,
                });
                ids.push((f.name.range.start, MethodId { ty: site.id, idx }));
            }
            self.out.local_fns.push((outer, ids));
        }
    }
}
