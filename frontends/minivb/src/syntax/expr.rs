//! Expressions.

use super::{Ident, Parameter, Stmt, TypeSyntax};
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
    True,
    False,
    Nothing,
}

/// Binary operators, VB's set: `\` is `IntDiv`, `^` is `Pow`, `&` is `Concat`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    IntDiv,
    Mod,
    Pow,
    Concat,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    Is,
    IsNot,
    Like,
    And,
    AndAlso,
    Or,
    OrElse,
    Xor,
}

/// Prefix operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Plus,
    Minus,
    Not,
}

/// `CType`, `DirectCast`, `TryCast`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CastKind {
    CType,
    DirectCast,
    TryCast,
}

/// An argument: `Name:=value` when named; an omitted one (`f(1, , 3)`) has an `Omitted`
/// value.
#[derive(Clone, PartialEq, Debug)]
pub struct Argument {
    pub name: Option<Ident>,
    pub value: Expr,
}

/// One part of an interpolated string: literal text or a hole.
#[derive(Clone, PartialEq, Debug)]
pub enum InterpolationPart {
    /// Literal text as written (`""` and `{{` undecoded), with its range.
    Text(String, TextRange),
    Hole {
        expr: Box<Expr>,
        alignment: Option<Expr>,
        format: Option<String>,
    },
}

/// A lambda body: one expression (single-line `Function`), one statement (single-line
/// `Sub`), or statement lines (multi-line, up to `End Sub`/`End Function`).
#[derive(Clone, PartialEq, Debug)]
pub enum LambdaBody {
    Expr(Box<Expr>),
    Stmt(Box<Stmt>),
    Block(Vec<Stmt>),
}

/// What follows `New T(…)`: `With {.A = 1}` or `From {1, 2}`.
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
    /// A simple name with optional `(Of …)` type arguments.
    Name {
        name: Ident,
        type_args: Vec<TypeSyntax>,
    },
    /// A predefined type used as a receiver (`Integer.Parse`).
    PredefinedType(TypeSyntax),
    /// `a.b`; `target` is `None` for a leading `.b` inside `With` or an initializer.
    Member {
        target: Option<Box<Expr>>,
        name: Ident,
        type_args: Vec<TypeSyntax>,
    },
    /// `a?.b`.
    ConditionalMember {
        target: Box<Expr>,
        name: Ident,
    },
    /// `a(…)`: a call, an index or a default-property access (VB spells them alike).
    Invocation {
        target: Box<Expr>,
        args: Vec<Argument>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `TypeOf x Is T` (`is_not` for `IsNot`).
    TypeOf {
        operand: Box<Expr>,
        is_not: bool,
        ty: TypeSyntax,
    },
    Cast {
        kind: CastKind,
        operand: Box<Expr>,
        ty: TypeSyntax,
    },
    /// `CInt(x)`, `CStr(x)`, …: the keyword's target type.
    Convert {
        ty: TypeSyntax,
        operand: Box<Expr>,
    },
    GetType(TypeSyntax),
    NameOf(Box<Expr>),
    AddressOf(Box<Expr>),
    /// `If(condition, a, b)`.
    Ternary {
        condition: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `If(a, b)`.
    Coalesce {
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `New T`, `New T(args)`, with an optional `With {…}`/`From {…}`.
    New {
        ty: TypeSyntax,
        args: Vec<Argument>,
        initializer: Option<Initializer>,
    },
    /// `New T(n) {}`, `New T() {1, 2}`, `New T(,) {{1}}`: `ty` is the whole array type,
    /// `sizes` the upper bounds of the first rank (empty when the initializer gives them).
    NewArray {
        ty: TypeSyntax,
        sizes: Vec<Expr>,
        initializer: Vec<Expr>,
    },
    /// `{1, 2}`: an array literal or a nested initializer.
    ArrayLiteral(Vec<Expr>),
    /// `Function(x) x * 2`, `Sub(x) Console.WriteLine(x)`, and their multi-line forms.
    Lambda {
        is_function: bool,
        is_iterator: bool,
        params: Vec<Parameter>,
        return_type: Option<TypeSyntax>,
        body: LambdaBody,
    },
    Me,
    MyBase,
    MyClass,
    Parenthesized(Box<Expr>),
    /// An omitted argument.
    Omitted,
    /// Something that could not be parsed (a diagnostic says what).
    Error,
}

impl std::fmt::Debug for Expr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} ", self.range)?;
        self.kind.fmt(f)
    }
}
