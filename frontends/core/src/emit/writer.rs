//! A module being written, in three steps: [`ModuleWriter::new`] numbers the source
//! definitions (so every source token is fixed), [`ModuleWriter::lay_out`] writes their
//! rows (`module::lay_out_rows`), then [`ModuleWriter::write_body`] takes each generated
//! body in MethodDef order (resolving its provisional tokens, setting the body and
//! recording its debug information) and [`ModuleWriter::finish`] writes the PE image
//! and the PDB. `module::emit_on` drives it over the bodies it generates; a batch
//! compiler may drive it itself, writing bodies as binding produces them.

use super::deferred::{patch_clauses, patch_code};
use super::module::{BodySource, EmittedModule, ModuleInput, RowSymbol, lay_out_rows};
use super::tokens::{Definitions, Tokens};
use crate::codegen::GeneratedBody;
use crate::source::SourceFile;
use crate::symbols::{FieldId, MethodId, World};
use crate::types::TypeId;
use il_emit::TableId;
use il_emit::Token;
use il_emit::entity::{DocumentId, MethodDefId};
use il_emit::il::MethodBody;
use il_emit::metadata::{AssemblyDef, MetadataBuilder};
use il_emit::pdb::{LocalVariable, MethodDebugInfo, PdbBuilder, SequencePoint};
use il_emit::pe::{PeOptions, write_pe};
use std::sync::Arc;

/// The module of `input` being written against `world`.
pub struct ModuleWriter<'a> {
    world: &'a World,
    input: &'a ModuleInput<'a>,
    t: Tokens<'a>,
    pdb: Option<(PdbBuilder, Vec<DocumentId>, &'a [SourceFile])>,
    rows: rustc_hash::FxHashMap<u32, RowSymbol>,
    method_count: u32,
}

impl<'a> ModuleWriter<'a> {
    /// Starts the module: its Module and Assembly rows, and the source definitions
    /// numbered in type order (fields and methods of each type together).
    pub fn new(world: &'a World, input: &'a ModuleInput<'a>) -> ModuleWriter<'a> {
        let mut md = MetadataBuilder::new();
        md.add_module(input.module_name);
        md.add_assembly(&AssemblyDef {
            name: input.assembly_name,
            version: input.version,
            public_key: input.public_key,
            // PublicKey: the row holds the full key, not a token.
            flags: u32::from(!input.public_key.is_empty()),
            hash_alg_id: 0x8004,
            ..Default::default()
        });
        let mut defs = Definitions::default();
        let (mut next_field, mut next_method) = (1u32, 1u32);
        for i in 0..world.asms[0].types.len() as u32 {
            let id = TypeId { asm: 0, idx: i };
            defs.type_defs.insert(i, i + 2);
            let d = world.details(id);
            for f in 0..d.fields.len() as u32 {
                defs.field_defs
                    .insert(FieldId { ty: id, idx: f }, next_field);
                next_field += 1;
            }
            for m in 0..d.methods.len() as u32 {
                defs.method_defs
                    .insert(MethodId { ty: id, idx: m }, next_method);
                next_method += 1;
            }
        }
        let pdb = input.debug.map(|(files, lang, _)| {
            let mut b = PdbBuilder::new();
            let docs: Vec<_> = files
                .iter()
                .map(|f| b.add_document(&f.path, lang, None))
                .collect();
            (b, docs, files)
        });
        ModuleWriter {
            world,
            input,
            t: Tokens::new(world, Arc::new(defs), md),
            pdb,
            rows: Default::default(),
            method_count: next_method - 1,
        }
    }

    /// The MethodDef row of a source method.
    pub fn method_def(&self, m: &MethodId) -> Option<u32> {
        self.t.defs.method_defs.get(m).copied()
    }

    /// Every source method with its MethodDef row, in row order.
    pub fn methods_in_order(&self) -> Vec<(MethodId, u32)> {
        let mut methods: Vec<(MethodId, u32)> = self
            .t
            .defs
            .method_defs
            .iter()
            .map(|(m, r)| (*m, *r))
            .collect();
        methods.sort_unstable_by_key(|(_, r)| *r);
        methods
    }

    /// Lays out every source row (before any body is written).
    pub fn lay_out(&mut self) {
        lay_out_rows(self.world, self.input, &mut self.t, &mut self.rows);
    }

    /// Writes the body of MethodDef `rid`; bodies must come in MethodDef order, so rows
    /// are created in the order one thread generating body after body would create
    /// them. `generated` is left as it was (its code is patched where it is copied to).
    pub fn write_body(
        &mut self,
        rid: u32,
        src: BodySource,
        generated: &GeneratedBody,
        debug_locals: impl FnOnce() -> Vec<LocalVariable>,
    ) {
        let t = &mut self.t;
        let resolved = t.resolve(&generated.requests);
        let il = &generated.il;
        let mut clauses = il.clauses.clone();
        patch_clauses(&mut clauses, &resolved);
        let locals_sig = t.locals_sig(&generated.locals, &generated.pinned);
        let code_size = il.code.len() as u32;
        t.md.set_method_body_patched(
            MethodDefId(rid),
            &MethodBody {
                max_stack: il.max_stack,
                init_locals: !generated.locals.is_empty(),
                local_var_sig: locals_sig,
                code: il.code.as_slice().into(),
                clauses,
            },
            // The tokens are written where the code was copied to.
            |code| patch_code(code, &il.token_offsets, &resolved),
        );
        let Some((b, docs, files)) = &mut self.pdb else {
            return;
        };
        let Some(file) = files.iter().position(|f| f.id == src.file) else {
            return;
        };
        let f = &files[file];
        let sequence_points = generated
            .sequence_points
            .iter()
            .map(|(off, r)| {
                let (sl, sc) = f.line_col(r.start + src.offset);
                let (el, ec) = f.line_col(r.end + src.offset);
                // `line_col` is 1-based already, as sequence points are.
                SequencePoint {
                    il_offset: *off,
                    start_line: sl,
                    start_column: sc,
                    end_line: el,
                    end_column: ec,
                }
            })
            .collect();
        b.set_method(
            MethodDefId(rid),
            docs[file],
            MethodDebugInfo {
                sequence_points,
                local_signature: il_emit::entity::StandAloneSigId::from_token(locals_sig),
                locals: debug_locals(),
                code_size,
            },
        );
    }

    /// Writes the image (and the PDB) once every body is written.
    pub fn finish(self) -> EmittedModule {
        let defs = &self.t.defs;
        let entry_point = match self.input.entry_point {
            Some(m) => Token::new(TableId::MethodDef, defs.method_defs[&m]),
            None => Token(0),
        };
        let mut rows = self.rows;
        if self.input.row_symbols {
            name_definition_rows(defs, &mut rows);
        }
        let mut md = self.t.md;
        let (debug, pdb) = match (self.pdb, self.input.debug) {
            (Some((b, _, _)), Some((_, _, pdb_name))) => {
                let counts = md.tables.row_counts();
                let (bytes, cv) = b.finish(self.method_count, entry_point, &counts, pdb_name);
                (Some(cv), Some(bytes))
            }
            _ => (None, None),
        };
        let image = write_pe(
            &mut md,
            &PeOptions {
                kind: self.input.kind,
                entry_point,
                resources: Vec::new(),
                debug,
            },
        );
        EmittedModule { image, pdb, rows }
    }
}

/// Adds every source definition's row to `rows`.
fn name_definition_rows(defs: &Definitions, rows: &mut rustc_hash::FxHashMap<u32, RowSymbol>) {
    for (&i, &rid) in &defs.type_defs {
        let id = TypeId { asm: 0, idx: i };
        rows.insert(Token::new(TableId::TypeDef, rid).0, RowSymbol::Type(id));
    }
    for (&m, &rid) in &defs.method_defs {
        rows.insert(Token::new(TableId::MethodDef, rid).0, RowSymbol::Method(m));
    }
    for (&f, &rid) in &defs.field_defs {
        rows.insert(Token::new(TableId::Field, rid).0, RowSymbol::Field(f));
    }
}
