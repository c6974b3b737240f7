//! Tokens asked for while a body is generated, handed out provisionally so bodies can
//! be generated on several threads without touching the module's metadata: the code
//! generator gets each request's number as its token ([`Recorder`]), and the module
//! replays a body's requests against its [`Tokens`] in the order they were made, then
//! writes the real tokens over the provisional ones ([`Tokens::resolve`], [`patch`]).
//! Bodies are replayed in MethodDef order, so rows are created in the order one thread
//! generating body after body would create them: the image does not depend on threads.

use super::tokens::Tokens;
use crate::ir::{FieldRef, MethodRef};
use crate::symbols::World;
use crate::types::Ty;
use il_emit::Token;
use il_emit::il::EncodedIl;
use il_emit::il::body::ClauseKind;

/// One token a body asked for.
#[derive(Clone, Debug)]
pub enum Request {
    /// [`Tokens::type_token`].
    Type(Ty),
    /// [`Tokens::method`].
    Method(MethodRef),
    /// [`Tokens::field`].
    Field(FieldRef),
    /// [`Tokens::array_method`].
    ArrayMethod {
        array: Ty,
        name: &'static str,
        ret: Ty,
        params: Vec<Ty>,
    },
    /// A `#US` string (`ldstr`).
    UserString(Vec<u16>),
}

/// What the code generator asks for tokens: it records each request and answers with
/// the request's number.
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
        self.requests.push(r);
        Token(self.requests.len() as u32 - 1)
    }

    /// The requests since the last call, in the order they were made.
    pub fn take(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.requests)
    }

    /// A type as an instruction operand.
    pub fn type_token(&mut self, ty: &Ty) -> Token {
        self.ask(Request::Type(ty.clone()))
    }

    /// The token that calls a method.
    pub fn method(&mut self, r: &MethodRef) -> Token {
        self.ask(Request::Method(r.clone()))
    }

    /// The token of a field.
    pub fn field(&mut self, r: &FieldRef) -> Token {
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
        self.ask(Request::ArrayMethod {
            array: array.clone(),
            name,
            ret: ret.clone(),
            params: params.to_vec(),
        })
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
                Request::ArrayMethod {
                    array,
                    name,
                    ret,
                    params,
                } => self.array_method(array, name, ret, params),
                Request::UserString(units) => self.md.user_string_utf16(units),
            })
            .collect()
    }
}

/// Writes the real tokens over the provisional ones (request numbers) in the code and
/// the catch clauses. A provisional token without a request (a generator bug) is left
/// as it is.
pub fn patch(il: &mut EncodedIl, resolved: &[Token]) {
    let real = |t: Token| resolved.get(t.0 as usize).copied().unwrap_or(t);
    for &at in &il.token_offsets {
        let at = at as usize;
        let Some(bytes) = il.code.get_mut(at..at + 4) else {
            continue;
        };
        let provisional = Token(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]));
        bytes.copy_from_slice(&real(provisional).0.to_le_bytes());
    }
    for c in &mut il.clauses {
        if let ClauseKind::Catch(t) = c.kind {
            c.kind = ClauseKind::Catch(real(t));
        }
    }
}
