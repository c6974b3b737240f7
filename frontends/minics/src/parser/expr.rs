//! Expressions, by C#'s precedence: assignment and lambdas, `?:`, `??`, the binary levels
//! (by precedence climbing), `is`/`as`, unary operators and casts, then primary
//! expressions with their postfix chain (member access, `?.`, calls, indexing, `++`).

use super::Parser;
use super::scan::{TypeScan, is_literal, is_predefined_type};
use super::ty::{array_of, predefined};
use crate::syntax::{
    ArgModifier, Argument, BinaryOp, Expr, ExprKind, Initializer, LambdaBody, LambdaParam,
    LiteralKind, PostfixOp, TypeKind, TypeSyntax, UnaryOp,
};
use crate::token::TokenKind;
use frontend_core::diag::Code;

/// The precedence of `??`; higher numbers bind tighter.
const COALESCE: u8 = 1;
/// The precedence of relational and type-testing operators.
const RELATIONAL: u8 = 8;
/// The precedence of shifts.
const SHIFT: u8 = 9;

impl Parser<'_> {
    fn mk(&self, kind: ExprKind, start: u32) -> Expr {
        Expr {
            kind,
            range: self.since(start),
        }
    }

    /// A full expression: assignment, lambda, `throw`, or a conditional expression.
    pub(crate) fn expr(&mut self) -> Expr {
        let start = self.start();
        if !self.enter() {
            return self.mk(ExprKind::Error, start);
        }
        let e = self.expr_inner(start);
        self.depth -= 1;
        e
    }

    #[inline(always)]
    fn expr_inner(&mut self, start: u32) -> Expr {
        if self.at_lambda() {
            return self.lambda();
        }
        if self.eat(TokenKind::Throw) {
            let e = self.expr();
            return self.mk(ExprKind::Throw(Box::new(e)), start);
        }
        let lhs = self.conditional();
        let Some((op, n)) = self.assign_op() else {
            return lhs;
        };
        for _ in 0..n {
            self.bump();
        }
        let value = self.expr();
        self.mk(
            ExprKind::Assign {
                op,
                target: Box::new(lhs),
                value: Box::new(value),
            },
            start,
        )
    }

    fn assign_op(&self) -> Option<(Option<BinaryOp>, usize)> {
        use TokenKind::*;
        let op = match self.kind() {
            Eq => None,
            PlusEq => Some(BinaryOp::Add),
            MinusEq => Some(BinaryOp::Sub),
            StarEq => Some(BinaryOp::Mul),
            SlashEq => Some(BinaryOp::Div),
            PercentEq => Some(BinaryOp::Rem),
            AmpEq => Some(BinaryOp::BitAnd),
            PipeEq => Some(BinaryOp::BitOr),
            CaretEq => Some(BinaryOp::BitXor),
            LtLtEq => Some(BinaryOp::Shl),
            Gt if self.nth(1) == GtEq && self.joined(0) => return Some((Some(BinaryOp::Shr), 2)),
            _ => return None,
        };
        Some((op, 1))
    }

    fn conditional(&mut self) -> Expr {
        let start = self.start();
        let c = self.binary(COALESCE);
        if !self.at(TokenKind::Question) {
            return c;
        }
        self.bump();
        let then = self.expr();
        self.expect(TokenKind::Colon);
        let otherwise = self.expr();
        self.mk(
            ExprKind::Conditional {
                condition: Box::new(c),
                then: Box::new(then),
                otherwise: Box::new(otherwise),
            },
            start,
        )
    }

    /// The binary operator at the cursor: the operator, its precedence, its token count.
    fn binop(&self) -> Option<(BinaryOp, u8, usize)> {
        use BinaryOp as B;
        use TokenKind::*;
        Some(match self.kind() {
            QuestionQuestion => (B::Coalesce, COALESCE, 1),
            PipePipe => (B::Or, 2, 1),
            AmpAmp => (B::And, 3, 1),
            Pipe => (B::BitOr, 4, 1),
            Caret => (B::BitXor, 5, 1),
            Amp => (B::BitAnd, 6, 1),
            EqEq => (B::Eq, 7, 1),
            BangEq => (B::Ne, 7, 1),
            Lt => (B::Lt, RELATIONAL, 1),
            LtEq => (B::Le, RELATIONAL, 1),
            GtEq => (B::Ge, RELATIONAL, 1),
            Gt if self.joined(0) && self.nth(1) == Gt => (B::Shr, SHIFT, 2),
            Gt if self.joined(0) && self.nth(1) == GtEq => return None,
            Gt => (B::Gt, RELATIONAL, 1),
            LtLt => (B::Shl, SHIFT, 1),
            Plus => (B::Add, 10, 1),
            Minus => (B::Sub, 10, 1),
            Star => (B::Mul, 11, 1),
            Slash => (B::Div, 11, 1),
            Percent => (B::Rem, 11, 1),
            _ => return None,
        })
    }

    fn binary(&mut self, min: u8) -> Expr {
        let start = self.start();
        let mut left = self.unary();
        let mut links = 0;
        loop {
            if !self.link(&mut links) {
                break;
            }
            if min <= RELATIONAL && self.at(TokenKind::Is) {
                self.bump();
                left = self.is_rest(left, start);
                continue;
            }
            if min <= RELATIONAL && self.at(TokenKind::As) {
                self.bump();
                let ty = self.parse_type();
                left = self.mk(
                    ExprKind::As {
                        operand: Box::new(left),
                        ty: Box::new(ty),
                    },
                    start,
                );
                continue;
            }
            let Some((op, prec, n)) = self.binop() else {
                break;
            };
            if prec < min {
                break;
            }
            for _ in 0..n {
                self.bump();
            }
            // `??` is right-associative; the rest associate to the left.
            let right = if op == BinaryOp::Coalesce && self.at(TokenKind::Throw) {
                self.expr()
            } else {
                self.binary(if op == BinaryOp::Coalesce {
                    prec
                } else {
                    prec + 1
                })
            };
            left = self.mk(
                ExprKind::Binary {
                    op,
                    left: Box::new(left),
                    right: Box::new(right),
                },
                start,
            );
        }
        left
    }

    /// After `is`: a constant pattern (`is 3`, `is null`) or a type with an optional
    /// designation (`is T`, `is T x`).
    fn is_rest(&mut self, operand: Expr, start: u32) -> Expr {
        let constant = is_literal(self.kind()) || self.at(TokenKind::Minus);
        if constant {
            let value = self.binary(SHIFT);
            return self.mk(
                ExprKind::IsConstant {
                    operand: Box::new(operand),
                    value: Box::new(value),
                },
                start,
            );
        }
        let ty = self.parse_type();
        let designation = self.at(TokenKind::Ident).then(|| self.ident());
        self.mk(
            ExprKind::Is {
                operand: Box::new(operand),
                ty: Box::new(ty),
                designation,
            },
            start,
        )
    }

    fn unary(&mut self) -> Expr {
        let start = self.start();
        if !self.enter() {
            return self.mk(ExprKind::Error, start);
        }
        let e = self.unary_inner(start);
        self.depth -= 1;
        e
    }

    fn unary_inner(&mut self, start: u32) -> Expr {
        use TokenKind::*;
        let op = match self.kind() {
            Plus => UnaryOp::Plus,
            Minus => UnaryOp::Minus,
            Bang => UnaryOp::Not,
            Tilde => UnaryOp::Complement,
            PlusPlus => UnaryOp::PreIncrement,
            MinusMinus => UnaryOp::PreDecrement,
            Star => UnaryOp::Deref,
            Amp => UnaryOp::AddressOf,
            LParen if self.at_cast() => {
                self.bump();
                let ty = self.parse_type();
                self.expect(RParen);
                let operand = self.unary();
                return self.mk(
                    ExprKind::Cast {
                        ty: Box::new(ty),
                        operand: Box::new(operand),
                    },
                    start,
                );
            }
            _ => {
                let e = self.primary();
                return self.postfix(e, start);
            }
        };
        self.bump();
        let operand = self.unary();
        self.mk(
            ExprKind::Unary {
                op,
                operand: Box::new(operand),
            },
            start,
        )
    }

    fn postfix(&mut self, mut e: Expr, start: u32) -> Expr {
        use TokenKind::*;
        let mut links = 0;
        loop {
            if !self.link(&mut links) {
                return e;
            }
            let kind = match self.kind() {
                Dot => {
                    self.bump();
                    let name = self.ident();
                    let type_args = self.generic_args_here();
                    ExprKind::Member {
                        target: Box::new(e),
                        name,
                        type_args,
                    }
                }
                QuestionDot => {
                    self.bump();
                    let name = self.ident();
                    ExprKind::ConditionalMember {
                        target: Box::new(e),
                        name,
                    }
                }
                Question if self.nth(1) == LBracket => {
                    self.bump();
                    let args = self.args(LBracket, RBracket);
                    ExprKind::ConditionalElement {
                        target: Box::new(e),
                        args,
                    }
                }
                Arrow => {
                    self.bump();
                    let name = self.ident();
                    ExprKind::PointerMember {
                        target: Box::new(e),
                        name,
                    }
                }
                LParen => ExprKind::Invocation {
                    target: Box::new(e),
                    args: self.args(LParen, RParen),
                },
                LBracket => ExprKind::ElementAccess {
                    target: Box::new(e),
                    args: self.args(LBracket, RBracket),
                },
                PlusPlus | MinusMinus => {
                    let op = if self.bump().kind == PlusPlus {
                        PostfixOp::Increment
                    } else {
                        PostfixOp::Decrement
                    };
                    ExprKind::Postfix {
                        op,
                        operand: Box::new(e),
                    }
                }
                _ => return e,
            };
            e = self.mk(kind, start);
        }
    }

    /// Type arguments after a name in an expression, when C#'s rule says `<` opens them.
    fn generic_args_here(&mut self) -> Vec<TypeSyntax> {
        if self.at(TokenKind::Lt) && self.is_generic_args(self.pos) {
            return self.type_args();
        }
        Vec::new()
    }

    fn primary(&mut self) -> Expr {
        let start = self.start();
        use TokenKind::*;
        let lit = |k| Some(ExprKind::Literal(k));
        let simple = match self.kind() {
            IntLiteral => lit(LiteralKind::Int),
            RealLiteral => lit(LiteralKind::Real),
            CharLiteral => lit(LiteralKind::Char),
            StringLiteral => lit(LiteralKind::String),
            VerbatimStringLiteral => lit(LiteralKind::VerbatimString),
            True => lit(LiteralKind::True),
            False => lit(LiteralKind::False),
            Null => lit(LiteralKind::Null),
            This => Some(ExprKind::This),
            Base => Some(ExprKind::Base),
            _ => None,
        };
        if let Some(kind) = simple {
            self.bump();
            return self.mk(kind, start);
        }
        match self.kind() {
            InterpolatedString => self.interpolated(),
            Ident if self.nth(1) == LParen && self.spelled(self.cur, "nameof") => {
                self.bump();
                self.bump();
                let e = self.expr();
                self.expect(RParen);
                self.mk(ExprKind::Nameof(Box::new(e)), start)
            }
            Ident => {
                let name = self.ident();
                let type_args = self.generic_args_here();
                self.mk(ExprKind::Name { name, type_args }, start)
            }
            k if is_predefined_type(k) && self.nth(1) == Dot => {
                let t = self.bump();
                let ty = TypeSyntax {
                    kind: TypeKind::Predefined(
                        predefined(k).unwrap_or(crate::syntax::PredefinedType::Object),
                    ),
                    range: t.range,
                };
                self.mk(ExprKind::PredefinedType(Box::new(ty)), start)
            }
            LParen => {
                self.bump();
                let e = self.expr();
                self.expect(RParen);
                self.mk(ExprKind::Parenthesized(Box::new(e)), start)
            }
            New => self.new_expr(),
            Typeof | Sizeof => {
                let is_typeof = self.bump().kind == Typeof;
                self.expect(LParen);
                let ty = self.parse_type();
                self.expect(RParen);
                let kind = if is_typeof {
                    ExprKind::Typeof(Box::new(ty))
                } else {
                    ExprKind::Sizeof(Box::new(ty))
                };
                self.mk(kind, start)
            }
            Default => {
                self.bump();
                if !self.eat(LParen) {
                    return self.mk(ExprKind::Default(None), start);
                }
                let ty = self.parse_type();
                self.expect(RParen);
                self.mk(ExprKind::Default(Some(Box::new(ty))), start)
            }
            Checked | Unchecked => {
                let checked = self.bump().kind == Checked;
                self.expect(LParen);
                let e = Box::new(self.expr());
                self.expect(RParen);
                let kind = if checked {
                    ExprKind::Checked(e)
                } else {
                    ExprKind::Unchecked(e)
                };
                self.mk(kind, start)
            }
            Delegate => self.anonymous_method(),
            Stackalloc => {
                self.bump();
                let element = self.parse_type_with(TypeScan::FULL, false);
                self.expect(LBracket);
                let size = self.expr();
                self.expect(RBracket);
                self.mk(
                    ExprKind::StackAlloc {
                        element: Box::new(element),
                        size: Box::new(size),
                    },
                    start,
                )
            }
            _ => self.invalid_term(),
        }
    }

    /// CS1525 at a token that cannot start an expression; consumes it unless it closes
    /// or separates something an enclosing rule is waiting for.
    fn invalid_term(&mut self) -> Expr {
        use TokenKind::*;
        let r = self.range();
        if self.at(Eof) {
            let at = self.missing_at();
            self.error(Code::CS1733, at, &[]);
        } else {
            let text = self.cur_text();
            self.error(Code::CS1525, r, &[text]);
        }
        let keep = matches!(
            self.kind(),
            Semicolon | RParen | RBracket | RBrace | LBrace | Comma | Colon | Eof
        ) || self.kind().is_keyword() && !is_predefined_type(self.kind());
        if !keep {
            self.bump();
        }
        Expr {
            kind: ExprKind::Error,
            range: if keep {
                frontend_core::source::TextRange::empty(r.start)
            } else {
                r
            },
        }
    }

    /// `(args)` or `[args]`: optional `name:`, `ref`/`out`, and `out var x` declarations.
    pub(crate) fn args(&mut self, open: TokenKind, close: TokenKind) -> Vec<Argument> {
        self.expect(open);
        if self.eat(close) {
            return Vec::new();
        }
        let out = self.list(Self::argument, |p| p.eat(TokenKind::Comma));
        self.expect(close);
        out
    }

    fn argument(&mut self) -> Argument {
        let name = (self.at(TokenKind::Ident) && self.nth(1) == TokenKind::Colon).then(|| {
            let n = self.ident();
            self.bump();
            n
        });
        let modifier = match self.kind() {
            TokenKind::Ref => ArgModifier::Ref,
            TokenKind::Out => ArgModifier::Out,
            _ => ArgModifier::None,
        };
        if modifier != ArgModifier::None {
            self.bump();
        }
        let start = self.start();
        if modifier == ArgModifier::Out
            && let Some(end) = self.scan_type(self.pos, TypeScan::FULL)
            && self.tok(end).kind == TokenKind::Ident
            && matches!(self.tok(end + 1).kind, TokenKind::Comma | TokenKind::RParen)
        {
            let ty = self.parse_type();
            let name_ = self.ident();
            let value = self.mk(
                ExprKind::OutVar {
                    ty: Box::new(ty),
                    name: name_,
                },
                start,
            );
            return Argument {
                name,
                modifier,
                value,
            };
        }
        let value = self.expr();
        Argument {
            name,
            modifier,
            value,
        }
    }

    fn new_expr(&mut self) -> Expr {
        let start = self.start();
        use TokenKind::*;
        self.bump();
        if self.at(LBracket) {
            self.rank_specifier();
            let initializer = self.array_initializer();
            return self.mk(ExprKind::NewImplicitArray { initializer }, start);
        }
        let ty_start = self.start();
        let element = self.parse_type_with(
            TypeScan {
                nullable: true,
                pointer: false,
            },
            false,
        );
        let element = self.nullable_before_paren(element, ty_start);
        if self.at(LBracket) {
            let mut sizes = Vec::new();
            let mut ranks = Vec::new();
            if !matches!(self.nth(1), Comma | RBracket) {
                self.bump();
                loop {
                    sizes.push(self.expr());
                    if !self.eat(Comma) {
                        break;
                    }
                }
                self.expect(RBracket);
                ranks.push(sizes.len() as u32);
            }
            while self.at(LBracket) && matches!(self.nth(1), Comma | RBracket) {
                ranks.push(self.rank_specifier());
            }
            let ty = array_of(element, &ranks, self.since(ty_start));
            if sizes.is_empty() && !self.at(LBrace) {
                let at = self.missing_at();
                self.error(Code::CS1586, at, &[]);
            }
            let initializer = self.at(LBrace).then(|| self.array_initializer());
            return self.mk(
                ExprKind::NewArray {
                    ty: Box::new(ty),
                    sizes,
                    initializer,
                },
                start,
            );
        }
        let has_args = self.at(LParen);
        let args = if has_args {
            self.args(LParen, RParen)
        } else {
            Vec::new()
        };
        let initializer = self.at(LBrace).then(|| self.object_initializer());
        if !has_args && initializer.is_none() {
            let at = self.missing_at();
            self.error(Code::CS1526, at, &[]);
        }
        self.mk(
            ExprKind::New {
                ty: Box::new(element),
                args,
                initializer,
            },
            start,
        )
    }

    /// `{ a, b, { c } }` (elements may be nested initializers).
    pub(crate) fn array_initializer(&mut self) -> Vec<Expr> {
        let mut out = Vec::new();
        if !self.expect(TokenKind::LBrace) {
            return out;
        }
        while !self.at(TokenKind::RBrace) && !self.at(TokenKind::Eof) {
            let before = self.pos;
            out.push(self.variable_initializer());
            if !self.eat(TokenKind::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(TokenKind::RBrace);
        out
    }

    /// An expression, or `{ … }` where an array initializer may stand.
    pub(crate) fn variable_initializer(&mut self) -> Expr {
        if !self.at(TokenKind::LBrace) {
            return self.expr();
        }
        let start = self.start();
        let items = self.array_initializer();
        self.mk(ExprKind::ArrayInitializer(items), start)
    }

    /// `{ A = 1, B = { … } }` (object) or `{ 1, { k, v } }` (collection).
    fn object_initializer(&mut self) -> Initializer {
        let is_object = self.nth(1) == TokenKind::Ident && self.nth(2) == TokenKind::Eq;
        if !is_object {
            return Initializer::Collection(self.array_initializer());
        }
        self.bump();
        let mut members = Vec::new();
        while self.at(TokenKind::Ident) {
            let name = self.ident();
            self.expect(TokenKind::Eq);
            members.push((name, self.variable_initializer()));
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RBrace);
        Initializer::Object(members)
    }

    fn lambda(&mut self) -> Expr {
        let start = self.start();
        let params = if self.at(TokenKind::Ident) {
            vec![LambdaParam {
                modifier: ArgModifier::None,
                ty: None,
                name: self.ident(),
            }]
        } else {
            self.lambda_params()
        };
        self.expect(TokenKind::FatArrow);
        let body = if self.at(TokenKind::LBrace) {
            LambdaBody::Block(self.block())
        } else {
            LambdaBody::Expr(Box::new(self.expr()))
        };
        self.mk(ExprKind::Lambda { params, body }, start)
    }

    /// `(a, b)`, `(int a, ref int b)`, `()`.
    fn lambda_params(&mut self) -> Vec<LambdaParam> {
        let mut out = Vec::new();
        self.expect(TokenKind::LParen);
        if self.eat(TokenKind::RParen) {
            return out;
        }
        loop {
            let modifier = match self.kind() {
                TokenKind::Ref => ArgModifier::Ref,
                TokenKind::Out => ArgModifier::Out,
                _ => ArgModifier::None,
            };
            if modifier != ArgModifier::None {
                self.bump();
            }
            let untyped = self.at(TokenKind::Ident)
                && matches!(self.nth(1), TokenKind::Comma | TokenKind::RParen);
            let ty = (!untyped).then(|| self.parse_type());
            let name = self.ident();
            out.push(LambdaParam { modifier, ty, name });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RParen);
        out
    }

    fn anonymous_method(&mut self) -> Expr {
        let start = self.start();
        self.bump();
        let params = if self.at(TokenKind::LParen) {
            self.lambda_params()
        } else {
            Vec::new()
        };
        let body = self.block();
        self.mk(ExprKind::AnonymousMethod { params, body }, start)
    }
}
