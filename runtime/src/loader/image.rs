//! Image validation: everything is checked before any code runs. The PE and CLI headers
//! (every section's data inside the file),
//! the metadata root and streams, every cell of every table (il-emit's `validate`), the
//! entry point, and every method body: its header, its exception clauses (inside the
//! code, handlers after their try blocks), its locals signature token, and its IL, decoded
//! to the end with every branch target and every token checked against the tables it must
//! name. A failure is a `BadImageFormat` naming the defect.

use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::il::{ClauseKind, DecodedOperand, Decoder, OperandKind};
use il_emit::reader::{Assembly, validate};

/// COMIMAGE_FLAGS_ILONLY.
const IL_ONLY: u32 = 0x1;
/// COMIMAGE_FLAGS_NATIVE_ENTRYPOINT.
const NATIVE_ENTRYPOINT: u32 = 0x10;

/// Checks a parsed image; the error names the first defect found.
pub fn validate_image(asm: &Assembly<'_>) -> Result<(), String> {
    // A truncated file is malformed even where the part it lost held nothing the CLI reads.
    let file_len = asm.pe.bytes.len() as u64;
    for section in &asm.pe.sections {
        let end = u64::from(section.raw_offset) + u64::from(section.raw_size);
        if end > file_len {
            return Err(format!(
                "section {} runs to byte {end:#x}, past the end of the file ({file_len:#x} bytes): the file is truncated",
                section.name
            ));
        }
    }
    let cli = &asm.pe.cli;
    if cli.flags & IL_ONLY == 0 {
        return Err("the image is not IL-only (mixed-mode images are not supported)".into());
    }
    if cli.flags & NATIVE_ENTRYPOINT != 0 {
        return Err("the image has a native entry point".into());
    }
    if cli.runtime_version.0 < 2 {
        return Err(format!(
            "CLI header runtime version {}.{} is too old",
            cli.runtime_version.0, cli.runtime_version.1
        ));
    }
    let md = &asm.metadata;
    if !md.version.starts_with('v') {
        return Err(format!(
            "metadata version string '{}' is not a runtime version",
            md.version
        ));
    }
    if md.row_count(TableId::Module) != 1 {
        return Err(format!(
            "the Module table has {} rows, not 1",
            md.row_count(TableId::Module)
        ));
    }
    validate(md).map_err(|e| e.to_string())?;
    let entry = asm.entry_point();
    if !entry.is_nil() {
        match entry.table() {
            Some(TableId::MethodDef) if entry.rid() <= md.row_count(TableId::MethodDef) => {}
            _ => {
                return Err(format!(
                    "entry point token {entry} is not a MethodDef of this module"
                ));
            }
        }
    }
    for rid in 1..=md.row_count(TableId::MethodDef) {
        validate_body(asm, rid).map_err(|e| {
            let name = md
                .method_def(rid)
                .ok()
                .and_then(|r| md.string(r.name).ok())
                .unwrap_or("?");
            format!("method {name} (MethodDef {rid}): {e}")
        })?;
    }
    Ok(())
}

fn row_exists(asm: &Assembly<'_>, t: Token) -> bool {
    t.table()
        .is_some_and(|table| t.rid() >= 1 && t.rid() <= asm.metadata.row_count(table))
}

fn validate_body(asm: &Assembly<'_>, rid: u32) -> Result<(), String> {
    let md = &asm.metadata;
    let row = md.method_def(rid).map_err(|e| e.to_string())?;
    let abstract_or_extern = row.flags & 0x0400 != 0 || row.flags & 0x2000 != 0;
    let runtime_impl = row.impl_flags & 0x0003 == 0x0003 || row.impl_flags & 0x1000 != 0;
    let Some(body) = asm.method_body(rid).map_err(|e| e.to_string())? else {
        if abstract_or_extern || runtime_impl {
            return Ok(());
        }
        return Err("has no body but is neither abstract, extern nor runtime-implemented".into());
    };
    if abstract_or_extern {
        return Err("is abstract or extern but has a body".into());
    }
    let code_len = body.code.len() as u32;
    if code_len == 0 {
        return Err("has an empty body".into());
    }
    let sig = body.local_var_sig;
    let sig_ok =
        sig.is_nil() || (sig.table() == Some(TableId::StandAloneSig) && row_exists(asm, sig));
    if !sig_ok {
        return Err(format!(
            "locals signature token {} is not a StandAloneSig",
            body.local_var_sig
        ));
    }
    let mut starts = std::collections::BTreeSet::new();
    for ins in Decoder::new(&body.code) {
        let ins = ins.map_err(|e| e.to_string())?;
        starts.insert(ins.offset);
        let expect_tables: &[TableId] = match ins.opcode.operand() {
            OperandKind::Method => &[TableId::MethodDef, TableId::MemberRef, TableId::MethodSpec],
            OperandKind::Field => &[TableId::Field, TableId::MemberRef],
            OperandKind::Type => &[TableId::TypeDef, TableId::TypeRef, TableId::TypeSpec],
            OperandKind::Sig => &[TableId::StandAloneSig],
            OperandKind::Tok => &[
                TableId::TypeDef,
                TableId::TypeRef,
                TableId::TypeSpec,
                TableId::MethodDef,
                TableId::MemberRef,
                TableId::MethodSpec,
                TableId::Field,
            ],
            _ => &[],
        };
        if let DecodedOperand::Token(t) = &ins.operand {
            let ok = match ins.opcode.operand() {
                OperandKind::String => {
                    t.kind() == Token::USER_STRING && md.user_strings.get(t.rid()).is_ok()
                }
                _ => t.table().is_some_and(|tb| expect_tables.contains(&tb)) && row_exists(asm, *t),
            };
            if !ok {
                return Err(format!(
                    "IL_{:04x}: {} names token {t}, which is not a valid operand",
                    ins.offset,
                    ins.opcode.name()
                ));
            }
        }
    }
    starts.insert(code_len);
    let at_instruction = |off: u32| starts.contains(&off);
    for c in &body.clauses {
        let try_end = c
            .try_offset
            .checked_add(c.try_length)
            .ok_or("exception clause overflows")?;
        let handler_end = c
            .handler_offset
            .checked_add(c.handler_length)
            .ok_or("exception clause overflows")?;
        if try_end > code_len || handler_end > code_len {
            return Err("an exception clause extends past the code".into());
        }
        if ![c.try_offset, try_end, c.handler_offset, handler_end]
            .into_iter()
            .all(at_instruction)
        {
            return Err("an exception clause boundary falls inside an instruction".into());
        }
        match c.kind {
            ClauseKind::Catch(t)
                if !(row_exists(asm, t)
                    && matches!(
                        t.table(),
                        Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec)
                    )) =>
            {
                return Err(format!("a catch clause names {t}, which is not a type"));
            }
            ClauseKind::Filter(f) if f >= c.handler_offset || !at_instruction(f) => {
                return Err("a filter does not start before its handler at an instruction".into());
            }
            _ => {}
        }
    }
    Ok(())
}
