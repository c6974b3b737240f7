//! Typed row identifiers and metadata tokens.
//!
//! A row of a metadata table is named by a 1-based row number (RID). Every table gets its
//! own newtype (`TypeDefId`, `MethodDefId`, …) so that ids of different tables cannot be
//! mixed up across module boundaries; a [`Token`] is the untyped `table << 24 | rid` form
//! that IL operands and coded indices carry.

use crate::metadata::schema::TableId;
use std::fmt;

/// A metadata token: the table number in the high byte, the 1-based row in the low three.
///
/// User-string tokens (`0x70`) carry a `#US` heap offset instead of a row.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Token(pub u32);

impl Token {
    /// The token type byte of user strings (`ldstr` operands).
    pub const USER_STRING: u8 = 0x70;

    /// Builds a token from a table and a 1-based row number.
    pub fn new(table: TableId, rid: u32) -> Token {
        debug_assert!(rid < (1 << 24));
        Token(((table as u32) << 24) | rid)
    }

    /// Builds a `#US` token from a heap offset.
    pub fn user_string(offset: u32) -> Token {
        Token((u32::from(Self::USER_STRING) << 24) | offset)
    }

    /// The high byte: a table number, or `0x70` for user strings.
    pub fn kind(self) -> u8 {
        (self.0 >> 24) as u8
    }

    /// The table named by the token, if the high byte is a table number.
    pub fn table(self) -> Option<TableId> {
        TableId::from_u8(self.kind())
    }

    /// The low three bytes: the 1-based row (or the `#US` offset).
    pub fn rid(self) -> u32 {
        self.0 & 0x00FF_FFFF
    }

    /// True for the nil token of a table (row 0).
    pub fn is_nil(self) -> bool {
        self.rid() == 0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.table() {
            Some(t) => write!(f, "{:?}#{}", t, self.rid()),
            None => write!(f, "Token({:#010x})", self.0),
        }
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#010x}", self.0)
    }
}

macro_rules! row_ids {
    ($($(#[$doc:meta])* $name:ident => $table:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub struct $name(pub u32);

        impl $name {
            /// The table this id indexes.
            pub const TABLE: TableId = TableId::$table;

            /// The 1-based row number.
            pub fn rid(self) -> u32 {
                self.0
            }

            /// The metadata token of this row.
            pub fn token(self) -> Token {
                Token::new(TableId::$table, self.0)
            }

            /// The id of a token of this table, or `None` for another table.
            pub fn from_token(token: Token) -> Option<$name> {
                (token.table() == Some(TableId::$table)).then_some($name(token.rid()))
            }
        }

        impl From<$name> for Token {
            fn from(id: $name) -> Token {
                id.token()
            }
        }
    )*};
}

row_ids! {
    /// A row of the Module table.
    ModuleId => Module;
    /// A row of the TypeRef table.
    TypeRefId => TypeRef;
    /// A row of the TypeDef table.
    TypeDefId => TypeDef;
    /// A row of the Field table.
    FieldId => Field;
    /// A row of the MethodDef table.
    MethodDefId => MethodDef;
    /// A row of the Param table.
    ParamId => Param;
    /// A row of the InterfaceImpl table.
    InterfaceImplId => InterfaceImpl;
    /// A row of the MemberRef table.
    MemberRefId => MemberRef;
    /// A row of the Constant table.
    ConstantId => Constant;
    /// A row of the CustomAttribute table.
    CustomAttributeId => CustomAttribute;
    /// A row of the StandAloneSig table.
    StandAloneSigId => StandAloneSig;
    /// A row of the Event table.
    EventId => Event;
    /// A row of the Property table.
    PropertyId => Property;
    /// A row of the ModuleRef table.
    ModuleRefId => ModuleRef;
    /// A row of the TypeSpec table.
    TypeSpecId => TypeSpec;
    /// A row of the Assembly table.
    AssemblyId => Assembly;
    /// A row of the AssemblyRef table.
    AssemblyRefId => AssemblyRef;
    /// A row of the File table.
    FileId => File;
    /// A row of the ExportedType table.
    ExportedTypeId => ExportedType;
    /// A row of the ManifestResource table.
    ManifestResourceId => ManifestResource;
    /// A row of the GenericParam table.
    GenericParamId => GenericParam;
    /// A row of the MethodSpec table.
    MethodSpecId => MethodSpec;
    /// A row of the GenericParamConstraint table.
    GenericParamConstraintId => GenericParamConstraint;
    /// A row of the portable PDB Document table.
    DocumentId => Document;
}

/// An offset into the `#Strings` heap (0 is the empty string).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct StringIdx(pub u32);

/// An offset into the `#Blob` heap (0 is the empty blob).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct BlobIdx(pub u32);

/// A 1-based index into the `#GUID` heap (0 means no GUID).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct GuidIdx(pub u32);

/// An offset into the `#US` heap.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct UserStringIdx(pub u32);
