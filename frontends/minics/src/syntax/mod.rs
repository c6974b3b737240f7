//! The minics syntax tree: plain values with a byte range on every node and no semantic
//! information (rust-analyzer's rule: a value type, built per file). Parsing never fails:
//! a construct that could not be parsed becomes an `Error` node and a diagnostic.

mod decl;
mod dump;
mod expr;
mod shift_eq;
mod stmt;
mod ty;

pub use decl::*;
pub use dump::dump;
pub use expr::*;
pub use shift_eq::{Shift, ShiftEq};
pub use stmt::*;
pub use ty::*;

use frontend_core::source::TextRange;
use std::fmt;

/// An identifier with its range; `@` escapes are already removed from `text`. A missing
/// identifier (after a diagnostic) has empty text and an empty range. `Debug` prints
/// `"text"@start..end`.
#[derive(Clone, PartialEq, Eq)]
pub struct Ident {
    pub text: std::sync::Arc<str>,
    pub range: TextRange,
}

impl fmt::Debug for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}@{:?}", self.text, self.range)
    }
}

/// A dotted name (`System.Collections.Generic`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct QualifiedName {
    pub parts: Vec<Ident>,
    pub range: TextRange,
}

/// A whole file.
#[derive(Clone, PartialEq, Debug)]
pub struct CompilationUnit {
    pub usings: Vec<UsingDirective>,
    pub attributes: Vec<AttributeSection>,
    pub members: Vec<NamespaceMember>,
    pub range: TextRange,
}

/// `using X;`, `using static X;`, `using A = X;`.
#[derive(Clone, PartialEq, Debug)]
pub struct UsingDirective {
    pub is_static: bool,
    pub alias: Option<Ident>,
    pub target: TypeSyntax,
    pub range: TextRange,
}

/// `[target: A(args), B]`.
#[derive(Clone, PartialEq, Debug)]
pub struct AttributeSection {
    pub target: Option<Ident>,
    pub attributes: Vec<Attribute>,
    pub range: TextRange,
}

/// One attribute: a type name and its arguments (`Name = value` for named ones).
#[derive(Clone, PartialEq, Debug)]
pub struct Attribute {
    pub name: TypeSyntax,
    pub args: Vec<AttributeArg>,
    pub range: TextRange,
}

/// A positional or named attribute argument.
#[derive(Clone, PartialEq, Debug)]
pub struct AttributeArg {
    pub name: Option<Ident>,
    pub value: Expr,
}

/// Something a namespace holds.
#[derive(Clone, PartialEq, Debug)]
pub enum NamespaceMember {
    Namespace(NamespaceDecl),
    Type(Box<TypeDecl>),
    /// Something that could not be parsed (a diagnostic says what).
    Error(TextRange),
}

/// `namespace A.B { … }`.
#[derive(Clone, PartialEq, Debug)]
pub struct NamespaceDecl {
    pub name: QualifiedName,
    pub usings: Vec<UsingDirective>,
    pub members: Vec<NamespaceMember>,
    pub range: TextRange,
}
