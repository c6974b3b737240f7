//! The minivb syntax tree: plain values with a byte range on every node and no semantic
//! information (a value type, built per file). Parsing never fails: a construct that could
//! not be parsed becomes an `Error` node and a diagnostic. Names keep the declaration's
//! spelling; case-insensitive comparison is the binder's business.

mod decl;
mod dump;
mod expr;
mod stmt;
mod ty;

pub use decl::*;
pub use dump::dump;
pub use expr::*;
pub use stmt::*;
pub use ty::*;

use frontend_core::source::TextRange;
use std::fmt;

/// An identifier with its range: `[brackets]` are removed from `text`, and a type
/// character (`count%`, `name$`) is split off into `type_char`. A missing identifier
/// (after a diagnostic) has empty text and an empty range. `Debug` prints
/// `"text"@start..end` (with the type character after the text, if any).
#[derive(Clone, PartialEq, Eq)]
pub struct Ident {
    pub text: String,
    pub type_char: Option<char>,
    pub range: TextRange,
}

impl fmt::Debug for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.type_char {
            Some(c) => write!(f, "{:?}{c}@{:?}", self.text, self.range),
            None => write!(f, "{:?}@{:?}", self.text, self.range),
        }
    }
}

/// A dotted name (`System.Collections.Generic`, `IComparable.CompareTo`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct QualifiedName {
    pub parts: Vec<Ident>,
    pub range: TextRange,
}

/// A whole file.
#[derive(Clone, PartialEq, Debug)]
pub struct CompilationUnit {
    pub options: Vec<OptionStmt>,
    pub imports: Vec<ImportsStmt>,
    /// `<Assembly: …>` and `<Module: …>` blocks.
    pub attributes: Vec<AttributeBlock>,
    pub members: Vec<NamespaceMember>,
    pub range: TextRange,
}

/// `Option Strict On`, `Option Infer Off`, `Option Compare Text`.
#[derive(Clone, PartialEq, Debug)]
pub struct OptionStmt {
    pub name: Ident,
    pub value: Option<Ident>,
    pub range: TextRange,
}

/// `Imports System.Text`, `Imports SB = System.Text.StringBuilder`.
#[derive(Clone, PartialEq, Debug)]
pub struct ImportsStmt {
    pub alias: Option<Ident>,
    pub target: TypeSyntax,
    pub range: TextRange,
}

/// `<A(1), B(Name:=2)>`.
#[derive(Clone, PartialEq, Debug)]
pub struct AttributeBlock {
    pub attributes: Vec<Attribute>,
    pub range: TextRange,
}

/// One attribute: an optional `Assembly:`/`Module:` target, a type name and its arguments
/// (named ones as `Name:=value`).
#[derive(Clone, PartialEq, Debug)]
pub struct Attribute {
    pub target: Option<Ident>,
    pub name: TypeSyntax,
    pub args: Vec<Argument>,
    pub range: TextRange,
}

/// Something a namespace holds.
#[derive(Clone, PartialEq, Debug)]
pub enum NamespaceMember {
    Namespace(NamespaceDecl),
    Type(Box<TypeDecl>),
    /// Something that could not be parsed or is not allowed here (a diagnostic says what).
    Error(TextRange),
}

/// `Namespace A.B … End Namespace`.
#[derive(Clone, PartialEq, Debug)]
pub struct NamespaceDecl {
    pub name: QualifiedName,
    pub members: Vec<NamespaceMember>,
    pub range: TextRange,
}
