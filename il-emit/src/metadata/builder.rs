//! `MetadataBuilder`: what a compiler (or a rewriter) fills in to make an assembly's
//! metadata: heaps, table rows through typed helpers or raw values, method bodies and
//! mapped field data; and the metadata root it serializes to.
//!
//! Sorting (§22) happens at serialization. Only tables that IL never names by token move
//! (CustomAttribute, GenericParam, InterfaceImpl, …), and every reference to a moved row
//! is remapped, so ids handed out for TypeDef, MethodDef, Field, MemberRef, TypeSpec,
//! MethodSpec and StandAloneSig stay valid.

use super::heaps::{BlobHeap, GuidHeap, StringHeap, UserStringHeap};
use super::schema::{CodedIndex, HEAP_BLOB_WIDE, HEAP_GUID_WIDE, HEAP_STRINGS_WIDE, TableId};
use super::tables::TableStore;
use crate::entity::*;
use crate::il::body::{MethodBody, MethodBodyStream};
use rustc_hash::FxHashMap as HashMap;

/// The version string of the metadata root that .NET Framework 4 assemblies carry.
pub const RUNTIME_VERSION: &str = "v4.0.30319";

/// An assembly version: major, minor, build, revision.
pub type Version = [u16; 4];

/// The fields of the Assembly row.
#[derive(Clone, Debug, Default)]
pub struct AssemblyDef<'a> {
    pub name: &'a str,
    pub version: Version,
    pub culture: &'a str,
    pub flags: u32,
    pub public_key: &'a [u8],
    /// 0x8004 (SHA-1) as compilers write it.
    pub hash_alg_id: u32,
}

/// The fields of an AssemblyRef row.
#[derive(Clone, Debug, Default)]
pub struct AssemblyRefDef<'a> {
    pub name: &'a str,
    pub version: Version,
    pub culture: &'a str,
    pub flags: u32,
    /// The 8-byte public key token (or the full key with flag 0x0001).
    pub public_key_or_token: &'a [u8],
    pub hash_value: &'a [u8],
}

impl AssemblyRefDef<'static> {
    /// The reference every program compiled against the base class library carries:
    /// `mscorlib, Version=4.0.0.0, PublicKeyToken=b77a5c561934e089`.
    pub fn mscorlib() -> AssemblyRefDef<'static> {
        AssemblyRefDef {
            name: "mscorlib",
            version: [4, 0, 0, 0],
            public_key_or_token: &[0xB7, 0x7A, 0x5C, 0x56, 0x19, 0x34, 0xE0, 0x89],
            ..Default::default()
        }
    }
}

/// Serialized metadata and where its parts landed.
#[derive(Clone, Debug)]
pub struct SerializedMetadata {
    pub bytes: Vec<u8>,
    /// Offset of the `#GUID` heap's first byte within `bytes`.
    pub guid_heap_offset: u32,
}

/// The metadata of one module under construction.
#[derive(Debug, Default)]
pub struct MetadataBuilder {
    pub strings: StringHeap,
    pub blobs: BlobHeap,
    pub guids: GuidHeap,
    pub user_strings: UserStringHeap,
    pub tables: TableStore,
    bodies: MethodBodyStream,
    body_offsets: Vec<(MethodDefId, u32)>,
    field_data: Vec<u8>,
    field_data_offsets: HashMap<u32, u32>,
    type_refs: HashMap<(Token, StringIdx, StringIdx), TypeRefId>,
    member_refs: HashMap<(Token, StringIdx, BlobIdx), MemberRefId>,
    type_specs: HashMap<BlobIdx, TypeSpecId>,
    method_specs: HashMap<(Token, BlobIdx), MethodSpecId>,
    standalone_sigs: HashMap<BlobIdx, StandAloneSigId>,
}

fn coded(c: CodedIndex, token: Token) -> u32 {
    c.encode(token)
        .unwrap_or_else(|| panic!("{token:?} cannot stand in a {c:?} coded index"))
}

impl MetadataBuilder {
    /// An empty builder.
    pub fn new() -> MetadataBuilder {
        MetadataBuilder::default()
    }

    /// Interns a string in `#Strings`.
    pub fn string(&mut self, s: &str) -> StringIdx {
        self.strings.add(s)
    }

    /// Interns a blob in `#Blob`.
    pub fn blob(&mut self, b: &[u8]) -> BlobIdx {
        self.blobs.add(b)
    }

    /// Interns a string literal in `#US` and returns its `ldstr` token.
    pub fn user_string(&mut self, s: &str) -> Token {
        Token::user_string(self.user_strings.add(s).0)
    }

    /// Interns a string literal given as UTF-16 units (lone surrogates allowed).
    pub fn user_string_utf16(&mut self, units: &[u16]) -> Token {
        Token::user_string(self.user_strings.add_utf16(units).0)
    }

    /// Appends a raw row (values already heap offsets, rows, encoded coded indices).
    pub fn add_row(&mut self, table: TableId, values: &[u32]) -> u32 {
        self.tables.add_row(table, values)
    }

    /// The row number the next row of `table` will get (for TypeDef field/method lists).
    pub fn next_rid(&self, table: TableId) -> u32 {
        self.tables.row_count(table) + 1
    }

    /// Adds the Module row; its MVID is derived from content when the PE is written.
    pub fn add_module(&mut self, name: &str) -> ModuleId {
        let name = self.string(name);
        let mvid = self.guids.add([0; 16]);
        ModuleId(self.add_row(TableId::Module, &[0, name.0, mvid.0, 0, 0]))
    }

    /// Adds (or finds) a TypeRef.
    pub fn add_type_ref(&mut self, scope: Token, namespace: &str, name: &str) -> TypeRefId {
        let (ns, n) = (self.string(namespace), self.string(name));
        if let Some(&id) = self.type_refs.get(&(scope, ns, n)) {
            return id;
        }
        let row = [coded(CodedIndex::ResolutionScope, scope), n.0, ns.0];
        let id = TypeRefId(self.add_row(TableId::TypeRef, &row));
        self.type_refs.insert((scope, ns, n), id);
        id
    }

    /// Adds a TypeDef; `fields` and `methods` are the first rows of its lists.
    pub fn add_type_def(
        &mut self,
        flags: u32,
        namespace: &str,
        name: &str,
        extends: Token,
        fields: FieldId,
        methods: MethodDefId,
    ) -> TypeDefId {
        let (n, ns) = (self.string(name), self.string(namespace));
        let ext = if extends.0 == 0 {
            0
        } else {
            coded(CodedIndex::TypeDefOrRef, extends)
        };
        TypeDefId(self.add_row(
            TableId::TypeDef,
            &[flags, n.0, ns.0, ext, fields.0, methods.0],
        ))
    }

    /// Adds a Field.
    pub fn add_field(&mut self, flags: u16, name: &str, signature: &[u8]) -> FieldId {
        let (n, s) = (self.string(name), self.blob(signature));
        FieldId(self.add_row(TableId::Field, &[flags.into(), n.0, s.0]))
    }

    /// Adds a MethodDef with no body yet (RVA 0); see [`Self::set_method_body`].
    pub fn add_method_def(
        &mut self,
        impl_flags: u16,
        flags: u16,
        name: &str,
        signature: &[u8],
        params: ParamId,
    ) -> MethodDefId {
        let (n, s) = (self.string(name), self.blob(signature));
        let row = [0, impl_flags.into(), flags.into(), n.0, s.0, params.0];
        MethodDefId(self.add_row(TableId::MethodDef, &row))
    }

    /// Gives a method its body; the RVA is filled in when the PE is laid out.
    pub fn set_method_body(&mut self, method: MethodDefId, body: &MethodBody<'_>) {
        let offset = self.bodies.add(body);
        self.body_offsets.push((method, offset));
    }

    /// [`Self::set_method_body`], `patch` editing the code where it was written
    /// ([`MethodBodyStream::add_patched`]).
    pub fn set_method_body_patched(
        &mut self,
        method: MethodDefId,
        body: &MethodBody<'_>,
        patch: impl FnOnce(&mut [u8]),
    ) {
        let offset = self.bodies.add_patched(body, patch);
        self.body_offsets.push((method, offset));
    }

    /// Adds a Param (sequence 0 is the return value).
    pub fn add_param(&mut self, flags: u16, sequence: u16, name: &str) -> ParamId {
        let n = self.string(name);
        ParamId(self.add_row(TableId::Param, &[flags.into(), sequence.into(), n.0]))
    }

    /// Adds an InterfaceImpl.
    pub fn add_interface_impl(&mut self, class: TypeDefId, interface: Token) -> InterfaceImplId {
        let row = [class.0, coded(CodedIndex::TypeDefOrRef, interface)];
        InterfaceImplId(self.add_row(TableId::InterfaceImpl, &row))
    }

    /// Adds (or finds) a MemberRef.
    pub fn add_member_ref(&mut self, parent: Token, name: &str, signature: &[u8]) -> MemberRefId {
        let (n, s) = (self.string(name), self.blob(signature));
        if let Some(&id) = self.member_refs.get(&(parent, n, s)) {
            return id;
        }
        let row = [coded(CodedIndex::MemberRefParent, parent), n.0, s.0];
        let id = MemberRefId(self.add_row(TableId::MemberRef, &row));
        self.member_refs.insert((parent, n, s), id);
        id
    }

    /// Adds a Constant: `ty` is the ELEMENT_TYPE of the value's bytes.
    pub fn add_constant(&mut self, ty: u8, parent: Token, value: &[u8]) -> ConstantId {
        let v = self.blob(value);
        let row = [ty.into(), 0, coded(CodedIndex::HasConstant, parent), v.0];
        ConstantId(self.add_row(TableId::Constant, &row))
    }

    /// Adds a CustomAttribute (`ctor` a MethodDef or MemberRef, `value` the §23.3 blob).
    pub fn add_custom_attribute(&mut self, parent: Token, ctor: Token, value: &[u8]) {
        let v = self.blob(value);
        let row = [
            coded(CodedIndex::HasCustomAttribute, parent),
            coded(CodedIndex::CustomAttributeType, ctor),
            v.0,
        ];
        self.add_row(TableId::CustomAttribute, &row);
    }

    /// Adds a ClassLayout.
    pub fn add_class_layout(&mut self, packing: u16, size: u32, parent: TypeDefId) {
        self.add_row(TableId::ClassLayout, &[packing.into(), size, parent.0]);
    }

    /// Adds a FieldLayout.
    pub fn add_field_layout(&mut self, offset: u32, field: FieldId) {
        self.add_row(TableId::FieldLayout, &[offset, field.0]);
    }

    /// Adds (or finds) a StandAloneSig (locals or `calli` signatures).
    pub fn add_standalone_sig(&mut self, signature: &[u8]) -> StandAloneSigId {
        let s = self.blob(signature);
        if let Some(&id) = self.standalone_sigs.get(&s) {
            return id;
        }
        let id = StandAloneSigId(self.add_row(TableId::StandAloneSig, &[s.0]));
        self.standalone_sigs.insert(s, id);
        id
    }

    /// Adds an EventMap: `parent`'s events start at `first`.
    pub fn add_event_map(&mut self, parent: TypeDefId, first: EventId) {
        self.add_row(TableId::EventMap, &[parent.0, first.0]);
    }

    /// Adds an Event.
    pub fn add_event(&mut self, flags: u16, name: &str, ty: Token) -> EventId {
        let n = self.string(name);
        let row = [flags.into(), n.0, coded(CodedIndex::TypeDefOrRef, ty)];
        EventId(self.add_row(TableId::Event, &row))
    }

    /// Adds a PropertyMap: `parent`'s properties start at `first`.
    pub fn add_property_map(&mut self, parent: TypeDefId, first: PropertyId) {
        self.add_row(TableId::PropertyMap, &[parent.0, first.0]);
    }

    /// Adds a Property.
    pub fn add_property(&mut self, flags: u16, name: &str, signature: &[u8]) -> PropertyId {
        let (n, s) = (self.string(name), self.blob(signature));
        PropertyId(self.add_row(TableId::Property, &[flags.into(), n.0, s.0]))
    }

    /// Adds a MethodSemantics (0x1 setter, 0x2 getter, 0x4 other, 0x8 add, 0x10 remove,
    /// 0x20 fire) linking `method` to an event or property.
    pub fn add_method_semantics(
        &mut self,
        semantics: u16,
        method: MethodDefId,
        association: Token,
    ) {
        let row = [
            semantics.into(),
            method.0,
            coded(CodedIndex::HasSemantics, association),
        ];
        self.add_row(TableId::MethodSemantics, &row);
    }

    /// Adds a MethodImpl: `body` implements `declaration` in `class`.
    pub fn add_method_impl(&mut self, class: TypeDefId, body: Token, declaration: Token) {
        let row = [
            class.0,
            coded(CodedIndex::MethodDefOrRef, body),
            coded(CodedIndex::MethodDefOrRef, declaration),
        ];
        self.add_row(TableId::MethodImpl, &row);
    }

    /// Adds a ModuleRef (a native library for P/Invoke).
    pub fn add_module_ref(&mut self, name: &str) -> ModuleRefId {
        let n = self.string(name);
        ModuleRefId(self.add_row(TableId::ModuleRef, &[n.0]))
    }

    /// Adds (or finds) a TypeSpec.
    pub fn add_type_spec(&mut self, signature: &[u8]) -> TypeSpecId {
        let s = self.blob(signature);
        if let Some(&id) = self.type_specs.get(&s) {
            return id;
        }
        let id = TypeSpecId(self.add_row(TableId::TypeSpec, &[s.0]));
        self.type_specs.insert(s, id);
        id
    }

    /// Adds an ImplMap (P/Invoke) for a method.
    pub fn add_impl_map(
        &mut self,
        flags: u16,
        member: Token,
        import_name: &str,
        scope: ModuleRefId,
    ) {
        let n = self.string(import_name);
        let row = [
            flags.into(),
            coded(CodedIndex::MemberForwarded, member),
            n.0,
            scope.0,
        ];
        self.add_row(TableId::ImplMap, &row);
    }

    /// Gives a field initial data (a FieldRVA row); the RVA is filled in at layout.
    pub fn add_field_data(&mut self, field: FieldId, data: &[u8]) {
        while self.field_data.len() % 8 != 0 {
            self.field_data.push(0);
        }
        let offset = self.field_data.len() as u32;
        self.field_data.extend_from_slice(data);
        self.add_row(TableId::FieldRVA, &[0, field.0]);
        self.field_data_offsets.insert(field.0, offset);
    }

    /// Adds the Assembly row.
    pub fn add_assembly(&mut self, a: &AssemblyDef<'_>) -> AssemblyId {
        let (pk, n, c) = (
            self.blob(a.public_key),
            self.string(a.name),
            self.string(a.culture),
        );
        let [major, minor, build, rev] = a.version.map(u32::from);
        let row = [
            a.hash_alg_id,
            major,
            minor,
            build,
            rev,
            a.flags,
            pk.0,
            n.0,
            c.0,
        ];
        AssemblyId(self.add_row(TableId::Assembly, &row))
    }

    /// Adds an AssemblyRef.
    pub fn add_assembly_ref(&mut self, a: &AssemblyRefDef<'_>) -> AssemblyRefId {
        let pk = self.blob(a.public_key_or_token);
        let (n, c, h) = (
            self.string(a.name),
            self.string(a.culture),
            self.blob(a.hash_value),
        );
        let [major, minor, build, rev] = a.version.map(u32::from);
        let row = [major, minor, build, rev, a.flags, pk.0, n.0, c.0, h.0];
        AssemblyRefId(self.add_row(TableId::AssemblyRef, &row))
    }

    /// Adds a NestedClass.
    pub fn add_nested_class(&mut self, nested: TypeDefId, enclosing: TypeDefId) {
        self.add_row(TableId::NestedClass, &[nested.0, enclosing.0]);
    }

    /// Adds a GenericParam of a TypeDef or MethodDef.
    pub fn add_generic_param(
        &mut self,
        number: u16,
        flags: u16,
        owner: Token,
        name: &str,
    ) -> GenericParamId {
        let n = self.string(name);
        let row = [
            number.into(),
            flags.into(),
            coded(CodedIndex::TypeOrMethodDef, owner),
            n.0,
        ];
        GenericParamId(self.add_row(TableId::GenericParam, &row))
    }

    /// Adds a GenericParamConstraint.
    pub fn add_generic_param_constraint(&mut self, owner: GenericParamId, constraint: Token) {
        let row = [owner.0, coded(CodedIndex::TypeDefOrRef, constraint)];
        self.add_row(TableId::GenericParamConstraint, &row);
    }

    /// Adds (or finds) a MethodSpec.
    pub fn add_method_spec(&mut self, method: Token, instantiation: &[u8]) -> MethodSpecId {
        let s = self.blob(instantiation);
        if let Some(&id) = self.method_specs.get(&(method, s)) {
            return id;
        }
        let row = [coded(CodedIndex::MethodDefOrRef, method), s.0];
        let id = MethodSpecId(self.add_row(TableId::MethodSpec, &row));
        self.method_specs.insert((method, s), id);
        id
    }

    /// The method bodies laid out so far.
    pub fn method_bodies(&self) -> &[u8] {
        self.bodies.bytes()
    }

    /// The mapped field data laid out so far.
    pub fn field_data(&self) -> &[u8] {
        &self.field_data
    }

    /// Fills in method and field-data RVAs once the PE layout has placed the body stream
    /// at `bodies_rva` and the field data at `field_data_rva`.
    pub fn assign_rvas(&mut self, bodies_rva: u32, field_data_rva: u32) {
        for &(m, off) in &self.body_offsets {
            self.tables
                .set(TableId::MethodDef, m.0, 0, bodies_rva + off);
        }
        // FieldRVA rows move when sorted, so find each by its Field column.
        for rid in 1..=self.tables.row_count(TableId::FieldRVA) {
            let field = self.tables.get(TableId::FieldRVA, rid, 1).unwrap_or(0);
            if let Some(off) = self.field_data_offsets.get(&field) {
                self.tables
                    .set(TableId::FieldRVA, rid, 0, field_data_rva + off);
            }
        }
    }

    /// Sorts the tables and serializes the metadata root with its five streams.
    pub fn serialize(&mut self) -> SerializedMetadata {
        self.tables.sort();
        let heap_sizes = heap_sizes(&self.strings, &self.guids, &self.blobs);
        let tables = self.tables.serialize(heap_sizes, None);
        let guids = self.guids.bytes();
        let streams: [(&str, &[u8]); 5] = [
            ("#~", &tables),
            ("#Strings", self.strings.bytes()),
            ("#US", self.user_strings.bytes()),
            ("#GUID", &guids),
            ("#Blob", self.blobs.bytes()),
        ];
        let (bytes, offsets) = metadata_root(&streams);
        SerializedMetadata {
            bytes,
            guid_heap_offset: offsets[3],
        }
    }
}

/// The `HeapSizes` flags for heaps of these sizes: 4-byte indices past 65535.
pub fn heap_sizes(strings: &StringHeap, guids: &GuidHeap, blobs: &BlobHeap) -> u8 {
    let mut flags = 0;
    if strings.bytes().len() >= 1 << 16 {
        flags |= HEAP_STRINGS_WIDE;
    }
    if guids.len() >= 1 << 16 {
        flags |= HEAP_GUID_WIDE;
    }
    if blobs.bytes().len() >= 1 << 16 {
        flags |= HEAP_BLOB_WIDE;
    }
    flags
}

/// Serializes a metadata root (§24.2.1) over the given streams, each padded to 4 bytes;
/// returns the bytes and each stream's offset.
pub fn metadata_root(streams: &[(&str, &[u8])]) -> (Vec<u8>, Vec<u32>) {
    let pad4 = |n: usize| (n + 3) & !3;
    let mut version = RUNTIME_VERSION.as_bytes().to_vec();
    version.resize(pad4(version.len() + 1), 0);
    let mut out = Vec::new();
    out.extend_from_slice(&0x424A_5342u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(version.len() as u32).to_le_bytes());
    out.extend_from_slice(&version);
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(streams.len() as u16).to_le_bytes());
    let headers_len: usize = streams
        .iter()
        .map(|(name, _)| 8 + pad4(name.len() + 1))
        .sum();
    let mut at = out.len() + headers_len;
    let mut offsets = Vec::with_capacity(streams.len());
    for (name, data) in streams {
        let size = pad4(data.len());
        out.extend_from_slice(&(at as u32).to_le_bytes());
        out.extend_from_slice(&(size as u32).to_le_bytes());
        let mut n = name.as_bytes().to_vec();
        n.resize(pad4(n.len() + 1), 0);
        out.extend_from_slice(&n);
        offsets.push(at as u32);
        at += size;
    }
    for (_, data) in streams {
        out.extend_from_slice(data);
        out.resize(pad4(out.len()), 0);
    }
    (out, offsets)
}
