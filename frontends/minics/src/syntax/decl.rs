//! Type and member declarations.

use super::{AttributeSection, Block, Expr, Ident, TypeSyntax, VariableDeclarator};
use frontend_core::source::TextRange;
use std::sync::Arc;

/// A declaration modifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Modifier {
    Public,
    Private,
    Protected,
    Internal,
    Static,
    Abstract,
    Sealed,
    Virtual,
    Override,
    Readonly,
    Const,
    Extern,
    New,
    Unsafe,
    Volatile,
    Partial,
}

/// The kind of a type declaration.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeDeclKind {
    Class,
    Struct,
    Interface,
    Enum,
    Delegate,
}

/// A generic parameter's constraint.
#[derive(Clone, PartialEq, Debug)]
pub enum Constraint {
    Class,
    Struct,
    New,
    Type(TypeSyntax),
}

/// `where T : …`.
#[derive(Clone, PartialEq, Debug)]
pub struct ConstraintClause {
    pub param: Ident,
    pub constraints: Vec<Constraint>,
}

/// A method or delegate parameter.
#[derive(Clone, PartialEq, Debug)]
pub struct Parameter {
    pub attributes: Vec<AttributeSection>,
    pub modifier: ParamModifier,
    pub ty: TypeSyntax,
    pub name: Ident,
    pub default: Option<Expr>,
}

/// How a parameter is passed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParamModifier {
    None,
    Ref,
    Out,
    Params,
    This,
}

/// A body: a block, `=> expr;`, or none (`;`).
#[derive(Clone, PartialEq, Debug)]
pub enum MethodBody {
    Block(Block),
    Expr(Expr),
    None,
}

/// `get`, `set`, `add` or `remove`, with its own accessibility.
#[derive(Clone, PartialEq, Debug)]
pub struct Accessor {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Vec<Modifier>,
    pub kind: Ident,
    pub body: MethodBody,
}

/// `: base(…)` or `: this(…)`.
#[derive(Clone, PartialEq, Debug)]
pub struct ConstructorInitializer {
    pub is_base: bool,
    pub args: Vec<super::Argument>,
}

/// A type declaration.
#[derive(Clone, PartialEq, Debug)]
pub struct TypeDecl {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Vec<Modifier>,
    pub kind: TypeDeclKind,
    pub name: Ident,
    pub type_params: Vec<Ident>,
    /// Variance of each type parameter (GenericParamAttributes bits: 1 `out`, 2 `in`);
    /// empty when none is marked.
    pub variance: Vec<u16>,
    pub bases: Vec<TypeSyntax>,
    pub constraints: Vec<ConstraintClause>,
    /// Shared, so a method's binding input holds its member without copying it.
    pub members: Vec<Arc<Member>>,
    /// Enum members: name and optional value.
    pub enum_members: Vec<(Vec<AttributeSection>, Ident, Option<Expr>)>,
    /// Delegates: return type and parameters.
    pub delegate: Option<(TypeSyntax, Vec<Parameter>)>,
    pub range: TextRange,
}

/// A member with its attributes and modifiers.
#[derive(Clone, PartialEq, Debug)]
pub struct Member {
    pub attributes: Vec<AttributeSection>,
    pub modifiers: Vec<Modifier>,
    pub kind: MemberKind,
    pub range: TextRange,
}

/// The shape of a member.
#[derive(Clone, PartialEq, Debug)]
pub enum MemberKind {
    Field {
        ty: TypeSyntax,
        declarators: Vec<VariableDeclarator>,
    },
    Method {
        return_type: TypeSyntax,
        /// `I.M` for an explicit interface implementation.
        explicit_interface: Option<TypeSyntax>,
        name: Ident,
        type_params: Vec<Ident>,
        params: Vec<Parameter>,
        constraints: Vec<ConstraintClause>,
        body: MethodBody,
    },
    Constructor {
        name: Ident,
        params: Vec<Parameter>,
        initializer: Option<ConstructorInitializer>,
        body: MethodBody,
    },
    Destructor {
        name: Ident,
        body: MethodBody,
    },
    Property {
        ty: TypeSyntax,
        explicit_interface: Option<TypeSyntax>,
        name: Ident,
        accessors: Vec<Accessor>,
        /// `=> expr;` shorthand for a getter.
        expression_body: Option<Expr>,
        initializer: Option<Expr>,
    },
    Indexer {
        ty: TypeSyntax,
        explicit_interface: Option<TypeSyntax>,
        params: Vec<Parameter>,
        accessors: Vec<Accessor>,
        expression_body: Option<Expr>,
    },
    /// A field-like event (`event T a, b;`) or one with accessors.
    Event {
        ty: TypeSyntax,
        declarators: Vec<VariableDeclarator>,
        explicit_interface: Option<TypeSyntax>,
        name: Option<Ident>,
        accessors: Vec<Accessor>,
    },
    /// `operator +` and friends: the operator's token text.
    Operator {
        return_type: TypeSyntax,
        operator: String,
        params: Vec<Parameter>,
        body: MethodBody,
    },
    /// `implicit operator T(…)` / `explicit operator T(…)`.
    Conversion {
        implicit: bool,
        ty: TypeSyntax,
        params: Vec<Parameter>,
        body: MethodBody,
    },
    Type(Box<TypeDecl>),
    /// Something that could not be parsed (a diagnostic says what).
    Error,
}

/// Re-exported so statements can name it.
pub type Body = MethodBody;

/// Helper for blocks that are method bodies.
pub fn block_body(b: Block) -> MethodBody {
    MethodBody::Block(b)
}
