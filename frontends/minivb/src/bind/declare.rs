//! Declarations: the source types' shells (names, kinds, nesting, generic parameters)
//! first, so every signature can name any type, then (in `details`) each type's members
//! with VB's metadata flags. A `Module` is a sealed class whose members are all shared;
//! `Event E(args)` declares a nested delegate type `EEventHandler`, as vbc does.

use super::scope::{GenericContext, Names, NsScope, TypeResolver, metadata_name};
use crate::syntax::{
    Accessor, CompilationUnit, Constraint, Expr, Member, MemberKind, Modifier, NamespaceMember,
    ParamModifier, Parameter, Stmt, TypeDecl, TypeDeclKind, TypeParam, TypeSyntax,
};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::{AttrTarget, RowSymbol};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{
    AsmSymbols, GenericParamSym, MethodId, ParamMode, ParamSym, TypeKind, TypeSym, World,
    generic_flags, method_flags as mf, type_flags as tf,
};
use frontend_core::types::{Ty, TypeId};
use std::sync::OnceLock;

/// A source type and what it sees.
pub struct TypeSite<'a> {
    pub decl: &'a TypeDecl,
    /// `Some` for the delegate type an `Event E(args)` declares (then `decl` is the type
    /// declaring the event).
    pub event: Option<&'a Member>,
    pub file: FileId,
    pub scope: NsScope,
    pub id: TypeId,
}

/// Where a method's body comes from.
#[derive(Clone, Copy)]
pub enum BodySyntax<'a> {
    /// A `Sub`, `Function` or `Operator` body.
    Method(&'a [Stmt]),
    /// A constructor (`None`: the synthesized default one).
    Ctor(Option<&'a [Stmt]>),
    /// The shared constructor (declared or synthesized for initializers).
    StaticCtor(Option<&'a [Stmt]>),
    /// A `Get` or `Set` block.
    Accessor(&'a Accessor),
    AutoGet(u32),
    AutoSet(u32),
    EventAdd(u32),
    EventRemove(u32),
    None,
}

/// A method to bind.
pub struct MethodSite<'a> {
    pub id: MethodId,
    pub site: usize,
    pub body: BodySyntax<'a>,
    pub generics: GenericContext,
    pub name_range: TextRange,
    /// The name a `Function`'s (or `Get`'s) return variable answers to.
    pub ret_name: Option<String>,
    /// The whole block (its last line is the `End …` statement a missing return is
    /// reported at) and what returns a value from it, for the flow warnings.
    pub block: TextRange,
    pub returner: Returner,
}

/// What kind of block returns a value (VB words its missing-return warnings by it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Returner {
    /// `Function` (and everything that returns nothing).
    Function,
    /// A property's `Get`.
    Property,
    /// An `Operator`, with the operator's text (`+`, `CType`).
    Operator(String),
}

/// Everything the declaration pass learned.
#[derive(Default)]
pub struct Declared<'a> {
    pub methods: Vec<MethodSite<'a>>,
    /// Field initializers by type site: (field index, initializer, is shared).
    pub field_inits: Vec<Vec<(u32, FieldInit<'a>, bool)>>,
    /// `Implements I.M` clauses: (method, interface, member name, clause range, site).
    pub implements: Vec<(MethodId, Ty, String, TextRange, usize)>,
    /// Types with a default property: (type, property name).
    pub default_members: Vec<(TypeId, String)>,
    /// Enums with `<Flags>`.
    pub flags_enums: Vec<TypeId>,
    /// `Declare` statements: (method, library, entry point, CharSet value: Ansi 2,
    /// Unicode 3, Auto 4), emitted as `DllImport`.
    pub declares: Vec<(MethodId, String, String, i64)>,
    /// Where fields, properties and events were declared (for the CLS pass's warnings).
    pub member_ranges: Vec<(RowSymbol, FileId, TextRange)>,
    /// `<CLSCompliant(b)>` on types and members.
    pub cls_marks: Vec<(AttrTarget, bool)>,
}

/// How a field starts out.
#[derive(Clone, Copy)]
pub enum FieldInit<'a> {
    Expr(&'a Expr),
    /// `As New T(args)`: the `New` expression.
    New(&'a Expr),
    /// `Dim a(10) As T`: the bounds.
    Bounds(&'a [Expr]),
}

/// Collects type shells from every file.
pub fn collect_shells<'a>(
    units: &'a [(FileId, &'a CompilationUnit)],
    root_namespace: &str,
    global_imports: &[TypeSyntax],
    diags: &mut Vec<Diagnostic>,
) -> (AsmSymbols, Vec<TypeSite<'a>>) {
    let mut asm = AsmSymbols::default();
    let mut sites = Vec::new();
    for (file, unit) in units {
        let mut scope = NsScope {
            namespaces: vec![String::new()],
            imports: global_imports.to_vec(),
            ..Default::default()
        };
        if !root_namespace.is_empty() {
            scope = scope.enter(root_namespace);
        }
        scope.add_imports(&unit.imports);
        collect_members(&unit.members, *file, &scope, &mut asm, &mut sites, diags);
    }
    asm.index();
    (asm, sites)
}

fn collect_members<'a>(
    members: &'a [NamespaceMember],
    file: FileId,
    scope: &NsScope,
    asm: &mut AsmSymbols,
    sites: &mut Vec<TypeSite<'a>>,
    diags: &mut Vec<Diagnostic>,
) {
    for m in members {
        match m {
            NamespaceMember::Namespace(ns) => {
                let name: Vec<&str> = ns.name.parts.iter().map(|p| p.text.as_str()).collect();
                let inner = scope.enter(&name.join("."));
                collect_members(&ns.members, file, &inner, asm, sites, diags);
            }
            NamespaceMember::Type(t) => collect_type(t, file, scope, None, asm, sites, diags),
            NamespaceMember::Error(_) => {}
        }
    }
}

fn push_shell(
    asm: &mut AsmSymbols,
    name: String,
    namespace: String,
    outer: Option<TypeId>,
    flags: u32,
    kind: TypeKind,
    generic_params: Vec<GenericParamSym>,
) -> TypeId {
    let id = TypeId {
        asm: 0,
        idx: asm.types.len() as u32,
    };
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
    id
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
    let mut generic_params: Vec<GenericParamSym> = outer
        .map(|o| asm.types[o.idx as usize].generic_params.clone())
        .unwrap_or_default();
    for p in &t.type_params {
        generic_params.push(GenericParamSym {
            name: p.name.text.clone(),
            flags: 0,
            constraints: Vec::new(),
        });
    }
    let namespace = if outer.is_some() {
        String::new()
    } else {
        scope.namespace().to_owned()
    };
    let name = metadata_name(&t.name.text, t.type_params.len());
    let dup = asm.types.iter().any(|o| {
        o.enclosing == outer
            && o.name.eq_ignore_ascii_case(&name)
            && (outer.is_some() || o.namespace.eq_ignore_ascii_case(&namespace))
    });
    if dup {
        let what = kind_word(t.kind);
        let ns = if namespace.is_empty() {
            "<Default>".to_owned()
        } else {
            namespace.clone()
        };
        diags.push(Diagnostic::new(
            Code::BC30179,
            file,
            t.name.range,
            &[what, &t.name.text, what, &t.name.text, "namespace", &ns],
        ));
    }
    let kind = match t.kind {
        TypeDeclKind::Class | TypeDeclKind::Module => TypeKind::Class,
        TypeDeclKind::Structure => TypeKind::Struct,
        TypeDeclKind::Interface => TypeKind::Interface,
        TypeDeclKind::Enum => TypeKind::Enum,
        TypeDeclKind::Delegate => TypeKind::Delegate,
    };
    let flags = type_attributes(t, kind, outer.is_some());
    let id = push_shell(
        asm,
        name,
        namespace,
        outer,
        flags,
        kind,
        generic_params.clone(),
    );
    sites.push(TypeSite {
        decl: t,
        event: None,
        file,
        scope: scope.clone(),
        id,
    });
    for m in &t.members {
        match &m.kind {
            MemberKind::Type(inner) => {
                collect_type(inner, file, scope, Some(id), asm, sites, diags)
            }
            MemberKind::Event { name, ty: None, .. } => {
                let did = push_shell(
                    asm,
                    format!("{}EventHandler", name.text),
                    String::new(),
                    Some(id),
                    tf::NESTED_PUBLIC | tf::SEALED,
                    TypeKind::Delegate,
                    generic_params.clone(),
                );
                sites.push(TypeSite {
                    decl: t,
                    event: Some(m),
                    file,
                    scope: scope.clone(),
                    id: did,
                });
            }
            _ => {}
        }
    }
}

fn kind_word(k: TypeDeclKind) -> &'static str {
    match k {
        TypeDeclKind::Class => "class",
        TypeDeclKind::Structure => "structure",
        TypeDeclKind::Module => "module",
        TypeDeclKind::Interface => "interface",
        TypeDeclKind::Enum => "enum",
        TypeDeclKind::Delegate => "delegate Class",
    }
}

pub(crate) fn has(mods: &[Modifier], m: Modifier) -> bool {
    mods.contains(&m)
}

fn type_attributes(t: &TypeDecl, kind: TypeKind, nested: bool) -> u32 {
    let m = &t.modifiers;
    let vis = if nested {
        if has(m, Modifier::Private) {
            tf::NESTED_PRIVATE
        } else if has(m, Modifier::Protected) && has(m, Modifier::Friend) {
            tf::NESTED_FAM_OR_ASSEM
        } else if has(m, Modifier::Protected) {
            tf::NESTED_FAMILY
        } else if has(m, Modifier::Friend) {
            tf::NESTED_ASSEMBLY
        } else {
            tf::NESTED_PUBLIC
        }
    } else if has(m, Modifier::Public) {
        tf::PUBLIC
    } else {
        0
    };
    let mut flags = vis;
    match kind {
        TypeKind::Class => {
            if has(m, Modifier::MustInherit) {
                flags |= tf::ABSTRACT;
            }
            if has(m, Modifier::NotInheritable) || t.kind == TypeDeclKind::Module {
                flags |= tf::SEALED;
            }
        }
        TypeKind::Struct => flags |= tf::SEALED | tf::SEQUENTIAL_LAYOUT,
        TypeKind::Interface => flags |= tf::INTERFACE | tf::ABSTRACT,
        TypeKind::Enum | TypeKind::Delegate => flags |= tf::SEALED,
    }
    flags
}

/// Member accessibility → access bits; `default` when none is written.
pub(crate) fn access(mods: &[Modifier], default: u16) -> u16 {
    if has(mods, Modifier::Public) {
        mf::PUBLIC
    } else if has(mods, Modifier::Protected) && has(mods, Modifier::Friend) {
        mf::FAM_OR_ASSEM
    } else if has(mods, Modifier::Protected) {
        mf::FAMILY
    } else if has(mods, Modifier::Friend) {
        mf::ASSEMBLY
    } else if has(mods, Modifier::Private) {
        mf::PRIVATE
    } else {
        default
    }
}

/// `Overridable`/`Overrides`/`MustOverride`/`NotOverridable` → MethodAttributes.
pub(crate) fn virtual_flags(mods: &[Modifier], is_interface: bool) -> u16 {
    if is_interface {
        return mf::VIRTUAL | mf::ABSTRACT | mf::NEW_SLOT;
    }
    let mut f = 0;
    if has(mods, Modifier::Overridable) {
        f |= mf::VIRTUAL | mf::NEW_SLOT;
    }
    if has(mods, Modifier::MustOverride) {
        f |= mf::VIRTUAL | mf::ABSTRACT | mf::NEW_SLOT;
    }
    if has(mods, Modifier::Overrides) {
        f |= mf::VIRTUAL;
        f &= !mf::NEW_SLOT;
        if has(mods, Modifier::NotOverridable) {
            f |= mf::FINAL;
        }
    }
    f
}

/// VB's operator text → metadata name.
pub fn operator_name(op: &str, arity: usize, widening: bool) -> Option<&'static str> {
    Some(match (op.to_ascii_lowercase().as_str(), arity) {
        ("+", 2) => "op_Addition",
        ("-", 2) => "op_Subtraction",
        ("*", 2) => "op_Multiply",
        ("/", 2) => "op_Division",
        ("\\", 2) => "op_IntegerDivision",
        ("mod", 2) => "op_Modulus",
        ("^", 2) => "op_Exponent",
        ("&", 2) => "op_Concatenate",
        ("and", 2) => "op_BitwiseAnd",
        ("or", 2) => "op_BitwiseOr",
        ("xor", 2) => "op_ExclusiveOr",
        ("<<", 2) => "op_LeftShift",
        (">>", 2) => "op_RightShift",
        ("=", 2) => "op_Equality",
        ("<>", 2) => "op_Inequality",
        ("<", 2) => "op_LessThan",
        (">", 2) => "op_GreaterThan",
        ("<=", 2) => "op_LessThanOrEqual",
        (">=", 2) => "op_GreaterThanOrEqual",
        ("like", 2) => "op_Like",
        ("+", 1) => "op_UnaryPlus",
        ("-", 1) => "op_UnaryNegation",
        ("not", 1) => "op_OnesComplement",
        ("istrue", 1) => "op_True",
        ("isfalse", 1) => "op_False",
        ("ctype", 1) if widening => "op_Implicit",
        ("ctype", 1) => "op_Explicit",
        _ => return None,
    })
}

/// Resolves every source type's details and records the bodies to bind.
pub struct Declarer<'a, 'w> {
    pub world: &'w World,
    pub names: &'w Names,
    pub sources: &'w [&'a str],
    pub sites: &'w [TypeSite<'a>],
    pub diags: &'w mut Vec<Diagnostic>,
    pub out: Declared<'a>,
}

impl<'a> Declarer<'a, '_> {
    pub(crate) fn src(&self, file: FileId) -> &'a str {
        self.sources.get(file.0 as usize).copied().unwrap_or("")
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

    pub fn run(&mut self) -> Vec<frontend_core::symbols::TypeDetails> {
        let mut all = Vec::new();
        self.out.field_inits = vec![Vec::new(); self.sites.len()];
        for (i, site) in self.sites.iter().enumerate() {
            let d = self.type_details(i, site);
            all.push(d);
        }
        all
    }

    pub(crate) fn ty(&mut self, site: &TypeSite<'a>, g: &GenericContext, t: &TypeSyntax) -> Ty {
        let r = TypeResolver {
            world: self.world,
            names: self.names,
            file: site.file,
            scope: &site.scope,
            generics: g,
        };
        let mut d = Vec::new();
        let ty = r.resolve(t, &mut d);
        self.diags.extend(d);
        ty
    }

    /// A declared type from `As T` (or `Object` when absent), with the name's array and
    /// nullable suffixes.
    pub(crate) fn declared_ty(
        &mut self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        t: Option<&TypeSyntax>,
        name: &crate::syntax::ModifiedIdent,
    ) -> Ty {
        let mut ty = match t {
            Some(t) => self.ty(site, g, t),
            None => type_char_ty(name.name.type_char).unwrap_or(Ty::Object),
        };
        if ty.is_error() {
            return ty;
        }
        if name.nullable {
            if let Some(n) = self.world.well_known("System", "Nullable`1") {
                ty = Ty::Named(n, std::sync::Arc::from([ty]));
            }
        }
        name.array_of(ty)
    }

    pub(crate) fn params(
        &mut self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        ps: &[Parameter],
    ) -> Vec<ParamSym> {
        ps.iter()
            .map(|p| {
                let ty = self.declared_ty(site, g, p.ty.as_ref(), &p.name);
                let default = p.default.as_ref().and_then(|e| {
                    super::constfold::fold(e, &ty, self.src(site.file), &|_| None)
                        .or(Some(frontend_core::constant::ConstValue::Null))
                });
                let is_optional = p.modifiers.contains(&ParamModifier::Optional);
                ParamSym {
                    name: p.name.name.text.clone(),
                    ty,
                    mode: if p.modifiers.contains(&ParamModifier::ByRef) {
                        ParamMode::Ref
                    } else {
                        ParamMode::Value
                    },
                    is_params: p.modifiers.contains(&ParamModifier::ParamArray),
                    default: if is_optional { default } else { None },
                }
            })
            .collect()
    }

    pub(crate) fn method_generics(
        &mut self,
        site: &TypeSite<'a>,
        base: &GenericContext,
        tps: &[TypeParam],
    ) -> (GenericContext, Vec<GenericParamSym>) {
        let mut g = base.clone();
        g.method_params = tps.iter().map(|n| n.name.text.clone()).collect();
        let params = tps
            .iter()
            .map(|p| self.generic_param(site, &g, p))
            .collect();
        (g, params)
    }

    pub(crate) fn generic_param(
        &mut self,
        site: &TypeSite<'a>,
        g: &GenericContext,
        p: &TypeParam,
    ) -> GenericParamSym {
        let mut out = GenericParamSym {
            name: p.name.text.clone(),
            flags: 0,
            constraints: Vec::new(),
        };
        for c in &p.constraints {
            match c {
                Constraint::Class => out.flags |= generic_flags::REFERENCE_TYPE,
                Constraint::Structure => {
                    out.flags |= generic_flags::VALUE_TYPE | generic_flags::DEFAULT_CTOR;
                    if let Some(vt) = self.world.well_known("System", "ValueType") {
                        out.constraints.push(Ty::named(vt));
                    }
                }
                Constraint::New => out.flags |= generic_flags::DEFAULT_CTOR,
                Constraint::Type(t) => {
                    let ty = self.ty(site, g, t);
                    out.constraints.push(ty);
                }
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push_method(
        &mut self,
        si: usize,
        site: &TypeSite<'a>,
        idx: u32,
        body: BodySyntax<'a>,
        generics: GenericContext,
        name_range: TextRange,
        ret_name: Option<String>,
    ) {
        self.out.methods.push(MethodSite {
            id: MethodId { ty: site.id, idx },
            site: si,
            body,
            generics,
            name_range,
            ret_name,
            block: name_range,
            returner: Returner::Function,
        });
    }

    /// The block and kind of the method just pushed.
    pub(crate) fn set_block(&mut self, block: TextRange, returner: Returner) {
        if let Some(m) = self.out.methods.last_mut() {
            m.block = block;
            m.returner = returner;
        }
    }
}

/// The type a type character gives (`x%` is `Integer`).
pub fn type_char_ty(c: Option<char>) -> Option<Ty> {
    Some(match c? {
        '%' => Ty::I4,
        '&' => Ty::I8,
        '!' => Ty::R4,
        '#' => Ty::R8,
        '$' => Ty::String,
        _ => return None,
    })
}
