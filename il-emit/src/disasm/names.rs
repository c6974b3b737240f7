//! Naming metadata entities as ilasm syntax: types from tokens and signatures, members
//! with their owners and signatures. Unresolvable parts print as `<bad …>` rather than
//! failing, so a damaged assembly still disassembles as far as it can.

use crate::entity::{BlobIdx, StringIdx, Token};
use crate::metadata::schema::TableId;
use crate::reader::Metadata;
use crate::signature::{CallKind, MethodSig, TypeSig, decode};
use std::cell::Cell;

/// How deep names may nest (enclosing types, resolution scopes, TypeSpecs inside
/// TypeSpecs) before the metadata is judged cyclic.
const MAX_DEPTH: u32 = 64;

/// Names things in one assembly's metadata.
#[derive(Debug)]
pub struct Names<'m, 'a> {
    pub md: &'m Metadata<'a>,
    depth: Cell<u32>,
}

impl<'m, 'a> Names<'m, 'a> {
    /// A namer over `md`.
    pub fn new(md: &'m Metadata<'a>) -> Self {
        Names {
            md,
            depth: Cell::new(0),
        }
    }

    /// Runs `f` one level deeper, or names a cycle when metadata nests too deeply.
    fn nested(&self, f: impl FnOnce() -> String) -> String {
        let d = self.depth.get();
        if d >= MAX_DEPTH {
            return "<cyclic metadata>".to_owned();
        }
        self.depth.set(d + 1);
        let res = f();
        self.depth.set(d);
        res
    }

    fn s(&self, idx: StringIdx) -> String {
        self.md
            .string(idx)
            .map(str::to_owned)
            .unwrap_or_else(|_| format!("<bad string {:#x}>", idx.0))
    }

    fn blob(&self, idx: BlobIdx) -> &'a [u8] {
        self.md.blob(idx).unwrap_or_default()
    }

    /// A name quoted when ilasm would need quotes.
    pub fn quote(name: &str) -> String {
        let plain = !name.is_empty()
            && name.chars().all(|c| {
                c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$' | '`' | '@' | '?')
            })
            && !name.starts_with(|c: char| c.is_ascii_digit());
        if plain {
            name.to_owned()
        } else {
            format!("'{}'", name.replace('\'', "\\'"))
        }
    }

    fn dotted(ns: &str, name: &str) -> String {
        if ns.is_empty() {
            Self::quote(name)
        } else {
            format!("{}.{}", ns, Self::quote(name))
        }
    }

    /// A TypeDef's full name, with enclosing types joined by `/`.
    pub fn type_def_name(&self, rid: u32) -> String {
        self.nested(|| self.type_def_name_inner(rid))
    }

    fn type_def_name_inner(&self, rid: u32) -> String {
        let Ok(row) = self.md.type_def(rid) else {
            return format!("<bad TypeDef {rid}>");
        };
        let own = Self::dotted(&self.s(row.type_namespace), &self.s(row.type_name));
        match self.md.enclosing_type(rid) {
            Ok(Some(outer)) if outer != rid => format!("{}/{own}", self.type_def_name(outer)),
            _ => own,
        }
    }

    /// A TypeRef's name with its resolution scope, `[mscorlib]System.Object`.
    pub fn type_ref_name(&self, rid: u32) -> String {
        self.nested(|| self.type_ref_name_inner(rid))
    }

    fn type_ref_name_inner(&self, rid: u32) -> String {
        let Ok(row) = self.md.type_ref(rid) else {
            return format!("<bad TypeRef {rid}>");
        };
        let own = Self::dotted(&self.s(row.type_namespace), &self.s(row.type_name));
        let scope = row.resolution_scope;
        match scope.table() {
            Some(TableId::AssemblyRef) => match self.md.assembly_ref(scope.rid()) {
                Ok(a) => format!("[{}]{own}", Self::quote(&self.s(a.name))),
                Err(_) => own,
            },
            Some(TableId::ModuleRef) => match self.md.module_ref(scope.rid()) {
                Ok(m) => format!("[.module {}]{own}", self.s(m.name)),
                Err(_) => own,
            },
            Some(TableId::TypeRef) if scope.rid() != rid && scope.rid() != 0 => {
                format!("{}/{own}", self.type_ref_name(scope.rid()))
            }
            _ => own,
        }
    }

    /// A TypeDef, TypeRef or TypeSpec token as a type.
    pub fn type_token(&self, t: Token) -> String {
        self.nested(|| self.type_token_inner(t))
    }

    fn type_token_inner(&self, t: Token) -> String {
        match t.table() {
            Some(TableId::TypeDef) => self.type_def_name(t.rid()),
            Some(TableId::TypeRef) => self.type_ref_name(t.rid()),
            Some(TableId::TypeSpec) => match self
                .md
                .type_spec(t.rid())
                .map(|r| decode::type_spec(self.blob(r.signature)))
            {
                Ok(Ok(sig)) => self.type_sig(&sig),
                _ => format!("<bad TypeSpec {}>", t.rid()),
            },
            _ => format!("<bad type token {t}>"),
        }
    }

    /// A type from a signature.
    pub fn type_sig(&self, ty: &TypeSig) -> String {
        self.nested(|| self.type_sig_inner(ty))
    }

    fn type_sig_inner(&self, ty: &TypeSig) -> String {
        match ty {
            TypeSig::Void => "void".into(),
            TypeSig::Boolean => "bool".into(),
            TypeSig::Char => "char".into(),
            TypeSig::I1 => "int8".into(),
            TypeSig::U1 => "unsigned int8".into(),
            TypeSig::I2 => "int16".into(),
            TypeSig::U2 => "unsigned int16".into(),
            TypeSig::I4 => "int32".into(),
            TypeSig::U4 => "unsigned int32".into(),
            TypeSig::I8 => "int64".into(),
            TypeSig::U8 => "unsigned int64".into(),
            TypeSig::R4 => "float32".into(),
            TypeSig::R8 => "float64".into(),
            TypeSig::String => "string".into(),
            TypeSig::Object => "object".into(),
            TypeSig::I => "native int".into(),
            TypeSig::U => "native unsigned int".into(),
            TypeSig::TypedByRef => "typedref".into(),
            TypeSig::Class(t) => format!("class {}", self.type_token(*t)),
            TypeSig::ValueType(t) => format!("valuetype {}", self.type_token(*t)),
            TypeSig::Ptr(inner) => format!("{}*", self.type_sig(inner)),
            TypeSig::ByRef(inner) => format!("{}&", self.type_sig(inner)),
            TypeSig::SzArray(inner) => format!("{}[]", self.type_sig(inner)),
            TypeSig::Array(inner, shape) => {
                let dims: Vec<String> = (0..shape.rank as usize)
                    .map(|i| {
                        let lo = shape.lower_bounds.get(i).copied();
                        let size = shape.sizes.get(i).copied();
                        match (lo, size) {
                            (Some(l), Some(s)) => {
                                format!("{l}...{}", i64::from(l) + i64::from(s) - 1)
                            }
                            (Some(l), None) => format!("{l}..."),
                            (None, Some(s)) => format!("{s}"),
                            (None, None) => String::new(),
                        }
                    })
                    .collect();
                format!("{}[{}]", self.type_sig(inner), dims.join(","))
            }
            TypeSig::GenericInst {
                is_value_type,
                generic,
                args,
            } => {
                let kw = if *is_value_type { "valuetype" } else { "class" };
                let args: Vec<String> = args.iter().map(|a| self.type_sig(a)).collect();
                format!("{kw} {}<{}>", self.type_token(*generic), args.join(", "))
            }
            TypeSig::Var(n) => format!("!{n}"),
            TypeSig::MVar(n) => format!("!!{n}"),
            TypeSig::FnPtr(m) => format!("method {}", self.method_sig(m, "*")),
            TypeSig::Modified {
                required,
                modifier,
                ty,
            } => {
                let kw = if *required { "modreq" } else { "modopt" };
                format!("{} {kw}({})", self.type_sig(ty), self.type_token(*modifier))
            }
            TypeSig::Pinned(inner) => format!("{} pinned", self.type_sig(inner)),
        }
    }

    /// A method signature around a name: `instance void Name(int32, string)`.
    pub fn method_sig(&self, sig: &MethodSig, name: &str) -> String {
        self.method_sig_inst(sig, name, None)
    }

    /// As [`Self::method_sig`], with a generic method's instantiation in place of its
    /// parameter list (`Echo<string>(!!0)`, as ildasm prints a MethodSpec).
    fn method_sig_inst(&self, sig: &MethodSig, name: &str, inst: Option<&[String]>) -> String {
        let mut out = String::new();
        if sig.call_conv.has_this {
            out.push_str("instance ");
        }
        if sig.call_conv.explicit_this {
            out.push_str("explicit ");
        }
        match sig.call_conv.kind {
            CallKind::VarArg => out.push_str("vararg "),
            CallKind::C => out.push_str("unmanaged cdecl "),
            CallKind::StdCall => out.push_str("unmanaged stdcall "),
            CallKind::ThisCall => out.push_str("unmanaged thiscall "),
            CallKind::FastCall => out.push_str("unmanaged fastcall "),
            CallKind::Default | CallKind::Unmanaged => {}
        }
        out.push_str(&self.type_sig(&sig.ret));
        out.push(' ');
        out.push_str(name);
        match inst {
            Some(args) => out.push_str(&format!("<{}>", args.join(", "))),
            None if sig.generic_params > 0 => {
                let ps: Vec<String> = (0..sig.generic_params).map(|i| format!("!!{i}")).collect();
                out.push_str(&format!("<{}>", ps.join(", ")));
            }
            None => {}
        }
        let mut params: Vec<String> = sig.params.iter().map(|p| self.type_sig(p)).collect();
        if !sig.varargs.is_empty() {
            params.push("...".into());
            params.extend(sig.varargs.iter().map(|p| self.type_sig(p)));
        }
        out.push_str(&format!("({})", params.join(", ")));
        out
    }

    fn member_parent(&self, parent: Token) -> String {
        match parent.table() {
            Some(TableId::MethodDef) => self.method_def_name(parent.rid()),
            Some(TableId::ModuleRef) => format!("[.module {}]", parent.rid()),
            _ => self.type_token(parent),
        }
    }

    /// A MethodDef with owner and signature.
    pub fn method_def_name(&self, rid: u32) -> String {
        self.nested(|| self.method_def_name_inner(rid))
    }

    fn method_def_name_inner(&self, rid: u32) -> String {
        let Ok(row) = self.md.method_def(rid) else {
            return format!("<bad MethodDef {rid}>");
        };
        let owner = self
            .owner_of_method(rid)
            .map(|t| self.type_def_name(t))
            .unwrap_or_default();
        let name = format!("{owner}::{}", Self::quote(&self.s(row.name)));
        match decode::method_sig(self.blob(row.signature)) {
            Ok(sig) => self.method_sig(&sig, &name),
            Err(e) => format!("{name} <bad signature: {e}>"),
        }
    }

    /// The TypeDef whose method list holds `method`.
    pub fn owner_of_method(&self, method: u32) -> Option<u32> {
        self.owner_of(method, 5)
    }

    /// The TypeDef whose field list holds `field`.
    pub fn owner_of_field(&self, field: u32) -> Option<u32> {
        self.owner_of(field, 4)
    }

    fn owner_of(&self, rid: u32, column: usize) -> Option<u32> {
        // Binary search on the list-start column (non-decreasing by construction).
        let n = self.md.row_count(TableId::TypeDef);
        let (mut lo, mut hi) = (1u32, n + 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = self.md.tables().cell(TableId::TypeDef, mid, column).ok()?;
            if start <= rid { lo = mid + 1 } else { hi = mid }
        }
        (lo > 1).then_some(lo - 1)
    }

    /// A field token (Field or MemberRef) with its type.
    pub fn field_token(&self, t: Token) -> String {
        match t.table() {
            Some(TableId::Field) => {
                let Ok(row) = self.md.field(t.rid()) else {
                    return format!("<bad Field {}>", t.rid());
                };
                let owner = self
                    .owner_of_field(t.rid())
                    .map(|o| self.type_def_name(o))
                    .unwrap_or_default();
                let ty = decode::field_sig(self.blob(row.signature))
                    .map(|f| self.type_sig(&f.ty))
                    .unwrap_or_else(|e| format!("<bad signature: {e}>"));
                format!("{ty} {owner}::{}", Self::quote(&self.s(row.name)))
            }
            Some(TableId::MemberRef) => self.member_ref(t.rid()),
            _ => format!("<bad field token {t}>"),
        }
    }

    /// A MemberRef (method or field) with parent and signature.
    pub fn member_ref(&self, rid: u32) -> String {
        let Ok(row) = self.md.member_ref(rid) else {
            return format!("<bad MemberRef {rid}>");
        };
        let blob = self.blob(row.signature);
        let name = format!(
            "{}::{}",
            self.member_parent(row.class),
            Self::quote(&self.s(row.name))
        );
        if blob.first() == Some(&0x06) {
            return match decode::field_sig(blob) {
                Ok(f) => format!("{} {name}", self.type_sig(&f.ty)),
                Err(e) => format!("{name} <bad signature: {e}>"),
            };
        }
        match decode::method_sig(blob) {
            Ok(sig) => self.method_sig(&sig, &name),
            Err(e) => format!("{name} <bad signature: {e}>"),
        }
    }

    /// A method token (MethodDef, MemberRef or MethodSpec).
    pub fn method_token(&self, t: Token) -> String {
        self.nested(|| self.method_token_inner(t))
    }

    fn method_token_inner(&self, t: Token) -> String {
        match t.table() {
            Some(TableId::MethodDef) => self.method_def_name(t.rid()),
            Some(TableId::MemberRef) => self.member_ref(t.rid()),
            Some(TableId::MethodSpec) => {
                let Ok(row) = self.md.method_spec(t.rid()) else {
                    return format!("<bad MethodSpec {}>", t.rid());
                };
                let args = match decode::method_spec_sig(self.blob(row.instantiation)) {
                    Ok(s) => s.args.iter().map(|a| self.type_sig(a)).collect::<Vec<_>>(),
                    Err(e) => return format!("<bad MethodSpec {}: {e}>", t.rid()),
                };
                self.generic_method(row.method, &args)
            }
            _ => format!("<bad method token {t}>"),
        }
    }

    /// A generic method (MethodDef or MemberRef) instantiated with `args`.
    fn generic_method(&self, method: Token, args: &[String]) -> String {
        let (owner, name, blob) = match method.table() {
            Some(TableId::MethodDef) => match self.md.method_def(method.rid()) {
                Ok(r) => {
                    let owner = self
                        .owner_of_method(method.rid())
                        .map(|o| self.type_def_name(o))
                        .unwrap_or_default();
                    (owner, r.name, r.signature)
                }
                Err(_) => return format!("<bad MethodDef {}>", method.rid()),
            },
            Some(TableId::MemberRef) => match self.md.member_ref(method.rid()) {
                Ok(r) => (self.member_parent(r.class), r.name, r.signature),
                Err(_) => return format!("<bad MemberRef {}>", method.rid()),
            },
            _ => return format!("<bad method token {method}>"),
        };
        let name = format!("{owner}::{}", Self::quote(&self.s(name)));
        match decode::method_sig(self.blob(blob)) {
            Ok(sig) => self.nested(|| self.method_sig_inst(&sig, &name, Some(args))),
            Err(e) => format!("{name} <bad signature: {e}>"),
        }
    }

    /// Any token as `ldtoken` shows it.
    pub fn any_token(&self, t: Token) -> String {
        match t.table() {
            Some(TableId::Field) => format!("field {}", self.field_token(t)),
            Some(TableId::MethodDef | TableId::MethodSpec) => {
                format!("method {}", self.method_token(t))
            }
            Some(TableId::MemberRef) => {
                let is_field = self
                    .md
                    .member_ref(t.rid())
                    .map(|r| self.blob(r.signature).first() == Some(&0x06))
                    .unwrap_or(false);
                if is_field {
                    format!("field {}", self.member_ref(t.rid()))
                } else {
                    format!("method {}", self.member_ref(t.rid()))
                }
            }
            _ => self.type_token(t),
        }
    }
}
