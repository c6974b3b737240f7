//! Closure conversion. For each method whose body holds lambdas:
//!
//! 1. Analysis: which function (the method, or a lambda) owns each scope; which locals
//!    and parameters are captured (used by a function other than their owner); which
//!    scopes each lambda needs (propagated through enclosing lambdas) and whether it
//!    needs `this`.
//! 2. Display classes: one per scope with captured variables, nested in the method's
//!    type, holding those variables, a parent link to the nearest enclosing display class
//!    and, at the top of a chain, `this`. A new instance is made at each `ScopeStart`, so
//!    a variable declared inside a loop body is fresh per iteration (C#'s `foreach`).
//! 3. Placement: a lambda becomes an instance method of the display class of the deepest
//!    scope it needs, or an instance method of the type when it needs only `this`, or a
//!    static method.
//! 4. Rewriting: captured variables become field accesses through the environment path,
//!    lambdas become `NewDelegate`s, lambda parameters become arguments.

use super::{NewSymbols, rebuild};
use crate::emit::module::BodySource;
mod rewrite;

use crate::ir::visit::{Child, children_mut, stmt_children_mut, subst_body};
use crate::ir::{Body, Expr, ExprKind, FieldRef, Lambda, LocalId, MethodRef, Stmt};
use crate::symbols::{
    FieldId, FieldSym, GenericParamSym, MethodId, MethodSym, ParamMode, ParamSym, TypeDetails,
    World, field_flags, method_flags,
};
use crate::types::{Ty, TypeId};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// A method body with its source, as the emitter takes it.
/// Shared (`Arc`) because the front ends' query caches hold the same bodies; a pass
/// that rewrites one takes it out and unwraps it (cloning only if still shared).
pub type Bodies = HashMap<MethodId, (Arc<Body>, BodySource)>;

/// Converts every lambda in `bodies`; returns the world with the new types and methods
/// (or `None` when there were no lambdas), or the reasons it could not.
pub fn convert(world: &World, bodies: &mut Bodies) -> Result<Option<World>, Vec<String>> {
    let mut with_lambdas: Vec<MethodId> = bodies
        .iter()
        .filter(|(_, (b, _))| b.has_lambdas)
        .map(|(m, _)| *m)
        .collect();
    if with_lambdas.is_empty() {
        return Ok(None);
    }
    with_lambdas.sort();
    let source = &world.asms[0];
    let mut new = NewSymbols {
        types: Vec::new(),
        added_methods: BTreeMap::new(),
        base_count: source.types.len() as u32,
        errors: Vec::new(),
    };
    let mut new_bodies = Vec::new();
    for m in with_lambdas {
        let Some((body, src)) = bodies.remove(&m) else {
            continue;
        };
        let out = convert_method(world, m, Arc::unwrap_or_clone(body), &mut new);
        for (id, b) in out {
            new_bodies.push((id, (Arc::new(b), src)));
        }
    }
    if !new.errors.is_empty() {
        return Err(new.errors);
    }
    bodies.extend(new_bodies);
    Ok(Some(rebuild(world, new)))
}

/// Where a lambda's method lives.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Placement {
    Static,
    Instance,
    Display(u32),
}

struct FnInfo {
    parent: Option<usize>,
    root_scope: u32,
    params: Vec<LocalId>,
    needs: BTreeSet<u32>,
    need_this: bool,
}

struct Analysis {
    fns: Vec<FnInfo>,
    scope_owner: HashMap<u32, usize>,
    captured: BTreeSet<LocalId>,
    captured_args: BTreeSet<u16>,
}

fn convert_method(
    world: &World,
    m: MethodId,
    body: Body,
    new: &mut NewSymbols,
) -> Vec<(MethodId, Body)> {
    let sym = world.method(m);
    let owner = world.ty(m.ty);
    let mut a = Analysis {
        fns: vec![FnInfo {
            parent: None,
            root_scope: 0,
            params: Vec::new(),
            needs: BTreeSet::new(),
            need_this: false,
        }],
        scope_owner: HashMap::from([(0, 0)]),
        captured: BTreeSet::new(),
        captured_args: BTreeSet::new(),
    };
    let mut stmts = body.stmts.clone();
    // Pass 1: functions and scope owners (lambdas numbered in walk order).
    let mut counter = 0usize;
    for s in &mut stmts {
        owners_stmt(s, 0, &mut a, &mut counter);
    }
    // Pass 2: captures and needs.
    let mut counter = 0usize;
    for s in &mut stmts {
        captures_stmt(s, 0, &body, &mut a, &mut counter);
    }
    let depth = |s: u32| {
        let mut d = 0;
        let mut cur = Some(s);
        while let Some(c) = cur {
            cur = body.scope_parents.get(c as usize).copied().flatten();
            d += 1;
        }
        d
    };
    // Display classes.
    let mut dc_scopes: BTreeSet<u32> = a
        .captured
        .iter()
        .map(|l| body.locals[l.0 as usize].scope)
        .collect();
    if !a.captured_args.is_empty() {
        dc_scopes.insert(0);
    }
    let placements: Vec<Placement> = a
        .fns
        .iter()
        .map(|f| match f.needs.iter().max_by_key(|s| depth(**s)) {
            Some(s) => Placement::Display(*s),
            None if f.need_this => Placement::Instance,
            None => Placement::Static,
        })
        .collect();
    let needs_this = !sym.is_static() && a.fns.iter().skip(1).any(|f| f.need_this);
    // Display classes are generic over the owner's parameters and then the method's:
    // `!!k` of the method is `!(nt + k)` inside them. Bodies are rewritten with the
    // outer instantiation (`!0.., !!0..`); lambdas moved into a display class are then
    // substituted into its own parameters.
    let nt = owner.generic_params.len() as u32;
    let nm = sym.generic_params.len() as u32;
    let type_args: Arc<[Ty]> = (0..nt).map(Ty::Var).chain((0..nm).map(Ty::MVar)).collect();
    let inner_vars: Vec<Ty> = (0..nt).map(Ty::Var).collect();
    let inner_mvars: Vec<Ty> = (nt..nt + nm).map(Ty::Var).collect();
    let inner = |t: &Ty| t.subst(&inner_vars, &inner_mvars);
    let dc_generics: Vec<GenericParamSym> = {
        let shell = &owner.generic_params;
        let resolved = &world.details(m.ty).generic_params;
        let mut g = if resolved.len() == shell.len() {
            resolved.clone()
        } else {
            shell.clone()
        };
        g.extend(sym.generic_params.iter().map(|p| GenericParamSym {
            constraints: p.constraints.iter().map(inner).collect(),
            ..p.clone()
        }));
        g
    };
    let mut dcs: BTreeMap<u32, Dc> = BTreeMap::new();
    for &s in &dc_scopes {
        let parent = {
            let mut cur = body.scope_parents.get(s as usize).copied().flatten();
            while let Some(c) = cur {
                if dc_scopes.contains(&c) {
                    break;
                }
                cur = body.scope_parents.get(c as usize).copied().flatten();
            }
            cur
        };
        let idx = new.base_count + new.types.len() as u32;
        let id = TypeId { asm: 0, idx };
        let ty = Ty::Named(id, type_args.clone());
        let mut details = TypeDetails {
            base: Some(Ty::Object),
            ..Default::default()
        };
        let mut fields = HashMap::new();
        let mut arg_fields = HashMap::new();
        for l in a
            .captured
            .iter()
            .filter(|l| body.locals[l.0 as usize].scope == s)
        {
            let sym_l = &body.locals[l.0 as usize];
            fields.insert(*l, details.fields.len() as u32);
            details.fields.push(FieldSym {
                name: sym_l.name.clone(),
                flags: field_flags::PUBLIC,
                ty: inner(&sym_l.ty),
                constant: None,
                rid: 0,
            });
        }
        if s == 0 {
            let first = u16::from(!sym.is_static());
            for &n in &a.captured_args {
                let p = &sym.params[(n - first) as usize];
                arg_fields.insert(n, details.fields.len() as u32);
                details.fields.push(FieldSym {
                    name: p.name.clone(),
                    flags: field_flags::PUBLIC,
                    ty: inner(&p.ty),
                    constant: None,
                    rid: 0,
                });
            }
        }
        let parent_field = parent.map(|p| {
            let i = details.fields.len() as u32;
            let pty = dcs.get(&p).map(|d: &Dc| d.ty.clone()).unwrap_or(Ty::Object);
            details.fields.push(FieldSym {
                name: format!("<>8__locals{p}"),
                flags: field_flags::PUBLIC,
                ty: inner(&pty),
                constant: None,
                rid: 0,
            });
            i
        });
        let this_field = (parent.is_none() && needs_this).then(|| {
            let i = details.fields.len() as u32;
            let self_ty = Ty::Named(m.ty, inner_vars.iter().cloned().collect());
            details.fields.push(FieldSym {
                name: "<>4__this".into(),
                flags: field_flags::PUBLIC,
                ty: self_ty,
                constant: None,
                rid: 0,
            });
            i
        });
        details.methods.push(MethodSym::new(
            ".ctor",
            method_flags::PUBLIC
                | method_flags::HIDE_BY_SIG
                | method_flags::SPECIAL_NAME
                | method_flags::RT_SPECIAL_NAME,
            Ty::Void,
            Vec::new(),
        ));
        let name = format!("<>c__DisplayClass{}_{}", m.idx, s);
        new.types.push((m.ty, name, details, dc_generics.clone()));
        dcs.insert(
            s,
            Dc {
                id,
                ty,
                fields,
                arg_fields,
                parent,
                parent_field,
                this_field,
            },
        );
    }
    let cx = Cx {
        world,
        m,
        sym: &sym,
        body: &body,
        a: &a,
        dcs: &dcs,
        placements: &placements,
        type_args: type_args.clone(),
        owner_args: inner_vars.iter().cloned().collect(),
    };
    let mut out = Vec::new();
    // Lambda methods get their ids before any body is rewritten.
    let mut lambda_methods: Vec<MethodId> = Vec::new();
    for (i, f) in a.fns.iter().enumerate().skip(1) {
        let _ = f;
        let (ty, list_len) = match placements[i] {
            Placement::Display(s) => {
                let dc = &dcs[&s];
                let k = dc.id.idx - new.base_count;
                (dc.id, new.types[k as usize].2.methods.len())
            }
            _ => (
                m.ty,
                world.details(m.ty).methods.len()
                    + new.added_methods.get(&m.ty.idx).map_or(0, Vec::len),
            ),
        };
        let placeholder = MethodSym::new(String::new(), 0, Ty::Void, Vec::new());
        match placements[i] {
            Placement::Display(s) => {
                let k = dcs[&s].id.idx - new.base_count;
                new.types[k as usize].2.methods.push(placeholder);
            }
            _ => new
                .added_methods
                .entry(m.ty.idx)
                .or_default()
                .push(placeholder),
        }
        lambda_methods.push(MethodId {
            ty,
            idx: list_len as u32,
        });
    }
    let mut f0 = body.clone();
    let mut rw = Rewriter {
        cx: &cx,
        fn_idx: 0,
        local_map: None,
        env: HashMap::new(),
        new_locals: Vec::new(),
        lambda_methods: &lambda_methods,
        counter: 0,
        produced: Vec::new(),
    };
    let mut stmts = body.stmts.clone();
    for s in &mut stmts {
        rw.stmt(s);
    }
    let mut prologue = Vec::new();
    if dcs.contains_key(&0) {
        prologue.push(rw.scope_start(0));
    }
    prologue.extend(stmts);
    f0.stmts = prologue;
    f0.has_lambdas = false;
    f0.locals.append(&mut rw.new_locals);
    let produced = std::mem::take(&mut rw.produced);
    out.push((m, f0));
    // Lambda methods: symbols and bodies.
    for (i, lambda, mut lbody) in produced {
        let id = lambda_methods[i - 1];
        let info = &a.fns[i];
        let in_display = matches!(placements[i], Placement::Display(_));
        if in_display && nm > 0 {
            subst_body(&mut lbody, &inner_vars, &inner_mvars);
        }
        let place = |t: &Ty| if in_display { inner(t) } else { t.clone() };
        let params: Vec<ParamSym> = info
            .params
            .iter()
            .map(|p| ParamSym {
                name: body.locals[p.0 as usize].name.clone(),
                ty: place(&body.locals[p.0 as usize].ty),
                mode: ParamMode::Value,
                is_params: false,
                default: None,
            })
            .collect();
        let is_static = placements[i] == Placement::Static;
        let msym = MethodSym {
            name: format!(
                "<{}>b__{}_{}",
                sym.name.trim_start_matches('.'),
                m.idx,
                i - 1
            ),
            flags: (if matches!(placements[i], Placement::Display(_)) {
                method_flags::ASSEMBLY
            } else {
                method_flags::PRIVATE
            }) | method_flags::HIDE_BY_SIG
                | if is_static { method_flags::STATIC } else { 0 },
            impl_flags: 0,
            generic_params: if matches!(placements[i], Placement::Display(_)) {
                Vec::new()
            } else {
                sym.generic_params.clone()
            },
            ret: place(&lambda.ret),
            params,
            rid: 0,
        };
        match placements[i] {
            Placement::Display(s) => {
                let k = dcs[&s].id.idx - new.base_count;
                new.types[k as usize].2.methods[id.idx as usize] = msym;
            }
            _ => {
                let base = world.details(m.ty).methods.len();
                if let Some(list) = new.added_methods.get_mut(&m.ty.idx) {
                    list[id.idx as usize - base] = msym;
                }
            }
        }
        out.push((id, lbody));
    }
    // Display class constructors.
    for dc in dcs.values() {
        let object_ctor = world.well_known("System", "Object").and_then(|o| {
            let d = world.details(o);
            d.methods
                .iter()
                .position(|mm| mm.is_ctor() && mm.params.is_empty())
                .map(|i| MethodRef {
                    id: MethodId {
                        ty: o,
                        idx: i as u32,
                    },
                    type_args: Arc::from([]),
                    method_args: Arc::from([]),
                })
        });
        let mut b = Body::default();
        if let Some(c) = object_ctor {
            b.stmts.push(Stmt::Expr(Expr::new(
                ExprKind::call(
                    Some(Box::new(Expr::new(ExprKind::Base, Ty::Object))),
                    c,
                    Vec::new(),
                    false,
                ),
                Ty::Void,
            )));
        }
        out.push((MethodId { ty: dc.id, idx: 0 }, b));
    }
    out
}

struct Dc {
    id: TypeId,
    ty: Ty,
    fields: HashMap<LocalId, u32>,
    arg_fields: HashMap<u16, u32>,
    parent: Option<u32>,
    parent_field: Option<u32>,
    this_field: Option<u32>,
}

fn owners_stmt(s: &mut Stmt, f: usize, a: &mut Analysis, counter: &mut usize) {
    if let Stmt::ScopeStart(sc) = s {
        a.scope_owner.insert(*sc, f);
    }
    stmt_children_mut(s, &mut |c| match c {
        Child::Expr(e) => owners_expr(e, f, a, counter),
        Child::Stmt(st) => owners_stmt(st, f, a, counter),
    });
}

fn owners_expr(e: &mut Expr, f: usize, a: &mut Analysis, counter: &mut usize) {
    if let ExprKind::Lambda(l) = &mut e.kind {
        *counter += 1;
        let idx = a.fns.len();
        a.fns.push(FnInfo {
            parent: Some(f),
            root_scope: l.scope,
            params: l.params.clone(),
            needs: BTreeSet::new(),
            need_this: false,
        });
        a.scope_owner.insert(l.scope, idx);
        for st in &mut l.body {
            owners_stmt(st, idx, a, counter);
        }
        return;
    }
    children_mut(e, &mut |c| match c {
        Child::Expr(x) => owners_expr(x, f, a, counter),
        Child::Stmt(st) => owners_stmt(st, f, a, counter),
    });
}

/// The lambda functions numbered in the same walk order as `owners_*`.
fn captures_stmt(s: &mut Stmt, f: usize, body: &Body, a: &mut Analysis, counter: &mut usize) {
    stmt_children_mut(s, &mut |c| match c {
        Child::Expr(e) => captures_expr(e, f, body, a, counter),
        Child::Stmt(st) => captures_stmt(st, f, body, a, counter),
    });
}

fn captures_expr(e: &mut Expr, f: usize, body: &Body, a: &mut Analysis, counter: &mut usize) {
    match &mut e.kind {
        ExprKind::Lambda(l) => {
            *counter += 1;
            let idx = *counter;
            for st in &mut l.body {
                captures_stmt(st, idx, body, a, counter);
            }
            return;
        }
        ExprKind::Local(id) => {
            let scope = body.locals.get(id.0 as usize).map_or(0, |l| l.scope);
            let owner = a.scope_owner.get(&scope).copied().unwrap_or(0);
            if owner != f {
                a.captured.insert(*id);
                let mut cur = Some(f);
                while let Some(c) = cur {
                    if c == owner {
                        break;
                    }
                    a.fns[c].needs.insert(scope);
                    cur = a.fns[c].parent;
                }
            }
        }
        ExprKind::Arg(n) if f != 0 => {
            a.captured_args.insert(*n);
            let mut cur = Some(f);
            while let Some(c) = cur.filter(|c| *c != 0) {
                a.fns[c].needs.insert(0);
                cur = a.fns[c].parent;
            }
        }
        ExprKind::This | ExprKind::Base if f != 0 => {
            let mut cur = Some(f);
            while let Some(c) = cur.filter(|c| *c != 0) {
                a.fns[c].need_this = true;
                cur = a.fns[c].parent;
            }
        }
        _ => {}
    }
    children_mut(e, &mut |c| match c {
        Child::Expr(x) => captures_expr(x, f, body, a, counter),
        Child::Stmt(st) => captures_stmt(st, f, body, a, counter),
    });
}

struct Cx<'a> {
    world: &'a World,
    m: MethodId,
    sym: &'a MethodSym,
    body: &'a Body,
    a: &'a Analysis,
    dcs: &'a BTreeMap<u32, Dc>,
    placements: &'a [Placement],
    /// The display classes' instantiation in the method (`!0.., !!0..`).
    type_args: Arc<[Ty]>,
    /// The owner's own (`!0..`).
    owner_args: Arc<[Ty]>,
}

struct Rewriter<'c, 'a> {
    cx: &'c Cx<'a>,
    fn_idx: usize,
    /// Old local → new local (lambda bodies); `None` keeps numbering (the method).
    local_map: Option<HashMap<LocalId, LocalId>>,
    /// Display-class instances held by this function, by scope.
    env: HashMap<u32, LocalId>,
    /// Locals this function adds (environments; appended to its table).
    new_locals: Vec<crate::ir::LocalSym>,
    lambda_methods: &'c [MethodId],
    counter: usize,
    /// Rewritten lambdas: (function index, lambda, body).
    produced: Vec<(usize, Lambda, Body)>,
}
