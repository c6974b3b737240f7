//! Declarations: the source types' shells (names, kinds, nesting, generic parameters)
//! first, so every signature can name any type, then each type's details — base,
//! interfaces, fields, methods, properties, events, with C#'s metadata flags — and a
//! record of where each method's body comes from for the body binder.
//!
//! Synthesized members follow csc: a default constructor when a class declares none,
//! a static constructor when static fields have initializers, backing fields and
//! accessors for auto-properties and field-like events, `value__` and literal fields for
//! enums, `.ctor`/`Invoke` for delegates.
//!
//! The details of many types are declared on every core (`parallel`).

use super::input::{BodyInput, InputOptions, method_input};
use super::scope::{GenericContext, NsScope, TypeResolver, metadata_name};
use crate::syntax::{
    Accessor, CompilationUnit, ConstraintClause, Expr, Member, MemberKind, MethodBody, Modifier,
    NamespaceMember, ParamModifier, Parameter, TypeDecl, TypeDeclKind,
};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::RowSymbol;
use frontend_core::pool::default_threads;
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{
    AsmSymbols, GenericParamSym, MethodId, MethodSym, ParamMode, ParamSym, TypeDetails, TypeKind,
    TypeSym, World, generic_flags, method_flags as mf, type_flags as tf,
};
use frontend_core::types::{Ty, TypeId};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

mod parallel;
mod undeclared;

/// A source type declaration and what it sees.
pub struct TypeSite<'a> {
    pub decl: &'a TypeDecl,
    pub file: FileId,
    /// Shared by every type declared in the same namespace declaration.
    pub scope: Arc<NsScope>,
    pub id: TypeId,
}

/// Where a method's body comes from.
#[derive(Clone, Copy)]
pub enum BodySyntax<'a> {
    /// A method, operator or conversion with a block or expression body.
    Method(&'a MethodBody),
    /// A constructor: its initializer and body (`None`: the synthesized default one).
    Ctor(Option<&'a Arc<Member>>),
    /// The static constructor (declared or synthesized for field initializers).
    StaticCtor(Option<&'a Arc<Member>>),
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
    /// The member the body's syntax belongs to (its binding input shares it).
    pub member: Option<&'a Arc<Member>>,
    pub generics: GenericContext,
    /// The declaration's range (missing-return diagnostics point at the name).
    pub name_range: TextRange,
}

/// A field's (or auto-property's, or field-like event's) initializer.
#[derive(Clone, Copy)]
pub struct FieldInit<'a> {
    pub field: u32,
    pub value: &'a Expr,
    pub is_static: bool,
    /// The member declaring it.
    pub member: &'a Arc<Member>,
}

/// Everything the declaration pass learned.
#[derive(Default)]
pub struct Declared<'a> {
    pub methods: Vec<MethodSite<'a>>,
    /// Field initializers by type site.
    pub field_inits: Vec<Vec<FieldInit<'a>>>,
    /// Explicit interface implementations: (method, interface type, interface method
    /// name) resolved against the world after details are set.
    pub explicit_impls: Vec<(MethodId, Ty, String)>,
    /// `[Flags]`, `[Obsolete]` and friends: (target, site, attribute syntax).
    pub attributes: Vec<(
        frontend_core::emit::module::AttrTarget,
        usize,
        &'a crate::syntax::Attribute,
    )>,
    /// Types with indexers: `DefaultMemberAttribute` with the indexer's name (`Item`, or
    /// what `[IndexerName]` says).
    pub default_members: Vec<(TypeId, String)>,
    /// Where members with metadata rows are declared (fields, properties, events;
    /// types and methods are found through their sites), for diagnostics about rows.
    pub member_ranges: Vec<(RowSymbol, FileId, TextRange)>,
    /// Local functions (`local_fns`): each enclosing method with its synthesized
    /// methods, keyed by where their names start in the file.
    pub local_fns: Vec<(MethodId, Vec<(u32, MethodId)>)>,
    /// Each method's binding input with its anchor, in the order of `methods` (methods
    /// without IL have none), when the declarer was given [`InputOptions`].
    pub inputs: Vec<(MethodId, u32, Arc<BodyInput>)>,
}

/// Collects type shells from every file, in declaration order (enclosing types first).
pub fn collect_shells<'a>(
    units: &[(FileId, &'a CompilationUnit)],
    diags: &mut Vec<Diagnostic>,
) -> (AsmSymbols, Vec<TypeSite<'a>>) {
    let mut asm = AsmSymbols::default();
    let mut sites = Vec::new();
    for &(file, unit) in units {
        let mut scope = NsScope {
            namespaces: vec![String::new()],
            ..Default::default()
        };
        scope.add_usings(&unit.usings);
        let scope = Arc::new(scope);
        collect_members(
            &unit.members,
            file,
            &scope,
            None,
            &mut asm,
            &mut sites,
            diags,
        );
    }
    // `collect_type` filled the top-level index as it went (for CS0101).
    asm.index_namespaces();
    (asm, sites)
}

fn collect_members<'a>(
    members: &'a [NamespaceMember],
    file: FileId,
    scope: &Arc<NsScope>,
    _outer: Option<TypeId>,
    asm: &mut AsmSymbols,
    sites: &mut Vec<TypeSite<'a>>,
    diags: &mut Vec<Diagnostic>,
) {
    for m in members {
        match m {
            NamespaceMember::Namespace(ns) => {
                let name: Vec<&str> = ns.name.parts.iter().map(|p| &*p.text).collect();
                let inner = Arc::new(scope.enter(&name.join("."), &ns.usings));
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
    scope: &Arc<NsScope>,
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
    for (i, p) in t.type_params.iter().enumerate() {
        generic_params.push(GenericParamSym {
            name: p.text[..].to_owned(),
            flags: t.variance.get(i).copied().unwrap_or(0),
            constraints: Vec::new(),
        });
    }
    let namespace = scope.namespace().to_owned();
    let name = metadata_name(&t.name.text, t.type_params.len()).into_owned();
    // Duplicate top-level names (CS0101).
    let dup = match outer {
        Some(o) => asm.types[o.idx as usize]
            .nested
            .iter()
            .any(|n| asm.types[n.idx as usize].name == name),
        None => asm.top_level.add(&namespace, &name, id.idx).is_some(),
    };
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

pub(crate) fn has(mods: &[Modifier], m: Modifier) -> bool {
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
pub(crate) fn access(mods: &[Modifier], default: u16) -> u16 {
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
    /// What each method's binding input is made with, as its type is declared; `None`
    /// makes none (`Declared::inputs` stays empty).
    pub inputs: Option<&'w InputOptions>,
}

impl<'a> Declarer<'a, '_> {
    pub(crate) fn src(&self, file: FileId) -> &'a str {
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
            undeclared: Some(&self.sites),
        }
    }

    /// An indexer's metadata name: what `[IndexerName("…")]` says, else `Item`.
    pub(crate) fn indexer_name(
        &self,
        site: &TypeSite<'a>,
        attributes: &[crate::syntax::AttributeSection],
    ) -> String {
        for a in attributes.iter().flat_map(|s| &s.attributes) {
            let Some(name) = super::scope::dotted(&a.name) else {
                continue;
            };
            let last = name.rsplit('.').next().unwrap_or(&name);
            if last != "IndexerName" && last != "IndexerNameAttribute" {
                continue;
            }
            let Some(arg) = a.args.first() else {
                continue;
            };
            if let crate::syntax::ExprKind::Literal(crate::syntax::LiteralKind::String) =
                arg.value.kind
            {
                let r = arg.value.range;
                let text = self
                    .src(site.file)
                    .get(r.start as usize + 1..(r.end as usize).saturating_sub(1))
                    .unwrap_or("");
                return String::from_utf16_lossy(&crate::literal::unescape(text).0);
            }
        }
        "Item".into()
    }

    pub(crate) fn type_generics(&self, site: &TypeSite<'a>) -> GenericContext {
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

    /// Computes all details on every core; the caller stores them in the world.
    pub fn run(&mut self) -> Vec<TypeDetails> {
        self.run_on(default_threads())
    }

    /// The details of the types `range`, into this declarer's output.
    pub(super) fn run_range(&mut self, range: Range<usize>) -> Vec<TypeDetails> {
        let mut all = Vec::with_capacity(range.len());
        for i in range {
            let site = &self.sites[i];
            let first = self.out.methods.len();
            let mut d = self.type_details(i, site);
            self.declare_local_functions(site, &mut d, first);
            if let Some(o) = self.inputs {
                let out = &mut self.out;
                out.inputs
                    .extend(out.methods[first..].iter().filter_map(|m| {
                        method_input(o, &self.sites[m.site], m, &out.field_inits[m.site])
                    }));
            }
            all.push(d);
        }
        all
    }

    pub(crate) fn ty(
        &mut self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        t: &crate::syntax::TypeSyntax,
    ) -> Ty {
        let mut d = Vec::new();
        let r = self.resolver(site, g).resolve(t, &mut d);
        self.diags.extend(d);
        r
    }

    pub(crate) fn params(
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
                    name: p.name.text[..].to_owned(),
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

    pub(crate) fn method_generics(
        &mut self,
        site: &TypeSite<'a>,
        base: &GenericContext,
        names: &[crate::syntax::Ident],
        clauses: &[ConstraintClause],
    ) -> (GenericContext, Vec<GenericParamSym>) {
        let mut g = base.clone();
        g.method_params = names.iter().map(|n| n.text[..].to_owned()).collect();
        let params = names
            .iter()
            .map(|n| self.generic_param(site, &g, &n.text, clauses))
            .collect();
        (g, params)
    }

    pub(crate) fn generic_param(
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
        for c in clauses.iter().filter(|c| &*c.param.text == name) {
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

    /// The value of an imported `const` field or enum member named `Type.Member`.
    pub(crate) fn member_constant(
        &self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        e: &Expr,
    ) -> Option<frontend_core::constant::ConstValue> {
        let crate::syntax::ExprKind::Member { target, name, .. } = &e.kind else {
            return None;
        };
        let ty_syntax = match &target.kind {
            crate::syntax::ExprKind::PredefinedType(t) => (**t).clone(),
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
            .find(|f| f.name == *name.text && f.is_literal())
            .and_then(|f| f.constant.clone())
    }

    pub(crate) fn check_duplicate(
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
    pub(crate) fn accessors(
        &mut self,
        si: usize,
        site: &TypeSite<'a>,
        g: &GenericContext,
        d: &mut TypeDetails,
        pname: &str,
        flags: u16,
        pty: &Ty,
        index_params: &[ParamSym],
        member: &'a Arc<Member>,
        accessors: &'a [Accessor],
        expression_body: Option<&'a Expr>,
        field: Option<u32>,
        range: TextRange,
        explicit: Option<(Ty, String)>,
    ) -> (Option<u32>, Option<u32>) {
        let mut getter = None;
        let mut setter = None;
        let add = |d: &mut TypeDetails,
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
                member: Some(member),
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
                (MethodBody::None, Some(f)) if &*a.kind.text == "get" => BodySyntax::AutoGet(f),
                (MethodBody::None, Some(f)) => BodySyntax::AutoSet(f),
                (MethodBody::None, None) => BodySyntax::None,
                (b, _) => BodySyntax::Accessor(b),
            };
            if &*a.kind.text == "get" {
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

    /// The type's generic parameters (those of enclosing types first) with their
    /// constraints resolved; only `report`s the type's own constraint errors.
    pub(crate) fn resolved_generics(
        &mut self,
        site: &TypeSite<'a>,
        report: bool,
    ) -> Vec<frontend_core::symbols::GenericParamSym> {
        let sym = self.world.ty(site.id);
        if sym.generic_params.is_empty() {
            return Vec::new();
        }
        let sites = self.sites;
        let mut out = match sym.enclosing.and_then(|e| sites.iter().find(|s| s.id == e)) {
            Some(outer) => self.resolved_generics(outer, false),
            None => Vec::new(),
        };
        let g = self.type_generics(site);
        let before = self.diags.len();
        for (i, p) in site.decl.type_params.iter().enumerate() {
            let mut gp = self.generic_param(site, &g, &p.text, &site.decl.constraints);
            gp.flags |= site.decl.variance.get(i).copied().unwrap_or(0);
            out.push(gp);
        }
        if !report {
            self.diags.truncate(before);
        }
        out
    }

    pub(crate) fn collect_attributes(
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
pub(crate) fn virtual_flags(mods: &[Modifier], is_interface: bool) -> u16 {
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
