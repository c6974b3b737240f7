//! Iterator lowering: a method whose body `yield`s becomes a *kickoff* that creates an
//! instance of a generated nested class `<M>d__N` and returns it. The class implements
//! `IEnumerable<T>` and `IEnumerable` (enumerable iterators only), `IEnumerator<T>`,
//! `IDisposable` and `IEnumerator` with explicit implementations, as csc lays it out:
//!
//! - fields: `<>1__state`, `<>2__current`, `<>4__this` (instance methods), one per
//!   parameter (and `<>3__p`, the value `GetEnumerator` copies, for enumerables), and
//!   one per local the body keeps across `yield`s (every local but those of lambdas and
//!   `catch` clauses, which never live across one);
//! - `MoveNext`: the body as a state machine (`machine`): state 0 starts, `k > 0` resumes
//!   after the k-th `yield return`, `-1` is running or finished, `-2` an enumerable no
//!   enumerator was taken from yet, and each `try` that holds a `yield` has its own
//!   negative state while it runs;
//! - `<>m__FinallyN`: each such `try`'s `finally` body, run by `MoveNext` when the `try`
//!   exits for any reason but a suspension, and by `Dispose` for a suspended enumerator;
//! - `Current` (both), `Reset` (throws `NotSupportedException`), `GetEnumerator` (both;
//!   the object itself the first time, else a fresh copy).
//!
//! Generic methods: the class is generic over the owner's parameters and then the
//! method's, as display classes are. Runs before closure conversion, so a lambda that
//! uses a hoisted local reads the iterator's field through `this`.

mod machine;

use super::{NewSymbols, rebuild};
use crate::constant::ConstValue;
use crate::emit::module::BodySource;
use crate::ir::visit::subst_body;
use crate::ir::{Body, CmpOp, Expr, ExprKind, FieldRef, IteratorKind, LocalSym, MethodRef, Stmt};
use crate::lower::closures::Bodies;
use crate::symbols::{
    FieldId, FieldSym, GenericParamSym, MethodId, MethodSym, ParamMode, ParamSym, TypeDetails,
    World, field_flags, method_flags as mf,
};
use crate::types::{Ty, TypeId};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Lowers every iterator body in `bodies`, adding the explicit interface implementations
/// to `impls`; returns the world with the new classes (`None`: no iterators).
pub fn convert(
    world: &World,
    bodies: &mut Bodies,
    impls: &mut Vec<(MethodId, MethodRef)>,
) -> Result<Option<World>, Vec<String>> {
    let mut iterators: Vec<MethodId> = bodies
        .iter()
        .filter(|(_, (b, _))| b.iterator.is_some())
        .map(|(m, _)| *m)
        .collect();
    if iterators.is_empty() {
        return Ok(None);
    }
    iterators.sort();
    let mut new = NewSymbols {
        types: Vec::new(),
        added_methods: BTreeMap::new(),
        base_count: world.asms[0].types.len() as u32,
        errors: Vec::new(),
    };
    let mut produced = Vec::new();
    for m in iterators {
        let Some((body, src)) = bodies.remove(&m) else {
            continue;
        };
        match Lowering::new(world, m, &body, &new) {
            Ok(l) => l.run(
                Arc::unwrap_or_clone(body),
                src,
                &mut new,
                impls,
                &mut produced,
            ),
            Err(e) => new.errors.push(e),
        }
    }
    if !new.errors.is_empty() {
        return Err(new.errors);
    }
    bodies.extend(
        produced
            .into_iter()
            .map(|(m, (b, src))| (m, (Arc::new(b), src))),
    );
    Ok(Some(rebuild(world, new)))
}

/// The corlib members an iterator class implements.
struct Corlib {
    ienumerable_t: TypeId,
    ienumerable: TypeId,
    ienumerator_t: TypeId,
    ienumerator: TypeId,
    idisposable: TypeId,
    not_supported_ctor: MethodId,
    object_ctor: MethodId,
}

impl Corlib {
    fn find(world: &World) -> Result<Corlib, String> {
        let ty = |ns: &str, name: &str| {
            world
                .well_known(ns, name)
                .ok_or_else(|| format!("iterators need {ns}.{name} in the referenced corlib"))
        };
        let ctor = |t: TypeId, params: usize| {
            world
                .details(t)
                .methods
                .iter()
                .position(|m| m.name == ".ctor" && m.params.len() == params)
                .map(|i| MethodId {
                    ty: t,
                    idx: i as u32,
                })
                .ok_or_else(|| "iterators need parameterless constructors in corlib".to_owned())
        };
        let not_supported = ty("System", "NotSupportedException")?;
        let object = ty("System", "Object")?;
        Ok(Corlib {
            ienumerable_t: ty("System.Collections.Generic", "IEnumerable`1")?,
            ienumerable: ty("System.Collections", "IEnumerable")?,
            ienumerator_t: ty("System.Collections.Generic", "IEnumerator`1")?,
            ienumerator: ty("System.Collections", "IEnumerator")?,
            idisposable: ty("System", "IDisposable")?,
            not_supported_ctor: ctor(not_supported, 0)?,
            object_ctor: ctor(object, 0)?,
        })
    }

    /// An interface method by name, instantiated.
    fn method(&self, world: &World, iface: TypeId, name: &str, args: &[Ty]) -> MethodRef {
        let idx = world
            .details(iface)
            .methods
            .iter()
            .position(|m| m.name == name)
            .unwrap_or(0);
        MethodRef {
            id: MethodId {
                ty: iface,
                idx: idx as u32,
            },
            type_args: Arc::from(args),
            method_args: Arc::from([]),
        }
    }
}

/// Where things live in the generated class.
pub(super) struct Layout {
    pub(super) class: TypeId,
    /// The class instantiated inside itself (`!0..`).
    pub(super) self_ty: Ty,
    pub(super) self_args: Arc<[Ty]>,
    pub(super) state: u32,
    pub(super) current: u32,
    pub(super) this_field: Option<u32>,
    /// Per parameter: the working field, and the original (`<>3__p`, enumerables).
    pub(super) params: Vec<(u32, Option<u32>)>,
    pub(super) locals: HashMap<crate::ir::LocalId, u32>,
    pub(super) element: Ty,
    /// The declaring type's `this` type inside the class.
    pub(super) owner_ty: Ty,
}

impl Layout {
    pub(super) fn this(&self) -> Expr {
        Expr::new(ExprKind::This, self.self_ty.clone())
    }

    pub(super) fn field_of(&self, receiver: Expr, idx: u32, ty: Ty) -> Expr {
        Expr::new(
            ExprKind::Field {
                receiver: Some(Box::new(receiver)),
                field: Box::new(FieldRef {
                    id: FieldId {
                        ty: self.class,
                        idx,
                    },
                    type_args: self.self_args.clone(),
                }),
            },
            ty,
        )
    }

    pub(super) fn state(&self) -> Expr {
        self.field_of(self.this(), self.state, Ty::I4)
    }

    pub(super) fn set_state(&self, v: i32) -> Stmt {
        assign(self.state(), i4(v))
    }
}

pub(super) fn i4(v: i32) -> Expr {
    Expr::constant(ConstValue::I4(v), Ty::I4)
}

pub(super) fn assign(target: Expr, value: Expr) -> Stmt {
    Stmt::Expr(Expr::new(
        ExprKind::Assign {
            target: Box::new(target),
            value: Box::new(value),
        },
        Ty::Void,
    ))
}

pub(super) fn call(receiver: Option<Expr>, method: MethodRef, args: Vec<Expr>, ret: Ty) -> Expr {
    Expr::new(
        ExprKind::call(receiver.map(Box::new), method, args, false),
        ret,
    )
}

pub(super) fn compare(op: CmpOp, left: Expr, right: Expr) -> Expr {
    Expr::new(
        ExprKind::Compare {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        Ty::Bool,
    )
}

/// One iterator method being lowered.
struct Lowering<'w> {
    world: &'w World,
    m: MethodId,
    sym: MethodSym,
    kind: IteratorKind,
    corlib: Corlib,
    layout: Layout,
    details: TypeDetails,
    /// `!!k` of the method → `!(nt + k)` of the class.
    inner_vars: Vec<Ty>,
    inner_mvars: Vec<Ty>,
    /// The class instantiated in the method (`!0.., !!0..`).
    outer_args: Arc<[Ty]>,
    generics: Vec<GenericParamSym>,
}

impl<'w> Lowering<'w> {
    fn new(
        world: &'w World,
        m: MethodId,
        body: &Body,
        new: &NewSymbols,
    ) -> Result<Lowering<'w>, String> {
        let sym = world.method(m);
        let owner = world.ty(m.ty);
        let kind = body.iterator.clone().unwrap_or(IteratorKind {
            element: Ty::Object,
            enumerable: true,
        });
        let corlib = Corlib::find(world)?;
        let nt = owner.generic_params.len() as u32;
        let nm = sym.generic_params.len() as u32;
        let inner_vars: Vec<Ty> = (0..nt).map(Ty::Var).collect();
        let inner_mvars: Vec<Ty> = (nt..nt + nm).map(Ty::Var).collect();
        let inner = |t: &Ty| t.subst(&inner_vars, &inner_mvars);
        let outer_args: Arc<[Ty]> = (0..nt).map(Ty::Var).chain((0..nm).map(Ty::MVar)).collect();
        let self_args: Arc<[Ty]> = (0..nt + nm).map(Ty::Var).collect();
        let mut generics = {
            let resolved = &world.details(m.ty).generic_params;
            if resolved.len() == owner.generic_params.len() {
                resolved.clone()
            } else {
                owner.generic_params.clone()
            }
        };
        generics.extend(sym.generic_params.iter().map(|p| GenericParamSym {
            constraints: p.constraints.iter().map(inner).collect(),
            ..p.clone()
        }));
        let class = TypeId {
            asm: 0,
            idx: new.base_count + new.types.len() as u32,
        };
        let element = inner(&kind.element);
        let owner_ty = Ty::Named(m.ty, inner_vars.iter().cloned().collect());
        let mut details = TypeDetails {
            base: Some(Ty::Object),
            ..TypeDetails::default()
        };
        let generic = |t: TypeId| Ty::Named(t, Arc::from([element.clone()]));
        if kind.enumerable {
            details.interfaces.push(generic(corlib.ienumerable_t));
            details.interfaces.push(Ty::named(corlib.ienumerable));
        }
        details.interfaces.push(generic(corlib.ienumerator_t));
        details.interfaces.push(Ty::named(corlib.idisposable));
        details.interfaces.push(Ty::named(corlib.ienumerator));
        let add_field = |d: &mut TypeDetails, name: String, ty: Ty| {
            d.fields.push(FieldSym {
                name,
                flags: field_flags::PUBLIC,
                ty,
                constant: None,
                rid: 0,
            });
            (d.fields.len() - 1) as u32
        };
        let state = add_field(&mut details, "<>1__state".into(), Ty::I4);
        let current = add_field(&mut details, "<>2__current".into(), element.clone());
        let this_field = (!sym.is_static())
            .then(|| add_field(&mut details, "<>4__this".into(), owner_ty.clone()));
        let params = sym
            .params
            .iter()
            .map(|p| {
                let work = add_field(&mut details, p.name.clone(), inner(&p.ty));
                let original = kind
                    .enumerable
                    .then(|| add_field(&mut details, format!("<>3__{}", p.name), inner(&p.ty)));
                (work, original)
            })
            .collect();
        let mut locals = HashMap::new();
        for (i, l) in machine::hoisted_locals(body).into_iter().enumerate() {
            let sym_l = &body.locals[l.0 as usize];
            let name = format!("<{}>5__{}", sym_l.name, i + 1);
            locals.insert(l, add_field(&mut details, name, inner(&sym_l.ty)));
        }
        Ok(Lowering {
            world,
            m,
            sym,
            kind,
            corlib,
            layout: Layout {
                class,
                self_ty: Ty::Named(class, self_args.clone()),
                self_args,
                state,
                current,
                this_field,
                params,
                locals,
                element,
                owner_ty,
            },
            details,
            inner_vars,
            inner_mvars,
            outer_args,
            generics,
        })
    }

    /// Adds a method to the class; returns its id.
    fn add_method(&mut self, name: &str, flags: u16, ret: Ty, params: Vec<ParamSym>) -> MethodId {
        self.details
            .methods
            .push(MethodSym::new(name, flags, ret, params));
        MethodId {
            ty: self.layout.class,
            idx: (self.details.methods.len() - 1) as u32,
        }
    }

    fn self_ref(&self, id: MethodId) -> MethodRef {
        MethodRef {
            id,
            type_args: self.layout.self_args.clone(),
            method_args: Arc::from([]),
        }
    }

    fn run(
        mut self,
        body: Body,
        src: BodySource,
        new: &mut NewSymbols,
        impls: &mut Vec<(MethodId, MethodRef)>,
        produced: &mut Vec<(MethodId, (Body, BodySource))>,
    ) {
        let explicit = mf::PRIVATE | mf::FINAL | mf::VIRTUAL | mf::NEW_SLOT | mf::HIDE_BY_SIG;
        let ctor = self.add_method(
            ".ctor",
            mf::PUBLIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | mf::RT_SPECIAL_NAME,
            Ty::Void,
            vec![ParamSym {
                name: "<>1__state".into(),
                ty: Ty::I4,
                mode: ParamMode::Value,
                is_params: false,
                default: None,
            }],
        );
        let dispose = self.add_method("System.IDisposable.Dispose", explicit, Ty::Void, Vec::new());
        let move_next = self.add_method("MoveNext", explicit, Ty::Bool, Vec::new());
        let elem = self.layout.element.clone();
        let current_t = self.add_method(
            &format!(
                "System.Collections.Generic.IEnumerator<{}>.get_Current",
                display_name(self.world, &self.generics, &elem)
            ),
            explicit | mf::SPECIAL_NAME,
            elem.clone(),
            Vec::new(),
        );
        let reset = self.add_method(
            "System.Collections.IEnumerator.Reset",
            explicit,
            Ty::Void,
            Vec::new(),
        );
        let current = self.add_method(
            "System.Collections.IEnumerator.get_Current",
            explicit | mf::SPECIAL_NAME,
            Ty::Object,
            Vec::new(),
        );
        let ienumerator_t = Ty::Named(self.corlib.ienumerator_t, Arc::from([elem.clone()]));
        let get_enum = self.kind.enumerable.then(|| {
            let g = self.add_method(
                &format!(
                    "System.Collections.Generic.IEnumerable<{}>.GetEnumerator",
                    display_name(self.world, &self.generics, &elem)
                ),
                explicit,
                ienumerator_t.clone(),
                Vec::new(),
            );
            let n = self.add_method(
                "System.Collections.IEnumerable.GetEnumerator",
                explicit,
                Ty::named(self.corlib.ienumerator),
                Vec::new(),
            );
            (g, n)
        });
        // The state machine and its finally methods.
        let mut work = body.clone();
        if !self.inner_mvars.is_empty() {
            subst_body(&mut work, &self.inner_vars, &self.inner_mvars);
        }
        let first_finally = self.details.methods.len() as u32;
        let machine = machine::build(&self.layout, &work, first_finally, self.sym.is_static());
        for f in &machine.finallies {
            self.add_method(&f.name, mf::PRIVATE | mf::HIDE_BY_SIG, Ty::Void, Vec::new());
        }
        let locals: Vec<LocalSym> = work.locals.clone();
        let class_body = |stmts: Vec<Stmt>, locals: Vec<LocalSym>, label_count: u32| Body {
            locals,
            stmts,
            label_count,
            scope_parents: vec![None],
            iterator: None,
            has_lambdas: false,
        };
        let mut out: Vec<(MethodId, Body)> = Vec::new();
        // .ctor(state): object's constructor, then the state.
        let object_ctor = MethodRef {
            id: self.corlib.object_ctor,
            type_args: Arc::from([]),
            method_args: Arc::from([]),
        };
        out.push((
            ctor,
            class_body(
                vec![
                    Stmt::Expr(call(
                        Some(self.layout.this()),
                        object_ctor,
                        Vec::new(),
                        Ty::Void,
                    )),
                    assign(self.layout.state(), Expr::new(ExprKind::Arg(1), Ty::I4)),
                    Stmt::Return(None),
                ],
                Vec::new(),
                0,
            ),
        ));
        out.push((
            move_next,
            Body {
                stmts: machine.move_next,
                label_count: machine.label_count,
                scope_parents: work.scope_parents.clone(),
                locals: locals.clone(),
                iterator: None,
                has_lambdas: work.has_lambdas,
            },
        ));
        for (i, f) in machine.finallies.into_iter().enumerate() {
            let id = MethodId {
                ty: self.layout.class,
                idx: first_finally + i as u32,
            };
            out.push((
                id,
                Body {
                    stmts: f.body,
                    label_count: machine.label_count,
                    scope_parents: work.scope_parents.clone(),
                    locals: locals.clone(),
                    iterator: None,
                    has_lambdas: work.has_lambdas,
                },
            ));
        }
        let dispose_stmts = machine::dispose(&self.layout, &machine.resumes, |i| {
            self.self_ref(MethodId {
                ty: self.layout.class,
                idx: first_finally + i as u32,
            })
        });
        out.push((
            dispose,
            class_body(dispose_stmts.0, Vec::new(), dispose_stmts.1),
        ));
        let cur = self
            .layout
            .field_of(self.layout.this(), self.layout.current, elem.clone());
        out.push((
            current_t,
            class_body(vec![Stmt::Return(Some(cur.clone()))], Vec::new(), 0),
        ));
        let boxed = if self.world.is_reference_type(&elem) && !matches!(elem, Ty::Var(_)) {
            Expr::new(ExprKind::Nop(Box::new(cur)), Ty::Object)
        } else {
            Expr::new(ExprKind::Box(Box::new(cur)), Ty::Object)
        };
        out.push((
            current,
            class_body(vec![Stmt::Return(Some(boxed))], Vec::new(), 0),
        ));
        let not_supported = MethodRef {
            id: self.corlib.not_supported_ctor,
            type_args: Arc::from([]),
            method_args: Arc::from([]),
        };
        let thrown = Expr::new(
            ExprKind::NewObject {
                ctor: Box::new(not_supported),
                args: Vec::new(),
            },
            Ty::named(self.corlib.not_supported_ctor.ty),
        );
        out.push((
            reset,
            class_body(vec![Stmt::Throw(Some(thrown))], Vec::new(), 0),
        ));
        if let Some((g, n)) = get_enum {
            out.push((g, self.get_enumerator(ctor, ienumerator_t.clone())));
            let inner_call = call(
                Some(self.layout.this()),
                self.self_ref(g),
                Vec::new(),
                ienumerator_t.clone(),
            );
            let as_plain = Expr::new(
                ExprKind::Nop(Box::new(inner_call)),
                Ty::named(self.corlib.ienumerator),
            );
            out.push((
                n,
                class_body(vec![Stmt::Return(Some(as_plain))], Vec::new(), 0),
            ));
        }
        // Explicit implementations.
        let c = &self.corlib;
        let w = self.world;
        let e1 = [elem.clone()];
        impls.push((dispose, c.method(w, c.idisposable, "Dispose", &[])));
        impls.push((move_next, c.method(w, c.ienumerator, "MoveNext", &[])));
        impls.push((current_t, c.method(w, c.ienumerator_t, "get_Current", &e1)));
        impls.push((reset, c.method(w, c.ienumerator, "Reset", &[])));
        impls.push((current, c.method(w, c.ienumerator, "get_Current", &[])));
        if let Some((g, n)) = get_enum {
            impls.push((g, c.method(w, c.ienumerable_t, "GetEnumerator", &e1)));
            impls.push((n, c.method(w, c.ienumerable, "GetEnumerator", &[])));
        }
        // The kickoff replaces the method's body.
        let kickoff = self.kickoff(ctor);
        produced.push((self.m, (kickoff, src)));
        for (id, b) in out {
            produced.push((id, (b, src)));
        }
        let name = format!(
            "<{}>d__{}",
            self.sym.name.trim_start_matches('.'),
            self.m.idx
        );
        new.types
            .push((self.m.ty, name, self.details, self.generics));
    }

    /// `new <M>d__N(-2 or 0)`, parameters (and `this`) stored, returned.
    fn kickoff(&self, ctor: MethodId) -> Body {
        let cls = Ty::Named(self.layout.class, self.outer_args.clone());
        let mut body = Body {
            scope_parents: vec![None],
            ..Body::default()
        };
        let d = body.new_local("<d>", cls.clone(), true);
        let local = || Expr::new(ExprKind::Local(d), cls.clone());
        let field = |idx: u32, ty: Ty| {
            Expr::new(
                ExprKind::Field {
                    receiver: Some(Box::new(local())),
                    field: Box::new(FieldRef {
                        id: FieldId {
                            ty: self.layout.class,
                            idx,
                        },
                        type_args: self.outer_args.clone(),
                    }),
                },
                ty,
            )
        };
        let start = if self.kind.enumerable { -2 } else { 0 };
        let created = Expr::new(
            ExprKind::NewObject {
                ctor: Box::new(MethodRef {
                    id: ctor,
                    type_args: self.outer_args.clone(),
                    method_args: Arc::from([]),
                }),
                args: vec![i4(start)],
            },
            cls.clone(),
        );
        let mut stmts = vec![assign(local(), created)];
        let instance = !self.sym.is_static();
        if let Some(f) = self.layout.this_field {
            let owner = self.world.ty(self.m.ty);
            let this_ty = Ty::Named(
                self.m.ty,
                (0..owner.generic_params.len() as u32)
                    .map(Ty::Var)
                    .collect(),
            );
            stmts.push(assign(
                field(f, this_ty.clone()),
                Expr::new(ExprKind::This, this_ty),
            ));
        }
        for (i, (work, original)) in self.layout.params.iter().enumerate() {
            let ty = self.sym.params[i].ty.clone();
            let arg = Expr::new(ExprKind::Arg(i as u16 + u16::from(instance)), ty.clone());
            stmts.push(assign(field(original.unwrap_or(*work), ty), arg));
        }
        stmts.push(Stmt::Return(Some(Expr::new(
            ExprKind::Nop(Box::new(local())),
            self.sym.ret.clone(),
        ))));
        body.stmts = stmts;
        body
    }

    /// `GetEnumerator()`: this object the first time (state -2), else a new one; the
    /// parameters copied from their originals either way.
    fn get_enumerator(&self, ctor: MethodId, ret: Ty) -> Body {
        let l = &self.layout;
        let mut body = Body {
            scope_parents: vec![None],
            ..Body::default()
        };
        let r = body.new_local("<r>", l.self_ty.clone(), true);
        let local = || Expr::new(ExprKind::Local(r), l.self_ty.clone());
        let fresh = Expr::new(
            ExprKind::NewObject {
                ctor: Box::new(self.self_ref(ctor)),
                args: vec![i4(0)],
            },
            l.self_ty.clone(),
        );
        let mut otherwise = vec![assign(local(), fresh)];
        if let Some(f) = l.this_field {
            otherwise.push(assign(
                l.field_of(local(), f, l.owner_ty.clone()),
                l.field_of(l.this(), f, l.owner_ty.clone()),
            ));
        }
        let mut stmts = vec![Stmt::If {
            condition: compare(CmpOp::Eq, l.state(), i4(-2)).boxed(),
            then: Box::new(Stmt::Block(vec![l.set_state(0), assign(local(), l.this())])),
            otherwise: Some(Box::new(Stmt::Block(otherwise))),
        }];
        for (work, original) in &l.params {
            let ty = self.details.fields[*work as usize].ty.clone();
            if let Some(o) = original {
                stmts.push(assign(
                    l.field_of(local(), *work, ty.clone()),
                    l.field_of(l.this(), *o, ty),
                ));
            }
        }
        stmts.push(Stmt::Return(Some(Expr::new(
            ExprKind::Nop(Box::new(local())),
            ret,
        ))));
        body.stmts = stmts;
        body
    }
}

/// How csc spells a type in an explicit implementation's name.
fn display_name(world: &World, generics: &[GenericParamSym], t: &Ty) -> String {
    match t {
        Ty::Var(n) => generics
            .get(*n as usize)
            .map_or_else(|| format!("T{n}"), |g| g.name.clone()),
        Ty::Named(id, args) => {
            let sym = world.ty(*id);
            let base = if sym.namespace.is_empty() {
                crate::symbols::strip_arity(&sym.name).to_owned()
            } else {
                format!(
                    "{}.{}",
                    sym.namespace,
                    crate::symbols::strip_arity(&sym.name)
                )
            };
            if args.is_empty() {
                base
            } else {
                let inner: Vec<String> = args
                    .iter()
                    .map(|a| display_name(world, generics, a))
                    .collect();
                format!("{base}<{}>", inner.join(","))
            }
        }
        other => match world.builtin_type_id(other) {
            Some(id) => display_name(world, generics, &Ty::named(id)),
            None => format!("{other:?}"),
        },
    }
}
