//! Attribute blocks (`<A(1), B>`) and parameter lists (`(ByVal a As Integer, Optional b
//! As String = "", ParamArray c() As Object)`), shared by declarations and lambdas.

use super::Parser;
use crate::syntax::{Attribute, AttributeBlock, ParamModifier, Parameter};
use crate::token::TokenKind as K;

impl Parser<'_> {
    /// `<A(1), B>` blocks (each may be followed by more on the same logical line).
    pub(crate) fn attribute_blocks(&mut self) -> Vec<AttributeBlock> {
        let mut out = Vec::new();
        while self.at(K::Lt) {
            out.push(self.attribute_block());
        }
        out
    }

    /// One `<A(1), B>` block.
    pub(crate) fn attribute_block(&mut self) -> AttributeBlock {
        let start = self.start();
        self.bump();
        let mut attributes = Vec::new();
        loop {
            let a_start = self.start();
            let target = ((self.at_contextual("Assembly") || self.at(K::Module))
                && self.nth(1) == K::Colon)
                .then(|| {
                    let t = self.bump();
                    self.bump();
                    super::ident_of(self.text_of(t), t.range)
                });
            let name = self.type_name();
            let args = if self.at(K::LParen) {
                self.args()
            } else {
                Vec::new()
            };
            attributes.push(Attribute {
                target,
                name,
                args,
                range: self.since(a_start),
            });
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::Gt);
        AttributeBlock {
            attributes,
            range: self.since(start),
        }
    }

    pub(crate) fn params_if_any(&mut self) -> Vec<Parameter> {
        if self.at(K::LParen) {
            return self.params();
        }
        Vec::new()
    }

    /// `(ByVal a As Integer, Optional b As String = "", ParamArray c() As Object)`.
    pub(crate) fn params(&mut self) -> Vec<Parameter> {
        let mut out = Vec::new();
        self.expect(K::LParen);
        if self.eat(K::RParen) {
            return out;
        }
        loop {
            let start = self.start();
            let attributes = self.attribute_blocks();
            let mut modifiers = Vec::new();
            loop {
                let m = match self.kind() {
                    K::ByVal => ParamModifier::ByVal,
                    K::ByRef => ParamModifier::ByRef,
                    K::Optional => ParamModifier::Optional,
                    K::ParamArray => ParamModifier::ParamArray,
                    _ => break,
                };
                self.bump();
                modifiers.push(m);
            }
            let name = self.modified_ident();
            let ty = self.eat(K::As).then(|| self.parse_type());
            let default = self.eat(K::Eq).then(|| self.expr());
            out.push(Parameter {
                attributes,
                modifiers,
                name,
                ty,
                default,
                range: self.since(start),
            });
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::RParen);
        out
    }
}
