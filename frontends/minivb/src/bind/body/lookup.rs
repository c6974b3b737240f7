//! Name and member lookup, case-insensitive. A simple name is a local or parameter (or a
//! `Function`'s return variable), then a member of the current type or its bases (then
//! of enclosing types), then a member of a `Module` in the enclosing or imported
//! namespaces, then a type or namespace. A member lookup walks the receiver's base
//! chain and stops at the first level that declares the name; methods are collected
//! from every level, overridden ones once.

use super::{BodyBinder, Var};
use crate::bind::scope::Resolved;
use frontend_core::diag::Code;
use frontend_core::ide::refs;
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
    /// A method group.
    Methods {
        receiver: Option<Box<Expr>>,
        name: String,
        candidates: Vec<(MethodId, Arc<[Ty]>)>,
        type_args: Vec<Ty>,
        is_base: bool,
        through_type: bool,
    },
    /// A property with parameters (default or indexed), awaiting its arguments.
    Indexed {
        receiver: Option<Box<Expr>>,
        props: Vec<(TypeId, u32, Arc<[Ty]>)>,
        name: String,
    },
    Error,
}

/// A member found by lookup.
pub(crate) enum Member {
    Field(FieldId, Arc<[Ty]>),
    Property(Vec<(TypeId, u32, Arc<[Ty]>)>),
    Event(TypeId, u32, Arc<[Ty]>),
    Methods(Vec<(MethodId, Arc<[Ty]>)>),
    NestedType(Ty),
}

impl BodyBinder<'_> {
    /// The types whose members `ty` has, most derived first.
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

    pub(crate) fn constraints_of(&self, ty: &Ty) -> Vec<Ty> {
        match ty {
            Ty::Var(n) => self
                .world
                .ty(self.type_id)
                .generic_params
                .get(*n as usize)
                .map(|g| g.constraints.clone())
                .unwrap_or_default(),
            Ty::MVar(n) => self
                .method
                .generic_params
                .get(*n as usize)
                .map(|g| g.constraints.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Finds `name` (any case) among the members of `ty`.
    pub(crate) fn find_member(&self, ty: &Ty, name: &str) -> Option<Member> {
        let mut methods: Vec<(MethodId, Arc<[Ty]>)> = Vec::new();
        let mut props: Vec<(TypeId, u32, Arc<[Ty]>)> = Vec::new();
        let mut seen_sigs: Vec<(Vec<Ty>, usize)> = Vec::new();
        let eq = |a: &str| a.eq_ignore_ascii_case(name);
        for level in self.member_chain(ty) {
            let Some(id) = self.world.type_def_of(&level) else {
                continue;
            };
            let args: Arc<[Ty]> = Arc::from(level.type_args());
            let d = self.world.details(id);
            if methods.is_empty() && props.is_empty() {
                if let Some(i) = d.events.iter().position(|e| eq(&e.name)) {
                    return Some(Member::Event(id, i as u32, args));
                }
                // Inaccessible fields (a struct's private `key` beside its `Key`) are
                // not candidates.
                if let Some(i) = d.fields.iter().position(|f| {
                    eq(&f.name)
                        && f.flags & field_flags::SPECIAL_NAME == 0
                        && (id.is_source() || self.accessible(id, f.flags))
                }) {
                    return Some(Member::Field(
                        FieldId {
                            ty: id,
                            idx: i as u32,
                        },
                        args,
                    ));
                }
                if let Some(n) = self.world.ty(id).nested.iter().find(|n| {
                    eq(frontend_core::symbols::strip_arity(
                        &self.world.ty(**n).name,
                    ))
                }) {
                    return Some(Member::NestedType(self.world.normalize(*n, Arc::from([]))));
                }
            }
            if methods.is_empty() {
                for (i, p) in d.properties.iter().enumerate() {
                    if eq(&p.name) {
                        let sig: Vec<Ty> =
                            p.params.iter().map(|x| x.ty.subst(&args, &[])).collect();
                        let key = (sig, usize::MAX);
                        if seen_sigs.contains(&key) {
                            continue;
                        }
                        seen_sigs.push(key);
                        props.push((id, i as u32, args.clone()));
                    }
                }
            }
            if !props.is_empty() {
                continue;
            }
            for (i, m) in d.methods.iter().enumerate() {
                if !eq(&m.name) {
                    continue;
                }
                let sig: Vec<Ty> = m.params.iter().map(|p| p.ty.subst(&args, &[])).collect();
                let key = (sig, m.generic_params.len());
                if seen_sigs.contains(&key) {
                    continue;
                }
                seen_sigs.push(key);
                methods.push((
                    MethodId {
                        ty: id,
                        idx: i as u32,
                    },
                    args.clone(),
                ));
            }
        }
        if !props.is_empty() {
            return Some(Member::Property(props));
        }
        (!methods.is_empty()).then_some(Member::Methods(methods))
    }

    /// Reports BC31429 when the first level of `ty` that declares `name` (ignoring
    /// case) has accessible members spelled differently only in case, which a
    /// case-sensitive language can declare (`Value` and `value`).
    pub(crate) fn check_case_ambiguity(&mut self, ty: &Ty, name: &str, range: TextRange) -> bool {
        for level in self.member_chain(ty) {
            let Some(id) = self.world.type_def_of(&level) else {
                continue;
            };
            let d = self.world.details(id);
            let mut spellings: Vec<&str> = Vec::new();
            let props = d.properties.iter().map(|p| {
                let flags = p
                    .getter
                    .or(p.setter)
                    .map_or(method_flags::PUBLIC, |i| d.methods[i as usize].flags);
                (p.name.as_str(), flags)
            });
            let all = d
                .fields
                .iter()
                .map(|f| (f.name.as_str(), f.flags))
                .chain(d.methods.iter().map(|m| (m.name.as_str(), m.flags)))
                .chain(props);
            for (n, flags) in all {
                if n.eq_ignore_ascii_case(name)
                    && self.accessible(id, flags)
                    && !spellings.contains(&n)
                {
                    spellings.push(n);
                }
            }
            if spellings.is_empty() {
                continue;
            }
            if spellings.len() > 1 {
                let kind = match self.world.ty(id).kind {
                    frontend_core::symbols::TypeKind::Struct => "structure",
                    frontend_core::symbols::TypeKind::Interface => "interface",
                    _ => "class",
                };
                let shown = self.show(&level);
                self.error(Code::BC31429, range, &[name, kind, &shown]);
                return true;
            }
            return false;
        }
        false
    }

    /// Binds a member access on a value, a type or a namespace.
    pub(crate) fn member_access(
        &mut self,
        target: Bound,
        name: &str,
        type_args: Vec<Ty>,
        range: TextRange,
    ) -> Bound {
        match target {
            Bound::Error => Bound::Error,
            Bound::Namespace(ns) => {
                match self.resolver().member_type(
                    &Resolved::Namespace(ns.clone()),
                    name,
                    type_args.clone(),
                ) {
                    Some(Resolved::Type(t)) => Bound::Type(t),
                    Some(Resolved::Namespace(n)) => Bound::Namespace(n),
                    None => {
                        // Members of the namespace's modules (`Tools.Twice`).
                        let modules: Vec<TypeId> = self
                            .names
                            .modules
                            .iter()
                            .filter(|(m, _)| m.eq_ignore_ascii_case(&ns))
                            .map(|(_, id)| *id)
                            .collect();
                        for id in modules {
                            let t = self.world.normalize(id, Arc::from([]));
                            if let Some(m) = self.find_member(&t, name) {
                                return self.member_bound(None, m, name, type_args, range, true);
                            }
                        }
                        self.error(Code::BC30456, range, &[name, &ns]);
                        Bound::Error
                    }
                }
            }
            Bound::Type(ty) => {
                if ty.is_error() || self.check_case_ambiguity(&ty, name, range) {
                    return Bound::Error;
                }
                match self.find_member(&ty, name) {
                    None => {
                        let shown = self.show(&ty);
                        self.error(Code::BC30456, range, &[name, &shown]);
                        Bound::Error
                    }
                    Some(m) => self.member_bound(None, m, name, type_args, range, true),
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
                if self.check_case_ambiguity(&lookup_ty, name, range) {
                    return Bound::Error;
                }
                match self.find_member(&lookup_ty, name) {
                    None => {
                        let shown = self.show(&v.ty);
                        self.error(Code::BC30456, range, &[name, &shown]);
                        Bound::Error
                    }
                    Some(m) => self.member_bound(Some(v), m, name, type_args, range, false),
                }
            }
            Bound::Methods { .. } | Bound::Indexed { .. } => {
                // `obj.M.X`: the group is called without arguments first.
                let v = self.value_of(target, range);
                self.member_access(Bound::Value(v), name, type_args, range)
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
        range: TextRange,
        through_type: bool,
    ) -> Bound {
        let is_base = matches!(receiver.as_ref().map(|r| &r.kind), Some(ExprKind::Base));
        self.note(range, false, || {
            Some(match &m {
                Member::Field(id, a) => refs::Target::Field(*id, a.clone()),
                Member::Property(ps) => {
                    let (t, i, a) = ps.first()?;
                    refs::Target::Property(*t, *i, a.clone())
                }
                Member::Event(t, i, a) => refs::Target::Event(*t, *i, a.clone()),
                Member::NestedType(t) => refs::Target::Type(t.clone()),
                // A method group: the call picks the overload (`refs::choose`).
                Member::Methods(c) => {
                    let (id, a) = c.first()?;
                    refs::Target::Method(*id, a.clone())
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
                let f = self.world.field(id);
                let ty = f.ty.subst(&args, &[]);
                if !self.accessible(id.ty, f.flags) {
                    let owner = self.world.normalize(id.ty, args.clone());
                    let shown = format!("{}.{}", self.show(&owner), f.name);
                    self.error(Code::BC30390, range, &[&shown, access_word(f.flags)]);
                }
                if let Some(c) = &f.constant {
                    if f.is_literal() {
                        return Bound::Value(Expr::constant(c.clone(), ty));
                    }
                }
                let receiver = self.check_static(receiver, f.is_static(), range, through_type);
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
            Member::Property(props) => {
                let (ty_id, idx, args) = props[0].clone();
                let d = self.world.details(ty_id);
                let p = &d.properties[idx as usize];
                let any = p.getter.or(p.setter).map(|i| d.methods[i as usize].clone());
                let is_static = any.as_ref().is_some_and(|m| m.is_static());
                if props.iter().any(|(t, i, _)| {
                    !self.world.details(*t).properties[*i as usize]
                        .params
                        .is_empty()
                }) {
                    let receiver = self.check_static(receiver, is_static, range, through_type);
                    return Bound::Indexed {
                        receiver: receiver.map(Box::new),
                        props,
                        name: name.to_owned(),
                    };
                }
                let receiver = self.check_static(receiver, is_static, range, through_type);
                Bound::Value(self.property_expr(receiver, ty_id, idx, args, Vec::new(), is_base))
            }
            Member::Event(ty_id, idx, args) => {
                let d = self.world.details(ty_id);
                let e = &d.events[idx as usize];
                let ty = e.ty.subst(&args, &[]);
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
                let receiver = self.check_static(receiver, is_static, range, through_type);
                // Events are used only by AddHandler/RemoveHandler/RaiseEvent: a
                // property-like node whose "getter" is add and "setter" remove.
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

    /// A property access node.
    pub(crate) fn property_expr(
        &mut self,
        receiver: Option<Expr>,
        ty_id: TypeId,
        idx: u32,
        args: Arc<[Ty]>,
        index_args: Vec<Expr>,
        is_base: bool,
    ) -> Expr {
        let d = self.world.details(ty_id);
        let p = &d.properties[idx as usize];
        let accessor = |i: Option<u32>| {
            i.map(|i| MethodRef {
                id: MethodId { ty: ty_id, idx: i },
                type_args: args.clone(),
                method_args: Arc::from([]),
            })
        };
        let any = p.getter.or(p.setter).map(|i| d.methods[i as usize].clone());
        let is_virtual = any.as_ref().is_some_and(|m| m.is_virtual());
        let ty = p.ty.subst(&args, &[]);
        let receiver = receiver.map(|r| self.box_for_inherited(r, ty_id, &args));
        let virtual_call = receiver.is_some()
            && !is_base
            && (is_virtual || self.needs_callvirt(receiver.as_ref()));
        Expr::new(
            ExprKind::Property(Box::new(frontend_core::ir::PropertyExpr {
                receiver: receiver.map(Box::new),
                getter: accessor(p.getter),
                setter: accessor(p.setter),
                args: index_args,
                virtual_call,
            })),
            ty,
        )
    }

    /// A value-type receiver of a member declared on a reference type is boxed.
    pub(crate) fn box_for_inherited(&self, r: Expr, owner: TypeId, args: &Arc<[Ty]>) -> Expr {
        if self.is_value(&r.ty) && !self.world.ty(owner).is_value_type() {
            let target = if self.world.ty(owner).is_interface() {
                Ty::Named(owner, args.clone())
            } else {
                Ty::Object
            };
            Expr::new(ExprKind::Box(Box::new(r)), target)
        } else {
            r
        }
    }

    pub(crate) fn needs_callvirt(&self, receiver: Option<&Expr>) -> bool {
        match receiver {
            Some(r) => !self.world.is_value_type(&r.ty) && !matches!(r.kind, ExprKind::Base),
            None => false,
        }
    }

    /// Checks shared-ness against the access: BC30369 / BC30469. Shared members
    /// through an instance are allowed (vbc warns BC42025; the instance is dropped).
    fn check_static(
        &mut self,
        receiver: Option<Expr>,
        is_static: bool,
        range: TextRange,
        through_type: bool,
    ) -> Option<Expr> {
        match (receiver, is_static) {
            (Some(_), true) => None,
            (Some(r), false) => Some(r),
            (None, true) => None,
            (None, false) => {
                if through_type {
                    self.error(Code::BC30469, range, &[]);
                    None
                } else if self.is_static() {
                    self.error(Code::BC30369, range, &[]);
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
        if type_args.is_empty() {
            if let Some(v) = self.lookup_var(name) {
                self.note(range, false, || match &v {
                    Var::Local(id, _) => Some(refs::Target::Local(*id)),
                    Var::Param(n, ..) => Some(refs::Target::Param(*n)),
                    _ => None,
                });
                return Bound::Value(match v {
                    Var::Local(id, ty) => {
                        self.local_refs.push((id, range, false));
                        Expr::new(ExprKind::Local(id), ty)
                    }
                    Var::Param(n, ty, ParamMode::Value) => Expr::new(ExprKind::Arg(n), ty),
                    Var::Param(n, ty, _) => Expr::new(
                        ExprKind::Deref(Box::new(Expr::new(
                            ExprKind::Arg(n),
                            Ty::ByRef(Box::new(ty.clone())),
                        ))),
                        ty,
                    ),
                    Var::Const(c, ty) => Expr::constant(c, ty),
                    Var::Field(f) => f,
                });
            }
            if let Some((n, l)) = &self.ret_local {
                if n.eq_ignore_ascii_case(name) && self.ret_stack.is_empty() {
                    let l = *l;
                    self.local_refs.push((l, range, false));
                    self.note(range, false, || Some(refs::Target::Local(l)));
                    return Bound::Value(self.local_expr(l));
                }
            }
        }
        self.name_as_member(name, type_args, range, true)
    }

    /// A simple name as a member of this type, enclosing types, modules, or a type.
    pub(crate) fn name_as_member(
        &mut self,
        name: &str,
        type_args: Vec<Ty>,
        range: TextRange,
        report: bool,
    ) -> Bound {
        let mut cur = Some(self.self_ty.clone());
        let mut inner = true;
        while let Some(t) = cur {
            if let Some(m) = self.find_member(&t, name) {
                return self.member_bound(None, m, name, type_args, range, !inner);
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
        // Members of modules in the enclosing and imported namespaces.
        let mut namespaces: Vec<String> = self.scope.namespaces.clone();
        for imp in &self.scope.imports {
            if let Some(n) = crate::bind::scope::dotted(imp) {
                namespaces.push(n);
            }
        }
        let modules: Vec<TypeId> = self
            .names
            .modules
            .iter()
            .filter(|(ns, _)| namespaces.iter().any(|n| n.eq_ignore_ascii_case(ns)))
            .map(|(_, id)| *id)
            .collect();
        for id in modules {
            let t = self.world.normalize(id, Arc::from([]));
            if let Some(m) = self.find_member(&t, name) {
                if matches!(m, Member::NestedType(_)) {
                    continue;
                }
                return self.member_bound(None, m, name, type_args, range, true);
            }
        }
        match self.resolver().lookup_simple(name, type_args.clone()) {
            Some(Resolved::Type(t)) => {
                self.note(range, false, || Some(refs::Target::Type(t.clone())));
                Bound::Type(t)
            }
            Some(Resolved::Namespace(n)) => Bound::Namespace(n),
            None => {
                // Members of imported types (`Imports System.Math`).
                for imp in self.scope.imports.clone() {
                    if let Some(Resolved::Type(t)) = self.resolver().resolve_import(&imp) {
                        if let Some(m) = self.find_member(&t, name) {
                            return self.member_bound(None, m, name, type_args, range, true);
                        }
                    }
                }
                if report {
                    self.error(Code::BC30451, range, &[name]);
                }
                Bound::Error
            }
        }
    }

    /// Whether a field is read-only here (outside constructors of its type).
    pub(crate) fn field_is_readonly_here(&self, f: &FieldRef) -> bool {
        let sym = self.world.field(f.id);
        if sym.flags & field_flags::INIT_ONLY == 0 {
            return false;
        }
        let in_ctor = f.id.ty == self.type_id
            && (self.method.name == ".ctor" || self.method.name == ".cctor");
        !in_ctor
    }

    /// Whether a member with these access flags is accessible from here.
    pub(crate) fn accessible(&self, owner: TypeId, flags: u16) -> bool {
        let access = flags & method_flags::ACCESS_MASK;
        if access == method_flags::PUBLIC {
            return true;
        }
        if (access == method_flags::ASSEMBLY || access == method_flags::FAM_OR_ASSEM)
            && owner.is_source()
        {
            return true;
        }
        let mut cur = Some(self.type_id);
        while let Some(c) = cur {
            if c == owner {
                return true;
            }
            if matches!(
                access,
                method_flags::FAMILY | method_flags::FAM_AND_ASSEM | method_flags::FAM_OR_ASSEM
            ) {
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

/// VB's word for an access level.
pub(crate) fn access_word(flags: u16) -> &'static str {
    match flags & method_flags::ACCESS_MASK {
        method_flags::PRIVATE => "Private",
        method_flags::FAMILY => "Protected",
        method_flags::ASSEMBLY => "Friend",
        method_flags::FAM_OR_ASSEM => "Protected Friend",
        _ => "Public",
    }
}
