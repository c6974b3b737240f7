//! The typed IR ("bound tree"): what both binders produce and code generation consumes.
//! Every expression carries its type; names are resolved to symbols, overloads chosen,
//! conversions explicit. Language rules are already applied here (C#'s wraparound against
//! VB's checked arithmetic is the `checked` flag), so codegen knows neither language.
//!
//! Higher-level constructs (compound assignment, `foreach`, `using`, string `switch`) stay
//! as single nodes and are expanded by code generation, which is the lowering step for
//! them; closures and iterators are rewritten into classes before code generation.

use crate::constant::ConstValue;
use crate::source::TextRange;
use crate::symbols::{FieldId, MethodId};
use crate::types::Ty;
use std::sync::Arc;

/// A local variable of the method being compiled.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct LocalId(pub u32);

/// A jump target.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct LabelId(pub u32);

/// A method as called: its definition and the instantiation it is called with.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct MethodRef {
    pub id: MethodId,
    /// The declaring type's type arguments (empty when not generic).
    pub type_args: Arc<[Ty]>,
    /// The method's own type arguments (empty when not generic).
    pub method_args: Arc<[Ty]>,
}

impl MethodRef {
    /// A method of a non-generic type, itself not generic.
    pub fn plain(id: MethodId) -> MethodRef {
        MethodRef {
            id,
            type_args: Arc::from([]),
            method_args: Arc::from([]),
        }
    }
}

/// A field as accessed, with its declaring type's instantiation.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FieldRef {
    pub id: FieldId,
    pub type_args: Arc<[Ty]>,
}

/// Arithmetic and bitwise operators (operands already of one promoted type).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
}

/// Comparisons (the result is `bool`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Unary operators.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnOp {
    Neg,
    /// Bitwise complement.
    Not,
    /// `!` on `bool`.
    LogicalNot,
}

/// An expression and its type.
#[derive(Clone, PartialEq, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
}

/// The shape of an expression.
#[derive(Clone, PartialEq, Debug)]
pub enum ExprKind {
    Const(ConstValue),
    /// `default(T)` for a value type that is not a primitive (a zeroed struct).
    DefaultValue,
    Local(LocalId),
    /// An argument by IL index (0 is `this` in instance methods).
    Arg(u16),
    This,
    /// `base.M()`'s receiver: `this`, called non-virtually.
    Base,
    Field {
        receiver: Option<Box<Expr>>,
        /// Boxed: a `FieldRef` inline would make every expression 8 bytes larger.
        field: Box<FieldRef>,
    },
    ArrayElement {
        array: Box<Expr>,
        indices: Vec<Expr>,
    },
    ArrayLength(Box<Expr>),
    Call(Box<CallExpr>),
    /// A property or indexer access, read or written through its accessors.
    Property(Box<PropertyExpr>),
    NewObject {
        ctor: Box<MethodRef>,
        args: Vec<Expr>,
    },
    /// `new T[n]`, `new T[n, m]`.
    NewArray {
        sizes: Vec<Expr>,
    },
    /// `new T[] { a, b }` (vectors; nested initializers are nested `ArrayInit`s for
    /// jagged arrays).
    ArrayInit {
        values: Vec<Expr>,
    },
    /// A rectangular array with its elements in row-major order.
    RectangularInit {
        sizes: Box<[u32]>,
        values: Box<[Expr]>,
    },
    Unary {
        op: UnOp,
        operand: Box<Expr>,
        checked: bool,
    },
    Binary {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
        /// Overflow-checked (`add.ovf`…).
        checked: bool,
    },
    Compare {
        op: CmpOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    AndAlso(Box<Expr>, Box<Expr>),
    OrElse(Box<Expr>, Box<Expr>),
    Conditional {
        condition: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `a ?? b` for reference types.
    Coalesce(Box<Expr>, Box<Expr>),
    /// A numeric (or enum) conversion from the operand's type to `ty`.
    Convert {
        operand: Box<Expr>,
        checked: bool,
    },
    Box(Box<Expr>),
    /// `unbox.any`: object to a value type (or a type parameter).
    Unbox(Box<Expr>),
    CastClass(Box<Expr>),
    /// `isinst`: the operand as `ty`, or null.
    IsInst(Box<Expr>),
    /// Reinterpret without code (reference conversions, enum ↔ underlying, identity).
    Nop(Box<Expr>),
    Assign {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// `target op= value`, `++`, `--`: `value` mentions [`ExprKind::OldValue`] once,
    /// as its first-evaluated leaf; the target's receiver is evaluated once.
    CompoundAssign {
        target: Box<Expr>,
        value: Box<Expr>,
        /// The expression's value is the target's old value (postfix `x++`).
        postfix: bool,
    },
    /// The target's value inside a `CompoundAssign`.
    OldValue,
    /// The address of a variable, field or element (`ref`/`out` arguments).
    AddressOf(Box<Expr>),
    /// The value a managed pointer points to (reading a `ref` parameter).
    Deref(Box<Expr>),
    /// A delegate over a method: `receiver` is `None` for static methods.
    NewDelegate {
        ctor: Box<MethodRef>,
        receiver: Option<Box<Expr>>,
        method: Box<MethodRef>,
        virtual_call: bool,
    },
    /// String concatenation of any number of operands (objects are boxed already).
    Concat(Vec<Expr>),
    /// `typeof(T)`.
    TypeOf(Ty),
    SizeOf(Ty),
    /// `throw e` in expression position.
    Throw(Box<Expr>),
    /// Statements then a value (lowered constructs).
    Sequence(Vec<Stmt>, Box<Expr>),
    /// A lambda or anonymous method converted to the delegate type `ty`; rewritten into
    /// a method (and a display class for what it captures) by `lower::closures` before
    /// code generation.
    Lambda(Box<Lambda>),
    /// `localloc`: this many bytes (a native unsigned integer) on the stack frame, as a
    /// pointer (C#'s `stackalloc`).
    StackAlloc(Box<Expr>),
}

// Size guards: bound bodies hold millions of these, so every byte is memory to page in
// and copy (issue 3). Payloads larger than 32 bytes are boxed (`CallExpr`,
// `PropertyExpr`, method and field references, statement conditions, `Try`'s catches);
// keep new variants within these limits the same way. `Ty` alone is 32 bytes.
const _: () = assert!(std::mem::size_of::<ExprKind>() <= 40);
const _: () = assert!(std::mem::size_of::<Expr>() <= 72);
const _: () = assert!(std::mem::size_of::<Stmt>() <= 80);

/// A method call: `ExprKind::Call`'s payload, boxed.
#[derive(Clone, PartialEq, Debug)]
pub struct CallExpr {
    pub receiver: Option<Box<Expr>>,
    pub method: MethodRef,
    pub args: Vec<Expr>,
    /// `callvirt` (virtual dispatch and the null check).
    pub virtual_call: bool,
}

/// A property or indexer access: `ExprKind::Property`'s payload, boxed.
#[derive(Clone, PartialEq, Debug)]
pub struct PropertyExpr {
    pub receiver: Option<Box<Expr>>,
    pub getter: Option<MethodRef>,
    pub setter: Option<MethodRef>,
    pub args: Vec<Expr>,
    pub virtual_call: bool,
}

/// A lambda's body, bound inside its enclosing method: its parameters and locals are in
/// the enclosing body's local table, so captured variables are plain `Local`s until
/// closure conversion.
#[derive(Clone, PartialEq, Debug)]
pub struct Lambda {
    /// The delegate's `.ctor(object, native int)`.
    pub delegate_ctor: MethodRef,
    pub params: Vec<LocalId>,
    pub ret: Ty,
    pub body: Vec<Stmt>,
    /// The scope holding the parameters (the body's outermost scope).
    pub scope: u32,
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Ty) -> Expr {
        Expr { kind, ty }
    }

    pub fn constant(value: ConstValue, ty: Ty) -> Expr {
        Expr::new(ExprKind::Const(value), ty)
    }

    pub fn boxed(self) -> Box<Expr> {
        Box::new(self)
    }
}

impl ExprKind {
    /// A call (`ExprKind::Call` with its payload boxed).
    pub fn call(
        receiver: Option<Box<Expr>>,
        method: MethodRef,
        args: Vec<Expr>,
        virtual_call: bool,
    ) -> ExprKind {
        ExprKind::Call(Box::new(CallExpr {
            receiver,
            method,
            args,
            virtual_call,
        }))
    }

    /// A property access (`ExprKind::Property` with its payload boxed).
    pub fn property(
        receiver: Option<Box<Expr>>,
        getter: Option<MethodRef>,
        setter: Option<MethodRef>,
        args: Vec<Expr>,
        virtual_call: bool,
    ) -> ExprKind {
        ExprKind::Property(Box::new(PropertyExpr {
            receiver,
            getter,
            setter,
            args,
            virtual_call,
        }))
    }
}

/// A catch clause.
#[derive(Clone, PartialEq, Debug)]
pub struct Catch {
    pub ty: Ty,
    /// Where the exception is stored (`catch (E e)`), if named.
    pub local: Option<LocalId>,
    pub filter: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A statement.
#[derive(Clone, PartialEq, Debug)]
pub enum Stmt {
    /// An expression evaluated for its effects.
    Expr(Expr),
    Block(Vec<Stmt>),
    If {
        condition: Box<Expr>,
        then: Box<Stmt>,
        otherwise: Option<Box<Stmt>>,
    },
    /// `while`/`for`: test, body, `continue` target, step.
    Loop {
        condition: Option<Box<Expr>>,
        body: Box<Stmt>,
        step: Vec<Stmt>,
        break_label: LabelId,
        continue_label: LabelId,
    },
    DoWhile {
        body: Box<Stmt>,
        condition: Box<Expr>,
        break_label: LabelId,
        continue_label: LabelId,
    },
    Label(LabelId),
    Goto(LabelId),
    Return(Option<Expr>),
    /// A `switch`: the value is compared with each case constant (integers, chars,
    /// strings, enums); sections hold `Label`s the cases jump to.
    Switch {
        value: Box<Expr>,
        cases: Vec<(ConstValue, LabelId)>,
        default: LabelId,
        body: Vec<Stmt>,
        break_label: LabelId,
    },
    Try {
        body: Vec<Stmt>,
        catches: Box<[Catch]>,
        finally: Option<Vec<Stmt>>,
    },
    /// `throw e;`, or a rethrow when `None`.
    Throw(Option<Expr>),
    /// A sequence point: the source range the following code comes from.
    SeqPoint(TextRange),
    /// Entering a new instance of a scope (locals declared in scope `n` are fresh from
    /// here): closure conversion creates the scope's display class here.
    ScopeStart(u32),
    /// `yield return e` (`Some`) or `yield break` (`None`) in an iterator body; iterator
    /// lowering replaces them before code generation.
    Yield(Option<Expr>),
}

/// What an iterator method produces.
#[derive(Clone, PartialEq, Debug)]
pub struct IteratorKind {
    /// The element type (`object` for the non-generic interfaces).
    pub element: Ty,
    /// Returns `IEnumerable` (else `IEnumerator`).
    pub enumerable: bool,
}

/// A local variable.
#[derive(Clone, PartialEq, Debug)]
pub struct LocalSym {
    pub name: String,
    pub ty: Ty,
    /// Compiler-generated (no name in the PDB).
    pub synthesized: bool,
    /// The scope that declares it (0 is the method's outermost scope).
    pub scope: u32,
    /// Pinned (C#'s `fixed`): the object it refers to does not move while it does.
    pub pinned: bool,
}

/// A bound method body.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Body {
    pub locals: Vec<LocalSym>,
    pub stmts: Vec<Stmt>,
    pub label_count: u32,
    /// Each scope's parent (scope 0, the method's, has none).
    pub scope_parents: Vec<Option<u32>>,
    /// An iterator body (it `yield`s): lowered into a state machine class.
    pub iterator: Option<IteratorKind>,
    /// Some expression is a `Lambda` (closure conversion looks only at these bodies).
    /// Front ends set it with `ir::visit::note_lambdas` on every finished body.
    pub has_lambdas: bool,
}

impl Body {
    pub fn new_local(&mut self, name: &str, ty: Ty, synthesized: bool) -> LocalId {
        self.new_local_in(name, ty, synthesized, 0)
    }

    pub fn new_local_in(&mut self, name: &str, ty: Ty, synthesized: bool, scope: u32) -> LocalId {
        self.locals.push(LocalSym {
            name: name.to_owned(),
            ty,
            synthesized,
            scope,
            pinned: false,
        });
        LocalId(self.locals.len() as u32 - 1)
    }

    /// A new scope inside `parent`.
    pub fn new_scope(&mut self, parent: u32) -> u32 {
        if self.scope_parents.is_empty() {
            self.scope_parents.push(None);
        }
        self.scope_parents.push(Some(parent));
        self.scope_parents.len() as u32 - 1
    }

    pub fn new_label(&mut self) -> LabelId {
        self.label_count += 1;
        LabelId(self.label_count - 1)
    }
}

pub mod visit;
