//! Typed rows: one struct per table the languages use, read from the tables stream with
//! coded indices decoded into tokens. The structs are generated from a list that mirrors
//! `schema.rs` column for column.
#![deny(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use super::error::ReadError;
use super::metadata::Metadata;
use crate::entity::{BlobIdx, GuidIdx, StringIdx, Token};
use crate::metadata::schema::TableId;

macro_rules! field_ty {
    (u8) => {
        u8
    };
    (u16) => {
        u16
    };
    (u32) => {
        u32
    };
    (str) => {
        StringIdx
    };
    (blob) => {
        BlobIdx
    };
    (guid) => {
        GuidIdx
    };
    (rid) => {
        u32
    };
    (coded) => {
        Token
    };
}

macro_rules! read_field {
    (u8, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        $md.tables().cell($t, $rid, $i)? as u8
    };
    (u16, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        $md.tables().cell($t, $rid, $i)? as u16
    };
    (u32, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        $md.tables().cell($t, $rid, $i)?
    };
    (str, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        StringIdx($md.tables().cell($t, $rid, $i)?)
    };
    (blob, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        BlobIdx($md.tables().cell($t, $rid, $i)?)
    };
    (guid, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        GuidIdx($md.tables().cell($t, $rid, $i)?)
    };
    (rid, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        $md.tables().cell($t, $rid, $i)?
    };
    (coded, $md:ident, $t:expr, $rid:ident, $i:expr) => {
        $md.tables().coded($t, $rid, $i)?
    };
}

macro_rules! rows {
    ($($(#[$doc:meta])* $name:ident / $getter:ident = $table:ident { $($field:ident: $ty:ident),* $(,)? })*) => {
        $(
            $(#[$doc])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct $name { $(pub $field: field_ty!($ty),)* }
        )*

        impl<'a> Metadata<'a> {
            $(
                #[doc = concat!("Row `rid` of the ", stringify!($table), " table.")]
                pub fn $getter(&self, rid: u32) -> Result<$name, ReadError> {
                    let md = self;
                    let t = TableId::$table;
                    let mut _i = 0usize;
                    Ok($name { $($field: { let v = read_field!($ty, md, t, rid, _i); _i += 1; v },)* })
                }
            )*
        }
    };
}

rows! {
    /// Module (0x00).
    ModuleRow / module_row = Module { generation: u16, name: str, mvid: guid, enc_id: guid, enc_base_id: guid }
    /// TypeRef (0x01).
    TypeRefRow / type_ref = TypeRef { resolution_scope: coded, type_name: str, type_namespace: str }
    /// TypeDef (0x02).
    TypeDefRow / type_def = TypeDef {
        flags: u32, type_name: str, type_namespace: str, extends: coded, field_list: rid, method_list: rid
    }
    /// Field (0x04).
    FieldRow / field = Field { flags: u16, name: str, signature: blob }
    /// MethodDef (0x06).
    MethodDefRow / method_def = MethodDef {
        rva: u32, impl_flags: u16, flags: u16, name: str, signature: blob, param_list: rid
    }
    /// Param (0x08).
    ParamRow / param = Param { flags: u16, sequence: u16, name: str }
    /// InterfaceImpl (0x09).
    InterfaceImplRow / interface_impl = InterfaceImpl { class: rid, interface: coded }
    /// MemberRef (0x0A).
    MemberRefRow / member_ref = MemberRef { class: coded, name: str, signature: blob }
    /// Constant (0x0B).
    ConstantRow / constant = Constant { ty: u8, padding: u8, parent: coded, value: blob }
    /// CustomAttribute (0x0C).
    CustomAttributeRow / custom_attribute = CustomAttribute { parent: coded, ty: coded, value: blob }
    /// ClassLayout (0x0F).
    ClassLayoutRow / class_layout = ClassLayout { packing_size: u16, class_size: u32, parent: rid }
    /// FieldLayout (0x10).
    FieldLayoutRow / field_layout = FieldLayout { offset: u32, field: rid }
    /// StandAloneSig (0x11).
    StandAloneSigRow / standalone_sig = StandAloneSig { signature: blob }
    /// EventMap (0x12).
    EventMapRow / event_map = EventMap { parent: rid, event_list: rid }
    /// Event (0x14).
    EventRow / event = Event { flags: u16, name: str, event_type: coded }
    /// PropertyMap (0x15).
    PropertyMapRow / property_map = PropertyMap { parent: rid, property_list: rid }
    /// Property (0x17).
    PropertyRow / property = Property { flags: u16, name: str, signature: blob }
    /// MethodSemantics (0x18).
    MethodSemanticsRow / method_semantics = MethodSemantics { semantics: u16, method: rid, association: coded }
    /// MethodImpl (0x19).
    MethodImplRow / method_impl = MethodImpl { class: rid, body: coded, declaration: coded }
    /// ModuleRef (0x1A).
    ModuleRefRow / module_ref = ModuleRef { name: str }
    /// TypeSpec (0x1B).
    TypeSpecRow / type_spec = TypeSpec { signature: blob }
    /// ImplMap (0x1C).
    ImplMapRow / impl_map = ImplMap { flags: u16, member: coded, import_name: str, import_scope: rid }
    /// FieldRVA (0x1D).
    FieldRvaRow / field_rva = FieldRVA { rva: u32, field: rid }
    /// Assembly (0x20).
    AssemblyRow / assembly_row = Assembly {
        hash_alg_id: u32, major: u16, minor: u16, build: u16, revision: u16, flags: u32,
        public_key: blob, name: str, culture: str
    }
    /// AssemblyRef (0x23).
    AssemblyRefRow / assembly_ref = AssemblyRef {
        major: u16, minor: u16, build: u16, revision: u16, flags: u32, public_key_or_token: blob,
        name: str, culture: str, hash_value: blob
    }
    /// File (0x26).
    FileRow / file = File { flags: u32, name: str, hash_value: blob }
    /// ExportedType (0x27).
    ExportedTypeRow / exported_type = ExportedType {
        flags: u32, type_def_id: u32, type_name: str, type_namespace: str, implementation: coded
    }
    /// ManifestResource (0x28).
    ManifestResourceRow / manifest_resource = ManifestResource {
        offset: u32, flags: u32, name: str, implementation: coded
    }
    /// NestedClass (0x29).
    NestedClassRow / nested_class = NestedClass { nested: rid, enclosing: rid }
    /// GenericParam (0x2A).
    GenericParamRow / generic_param = GenericParam { number: u16, flags: u16, owner: coded, name: str }
    /// MethodSpec (0x2B).
    MethodSpecRow / method_spec = MethodSpec { method: coded, instantiation: blob }
    /// GenericParamConstraint (0x2C).
    GenericParamConstraintRow / generic_param_constraint = GenericParamConstraint { owner: rid, constraint: coded }
}
