//! Expressions.

use super::{Block, Ident, TypeSyntax};
use frontend_core::source::TextRange;

/// An expression with its range (`Debug`: `start..end Kind …`).
#[derive(Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub range: TextRange,
}

/// A literal's kind; its text stays in the source (decoded by `literal`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LiteralKind {
    Int,
    Real,
    Char,
    String,
    VerbatimString,
    True,
    False,
    Null,
}

/// Binary operators, including the short-circuit and null-coalescing ones.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    And,
    Or,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    Coalesce,
}

/// Prefix operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Plus,
    Minus,
    Not,
    Complement,
    PreIncrement,
    PreDecrement,
    /// `*p` (unsafe).
    Deref,
    /// `&x` (unsafe).
    AddressOf,
}

/// Postfix operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PostfixOp {
    Increment,
    Decrement,
}

/// An argument, with its `ref`/`out` modifier and an optional name.
#[derive(Clone, PartialEq, Debug)]
pub struct Argument {
    pub name: Option<Ident>,
    pub modifier: ArgModifier,
    pub value: Expr,
}

/// How an argument is passed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgModifier {
    None,
    Ref,
    Out,
}

/// One part of an interpolated string: literal text or a hole.
#[derive(Clone, PartialEq, Debug)]
pub enum InterpolationPart {
    /// Literal text as written (escapes and `{{` undecoded), with its range.
    Text(String, TextRange),
    Hole {
        expr: Box<Expr>,
        alignment: Option<Expr>,
        format: Option<String>,
    },
}

/// A lambda or anonymous method parameter: an optional type and modifier.
#[derive(Clone, PartialEq, Debug)]
pub struct LambdaParam {
    pub modifier: ArgModifier,
    pub ty: Option<TypeSyntax>,
    pub name: Ident,
}

/// A lambda body.
#[derive(Clone, PartialEq, Debug)]
pub enum LambdaBody {
    Expr(Box<Expr>),
    Block(Block),
}

/// `{ A = 1, B = { … } }` or `{ 1, 2 }` after `new T(…)`.
#[derive(Clone, PartialEq, Debug)]
pub enum Initializer {
    Object(Vec<(Ident, Expr)>),
    Collection(Vec<Expr>),
}

/// The shape of an expression.
#[derive(Clone, PartialEq, Debug)]
pub enum ExprKind {
    Literal(LiteralKind),
    Interpolated(Vec<InterpolationPart>),
    /// A simple name with optional type arguments.
    Name {
        name: Ident,
        type_args: Vec<TypeSyntax>,
    },
    /// A predefined type used as an expression's receiver (`int.Parse`).
    PredefinedType(Box<TypeSyntax>),
    Member {
        target: Box<Expr>,
        name: Ident,
        type_args: Vec<TypeSyntax>,
    },
    ConditionalMember {
        target: Box<Expr>,
        name: Ident,
    },
    Invocation {
        target: Box<Expr>,
        args: Vec<Argument>,
    },
    ElementAccess {
        target: Box<Expr>,
        args: Vec<Argument>,
    },
    ConditionalElement {
        target: Box<Expr>,
        args: Vec<Argument>,
    },
    PointerMember {
        target: Box<Expr>,
        name: Ident,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Postfix {
        op: PostfixOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `=` (op `None`) or a compound assignment.
    Assign {
        op: Option<BinaryOp>,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Conditional {
        condition: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    Cast {
        ty: Box<TypeSyntax>,
        operand: Box<Expr>,
    },
    /// `e is T` or `e is T name`.
    /// `x is 3`, `x is null`: a constant pattern.
    IsConstant {
        operand: Box<Expr>,
        value: Box<Expr>,
    },
    /// `out var x` / `out int x` in an argument list.
    OutVar {
        ty: Box<TypeSyntax>,
        name: Ident,
    },
    Is {
        operand: Box<Expr>,
        ty: Box<TypeSyntax>,
        designation: Option<Ident>,
    },
    As {
        operand: Box<Expr>,
        ty: Box<TypeSyntax>,
    },
    New {
        ty: Box<TypeSyntax>,
        args: Vec<Argument>,
        initializer: Option<Initializer>,
    },
    /// `new T[n, m]`, `new T[] { … }`, `new T[n][]`.
    ///
    /// `ty` is the whole array type (`int[][]` for `new int[3][]`); `sizes` are the
    /// first rank's lengths, empty when an initializer gives them.
    NewArray {
        ty: Box<TypeSyntax>,
        sizes: Vec<Expr>,
        initializer: Option<Vec<Expr>>,
    },
    /// `new[] { … }`.
    NewImplicitArray {
        initializer: Vec<Expr>,
    },
    /// `{ … }` as a variable or field initializer.
    ArrayInitializer(Vec<Expr>),
    StackAlloc {
        element: Box<TypeSyntax>,
        size: Box<Expr>,
    },
    Typeof(Box<TypeSyntax>),
    Sizeof(Box<TypeSyntax>),
    Default(Option<Box<TypeSyntax>>),
    Nameof(Box<Expr>),
    Checked(Box<Expr>),
    Unchecked(Box<Expr>),
    This,
    Base,
    Lambda {
        params: Vec<LambdaParam>,
        body: LambdaBody,
    },
    AnonymousMethod {
        params: Vec<LambdaParam>,
        body: Block,
    },
    Throw(Box<Expr>),
    Parenthesized(Box<Expr>),
    /// Something that could not be parsed (a diagnostic says what).
    Error,
}

impl std::fmt::Debug for Expr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} ", self.range)?;
        self.kind.fmt(f)
    }
}
