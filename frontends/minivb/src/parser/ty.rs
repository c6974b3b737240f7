//! Types: predefined keywords, qualified generic names `A.B(Of T, U)`, array specifiers
//! `()`/`(,)` and nullables `T?`; and generic parameter lists `(Of T As {Class, New})`.

use super::Parser;
use crate::syntax::{Constraint, Ident, PredefinedType, TypeKind, TypeParam, TypeSyntax};
use crate::token::TokenKind;
use frontend_core::diag::Code;
use frontend_core::source::TextRange;

/// The predefined type a keyword names.
pub(crate) fn predefined(k: TokenKind) -> Option<PredefinedType> {
    use PredefinedType as P;
    use TokenKind as K;
    Some(match k {
        K::Boolean => P::Boolean,
        K::Byte => P::Byte,
        K::SByte => P::SByte,
        K::Char => P::Char,
        K::Short => P::Short,
        K::UShort => P::UShort,
        K::Integer => P::Integer,
        K::UInteger => P::UInteger,
        K::Long => P::Long,
        K::ULong => P::ULong,
        K::Single => P::Single,
        K::Double => P::Double,
        K::Decimal => P::Decimal,
        K::String => P::String,
        K::Object => P::Object,
        K::Date => P::Date,
        _ => return None,
    })
}

/// The type a conversion keyword (`CInt`, `CStr`, …) converts to.
pub(crate) fn conversion_target(k: TokenKind) -> Option<PredefinedType> {
    use PredefinedType as P;
    use TokenKind as K;
    Some(match k {
        K::CBool => P::Boolean,
        K::CByte => P::Byte,
        K::CSByte => P::SByte,
        K::CChar => P::Char,
        K::CShort => P::Short,
        K::CUShort => P::UShort,
        K::CInt => P::Integer,
        K::CUInt => P::UInteger,
        K::CLng => P::Long,
        K::CULng => P::ULong,
        K::CSng => P::Single,
        K::CDbl => P::Double,
        K::CDec => P::Decimal,
        K::CStr => P::String,
        K::CObj => P::Object,
        K::CDate => P::Date,
        _ => return None,
    })
}

/// Wraps `element` in array specifiers of the given ranks (outermost first).
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

impl Parser<'_> {
    /// A full type: a name or keyword, then `?` and array specifiers.
    pub(crate) fn parse_type(&mut self) -> TypeSyntax {
        let start = self.start();
        let mut ty = self.type_name();
        if self.eat(TokenKind::Question) {
            ty = TypeSyntax {
                kind: TypeKind::Nullable(Box::new(ty)),
                range: self.since(start),
            };
        }
        let ranks = self.rank_specifiers();
        if ranks.is_empty() {
            return ty;
        }
        array_of(ty, &ranks, self.since(start))
    }

    /// `()`, `(,)`, … while they follow (an empty pair or commas only).
    pub(crate) fn rank_specifiers(&mut self) -> Vec<u32> {
        let mut ranks = Vec::new();
        while self.at(TokenKind::LParen) {
            let mut i = 1;
            while self.nth(i) == TokenKind::Comma {
                i += 1;
            }
            if self.nth(i) != TokenKind::RParen {
                break;
            }
            for _ in 0..=i {
                self.bump();
            }
            ranks.push(i as u32);
        }
        ranks
    }

    /// A type without array specifiers or `?`: a keyword or a qualified generic name.
    pub(crate) fn type_name(&mut self) -> TypeSyntax {
        let start = self.start();
        if let Some(p) = predefined(self.kind()) {
            self.bump();
            return TypeSyntax {
                kind: TypeKind::Predefined(p),
                range: self.since(start),
            };
        }
        if !self.at_ident() && !self.at(TokenKind::Global) {
            let at = self.missing_at();
            let code = if self.at_keyword() {
                Code::BC30180
            } else {
                Code::BC30182
            };
            self.error(code, at, &[]);
            if self.at_keyword() && !self.at(TokenKind::As) {
                self.bump();
            }
            return TypeSyntax {
                kind: TypeKind::Error,
                range: self.since(start),
            };
        }
        let mut qualifier: Option<Box<TypeSyntax>> = None;
        loop {
            let name = if self.at(TokenKind::Global) {
                let t = self.bump();
                Ident {
                    text: "Global".to_owned(),
                    type_char: None,
                    range: t.range,
                }
            } else {
                self.ident()
            };
            let args = self.type_args_if_any();
            let ty = TypeSyntax {
                kind: TypeKind::Named {
                    qualifier,
                    name,
                    args,
                },
                range: self.since(start),
            };
            if !self.eat(TokenKind::Dot) {
                return ty;
            }
            qualifier = Some(Box::new(ty));
        }
    }

    /// `(Of T, U)` when the cursor is at `(` `Of`; else nothing.
    pub(crate) fn type_args_if_any(&mut self) -> Vec<TypeSyntax> {
        if !(self.at(TokenKind::LParen) && self.nth(1) == TokenKind::Of) {
            return Vec::new();
        }
        self.bump();
        self.bump();
        let mut out = Vec::new();
        loop {
            out.push(self.parse_type());
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RParen);
        out
    }

    /// `(Of T As {Class, New, IFoo}, U As Structure)` when present.
    pub(crate) fn type_params(&mut self) -> Vec<TypeParam> {
        if !(self.at(TokenKind::LParen) && self.nth(1) == TokenKind::Of) {
            return Vec::new();
        }
        self.bump();
        self.bump();
        let mut out = Vec::new();
        loop {
            // Variance (`In`/`Out`) is accepted and not recorded.
            if self.at(TokenKind::In) || self.at_contextual("Out") {
                self.bump();
            }
            let name = self.ident();
            let mut constraints = Vec::new();
            if self.eat(TokenKind::As) {
                if self.eat(TokenKind::LBrace) {
                    loop {
                        constraints.push(self.constraint());
                        if !self.eat(TokenKind::Comma) {
                            break;
                        }
                    }
                    self.expect(TokenKind::RBrace);
                } else {
                    constraints.push(self.constraint());
                }
            }
            out.push(TypeParam { name, constraints });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RParen);
        out
    }

    fn constraint(&mut self) -> Constraint {
        match self.kind() {
            TokenKind::Class => {
                self.bump();
                Constraint::Class
            }
            TokenKind::Structure => {
                self.bump();
                Constraint::Structure
            }
            TokenKind::New => {
                self.bump();
                Constraint::New
            }
            _ if self.at_ident() || predefined(self.kind()).is_some() => {
                Constraint::Type(self.parse_type())
            }
            _ => {
                let at = self.missing_at();
                self.error(Code::BC32092, at, &[]);
                Constraint::Type(TypeSyntax {
                    kind: TypeKind::Error,
                    range: TextRange::empty(at.start),
                })
            }
        }
    }
}
