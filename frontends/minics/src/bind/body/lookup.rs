//! Name and member lookup. A simple name is a local or parameter, then a member of the
//! current type or its bases (then of enclosing types), then a type or namespace. A member
//! lookup walks the receiver's base chain (interfaces and their bases for interfaces,
//! constraints for type parameters) and stops at the first level that declares the name;
//! methods are collected from every level, overridden ones once.

use super::{BodyBinder, Var};
use crate::bind::scope::{Resolved, TypeResolver};
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind, FieldRef, MethodRef};
use frontend_core::source::TextRange;
use frontend_core::symbols::{FieldId, MethodId, ParamMode, field_flags, method_flags};
use frontend_core::types::{Ty, TypeId};
use std::sync::Arc;

/// What a name or member access denotes before it is used.
#[derive(Clone, Debug)]
pub enum Bound {
    Value(Expr),
    Type(Ty),
    Namespace(String),
    /// A method group: the receiver (`None` for a static or unqualified access), the
    /// candidates with their declaring type's instantiation, explicit type arguments.
    Methods {
        receiver: Option<Box<Expr>>,
        name: String,
        candidates: Vec<(MethodId, Arc<[Ty]>)>,
        type_args: Vec<Ty>,
        /// `base.M()`: call non-virtually.
        is_base: bool,
        /// Reached through a type name (static access only).
        through_type: bool,
    },
    /// Nothing (a diagnostic was reported).
    Error,
}

/// A member found by lookup.
#[derive(Clone)]
pub(crate) enum Member {
    Field(FieldId, Arc<[Ty]>),
    Property(TypeId, u32, Arc<[Ty]>),
    Event(TypeId, u32, Arc<[Ty]>),
    Methods(Vec<(MethodId, Arc<[Ty]>)>),
    NestedType(Ty),
}

impl BodyBinder<'_> {
    /// The types whose members `ty` has, most derived first, each instantiated.
    pub(crate) fn member_chain(&self, ty: &Ty) -> Vec<Ty> {
        match ty {
            Ty::Var(_) | Ty::MVar(_) => {
                let mut out = Vec::new();
                for c in self.constraints_of(ty) {
                    out.extend(self.member_chain(&c));
                }
                out.push(Ty::Object);
                out
            }
            t if self.world.is_interface(t) => {
                let mut out = vec![t.clone()];
                out.extend(self.world.all_interfaces(t));
                out.push(Ty::Object);
                out
            }
            t => self.world.base_chain(t),
        }
    }

    /// The constraint types of a generic parameter.
    pub(crate) fn constraints_of(&self, ty: &Ty) -> Vec<Ty> {
        self.generic_param_of(ty)
            .map(|g| g.constraints)
            .unwrap_or_default()
    }

    /// The declaration of a generic parameter of the type or method being bound.
    pub(crate) fn generic_param_of(
        &self,
        ty: &Ty,
    ) -> Option<frontend_core::symbols::GenericParamSym> {
        match ty {
            Ty::Var(n) => self.world.type_generic_param(self.type_id, *n),
            Ty::MVar(n) => self.method.generic_params.get(*n as usize).cloned(),
            _ => None,
        }
    }

    /// Finds `name` among the members of `ty` (memoized across bodies: `member_cache`).
    pub(crate) fn find_member(&self, ty: &Ty, name: &str) -> Option<Member> {
        super::member_cache::lookup(self.world, ty, name, || self.find_member_in(ty, name))
    }

    fn find_member_in(&self, ty: &Ty, name: &str) -> Option<Member> {
        let mut methods: Vec<(MethodId, Arc<[Ty]>)> = Vec::new();
        // The signatures of `methods` (parameter types instantiated, generic arity),
        // computed only once there are two candidates (most lookups find one).
        let mut seen_sigs: Vec<(Vec<Ty>, usize)> = Vec::new();
        let sig = |id: MethodId, args: &[Ty]| {
            let m = self.world.method_sym(id);
            let params: Vec<Ty> = m.params.iter().map(|p| p.ty.subst(args, &[])).collect();
            (params, m.generic_params.len())
        };
        for level in self.member_chain(ty) {
            let Some(id) = self.world.type_def_of(&level) else {
                continue;
            };
            let args: Arc<[Ty]> = level.type_args_shared();
            let d = self.world.details(id);
            let named = d.named(name);
            if methods.is_empty() {
                if let Some(i) = named.first_event() {
                    return Some(Member::Event(id, i, args));
                }
                if let Some(i) = named.first_field() {
                    return Some(Member::Field(FieldId { ty: id, idx: i }, args));
                }
                if let Some(i) = named.first_property() {
                    return Some(Member::Property(id, i, args));
                }
                if let Some(n) =
                    self.world.ty(id).nested.iter().find(|n| {
                        frontend_core::symbols::strip_arity(&self.world.ty(**n).name) == name
                    })
                {
                    return Some(Member::NestedType(self.world.normalize(*n, Arc::from([]))));
                }
            }
            for i in named.methods() {
                let mid = MethodId { ty: id, idx: i };
                if !methods.is_empty() {
                    // An override (or a hiding method with the same signature) was
                    // already found on a more derived level.
                    while seen_sigs.len() < methods.len() {
                        let (prev, prev_args) = &methods[seen_sigs.len()];
                        seen_sigs.push(sig(*prev, prev_args));
                    }
                    let key = sig(mid, &args);
                    if seen_sigs.contains(&key) {
                        continue;
                    }
                    seen_sigs.push(key);
                }
                methods.push((mid, args.clone()));
            }
        }
        (!methods.is_empty()).then_some(Member::Methods(methods))
    }

    /// Binds a member access on a value, a type or a namespace.
    pub(crate) fn member_access(
        &mut self,
        target: Bound,
        name: &str,
        type_args: Vec<Ty>,
        range: TextRange,
    ) -> Bound {
        self.member_access_at(target, name, type_args, range, range)
    }

    /// [`Self::member_access`] where `range` is the member's name and `whole` the access
    /// (`a.B`), which CS0176 and CS0120 through a type point at, as Roslyn does.
    pub(crate) fn member_access_at(
        &mut self,
        target: Bound,
        name: &str,
        type_args: Vec<Ty>,
        range: TextRange,
        whole: TextRange,
    ) -> Bound {
        match target {
            Bound::Error => Bound::Error,
            Bound::Namespace(ns) => {
                let r = TypeResolver {
                    world: self.world,
                    file: self.file,
                    scope: self.scope,
                    generics: &self.generics,
                    undeclared: None,
                };
                match r.member_type(&Resolved::Namespace(ns.clone()), name, type_args) {
                    Some(Resolved::Type(t)) => {
                        self.note(range, false, || {
                            Some(frontend_core::ide::refs::Target::Type(t.clone()))
                        });
                        Bound::Type(t)
                    }
                    Some(Resolved::Namespace(n)) => Bound::Namespace(n),
                    None => {
                        self.error(Code::CS0234, range, &[name, &ns]);
                        Bound::Error
                    }
                }
            }
            Bound::Type(ty) => {
                if ty.is_error() {
                    return Bound::Error;
                }
                match self.find_member(&ty, name) {
                    None => {
                        let shown = self.show(&ty);
                        self.error(Code::CS0117, range, &[&shown, name]);
                        Bound::Error
                    }
                    Some(m) => self.member_bound(None, m, name, type_args, (range, whole), true),
                }
            }
            Bound::Value(v) => {
                if v.ty.is_error() {
                    return Bound::Error;
                }
                let lookup_ty = match &v.ty {
                    Ty::Null => Ty::Object,
                    t => t.clone(),
                };
                match self.find_member(&lookup_ty, name) {
                    None => {
                        let shown = self.show(&v.ty);
                        self.error(Code::CS1061, range, &[&shown, name]);
                        Bound::Error
                    }
                    Some(m) => {
                        self.member_bound(Some(v), m, name, type_args, (range, whole), false)
                    }
                }
            }
            Bound::Methods { .. } => {
                self.error(Code::CS0119, range, &[name, "method", "type"]);
                Bound::Error
            }
        }
    }

    /// Turns a found member into a bound value or group.
    pub(crate) fn member_bound(
        &mut self,
        receiver: Option<Expr>,
        m: Member,
        name: &str,
        type_args: Vec<Ty>,
        (range, whole): (TextRange, TextRange),
        through_type: bool,
    ) -> Bound {
        let at = (range, whole);
        let is_base = matches!(receiver.as_ref().map(|r| &r.kind), Some(ExprKind::Base));
        self.note(range, false, || {
            use frontend_core::ide::refs::Target;
            Some(match &m {
                Member::Field(id, a) => Target::Field(*id, a.clone()),
                Member::Property(t, i, a) => Target::Property(*t, *i, a.clone()),
                Member::Event(t, i, a) => Target::Event(*t, *i, a.clone()),
                Member::NestedType(t) => Target::Type(t.clone()),
                // A method group: a call notes again the overload it picks.
                Member::Methods(c) => {
                    let (id, a) = c.first()?;
                    Target::Method(*id, a.clone())
                }
            })
        });
        match m {
            Member::NestedType(t) => Bound::Type(t),
            Member::Methods(candidates) => Bound::Methods {
                receiver: receiver.map(Box::new),
                name: name.to_owned(),
                candidates,
                type_args,
                is_base,
                through_type,
            },
            Member::Field(id, args) => {
                let f = &self.world.details_of(id.ty).fields[id.idx as usize];
                let ty = f.ty.subst(&args, &[]);
                let owner = self.world.normalize(id.ty, args.clone());
                if !self.accessible(id.ty, f.flags) {
                    let shown = format!("{}.{name}", self.show(&owner));
                    self.error(Code::CS0122, range, &[&shown]);
                }
                if let Some(c) = &f.constant {
                    if f.is_literal() {
                        return Bound::Value(Expr::constant(c.clone(), ty));
                    }
                }
                let receiver = self
                    .check_static(receiver, f.is_static(), (&owner, name), at, through_type)
                    .map(|r| match r.ty {
                        // A field through a class constraint: `box !T` first, as csc does.
                        Ty::Var(_) | Ty::MVar(_) => Expr::new(ExprKind::Box(Box::new(r)), owner),
                        _ => r,
                    });
                Bound::Value(Expr::new(
                    ExprKind::Field {
                        receiver: receiver.map(Box::new),
                        field: Box::new(FieldRef {
                            id,
                            type_args: args,
                        }),
                    },
                    ty,
                ))
            }
            Member::Property(ty_id, idx, args) => {
                let d = self.world.details(ty_id);
                let p = &d.properties[idx as usize];
                let accessor = |i: Option<u32>| {
                    i.map(|i| MethodRef {
                        id: MethodId { ty: ty_id, idx: i },
                        type_args: args.clone(),
                        method_args: Arc::from([]),
                    })
                };
                let getter = accessor(p.getter);
                let setter = accessor(p.setter);
                let any = p.getter.or(p.setter).map(|i| d.methods[i as usize].clone());
                let is_static = any.as_ref().is_some_and(|m| m.is_static());
                let is_virtual = any.as_ref().is_some_and(|m| m.is_virtual());
                let ty = p.ty.subst(&args, &[]);
                if !p.params.is_empty() {
                    // An indexer: only reachable through element access.
                    let shown = self.show(&ty);
                    self.error(Code::CS1061, range, &[&shown, name]);
                    return Bound::Error;
                }
                let owner = self.world.normalize(ty_id, args.clone());
                let receiver =
                    self.check_static(receiver, is_static, (&owner, name), at, through_type);
                let virtual_call = receiver.is_some()
                    && !is_base
                    && (is_virtual || self.needs_callvirt(receiver.as_ref()));
                Bound::Value(Expr::new(
                    ExprKind::Property(Box::new(frontend_core::ir::PropertyExpr {
                        receiver: receiver.map(Box::new),
                        getter,
                        setter,
                        args: Vec::new(),
                        virtual_call,
                    })),
                    ty,
                ))
            }
            Member::Event(ty_id, idx, args) => {
                let d = self.world.details(ty_id);
                let e = &d.events[idx as usize];
                let ty = e.ty.subst(&args, &[]);
                // Inside the declaring type a field-like event is its field.
                if let (Some(f), true) = (e.field, ty_id == self.type_id) {
                    let fsym = &d.fields[f as usize];
                    let owner = Ty::named(ty_id);
                    let receiver = self.check_static(
                        receiver,
                        fsym.is_static(),
                        (&owner, name),
                        at,
                        through_type,
                    );
                    return Bound::Value(Expr::new(
                        ExprKind::Field {
                            receiver: receiver.map(Box::new),
                            field: Box::new(FieldRef {
                                id: FieldId { ty: ty_id, idx: f },
                                type_args: args,
                            }),
                        },
                        ty,
                    ));
                }
                let m = |i: Option<u32>| {
                    i.map(|i| MethodRef {
                        id: MethodId { ty: ty_id, idx: i },
                        type_args: args.clone(),
                        method_args: Arc::from([]),
                    })
                };
                let is_static = e
                    .add
                    .map(|i| d.methods[i as usize].is_static())
                    .unwrap_or(false);
                let owner = self.world.normalize(ty_id, args.clone());
                let receiver =
                    self.check_static(receiver, is_static, (&owner, name), at, through_type);
                // Events are used only with += and -=: a property-like node whose
                // "getter" is add and "setter" remove (the assignment binder knows).
                Bound::Value(Expr::new(
                    ExprKind::Property(Box::new(frontend_core::ir::PropertyExpr {
                        receiver: receiver.map(Box::new),
                        getter: m(e.add),
                        setter: m(e.remove),
                        args: vec![Expr::new(
                            ExprKind::Const(frontend_core::constant::ConstValue::Null),
                            Ty::Null,
                        )],
                        virtual_call: true,
                    })),
                    ty,
                ))
            }
        }
    }

    /// Whether a call on this receiver needs `callvirt` (reference receivers get the null
    /// check, as csc emits).
    pub(crate) fn needs_callvirt(&self, receiver: Option<&Expr>) -> bool {
        match receiver {
            Some(r) => !self.world.is_value_type(&r.ty) && !matches!(r.kind, ExprKind::Base),
            None => false,
        }
    }

    /// Checks static-ness of a member against its access: CS0120 / CS0176. `member` is
    /// the owner and name messages show (`C.Count`, formatted only for a message);
    /// `range` its name, `whole` the access.
    fn check_static(
        &mut self,
        receiver: Option<Expr>,
        is_static: bool,
        (owner, name): (&Ty, &str),
        (range, whole): (TextRange, TextRange),
        through_type: bool,
    ) -> Option<Expr> {
        let shown = |b: &Self| format!("{}.{name}", b.show(owner));
        match (receiver, is_static) {
            (Some(_), true) => {
                let shown = shown(self);
                self.error(Code::CS0176, whole, &[&shown]);
                None
            }
            (Some(r), false) => Some(r),
            (None, true) => None,
            (None, false) => {
                if through_type {
                    let shown = shown(self);
                    self.error(Code::CS0120, whole, &[&shown]);
                    None
                } else if self.is_static() {
                    let shown = shown(self);
                    self.error(Code::CS0120, range, &[&shown]);
                    None
                } else {
                    Some(self.this_expr())
                }
            }
        }
    }

    /// Binds a simple name in expression position.
    pub(crate) fn simple_name(
        &mut self,
        name: &str,
        type_args: Vec<Ty>,
        range: TextRange,
    ) -> Bound {
        if let Some(group) = self.local_fn_name(name, &type_args, range) {
            return group;
        }
        if type_args.is_empty() {
            if let Some(v) = self.lookup_var(name) {
                match &v {
                    Var::Local(id, _) => {
                        let id = *id;
                        self.note(range, false, || {
                            Some(frontend_core::ide::refs::Target::Local(id))
                        });
                    }
                    Var::Param(n, ..) => {
                        let n = *n;
                        self.note(range, false, || {
                            Some(frontend_core::ide::refs::Target::Param(n))
                        });
                    }
                    _ => {}
                }
                return Bound::Value(match v {
                    Var::Local(id, ty) => {
                        self.check_read(id, range);
                        Expr::new(ExprKind::Local(id), ty)
                    }
                    Var::Param(n, ty, ParamMode::Value) => Expr::new(ExprKind::Arg(n), ty),
                    Var::Param(n, ty, mode) => {
                        if mode == ParamMode::Out {
                            self.check_out_read(n, name, range);
                        }
                        Expr::new(
                            ExprKind::Deref(Box::new(Expr::new(
                                ExprKind::Arg(n),
                                Ty::ByRef(Box::new(ty.clone())),
                            ))),
                            ty,
                        )
                    }
                    Var::Const(c, ty) => Expr::constant(c, ty),
                    Var::LocalFn(_) => Expr::new(ExprKind::DefaultValue, Ty::Error),
                });
            }
        }
        // Members of this type and its bases, then of enclosing types.
        let mut cur = Some(self.self_ty.clone());
        let mut inner = true;
        while let Some(t) = cur {
            if let Some(m) = self.find_member(&t, name) {
                // Unqualified: `member_bound` supplies `this` for instance members.
                let receiver = None;
                let through_type = !inner;
                return self.member_bound(
                    receiver,
                    m,
                    name,
                    type_args,
                    (range, range),
                    through_type,
                );
            }
            inner = false;
            cur = self
                .world
                .type_def_of(&t)
                .and_then(|id| self.world.ty(id).enclosing)
                .map(|o| {
                    let n = self.world.ty(o).generic_params.len() as u32;
                    if n == 0 {
                        self.world.normalize(o, Arc::from([]))
                    } else {
                        Ty::Named(o, (0..n).map(Ty::Var).collect())
                    }
                });
        }
        let r = TypeResolver {
            world: self.world,
            file: self.file,
            scope: self.scope,
            generics: &self.generics,
            undeclared: None,
        };
        match r.lookup_simple(name, type_args) {
            Some(Resolved::Type(t)) => {
                self.note(range, false, || {
                    Some(frontend_core::ide::refs::Target::Type(t.clone()))
                });
                Bound::Type(t)
            }
            Some(Resolved::Namespace(n)) => Bound::Namespace(n),
            None => {
                // `using static` types.
                let statics: Vec<_> = self.scope.static_usings.clone();
                for s in statics {
                    let ty = self.resolve_type(&s);
                    if let Some(m) = self.find_member(&ty, name) {
                        return self.member_bound(None, m, name, Vec::new(), (range, range), true);
                    }
                }
                self.error(Code::CS0103, range, &[name]);
                Bound::Error
            }
        }
    }

    /// Whether a field is read-only here (outside constructors of its type).
    pub(crate) fn field_is_readonly_here(&self, f: &FieldRef) -> bool {
        let sym = &self.world.details_of(f.id.ty).fields[f.id.idx as usize];
        if sym.flags & field_flags::INIT_ONLY == 0 {
            return false;
        }
        let in_ctor = f.id.ty == self.type_id
            && (self.method.name == ".ctor" || self.method.name == ".cctor");
        !in_ctor
    }

    /// Whether a method is accessible from here (private members only inside their type
    /// and its nested types).
    pub(crate) fn accessible(&self, owner: TypeId, flags: u16) -> bool {
        let access = flags & method_flags::ACCESS_MASK;
        if access == method_flags::PUBLIC
            || access == method_flags::FAM_OR_ASSEM && owner.is_source()
        {
            return true;
        }
        if access == method_flags::ASSEMBLY || access == method_flags::FAM_OR_ASSEM {
            return owner.is_source();
        }
        let mut cur = Some(self.type_id);
        while let Some(c) = cur {
            if c == owner {
                return true;
            }
            if access == method_flags::FAMILY || access == method_flags::FAM_AND_ASSEM {
                let cty = Ty::named(c);
                if self
                    .world
                    .base_chain(&cty)
                    .iter()
                    .any(|t| self.world.type_def_of(t) == Some(owner))
                {
                    return true;
                }
            }
            cur = self.world.ty(c).enclosing;
        }
        false
    }
}
