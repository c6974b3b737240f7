//! Statements. Simple statements are one line (or one `:`-separated piece of it); block
//! statements (`If`, `Select Case`, `While`, `Do`, `For`, `For Each`, `Try`, `Using`,
//! `With`) own lines up to their end statement, through `blocks`. Lambdas live here too,
//! since a `Sub` lambda's body is a statement.

use super::{Closer, Opener, Parser};
use crate::syntax::{
    AsClause, BinaryOp, CaseBlock, CaseClause, CatchBlock, ContinueKind, Declarator, ElseIfBlock,
    ExitKind, Expr, ExprKind, ForControl, LambdaBody, LocalDecl, LoopCondition, ModifiedIdent,
    Modifier, Stmt, StmtKind, UsingResource,
};
use crate::token::TokenKind as K;
use frontend_core::diag::Code;

impl Parser<'_> {
    fn mk_stmt(&self, kind: StmtKind, start: u32) -> Stmt {
        Stmt {
            kind,
            range: self.since(start),
        }
    }

    /// One statement, with its end of line (a block statement: all its lines).
    pub(crate) fn statement(&mut self) -> Stmt {
        let start = self.start();
        if !self.enter() {
            return self.mk_stmt(StmtKind::Error, start);
        }
        let kind = match self.kind() {
            K::If => self.if_stmt(),
            K::Select => self.select_stmt(),
            K::While => self.while_stmt(),
            K::Do => self.do_stmt(),
            K::For => self.for_stmt(),
            K::Try => self.try_stmt(),
            K::Using => self.using_stmt(),
            K::With => self.with_stmt(),
            K::Ident if self.nth(1) == K::Colon => {
                let label = self.ident();
                self.bump();
                StmtKind::Label(label)
            }
            _ => {
                let before = self.pos;
                let kind = self.simple_statement();
                let s = self.mk_stmt(kind, start);
                self.end_of_statement();
                if self.pos == before {
                    // Nothing taken (a line only a block could own, outside one): skip it
                    // whole so the caller always moves on.
                    while !matches!(self.kind(), K::Newline | K::Eof) {
                        self.bump();
                    }
                    self.eat(K::Newline);
                    self.line_error = false;
                }
                self.depth -= 1;
                return s;
            }
        };
        self.depth -= 1;
        self.mk_stmt(kind, start)
    }

    /// A statement that is not a block, without its end of line.
    pub(crate) fn simple_statement(&mut self) -> StmtKind {
        match self.kind() {
            K::Dim | K::Const | K::Static => {
                let mut modifiers = Vec::new();
                while let Some(m) = match self.kind() {
                    K::Dim => Some(Modifier::Dim),
                    K::Const => Some(Modifier::Const),
                    K::Static => Some(Modifier::Static),
                    _ => None,
                } {
                    self.bump();
                    modifiers.push(m);
                }
                let declarators = self.declarators();
                StmtKind::LocalDecl(LocalDecl {
                    modifiers,
                    declarators,
                })
            }
            K::Exit => {
                self.bump();
                let kind = match self.kind() {
                    K::Sub => ExitKind::Sub,
                    K::Function => ExitKind::Function,
                    K::Property => ExitKind::Property,
                    K::Do => ExitKind::Do,
                    K::For => ExitKind::For,
                    K::While => ExitKind::While,
                    K::Select => ExitKind::Select,
                    K::Try => ExitKind::Try,
                    _ => {
                        let at = self.missing_at();
                        self.error(Code::BC30240, at, &[]);
                        return StmtKind::Error;
                    }
                };
                self.bump();
                StmtKind::Exit(kind)
            }
            K::Continue => {
                self.bump();
                let kind = match self.kind() {
                    K::Do => ContinueKind::Do,
                    K::For => ContinueKind::For,
                    K::While => ContinueKind::While,
                    _ => {
                        let at = self.missing_at();
                        self.error(Code::BC30781, at, &[]);
                        return StmtKind::Error;
                    }
                };
                self.bump();
                StmtKind::Continue(kind)
            }
            K::Return => {
                self.bump();
                StmtKind::Return((!self.at_eos()).then(|| self.expr()))
            }
            K::Throw => {
                self.bump();
                StmtKind::Throw((!self.at_eos()).then(|| self.expr()))
            }
            K::AddHandler | K::RemoveHandler => {
                let add = self.bump().kind == K::AddHandler;
                let event = self.expr();
                let handler = if self.expect_comma_stmt() {
                    self.expr()
                } else {
                    self.mk(ExprKind::Error, self.prev_end())
                };
                if add {
                    StmtKind::AddHandler { event, handler }
                } else {
                    StmtKind::RemoveHandler { event, handler }
                }
            }
            K::RaiseEvent => {
                self.bump();
                let name = self.ident();
                let args = if self.at(K::LParen) {
                    self.args()
                } else {
                    Vec::new()
                };
                StmtKind::RaiseEvent { name, args }
            }
            K::ReDim => {
                self.bump();
                let preserve = self.at_contextual("Preserve");
                if preserve {
                    self.bump();
                }
                let mut clauses = vec![self.postfix_expr()];
                while self.eat(K::Comma) {
                    clauses.push(self.postfix_expr());
                }
                StmtKind::ReDim { preserve, clauses }
            }
            K::GoTo => {
                self.bump();
                StmtKind::GoTo(self.ident())
            }
            K::Stop => {
                self.bump();
                StmtKind::Stop
            }
            K::End => {
                self.bump();
                if !self.at_eos() {
                    let r = self.range();
                    self.error(Code::BC30678, r, &[]);
                    return StmtKind::Error;
                }
                StmtKind::End
            }
            K::Call => {
                self.bump();
                StmtKind::Expr(self.postfix_expr())
            }
            K::Ident
                if self.at_contextual("Yield")
                    && !self.at_eos_at(1)
                    && !matches!(self.nth(1), K::Eq | K::Dot | K::LParen) =>
            {
                self.bump();
                StmtKind::Yield(self.expr())
            }
            _ if !self.at_expression_start() => {
                let r = self.range();
                self.error(Code::BC30035, r, &[]);
                StmtKind::Error
            }
            _ => {
                let target = self.postfix_expr();
                let Some(op) = self.assign_op() else {
                    return StmtKind::Expr(target);
                };
                self.bump();
                let value = self.expr();
                StmtKind::Assign { op, target, value }
            }
        }
    }

    fn at_eos_at(&self, n: usize) -> bool {
        matches!(self.nth(n), K::Newline | K::Colon | K::Eof)
    }

    fn expect_comma_stmt(&mut self) -> bool {
        if self.eat(K::Comma) {
            return true;
        }
        let at = self.missing_at();
        self.error(Code::BC30035, at, &[]);
        false
    }

    /// True at a token that can start an expression statement.
    fn at_expression_start(&self) -> bool {
        matches!(
            self.kind(),
            K::Ident
                | K::BracketedIdent
                | K::Global
                | K::Me
                | K::MyBase
                | K::MyClass
                | K::Dot
                | K::LParen
                | K::New
                | K::CType
                | K::DirectCast
                | K::TryCast
                | K::GetType
                | K::NameOf
        ) || super::ty::predefined(self.kind()).is_some()
    }

    /// `=` or a compound assignment operator.
    fn assign_op(&self) -> Option<Option<BinaryOp>> {
        use BinaryOp as B;
        Some(match self.kind() {
            K::Eq => None,
            K::PlusEq => Some(B::Add),
            K::MinusEq => Some(B::Sub),
            K::StarEq => Some(B::Mul),
            K::SlashEq => Some(B::Div),
            K::BackslashEq => Some(B::IntDiv),
            K::CaretEq => Some(B::Pow),
            K::AmpEq => Some(B::Concat),
            K::LtLtEq => Some(B::Shl),
            K::GtGtEq => Some(B::Shr),
            _ => return None,
        })
    }

    /// `a, b As Integer, c As New C(), d() As Integer = {1, 2}, e = 5`.
    pub(crate) fn declarators(&mut self) -> Vec<Declarator> {
        let mut out = Vec::new();
        loop {
            let mut names = Vec::new();
            loop {
                names.push(self.modified_ident());
                if matches!(self.kind(), K::As | K::Eq) || !self.eat(K::Comma) {
                    break;
                }
            }
            let as_clause = self.eat(K::As).then(|| {
                if self.at(K::New) {
                    AsClause::New(self.new_expr())
                } else {
                    AsClause::Type(self.parse_type())
                }
            });
            let init = self.eat(K::Eq).then(|| self.expr());
            out.push(Declarator {
                names,
                as_clause,
                init,
            });
            if !self.eat(K::Comma) {
                return out;
            }
        }
    }

    /// `a`, `a?`, `a(10)`, `a()`, `a(,)`, `a(2, 3)`.
    pub(crate) fn modified_ident(&mut self) -> ModifiedIdent {
        let name = self.ident();
        let mut nullable = self.eat(K::Question);
        let mut array_rank = 0;
        let mut bounds = Vec::new();
        if self.at(K::LParen) && self.nth(1) != K::Of {
            self.bump();
            array_rank = 1;
            while self.eat(K::Comma) {
                array_rank += 1;
            }
            if !self.at(K::RParen) {
                loop {
                    bounds.push(self.expr());
                    if !self.eat(K::Comma) {
                        break;
                    }
                }
                array_rank = bounds.len() as u32;
            }
            self.expect(K::RParen);
        }
        let mut inner_ranks = Vec::new();
        while array_rank > 0 && self.at(K::LParen) && matches!(self.nth(1), K::RParen | K::Comma) {
            self.bump();
            let mut r = 1;
            while self.eat(K::Comma) {
                r += 1;
            }
            self.expect(K::RParen);
            inner_ranks.push(r);
        }
        nullable |= self.eat(K::Question);
        ModifiedIdent {
            name,
            array_rank,
            bounds,
            nullable,
            inner_ranks,
        }
    }

    /// A block header's end: its range (for a missing-end error) and the line's end.
    fn header_end(&mut self, start: u32) -> frontend_core::source::TextRange {
        let header = self.since(start);
        self.end_of_statement();
        header
    }

    fn if_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        let condition = self.expr();
        let has_then = self.eat(K::Then);
        if has_then && !matches!(self.kind(), K::Newline | K::Eof) {
            return self.single_line_if(condition);
        }
        let header = self.header_end(start);
        self.with_open(Opener::If, |p| {
            let then = p.block_lines();
            let mut else_ifs = Vec::new();
            let mut otherwise = None;
            loop {
                match p.closer_at() {
                    Some(Closer::ElseIf) => {
                        let s = p.start();
                        p.bump();
                        let condition = p.expr();
                        p.eat(K::Then);
                        p.end_of_statement();
                        let body = p.block_lines();
                        else_ifs.push(ElseIfBlock {
                            condition,
                            body,
                            range: p.since(s),
                        });
                    }
                    Some(Closer::Else) => {
                        p.bump();
                        p.end_of_statement();
                        otherwise = Some(p.block_lines());
                    }
                    _ => break,
                }
            }
            p.end_block(Opener::If, Closer::EndIf, header);
            StmtKind::If {
                condition,
                then,
                else_ifs,
                otherwise,
                single_line: false,
            }
        })
    }

    /// `If c Then a : b Else c` (after `Then`), without the end of line.
    fn single_line_if(&mut self, condition: Expr) -> StmtKind {
        self.single_line_if += 1;
        let then = self.single_line_body();
        let otherwise = self.eat(K::Else).then(|| self.single_line_body());
        self.single_line_if -= 1;
        StmtKind::If {
            condition,
            then,
            else_ifs: Vec::new(),
            otherwise,
            single_line: true,
        }
    }

    fn single_line_body(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        loop {
            while self.eat(K::Colon) {}
            if matches!(self.kind(), K::Newline | K::Eof | K::Else) {
                return out;
            }
            let start = self.start();
            let kind = if self.at(K::If) {
                self.bump();
                let condition = self.expr();
                self.expect_then();
                self.single_line_if(condition)
            } else {
                self.simple_statement()
            };
            out.push(self.mk_stmt(kind, start));
            if !self.at_eos() {
                if !self.line_error {
                    let r = self.range();
                    self.error(Code::BC30205, r, &[]);
                }
                self.skip_line();
            }
        }
    }

    fn expect_then(&mut self) {
        if !self.eat(K::Then) {
            let at = self.missing_at();
            self.error(Code::BC30035, at, &[]);
        }
    }

    fn select_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        self.eat(K::Case);
        let value = self.expr();
        let header = self.header_end(start);
        self.with_open(Opener::Select, |p| {
            let mut cases = Vec::new();
            loop {
                p.skip_empty();
                match p.closer_at() {
                    Some(Closer::Case) => cases.push(p.case_block()),
                    Some(_) | None if p.at(K::Eof) => break,
                    Some(c) if p.owned(c) => break,
                    Some(c) if c != Closer::Declaration && c != Closer::Accessor => p.stray_line(c),
                    _ => {
                        let r = p.line_range();
                        p.error(Code::BC30058, r, &[]);
                        p.statement();
                    }
                }
            }
            p.end_block(Opener::Select, Closer::EndSelect, header);
            StmtKind::Select { value, cases }
        })
    }

    fn case_block(&mut self) -> CaseBlock {
        let start = self.start();
        self.bump();
        let mut clauses = Vec::new();
        if self.eat(K::Else) {
            clauses.push(CaseClause::Else);
        } else {
            loop {
                clauses.push(self.case_clause());
                if !self.eat(K::Comma) {
                    break;
                }
            }
        }
        self.end_of_statement();
        let body = self.block_lines();
        CaseBlock {
            clauses,
            body,
            range: self.since(start),
        }
    }

    fn case_clause(&mut self) -> CaseClause {
        let has_is = self.eat(K::Is);
        let op = match self.kind() {
            K::Eq => Some(BinaryOp::Eq),
            K::LtGt => Some(BinaryOp::Ne),
            K::Lt => Some(BinaryOp::Lt),
            K::Gt => Some(BinaryOp::Gt),
            K::LtEq => Some(BinaryOp::Le),
            K::GtEq => Some(BinaryOp::Ge),
            _ => None,
        };
        if let Some(op) = op {
            self.bump();
            return CaseClause::Is(op, self.binary(super::expr::RELATIONAL + 1));
        }
        if has_is {
            let at = self.missing_at();
            self.error(Code::BC30239, at, &[]);
        }
        let value = self.expr();
        if self.eat(K::To) {
            return CaseClause::Range(value, self.expr());
        }
        CaseClause::Value(value)
    }

    fn while_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        let condition = self.expr();
        let header = self.header_end(start);
        let body = self.with_open(Opener::While, |p| {
            let body = p.block_lines();
            p.end_block(Opener::While, Closer::EndWhile, header);
            body
        });
        StmtKind::While { condition, body }
    }

    fn loop_condition(&mut self) -> Option<LoopCondition> {
        if self.eat(K::While) {
            return Some(LoopCondition::While(self.expr()));
        }
        if self.at_contextual("Until") {
            self.bump();
            return Some(LoopCondition::Until(self.expr()));
        }
        None
    }

    fn do_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        let top = self.loop_condition();
        let header = self.header_end(start);
        self.with_open(Opener::Do, |p| {
            let body = p.block_lines();
            let mut bottom = None;
            if p.end_block(Opener::Do, Closer::Loop, header) {
                bottom = p.loop_condition();
                p.end_of_statement();
            }
            StmtKind::Do { top, bottom, body }
        })
    }

    fn for_control(&mut self) -> ForControl {
        if self.at_ident() && matches!(self.nth(1), K::As | K::LParen | K::Question) {
            let save = self.pos;
            let name = self.modified_ident();
            if self.eat(K::As) {
                let ty = self.parse_type();
                return ForControl::Declared { name, ty };
            }
            self.pos = save;
        }
        ForControl::Expr(self.postfix_expr())
    }

    fn for_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        let each = self.eat(K::Each);
        let control = self.for_control();
        let (from, to, step, collection);
        if each {
            if !self.eat(K::In) {
                let at = self.missing_at();
                self.error(Code::BC30035, at, &[]);
            }
            collection = Some(self.expr());
            (from, to, step) = (None, None, None);
        } else {
            self.expect(K::Eq);
            from = Some(self.expr());
            if !self.eat(K::To) {
                let at = self.missing_at();
                self.error(Code::BC30035, at, &[]);
            }
            to = Some(self.expr());
            step = self.eat(K::Step).then(|| self.expr());
            collection = None;
        }
        let header = self.header_end(start);
        let (body, next_vars) = self.with_open(Opener::For, |p| {
            let body = p.block_lines();
            let mut vars = Vec::new();
            if p.end_block(Opener::For, Closer::Next, header) {
                if !p.at_eos() {
                    vars.push(p.postfix_expr());
                    while p.eat(K::Comma) {
                        vars.push(p.postfix_expr());
                    }
                }
                p.end_of_statement();
            }
            (body, vars)
        });
        let err = |p: &Self| p.mk(ExprKind::Error, p.prev_end());
        match collection {
            Some(collection) => StmtKind::ForEach {
                control,
                collection,
                body,
                next_vars,
            },
            None => StmtKind::For {
                control,
                from: from.unwrap_or_else(|| err(self)),
                to: to.unwrap_or_else(|| err(self)),
                step,
                body,
                next_vars,
            },
        }
    }

    fn try_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        let header = self.header_end(start);
        self.with_open(Opener::Try, |p| {
            let body = p.block_lines();
            let mut catches = Vec::new();
            let mut finally = None;
            loop {
                match p.closer_at() {
                    Some(Closer::Catch) => {
                        let s = p.start();
                        p.bump();
                        let mut name = None;
                        let mut ty = None;
                        if p.at_ident() {
                            name = Some(p.ident());
                            if p.eat(K::As) {
                                ty = Some(p.parse_type());
                            }
                        }
                        let filter = p.eat(K::When).then(|| p.expr());
                        p.end_of_statement();
                        let body = p.block_lines();
                        catches.push(CatchBlock {
                            name,
                            ty,
                            filter,
                            body,
                            range: p.since(s),
                        });
                    }
                    Some(Closer::Finally) => {
                        p.bump();
                        p.end_of_statement();
                        finally = Some(p.block_lines());
                    }
                    _ => break,
                }
            }
            if catches.is_empty() && finally.is_none() {
                p.error_at_range(Code::BC30030, header);
            }
            p.end_block(Opener::Try, Closer::EndTry, header);
            StmtKind::Try {
                body,
                catches,
                finally,
            }
        })
    }

    fn using_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        let resource = if self.at_ident() && matches!(self.nth(1), K::As | K::Eq | K::Comma) {
            UsingResource::Decl(self.declarators())
        } else {
            UsingResource::Expr(self.expr())
        };
        let header = self.header_end(start);
        let body = self.with_open(Opener::Using, |p| {
            let body = p.block_lines();
            p.end_block(Opener::Using, Closer::EndUsing, header);
            body
        });
        StmtKind::Using { resource, body }
    }

    fn with_stmt(&mut self) -> StmtKind {
        let start = self.start();
        self.bump();
        let target = self.expr();
        let header = self.header_end(start);
        let body = self.with_open(Opener::With, |p| {
            let body = p.block_lines();
            p.end_block(Opener::With, Closer::EndWith, header);
            body
        });
        StmtKind::With { target, body }
    }

    /// `Function(x) x * 2`, `Sub(x) Console.WriteLine(x)`, `[Iterator] Function(…)` with
    /// lines up to `End Function`.
    pub(crate) fn lambda(&mut self) -> Expr {
        let start = self.start();
        let is_iterator = self.at_contextual("Iterator");
        if is_iterator {
            self.bump();
        }
        let is_function = self.bump().kind == K::Function;
        let params = if self.at(K::LParen) {
            self.params()
        } else {
            Vec::new()
        };
        let return_type = (is_function && self.eat(K::As)).then(|| self.parse_type());
        let header = self.since(start);
        let body = if matches!(self.kind(), K::Newline | K::Colon) {
            self.bump();
            let (opener, closer) = if is_function {
                (Opener::FunctionLambda, Closer::EndFunction)
            } else {
                (Opener::SubLambda, Closer::EndSub)
            };
            let saved = self.single_line_if;
            self.single_line_if = 0;
            let body = self.with_open(opener, |p| p.block_lines());
            self.single_line_if = saved;
            if self.closer_at() == Some(closer) {
                self.bump();
                self.bump();
            } else {
                self.error_at_range(opener.missing_end(), header);
            }
            LambdaBody::Block(body)
        } else if is_function {
            LambdaBody::Expr(Box::new(self.expr()))
        } else {
            let s = self.start();
            let kind = self.simple_statement();
            LambdaBody::Stmt(Box::new(self.mk_stmt(kind, s)))
        };
        self.mk(
            ExprKind::Lambda {
                is_function,
                is_iterator,
                params,
                return_type,
                body,
            },
            start,
        )
    }
}
