//! A source type's details from its declaration: base and interfaces, enum and delegate
//! members (through `special_types`), fields (constants folded), methods,
//! constructors, properties (auto, explicit, default), events and operators, with VB's
//! metadata flags and defaults (fields `Private`, other members `Public`, structure
//! fields `Public`), and the synthesized constructors.

use super::declare::*;
use crate::syntax::{AsClause, ExprKind, MemberKind, Modifier, TypeDeclKind};
use frontend_core::constant::ConstValue;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::{AttrTarget, RowSymbol};
use frontend_core::symbols::{
    EventSym, FieldId, FieldSym, MethodId, MethodSym, ParamMode, ParamSym, PropertySym,
    TypeDetails, TypeKind, field_flags as ff, method_flags as mf, type_flags as tf,
};
use frontend_core::types::Ty;

pub(super) fn value_param(name: &str, ty: Ty) -> ParamSym {
    ParamSym {
        name: name.into(),
        ty,
        mode: ParamMode::Value,
        is_params: false,
        default: None,
    }
}

impl<'a> Declarer<'a, '_> {
    pub(crate) fn type_details(&mut self, si: usize, site: &TypeSite<'a>) -> TypeDetails {
        let decl = site.decl;
        let g = self.type_generics(site);
        let sym = self.world.ty(site.id);
        let kind = sym.kind;
        let mut d = TypeDetails::default();
        let corlib = |n: &str| self.world.well_known("System", n).map(Ty::named);
        if let Some(ev) = site.event {
            d.base = corlib("MulticastDelegate");
            if let MemberKind::Event { params, .. } = &ev.kind {
                let ps = self.params(site, &g, params);
                self.delegate_members(si, site, &g, &mut d, Ty::Void, ps);
            }
            return d;
        }
        if let Some(v) = super::cls_attrs::cls_mark(&decl.attributes, None) {
            self.out.cls_marks.push((AttrTarget::Type(site.id), v));
        }
        match kind {
            TypeKind::Struct => d.base = corlib("ValueType"),
            TypeKind::Enum => d.base = corlib("Enum"),
            TypeKind::Delegate => d.base = corlib("MulticastDelegate"),
            _ => {}
        }
        for b in &decl.inherits {
            let ty = self.ty(site, &g, b);
            if ty.is_error() {
                continue;
            }
            if kind == TypeKind::Interface {
                d.interfaces.push(ty);
            } else if let Ty::Named(bid, _) = &ty {
                let bsym = self.world.ty(*bid);
                if bsym.flags & tf::SEALED != 0 {
                    self.diags.push(Diagnostic::new(
                        Code::BC30299,
                        site.file,
                        b.range,
                        &[&decl.name.text, &super::display::ty(self.world, &ty)],
                    ));
                }
                d.base = Some(ty);
            } else {
                d.base = Some(ty);
            }
        }
        for i in &decl.implements {
            let ty = self.ty(site, &g, i);
            if !ty.is_error() {
                d.interfaces.push(ty);
            }
        }
        if kind == TypeKind::Class && d.base.is_none() {
            d.base = Some(Ty::Object);
        }
        let self_ty = if sym.generic_params.is_empty() {
            self.world.normalize(site.id, std::sync::Arc::from([]))
        } else {
            Ty::Named(
                site.id,
                (0..sym.generic_params.len() as u32).map(Ty::Var).collect(),
            )
        };
        match kind {
            TypeKind::Enum => {
                self.enum_members(site, &g, &mut d, &self_ty);
                if has_flags_attribute(decl) {
                    d.is_flags = true;
                    self.out.flags_enums.push(site.id);
                }
                return d;
            }
            TypeKind::Delegate => {
                if let Some(sig) = &decl.delegate {
                    let (dg, _) = (g.clone(), ());
                    let ret = match &sig.return_type {
                        Some(t) => self.ty(site, &dg, t),
                        None => Ty::Void,
                    };
                    let ps = self.params(site, &dg, &sig.params);
                    self.delegate_members(si, site, &g, &mut d, ret, ps);
                }
                return d;
            }
            _ => {}
        }
        let is_module = decl.kind == TypeDeclKind::Module;
        let is_interface = kind == TypeKind::Interface;
        let is_struct = kind == TypeKind::Struct;
        let mut has_instance_ctor = false;
        let mut static_ctor: Option<&'a [crate::syntax::Stmt]> = None;
        let mut has_static_ctor = false;
        let mut needs_static_ctor = false;
        for m in &decl.members {
            let mods = &m.modifiers;
            let is_shared =
                has(mods, Modifier::Shared) || is_module && !matches!(m.kind, MemberKind::Type(_));
            match &m.kind {
                MemberKind::Field { declarators } => {
                    let is_const = has(mods, Modifier::Const);
                    let default_access = if is_struct { mf::PUBLIC } else { mf::PRIVATE };
                    for v in declarators {
                        for name in &v.names {
                            let (syn_ty, new_expr) = match &v.as_clause {
                                Some(AsClause::Type(t)) => (Some(t), None),
                                Some(AsClause::New(e)) => match &e.kind {
                                    ExprKind::New { ty, .. } => (Some(ty), Some(e)),
                                    _ => (None, Some(e)),
                                },
                                None => (None, None),
                            };
                            let mut fty = self.declared_ty(site, &g, syn_ty, name);
                            let mut flags = access(mods, default_access);
                            if is_shared || is_const {
                                flags |= ff::STATIC;
                            }
                            if has(mods, Modifier::ReadOnly) {
                                flags |= ff::INIT_ONLY;
                            }
                            let mut constant = None;
                            if is_const {
                                flags |= ff::LITERAL | ff::HAS_DEFAULT;
                                let known: Vec<(String, ConstValue, Ty)> = d
                                    .fields
                                    .iter()
                                    .filter_map(|f| {
                                        Some((f.name.clone(), f.constant.clone()?, f.ty.clone()))
                                    })
                                    .collect();
                                let lookup = |n: &str| {
                                    known
                                        .iter()
                                        .find(|(k, _, _)| k.eq_ignore_ascii_case(n))
                                        .map(|(_, c, t)| (c.clone(), t.clone()))
                                };
                                if syn_ty.is_none() && name.name.type_char.is_none() {
                                    if let Some(e) = &v.init {
                                        if let Some((_, t)) = super::constfold::fold_typed(
                                            e,
                                            self.src(site.file),
                                            &lookup,
                                        ) {
                                            fty = t;
                                        }
                                    }
                                }
                                constant = v.init.as_ref().and_then(|e| {
                                    super::constfold::fold(e, &fty, self.src(site.file), &lookup)
                                });
                                if constant.is_none() {
                                    let at = v.init.as_ref().map_or(name.name.range, |e| e.range);
                                    self.diags.push(Diagnostic::new(
                                        Code::BC30059,
                                        site.file,
                                        at,
                                        &[],
                                    ));
                                    constant = Some(ConstValue::I4(0));
                                }
                            } else if syn_ty.is_none() && name.name.type_char.is_none() {
                                // `Dim x = 5` at member level: Object under Option Infer.
                                fty = Ty::Object;
                            }
                            let idx = d.fields.len() as u32;
                            self.note_member(
                                RowSymbol::Field(FieldId { ty: site.id, idx }),
                                AttrTarget::Field(FieldId { ty: site.id, idx }),
                                site,
                                &m.attributes,
                                name.name.range,
                            );
                            d.fields.push(FieldSym {
                                name: name.name.text.clone(),
                                flags,
                                ty: fty,
                                constant,
                                rid: 0,
                            });
                            if is_const {
                                continue;
                            }
                            let init = if let Some(e) = new_expr {
                                Some(FieldInit::New(e))
                            } else if let Some(e) = &v.init {
                                Some(FieldInit::Expr(e))
                            } else if !name.bounds.is_empty() {
                                Some(FieldInit::Bounds(&name.bounds))
                            } else {
                                None
                            };
                            if let Some(init) = init {
                                self.out.field_inits[si].push((idx, init, is_shared));
                                if is_shared {
                                    needs_static_ctor = true;
                                }
                            }
                        }
                    }
                }
                MemberKind::Method {
                    signature,
                    implements,
                    body,
                    ..
                } => {
                    let (mg, gps) = self.method_generics(site, &g, &signature.type_params);
                    let ret = match &signature.return_type {
                        Some(t) => self.ty(site, &mg, t),
                        None if signature.kind == crate::syntax::MethodKind::Function => {
                            type_char_ty(signature.name.type_char).unwrap_or(Ty::Object)
                        }
                        None => Ty::Void,
                    };
                    let ps = self.params(site, &mg, &signature.params);
                    let mut flags = if is_interface {
                        mf::PUBLIC
                    } else {
                        access(mods, mf::PUBLIC)
                    } | mf::HIDE_BY_SIG;
                    if is_shared {
                        flags |= mf::STATIC;
                    }
                    flags |= virtual_flags(mods, is_interface);
                    if !implements.is_empty() && flags & mf::VIRTUAL == 0 {
                        flags |= mf::VIRTUAL | mf::FINAL | mf::NEW_SLOT;
                    }
                    let idx = d.methods.len() as u32;
                    d.methods.push(MethodSym {
                        name: signature.name.text.clone(),
                        flags,
                        impl_flags: 0,
                        generic_params: gps,
                        ret: ret.clone(),
                        params: ps,
                        rid: 0,
                    });
                    self.record_implements(si, site, &g, idx, implements, "");
                    if let Some(v) = super::cls_attrs::cls_mark(&m.attributes, None) {
                        let target = AttrTarget::Method(MethodId { ty: site.id, idx });
                        self.out.cls_marks.push((target, v));
                    }
                    let body_syntax = match body {
                        Some(b) if !is_interface => BodySyntax::Method(b),
                        _ => BodySyntax::None,
                    };
                    let ret_name = (ret != Ty::Void).then(|| signature.name.text.clone());
                    self.push_method(
                        si,
                        site,
                        idx,
                        body_syntax,
                        mg.clone(),
                        signature.name.range,
                        ret_name,
                    );
                    self.set_block(m.range, super::declare::Returner::Function);
                    if let Some(b) = body {
                        let shared = has(mods, Modifier::Shared) || is_module;
                        let name = signature.name.text.clone();
                        self.static_local_fields(site, &mg, &mut d, idx, &name, b, shared);
                    }
                }
                MemberKind::Constructor { params, body } => {
                    let ps = self.params(site, &g, params);
                    let idx = d.methods.len() as u32;
                    if has(mods, Modifier::Shared) || is_module {
                        has_static_ctor = true;
                        static_ctor = Some(body);
                        continue;
                    }
                    has_instance_ctor = true;
                    let flags = access(mods, mf::PUBLIC)
                        | mf::HIDE_BY_SIG
                        | mf::SPECIAL_NAME
                        | mf::RT_SPECIAL_NAME;
                    d.methods.push(MethodSym::new(".ctor", flags, Ty::Void, ps));
                    self.push_method(
                        si,
                        site,
                        idx,
                        BodySyntax::Ctor(Some(body)),
                        g.clone(),
                        m.range,
                        None,
                    );
                }
                MemberKind::Property {
                    name,
                    params,
                    ty,
                    initializer,
                    implements,
                    accessors,
                } => {
                    let pname = crate::syntax::ModifiedIdent {
                        name: name.clone(),
                        array_rank: 0,
                        bounds: Vec::new(),
                        nullable: false,
                        inner_ranks: Vec::new(),
                    };
                    let pty = self.declared_ty(site, &g, ty.as_ref(), &pname);
                    let ps = self.params(site, &g, params);
                    let mut flags = if is_interface {
                        mf::PUBLIC
                    } else {
                        access(mods, mf::PUBLIC)
                    } | mf::HIDE_BY_SIG
                        | mf::SPECIAL_NAME;
                    if is_shared {
                        flags |= mf::STATIC;
                    }
                    flags |= virtual_flags(mods, is_interface);
                    if !implements.is_empty() && flags & mf::VIRTUAL == 0 {
                        flags |= mf::VIRTUAL | mf::FINAL | mf::NEW_SLOT;
                    }
                    let read_only = has(mods, Modifier::ReadOnly);
                    let write_only = has(mods, Modifier::WriteOnly);
                    let is_auto =
                        accessors.is_empty() && !is_interface && !has(mods, Modifier::MustOverride);
                    let field = if is_auto {
                        let mut fflags = ff::PRIVATE;
                        if is_shared {
                            fflags |= ff::STATIC;
                        }
                        if read_only {
                            fflags |= ff::INIT_ONLY;
                        }
                        let idx = d.fields.len() as u32;
                        d.fields.push(FieldSym {
                            name: format!("_{}", name.text),
                            flags: fflags,
                            ty: pty.clone(),
                            constant: None,
                            rid: 0,
                        });
                        if let Some(init) = initializer {
                            self.out.field_inits[si].push((idx, FieldInit::Expr(init), is_shared));
                            if is_shared {
                                needs_static_ctor = true;
                            }
                        }
                        Some(idx)
                    } else {
                        None
                    };
                    let mut getter = None;
                    let mut setter = None;
                    let want_get = if accessors.is_empty() {
                        !write_only
                    } else {
                        accessors.iter().any(|a| a.is_get)
                    };
                    let want_set = if accessors.is_empty() {
                        !read_only
                    } else {
                        accessors.iter().any(|a| !a.is_get)
                    };
                    if want_get {
                        let acc = accessors.iter().find(|a| a.is_get);
                        let aflags = match acc {
                            Some(a) if !a.modifiers.is_empty() => {
                                (flags & !mf::ACCESS_MASK) | access(&a.modifiers, mf::PUBLIC)
                            }
                            _ => flags,
                        };
                        let idx = d.methods.len() as u32;
                        d.methods.push(MethodSym::new(
                            format!("get_{}", name.text),
                            aflags,
                            pty.clone(),
                            ps.clone(),
                        ));
                        let body = match (acc, field) {
                            (Some(a), _) => BodySyntax::Accessor(a),
                            (None, Some(f)) => BodySyntax::AutoGet(f),
                            _ => BodySyntax::None,
                        };
                        self.push_method(
                            si,
                            site,
                            idx,
                            body,
                            g.clone(),
                            name.range,
                            Some(name.text.clone()),
                        );
                        if let Some(a) = acc {
                            self.set_block(a.range, super::declare::Returner::Property);
                        }
                        self.record_implements(si, site, &g, idx, implements, "get_");
                        getter = Some(idx);
                    }
                    if want_set {
                        let acc = accessors.iter().find(|a| !a.is_get);
                        let aflags = match acc {
                            Some(a) if !a.modifiers.is_empty() => {
                                (flags & !mf::ACCESS_MASK) | access(&a.modifiers, mf::PUBLIC)
                            }
                            _ => flags,
                        };
                        let vname = acc
                            .and_then(|a| a.params.first())
                            .map_or("Value".to_owned(), |p| p.name.name.text.clone());
                        let mut sps = ps.clone();
                        sps.push(value_param(&vname, pty.clone()));
                        let idx = d.methods.len() as u32;
                        d.methods.push(MethodSym::new(
                            format!("set_{}", name.text),
                            aflags,
                            Ty::Void,
                            sps,
                        ));
                        let body = match (acc, field) {
                            (Some(a), _) => BodySyntax::Accessor(a),
                            (None, Some(f)) => BodySyntax::AutoSet(f),
                            _ => BodySyntax::None,
                        };
                        self.push_method(si, site, idx, body, g.clone(), name.range, None);
                        self.record_implements(si, site, &g, idx, implements, "set_");
                        setter = Some(idx);
                    }
                    if has(mods, Modifier::Default) {
                        self.out.default_members.push((site.id, name.text.clone()));
                        d.default_member = Some(name.text.clone());
                    }
                    let n = d.properties.len() as u32;
                    self.note_member(
                        RowSymbol::Property(site.id, n),
                        AttrTarget::Property(site.id, n),
                        site,
                        &m.attributes,
                        name.range,
                    );
                    d.properties.push(PropertySym {
                        name: name.text.clone(),
                        ty: pty,
                        params: ps,
                        getter,
                        setter,
                    });
                }
                MemberKind::Event {
                    name,
                    ty,
                    implements,
                    ..
                } => {
                    let ety = match ty {
                        Some(t) => self.ty(site, &g, t),
                        None => {
                            let meta = format!("{}EventHandler", name.text);
                            match self
                                .world
                                .ty(site.id)
                                .nested
                                .iter()
                                .copied()
                                .find(|n| self.world.ty(*n).name == meta)
                            {
                                Some(n) => {
                                    let np = self.world.ty(n).generic_params.len() as u32;
                                    if np == 0 {
                                        Ty::named(n)
                                    } else {
                                        Ty::Named(n, (0..np).map(Ty::Var).collect())
                                    }
                                }
                                None => Ty::Error,
                            }
                        }
                    };
                    let mut flags = if is_interface {
                        mf::PUBLIC
                    } else {
                        access(mods, mf::PUBLIC)
                    } | mf::HIDE_BY_SIG
                        | mf::SPECIAL_NAME;
                    if is_shared {
                        flags |= mf::STATIC;
                    }
                    flags |= virtual_flags(mods, is_interface);
                    if !implements.is_empty() && flags & mf::VIRTUAL == 0 {
                        flags |= mf::VIRTUAL | mf::FINAL | mf::NEW_SLOT;
                    }
                    let field = if is_interface {
                        None
                    } else {
                        let mut fflags = ff::PRIVATE;
                        if is_shared {
                            fflags |= ff::STATIC;
                        }
                        let idx = d.fields.len() as u32;
                        d.fields.push(FieldSym {
                            name: format!("{}Event", name.text),
                            flags: fflags,
                            ty: ety.clone(),
                            constant: None,
                            rid: 0,
                        });
                        Some(idx)
                    };
                    let mut add = None;
                    let mut remove = None;
                    for (kind, slot) in [("add_", &mut add), ("remove_", &mut remove)] {
                        let idx = d.methods.len() as u32;
                        d.methods.push(MethodSym::new(
                            format!("{kind}{}", name.text),
                            flags,
                            Ty::Void,
                            vec![value_param("obj", ety.clone())],
                        ));
                        let body = match field {
                            Some(f) if kind == "add_" => BodySyntax::EventAdd(f),
                            Some(f) => BodySyntax::EventRemove(f),
                            None => BodySyntax::None,
                        };
                        self.push_method(si, site, idx, body, g.clone(), name.range, None);
                        self.record_implements(si, site, &g, idx, implements, kind);
                        *slot = Some(idx);
                    }
                    let n = d.events.len() as u32;
                    self.note_member(
                        RowSymbol::Event(site.id, n),
                        AttrTarget::Event(site.id, n),
                        site,
                        &m.attributes,
                        name.range,
                    );
                    d.events.push(EventSym {
                        name: name.text.clone(),
                        ty: ety,
                        add,
                        remove,
                        field,
                    });
                }
                MemberKind::Operator {
                    operator,
                    params,
                    return_type,
                    body,
                } => {
                    let ret = match return_type {
                        Some(t) => self.ty(site, &g, t),
                        None => Ty::Object,
                    };
                    let ps = self.params(site, &g, params);
                    let widening = has(mods, Modifier::Widening);
                    let Some(opname) = operator_name(operator, ps.len(), widening) else {
                        self.diags.push(Diagnostic::new(
                            Code::CL0002,
                            site.file,
                            m.range,
                            &[&format!("the operator '{operator}'")],
                        ));
                        continue;
                    };
                    let idx = d.methods.len() as u32;
                    d.methods.push(MethodSym::new(
                        opname,
                        mf::PUBLIC | mf::STATIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME,
                        ret,
                        ps,
                    ));
                    self.push_method(
                        si,
                        site,
                        idx,
                        BodySyntax::Method(body),
                        g.clone(),
                        m.range,
                        Some(String::new()),
                    );
                    self.set_block(
                        m.range,
                        super::declare::Returner::Operator(operator.clone()),
                    );
                }
                MemberKind::Declare {
                    charset,
                    signature,
                    library,
                    alias,
                } => {
                    let stmt = super::declare_stmt::DeclareStmt {
                        charset: charset.as_ref(),
                        signature,
                        library,
                        alias: alias.as_deref(),
                    };
                    self.declare_statement((si, site), &g, &mut d, mods, stmt);
                }
                MemberKind::EnumMember { .. } | MemberKind::Type(_) | MemberKind::Error => {}
            }
        }
        if matches!(kind, TypeKind::Class) && !has_instance_ctor && !is_module {
            let vis = if decl.modifiers.contains(&Modifier::MustInherit) {
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
            self.push_method(
                si,
                site,
                idx,
                BodySyntax::Ctor(None),
                g.clone(),
                decl.name.range,
                None,
            );
        }
        if has_static_ctor || needs_static_ctor {
            let idx = d.methods.len() as u32;
            d.methods.push(MethodSym::new(
                ".cctor",
                mf::PRIVATE | mf::STATIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | mf::RT_SPECIAL_NAME,
                Ty::Void,
                Vec::new(),
            ));
            self.push_method(
                si,
                site,
                idx,
                BodySyntax::StaticCtor(static_ctor),
                g.clone(),
                decl.name.range,
                None,
            );
        }
        d
    }

    /// Records where a field, property or event was declared and its `CLSCompliant` mark.
    fn note_member(
        &mut self,
        row: RowSymbol,
        target: AttrTarget,
        site: &TypeSite<'a>,
        attributes: &[crate::syntax::AttributeBlock],
        range: frontend_core::source::TextRange,
    ) {
        self.out.member_ranges.push((row, site.file, range));
        if let Some(v) = super::cls_attrs::cls_mark(attributes, None) {
            self.out.cls_marks.push((target, v));
        }
    }

    /// Records `Implements I.M` clauses for a method (or an accessor, with `prefix`).
    fn record_implements(
        &mut self,
        si: usize,
        site: &TypeSite<'a>,
        g: &super::scope::GenericContext,
        idx: u32,
        implements: &[crate::syntax::TypeSyntax],
        prefix: &str,
    ) {
        for clause in implements {
            let crate::syntax::TypeKind::Named {
                qualifier: Some(q),
                name,
                ..
            } = &clause.kind
            else {
                continue;
            };
            let ity = self.ty(site, g, q);
            if ity.is_error() {
                continue;
            }
            self.out.implements.push((
                frontend_core::symbols::MethodId { ty: site.id, idx },
                ity,
                format!("{prefix}{}", name.text),
                clause.range,
                si,
            ));
        }
    }
}

fn has_flags_attribute(decl: &crate::syntax::TypeDecl) -> bool {
    decl.attributes.iter().flat_map(|b| &b.attributes).any(|a| {
        super::scope::dotted(&a.name).is_some_and(|n| {
            let n = n.to_ascii_lowercase();
            matches!(
                n.as_str(),
                "flags" | "flagsattribute" | "system.flags" | "system.flagsattribute"
            )
        })
    })
}
