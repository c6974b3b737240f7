//! Writing the PE/COFF image of a CLI assembly (Partition II §25) through the `object`
//! crate's PE writer: a `.text` section holding the import address table, CLI header,
//! method bodies, mapped field data, managed resources, metadata, the mscoree.dll import
//! and the `jmp [_CorExeMain]` entry stub csc emits, and a `.reloc` section for that stub.
//!
//! The image is deterministic: no timestamps, and the MVID is a hash of the image written
//! with a zero MVID, then patched in.

use crate::entity::Token;
use crate::hash::guid_from_content;
use crate::metadata::builder::MetadataBuilder;
use crate::metadata::schema::TableId;
use object::pe;
use object::write::pe::{NtHeaders, Writer};

/// Executable or library.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ImageKind {
    Exe,
    Dll,
}

/// What the PE layer needs beyond the metadata.
#[derive(Clone, Debug)]
pub struct PeOptions {
    pub kind: ImageKind,
    /// The entry point MethodDef, or the nil token for a library.
    pub entry_point: Token,
    /// Managed resources: each a 4-byte length then the data (ManifestResource offsets
    /// point into this).
    pub resources: Vec<u8>,
    /// A CodeView debug directory entry naming a portable PDB.
    pub debug: Option<CodeView>,
}

/// The CodeView (RSDS) record that ties an image to its portable PDB.
#[derive(Clone, Debug)]
pub struct CodeView {
    pub guid: [u8; 16],
    pub stamp: u32,
    pub path: String,
}

const SECTION_ALIGNMENT: u32 = 0x2000;
const FILE_ALIGNMENT: u32 = 0x200;
const CLI_HEADER_SIZE: u32 = 72;
const IAT_SIZE: u32 = 8;

fn align(n: u32, a: u32) -> u32 {
    (n + a - 1) & !(a - 1)
}

/// Offsets of each part within `.text`.
#[derive(Debug)]
struct TextLayout {
    bodies: u32,
    field_data: u32,
    resources: u32,
    metadata: u32,
    debug_dir: u32,
    codeview: u32,
    import_dir: u32,
    import_lookup: u32,
    hint_name: u32,
    dll_name: u32,
    stub: u32,
    size: u32,
}

impl TextLayout {
    fn new(
        bodies: u32,
        field_data: u32,
        resources: u32,
        metadata: u32,
        codeview: Option<u32>,
    ) -> Self {
        let bodies_off = IAT_SIZE + CLI_HEADER_SIZE;
        let field_data_off = align(bodies_off + bodies, 8);
        let resources_off = align(field_data_off + field_data, 8);
        let metadata_off = align(resources_off + resources, 4);
        let debug_dir = align(metadata_off + metadata, 4);
        let codeview_off = debug_dir + if codeview.is_some() { 28 } else { 0 };
        let import_dir = align(codeview_off + codeview.unwrap_or(0), 4);
        let import_lookup = import_dir + 40;
        let hint_name = import_lookup + 8;
        let dll_name = hint_name + 14;
        // The stub's 4-byte operand should be aligned: place `FF 25` two bytes before.
        let stub = align(dll_name + 12, 4) + 2;
        TextLayout {
            bodies: bodies_off,
            field_data: field_data_off,
            resources: resources_off,
            metadata: metadata_off,
            debug_dir,
            codeview: codeview_off,
            import_dir,
            import_lookup,
            hint_name,
            dll_name,
            stub,
            size: stub + 6,
        }
    }
}

fn put(buf: &mut [u8], at: u32, bytes: &[u8]) {
    let at = at as usize;
    buf[at..at + bytes.len()].copy_from_slice(bytes);
}

fn put_u32(buf: &mut [u8], at: u32, v: u32) {
    put(buf, at, &v.to_le_bytes());
}

/// Lays out and writes the whole image. Fills in method and field-data RVAs in `md`,
/// serializes it, and derives the MVID from the result.
pub fn write_pe(md: &mut MetadataBuilder, opts: &PeOptions) -> Vec<u8> {
    let codeview = opts.debug.as_ref().map(|cv| 24 + cv.path.len() as u32 + 1);
    let bodies = md.method_bodies().len() as u32;
    let field_data = md.field_data().len() as u32;
    let resources = opts.resources.len() as u32;
    // Where the bodies and field data go does not depend on the metadata's size, and
    // the text section starts right after the headers: RVAs are assigned before the
    // metadata is serialized, so it is serialized once (again only if the section
    // lands elsewhere than predicted).
    let early = TextLayout::new(bodies, field_data, resources, 0, codeview);
    let predicted_va = SECTION_ALIGNMENT;
    md.assign_rvas(predicted_va + early.bodies, predicted_va + early.field_data);
    let mut metadata = md.serialize();
    let md_len = metadata.bytes.len() as u32;
    let layout = TextLayout::new(bodies, field_data, resources, md_len, codeview);
    let image_base: u64 = match opts.kind {
        ImageKind::Exe => 0x0040_0000,
        ImageKind::Dll => 0x1000_0000,
    };

    let mut out = Vec::new();
    let mut w = Writer::new(false, SECTION_ALIGNMENT, FILE_ALIGNMENT, &mut out);
    w.reserve_dos_header_and_stub();
    w.reserve_nt_headers(pe::IMAGE_NUMBEROF_DIRECTORY_ENTRIES);
    w.reserve_section_headers(2);
    let text = w.reserve_text_section(layout.size);
    let rva = |off: u32| text.virtual_address + off;
    w.add_reloc(rva(layout.stub + 2), pe::IMAGE_REL_BASED_HIGHLOW);
    w.reserve_reloc_section();

    if text.virtual_address != predicted_va {
        md.assign_rvas(rva(layout.bodies), rva(layout.field_data));
        metadata = md.serialize();
    }
    debug_assert_eq!(metadata.bytes.len() as u32, md_len);

    let mut t = vec![0u8; layout.size as usize];
    // Import address table and lookup table: one entry, _CorExeMain / _CorDllMain.
    put_u32(&mut t, 0, rva(layout.hint_name));
    put_u32(&mut t, layout.import_lookup, rva(layout.hint_name));
    let entry_name: &[u8] = match opts.kind {
        ImageKind::Exe => b"_CorExeMain\0",
        ImageKind::Dll => b"_CorDllMain\0",
    };
    put(&mut t, layout.hint_name + 2, entry_name);
    put(&mut t, layout.dll_name, b"mscoree.dll\0");
    put_u32(&mut t, layout.import_dir, rva(layout.import_lookup));
    put_u32(&mut t, layout.import_dir + 12, rva(layout.dll_name));
    put_u32(&mut t, layout.import_dir + 16, rva(0));
    // CLI header.
    let cli = IAT_SIZE;
    put_u32(&mut t, cli, CLI_HEADER_SIZE);
    put(&mut t, cli + 4, &[2, 0, 5, 0]);
    put_u32(&mut t, cli + 8, rva(layout.metadata));
    put_u32(&mut t, cli + 12, md_len);
    put_u32(&mut t, cli + 16, 1); // COMIMAGE_FLAGS_ILONLY
    put_u32(&mut t, cli + 20, opts.entry_point.0);
    if !opts.resources.is_empty() {
        put_u32(&mut t, cli + 24, rva(layout.resources));
        put_u32(&mut t, cli + 28, opts.resources.len() as u32);
    }
    put(&mut t, layout.bodies, md.method_bodies());
    put(&mut t, layout.field_data, md.field_data());
    put(&mut t, layout.resources, &opts.resources);
    put(&mut t, layout.metadata, &metadata.bytes);
    if let Some(cv) = &opts.debug {
        let d = layout.debug_dir;
        put_u32(&mut t, d + 4, cv.stamp);
        put(&mut t, d + 8, &[0x00, 0x01, 0x4D, 0x50]); // version 0x0100.0x504D: portable
        put_u32(&mut t, d + 12, 2); // IMAGE_DEBUG_TYPE_CODEVIEW
        put_u32(&mut t, d + 16, codeview.unwrap_or(0));
        put_u32(&mut t, d + 20, rva(layout.codeview));
        put_u32(&mut t, d + 24, text.file_offset + layout.codeview);
        put(&mut t, layout.codeview, b"RSDS");
        put(&mut t, layout.codeview + 4, &cv.guid);
        put_u32(&mut t, layout.codeview + 20, 1);
        put(&mut t, layout.codeview + 24, cv.path.as_bytes());
    }
    put(&mut t, layout.stub, &[0xFF, 0x25]);
    put_u32(&mut t, layout.stub + 2, (image_base as u32) + rva(0));

    w.set_data_directory(pe::IMAGE_DIRECTORY_ENTRY_IMPORT, rva(layout.import_dir), 40);
    w.set_data_directory(pe::IMAGE_DIRECTORY_ENTRY_IAT, rva(0), IAT_SIZE);
    w.set_data_directory(
        pe::IMAGE_DIRECTORY_ENTRY_COM_DESCRIPTOR,
        rva(cli),
        CLI_HEADER_SIZE,
    );
    if opts.debug.is_some() {
        w.set_data_directory(pe::IMAGE_DIRECTORY_ENTRY_DEBUG, rva(layout.debug_dir), 28);
    }
    let characteristics = match opts.kind {
        ImageKind::Exe => pe::IMAGE_FILE_EXECUTABLE_IMAGE.0 | pe::IMAGE_FILE_32BIT_MACHINE.0,
        ImageKind::Dll => {
            pe::IMAGE_FILE_EXECUTABLE_IMAGE.0
                | pe::IMAGE_FILE_32BIT_MACHINE.0
                | pe::IMAGE_FILE_DLL.0
        }
    };
    // Nothing here returns an error: the buffer is a Vec that grows as needed.
    let _ = w.write_dos_header_and_stub();
    w.write_nt_headers(NtHeaders {
        machine: pe::IMAGE_FILE_MACHINE_I386,
        time_date_stamp: 0,
        characteristics: pe::FileFlags(characteristics),
        major_linker_version: 8,
        minor_linker_version: 0,
        address_of_entry_point: rva(layout.stub),
        image_base,
        major_operating_system_version: 4,
        minor_operating_system_version: 0,
        major_image_version: 0,
        minor_image_version: 0,
        major_subsystem_version: 4,
        minor_subsystem_version: 0,
        subsystem: pe::IMAGE_SUBSYSTEM_WINDOWS_CUI,
        dll_characteristics: pe::DllFlags(0x8540),
        size_of_stack_reserve: 0x10_0000,
        size_of_stack_commit: 0x1000,
        size_of_heap_reserve: 0x10_0000,
        size_of_heap_commit: 0x1000,
    });
    w.write_section_headers();
    w.write_section(text.file_offset, &t);
    w.write_reloc_section();

    // Deterministic MVID: hash the image as written with a zero MVID, then patch it in.
    let mvid_idx = md.tables.get(TableId::Module, 1, 2).unwrap_or(0);
    if mvid_idx > 0 {
        let mvid = guid_from_content(&out);
        md.guids.set(crate::entity::GuidIdx(mvid_idx), mvid);
        let at = (text.file_offset + layout.metadata + metadata.guid_heap_offset) as usize
            + (mvid_idx as usize - 1) * 16;
        out[at..at + 16].copy_from_slice(&mvid);
    }
    out
}
