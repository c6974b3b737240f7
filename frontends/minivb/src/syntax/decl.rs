//! Type and member declarations.

use super::{
    AttributeBlock, Declarator, Expr, Ident, ModifiedIdent, QualifiedName, Stmt, TypeSyntax,
};
use frontend_core::source::TextRange;

/// A declaration or local modifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Modifier {
    Public,
    Private,
    Protected,
    Friend,
    Shared,
    Shadows,
    Overloads,
    Overridable,
    Overrides,
    MustOverride,
    NotOverridable,
    NotInheritable,
    MustInherit,
    ReadOnly,
    WriteOnly,
    Default,
    Partial,
    WithEvents,
    Widening,
    Narrowing,
    Iterator,
    Async,
    Dim,
    Const,
    Static,
}

/// How a parameter is passed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParamModifier {
    ByVal,
    ByRef,
    Optional,
    ParamArray,
}

/// A parameter (of a method, property, delegate, event, operator or lambda).
#[derive(Clone, PartialEq, Debug)]
pub struct Parameter {
    pub attributes: Vec<AttributeBlock>,
    pub modifiers: Vec<ParamModifier>,
    pub name: ModifiedIdent,
    pub ty: Option<TypeSyntax>,
    pub default: Option<Expr>,
    pub range: TextRange,
}

/// A generic parameter's constraint.
#[derive(Clone, PartialEq, Debug)]
pub enum Constraint {
    Class,
    Structure,
    New,
    Type(TypeSyntax),
}

/// `T As {Class, New, IFoo}` in `(Of …)`.
#[derive(Clone, PartialEq, Debug)]
pub struct TypeParam {
    pub name: Ident,
    pub constraints: Vec<Constraint>,
}

/// `Sub` or `Function`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    Sub,
    Function,
}

/// A method's header: what `Sub`/`Function`, `Delegate` and `Declare` share.
#[derive(Clone, PartialEq, Debug)]
pub struct Signature {
    pub kind: MethodKind,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    pub params: Vec<Parameter>,
    pub return_attributes: Vec<AttributeBlock>,
    pub return_type: Option<TypeSyntax>,
}

/// The kind of a type declaration.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeDeclKind {
    Class,
    Structure,
    Module,
    Interface,
    Enum,
    Delegate,
}

/// A type declaration.
#[derive(Clone, PartialEq, Debug)]
pub struct TypeDecl {
    pub attributes: Vec<AttributeBlock>,
    pub modifiers: Vec<Modifier>,
    pub kind: TypeDeclKind,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    pub inherits: Vec<TypeSyntax>,
    pub implements: Vec<TypeSyntax>,
    /// `Enum E As Byte`.
    pub underlying: Option<TypeSyntax>,
    /// Delegates: the signature (its name is the type's).
    pub delegate: Option<Signature>,
    pub members: Vec<Member>,
    pub range: TextRange,
}

/// `Get` or `Set` with its own accessibility and lines.
#[derive(Clone, PartialEq, Debug)]
pub struct Accessor {
    pub attributes: Vec<AttributeBlock>,
    pub modifiers: Vec<Modifier>,
    pub is_get: bool,
    pub params: Vec<Parameter>,
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

/// A member with its attributes and modifiers.
#[derive(Clone, PartialEq, Debug)]
pub struct Member {
    pub attributes: Vec<AttributeBlock>,
    pub modifiers: Vec<Modifier>,
    pub kind: MemberKind,
    pub range: TextRange,
}

/// The shape of a member.
#[derive(Clone, PartialEq, Debug)]
pub enum MemberKind {
    /// `Dim`/`Const`/`ReadOnly`/`WithEvents` fields (the keyword is among the modifiers).
    Field { declarators: Vec<Declarator> },
    /// `Sub`/`Function`; `implements` names `I.M` (the last part is the member); no body for `MustOverride` and interface members.
    Method {
        signature: Signature,
        implements: Vec<TypeSyntax>,
        handles: Vec<QualifiedName>,
        body: Option<Vec<Stmt>>,
    },
    /// `Sub New(…)`.
    Constructor {
        params: Vec<Parameter>,
        body: Vec<Stmt>,
    },
    /// A property: auto-implemented (no accessors, maybe an initializer) or with
    /// `Get`/`Set` blocks; `Default` properties have parameters.
    Property {
        name: Ident,
        params: Vec<Parameter>,
        ty: Option<TypeSyntax>,
        initializer: Option<Expr>,
        implements: Vec<TypeSyntax>,
        accessors: Vec<Accessor>,
    },
    /// `Event E(args)` or `Event E As Handler`.
    Event {
        name: Ident,
        params: Vec<Parameter>,
        ty: Option<TypeSyntax>,
        implements: Vec<TypeSyntax>,
    },
    /// `Operator +(…)`, `Widening Operator CType(…)`: the operator's text.
    Operator {
        operator: String,
        params: Vec<Parameter>,
        return_type: Option<TypeSyntax>,
        body: Vec<Stmt>,
    },
    /// `Declare [Ansi|Unicode|Auto] Sub|Function name Lib "dll" [Alias "entry"] (…)`.
    Declare {
        charset: Option<Ident>,
        signature: Signature,
        library: String,
        alias: Option<String>,
    },
    /// An enum member.
    EnumMember { name: Ident, value: Option<Expr> },
    /// `Inherits`/`Implements` lines are on the type; a nested type is a member.
    Type(Box<TypeDecl>),
    /// Something that could not be parsed (a diagnostic says what).
    Error,
}
