//! Tokens asked for while a body is generated, handed out provisionally so bodies can
//! be generated on several threads, and before the module's rows are numbered, without
//! touching the module's metadata: the code generator gets each request's number as its
//! token ([`Recorder`], which needs only the world), and the module replays a body's
//! requests against its [`Tokens`] in the order they were made, then writes the real
//! tokens over the provisional ones ([`Tokens::resolve`], [`patch`]). Bodies are
//! replayed in MethodDef order, so rows are created in the order one thread generating
//! body after body would create them: the image does not depend on threads, nor on
//! whether a body was generated right after binding or by the module.

use super::tokens::Tokens;
use crate::ir::{FieldRef, MethodRef};
use crate::symbols::{FieldId, MethodId, World};
use crate::types::Ty;
use il_emit::TableId;
use il_emit::Token;
use il_emit::il::EncodedIl;
use il_emit::il::body::{ClauseKind, ExceptionClause};

/// One token a body asked for.
#[derive(Clone, Debug)]
pub enum Request {
    /// [`Tokens::type_token`].
    Type(Ty),
    /// [`Tokens::method`].
    Method(MethodRef),
    /// [`Tokens::field`].
    Field(FieldRef),
    /// [`Tokens::array_method`] (boxed: rare, and the largest).
    ArrayMethod(Box<ArrayMethod>),
    /// A `#US` string (`ldstr`).
    UserString(Vec<u16>),
    /// A source type's TypeDef (by index in the source assembly): its row exists
    /// before any body is replayed, so nothing is created.
    SourceType(u32),
    /// A source method's MethodDef, uninstantiated.
    SourceMethod(MethodId),
    /// A source field's Field row, uninstantiated.
    SourceField(FieldId),
}

/// A runtime-provided method of a multi-dimensional array type.
#[derive(Clone, Debug)]
pub struct ArrayMethod {
    pub array: Ty,
    pub name: &'static str,
    pub ret: Ty,
    pub params: Vec<Ty>,
}

/// What the code generator asks for tokens: it records each request and answers with
/// the request's number. Source definitions (TypeDef, MethodDef, Field rows) are
/// recorded by symbol, so nothing here depends on how the module numbers its rows.
pub struct Recorder<'w> {
    pub world: &'w World,
    requests: Vec<Request>,
}

impl<'w> Recorder<'w> {
    pub fn new(world: &'w World) -> Recorder<'w> {
        Recorder {
            world,
            requests: Vec::new(),
        }
    }

    fn ask(&mut self, r: Request) -> Token {
        if self.requests.capacity() == 0 {
            // Room for a typical body's requests at once, rather than growing 4, 8, 16.
            self.requests.reserve(16);
        }
        self.requests.push(r);
        Token(self.requests.len() as u32 - 1)
    }

    /// The requests since the last call, in the order they were made.
    pub fn take(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.requests)
    }

    /// A type as an instruction operand.
    pub fn type_token(&mut self, ty: &Ty) -> Token {
        match ty {
            // As `Tokens::type_def_or_ref` answers for a source type.
            Ty::Named(id, args) if args.is_empty() && id.is_source() => {
                self.ask(Request::SourceType(id.idx))
            }
            _ => self.ask(Request::Type(ty.clone())),
        }
    }

    /// The token that calls a method.
    pub fn method(&mut self, r: &MethodRef) -> Token {
        if r.id.ty.is_source() && r.type_args.is_empty() && r.method_args.is_empty() {
            // As `Tokens::method` answers for a source method, uninstantiated.
            return self.ask(Request::SourceMethod(r.id));
        }
        self.ask(Request::Method(r.clone()))
    }

    /// The token of a field.
    pub fn field(&mut self, r: &FieldRef) -> Token {
        if r.id.ty.is_source() && r.type_args.is_empty() {
            // As `Tokens::field` answers for a source field, uninstantiated.
            return self.ask(Request::SourceField(r.id));
        }
        self.ask(Request::Field(r.clone()))
    }

    /// A runtime-provided method of a multi-dimensional array type.
    pub fn array_method(
        &mut self,
        array: &Ty,
        name: &'static str,
        ret: &Ty,
        params: &[Ty],
    ) -> Token {
        self.ask(Request::ArrayMethod(Box::new(ArrayMethod {
            array: array.clone(),
            name,
            ret: ret.clone(),
            params: params.to_vec(),
        })))
    }

    /// A user string (UTF-16 code units).
    pub fn user_string(&mut self, units: &[u16]) -> Token {
        self.ask(Request::UserString(units.to_vec()))
    }
}

impl Tokens<'_> {
    /// The real token of each request, made in order (creating rows as needed).
    pub fn resolve(&mut self, requests: &[Request]) -> Vec<Token> {
        requests
            .iter()
            .map(|r| match r {
                Request::Type(ty) => self.type_token(ty),
                Request::Method(m) => self.method(m),
                Request::Field(f) => self.field(f),
                Request::ArrayMethod(m) => self.array_method(&m.array, m.name, &m.ret, &m.params),
                Request::UserString(units) => self.md.user_string_utf16(units),
                Request::SourceType(idx) => Token::new(
                    TableId::TypeDef,
                    self.defs.type_defs.get(idx).copied().unwrap_or(0),
                ),
                Request::SourceMethod(m) => Token::new(
                    TableId::MethodDef,
                    self.defs.method_defs.get(m).copied().unwrap_or(0),
                ),
                Request::SourceField(f) => Token::new(
                    TableId::Field,
                    self.defs.field_defs.get(f).copied().unwrap_or(0),
                ),
            })
            .collect()
    }
}

/// Writes the real tokens over the provisional ones (request numbers) in the code and
/// the catch clauses. A provisional token without a request (a generator bug) is left
/// as it is.
pub fn patch(il: &mut EncodedIl, resolved: &[Token]) {
    patch_code(&mut il.code, &il.token_offsets, resolved);
    patch_clauses(&mut il.clauses, resolved);
}

/// [`patch`]'s work on the code alone: `code` is a body's code (or where it was copied
/// to), `token_offsets` where its token operands are.
pub fn patch_code(code: &mut [u8], token_offsets: &[u32], resolved: &[Token]) {
    for &at in token_offsets {
        let at = at as usize;
        let Some(bytes) = code.get_mut(at..at + 4) else {
            continue;
        };
        let provisional = Token(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]));
        bytes.copy_from_slice(&real(resolved, provisional).0.to_le_bytes());
    }
}

/// [`patch`]'s work on the catch clauses alone.
pub fn patch_clauses(clauses: &mut [ExceptionClause], resolved: &[Token]) {
    for c in clauses {
        if let ClauseKind::Catch(t) = c.kind {
            c.kind = ClauseKind::Catch(real(resolved, t));
        }
    }
}

/// The real token for a provisional one.
fn real(resolved: &[Token], t: Token) -> Token {
    resolved.get(t.0 as usize).copied().unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use il_emit::il::{IlBuilder, Opcode, Region, RegionKind};

    #[test]
    fn provisional_tokens_are_replaced_in_code_and_catch_clauses() {
        // try { ldstr #0; call #1; leave end } catch #2 { pop; leave end } end: ret
        let mut b = IlBuilder::new();
        let (try_start, try_end, handler, handler_end, end) = (
            b.new_label(),
            b.new_label(),
            b.new_label(),
            b.new_label(),
            b.new_label(),
        );
        b.mark_label(try_start).unwrap();
        b.op_token(Opcode::Ldstr, Token(0));
        b.call(Opcode::Call, Token(1), 1, 0);
        b.branch(Opcode::Leave, end);
        b.mark_label(try_end).unwrap();
        b.mark_label(handler).unwrap();
        b.op(Opcode::Pop);
        b.branch(Opcode::Leave, end);
        b.mark_label(handler_end).unwrap();
        b.add_region(Region {
            try_start,
            try_end,
            handler_start: handler,
            handler_end,
            kind: RegionKind::Catch(Token(2)),
        });
        b.mark_label(end).unwrap();
        // A constant that looks like a provisional token is not one.
        b.ldc_i4(1);
        b.op(Opcode::Pop);
        b.ret(false);
        let mut il = b.finish().unwrap();
        assert_eq!(il.token_offsets, [1, 6]);
        let real = [
            Token(0x7000_0001),
            Token::new(TableId::MemberRef, 5),
            Token::new(TableId::TypeRef, 9),
        ];
        patch(&mut il, &real);
        assert_eq!(&il.code[1..5], &0x7000_0001u32.to_le_bytes());
        assert_eq!(&il.code[6..10], &real[1].0.to_le_bytes());
        assert_eq!(il.clauses[0].kind, ClauseKind::Catch(real[2]));
        // `ldc.i4.1` (0x17) stays.
        assert!(il.code.ends_with(&[0x17, 0x26, 0x2A]));
    }
}
