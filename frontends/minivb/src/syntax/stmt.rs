//! Statements. VB statements are lines: a block statement (`If … Then`, `For`, `Try`, …)
//! owns the lines up to its end statement (`End If`, `Next`, `End Try`, …).

use super::{BinaryOp, Expr, Ident, Modifier, TypeSyntax};
use frontend_core::source::TextRange;

/// A statement with its range (`Debug`: `start..end Kind …`).
#[derive(Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub range: TextRange,
}

/// A declared name with its array bounds and nullable mark: `a`, `a(10)`, `a()`, `a(,)`,
/// `n?`.
#[derive(Clone, PartialEq, Debug)]
pub struct ModifiedIdent {
    pub name: Ident,
    /// The rank of the array suffix, 0 for none.
    pub array_rank: u32,
    /// Upper bounds given in the suffix (empty for `a()`).
    pub bounds: Vec<Expr>,
    pub nullable: bool,
    /// Jagged suffixes after the first (`a(2)()`, `a()(,)`): the element type's ranks,
    /// outermost first.
    pub inner_ranks: Vec<u32>,
}

impl ModifiedIdent {
    /// `ty` with this name's array suffixes applied: `a()(,) As T` is a vector of
    /// `T(,)`, as in the type `T()(,)`.
    pub fn array_of(&self, ty: frontend_core::types::Ty) -> frontend_core::types::Ty {
        use frontend_core::types::Ty;
        if self.array_rank == 0 {
            return ty;
        }
        let elem = self
            .inner_ranks
            .iter()
            .rev()
            .fold(ty, |t, r| Ty::Array(Box::new(t), *r));
        Ty::Array(Box::new(elem), self.array_rank)
    }
}

/// `As T` or `As New T(args) With {…}` (the `New` expression).
#[derive(Clone, PartialEq, Debug)]
pub enum AsClause {
    Type(TypeSyntax),
    New(Expr),
}

/// `a, b As Integer`, `c As New C()`, `d() As Integer = {1, 2}`, `e = 5`.
#[derive(Clone, PartialEq, Debug)]
pub struct Declarator {
    pub names: Vec<ModifiedIdent>,
    pub as_clause: Option<AsClause>,
    pub init: Option<Expr>,
}

/// `Dim`/`Const`/`Static` and the declarators.
#[derive(Clone, PartialEq, Debug)]
pub struct LocalDecl {
    pub modifiers: Vec<Modifier>,
    pub declarators: Vec<Declarator>,
}

/// `ElseIf cond Then` and its lines.
#[derive(Clone, PartialEq, Debug)]
pub struct ElseIfBlock {
    pub condition: Expr,
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

/// One clause of a `Case`.
#[derive(Clone, PartialEq, Debug)]
pub enum CaseClause {
    Else,
    Value(Expr),
    /// `3 To 5`.
    Range(Expr, Expr),
    /// `Is > 10` (also `> 10`).
    Is(BinaryOp, Expr),
}

/// `Case …` and its lines.
#[derive(Clone, PartialEq, Debug)]
pub struct CaseBlock {
    pub clauses: Vec<CaseClause>,
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

/// `Catch ex As T When filter` and its lines.
#[derive(Clone, PartialEq, Debug)]
pub struct CatchBlock {
    pub name: Option<Ident>,
    pub ty: Option<TypeSyntax>,
    pub filter: Option<Expr>,
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

/// What `Exit` leaves.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExitKind {
    Sub,
    Function,
    Property,
    Do,
    For,
    While,
    Select,
    Try,
}

/// What `Continue` continues.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ContinueKind {
    Do,
    For,
    While,
}

/// `While cond` or `Until cond` on a `Do` or `Loop`.
#[derive(Clone, PartialEq, Debug)]
pub enum LoopCondition {
    While(Expr),
    Until(Expr),
}

/// The control variable of a `For`/`For Each`: a new one (`i As Integer`) or an existing
/// variable or member (`i`, `Me.x`).
#[derive(Clone, PartialEq, Debug)]
pub enum ForControl {
    Declared { name: ModifiedIdent, ty: TypeSyntax },
    Expr(Expr),
}

/// What `Using` acquires.
#[derive(Clone, PartialEq, Debug)]
pub enum UsingResource {
    Decl(Vec<Declarator>),
    Expr(Expr),
}

/// The shape of a statement. (Variants differ in size; the tree is built once per file and
/// read by the binder, so boxing the big ones would only add noise.)
#[derive(Clone, PartialEq, Debug)]
#[allow(clippy::large_enum_variant)]
pub enum StmtKind {
    LocalDecl(LocalDecl),
    /// An invocation statement (with or without `Call`).
    Expr(Expr),
    /// `=` (op `None`) or a compound assignment (`+=`, `&=`, `<<=`, …).
    Assign {
        op: Option<BinaryOp>,
        target: Expr,
        value: Expr,
    },
    If {
        condition: Expr,
        then: Vec<Stmt>,
        else_ifs: Vec<ElseIfBlock>,
        otherwise: Option<Vec<Stmt>>,
        single_line: bool,
    },
    Select {
        value: Expr,
        cases: Vec<CaseBlock>,
    },
    While {
        condition: Expr,
        body: Vec<Stmt>,
    },
    /// `Do [While|Until c] … Loop [While|Until c]`.
    Do {
        top: Option<LoopCondition>,
        bottom: Option<LoopCondition>,
        body: Vec<Stmt>,
    },
    For {
        control: ForControl,
        from: Expr,
        to: Expr,
        step: Option<Expr>,
        body: Vec<Stmt>,
        next_vars: Vec<Expr>,
    },
    ForEach {
        control: ForControl,
        collection: Expr,
        body: Vec<Stmt>,
        next_vars: Vec<Expr>,
    },
    Exit(ExitKind),
    Continue(ContinueKind),
    Return(Option<Expr>),
    Throw(Option<Expr>),
    Try {
        body: Vec<Stmt>,
        catches: Vec<CatchBlock>,
        finally: Option<Vec<Stmt>>,
    },
    Using {
        resource: UsingResource,
        body: Vec<Stmt>,
    },
    With {
        target: Expr,
        body: Vec<Stmt>,
    },
    AddHandler {
        event: Expr,
        handler: Expr,
    },
    RemoveHandler {
        event: Expr,
        handler: Expr,
    },
    RaiseEvent {
        name: Ident,
        args: Vec<super::Argument>,
    },
    /// `ReDim [Preserve] a(10), b(2, 3)`: each clause an invocation-shaped expression.
    ReDim {
        preserve: bool,
        clauses: Vec<Expr>,
    },
    GoTo(Ident),
    Label(Ident),
    Yield(Expr),
    Stop,
    /// The `End` statement (terminates the program).
    End,
    /// Something that could not be parsed (a diagnostic says what).
    Error,
}

impl std::fmt::Debug for Stmt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} ", self.range)?;
        self.kind.fmt(f)
    }
}
