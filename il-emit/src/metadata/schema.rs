//! The shape of every metadata table: ECMA-335 Partition II §22 (and the portable PDB
//! tables 0x30–0x37), as data.
//!
//! This module is the single source of truth that the writer and the reader share: table
//! numbers, column lists, coded-index definitions (§24.2.6), which tables must be sorted
//! and by which key, and how wide each column is for a given set of heap sizes and row
//! counts. It knows nothing about rows' contents.

use crate::entity::Token;

/// The kind of one column of a table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Column {
    /// A 1-byte constant (only Constant.Type, which is followed by a padding byte that we
    /// model as a separate `U8` column).
    U8,
    /// A 2-byte constant.
    U16,
    /// A 4-byte constant.
    U32,
    /// An index into `#Strings`.
    String,
    /// An index into `#GUID`.
    Guid,
    /// An index into `#Blob`.
    Blob,
    /// A simple index into one table.
    Table(TableId),
    /// A coded index into one of several tables.
    Coded(CodedIndex),
}

/// One named column of a table.
#[derive(Clone, Copy, Debug)]
pub struct ColumnDef {
    /// The column's name as ECMA-335 spells it.
    pub name: &'static str,
    /// What the column holds.
    pub kind: Column,
}

macro_rules! tables {
    ($($name:ident = $num:literal { $($col:ident : $kind:expr),* $(,)? })*) => {
        /// A metadata table, numbered as in ECMA-335 §22 and the portable PDB spec.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[repr(u8)]
        pub enum TableId { $($name = $num,)* }

        impl TableId {
            /// Every table, in table-number order.
            pub const ALL: &'static [TableId] = &[$(TableId::$name,)*];

            /// The table of a table number, if it is one.
            pub fn from_u8(n: u8) -> Option<TableId> {
                match n { $($num => Some(TableId::$name),)* _ => None }
            }

            /// The table's name as ECMA-335 spells it.
            pub fn name(self) -> &'static str {
                match self { $(TableId::$name => stringify!($name),)* }
            }

            /// The table's columns, in their on-disk order.
            pub fn columns(self) -> &'static [ColumnDef] {
                use Column::*;
                #[allow(unused_imports)]
                use CodedIndex::*;
                match self {
                    $(TableId::$name => &[$(ColumnDef { name: stringify!($col), kind: $kind },)*],)*
                }
            }
        }
    };
}

tables! {
    Module = 0x00 { Generation: U16, Name: String, Mvid: Guid, EncId: Guid, EncBaseId: Guid }
    TypeRef = 0x01 { ResolutionScope: Coded(ResolutionScope), TypeName: String, TypeNamespace: String }
    TypeDef = 0x02 {
        Flags: U32, TypeName: String, TypeNamespace: String, Extends: Coded(TypeDefOrRef),
        FieldList: Table(TableId::Field), MethodList: Table(TableId::MethodDef)
    }
    FieldPtr = 0x03 { Field: Table(TableId::Field) }
    Field = 0x04 { Flags: U16, Name: String, Signature: Blob }
    MethodPtr = 0x05 { Method: Table(TableId::MethodDef) }
    MethodDef = 0x06 {
        RVA: U32, ImplFlags: U16, Flags: U16, Name: String, Signature: Blob,
        ParamList: Table(TableId::Param)
    }
    ParamPtr = 0x07 { Param: Table(TableId::Param) }
    Param = 0x08 { Flags: U16, Sequence: U16, Name: String }
    InterfaceImpl = 0x09 { Class: Table(TableId::TypeDef), Interface: Coded(TypeDefOrRef) }
    MemberRef = 0x0A { Class: Coded(MemberRefParent), Name: String, Signature: Blob }
    Constant = 0x0B { Type: U8, Padding: U8, Parent: Coded(HasConstant), Value: Blob }
    CustomAttribute = 0x0C {
        Parent: Coded(HasCustomAttribute), Type: Coded(CustomAttributeType), Value: Blob
    }
    FieldMarshal = 0x0D { Parent: Coded(HasFieldMarshal), NativeType: Blob }
    DeclSecurity = 0x0E { Action: U16, Parent: Coded(HasDeclSecurity), PermissionSet: Blob }
    ClassLayout = 0x0F { PackingSize: U16, ClassSize: U32, Parent: Table(TableId::TypeDef) }
    FieldLayout = 0x10 { Offset: U32, Field: Table(TableId::Field) }
    StandAloneSig = 0x11 { Signature: Blob }
    EventMap = 0x12 { Parent: Table(TableId::TypeDef), EventList: Table(TableId::Event) }
    EventPtr = 0x13 { Event: Table(TableId::Event) }
    Event = 0x14 { EventFlags: U16, Name: String, EventType: Coded(TypeDefOrRef) }
    PropertyMap = 0x15 { Parent: Table(TableId::TypeDef), PropertyList: Table(TableId::Property) }
    PropertyPtr = 0x16 { Property: Table(TableId::Property) }
    Property = 0x17 { Flags: U16, Name: String, Type: Blob }
    MethodSemantics = 0x18 {
        Semantics: U16, Method: Table(TableId::MethodDef), Association: Coded(HasSemantics)
    }
    MethodImpl = 0x19 {
        Class: Table(TableId::TypeDef), MethodBody: Coded(MethodDefOrRef),
        MethodDeclaration: Coded(MethodDefOrRef)
    }
    ModuleRef = 0x1A { Name: String }
    TypeSpec = 0x1B { Signature: Blob }
    ImplMap = 0x1C {
        MappingFlags: U16, MemberForwarded: Coded(MemberForwarded), ImportName: String,
        ImportScope: Table(TableId::ModuleRef)
    }
    FieldRVA = 0x1D { RVA: U32, Field: Table(TableId::Field) }
    EncLog = 0x1E { Token: U32, FuncCode: U32 }
    EncMap = 0x1F { Token: U32 }
    Assembly = 0x20 {
        HashAlgId: U32, MajorVersion: U16, MinorVersion: U16, BuildNumber: U16,
        RevisionNumber: U16, Flags: U32, PublicKey: Blob, Name: String, Culture: String
    }
    AssemblyProcessor = 0x21 { Processor: U32 }
    AssemblyOS = 0x22 { OSPlatformID: U32, OSMajorVersion: U32, OSMinorVersion: U32 }
    AssemblyRef = 0x23 {
        MajorVersion: U16, MinorVersion: U16, BuildNumber: U16, RevisionNumber: U16,
        Flags: U32, PublicKeyOrToken: Blob, Name: String, Culture: String, HashValue: Blob
    }
    AssemblyRefProcessor = 0x24 { Processor: U32, AssemblyRef: Table(TableId::AssemblyRef) }
    AssemblyRefOS = 0x25 {
        OSPlatformID: U32, OSMajorVersion: U32, OSMinorVersion: U32,
        AssemblyRef: Table(TableId::AssemblyRef)
    }
    File = 0x26 { Flags: U32, Name: String, HashValue: Blob }
    ExportedType = 0x27 {
        Flags: U32, TypeDefId: U32, TypeName: String, TypeNamespace: String,
        Implementation: Coded(Implementation)
    }
    ManifestResource = 0x28 {
        Offset: U32, Flags: U32, Name: String, Implementation: Coded(Implementation)
    }
    NestedClass = 0x29 {
        NestedClass: Table(TableId::TypeDef), EnclosingClass: Table(TableId::TypeDef)
    }
    GenericParam = 0x2A { Number: U16, Flags: U16, Owner: Coded(TypeOrMethodDef), Name: String }
    MethodSpec = 0x2B { Method: Coded(MethodDefOrRef), Instantiation: Blob }
    GenericParamConstraint = 0x2C {
        Owner: Table(TableId::GenericParam), Constraint: Coded(TypeDefOrRef)
    }
    Document = 0x30 { Name: Blob, HashAlgorithm: Guid, Hash: Blob, Language: Guid }
    MethodDebugInformation = 0x31 { Document: Table(TableId::Document), SequencePoints: Blob }
    LocalScope = 0x32 {
        Method: Table(TableId::MethodDef), ImportScope: Table(TableId::ImportScope),
        VariableList: Table(TableId::LocalVariable), ConstantList: Table(TableId::LocalConstant),
        StartOffset: U32, Length: U32
    }
    LocalVariable = 0x33 { Attributes: U16, Index: U16, Name: String }
    LocalConstant = 0x34 { Name: String, Signature: Blob }
    ImportScope = 0x35 { Parent: Table(TableId::ImportScope), Imports: Blob }
    StateMachineMethod = 0x36 {
        MoveNextMethod: Table(TableId::MethodDef), KickoffMethod: Table(TableId::MethodDef)
    }
    CustomDebugInformation = 0x37 {
        Parent: Coded(HasCustomDebugInformation), Kind: Guid, Value: Blob
    }
}

impl TableId {
    /// The columns by which §22 (or the portable PDB spec) requires this table to be
    /// sorted, primary key first; empty for tables with no required order.
    ///
    /// Keys compare as their encoded (coded-index) values. LocalScope's third key,
    /// Length, sorts descending; every other key ascends.
    pub fn sort_keys(self) -> &'static [usize] {
        match self {
            TableId::ClassLayout => &[2],
            TableId::Constant => &[2],
            TableId::CustomAttribute => &[0],
            TableId::DeclSecurity => &[1],
            TableId::FieldLayout => &[1],
            TableId::FieldMarshal => &[0],
            TableId::FieldRVA => &[1],
            TableId::GenericParam => &[2, 0],
            TableId::GenericParamConstraint => &[0],
            TableId::ImplMap => &[1],
            TableId::InterfaceImpl => &[0],
            TableId::MethodImpl => &[0],
            TableId::MethodSemantics => &[2],
            TableId::NestedClass => &[0],
            TableId::LocalScope => &[0, 4, 5],
            TableId::StateMachineMethod => &[0],
            TableId::CustomDebugInformation => &[0],
            _ => &[],
        }
    }

    /// True for the portable PDB tables (0x30 and up), which live in a PDB's metadata.
    pub fn is_debug(self) -> bool {
        (self as u8) >= 0x30
    }
}

/// A coded index (§24.2.6): a tag in the low bits names one of several tables.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CodedIndex {
    TypeDefOrRef,
    HasConstant,
    HasCustomAttribute,
    HasFieldMarshal,
    HasDeclSecurity,
    MemberRefParent,
    HasSemantics,
    MethodDefOrRef,
    MemberForwarded,
    Implementation,
    CustomAttributeType,
    ResolutionScope,
    TypeOrMethodDef,
    HasCustomDebugInformation,
}

impl CodedIndex {
    /// The tables this index can name, by tag value; `None` marks unused tags.
    pub fn tables(self) -> &'static [Option<TableId>] {
        use TableId as T;
        match self {
            CodedIndex::TypeDefOrRef => &[Some(T::TypeDef), Some(T::TypeRef), Some(T::TypeSpec)],
            CodedIndex::HasConstant => &[Some(T::Field), Some(T::Param), Some(T::Property)],
            CodedIndex::HasCustomAttribute => &[
                Some(T::MethodDef),
                Some(T::Field),
                Some(T::TypeRef),
                Some(T::TypeDef),
                Some(T::Param),
                Some(T::InterfaceImpl),
                Some(T::MemberRef),
                Some(T::Module),
                Some(T::DeclSecurity),
                Some(T::Property),
                Some(T::Event),
                Some(T::StandAloneSig),
                Some(T::ModuleRef),
                Some(T::TypeSpec),
                Some(T::Assembly),
                Some(T::AssemblyRef),
                Some(T::File),
                Some(T::ExportedType),
                Some(T::ManifestResource),
                Some(T::GenericParam),
                Some(T::GenericParamConstraint),
                Some(T::MethodSpec),
            ],
            CodedIndex::HasFieldMarshal => &[Some(T::Field), Some(T::Param)],
            CodedIndex::HasDeclSecurity => {
                &[Some(T::TypeDef), Some(T::MethodDef), Some(T::Assembly)]
            }
            CodedIndex::MemberRefParent => &[
                Some(T::TypeDef),
                Some(T::TypeRef),
                Some(T::ModuleRef),
                Some(T::MethodDef),
                Some(T::TypeSpec),
            ],
            CodedIndex::HasSemantics => &[Some(T::Event), Some(T::Property)],
            CodedIndex::MethodDefOrRef => &[Some(T::MethodDef), Some(T::MemberRef)],
            CodedIndex::MemberForwarded => &[Some(T::Field), Some(T::MethodDef)],
            CodedIndex::Implementation => {
                &[Some(T::File), Some(T::AssemblyRef), Some(T::ExportedType)]
            }
            CodedIndex::CustomAttributeType => {
                &[None, None, Some(T::MethodDef), Some(T::MemberRef), None]
            }
            CodedIndex::ResolutionScope => &[
                Some(T::Module),
                Some(T::ModuleRef),
                Some(T::AssemblyRef),
                Some(T::TypeRef),
            ],
            CodedIndex::TypeOrMethodDef => &[Some(T::TypeDef), Some(T::MethodDef)],
            CodedIndex::HasCustomDebugInformation => &[
                Some(T::MethodDef),
                Some(T::Field),
                Some(T::TypeRef),
                Some(T::TypeDef),
                Some(T::Param),
                Some(T::InterfaceImpl),
                Some(T::MemberRef),
                Some(T::Module),
                Some(T::DeclSecurity),
                Some(T::Property),
                Some(T::Event),
                Some(T::StandAloneSig),
                Some(T::ModuleRef),
                Some(T::TypeSpec),
                Some(T::Assembly),
                Some(T::AssemblyRef),
                Some(T::File),
                Some(T::ExportedType),
                Some(T::ManifestResource),
                Some(T::GenericParam),
                Some(T::GenericParamConstraint),
                Some(T::MethodSpec),
                Some(T::Document),
                Some(T::LocalScope),
                Some(T::LocalVariable),
                Some(T::LocalConstant),
                Some(T::ImportScope),
            ],
        }
    }

    /// How many low bits hold the tag.
    pub fn tag_bits(self) -> u32 {
        let n = self.tables().len() as u32;
        32 - (n - 1).leading_zeros()
    }

    /// Encodes a token as this coded index; `None` if its table is not one of ours.
    ///
    /// The nil token of any allowed table encodes as 0.
    pub fn encode(self, token: Token) -> Option<u32> {
        let table = token.table()?;
        let tag = self.tables().iter().position(|t| *t == Some(table))? as u32;
        Some((token.rid() << self.tag_bits()) | tag)
    }

    /// Decodes a value of this coded index into a token; `None` for an unused tag.
    ///
    /// A zero row decodes to the nil token of the tagged table.
    pub fn decode(self, value: u32) -> Option<Token> {
        let bits = self.tag_bits();
        let tag = (value & ((1 << bits) - 1)) as usize;
        let table = (*self.tables().get(tag)?)?;
        Some(Token::new(table, value >> bits))
    }
}

/// `HeapSizes` bit: `#Strings` indices are 4 bytes.
pub const HEAP_STRINGS_WIDE: u8 = 0x01;
/// `HeapSizes` bit: `#GUID` indices are 4 bytes.
pub const HEAP_GUID_WIDE: u8 = 0x02;
/// `HeapSizes` bit: `#Blob` indices are 4 bytes.
pub const HEAP_BLOB_WIDE: u8 = 0x04;

/// Everything that decides how wide each column is: heap-size flags and every table's
/// row count (for a PDB, the referenced type-system tables' counts too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexSizes {
    /// The `HeapSizes` byte of the `#~` stream header.
    pub heap_sizes: u8,
    /// Row counts by table number.
    pub rows: [u32; 64],
}

impl IndexSizes {
    /// Sizes for the given heap flags and row counts.
    pub fn new(heap_sizes: u8, rows: [u32; 64]) -> IndexSizes {
        IndexSizes { heap_sizes, rows }
    }

    /// The row count of a table.
    pub fn row_count(&self, table: TableId) -> u32 {
        self.rows[table as usize]
    }

    /// The width in bytes (1, 2 or 4) of a column.
    pub fn width(&self, column: Column) -> usize {
        match column {
            Column::U8 => 1,
            Column::U16 => 2,
            Column::U32 => 4,
            Column::String => self.heap_width(HEAP_STRINGS_WIDE),
            Column::Guid => self.heap_width(HEAP_GUID_WIDE),
            Column::Blob => self.heap_width(HEAP_BLOB_WIDE),
            Column::Table(t) => {
                if self.row_count(t) < (1 << 16) {
                    2
                } else {
                    4
                }
            }
            Column::Coded(c) => {
                let max = c
                    .tables()
                    .iter()
                    .flatten()
                    .map(|t| self.row_count(*t))
                    .max()
                    .unwrap_or(0);
                if max < (1 << (16 - c.tag_bits())) {
                    2
                } else {
                    4
                }
            }
        }
    }

    fn heap_width(&self, flag: u8) -> usize {
        if self.heap_sizes & flag != 0 { 4 } else { 2 }
    }

    /// The size in bytes of one row of a table.
    pub fn row_size(&self, table: TableId) -> usize {
        table.columns().iter().map(|c| self.width(c.kind)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_bits_match_the_spec() {
        let expect = [
            (CodedIndex::TypeDefOrRef, 2),
            (CodedIndex::HasConstant, 2),
            (CodedIndex::HasCustomAttribute, 5),
            (CodedIndex::HasFieldMarshal, 1),
            (CodedIndex::HasDeclSecurity, 2),
            (CodedIndex::MemberRefParent, 3),
            (CodedIndex::HasSemantics, 1),
            (CodedIndex::MethodDefOrRef, 1),
            (CodedIndex::MemberForwarded, 1),
            (CodedIndex::Implementation, 2),
            (CodedIndex::CustomAttributeType, 3),
            (CodedIndex::ResolutionScope, 2),
            (CodedIndex::TypeOrMethodDef, 1),
            (CodedIndex::HasCustomDebugInformation, 5),
        ];
        for (c, bits) in expect {
            assert_eq!(c.tag_bits(), bits, "{c:?}");
        }
    }

    #[test]
    fn coded_index_round_trips() {
        let t = Token::new(TableId::TypeSpec, 77);
        let v = CodedIndex::TypeDefOrRef.encode(t).unwrap();
        assert_eq!(v, (77 << 2) | 2);
        assert_eq!(CodedIndex::TypeDefOrRef.decode(v), Some(t));
        assert_eq!(
            CodedIndex::TypeDefOrRef.encode(Token::new(TableId::Field, 1)),
            None
        );
        assert_eq!(CodedIndex::CustomAttributeType.decode(1), None);
    }

    #[test]
    fn widths_grow_at_the_spec_thresholds() {
        let mut rows = [0u32; 64];
        rows[TableId::TypeDef as usize] = (1 << 14) - 1;
        let s = IndexSizes::new(0, rows);
        assert_eq!(s.width(Column::Coded(CodedIndex::TypeDefOrRef)), 2);
        rows[TableId::TypeDef as usize] = 1 << 14;
        let s = IndexSizes::new(HEAP_BLOB_WIDE, rows);
        assert_eq!(s.width(Column::Coded(CodedIndex::TypeDefOrRef)), 4);
        assert_eq!(s.width(Column::Table(TableId::TypeDef)), 2);
        assert_eq!(s.width(Column::Blob), 4);
        assert_eq!(s.width(Column::String), 2);
    }
}
