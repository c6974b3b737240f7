//! Declarations: the source types' shells (names, kinds, nesting, generic parameters)
//! first, so every signature can name any type, then each type's details — base,
//! interfaces, fields, methods, properties, events, with C#'s metadata flags — and a
//! record of where each method's body comes from for the body binder.
//!
//! Synthesized members follow csc: a default constructor when a class declares none,
//! a static constructor when static fields have initializers, backing fields and
//! accessors for auto-properties and field-like events, `value__` and literal fields for
//! enums, `.ctor`/`Invoke` for delegates.

use super::scope::{GenericContext, NsScope, TypeResolver, metadata_name};
use crate::syntax::{
    Accessor, CompilationUnit, ConstraintClause, Expr, Member, MemberKind, MethodBody, Modifier,
    NamespaceMember, ParamModifier, Parameter, TypeDecl, TypeDeclKind,
};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{
    AsmSymbols, EventSym, FieldSym, GenericParamSym, MethodId, MethodSym, ParamMode, ParamSym,
    PropertySym, TypeDetails, TypeKind, TypeSym, World, field_flags as ff, generic_flags,
    method_flags as mf, type_flags as tf,
};
use frontend_core::types::{Ty, TypeId};
use std::sync::OnceLock;

/// A source type declaration and what it sees.
pub struct TypeSite<'a> {
    pub decl: &'a TypeDecl,
    pub file: FileId,
    pub scope: NsScope,
    pub id: TypeId,
}

/// Where a method's body comes from.
#[derive(Clone, Copy)]
pub enum BodySyntax<'a> {
    /// A method, operator or conversion with a block or expression body.
    Method(&'a MethodBody),
    /// A constructor: its initializer and body (`None`: the synthesized default one).
    Ctor(Option<&'a Member>),
    /// The static constructor (declared or synthesized for field initializers).
    StaticCtor(Option<&'a Member>),
    /// A property or indexer accessor with a body.
    Accessor(&'a MethodBody),
    /// `=> expr` property getter.
    ExprGetter(&'a Expr),
    AutoGet(u32),
    AutoSet(u32),
    EventAdd(u32),
    EventRemove(u32),
    /// Abstract, extern, interface and delegate members.
    None,
}

/// A method to bind.
pub struct MethodSite<'a> {
    pub id: MethodId,
    pub site: usize,
    pub body: BodySyntax<'a>,
    pub generics: GenericContext,
    /// The declaration's range (missing-return diagnostics point at the name).
    pub name_range: TextRange,
}

/// Everything the declaration pass learned.
#[derive(Default)]
pub struct Declared<'a> {
    pub methods: Vec<MethodSite<'a>>,
    /// Field initializers by type site: (field index, initializer, is static).
    pub field_inits: Vec<Vec<(u32, &'a Expr, bool)>>,
    /// Explicit interface implementations: (method, interface type, interface method
    /// name) resolved against the world after details are set.
    pub explicit_impls: Vec<(MethodId, Ty, String)>,
    /// `[Flags]`, `[Obsolete]` and friends: (target, site, attribute syntax).
    pub attributes: Vec<(
        frontend_core::emit::module::AttrTarget,
        usize,
        &'a crate::syntax::Attribute,
    )>,
    /// Types that need `DefaultMemberAttribute("Item")`.
    pub default_members: Vec<TypeId>,
}

/// Collects type shells from every file, in declaration order (enclosing types first).
pub fn collect_shells<'a>(
    units: &'a [(FileId, CompilationUnit)],
    diags: &mut Vec<Diagnostic>,
) -> (AsmSymbols, Vec<TypeSite<'a>>) {
    let mut asm = AsmSymbols::default();
    let mut sites = Vec::new();
    for (file, unit) in units {
        let mut scope = NsScope {
            namespaces: vec![String::new()],
            ..Default::default()
        };
        scope.add_usings(&unit.usings);
        collect_members(
            &unit.members,
            *file,
            &scope,
            None,
            &mut asm,
            &mut sites,
            diags,
        );
    }
    asm.index();
    (asm, sites)
}

fn collect_members<'a>(
    members: &'a [NamespaceMember],
    file: FileId,
    scope: &NsScope,
    _outer: Option<TypeId>,
    asm: &mut AsmSymbols,
    sites: &mut Vec<TypeSite<'a>>,
    diags: &mut Vec<Diagnostic>,
) {
    for m in members {
        match m {
            NamespaceMember::Namespace(ns) => {
                let name: Vec<&str> = ns.name.parts.iter().map(|p| p.text.as_str()).collect();
                let inner = scope.enter(&name.join("."), &ns.usings);
                collect_members(&ns.members, file, &inner, None, asm, sites, diags);
            }
            NamespaceMember::Type(t) => collect_type(t, file, scope, None, asm, sites, diags),
            NamespaceMember::Error(_) => {}
        }
    }
}

fn collect_type<'a>(
    t: &'a TypeDecl,
    file: FileId,
    scope: &NsScope,
    outer: Option<TypeId>,
    asm: &mut AsmSymbols,
    sites: &mut Vec<TypeSite<'a>>,
    diags: &mut Vec<Diagnostic>,
) {
    let id = TypeId {
        asm: 0,
        idx: asm.types.len() as u32,
    };
    let mut generic_params: Vec<GenericParamSym> = outer
        .map(|o| asm.types[o.idx as usize].generic_params.clone())
        .unwrap_or_default();
    for p in &t.type_params {
        generic_params.push(GenericParamSym {
            name: p.text.clone(),
            flags: 0,
            constraints: Vec::new(),
        });
    }
    let namespace = scope.namespace().to_owned();
    let name = metadata_name(&t.name.text, t.type_params.len());
    // Duplicate top-level names (CS0101).
    let dup = asm.types.iter().any(|o| {
        o.enclosing == outer && o.name == name && (outer.is_some() || o.namespace == namespace)
    });
    if dup {
        diags.push(Diagnostic::new(
            Code::CS0101,
            file,
            t.name.range,
            &[
                if namespace.is_empty() {
                    "<global namespace>"
                } else {
                    &namespace
                },
                &t.name.text,
            ],
        ));
    }
    let kind = match t.kind {
        TypeDeclKind::Class => TypeKind::Class,
        TypeDeclKind::Struct => TypeKind::Struct,
        TypeDeclKind::Interface => TypeKind::Interface,
        TypeDeclKind::Enum => TypeKind::Enum,
        TypeDeclKind::Delegate => TypeKind::Delegate,
    };
    let flags = type_attributes(t, kind, outer.is_some());
    asm.types.push(TypeSym {
        name,
        namespace,
        enclosing: outer,
        flags,
        kind,
        generic_params,
        nested: Vec::new(),
        rid: id.idx + 2,
        details: OnceLock::new(),
    });
    if let Some(o) = outer {
        asm.types[o.idx as usize].nested.push(id);
    }
    sites.push(TypeSite {
        decl: t,
        file,
        scope: scope.clone(),
        id,
    });
    for m in &t.members {
        if let MemberKind::Type(inner) = &m.kind {
            collect_type(inner, file, scope, Some(id), asm, sites, diags);
        }
    }
}

fn has(mods: &[Modifier], m: Modifier) -> bool {
    mods.contains(&m)
}

fn type_attributes(t: &TypeDecl, kind: TypeKind, nested: bool) -> u32 {
    let m = &t.modifiers;
    let vis = if nested {
        if has(m, Modifier::Public) {
            tf::NESTED_PUBLIC
        } else if has(m, Modifier::Protected) && has(m, Modifier::Internal) {
            tf::NESTED_FAM_OR_ASSEM
        } else if has(m, Modifier::Protected) {
            tf::NESTED_FAMILY
        } else if has(m, Modifier::Internal) {
            tf::NESTED_ASSEMBLY
        } else {
            tf::NESTED_PRIVATE
        }
    } else if has(m, Modifier::Public) {
        tf::PUBLIC
    } else {
        0
    };
    let has_static_ctor = t.members.iter().any(|mem| {
        matches!(mem.kind, MemberKind::Constructor { .. }) && has(&mem.modifiers, Modifier::Static)
    });
    let mut flags = vis;
    match kind {
        TypeKind::Class => {
            if has(m, Modifier::Abstract) {
                flags |= tf::ABSTRACT;
            }
            if has(m, Modifier::Sealed) {
                flags |= tf::SEALED;
            }
            if has(m, Modifier::Static) {
                flags |= tf::ABSTRACT | tf::SEALED;
            }
            if !has_static_ctor {
                flags |= tf::BEFORE_FIELD_INIT;
            }
        }
        TypeKind::Struct => {
            flags |= tf::SEALED | tf::SEQUENTIAL_LAYOUT;
            if !has_static_ctor {
                flags |= tf::BEFORE_FIELD_INIT;
            }
        }
        TypeKind::Interface => flags |= tf::INTERFACE | tf::ABSTRACT,
        TypeKind::Enum | TypeKind::Delegate => flags |= tf::SEALED,
    }
    flags
}

/// Member accessibility → MethodAttributes/FieldAttributes access bits (same values).
fn access(mods: &[Modifier], default: u16) -> u16 {
    if has(mods, Modifier::Public) {
        mf::PUBLIC
    } else if has(mods, Modifier::Protected) && has(mods, Modifier::Internal) {
        mf::FAM_OR_ASSEM
    } else if has(mods, Modifier::Protected) {
        mf::FAMILY
    } else if has(mods, Modifier::Internal) {
        mf::ASSEMBLY
    } else if has(mods, Modifier::Private) {
        mf::PRIVATE
    } else {
        default
    }
}

/// C#'s operator token → metadata name.
pub fn operator_name(op: &str, arity: usize) -> Option<&'static str> {
    Some(match (op, arity) {
        ("+", 2) => "op_Addition",
        ("-", 2) => "op_Subtraction",
        ("*", 2) => "op_Multiply",
        ("/", 2) => "op_Division",
        ("%", 2) => "op_Modulus",
        ("&", 2) => "op_BitwiseAnd",
        ("|", 2) => "op_BitwiseOr",
        ("^", 2) => "op_ExclusiveOr",
        ("<<", 2) => "op_LeftShift",
        (">>", 2) => "op_RightShift",
        ("==", 2) => "op_Equality",
        ("!=", 2) => "op_Inequality",
        ("<", 2) => "op_LessThan",
        (">", 2) => "op_GreaterThan",
        ("<=", 2) => "op_LessThanOrEqual",
        (">=", 2) => "op_GreaterThanOrEqual",
        ("+", 1) => "op_UnaryPlus",
        ("-", 1) => "op_UnaryNegation",
        ("!", 1) => "op_LogicalNot",
        ("~", 1) => "op_OnesComplement",
        ("++", 1) => "op_Increment",
        ("--", 1) => "op_Decrement",
        ("true", 1) => "op_True",
        ("false", 1) => "op_False",
        _ => return None,
    })
}

/// Resolves every source type's details and records the bodies to bind.
pub struct Declarer<'a, 'w> {
    pub world: &'w World,
    /// Source texts by `FileId` (literals are read from the text).
    pub sources: &'w [&'a str],
    pub sites: &'w [TypeSite<'a>],
    pub diags: &'w mut Vec<Diagnostic>,
    pub out: Declared<'a>,
}

impl<'a> Declarer<'a, '_> {
    fn src(&self, file: FileId) -> &'a str {
        self.sources.get(file.0 as usize).copied().unwrap_or("")
    }

    fn resolver<'s>(
        &'s self,
        site: &'s TypeSite<'a>,
        generics: &'s GenericContext,
    ) -> TypeResolver<'s> {
        TypeResolver {
            world: self.world,
            file: site.file,
            scope: &site.scope,
            generics,
        }
    }

    fn type_generics(&self, site: &TypeSite<'a>) -> GenericContext {
        GenericContext {
            ty: Some(site.id),
            type_params: self
                .world
                .ty(site.id)
                .generic_params
                .iter()
                .map(|g| g.name.clone())
                .collect(),
            method_params: Vec::new(),
        }
    }

    /// Computes all details; the caller stores them in the world.
    pub fn run(&mut self) -> Vec<TypeDetails> {
        let mut all = Vec::new();
        self.out.field_inits = vec![Vec::new(); self.sites.len()];
        for (i, site) in self.sites.iter().enumerate() {
            let d = self.type_details(i, site);
            all.push(d);
        }
        all
    }

    fn ty(&mut self, site: &TypeSite<'a>, g: &GenericContext, t: &crate::syntax::TypeSyntax) -> Ty {
        let mut d = Vec::new();
        let r = self.resolver(site, g).resolve(t, &mut d);
        self.diags.extend(d);
        r
    }

    fn params(
        &mut self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        ps: &[Parameter],
    ) -> Vec<ParamSym> {
        ps.iter()
            .map(|p| {
                let ty = self.ty(site, g, &p.ty);
                let default = p
                    .default
                    .as_ref()
                    .and_then(|e| super::constfold::const_expr(e, &ty, &[], self.src(site.file)));
                ParamSym {
                    name: p.name.text.clone(),
                    ty,
                    mode: match p.modifier {
                        ParamModifier::Ref => ParamMode::Ref,
                        ParamModifier::Out => ParamMode::Out,
                        _ => ParamMode::Value,
                    },
                    is_params: p.modifier == ParamModifier::Params,
                    default,
                }
            })
            .collect()
    }

    fn method_generics(
        &mut self,
        site: &TypeSite<'a>,
        base: &GenericContext,
        names: &[crate::syntax::Ident],
        clauses: &[ConstraintClause],
    ) -> (GenericContext, Vec<GenericParamSym>) {
        let mut g = base.clone();
        g.method_params = names.iter().map(|n| n.text.clone()).collect();
        let params = names
            .iter()
            .map(|n| self.generic_param(site, &g, &n.text, clauses))
            .collect();
        (g, params)
    }

    fn generic_param(
        &mut self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        name: &str,
        clauses: &[ConstraintClause],
    ) -> GenericParamSym {
        let mut p = GenericParamSym {
            name: name.to_owned(),
            flags: 0,
            constraints: Vec::new(),
        };
        for c in clauses.iter().filter(|c| c.param.text == name) {
            for k in &c.constraints {
                match k {
                    crate::syntax::Constraint::Class => p.flags |= generic_flags::REFERENCE_TYPE,
                    crate::syntax::Constraint::Struct => {
                        p.flags |= generic_flags::VALUE_TYPE | generic_flags::DEFAULT_CTOR;
                        if let Some(vt) = self.world.well_known("System", "ValueType") {
                            p.constraints.push(Ty::named(vt));
                        }
                    }
                    crate::syntax::Constraint::New => p.flags |= generic_flags::DEFAULT_CTOR,
                    crate::syntax::Constraint::Type(t) => {
                        let ty = self.ty(site, g, t);
                        p.constraints.push(ty);
                    }
                }
            }
        }
        p
    }

    fn type_details(&mut self, si: usize, site: &TypeSite<'a>) -> TypeDetails {
        let decl = site.decl;
        let g = self.type_generics(site);
        let sym = self.world.ty(site.id);
        let kind = sym.kind;
        let mut d = TypeDetails::default();
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
            TypeKind::Enum => {
                let underlying = d.enum_underlying.clone().unwrap_or(Ty::I4);
                d.enum_underlying = Some(underlying.clone());
                d.fields.push(FieldSym {
                    name: "value__".into(),
                    flags: mf::PUBLIC | ff::SPECIAL_NAME | ff::RT_SPECIAL_NAME,
                    ty: underlying.clone(),
                    constant: None,
                    rid: 0,
                });
                let mut next: i128 = 0;
                let mut values: Vec<(String, i128)> = Vec::new();
                for (attrs, name, value) in &decl.enum_members {
                    let _ = attrs;
                    let v = match value {
                        Some(e) => {
                            match super::constfold::enum_value(
                                e,
                                &values,
                                self.src(site.file),
                                &|x: &Expr| self.member_constant(site, &g, x),
                            ) {
                                Some(v) => v,
                                None => {
                                    self.diags.push(Diagnostic::new(
                                        Code::CS0133,
                                        site.file,
                                        e.range,
                                        &[&name.text],
                                    ));
                                    next
                                }
                            }
                        }
                        None => next,
                    };
                    values.push((name.text.clone(), v));
                    next = v + 1;
                    d.fields.push(FieldSym {
                        name: name.text.clone(),
                        flags: mf::PUBLIC | ff::STATIC | ff::LITERAL | ff::HAS_DEFAULT,
                        ty: self_ty.clone(),
                        constant: Some(super::constfold::int_const(v, &underlying)),
                        rid: 0,
                    });
                }
                self.collect_attributes(
                    si,
                    site,
                    &decl.attributes,
                    frontend_core::emit::module::AttrTarget::Type(site.id),
                );
                d.is_flags = decl.attributes.iter().flat_map(|s| &s.attributes).any(|a| {
                    matches!(
                        super::scope::dotted(&a.name).as_deref(),
                        Some("Flags" | "FlagsAttribute" | "System.Flags" | "System.FlagsAttribute")
                    )
                });
                return d;
            }
            TypeKind::Delegate => {
                if let Some((ret, params)) = &decl.delegate {
                    let ret = self.ty(site, &g, ret);
                    let params = self.params(site, &g, params);
                    d.methods.push(MethodSym {
                        name: ".ctor".into(),
                        flags: mf::PUBLIC
                            | mf::HIDE_BY_SIG
                            | mf::SPECIAL_NAME
                            | mf::RT_SPECIAL_NAME,
                        impl_flags: 0x3,
                        generic_params: Vec::new(),
                        ret: Ty::Void,
                        params: vec![
                            ParamSym {
                                name: "object".into(),
                                ty: Ty::Object,
                                mode: ParamMode::Value,
                                is_params: false,
                                default: None,
                            },
                            ParamSym {
                                name: "method".into(),
                                ty: Ty::I,
                                mode: ParamMode::Value,
                                is_params: false,
                                default: None,
                            },
                        ],
                        rid: 0,
                    });
                    d.methods.push(MethodSym {
                        name: "Invoke".into(),
                        flags: mf::PUBLIC | mf::HIDE_BY_SIG | mf::VIRTUAL | mf::NEW_SLOT,
                        impl_flags: 0x3,
                        generic_params: Vec::new(),
                        ret,
                        params,
                        rid: 0,
                    });
                    for i in 0..2u32 {
                        self.out.methods.push(MethodSite {
                            id: MethodId {
                                ty: site.id,
                                idx: i,
                            },
                            site: si,
                            body: BodySyntax::None,
                            generics: g.clone(),
                            name_range: decl.name.range,
                        });
                    }
                }
                return d;
            }
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
        let mut static_ctor: Option<&'a Member> = None;
        let mut needs_static_ctor = false;
        let mut has_indexer = false;
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
                            constant = v.init.as_ref().and_then(|e| {
                                super::constfold::const_expr_with(
                                    e,
                                    &fty,
                                    &known,
                                    self.src(site.file),
                                    &lookup,
                                )
                            });
                            if constant.is_none() {
                                let at = v.init.as_ref().map_or(v.name.range, |e| e.range);
                                self.diags.push(Diagnostic::new(
                                    Code::CS0133,
                                    site.file,
                                    at,
                                    &[&v.name.text],
                                ));
                                constant = Some(frontend_core::constant::ConstValue::I4(0));
                            }
                        }
                        self.check_duplicate(site, &d, &v.name.text, v.name.range);
                        let idx = d.fields.len() as u32;
                        d.fields.push(FieldSym {
                            name: v.name.text.clone(),
                            flags,
                            ty: fty.clone(),
                            constant,
                            rid: 0,
                        });
                        if let (Some(init), false) = (&v.init, is_const) {
                            self.out.field_inits[si].push((idx, init, is_static));
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
                    let mut mname = name.text.clone();
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
                            name.text.clone(),
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
                        generics: g.clone(),
                        name_range: name.range,
                    });
                }
                MemberKind::Destructor { name, body } => {
                    let idx = d.methods.len() as u32;
                    d.methods.push(MethodSym {
                        name: "Finalize".into(),
                        flags: mf::FAMILY | mf::HIDE_BY_SIG | mf::VIRTUAL,
                        impl_flags: 0,
                        generic_params: Vec::new(),
                        ret: Ty::Void,
                        params: Vec::new(),
                        rid: 0,
                    });
                    self.out.methods.push(MethodSite {
                        id: MethodId { ty: site.id, idx },
                        site: si,
                        body: BodySyntax::Method(body),
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
                    let mut base_flags = if is_interface {
                        mf::PUBLIC
                    } else {
                        access(mods, mf::PRIVATE)
                    } | mf::HIDE_BY_SIG
                        | mf::SPECIAL_NAME;
                    if is_static {
                        base_flags |= mf::STATIC;
                    }
                    base_flags |= virtual_flags(mods, is_interface);
                    let mut pname = name.text.clone();
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
                        if !accessors.iter().any(|a| a.kind.text == "set") {
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
                            self.out.field_inits[si].push((idx, init, is_static));
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
                        accessors,
                        expression_body.as_ref(),
                        field,
                        name.range,
                        iface_ty.as_ref().map(|t| (t.clone(), name.text.clone())),
                    );
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
                    let mut base_flags = if is_interface {
                        mf::PUBLIC
                    } else {
                        access(mods, mf::PRIVATE)
                    } | mf::HIDE_BY_SIG
                        | mf::SPECIAL_NAME;
                    base_flags |= virtual_flags(mods, is_interface);
                    let _ = explicit_interface;
                    has_indexer = true;
                    let (getter, setter) = self.accessors(
                        si,
                        site,
                        &g,
                        &mut d,
                        "Item",
                        base_flags,
                        &pty,
                        &ps,
                        accessors,
                        expression_body.as_ref(),
                        None,
                        m.range,
                        None,
                    );
                    d.properties.push(PropertySym {
                        name: "Item".into(),
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
                    let mut base_flags = if is_interface {
                        mf::PUBLIC
                    } else {
                        access(mods, mf::PRIVATE)
                    } | mf::HIDE_BY_SIG
                        | mf::SPECIAL_NAME;
                    if is_static {
                        base_flags |= mf::STATIC;
                    }
                    base_flags |= virtual_flags(mods, is_interface);
                    let names: Vec<(String, TextRange, Option<&'a Expr>)> =
                        if declarators.is_empty() {
                            name.iter()
                                .map(|n| (n.text.clone(), n.range, None))
                                .collect()
                        } else {
                            declarators
                                .iter()
                                .map(|v| (v.name.text.clone(), v.name.range, v.init.as_ref()))
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
                                self.out.field_inits[si].push((idx, init, is_static));
                            }
                            Some(idx)
                        } else {
                            None
                        };
                        let mut add = None;
                        let mut remove = None;
                        for (kind, slot) in [("add", &mut add), ("remove", &mut remove)] {
                            let idx = d.methods.len() as u32;
                            d.methods.push(MethodSym {
                                name: format!("{kind}_{ename}"),
                                flags: base_flags,
                                impl_flags: 0,
                                generic_params: Vec::new(),
                                ret: Ty::Void,
                                params: vec![ParamSym {
                                    name: "value".into(),
                                    ty: ety.clone(),
                                    mode: ParamMode::Value,
                                    is_params: false,
                                    default: None,
                                }],
                                rid: 0,
                            });
                            let body =
                                match (field, kind, accessors.iter().find(|a| a.kind.text == kind))
                                {
                                    (_, _, Some(a)) => BodySyntax::Accessor(&a.body),
                                    (Some(f), "add", None) => BodySyntax::EventAdd(f),
                                    (Some(f), _, None) => BodySyntax::EventRemove(f),
                                    _ => BodySyntax::None,
                                };
                            self.out.methods.push(MethodSite {
                                id: MethodId { ty: site.id, idx },
                                site: si,
                                body,
                                generics: g.clone(),
                                name_range: range,
                            });
                            *slot = Some(idx);
                        }
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
                    let idx = d.methods.len() as u32;
                    d.methods.push(MethodSym {
                        name: opname.into(),
                        flags: mf::PUBLIC | mf::STATIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME,
                        impl_flags: 0,
                        generic_params: Vec::new(),
                        ret,
                        params: ps,
                        rid: 0,
                    });
                    self.out.methods.push(MethodSite {
                        id: MethodId { ty: site.id, idx },
                        site: si,
                        body: BodySyntax::Method(body),
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
                    let idx = d.methods.len() as u32;
                    let opname = if *implicit {
                        "op_Implicit"
                    } else {
                        "op_Explicit"
                    };
                    d.methods.push(MethodSym {
                        name: opname.into(),
                        flags: mf::PUBLIC | mf::STATIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME,
                        impl_flags: 0,
                        generic_params: Vec::new(),
                        ret,
                        params: ps,
                        rid: 0,
                    });
                    self.out.methods.push(MethodSite {
                        id: MethodId { ty: site.id, idx },
                        site: si,
                        body: BodySyntax::Method(body),
                        generics: g.clone(),
                        name_range: m.range,
                    });
                }
                MemberKind::Type(_) | MemberKind::Error => {}
            }
        }
        if has_indexer {
            self.out.default_members.push(site.id);
        }
        if kind == TypeKind::Class && !has_instance_ctor && !is_static_class {
            let vis = if decl.modifiers.contains(&Modifier::Abstract) {
                mf::FAMILY
            } else {
                mf::PUBLIC
            };
            let idx = d.methods.len() as u32;
            d.methods.push(MethodSym {
                name: ".ctor".into(),
                flags: vis | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | mf::RT_SPECIAL_NAME,
                impl_flags: 0,
                generic_params: Vec::new(),
                ret: Ty::Void,
                params: Vec::new(),
                rid: 0,
            });
            self.out.methods.push(MethodSite {
                id: MethodId { ty: site.id, idx },
                site: si,
                body: BodySyntax::Ctor(None),
                generics: g.clone(),
                name_range: decl.name.range,
            });
        }
        if static_ctor.is_some() || needs_static_ctor {
            let idx = d.methods.len() as u32;
            d.methods.push(MethodSym {
                name: ".cctor".into(),
                flags: mf::PRIVATE
                    | mf::STATIC
                    | mf::HIDE_BY_SIG
                    | mf::SPECIAL_NAME
                    | mf::RT_SPECIAL_NAME,
                impl_flags: 0,
                generic_params: Vec::new(),
                ret: Ty::Void,
                params: Vec::new(),
                rid: 0,
            });
            self.out.methods.push(MethodSite {
                id: MethodId { ty: site.id, idx },
                site: si,
                body: BodySyntax::StaticCtor(static_ctor),
                generics: g.clone(),
                name_range: decl.name.range,
            });
        }
        d
    }

    /// The value of an imported `const` field or enum member named `Type.Member`.
    fn member_constant(
        &self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        e: &Expr,
    ) -> Option<frontend_core::constant::ConstValue> {
        let crate::syntax::ExprKind::Member { target, name, .. } = &e.kind else {
            return None;
        };
        let ty_syntax = match &target.kind {
            crate::syntax::ExprKind::PredefinedType(t) => t.clone(),
            crate::syntax::ExprKind::Name { name: n, .. } => crate::syntax::TypeSyntax {
                kind: crate::syntax::TypeKind::Named {
                    qualifier: None,
                    name: n.clone(),
                    args: Vec::new(),
                },
                range: target.range,
            },
            _ => return None,
        };
        let ty = self.resolver(site, g).resolve(&ty_syntax, &mut Vec::new());
        let id = self.world.type_def_of(&ty)?;
        if id.is_source() {
            return None;
        }
        let d = self.world.details(id);
        d.fields
            .iter()
            .find(|f| f.name == name.text && f.is_literal())
            .and_then(|f| f.constant.clone())
    }

    fn check_duplicate(
        &mut self,
        site: &TypeSite<'a>,
        d: &TypeDetails,
        name: &str,
        range: TextRange,
    ) {
        if d.fields.iter().any(|f| f.name == name) || d.properties.iter().any(|p| p.name == name) {
            let owner = super::display::ty(self.world, &Ty::named(site.id));
            self.diags.push(Diagnostic::new(
                Code::CS0102,
                site.file,
                range,
                &[&owner, name],
            ));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn accessors(
        &mut self,
        si: usize,
        site: &TypeSite<'a>,
        g: &GenericContext,
        d: &mut TypeDetails,
        pname: &str,
        flags: u16,
        pty: &Ty,
        index_params: &[ParamSym],
        accessors: &'a [Accessor],
        expression_body: Option<&'a Expr>,
        field: Option<u32>,
        range: TextRange,
        explicit: Option<(Ty, String)>,
    ) -> (Option<u32>, Option<u32>) {
        let mut getter = None;
        let mut setter = None;
        let mut add = |d: &mut TypeDetails,
                       name: String,
                       ret: Ty,
                       params: Vec<ParamSym>,
                       body: BodySyntax<'a>,
                       acc_flags: u16,
                       out: &mut Declared<'a>| {
            let idx = d.methods.len() as u32;
            d.methods.push(MethodSym {
                name,
                flags: acc_flags,
                impl_flags: 0,
                generic_params: Vec::new(),
                ret,
                params,
                rid: 0,
            });
            out.methods.push(MethodSite {
                id: MethodId { ty: site.id, idx },
                site: si,
                body,
                generics: g.clone(),
                name_range: range,
            });
            idx
        };
        let acc_name = |kind: &str| match pname.rsplit_once('.') {
            Some((iface, n)) => format!("{iface}.{kind}_{n}"),
            None => format!("{kind}_{pname}"),
        };
        if let Some(e) = expression_body {
            getter = Some(add(
                d,
                acc_name("get"),
                pty.clone(),
                index_params.to_vec(),
                BodySyntax::ExprGetter(e),
                flags,
                &mut self.out,
            ));
        }
        for a in accessors {
            let acc_flags = if a.modifiers.is_empty() {
                flags
            } else {
                (flags & !mf::ACCESS_MASK) | access(&a.modifiers, mf::PRIVATE)
            };
            let body = match (&a.body, field) {
                (MethodBody::None, Some(f)) if a.kind.text == "get" => BodySyntax::AutoGet(f),
                (MethodBody::None, Some(f)) => BodySyntax::AutoSet(f),
                (MethodBody::None, None) => BodySyntax::None,
                (b, _) => BodySyntax::Accessor(b),
            };
            if a.kind.text == "get" {
                getter = Some(add(
                    d,
                    acc_name("get"),
                    pty.clone(),
                    index_params.to_vec(),
                    body,
                    acc_flags,
                    &mut self.out,
                ));
            } else {
                let mut ps = index_params.to_vec();
                ps.push(ParamSym {
                    name: "value".into(),
                    ty: pty.clone(),
                    mode: ParamMode::Value,
                    is_params: false,
                    default: None,
                });
                setter = Some(add(
                    d,
                    acc_name("set"),
                    Ty::Void,
                    ps,
                    body,
                    acc_flags,
                    &mut self.out,
                ));
            }
        }
        if let Some((ity, n)) = explicit {
            if let Some(gi) = getter {
                self.out.explicit_impls.push((
                    MethodId {
                        ty: site.id,
                        idx: gi,
                    },
                    ity.clone(),
                    format!("get_{n}"),
                ));
            }
            if let Some(si) = setter {
                self.out.explicit_impls.push((
                    MethodId {
                        ty: site.id,
                        idx: si,
                    },
                    ity,
                    format!("set_{n}"),
                ));
            }
        }
        (getter, setter)
    }

    fn collect_attributes(
        &mut self,
        si: usize,
        _site: &TypeSite<'a>,
        sections: &'a [crate::syntax::AttributeSection],
        target: frontend_core::emit::module::AttrTarget,
    ) {
        for s in sections {
            for a in &s.attributes {
                self.out.attributes.push((target, si, a));
            }
        }
    }
}

/// `virtual`/`override`/`abstract`/`sealed` → MethodAttributes.
fn virtual_flags(mods: &[Modifier], is_interface: bool) -> u16 {
    if is_interface {
        return mf::VIRTUAL | mf::ABSTRACT | mf::NEW_SLOT;
    }
    let mut f = 0;
    if has(mods, Modifier::Virtual) {
        f |= mf::VIRTUAL | mf::NEW_SLOT;
    }
    if has(mods, Modifier::Abstract) {
        f |= mf::VIRTUAL | mf::ABSTRACT | mf::NEW_SLOT;
    }
    if has(mods, Modifier::Override) {
        f |= mf::VIRTUAL;
        f &= !mf::NEW_SLOT;
        if has(mods, Modifier::Sealed) {
            f |= mf::FINAL;
        }
    }
    f
}
