//! ildasm-like text for a whole assembly. Every method body is decoded; a body or
//! signature that cannot be decoded is reported inline and counted, so a damaged assembly
//! still prints as far as it can.

use super::names::Names;
use crate::entity::{BlobIdx, Token};
use crate::il::body::ClauseKind;
use crate::il::decode::{DecodedOperand, Decoder};
use crate::il::opcode::OperandKind;
use crate::metadata::schema::TableId;
use crate::reader::{Assembly, ReadError};
use crate::signature::decode;
use std::fmt::Write;

/// The disassembly and how many methods could not be decoded.
#[derive(Debug)]
pub struct Disassembly {
    pub text: String,
    pub errors: Vec<String>,
}

/// Disassembles every type and method of an assembly.
pub fn disassemble(asm: &Assembly<'_>) -> Result<Disassembly, ReadError> {
    let md = &asm.metadata;
    let names = Names::new(md);
    let mut d = Writer {
        asm,
        names,
        out: String::new(),
        errors: Vec::new(),
    };
    d.header()?;
    for rid in 1..=md.row_count(TableId::TypeDef) {
        if md.enclosing_type(rid)?.is_none() {
            d.type_def(rid, 0)?;
        }
    }
    Ok(Disassembly {
        text: d.out,
        errors: d.errors,
    })
}

/// One method's body in Roslyn's `VerifyIL` layout: code size, `.maxstack`, `.locals`,
/// then the instructions (exception blocks nested), between braces.
pub fn method_il(asm: &Assembly<'_>, method: u32) -> Result<String, ReadError> {
    let md = &asm.metadata;
    let mut w = Writer {
        asm,
        names: Names::new(md),
        out: String::new(),
        errors: Vec::new(),
    };
    w.line(0, "{");
    match asm.method_body(method)? {
        Some(body) => {
            let n = body.code.len();
            w.line(1, &format!("// Code size {n:>8} ({n:#x})"));
            w.body(method, &body, 1);
        }
        None => w.line(1, "// no body"),
    }
    w.line(0, "}");
    if let Some(e) = w.errors.first() {
        return Err(ReadError::BadMethodBody {
            rva: 0,
            reason: e.clone(),
        });
    }
    Ok(w.out)
}

struct Writer<'m, 'a> {
    asm: &'m Assembly<'a>,
    names: Names<'m, 'a>,
    out: String,
    errors: Vec<String>,
}

fn flag_words(flags: u32, table: &[(u32, u32, &str)]) -> String {
    let mut words = Vec::new();
    for &(mask, value, word) in table {
        if flags & mask == value && !word.is_empty() {
            words.push(word);
        }
    }
    words.join(" ")
}

const TYPE_FLAGS: &[(u32, u32, &str)] = &[
    (0x7, 0x0, "private"),
    (0x7, 0x1, "public"),
    (0x7, 0x2, "nested public"),
    (0x7, 0x3, "nested private"),
    (0x7, 0x4, "nested family"),
    (0x7, 0x5, "nested assembly"),
    (0x7, 0x6, "nested famandassem"),
    (0x7, 0x7, "nested famorassem"),
    (0x18, 0x0, "auto"),
    (0x18, 0x8, "sequential"),
    (0x18, 0x10, "explicit"),
    (0x20, 0x20, "interface"),
    (0x80, 0x80, "abstract"),
    (0x100, 0x100, "sealed"),
    (0x400, 0x400, "specialname"),
    (0x1000, 0x1000, "import"),
    (0x2000, 0x2000, "serializable"),
    (0x30000, 0x0, "ansi"),
    (0x30000, 0x10000, "unicode"),
    (0x30000, 0x20000, "autochar"),
    (0x100000, 0x100000, "beforefieldinit"),
];

const METHOD_FLAGS: &[(u32, u32, &str)] = &[
    (0x7, 0x1, "private"),
    (0x7, 0x2, "famandassem"),
    (0x7, 0x3, "assembly"),
    (0x7, 0x4, "family"),
    (0x7, 0x5, "famorassem"),
    (0x7, 0x6, "public"),
    (0x10, 0x10, "static"),
    (0x20, 0x20, "final"),
    (0x40, 0x40, "virtual"),
    (0x80, 0x80, "hidebysig"),
    (0x100, 0x100, "newslot"),
    (0x400, 0x400, "abstract"),
    (0x800, 0x800, "specialname"),
    (0x1000, 0x1000, "rtspecialname"),
    (0x2000, 0x2000, "pinvokeimpl"),
];

const FIELD_FLAGS: &[(u32, u32, &str)] = &[
    (0x7, 0x1, "private"),
    (0x7, 0x2, "famandassem"),
    (0x7, 0x3, "assembly"),
    (0x7, 0x4, "family"),
    (0x7, 0x5, "famorassem"),
    (0x7, 0x6, "public"),
    (0x10, 0x10, "static"),
    (0x20, 0x20, "initonly"),
    (0x40, 0x40, "literal"),
    (0x200, 0x200, "specialname"),
    (0x400, 0x400, "rtspecialname"),
];

/// One protected or handler block, as ildasm nests them.
#[derive(Debug)]
struct EhBlock {
    start: u32,
    end: u32,
    /// The line before the block's `{`.
    header: String,
    /// What the closing comment names.
    what: &'static str,
}

/// The blocks of a body's clauses, in opening order (outer first at a shared offset);
/// clauses that share a try range share one `.try` block.
fn eh_blocks(
    clauses: &[crate::il::body::ExceptionClause],
    type_name: impl Fn(crate::entity::Token) -> String,
) -> Vec<EhBlock> {
    let mut blocks: Vec<EhBlock> = Vec::new();
    for c in clauses {
        let (start, end) = (c.try_offset, c.try_offset + c.try_length);
        if !blocks
            .iter()
            .any(|b| b.what == ".try" && (b.start, b.end) == (start, end))
        {
            blocks.push(EhBlock {
                start,
                end,
                header: ".try".into(),
                what: ".try",
            });
        }
        let handler = (c.handler_offset, c.handler_offset + c.handler_length);
        match c.kind {
            ClauseKind::Catch(t) => blocks.push(EhBlock {
                start: handler.0,
                end: handler.1,
                header: format!("catch {}", type_name(t)),
                what: "handler",
            }),
            ClauseKind::Filter(f) => {
                blocks.push(EhBlock {
                    start: f,
                    end: handler.0,
                    header: "filter".into(),
                    what: "filter",
                });
                blocks.push(EhBlock {
                    start: handler.0,
                    end: handler.1,
                    header: "// handler".into(),
                    what: "handler",
                });
            }
            ClauseKind::Finally => blocks.push(EhBlock {
                start: handler.0,
                end: handler.1,
                header: "finally".into(),
                what: "handler",
            }),
            ClauseKind::Fault => blocks.push(EhBlock {
                start: handler.0,
                end: handler.1,
                header: "fault".into(),
                what: "handler",
            }),
        }
    }
    blocks.sort_by_key(|b| (b.start, std::cmp::Reverse(b.end)));
    blocks
}

fn hex_bytes(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn quote_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Writer<'_, '_> {
    fn line(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.out, "{:width$}{text}", "", width = indent * 2);
    }

    fn blob(&self, idx: BlobIdx) -> &[u8] {
        self.asm.metadata.blob(idx).unwrap_or_default()
    }

    fn header(&mut self) -> Result<(), ReadError> {
        let md = &self.asm.metadata;
        for rid in 1..=md.row_count(TableId::AssemblyRef) {
            let r = md.assembly_ref(rid)?;
            self.line(
                0,
                &format!(".assembly extern {}", Names::quote(md.string(r.name)?)),
            );
            self.line(0, "{");
            self.line(
                1,
                &format!(".ver {}:{}:{}:{}", r.major, r.minor, r.build, r.revision),
            );
            let key = self.blob(r.public_key_or_token).to_vec();
            if !key.is_empty() {
                let kw = if r.flags & 1 != 0 {
                    ".publickey"
                } else {
                    ".publickeytoken"
                };
                self.line(1, &format!("{kw} = ({})", hex_bytes(&key)));
            }
            self.line(0, "}");
        }
        if md.row_count(TableId::Assembly) > 0 {
            let a = md.assembly_row(1)?;
            self.line(
                0,
                &format!(".assembly {}", Names::quote(md.string(a.name)?)),
            );
            self.line(0, "{");
            self.custom_attributes(1, Token::new(TableId::Assembly, 1))?;
            self.line(1, &format!(".hash algorithm {:#010x}", a.hash_alg_id));
            self.line(
                1,
                &format!(".ver {}:{}:{}:{}", a.major, a.minor, a.build, a.revision),
            );
            self.line(0, "}");
        }
        if md.row_count(TableId::Module) > 0 {
            let m = md.module_row(1)?;
            self.line(0, &format!(".module {}", Names::quote(md.string(m.name)?)));
        }
        Ok(())
    }

    fn custom_attributes(&mut self, indent: usize, parent: Token) -> Result<(), ReadError> {
        let md = &self.asm.metadata;
        for rid in md.custom_attributes(parent)? {
            let ca = md.custom_attribute(rid)?;
            let ctor = self.names.method_token(ca.ty);
            let value = hex_bytes(self.blob(ca.value));
            self.line(indent, &format!(".custom {ctor} = ({value})"));
        }
        Ok(())
    }

    fn type_def(&mut self, rid: u32, indent: usize) -> Result<(), ReadError> {
        let md = &self.asm.metadata;
        let row = md.type_def(rid)?;
        let name = Names::quote(md.string(row.type_name)?);
        let ns = md.string(row.type_namespace)?;
        let full = if ns.is_empty() || indent > 0 {
            name
        } else {
            format!("{ns}.{name}")
        };
        let mut head = format!(".class {} {full}", flag_words(row.flags, TYPE_FLAGS));
        let generics = self.generic_params(Token::new(TableId::TypeDef, rid))?;
        head.push_str(&generics);
        self.line(indent, &head);
        if !row.extends.is_nil() {
            self.line(
                indent + 1,
                &format!("extends {}", self.names.type_token(row.extends)),
            );
        }
        let impls: Vec<String> = md
            .interface_impls(rid)?
            .map(|i| {
                md.interface_impl(i)
                    .map(|r| self.names.type_token(r.interface))
            })
            .collect::<Result<_, _>>()?;
        if !impls.is_empty() {
            self.line(indent + 1, &format!("implements {}", impls.join(", ")));
        }
        self.line(indent, "{");
        self.custom_attributes(indent + 1, Token::new(TableId::TypeDef, rid))?;
        for f in md.type_fields(rid)? {
            let fr = md.field(f)?;
            let ty = decode::field_sig(self.blob(fr.signature))
                .map(|s| self.names.type_sig(&s.ty))
                .unwrap_or_else(|e| format!("<bad signature: {e}>"));
            let fname = Names::quote(md.string(fr.name)?);
            self.line(
                indent + 1,
                &format!(
                    ".field {} {ty} {fname}",
                    flag_words(fr.flags.into(), FIELD_FLAGS)
                ),
            );
        }
        for m in md.type_methods(rid)? {
            self.method(m, indent + 1)?;
        }
        for p in md.type_properties(rid)? {
            let pr = md.property(p)?;
            let ty = decode::property_sig(self.blob(pr.signature))
                .map(|s| self.names.type_sig(&s.ty))
                .unwrap_or_else(|e| format!("<bad signature: {e}>"));
            self.line(
                indent + 1,
                &format!(".property {ty} {}", Names::quote(md.string(pr.name)?)),
            );
            self.accessors(indent + 1, Token::new(TableId::Property, p))?;
        }
        for e in md.type_events(rid)? {
            let er = md.event(e)?;
            let ty = self.names.type_token(er.event_type);
            self.line(
                indent + 1,
                &format!(".event {ty} {}", Names::quote(md.string(er.name)?)),
            );
            self.accessors(indent + 1, Token::new(TableId::Event, e))?;
        }
        for n in 1..=md.row_count(TableId::NestedClass) {
            let nc = md.nested_class(n)?;
            if nc.enclosing == rid && nc.nested != rid {
                self.type_def(nc.nested, indent + 1)?;
            }
        }
        self.line(indent, "}");
        Ok(())
    }

    /// The `{ .get …; .set … }` block of a property or event.
    fn accessors(&mut self, indent: usize, association: Token) -> Result<(), ReadError> {
        let md = &self.asm.metadata;
        let mut lines = Vec::new();
        for s in md.rows_for(TableId::MethodSemantics, 2, association)? {
            let row = md.method_semantics(s)?;
            let kind = match row.semantics {
                0x1 => ".set",
                0x2 => ".get",
                0x8 => ".addon",
                0x10 => ".removeon",
                0x20 => ".fire",
                _ => ".other",
            };
            lines.push(format!("{kind} {}", self.names.method_def_name(row.method)));
        }
        self.line(indent, "{");
        for l in lines {
            self.line(indent + 1, &l);
        }
        self.line(indent, "}");
        Ok(())
    }

    fn generic_params(&self, owner: Token) -> Result<String, ReadError> {
        let md = &self.asm.metadata;
        let ps: Vec<String> = md
            .generic_params(owner)?
            .map(|g| {
                md.generic_param(g)
                    .and_then(|r| md.string(r.name).map(Names::quote))
            })
            .collect::<Result<_, _>>()?;
        Ok(if ps.is_empty() {
            String::new()
        } else {
            format!("<{}>", ps.join(", "))
        })
    }

    fn method(&mut self, rid: u32, indent: usize) -> Result<(), ReadError> {
        let md = &self.asm.metadata;
        let row = md.method_def(rid)?;
        let name = Names::quote(md.string(row.name)?)
            + &self.generic_params(Token::new(TableId::MethodDef, rid))?;
        let sig = match decode::method_sig(self.blob(row.signature)) {
            Ok(s) => self.names.method_sig(&s, &name),
            Err(e) => format!("{name} <bad signature: {e}>"),
        };
        let impl_kind = match row.impl_flags & 0x3 {
            0 => "cil managed",
            1 => "native managed",
            3 => "runtime managed",
            _ => "optil managed",
        };
        let mut tail = impl_kind.to_owned();
        if row.impl_flags & 0x1000 != 0 {
            tail.push_str(" internalcall");
        }
        self.line(
            indent,
            &format!(
                ".method {} {sig} {tail}",
                flag_words(row.flags.into(), METHOD_FLAGS)
            ),
        );
        self.line(indent, "{");
        self.custom_attributes(indent + 1, Token::new(TableId::MethodDef, rid))?;
        if self.asm.entry_point() == Token::new(TableId::MethodDef, rid) {
            self.line(indent + 1, ".entrypoint");
        }
        match self.asm.method_body(rid) {
            Ok(Some(body)) => self.body(rid, &body, indent + 1),
            Ok(None) => {}
            Err(e) => {
                self.line(indent + 1, &format!("// {e}"));
                self.errors
                    .push(format!("{}: {e}", self.names.method_def_name(rid)));
            }
        }
        self.line(indent, "}");
        Ok(())
    }

    fn body(&mut self, rid: u32, body: &crate::il::body::MethodBody<'_>, indent: usize) {
        let md = &self.asm.metadata;
        self.line(indent, &format!(".maxstack {}", body.max_stack));
        if !body.local_var_sig.is_nil() {
            let locals = md
                .standalone_sig(body.local_var_sig.rid())
                .ok()
                .and_then(|s| decode::local_var_sig(self.blob(s.signature)).ok());
            match locals {
                Some(l) => {
                    let ls: Vec<String> = l
                        .locals
                        .iter()
                        .enumerate()
                        .map(|(i, t)| format!("{} V_{i}", self.names.type_sig(t)))
                        .collect();
                    let init = if body.init_locals { "init " } else { "" };
                    self.line(indent, &format!(".locals {init}({})", ls.join(", ")));
                }
                None => {
                    self.line(indent, "// bad local variable signature");
                    self.errors
                        .push(format!("{}: bad locals", self.names.method_def_name(rid)));
                }
            }
        }
        let blocks = eh_blocks(&body.clauses, |t| self.names.type_token(t));
        // Open blocks form a stack, so closing can never outrun opening, even for
        // malformed, overlapping clauses.
        let mut depth = indent;
        let mut next_block = 0;
        let mut open: Vec<&EhBlock> = Vec::new();
        let mut emit_until = |w: &mut Self, offset: u32, depth: &mut usize| {
            loop {
                if let Some(b) = open.last().filter(|b| b.end <= offset) {
                    *depth -= 1;
                    w.line(*depth, &format!("}}  // end {}", b.what));
                    open.pop();
                } else if let Some(b) = blocks.get(next_block).filter(|b| b.start <= offset) {
                    w.line(*depth, &b.header);
                    w.line(*depth, "{");
                    *depth += 1;
                    open.push(b);
                    next_block += 1;
                } else {
                    break;
                }
            }
        };
        for ins in Decoder::new(&body.code) {
            match ins {
                Ok(ins) => {
                    emit_until(self, ins.offset, &mut depth);
                    let operand = self.operand(ins.opcode.operand(), &ins.operand);
                    let text = if operand.is_empty() {
                        ins.opcode.name().to_owned()
                    } else {
                        format!("{:<10} {operand}", ins.opcode.name())
                    };
                    self.line(depth, &format!("IL_{:04x}:  {text}", ins.offset));
                }
                Err(e) => {
                    self.line(depth, &format!("// {e}"));
                    self.errors
                        .push(format!("{}: {e}", self.names.method_def_name(rid)));
                    break;
                }
            }
        }
        emit_until(self, u32::MAX, &mut depth);
    }

    fn operand(&self, kind: OperandKind, op: &DecodedOperand) -> String {
        let md = &self.asm.metadata;
        match (kind, op) {
            (_, DecodedOperand::None) => String::new(),
            (OperandKind::String, DecodedOperand::Token(t)) => match md.user_strings.get(t.rid()) {
                Ok(s) => quote_string(&s),
                Err(e) => format!("<{e}>"),
            },
            (OperandKind::Method, DecodedOperand::Token(t)) => self.names.method_token(*t),
            (OperandKind::Field, DecodedOperand::Token(t)) => self.names.field_token(*t),
            (OperandKind::Type, DecodedOperand::Token(t)) => self.names.type_token(*t),
            (OperandKind::Tok, DecodedOperand::Token(t)) => self.names.any_token(*t),
            (OperandKind::Sig, DecodedOperand::Token(t)) => md
                .standalone_sig(t.rid())
                .ok()
                .and_then(|s| decode::method_sig(self.blob(s.signature)).ok())
                .map(|s| self.names.method_sig(&s, ""))
                .unwrap_or_else(|| format!("<bad signature {t}>")),
            (_, DecodedOperand::Token(t)) => t.to_string(),
            (_, DecodedOperand::I8(v)) => v.to_string(),
            (_, DecodedOperand::I32(v)) => v.to_string(),
            (_, DecodedOperand::I64(v)) => v.to_string(),
            (_, DecodedOperand::R4(v)) => format!("{v:?}"),
            (_, DecodedOperand::R8(v)) => format!("{v:?}"),
            (_, DecodedOperand::Var(v)) => v.to_string(),
            (_, DecodedOperand::Target(t)) => format!("IL_{t:04x}"),
            (_, DecodedOperand::Switch(ts)) => {
                format!(
                    "({})",
                    ts.iter()
                        .map(|t| format!("IL_{t:04x}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        }
    }
}
