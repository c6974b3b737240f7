//! Statements.

use super::{ConstraintClause, Expr, Ident, Parameter, TypeSyntax};
use frontend_core::source::TextRange;

/// `{ … }`, with what the parser saw inside it (`Debug` shows only the statements and
/// the range). The statements are a boxed slice, so the flags fit in the 32 bytes a
/// `Vec` and the range took (a block sits inline in statements and lambdas).
#[derive(Clone, PartialEq)]
pub struct Block {
    pub statements: Box<[Stmt]>,
    pub range: TextRange,
    /// False when no `yield return`/`yield break` statement is anywhere inside (at any
    /// depth, lambdas included); true when one may be.
    pub may_yield: bool,
    /// False when no local function statement is anywhere inside; true when one may be.
    pub may_have_local_fns: bool,
}

impl std::fmt::Debug for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Block")
            .field("statements", &self.statements)
            .field("range", &self.range)
            .finish()
    }
}

/// A statement with its range (`Debug`: `start..end Kind …`).
#[derive(Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub range: TextRange,
}

/// One declarator: `x`, `x = e`, `x = { … }`.
#[derive(Clone, PartialEq, Debug)]
pub struct VariableDeclarator {
    pub name: Ident,
    pub init: Option<Expr>,
}

/// `T a = 1, b;` (`T` may be `var`); `const` for constant locals.
#[derive(Clone, PartialEq, Debug)]
pub struct LocalDecl {
    pub is_const: bool,
    pub ty: Box<TypeSyntax>,
    pub declarators: Vec<VariableDeclarator>,
}

/// A `case` or `default` label.
#[derive(Clone, PartialEq, Debug)]
pub enum SwitchLabel {
    Case(Expr),
    Default,
}

/// A switch section: labels then statements.
#[derive(Clone, PartialEq, Debug)]
pub struct SwitchSection {
    pub labels: Vec<SwitchLabel>,
    pub statements: Vec<Stmt>,
}

/// `catch (T name) when (filter) { … }`.
#[derive(Clone, PartialEq, Debug)]
pub struct CatchClause {
    pub ty: Option<TypeSyntax>,
    pub name: Option<Ident>,
    pub filter: Option<Expr>,
    pub body: Block,
}

/// The initializer part of a `for`.
#[derive(Clone, PartialEq, Debug)]
pub enum ForInit {
    Decl(LocalDecl),
    Exprs(Vec<Expr>),
}

/// What a `using` statement acquires.
#[derive(Clone, PartialEq, Debug)]
pub enum UsingResource {
    Decl(LocalDecl),
    Expr(Expr),
}

/// The target of a `goto`.
#[derive(Clone, PartialEq, Debug)]
pub enum GotoTarget {
    Label(Ident),
    Case(Expr),
    Default,
}

/// A local function (`static` allowed).
#[derive(Clone, PartialEq, Debug)]
pub struct LocalFunction {
    pub is_static: bool,
    pub return_type: TypeSyntax,
    pub name: Ident,
    pub type_params: Vec<Ident>,
    pub params: Vec<Parameter>,
    pub constraints: Vec<ConstraintClause>,
    pub body: super::MethodBody,
}

/// The shape of a statement.
#[derive(Clone, PartialEq, Debug)]
pub enum StmtKind {
    Block(Block),
    Empty,
    LocalDecl(LocalDecl),
    LocalFunction(Box<LocalFunction>),
    Expr(Expr),
    If {
        condition: Expr,
        then: Box<Stmt>,
        otherwise: Option<Box<Stmt>>,
    },
    While {
        condition: Expr,
        body: Box<Stmt>,
    },
    Do {
        body: Box<Stmt>,
        condition: Expr,
    },
    For {
        init: Option<Box<ForInit>>,
        /// Boxed, like the other rare large parts, to keep every statement small.
        condition: Option<Box<Expr>>,
        step: Vec<Expr>,
        body: Box<Stmt>,
    },
    Foreach {
        ty: Box<TypeSyntax>,
        name: Ident,
        collection: Box<Expr>,
        body: Box<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Throw(Option<Expr>),
    Goto(GotoTarget),
    Labeled {
        label: Ident,
        statement: Box<Stmt>,
    },
    Switch {
        value: Expr,
        sections: Vec<SwitchSection>,
    },
    Try {
        body: Block,
        catches: Vec<CatchClause>,
        finally: Option<Block>,
    },
    Checked(Block),
    Unchecked(Block),
    Unsafe(Block),
    Fixed {
        decl: LocalDecl,
        body: Box<Stmt>,
    },
    Using {
        resource: UsingResource,
        body: Box<Stmt>,
    },
    YieldReturn(Expr),
    YieldBreak,
    /// Something that could not be parsed (a diagnostic says what).
    Error,
}

impl std::fmt::Debug for Stmt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} ", self.range)?;
        self.kind.fmt(f)
    }
}
