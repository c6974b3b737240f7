//! Types as written: predefined keywords, (generic, qualified) names, arrays, nullables,
//! pointers.

use super::Ident;
use frontend_core::source::TextRange;
use std::fmt;

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
///
/// `Debug` prints the type as C# spells it, then its range: `` `List<int>[]` 4..15 ``.
#[derive(Clone, PartialEq)]
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

impl fmt::Debug for TypeSyntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{self}` {:?}", self.range)
    }
}

impl fmt::Display for TypeSyntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            TypeKind::Predefined(p) => write!(f, "{}", format!("{p:?}").to_ascii_lowercase()),
            TypeKind::Named {
                qualifier,
                name,
                args,
            } => {
                if let Some(q) = qualifier {
                    write!(f, "{q}.")?;
                }
                f.write_str(&name.text)?;
                if !args.is_empty() {
                    f.write_str("<")?;
                    for (i, a) in args.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write!(f, "{a}")?;
                    }
                    f.write_str(">")?;
                }
                Ok(())
            }
            TypeKind::Array { element, rank } => {
                // `int[][,]` is an array of `int[,]`: print the element's own specifiers
                // after this one's.
                let mut specs = vec![*rank];
                let mut inner = element.as_ref();
                while let TypeKind::Array { element, rank } = &inner.kind {
                    specs.push(*rank);
                    inner = element;
                }
                write!(f, "{inner}")?;
                for r in specs {
                    write!(f, "[{}]", ",".repeat(r as usize - 1))?;
                }
                Ok(())
            }
            TypeKind::Nullable(t) => write!(f, "{t}?"),
            TypeKind::Pointer(t) => write!(f, "{t}*"),
        }
    }
}
