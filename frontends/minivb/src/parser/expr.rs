//! Expressions, by VB's precedence (loosest first): `Xor`; `Or`/`OrElse`; `And`/`AndAlso`;
//! `Not`; comparisons (`=`, `<>`, `<`, `>`, `<=`, `>=`, `Is`, `IsNot`, `Like`); shifts;
//! `&`; `+`/`-`; `Mod`; `\`; `*`/`/`; unary `-`/`+`; `^`. Binary levels go by precedence
//! climbing; primary expressions carry their postfix chain (`.name`, `?.name`, `(args)`).

use super::Parser;
use super::ty::{array_of, conversion_target, predefined};
use crate::syntax::{
    Argument, BinaryOp, CastKind, Expr, ExprKind, Initializer, LiteralKind, TypeKind, TypeSyntax,
    UnaryOp,
};
use crate::token::TokenKind;
use frontend_core::diag::Code;
use frontend_core::source::TextRange;

/// The precedence of `Not`; higher numbers bind tighter.
const NOT: u8 = 4;
/// The precedence of the comparison operators.
pub(crate) const RELATIONAL: u8 = 5;
/// The precedence of the shifts.
const SHIFT: u8 = 6;
/// The precedence of unary `-` and `+`.
const NEGATE: u8 = 12;

impl Parser<'_> {
    pub(crate) fn mk(&self, kind: ExprKind, start: u32) -> Expr {
        Expr {
            kind,
            range: self.since(start),
        }
    }

    /// A full expression.
    pub(crate) fn expr(&mut self) -> Expr {
        self.binary(0)
    }

    /// An expression whose operators bind at least as tightly as `min`.
    pub(crate) fn binary(&mut self, min: u8) -> Expr {
        let start = self.start();
        if !self.enter() {
            return self.mk(ExprKind::Error, start);
        }
        let mut left = self.prefix();
        while let Some((op, prec)) = self.binop() {
            if prec < min {
                break;
            }
            self.bump();
            // Every binary operator associates to the left (`^` too).
            let right = self.binary(prec + 1);
            left = self.mk(
                ExprKind::Binary {
                    op,
                    left: Box::new(left),
                    right: Box::new(right),
                },
                start,
            );
        }
        self.depth -= 1;
        left
    }

    /// The binary operator at the cursor and its precedence.
    fn binop(&self) -> Option<(BinaryOp, u8)> {
        use BinaryOp as B;
        use TokenKind as K;
        Some(match self.kind() {
            K::Xor => (B::Xor, 1),
            K::Or => (B::Or, 2),
            K::OrElse => (B::OrElse, 2),
            K::And => (B::And, 3),
            K::AndAlso => (B::AndAlso, 3),
            K::Eq => (B::Eq, RELATIONAL),
            K::LtGt => (B::Ne, RELATIONAL),
            K::Lt => (B::Lt, RELATIONAL),
            K::Gt => (B::Gt, RELATIONAL),
            K::LtEq => (B::Le, RELATIONAL),
            K::GtEq => (B::Ge, RELATIONAL),
            K::Is => (B::Is, RELATIONAL),
            K::IsNot => (B::IsNot, RELATIONAL),
            K::Like => (B::Like, RELATIONAL),
            K::LtLt => (B::Shl, SHIFT),
            K::GtGt => (B::Shr, SHIFT),
            K::Amp => (B::Concat, 7),
            K::Plus => (B::Add, 8),
            K::Minus => (B::Sub, 8),
            K::Mod => (B::Mod, 9),
            K::Backslash => (B::IntDiv, 10),
            K::Star => (B::Mul, 11),
            K::Slash => (B::Div, 11),
            K::Caret => (B::Pow, 13),
            _ => return None,
        })
    }

    /// `Not`, unary `-`/`+` (each over the operand of its own precedence), or a primary
    /// expression with its postfix chain.
    fn prefix(&mut self) -> Expr {
        let start = self.start();
        let (op, level) = match self.kind() {
            TokenKind::Not => (UnaryOp::Not, NOT),
            TokenKind::Minus => (UnaryOp::Minus, NEGATE),
            TokenKind::Plus => (UnaryOp::Plus, NEGATE),
            _ => {
                let e = self.primary();
                return self.postfix(e, start);
            }
        };
        self.bump();
        let operand = self.binary(level);
        self.mk(
            ExprKind::Unary {
                op,
                operand: Box::new(operand),
            },
            start,
        )
    }

    /// A primary expression and its postfix chain, without binary operators (the target
    /// of an assignment, the operand of `AddressOf`).
    pub(crate) fn postfix_expr(&mut self) -> Expr {
        let start = self.start();
        if !self.enter() {
            return self.mk(ExprKind::Error, start);
        }
        let e = self.primary();
        let e = self.postfix(e, start);
        self.depth -= 1;
        e
    }

    fn postfix(&mut self, mut e: Expr, start: u32) -> Expr {
        use TokenKind as K;
        loop {
            let kind = match self.kind() {
                K::Dot => {
                    self.bump();
                    let name = self.member_name();
                    let type_args = self.type_args_if_any();
                    ExprKind::Member {
                        target: Some(Box::new(e)),
                        name,
                        type_args,
                    }
                }
                K::QuestionDot => {
                    self.bump();
                    let name = self.member_name();
                    ExprKind::ConditionalMember {
                        target: Box::new(e),
                        name,
                    }
                }
                K::LParen => ExprKind::Invocation {
                    target: Box::new(e),
                    args: self.args(),
                },
                _ => return e,
            };
            e = self.mk(kind, start);
        }
    }

    /// A name after `.`: any identifier, and keywords too (`x.Type`, `e.Error`).
    fn member_name(&mut self) -> crate::syntax::Ident {
        if self.at_keyword() {
            let t = self.bump();
            return super::ident_of(self.text_of(t), t.range);
        }
        self.ident()
    }

    fn primary(&mut self) -> Expr {
        let start = self.start();
        use TokenKind as K;
        let lit = |k| Some(ExprKind::Literal(k));
        let simple = match self.kind() {
            K::IntLiteral => lit(LiteralKind::Int),
            K::RealLiteral => lit(LiteralKind::Real),
            K::CharLiteral => lit(LiteralKind::Char),
            K::StringLiteral => lit(LiteralKind::String),
            K::True => lit(LiteralKind::True),
            K::False => lit(LiteralKind::False),
            K::Nothing => lit(LiteralKind::Nothing),
            K::Me => Some(ExprKind::Me),
            K::MyBase => Some(ExprKind::MyBase),
            K::MyClass => Some(ExprKind::MyClass),
            _ => None,
        };
        if let Some(kind) = simple {
            self.bump();
            return self.mk(kind, start);
        }
        if let Some(p) = predefined(self.kind()) {
            let t = self.bump();
            let ty = TypeSyntax {
                kind: TypeKind::Predefined(p),
                range: t.range,
            };
            return self.mk(ExprKind::PredefinedType(ty), start);
        }
        if let Some(p) = conversion_target(self.kind()) {
            let t = self.bump();
            self.expect(K::LParen);
            let operand = self.expr();
            self.expect(K::RParen);
            let ty = TypeSyntax {
                kind: TypeKind::Predefined(p),
                range: t.range,
            };
            return self.mk(
                ExprKind::Convert {
                    ty,
                    operand: Box::new(operand),
                },
                start,
            );
        }
        match self.kind() {
            K::Ident | K::BracketedIdent | K::Global => {
                if self.at_contextual("Iterator") && self.nth(1) == K::Function {
                    return self.lambda();
                }
                let name = if self.at(K::Global) {
                    let t = self.bump();
                    super::ident_of("Global", t.range)
                } else {
                    self.ident()
                };
                let type_args = self.type_args_if_any();
                self.mk(ExprKind::Name { name, type_args }, start)
            }
            K::InterpolatedString => self.interpolated(),
            K::Dot => {
                // `.Name` inside `With` or an object initializer.
                self.bump();
                let name = self.member_name();
                let type_args = self.type_args_if_any();
                self.mk(
                    ExprKind::Member {
                        target: None,
                        name,
                        type_args,
                    },
                    start,
                )
            }
            K::LParen => {
                self.bump();
                let e = self.expr();
                self.expect(K::RParen);
                self.mk(ExprKind::Parenthesized(Box::new(e)), start)
            }
            K::LBrace => {
                let items = self.brace_list();
                self.mk(ExprKind::ArrayLiteral(items), start)
            }
            K::New => self.new_expr(),
            K::CType | K::DirectCast | K::TryCast => {
                let kind = match self.bump().kind {
                    K::CType => CastKind::CType,
                    K::DirectCast => CastKind::DirectCast,
                    _ => CastKind::TryCast,
                };
                self.expect(K::LParen);
                let operand = self.expr();
                let ty = if self.expect_comma() {
                    let ty = self.parse_type();
                    self.close_list();
                    ty
                } else {
                    self.skip_to_close_paren();
                    self.error_type()
                };
                self.mk(
                    ExprKind::Cast {
                        kind,
                        operand: Box::new(operand),
                        ty,
                    },
                    start,
                )
            }
            K::GetType => {
                self.bump();
                self.expect(K::LParen);
                let ty = self.parse_type();
                self.expect(K::RParen);
                self.mk(ExprKind::GetType(ty), start)
            }
            K::NameOf => {
                self.bump();
                self.expect(K::LParen);
                let e = self.expr();
                self.expect(K::RParen);
                self.mk(ExprKind::NameOf(Box::new(e)), start)
            }
            K::AddressOf => {
                self.bump();
                let e = self.postfix_expr();
                self.mk(ExprKind::AddressOf(Box::new(e)), start)
            }
            K::TypeOf => {
                self.bump();
                let operand = self.binary(SHIFT);
                let is_not = self.at(K::IsNot);
                if !self.eat(K::Is) && !self.eat(K::IsNot) {
                    let at = self.missing_at();
                    self.error(Code::BC30224, at, &[]);
                }
                let ty = self.parse_type();
                self.mk(
                    ExprKind::TypeOf {
                        operand: Box::new(operand),
                        is_not,
                        ty,
                    },
                    start,
                )
            }
            K::If => self.if_operator(),
            K::Function | K::Sub => self.lambda(),
            _ => {
                let at = self.missing_at();
                self.error(Code::BC30201, at, &[]);
                Expr {
                    kind: ExprKind::Error,
                    range: TextRange::empty(at.start),
                }
            }
        }
    }

    /// Consumes a `,` or reports BC32017 (as Roslyn does inside argument-like lists).
    fn expect_comma(&mut self) -> bool {
        if self.eat(TokenKind::Comma) {
            return true;
        }
        let at = self.missing_at();
        self.error(Code::BC32017, at, &[]);
        false
    }

    fn error_type(&self) -> TypeSyntax {
        TypeSyntax {
            kind: TypeKind::Error,
            range: TextRange::empty(self.prev_end()),
        }
    }

    /// `If(c, a, b)` or `If(a, b)`.
    fn if_operator(&mut self) -> Expr {
        let start = self.start();
        self.bump();
        self.expect(TokenKind::LParen);
        let first = self.expr();
        self.expect_comma();
        let second = self.expr();
        let kind = if self.eat(TokenKind::Comma) {
            let third = self.expr();
            ExprKind::Ternary {
                condition: Box::new(first),
                then: Box::new(second),
                otherwise: Box::new(third),
            }
        } else {
            ExprKind::Coalesce {
                left: Box::new(first),
                right: Box::new(second),
            }
        };
        self.close_list();
        self.mk(kind, start)
    }

    /// After an error inside parentheses: skips to the matching `)` (consumed) or the end
    /// of the line, reporting nothing more.
    fn skip_to_close_paren(&mut self) {
        let mut depth = 0u32;
        while !self.at_eos() {
            match self.bump().kind {
                TokenKind::LParen => depth += 1,
                TokenKind::RParen if depth == 0 => return,
                TokenKind::RParen => depth -= 1,
                _ => {}
            }
        }
    }

    /// `)` closing an argument-like list: BC30198 at the end of the line, BC32017 before
    /// anything else (which is skipped up to the `)`).
    fn close_list(&mut self) {
        if self.eat(TokenKind::RParen) {
            return;
        }
        if self.at_eos() {
            let at = self.missing_at();
            self.error(Code::BC30198, at, &[]);
            return;
        }
        let r = self.range();
        self.error(Code::BC32017, r, &[]);
        self.skip_to_close_paren();
    }

    /// `(args)`: positional, named (`Name:=value`) and omitted arguments.
    pub(crate) fn args(&mut self) -> Vec<Argument> {
        self.expect(TokenKind::LParen);
        let mut out = Vec::new();
        if self.eat(TokenKind::RParen) {
            return out;
        }
        loop {
            let start = self.start();
            let name = (self.at_ident() && self.nth(1) == TokenKind::ColonEq).then(|| {
                let n = self.ident();
                self.bump();
                n
            });
            let value = if matches!(self.kind(), TokenKind::Comma | TokenKind::RParen) {
                self.mk(ExprKind::Omitted, start)
            } else {
                self.expr()
            };
            out.push(Argument { name, value });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.close_list();
        out
    }

    /// `{a, b, {c}}` (possibly empty).
    pub(crate) fn brace_list(&mut self) -> Vec<Expr> {
        let mut out = Vec::new();
        if !self.expect(TokenKind::LBrace) {
            return out;
        }
        while !self.at(TokenKind::RBrace) && !self.at_eos() {
            let before = self.pos;
            out.push(self.expr());
            if !self.eat(TokenKind::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(TokenKind::RBrace);
        out
    }

    /// After `New`: an object creation (with `With {…}` or `From {…}`) or an array
    /// creation (`New T(n) {}`, `New T() {1, 2}`).
    pub(crate) fn new_expr(&mut self) -> Expr {
        let start = self.start();
        use TokenKind as K;
        self.bump();
        let ty_start = self.start();
        let element = self.type_name();
        if self.at(K::LParen) && self.is_array_creation() {
            self.bump();
            let mut sizes = Vec::new();
            let mut rank = 1;
            while self.eat(K::Comma) {
                rank += 1;
            }
            if !self.at(K::RParen) {
                loop {
                    sizes.push(self.expr());
                    if !self.eat(K::Comma) {
                        break;
                    }
                }
                rank = sizes.len() as u32;
            }
            self.expect(K::RParen);
            let mut ranks = vec![rank];
            ranks.extend(self.rank_specifiers());
            let ty = array_of(element, &ranks, self.since(ty_start));
            let initializer = self.brace_list();
            return self.mk(
                ExprKind::NewArray {
                    ty,
                    sizes,
                    initializer,
                },
                start,
            );
        }
        let args = if self.at(K::LParen) {
            self.args()
        } else {
            Vec::new()
        };
        let initializer = if self.eat(K::With) {
            Some(self.object_initializer())
        } else if self.at_contextual("From") {
            self.bump();
            Some(Initializer::Collection(self.brace_list()))
        } else {
            None
        };
        self.mk(
            ExprKind::New {
                ty: element,
                args,
                initializer,
            },
            start,
        )
    }

    /// At `(` after `New T`: whether the parenthesised part and any rank specifiers after
    /// it are followed by `{` (then it is an array creation).
    fn is_array_creation(&self) -> bool {
        let mut i = 0;
        let mut depth = 0u32;
        loop {
            match self.nth(i) {
                TokenKind::LParen => depth += 1,
                TokenKind::RParen => {
                    depth -= 1;
                    if depth == 0 && self.nth(i + 1) != TokenKind::LParen {
                        return self.nth(i + 1) == TokenKind::LBrace;
                    }
                }
                TokenKind::Newline | TokenKind::Eof => return false,
                _ => {}
            }
            i += 1;
        }
    }

    /// `{.A = 1, .B = 2}` after `With`.
    fn object_initializer(&mut self) -> Initializer {
        let mut members = Vec::new();
        if !self.expect(TokenKind::LBrace) {
            return Initializer::Object(members);
        }
        loop {
            if !self.eat(TokenKind::Dot) {
                let at = self.missing_at();
                self.error(Code::BC30203, at, &[]);
                break;
            }
            let name = self.member_name();
            self.expect(TokenKind::Eq);
            members.push((name, self.expr()));
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RBrace);
        Initializer::Object(members)
    }
}
