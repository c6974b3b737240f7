//! Parsing types as written: predefined keywords, qualified and generic names (`A.B<C>`,
//! `global::X`), then `?`, `*` and array rank specifiers.

use super::Parser;
use super::scan::{TypeScan, is_predefined_type};
use crate::syntax::{Ident, PredefinedType, TypeKind, TypeSyntax};
use crate::token::TokenKind;
use frontend_core::diag::Code;
use frontend_core::source::TextRange;

impl Parser<'_> {
    /// A type; reports CS1031 and returns an empty name when none starts here.
    pub(crate) fn parse_type(&mut self) -> TypeSyntax {
        self.parse_type_with(TypeScan::FULL, true)
    }

    /// A type; `arrays` says whether `[]` specifiers belong to it (not after `new T`,
    /// where `[n]` gives sizes).
    pub(crate) fn parse_type_with(&mut self, mode: TypeScan, arrays: bool) -> TypeSyntax {
        let start = self.start();
        let mut ty = self.parse_non_array_type();
        loop {
            match self.kind() {
                TokenKind::Question
                    if mode.nullable && !self.scan_question_is_conditional(self.pos) =>
                {
                    self.bump();
                    ty = TypeSyntax {
                        kind: TypeKind::Nullable(Box::new(ty)),
                        range: self.since(start),
                    };
                }
                TokenKind::Star if mode.pointer => {
                    self.bump();
                    ty = TypeSyntax {
                        kind: TypeKind::Pointer(Box::new(ty)),
                        range: self.since(start),
                    };
                }
                TokenKind::LBracket
                    if arrays && matches!(self.nth(1), TokenKind::Comma | TokenKind::RBracket) =>
                {
                    let mut ranks = Vec::new();
                    while self.at(TokenKind::LBracket)
                        && matches!(self.nth(1), TokenKind::Comma | TokenKind::RBracket)
                    {
                        ranks.push(self.rank_specifier());
                    }
                    ty = array_of(ty, &ranks, self.since(start));
                }
                _ => return ty,
            }
        }
    }

    /// `T?(…)` where only a type can stand (`operator T?(`, `new T?(`): the `?` that
    /// the conditional-expression scan left belongs to the type.
    pub(crate) fn nullable_before_paren(&mut self, ty: TypeSyntax, start: u32) -> TypeSyntax {
        if !(self.at(TokenKind::Question) && self.nth(1) == TokenKind::LParen) {
            return ty;
        }
        self.bump();
        TypeSyntax {
            kind: TypeKind::Nullable(Box::new(ty)),
            range: self.since(start),
        }
    }

    /// `[` `,`* `]`: the rank.
    pub(crate) fn rank_specifier(&mut self) -> u32 {
        self.bump();
        let mut rank = 1;
        while self.eat(TokenKind::Comma) {
            rank += 1;
        }
        self.expect(TokenKind::RBracket);
        rank
    }

    fn parse_non_array_type(&mut self) -> TypeSyntax {
        let start = self.start();
        if let Some(p) = predefined(self.kind()) {
            self.bump();
            return TypeSyntax {
                kind: TypeKind::Predefined(p),
                range: self.since(start),
            };
        }
        if !self.at(TokenKind::Ident) {
            let at = self.missing_at();
            self.error(Code::CS1031, at, &[]);
            return TypeSyntax {
                kind: TypeKind::Named {
                    qualifier: None,
                    name: Ident {
                        text: "".into(),
                        range: TextRange::empty(self.prev_end()),
                    },
                    args: Vec::new(),
                },
                range: TextRange::empty(self.prev_end()),
            };
        }
        let mut ty = self.named_part(None, start);
        if self.at(TokenKind::ColonColon) {
            // `alias::Name`: the alias becomes the qualifier.
            self.bump();
            ty = self.named_part(Some(ty), start);
        }
        while self.at(TokenKind::Dot) && self.nth(1) == TokenKind::Ident {
            self.bump();
            ty = self.named_part(Some(ty), start);
        }
        ty
    }

    fn named_part(&mut self, qualifier: Option<TypeSyntax>, start: u32) -> TypeSyntax {
        let name = self.ident();
        let args = if self.at(TokenKind::Lt) {
            self.type_args()
        } else {
            Vec::new()
        };
        TypeSyntax {
            kind: TypeKind::Named {
                qualifier: qualifier.map(Box::new),
                name,
                args,
            },
            range: self.since(start),
        }
    }

    /// `<` T (, T)* `>`, at a `<`.
    pub(crate) fn type_args(&mut self) -> Vec<TypeSyntax> {
        self.bump();
        let args = self.list(Self::parse_type, |p| p.eat(TokenKind::Comma));
        self.expect(TokenKind::Gt);
        args
    }

    /// `<T, U>` on a declaration: plain names (attributes and variance are not minics).
    /// A type declaration's `<in T, out U>`: the names and, when any is marked, each
    /// one's variance as GenericParamAttributes bits (1 covariant, 2 contravariant).
    pub(crate) fn variant_type_params(&mut self) -> (Vec<Ident>, Vec<u16>) {
        let mut names = Vec::new();
        let mut variance = Vec::new();
        if !self.eat(TokenKind::Lt) {
            return (names, variance);
        }
        loop {
            let v = if self.eat(TokenKind::Out) {
                1
            } else if self.eat(TokenKind::In) {
                2
            } else {
                0
            };
            variance.push(v);
            names.push(self.ident());
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::Gt);
        if variance.iter().all(|&v| v == 0) {
            variance.clear();
        }
        (names, variance)
    }

    pub(crate) fn type_params(&mut self) -> Vec<Ident> {
        let mut out = Vec::new();
        if !self.eat(TokenKind::Lt) {
            return out;
        }
        loop {
            out.push(self.ident());
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::Gt);
        out
    }
}

/// The array type `element[r0][r1]…`: the first specifier is the outermost array
/// (`int[][,]` is a one-dimensional array of `int[,]`).
pub(crate) fn array_of(element: TypeSyntax, ranks: &[u32], range: TextRange) -> TypeSyntax {
    let mut ty = element;
    for &rank in ranks.iter().rev() {
        ty = TypeSyntax {
            kind: TypeKind::Array {
                element: Box::new(ty),
                rank,
            },
            range,
        };
    }
    ty
}

/// The predefined type a keyword names.
pub(crate) fn predefined(k: TokenKind) -> Option<PredefinedType> {
    use PredefinedType as P;
    if !is_predefined_type(k) {
        return None;
    }
    Some(match k {
        TokenKind::Bool => P::Bool,
        TokenKind::Byte => P::Byte,
        TokenKind::Sbyte => P::Sbyte,
        TokenKind::Char => P::Char,
        TokenKind::Short => P::Short,
        TokenKind::Ushort => P::Ushort,
        TokenKind::Int => P::Int,
        TokenKind::Uint => P::Uint,
        TokenKind::Long => P::Long,
        TokenKind::Ulong => P::Ulong,
        TokenKind::Float => P::Float,
        TokenKind::Double => P::Double,
        TokenKind::Decimal => P::Decimal,
        TokenKind::String => P::String,
        TokenKind::Object => P::Object,
        _ => P::Void,
    })
}
