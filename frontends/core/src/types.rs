//! Semantic types, language-neutral: what a bound expression has and a signature names.
//! Built-in types are their own variants (so the binder matches on them cheaply); every
//! other type names its definition by [`TypeId`] with its type arguments.

use std::fmt;
use std::sync::Arc;

/// A type definition anywhere in the compilation: `asm` 0 is the source being compiled,
/// `1..` the referenced assemblies in the order given; `idx` indexes that assembly's types.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId {
    pub asm: u32,
    pub idx: u32,
}

impl TypeId {
    /// The assembly index of the source being compiled.
    pub const SOURCE: u32 = 0;

    pub fn is_source(self) -> bool {
        self.asm == Self::SOURCE
    }
}

impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "T{}.{}", self.asm, self.idx)
    }
}

/// A type.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub enum Ty {
    Void,
    Bool,
    Char,
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    R4,
    R8,
    /// `native int`.
    I,
    /// `native unsigned int`.
    U,
    String,
    Object,
    /// A class, struct, interface, enum or delegate, with its type arguments (empty when
    /// not generic).
    Named(TypeId, Arc<[Ty]>),
    /// An array: element and rank (1 is a zero-based vector).
    Array(Box<Ty>, u32),
    /// A managed pointer (`ref`/`out` parameters, `ByRef`).
    ByRef(Box<Ty>),
    /// An unmanaged pointer.
    Ptr(Box<Ty>),
    /// The `n`th generic parameter of the enclosing type.
    Var(u32),
    /// The `n`th generic parameter of the enclosing method.
    MVar(u32),
    /// The type of the `null` literal.
    Null,
    /// A type that could not be determined (a diagnostic was reported): never reported
    /// again.
    #[default]
    Error,
}

impl Ty {
    /// A non-generic named type.
    pub fn named(id: TypeId) -> Ty {
        Ty::Named(id, Arc::from([]))
    }

    pub fn sz_array(elem: Ty) -> Ty {
        Ty::Array(Box::new(elem), 1)
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Ty::Error)
    }

    /// Signed or unsigned integers of any width, and `char`.
    pub fn is_integral(&self) -> bool {
        matches!(
            self,
            Ty::Char | Ty::I1 | Ty::U1 | Ty::I2 | Ty::U2 | Ty::I4 | Ty::U4 | Ty::I8 | Ty::U8
        )
    }

    pub fn is_floating(&self) -> bool {
        matches!(self, Ty::R4 | Ty::R8)
    }

    pub fn is_numeric(&self) -> bool {
        self.is_integral() || self.is_floating()
    }

    pub fn is_unsigned(&self) -> bool {
        matches!(self, Ty::Char | Ty::U1 | Ty::U2 | Ty::U4 | Ty::U8 | Ty::U)
    }

    /// 64-bit integers.
    pub fn is_64(&self) -> bool {
        matches!(self, Ty::I8 | Ty::U8)
    }

    /// The built-in primitive value types (which live in corlib as `System.Int32` …).
    pub fn is_primitive(&self) -> bool {
        self.is_numeric() || matches!(self, Ty::Bool | Ty::I | Ty::U)
    }

    /// Built-in reference types and arrays (named types need the symbol table).
    pub fn is_builtin_reference(&self) -> bool {
        matches!(self, Ty::String | Ty::Object | Ty::Array(..) | Ty::Null)
    }

    /// The element type of an array.
    pub fn element(&self) -> Option<&Ty> {
        match self {
            Ty::Array(e, _) => Some(e),
            _ => None,
        }
    }

    /// The type arguments of a named type.
    pub fn type_args(&self) -> &[Ty] {
        match self {
            Ty::Named(_, args) => args,
            _ => &[],
        }
    }

    /// [`Ty::type_args`] as a shared list: the type's own (a reference count, not a
    /// copy), or one empty list for every type without arguments.
    pub fn type_args_shared(&self) -> Arc<[Ty]> {
        match self {
            Ty::Named(_, args) => args.clone(),
            _ => no_type_args(),
        }
    }

    /// The corlib name (`System`, `Int32`) of a built-in type.
    pub fn builtin_name(&self) -> Option<&'static str> {
        Some(match self {
            Ty::Void => "Void",
            Ty::Bool => "Boolean",
            Ty::Char => "Char",
            Ty::I1 => "SByte",
            Ty::U1 => "Byte",
            Ty::I2 => "Int16",
            Ty::U2 => "UInt16",
            Ty::I4 => "Int32",
            Ty::U4 => "UInt32",
            Ty::I8 => "Int64",
            Ty::U8 => "UInt64",
            Ty::R4 => "Single",
            Ty::R8 => "Double",
            Ty::I => "IntPtr",
            Ty::U => "UIntPtr",
            Ty::String => "String",
            Ty::Object => "Object",
            _ => return None,
        })
    }

    /// The built-in type a `System.X` name stands for.
    pub fn from_builtin_name(name: &str) -> Option<Ty> {
        Some(match name {
            "Void" => Ty::Void,
            "Boolean" => Ty::Bool,
            "Char" => Ty::Char,
            "SByte" => Ty::I1,
            "Byte" => Ty::U1,
            "Int16" => Ty::I2,
            "UInt16" => Ty::U2,
            "Int32" => Ty::I4,
            "UInt32" => Ty::U4,
            "Int64" => Ty::I8,
            "UInt64" => Ty::U8,
            "Single" => Ty::R4,
            "Double" => Ty::R8,
            "IntPtr" => Ty::I,
            "UIntPtr" => Ty::U,
            "String" => Ty::String,
            "Object" => Ty::Object,
            _ => return None,
        })
    }

    /// Replaces `Var(n)` by `type_args[n]` and `MVar(n)` by `method_args[n]` (when given).
    pub fn subst(&self, type_args: &[Ty], method_args: &[Ty]) -> Ty {
        if type_args.is_empty() && method_args.is_empty() {
            return self.clone();
        }
        match self {
            Ty::Var(n) => type_args.get(*n as usize).cloned().unwrap_or(Ty::Var(*n)),
            Ty::MVar(n) => method_args
                .get(*n as usize)
                .cloned()
                .unwrap_or(Ty::MVar(*n)),
            Ty::Named(id, args) if !args.is_empty() => Ty::Named(
                *id,
                args.iter()
                    .map(|a| a.subst(type_args, method_args))
                    .collect(),
            ),
            Ty::Array(e, r) => Ty::Array(Box::new(e.subst(type_args, method_args)), *r),
            Ty::ByRef(e) => Ty::ByRef(Box::new(e.subst(type_args, method_args))),
            Ty::Ptr(e) => Ty::Ptr(Box::new(e.subst(type_args, method_args))),
            other => other.clone(),
        }
    }

    /// Whether the type mentions a generic parameter.
    pub fn is_open(&self) -> bool {
        match self {
            Ty::Var(_) | Ty::MVar(_) => true,
            Ty::Named(_, args) => args.iter().any(Ty::is_open),
            Ty::Array(e, _) | Ty::ByRef(e) | Ty::Ptr(e) => e.is_open(),
            _ => false,
        }
    }
}

/// The empty argument list, allocated once.
pub fn no_type_args() -> Arc<[Ty]> {
    static EMPTY: std::sync::OnceLock<Arc<[Ty]>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| Arc::from([])).clone()
}
