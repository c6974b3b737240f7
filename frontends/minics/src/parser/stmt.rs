//! Statements and blocks, with statement-level recovery: a missing `;` is reported where
//! it belongs and parsing goes on with the next statement; a token that cannot start a
//! statement is reported once and skipped; a member keyword inside a block ends it (the
//! block's `}` is reported missing) so the enclosing type keeps its members.

use super::scan::{DeclShape, is_predefined_type};
use super::{Parser, SMALL};
use crate::syntax::{
    Block, CatchClause, ForInit, GotoTarget, LocalDecl, LocalFunction, Stmt, StmtKind, SwitchLabel,
    SwitchSection, UsingResource, VariableDeclarator,
};
use crate::token::TokenKind;
use frontend_core::diag::Code;

impl Parser<'_> {
    /// `{ statements }`.
    pub(crate) fn block(&mut self) -> Block {
        let start = self.start();
        if !self.expect(TokenKind::LBrace) {
            return Block {
                statements: Box::default(),
                range: self.since(start),
                may_yield: false,
                may_have_local_fns: false,
            };
        }
        let (yields, local_fns) = (self.yields, self.local_fns);
        let statements = self.statements_until_brace();
        self.expect(TokenKind::RBrace);
        Block {
            statements,
            range: self.since(start),
            may_yield: self.yields != yields,
            may_have_local_fns: self.local_fns != local_fns,
        }
    }

    /// The statements up to `}` (or a member start, or the end of the file).
    fn statements_until_brace(&mut self) -> Box<[Stmt]> {
        let mark = self.stmts.len();
        while !self.at(TokenKind::RBrace) && !self.at(TokenKind::Eof) && !self.at_member_start() {
            let s = self.statement();
            self.stmts.push(s);
        }
        self.stmts.drain(mark..).collect()
    }

    /// A token that only starts a member or type, never a statement: a block that meets
    /// one is missing its `}`.
    fn at_member_start(&self) -> bool {
        use TokenKind::*;
        matches!(
            self.kind(),
            Public
                | Private
                | Protected
                | Internal
                | Class
                | Struct
                | Interface
                | Enum
                | Namespace
                | Abstract
                | Override
                | Virtual
                | Sealed
                | Event
        )
    }

    fn mk_stmt(&self, kind: StmtKind, start: u32) -> Stmt {
        Stmt {
            kind,
            range: self.since(start),
        }
    }

    /// One statement; always makes progress unless at `}`/end of file.
    pub(crate) fn statement(&mut self) -> Stmt {
        let start = self.start();
        let before = self.pos;
        if !self.enter() {
            return self.mk_stmt(StmtKind::Error, start);
        }
        let s = self.statement_inner();
        self.depth -= 1;
        if self.pos == before && !self.at(TokenKind::Eof) && !self.at(TokenKind::RBrace) {
            let r = self.range();
            let t = self.cur_text();
            self.error(Code::CS1525, r, &[t]);
            self.bump();
            return self.mk_stmt(StmtKind::Error, start);
        }
        s
    }

    fn statement_inner(&mut self) -> Stmt {
        let start = self.start();
        use TokenKind::*;
        let kind = match self.kind() {
            LBrace => StmtKind::Block(self.block()),
            Semicolon => {
                self.bump();
                StmtKind::Empty
            }
            If => self.if_stmt(),
            While => {
                self.bump();
                let condition = self.paren_expr();
                let body = Box::new(self.statement());
                StmtKind::While { condition, body }
            }
            Do => {
                self.bump();
                let body = Box::new(self.statement());
                self.expect(While);
                let condition = self.paren_expr();
                self.expect(Semicolon);
                StmtKind::Do { body, condition }
            }
            For => self.for_stmt(),
            Foreach => self.foreach_stmt(),
            Break | Continue => {
                let is_break = self.bump().kind == Break;
                self.expect(Semicolon);
                if is_break {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            Return | Throw => {
                let is_return = self.bump().kind == Return;
                let value = (!self.at(Semicolon)).then(|| self.expr());
                self.expect(Semicolon);
                if is_return {
                    StmtKind::Return(value)
                } else {
                    StmtKind::Throw(value)
                }
            }
            Goto => {
                self.bump();
                let target = if self.eat(Case) {
                    GotoTarget::Case(self.expr())
                } else if self.eat(Default) {
                    GotoTarget::Default
                } else {
                    GotoTarget::Label(self.ident())
                };
                self.expect(Semicolon);
                StmtKind::Goto(target)
            }
            Switch => self.switch_stmt(),
            Try => self.try_stmt(),
            Checked | Unchecked if self.nth(1) == LBrace => {
                let checked = self.bump().kind == Checked;
                let b = self.block();
                if checked {
                    StmtKind::Checked(b)
                } else {
                    StmtKind::Unchecked(b)
                }
            }
            Unsafe if self.nth(1) == LBrace => {
                self.bump();
                StmtKind::Unsafe(self.block())
            }
            Fixed => {
                self.bump();
                self.expect(LParen);
                let decl = self.local_decl_rest(false);
                self.expect(RParen);
                let body = Box::new(self.statement());
                StmtKind::Fixed { decl, body }
            }
            Using => {
                self.bump();
                self.expect(LParen);
                let resource = if self.at_local_decl(false) == DeclShape::Variable {
                    UsingResource::Decl(self.local_decl_rest(false))
                } else {
                    UsingResource::Expr(self.expr())
                };
                self.expect(RParen);
                let body = Box::new(self.statement());
                StmtKind::Using { resource, body }
            }
            Const => {
                self.bump();
                let d = self.local_decl_rest(true);
                self.expect(Semicolon);
                StmtKind::LocalDecl(d)
            }
            Ident if matches!(self.nth(1), Return | Break) && self.spelled(self.cur, "yield") => {
                self.bump();
                self.yields = self.yields.wrapping_add(1);
                let kind = if self.bump().kind == Return {
                    StmtKind::YieldReturn(self.expr())
                } else {
                    StmtKind::YieldBreak
                };
                self.expect(Semicolon);
                kind
            }
            Ident if self.nth(1) == Colon => {
                let label = self.ident();
                self.bump();
                let statement = Box::new(self.statement());
                StmtKind::Labeled { label, statement }
            }
            Static if self.nth_starts_local_function(1) => {
                self.bump();
                self.local_fns = self.local_fns.wrapping_add(1);
                StmtKind::LocalFunction(Box::new(self.local_function(true)))
            }
            _ => match self.at_local_decl(true) {
                DeclShape::Variable => {
                    let d = self.local_decl_rest(false);
                    self.expect(Semicolon);
                    StmtKind::LocalDecl(d)
                }
                DeclShape::Function => {
                    self.local_fns = self.local_fns.wrapping_add(1);
                    StmtKind::LocalFunction(Box::new(self.local_function(false)))
                }
                DeclShape::None if self.kind().is_keyword() && !self.kind_starts_expr() => {
                    return self.mk_stmt(StmtKind::Error, start);
                }
                DeclShape::None => {
                    let e = self.expr();
                    self.expect(Semicolon);
                    StmtKind::Expr(e)
                }
            },
        };
        self.mk_stmt(kind, start)
    }

    /// Keywords that can start an expression statement.
    fn kind_starts_expr(&self) -> bool {
        use TokenKind::*;
        is_predefined_type(self.kind())
            || matches!(
                self.kind(),
                This | Base
                    | New
                    | True
                    | False
                    | Null
                    | Typeof
                    | Sizeof
                    | Default
                    | Checked
                    | Unchecked
                    | Delegate
                    | Throw
            )
    }

    fn nth_starts_local_function(&self, n: usize) -> bool {
        let saved = self.pos + n;
        let Some(end) = self.scan_type(saved, super::scan::TypeScan::FULL) else {
            return false;
        };
        self.tok(end).kind == TokenKind::Ident
            && matches!(self.tok(end + 1).kind, TokenKind::LParen | TokenKind::Lt)
    }

    fn local_function(&mut self, is_static: bool) -> LocalFunction {
        let return_type = self.parse_type();
        let name = self.ident();
        let type_params = self.type_params();
        let params = self.params(TokenKind::LParen, TokenKind::RParen);
        let constraints = self.constraint_clauses();
        let body = self.method_body();
        LocalFunction {
            is_static,
            return_type,
            name,
            type_params,
            params,
            constraints,
            body,
        }
    }

    /// `( expr )`.
    fn paren_expr(&mut self) -> crate::syntax::Expr {
        self.expect(TokenKind::LParen);
        let e = self.expr();
        self.expect(TokenKind::RParen);
        e
    }

    /// `T a = 1, b` (after `const`, if any).
    pub(crate) fn local_decl_rest(&mut self, is_const: bool) -> LocalDecl {
        let ty = self.parse_type();
        let declarators = self.declarators();
        LocalDecl {
            is_const,
            ty: Box::new(ty),
            declarators,
        }
    }

    /// `a = 1, b, c = { … }`.
    pub(crate) fn declarators(&mut self) -> Vec<VariableDeclarator> {
        self.list(
            |p| {
                let name = p.ident();
                let init = p.eat(TokenKind::Eq).then(|| p.variable_initializer());
                VariableDeclarator { name, init }
            },
            |p| p.eat(TokenKind::Comma),
        )
    }

    fn if_stmt(&mut self) -> StmtKind {
        self.bump();
        let condition = self.paren_expr();
        let then = Box::new(self.statement());
        let otherwise = self
            .eat(TokenKind::Else)
            .then(|| Box::new(self.statement()));
        StmtKind::If {
            condition,
            then,
            otherwise,
        }
    }

    fn for_stmt(&mut self) -> StmtKind {
        use TokenKind::*;
        self.bump();
        self.expect(LParen);
        let init = if self.at(Semicolon) {
            None
        } else if self.at_local_decl(false) == DeclShape::Variable {
            Some(ForInit::Decl(self.local_decl_rest(false)))
        } else {
            Some(ForInit::Exprs(self.expr_list()))
        };
        self.expect(Semicolon);
        let condition = (!self.at(Semicolon)).then(|| Box::new(self.expr()));
        self.expect(Semicolon);
        let step = if self.at(RParen) {
            Vec::new()
        } else {
            self.expr_list()
        };
        self.expect(RParen);
        let body = Box::new(self.statement());
        StmtKind::For {
            init: init.map(Box::new),
            condition,
            step,
            body,
        }
    }

    fn expr_list(&mut self) -> Vec<crate::syntax::Expr> {
        let mut out = vec![self.expr()];
        while self.eat(TokenKind::Comma) {
            out.push(self.expr());
        }
        out
    }

    fn foreach_stmt(&mut self) -> StmtKind {
        self.bump();
        self.expect(TokenKind::LParen);
        let ty = self.parse_type();
        let name = self.ident();
        if !self.eat(TokenKind::In) {
            let at = self.missing_at();
            self.error(Code::CS1515, at, &[]);
        }
        let collection = Box::new(self.expr());
        self.expect(TokenKind::RParen);
        let body = Box::new(self.statement());
        StmtKind::Foreach {
            ty: Box::new(ty),
            name,
            collection,
            body,
        }
    }

    fn switch_stmt(&mut self) -> StmtKind {
        use TokenKind::*;
        self.bump();
        let value = self.paren_expr();
        let mut sections = Vec::new();
        if self.expect(LBrace) {
            if self.at(Case) || self.at(Default) {
                sections = Vec::with_capacity(SMALL);
            }
            while self.at(Case) || self.at(Default) {
                let at_label = |p: &mut Self| p.at(Case) || (p.at(Default) && p.nth(1) == Colon);
                let mut labels = Vec::new();
                if at_label(self) {
                    labels = self.list(
                        |p| {
                            let label = if p.bump().kind == Case {
                                SwitchLabel::Case(p.expr())
                            } else {
                                SwitchLabel::Default
                            };
                            p.expect(Colon);
                            label
                        },
                        at_label,
                    );
                }
                let mark = self.stmts.len();
                while !self.at_section_end() {
                    let s = self.statement();
                    self.stmts.push(s);
                }
                let statements = self.stmts.drain(mark..).collect();
                sections.push(SwitchSection { labels, statements });
            }
            self.expect(RBrace);
        }
        StmtKind::Switch { value, sections }
    }

    /// The end of a switch section's statements: the next label, `}`, or a member.
    fn at_section_end(&self) -> bool {
        use TokenKind::*;
        matches!(self.kind(), Case | RBrace | Eof)
            || (self.at(Default) && self.nth(1) == Colon)
            || self.at_member_start()
    }

    fn try_stmt(&mut self) -> StmtKind {
        use TokenKind::*;
        self.bump();
        let body = self.block();
        let mut catches = Vec::new();
        while self.at(Catch) {
            self.bump();
            let (mut ty, mut name) = (None, None);
            if self.eat(LParen) {
                ty = Some(self.parse_type());
                if self.at(Ident) {
                    name = Some(self.ident());
                }
                self.expect(RParen);
            }
            let filter = self.at_contextual("when").then(|| {
                self.bump();
                self.paren_expr()
            });
            let body = self.block();
            catches.push(CatchClause {
                ty,
                name,
                filter,
                body,
            });
        }
        let finally = self.eat(Finally).then(|| self.block());
        if catches.is_empty() && finally.is_none() {
            let at = self.missing_at();
            self.error(Code::CS1524, at, &[]);
        }
        StmtKind::Try {
            body,
            catches,
            finally,
        }
    }
}
