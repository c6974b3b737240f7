//! Types as written: predefined keywords, (generic, qualified) names, arrays, nullables,
//! pointers.

use super::Ident;
use frontend_core::source::TextRange;

/// The predefined type keywords.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PredefinedType {
    Bool,
    Byte,
    Sbyte,
    Char,
    Short,
    Ushort,
    Int,
    Uint,
    Long,
    Ulong,
    Float,
    Double,
    Decimal,
    String,
    Object,
    Void,
}

/// A type as written.
#[derive(Clone, PartialEq, Debug)]
pub struct TypeSyntax {
    pub kind: TypeKind,
    pub range: TextRange,
}

/// The shape of a written type.
#[derive(Clone, PartialEq, Debug)]
pub enum TypeKind {
    Predefined(PredefinedType),
    /// `Name<Args>`, possibly qualified by an outer name (`A.B<int>.C`).
    Named {
        qualifier: Option<Box<TypeSyntax>>,
        name: Ident,
        args: Vec<TypeSyntax>,
    },
    /// `T[]`, `T[,]`: the rank of each specifier, outermost first.
    Array {
        element: Box<TypeSyntax>,
        rank: u32,
    },
    Nullable(Box<TypeSyntax>),
    Pointer(Box<TypeSyntax>),
}
