//! Types as written: predefined keywords, (generic, qualified) names, arrays, nullables.

use super::Ident;
use frontend_core::source::TextRange;
use std::fmt;

/// The predefined type keywords.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PredefinedType {
    Boolean,
    Byte,
    SByte,
    Char,
    Short,
    UShort,
    Integer,
    UInteger,
    Long,
    ULong,
    Single,
    Double,
    Decimal,
    String,
    Object,
    Date,
}

/// A type as written.
///
/// `Debug` prints the type as VB spells it, then its range: `` `List(Of Integer)()` 4..20 ``.
#[derive(Clone, PartialEq)]
pub struct TypeSyntax {
    pub kind: TypeKind,
    pub range: TextRange,
}

/// The shape of a written type.
#[derive(Clone, PartialEq, Debug)]
pub enum TypeKind {
    Predefined(PredefinedType),
    /// `Name(Of Args)`, possibly qualified by an outer name (`A.B(Of Integer).C`).
    Named {
        qualifier: Option<Box<TypeSyntax>>,
        name: Ident,
        args: Vec<TypeSyntax>,
    },
    /// `T()`, `T(,)`: the rank of this specifier; `element` may itself be an array.
    Array {
        element: Box<TypeSyntax>,
        rank: u32,
    },
    Nullable(Box<TypeSyntax>),
    /// A type that could not be parsed (a diagnostic says why).
    Error,
}

impl fmt::Debug for TypeSyntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{self}` {:?}", self.range)
    }
}

impl fmt::Display for TypeSyntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            TypeKind::Predefined(p) => write!(f, "{p:?}"),
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
                    f.write_str("(Of ")?;
                    for (i, a) in args.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write!(f, "{a}")?;
                    }
                    f.write_str(")")?;
                }
                Ok(())
            }
            TypeKind::Array { element, rank } => {
                // `Integer()(,)` is an array of `Integer(,)`... printed outermost first.
                let mut specs = vec![*rank];
                let mut inner = element.as_ref();
                while let TypeKind::Array { element, rank } = &inner.kind {
                    specs.push(*rank);
                    inner = element;
                }
                write!(f, "{inner}")?;
                for r in specs {
                    write!(f, "({})", ",".repeat(r.saturating_sub(1) as usize))?;
                }
                Ok(())
            }
            TypeKind::Nullable(t) => write!(f, "{t}?"),
            TypeKind::Error => f.write_str("?error"),
        }
    }
}
