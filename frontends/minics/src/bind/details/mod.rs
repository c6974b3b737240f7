//! A source type's details from its declaration: base and interfaces, enum members
//! (values folded in order), delegate members, fields (constants folded), methods,
//! constructors, properties, indexers, events, operators and conversions, with C#'s
//! metadata flags, and the synthesized default and static constructors.

mod kinds;

use super::constfold::ConstError;
use super::declare::*;
use crate::syntax::{Expr, Member, MemberKind, MethodBody, Modifier};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::{AttrTarget, RowSymbol};
use frontend_core::source::TextRange;
use frontend_core::symbols::{
    EventSym, FieldSym, MethodId, MethodSym, ParamMode, ParamSym, PropertySym, TypeDetails,
    TypeKind, field_flags as ff, method_flags as mf, type_flags as tf,
};
use frontend_core::types::Ty;

impl<'a> Declarer<'a, '_> {
    pub(crate) fn type_details(&mut self, si: usize, site: &TypeSite<'a>) -> TypeDetails {
        let decl = site.decl;
        let g = self.type_generics(site);
        let sym = self.world.ty(site.id);
        let kind = sym.kind;
        let mut d = TypeDetails {
            generic_params: self.resolved_generics(site, true),
            ..TypeDetails::default()
        };
        // Base and interfaces.
        let corlib = |n: &str| self.world.well_known("System", n).map(Ty::named);
        match kind {
            TypeKind::Struct => d.base = corlib("ValueType"),
            TypeKind::Enum => d.base = corlib("Enum"),
            TypeKind::Delegate => d.base = corlib("MulticastDelegate"),
            TypeKind::Interface => {}
            TypeKind::Class => {}
        }
        for (i, b) in decl.bases.iter().enumerate() {
            let ty = self.ty(site, &g, b);
            if ty.is_error() {
                continue;
            }
            if kind == TypeKind::Enum {
                d.enum_underlying = Some(ty);
                continue;
            }
            let is_interface = self.world.is_interface(&ty);
            if i == 0 && kind == TypeKind::Class && !is_interface {
                if let Ty::Named(bid, _) = &ty {
                    let bsym = self.world.ty(*bid);
                    if bsym.flags & tf::SEALED != 0 {
                        self.diags.push(Diagnostic::new(
                            Code::CS0509,
                            site.file,
                            b.range,
                            &[&decl.name.text, &super::display::ty(self.world, &ty)],
                        ));
                    }
                }
                d.base = Some(ty);
            } else if is_interface {
                d.interfaces.push(ty);
            } else {
                self.diags.push(Diagnostic::new(
                    Code::CS0527,
                    site.file,
                    b.range,
                    &[&super::display::ty(self.world, &ty)],
                ));
            }
        }
        if kind == TypeKind::Class && d.base.is_none() {
            let is_object = sym.namespace == "System" && sym.name == "Object";
            if !is_object {
                d.base = Some(Ty::Object);
            }
        }
        let is_static_class = decl.modifiers.contains(&Modifier::Static);
        let self_ty = if sym.generic_params.is_empty() {
            self.world.normalize(site.id, std::sync::Arc::from([]))
        } else {
            Ty::Named(
                site.id,
                (0..sym.generic_params.len() as u32).map(Ty::Var).collect(),
            )
        };
        match kind {
            TypeKind::Enum => return self.enum_details(si, site, &g, &self_ty, d),
            TypeKind::Delegate => return self.delegate_details(si, site, &g, d),
            _ => {}
        }
        self.collect_attributes(
            si,
            site,
            &decl.attributes,
            frontend_core::emit::module::AttrTarget::Type(site.id),
        );
        let is_interface = kind == TypeKind::Interface;
        let mut has_instance_ctor = false;
        let mut static_ctor: Option<&'a std::sync::Arc<Member>> = None;
        let mut needs_static_ctor = false;
        let mut indexer_name: Option<String> = None;
        for m in &decl.members {
            let mods = &m.modifiers;
            let is_static = has(mods, Modifier::Static)
                || is_static_class && !matches!(m.kind, MemberKind::Type(_));
            match &m.kind {
                MemberKind::Field { ty, declarators } => {
                    let fty = self.ty(site, &g, ty);
                    let is_const = has(mods, Modifier::Const);
                    for v in declarators {
                        let mut flags = access(mods, mf::PRIVATE);
                        if is_static || is_const {
                            flags |= ff::STATIC;
                        }
                        if has(mods, Modifier::Readonly) {
                            flags |= ff::INIT_ONLY;
                        }
                        let mut constant = None;
                        if is_const {
                            flags |= ff::LITERAL | ff::HAS_DEFAULT;
                            let known: Vec<(String, frontend_core::constant::ConstValue)> = d
                                .fields
                                .iter()
                                .filter_map(|f| Some((f.name.clone(), f.constant.clone()?)))
                                .collect();
                            let lookup = |x: &Expr| self.member_constant(site, &g, x);
                            let folded = match v.init.as_ref() {
                                Some(e) => super::constfold::const_expr_with(
                                    e,
                                    &fty,
                                    &known,
                                    self.src(site.file),
                                    &lookup,
                                ),
                                None => Err(ConstError::NotConstant),
                            };
                            let at = v.init.as_ref().map_or(v.name.range, |e| e.range);
                            constant = match folded {
                                Ok(c) => Some(c),
                                Err(why) => {
                                    let show = |t: &Ty| super::display::ty(self.world, t);
                                    let d = why.diagnostic(site.file, at, &v.name.text, &fty, show);
                                    self.diags.push(d);
                                    Some(frontend_core::constant::ConstValue::I4(0))
                                }
                            };
                        }
                        self.check_duplicate(site, &d, &v.name.text, v.name.range);
                        let idx = d.fields.len() as u32;
                        let row =
                            RowSymbol::Field(frontend_core::symbols::FieldId { ty: site.id, idx });
                        self.out.member_ranges.push((row, site.file, v.name.range));
                        d.fields.push(FieldSym {
                            name: v.name.text[..].to_owned(),
                            flags,
                            ty: fty.clone(),
                            constant,
                            rid: 0,
                        });
                        if let (Some(init), false) = (&v.init, is_const) {
                            self.out.field_inits[si].push(FieldInit {
                                field: idx,
                                value: init,
                                is_static,
                                member: m,
                            });
                            if is_static {
                                needs_static_ctor = true;
                            }
                        }
                        self.collect_attributes(
                            si,
                            site,
                            &m.attributes,
                            frontend_core::emit::module::AttrTarget::Field(
                                frontend_core::symbols::FieldId { ty: site.id, idx },
                            ),
                        );
                    }
                }
                MemberKind::Method {
                    return_type,
                    explicit_interface,
                    name,
                    type_params,
                    params,
                    constraints,
                    body,
                } => {
                    let (mg, gps) = self.method_generics(site, &g, type_params, constraints);
                    let ret = self.ty(site, &mg, return_type);
                    let ps = self.params(site, &mg, params);
                    let mut flags = if is_interface {
                        mf::PUBLIC
                    } else {
                        access(mods, mf::PRIVATE)
                    } | mf::HIDE_BY_SIG;
                    let mut mname = name.text[..].to_owned();
                    if is_static {
                        flags |= mf::STATIC;
                    }
                    flags |= virtual_flags(mods, is_interface);
                    if let Some(iface) = explicit_interface {
                        let ity = self.ty(site, &g, iface);
                        flags =
                            mf::PRIVATE | mf::HIDE_BY_SIG | mf::VIRTUAL | mf::FINAL | mf::NEW_SLOT;
                        mname = format!("{}.{}", super::display::ty(self.world, &ity), name.text);
                        self.out.explicit_impls.push((
                            MethodId {
                                ty: site.id,
                                idx: d.methods.len() as u32,
                            },
                            ity,
                            name.text[..].to_owned(),
                        ));
                    }
                    let impl_flags = if has(mods, Modifier::Extern) {
                        0x1000
                    } else {
                        0
                    };
                    let idx = d.methods.len() as u32;
                    d.methods.push(MethodSym {
                        name: mname,
                        flags,
                        impl_flags,
                        generic_params: gps,
                        ret,
                        params: ps,
                        rid: 0,
                    });
                    let body_syntax = match body {
                        MethodBody::None => {
                            if !is_interface
                                && !has(mods, Modifier::Abstract)
                                && !has(mods, Modifier::Extern)
                            {
                                let shown = super::display::method(
                                    self.world,
                                    &self_ty,
                                    &d.methods[idx as usize],
                                );
                                self.diags.push(Diagnostic::new(
                                    Code::CS0501,
                                    site.file,
                                    name.range,
                                    &[&shown],
                                ));
                            }
                            BodySyntax::None
                        }
                        b => BodySyntax::Method(b),
                    };
                    self.out.methods.push(MethodSite {
                        id: MethodId { ty: site.id, idx },
                        site: si,
                        body: body_syntax,
                        member: Some(m),
                        generics: mg,
                        name_range: name.range,
                    });
                    self.collect_attributes(
                        si,
                        site,
                        &m.attributes,
                        frontend_core::emit::module::AttrTarget::Method(MethodId {
                            ty: site.id,
                            idx,
                        }),
                    );
                }
                MemberKind::Constructor {
                    name, params, body, ..
                } => {
                    let ps = self.params(site, &g, params);
                    if has(mods, Modifier::Static) {
                        static_ctor = Some(m);
                        continue;
                    }
                    has_instance_ctor = true;
                    let flags = access(mods, mf::PRIVATE)
                        | mf::HIDE_BY_SIG
                        | mf::SPECIAL_NAME
                        | mf::RT_SPECIAL_NAME;
                    let idx = d.methods.len() as u32;
                    d.methods.push(MethodSym {
                        name: ".ctor".into(),
                        flags,
                        impl_flags: 0,
                        generic_params: Vec::new(),
                        ret: Ty::Void,
                        params: ps,
                        rid: 0,
                    });
                    let _ = body;
                    self.out.methods.push(MethodSite {
                        id: MethodId { ty: site.id, idx },
                        site: si,
                        body: BodySyntax::Ctor(Some(m)),
                        member: Some(m),
                        generics: g.clone(),
                        name_range: name.range,
                    });
                }
                MemberKind::Destructor { name, body } => {
                    let idx = d.methods.len() as u32;
                    d.methods.push(MethodSym::new(
                        "Finalize",
                        mf::FAMILY | mf::HIDE_BY_SIG | mf::VIRTUAL,
                        Ty::Void,
                        Vec::new(),
                    ));
                    self.out.methods.push(MethodSite {
                        id: MethodId { ty: site.id, idx },
                        site: si,
                        body: BodySyntax::Method(body),
                        member: Some(m),
                        generics: g.clone(),
                        name_range: name.range,
                    });
                }
                MemberKind::Property {
                    ty,
                    explicit_interface,
                    name,
                    accessors,
                    expression_body,
                    initializer,
                } => {
                    let pty = self.ty(site, &g, ty);
                    let mut base_flags = accessor_flags(mods, is_interface, is_static);
                    let mut pname = name.text[..].to_owned();
                    let mut iface_ty = None;
                    if let Some(iface) = explicit_interface {
                        let ity = self.ty(site, &g, iface);
                        base_flags = mf::PRIVATE
                            | mf::HIDE_BY_SIG
                            | mf::SPECIAL_NAME
                            | mf::VIRTUAL
                            | mf::FINAL
                            | mf::NEW_SLOT;
                        pname = format!("{}.{}", super::display::ty(self.world, &ity), name.text);
                        iface_ty = Some(ity);
                    }
                    let is_auto = !is_interface
                        && !has(mods, Modifier::Abstract)
                        && expression_body.is_none()
                        && !accessors.is_empty()
                        && accessors.iter().all(|a| matches!(a.body, MethodBody::None));
                    let field = if is_auto {
                        let mut fflags = ff::PRIVATE;
                        if is_static {
                            fflags |= ff::STATIC;
                        }
                        if !accessors.iter().any(|a| &*a.kind.text == "set") {
                            fflags |= ff::INIT_ONLY;
                        }
                        let idx = d.fields.len() as u32;
                        d.fields.push(FieldSym {
                            name: format!("<{}>k__BackingField", name.text),
                            flags: fflags,
                            ty: pty.clone(),
                            constant: None,
                            rid: 0,
                        });
                        if let Some(init) = initializer {
                            self.out.field_inits[si].push(FieldInit {
                                field: idx,
                                value: init,
                                is_static,
                                member: m,
                            });
                            if is_static {
                                needs_static_ctor = true;
                            }
                        }
                        Some(idx)
                    } else {
                        None
                    };
                    let (getter, setter) = self.accessors(
                        si,
                        site,
                        &g,
                        &mut d,
                        &pname,
                        base_flags,
                        &pty,
                        &[],
                        m,
                        accessors,
                        expression_body.as_ref(),
                        field,
                        name.range,
                        iface_ty
                            .as_ref()
                            .map(|t| (t.clone(), name.text[..].to_owned())),
                    );
                    let n = d.properties.len() as u32;
                    let row = RowSymbol::Property(site.id, n);
                    self.out.member_ranges.push((row, site.file, name.range));
                    let target = AttrTarget::Property(site.id, n);
                    self.collect_attributes(si, site, &m.attributes, target);
                    d.properties.push(PropertySym {
                        name: pname,
                        ty: pty,
                        params: Vec::new(),
                        getter,
                        setter,
                    });
                }
                MemberKind::Indexer {
                    ty,
                    explicit_interface,
                    params,
                    accessors,
                    expression_body,
                } => {
                    let pty = self.ty(site, &g, ty);
                    let ps = self.params(site, &g, params);
                    // An indexer is never static (CS0106 says so).
                    let base_flags = accessor_flags(mods, is_interface, false);
                    let _ = explicit_interface;
                    let name = self.indexer_name(site, &m.attributes);
                    indexer_name = Some(name.clone());
                    let (getter, setter) = self.accessors(
                        si,
                        site,
                        &g,
                        &mut d,
                        &name,
                        base_flags,
                        &pty,
                        &ps,
                        m,
                        accessors,
                        expression_body.as_ref(),
                        None,
                        m.range,
                        None,
                    );
                    let n = d.properties.len() as u32;
                    let row = RowSymbol::Property(site.id, n);
                    self.out.member_ranges.push((row, site.file, m.range));
                    let target = AttrTarget::Property(site.id, n);
                    self.collect_attributes(si, site, &m.attributes, target);
                    d.properties.push(PropertySym {
                        name,
                        ty: pty,
                        params: ps,
                        getter,
                        setter,
                    });
                }
                MemberKind::Event {
                    ty,
                    declarators,
                    name,
                    accessors,
                    ..
                } => {
                    let ety = self.ty(site, &g, ty);
                    let base_flags = accessor_flags(mods, is_interface, is_static);
                    let names: Vec<(String, TextRange, Option<&'a Expr>)> = if declarators
                        .is_empty()
                    {
                        name.iter()
                            .map(|n| (n.text[..].to_owned(), n.range, None))
                            .collect()
                    } else {
                        declarators
                            .iter()
                            .map(|v| (v.name.text[..].to_owned(), v.name.range, v.init.as_ref()))
                            .collect()
                    };
                    for (ename, range, init) in names {
                        let field = if accessors.is_empty() && !is_interface {
                            let mut fflags = ff::PRIVATE;
                            if is_static {
                                fflags |= ff::STATIC;
                            }
                            let idx = d.fields.len() as u32;
                            d.fields.push(FieldSym {
                                name: ename.clone(),
                                flags: fflags,
                                ty: ety.clone(),
                                constant: None,
                                rid: 0,
                            });
                            if let Some(init) = init {
                                self.out.field_inits[si].push(FieldInit {
                                    field: idx,
                                    value: init,
                                    is_static,
                                    member: m,
                                });
                            }
                            Some(idx)
                        } else {
                            None
                        };
                        let mut add = None;
                        let mut remove = None;
                        for (kind, slot) in [("add", &mut add), ("remove", &mut remove)] {
                            let idx = d.methods.len() as u32;
                            d.methods.push(MethodSym::new(
                                format!("{kind}_{ename}"),
                                base_flags,
                                Ty::Void,
                                vec![ParamSym {
                                    name: "value".into(),
                                    ty: ety.clone(),
                                    mode: ParamMode::Value,
                                    is_params: false,
                                    default: None,
                                }],
                            ));
                            let body = match (
                                field,
                                kind,
                                accessors.iter().find(|a| &*a.kind.text == kind),
                            ) {
                                (_, _, Some(a)) => BodySyntax::Accessor(&a.body),
                                (Some(f), "add", None) => BodySyntax::EventAdd(f),
                                (Some(f), _, None) => BodySyntax::EventRemove(f),
                                _ => BodySyntax::None,
                            };
                            self.out.methods.push(MethodSite {
                                id: MethodId { ty: site.id, idx },
                                site: si,
                                body,
                                member: Some(m),
                                generics: g.clone(),
                                name_range: range,
                            });
                            *slot = Some(idx);
                        }
                        let n = d.events.len() as u32;
                        let row = RowSymbol::Event(site.id, n);
                        self.out.member_ranges.push((row, site.file, range));
                        let target = AttrTarget::Event(site.id, n);
                        self.collect_attributes(si, site, &m.attributes, target);
                        d.events.push(EventSym {
                            name: ename,
                            ty: ety.clone(),
                            add,
                            remove,
                            field,
                        });
                    }
                }
                MemberKind::Operator {
                    return_type,
                    operator,
                    params,
                    body,
                } => {
                    let ret = self.ty(site, &g, return_type);
                    let ps = self.params(site, &g, params);
                    let Some(opname) = operator_name(operator, ps.len()) else {
                        continue;
                    };
                    let method = operator_method(&mut d, site.id, opname, ret, ps);
                    self.out.methods.push(MethodSite {
                        id: method,
                        site: si,
                        body: BodySyntax::Method(body),
                        member: Some(m),
                        generics: g.clone(),
                        name_range: m.range,
                    });
                }
                MemberKind::Conversion {
                    implicit,
                    ty,
                    params,
                    body,
                } => {
                    let ret = self.ty(site, &g, ty);
                    let ps = self.params(site, &g, params);
                    let opname = if *implicit {
                        "op_Implicit"
                    } else {
                        "op_Explicit"
                    };
                    let method = operator_method(&mut d, site.id, opname, ret, ps);
                    self.out.methods.push(MethodSite {
                        id: method,
                        site: si,
                        body: BodySyntax::Method(body),
                        member: Some(m),
                        generics: g.clone(),
                        name_range: m.range,
                    });
                }
                MemberKind::Type(_) | MemberKind::Error => {}
            }
        }
        if let Some(name) = indexer_name {
            d.default_member = Some(name.clone());
            self.out.default_members.push((site.id, name));
        }
        if kind == TypeKind::Class && !has_instance_ctor && !is_static_class {
            let vis = if decl.modifiers.contains(&Modifier::Abstract) {
                mf::FAMILY
            } else {
                mf::PUBLIC
            };
            let idx = d.methods.len() as u32;
            d.methods.push(MethodSym::new(
                ".ctor",
                vis | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | mf::RT_SPECIAL_NAME,
                Ty::Void,
                Vec::new(),
            ));
            self.out.methods.push(MethodSite {
                id: MethodId { ty: site.id, idx },
                site: si,
                body: BodySyntax::Ctor(None),
                member: None,
                generics: g.clone(),
                name_range: decl.name.range,
            });
        }
        if static_ctor.is_some() || needs_static_ctor {
            let idx = d.methods.len() as u32;
            d.methods.push(MethodSym::new(
                ".cctor",
                mf::PRIVATE | mf::STATIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | mf::RT_SPECIAL_NAME,
                Ty::Void,
                Vec::new(),
            ));
            self.out.methods.push(MethodSite {
                id: MethodId { ty: site.id, idx },
                site: si,
                body: BodySyntax::StaticCtor(static_ctor),
                member: static_ctor,
                generics: g.clone(),
                name_range: decl.name.range,
            });
        }
        d
    }
}

/// Declares a user-defined operator or conversion (`op_Addition`, `op_Implicit`, …) of
/// type `ty`: public, static, a special name.
fn operator_method(
    d: &mut TypeDetails,
    ty: frontend_core::types::TypeId,
    name: &str,
    ret: Ty,
    params: Vec<ParamSym>,
) -> MethodId {
    let idx = d.methods.len() as u32;
    d.methods.push(MethodSym {
        name: name.into(),
        flags: mf::PUBLIC | mf::STATIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME,
        impl_flags: 0,
        generic_params: Vec::new(),
        ret,
        params,
        rid: 0,
    });
    MethodId { ty, idx }
}

/// The flags a property's, indexer's or event's accessors share.
fn accessor_flags(mods: &[Modifier], is_interface: bool, is_static: bool) -> u16 {
    let visibility = if is_interface {
        mf::PUBLIC
    } else {
        access(mods, mf::PRIVATE)
    };
    let stat = if is_static { mf::STATIC } else { 0 };
    visibility | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | stat | virtual_flags(mods, is_interface)
}
