//! Declarations: the compilation unit, `using` directives, namespaces, attributes, type
//! declarations (class, struct, interface, enum, delegate) and their members, parameters
//! and constraint clauses. Recovery: junk at namespace level is reported once (CS1022)
//! and skipped to the next type or namespace; a token that cannot start a member is
//! reported (CS1519) and skipped.

use super::{Parser, SMALL_BYTES};
use crate::syntax::{
    Accessor, Attribute, AttributeArg, AttributeSection, CompilationUnit, Constraint,
    ConstraintClause, ConstructorInitializer, Ident, Member, MemberKind, MethodBody, Modifier,
    NamespaceDecl, NamespaceMember, ParamModifier, Parameter, QualifiedName, TypeDecl,
    TypeDeclKind, TypeKind, TypeSyntax, UsingDirective,
};
use crate::token::TokenKind;
use frontend_core::diag::Code;
use frontend_core::source::TextRange;
use std::sync::Arc;

impl Parser<'_> {
    pub(crate) fn compilation_unit(&mut self) -> CompilationUnit {
        let start = self.start();
        let usings = self.usings();
        let mut attributes = Vec::new();
        while self.at(TokenKind::LBracket) && self.global_attribute_ahead() {
            attributes.push(self.attribute_section());
        }
        let members = self.namespace_members(true);
        CompilationUnit {
            usings,
            attributes,
            members,
            range: TextRange::new(start.min(self.start()), self.start()),
        }
    }

    /// `[assembly: …]` or `[module: …]`.
    fn global_attribute_ahead(&self) -> bool {
        self.nth(2) == TokenKind::Colon
            && (self.nth_is_contextual(1, "assembly") || self.nth_is_contextual(1, "module"))
    }

    fn usings(&mut self) -> Vec<UsingDirective> {
        let mut out = Vec::new();
        while self.at(TokenKind::Using) && self.nth(1) != TokenKind::LParen {
            let start = self.start();
            self.bump();
            let is_static = self.eat(TokenKind::Static);
            let alias = (self.at(TokenKind::Ident) && self.nth(1) == TokenKind::Eq).then(|| {
                let a = self.ident();
                self.bump();
                a
            });
            let target = self.parse_type_with(
                super::scan::TypeScan {
                    nullable: false,
                    pointer: false,
                },
                false,
            );
            self.expect(TokenKind::Semicolon);
            out.push(UsingDirective {
                is_static,
                alias,
                target,
                range: self.since(start),
            });
        }
        out
    }

    /// Members of a namespace (or the file) up to `}` (or the end).
    fn namespace_members(&mut self, top: bool) -> Vec<NamespaceMember> {
        let mut out = Vec::new();
        loop {
            if self.at(TokenKind::Eof) || (!top && self.at(TokenKind::RBrace)) {
                return out;
            }
            if !self.splice(top, &mut out) {
                self.namespace_member(top, &mut out);
            }
        }
    }

    /// One member of a namespace (or the file), or the junk skipped in its place.
    pub(super) fn namespace_member(&mut self, top: bool, out: &mut Vec<NamespaceMember>) {
        if self.at(TokenKind::Namespace) {
            out.push(NamespaceMember::Namespace(self.namespace()));
            return;
        }
        let start = self.start();
        let attributes = self.attribute_sections();
        let modifiers = self.modifiers();
        if self.at_type_keyword() {
            out.push(NamespaceMember::Type(Box::new(
                self.type_decl(attributes, modifiers, start),
            )));
            return;
        }
        // Junk: report once, skip to something that can start a type or namespace.
        let r = self.range();
        self.error(Code::CS1022, r, &[]);
        self.bump();
        while !self.at_namespace_resync(top) {
            self.bump();
        }
        out.push(NamespaceMember::Error(self.since(start)));
    }

    /// Where skipping junk at namespace level stops: something that can start a type or
    /// namespace, or the enclosing namespace's `}`.
    fn at_namespace_resync(&self, top: bool) -> bool {
        self.at(TokenKind::Eof)
            || self.at_type_keyword()
            || self.at(TokenKind::Namespace)
            || self.at_modifier()
            || self.at(TokenKind::LBracket)
            || (!top && self.at(TokenKind::RBrace))
    }

    fn namespace(&mut self) -> NamespaceDecl {
        let start = self.start();
        self.bump();
        let name = self.qualified_name();
        let mut usings = Vec::new();
        let mut members = Vec::new();
        if self.expect(TokenKind::LBrace) {
            usings = self.usings();
            members = self.namespace_members(false);
            self.expect(TokenKind::RBrace);
            self.eat(TokenKind::Semicolon);
        }
        NamespaceDecl {
            name,
            usings,
            members,
            range: self.since(start),
        }
    }

    fn qualified_name(&mut self) -> QualifiedName {
        let start = self.start();
        let mut parts = vec![self.ident()];
        while self.eat(TokenKind::Dot) {
            parts.push(self.ident());
        }
        QualifiedName {
            parts,
            range: self.since(start),
        }
    }

    fn at_type_keyword(&self) -> bool {
        use TokenKind::*;
        matches!(self.kind(), Class | Struct | Interface | Enum)
            || (self.at(Delegate) && self.nth(1) != LParen && self.nth(1) != LBrace)
    }

    fn at_modifier(&self) -> bool {
        modifier(self.kind()).is_some() || self.at_contextual("partial")
    }

    pub(crate) fn attribute_sections(&mut self) -> Vec<AttributeSection> {
        let mut out = Vec::new();
        while self.at(TokenKind::LBracket) {
            out.push(self.attribute_section());
        }
        out
    }

    /// `[target: A(x, Name = y), B]`.
    fn attribute_section(&mut self) -> AttributeSection {
        let start = self.start();
        self.bump();
        let target = ((self.at(TokenKind::Ident) || self.at(TokenKind::Return))
            && self.nth(1) == TokenKind::Colon)
            .then(|| {
                let t = self.bump();
                self.bump();
                let s = self.text_of(t);
                Ident {
                    text: s.into(),
                    range: t.range,
                }
            });
        let mut attributes = Vec::new();
        while !self.at(TokenKind::RBracket) && !self.at(TokenKind::Eof) {
            let a_start = self.start();
            let before = self.pos;
            let name = self.parse_type_with(
                super::scan::TypeScan {
                    nullable: false,
                    pointer: false,
                },
                false,
            );
            let mut args = Vec::new();
            if self.eat(TokenKind::LParen) {
                while !self.at(TokenKind::RParen) && !self.at(TokenKind::Eof) {
                    let arg_name = (self.at(TokenKind::Ident)
                        && matches!(self.nth(1), TokenKind::Eq | TokenKind::Colon))
                    .then(|| {
                        let n = self.ident();
                        self.bump();
                        n
                    });
                    let value = self.expr();
                    args.push(AttributeArg {
                        name: arg_name,
                        value,
                    });
                    if !self.eat(TokenKind::Comma) {
                        break;
                    }
                }
                self.expect(TokenKind::RParen);
            }
            attributes.push(Attribute {
                name,
                args,
                range: self.since(a_start),
            });
            if !self.eat(TokenKind::Comma) || self.pos == before {
                break;
            }
        }
        self.expect(TokenKind::RBracket);
        AttributeSection {
            target,
            attributes,
            range: self.since(start),
        }
    }

    pub(crate) fn modifiers(&mut self) -> Vec<Modifier> {
        let mut out = Vec::new();
        loop {
            let m = if let Some(m) = modifier(self.kind()) {
                m
            } else if self.at_contextual("partial") && self.nth(1) != TokenKind::LParen {
                Modifier::Partial
            } else {
                return out;
            };
            self.bump();
            if out.is_empty() {
                // Room as the first push would make, without the growth path.
                out = Vec::with_capacity(SMALL_BYTES);
            }
            out.push(m);
        }
    }

    fn type_decl(
        &mut self,
        attributes: Vec<AttributeSection>,
        modifiers: Vec<Modifier>,
        start: u32,
    ) -> TypeDecl {
        use TokenKind::*;
        let kind = match self.bump().kind {
            Class => TypeDeclKind::Class,
            Struct => TypeDeclKind::Struct,
            Interface => TypeDeclKind::Interface,
            Enum => TypeDeclKind::Enum,
            _ => TypeDeclKind::Delegate,
        };
        let mut decl = TypeDecl {
            attributes,
            modifiers,
            kind,
            name: crate::syntax::Ident {
                text: "".into(),
                range: self.range(),
            },
            type_params: Vec::new(),
            variance: Vec::new(),
            bases: Vec::new(),
            constraints: Vec::new(),
            members: Vec::new(),
            enum_members: Vec::new(),
            delegate: None,
            range: self.range(),
        };
        if kind == TypeDeclKind::Delegate {
            let ret = self.parse_type();
            decl.name = self.ident();
            (decl.type_params, decl.variance) = self.variant_type_params();
            let params = self.params(LParen, RParen);
            decl.constraints = self.constraint_clauses();
            self.expect(Semicolon);
            decl.delegate = Some((ret, params));
            decl.range = self.since(start);
            return decl;
        }
        decl.name = self.ident();
        (decl.type_params, decl.variance) = self.variant_type_params();
        if self.eat(Colon) {
            loop {
                decl.bases.push(self.parse_type());
                if !self.eat(Comma) {
                    break;
                }
            }
        }
        decl.constraints = self.constraint_clauses();
        if self.expect(LBrace) {
            if kind == TypeDeclKind::Enum {
                self.enum_body(&mut decl);
            } else {
                let name = decl.name.text.clone();
                self.member_list(&name, &mut decl.members);
            }
            self.expect(RBrace);
            self.eat(Semicolon);
        }
        decl.range = self.since(start);
        decl
    }

    fn enum_body(&mut self, decl: &mut TypeDecl) {
        while !self.at(TokenKind::RBrace) && !self.at(TokenKind::Eof) {
            let before = self.pos;
            let attrs = self.attribute_sections();
            let name = self.ident();
            let value = self.eat(TokenKind::Eq).then(|| self.expr());
            decl.enum_members.push((attrs, name, value));
            if !self.eat(TokenKind::Comma) || self.pos == before {
                break;
            }
        }
    }

    /// `where T : class, struct, new(), Base`, any number of clauses.
    pub(crate) fn constraint_clauses(&mut self) -> Vec<ConstraintClause> {
        let mut out = Vec::new();
        while self.at_contextual("where") {
            self.bump();
            let param = self.ident();
            self.expect(TokenKind::Colon);
            let mut constraints = Vec::new();
            loop {
                let c = match self.kind() {
                    TokenKind::Class => {
                        self.bump();
                        Constraint::Class
                    }
                    TokenKind::Struct => {
                        self.bump();
                        Constraint::Struct
                    }
                    TokenKind::New => {
                        self.bump();
                        self.expect(TokenKind::LParen);
                        self.expect(TokenKind::RParen);
                        Constraint::New
                    }
                    _ => Constraint::Type(self.parse_type()),
                };
                constraints.push(c);
                if !self.eat(TokenKind::Comma) {
                    break;
                }
            }
            out.push(ConstraintClause { param, constraints });
        }
        out
    }

    /// `(ref int a, params int[] b, int c = 1)`, between `open` and `close`.
    pub(crate) fn params(&mut self, open: TokenKind, close: TokenKind) -> Vec<Parameter> {
        if !self.expect(open) || self.eat(close) {
            return Vec::new();
        }
        let out = self.list(Self::param, |p| p.eat(TokenKind::Comma));
        self.expect(close);
        out
    }

    /// One parameter: attributes, `ref`/`out`/`params`/`this`, type, name, default.
    fn param(&mut self) -> Parameter {
        let attributes = self.attribute_sections();
        let modifier = match self.kind() {
            TokenKind::Ref => ParamModifier::Ref,
            TokenKind::Out => ParamModifier::Out,
            TokenKind::Params => ParamModifier::Params,
            TokenKind::This => ParamModifier::This,
            _ => ParamModifier::None,
        };
        if modifier != ParamModifier::None {
            self.bump();
        }
        let ty = self.parse_type();
        let name = self.ident();
        let default = self.eat(TokenKind::Eq).then(|| self.expr());
        Parameter {
            attributes,
            modifier,
            ty,
            name,
            default,
        }
    }

    /// `{ … }`, `=> expr;` or `;`.
    pub(crate) fn method_body(&mut self) -> MethodBody {
        match self.kind() {
            TokenKind::LBrace => MethodBody::Block(self.block()),
            TokenKind::FatArrow => {
                self.bump();
                let e = self.expr();
                self.expect(TokenKind::Semicolon);
                MethodBody::Expr(e)
            }
            _ => {
                self.expect(TokenKind::Semicolon);
                MethodBody::None
            }
        }
    }

    fn member_list(&mut self, type_name: &str, out: &mut Vec<Arc<Member>>) {
        let mark = self.members.len();
        while !self.at(TokenKind::RBrace) && !self.at(TokenKind::Eof) {
            let before = self.pos;
            if let Some(m) = self.member(type_name) {
                self.members.push(Arc::new(m));
            }
            if self.pos == before {
                let r = self.range();
                let t = self.cur_text();
                self.error(Code::CS1519, r, &[t]);
                self.bump();
            }
        }
        out.extend(self.members.drain(mark..));
    }

    /// One member, or `None` (nothing consumed) at a token that cannot start one.
    fn member(&mut self, type_name: &str) -> Option<Member> {
        use TokenKind::*;
        let start = self.start();
        let before = self.pos;
        let attributes = self.attribute_sections();
        let modifiers = self.modifiers();
        let done = |p: &Parser<'_>, attributes, modifiers, kind| {
            Some(Member {
                attributes,
                modifiers,
                kind,
                range: p.since(start),
            })
        };
        if self.at_type_keyword() {
            let t = self.type_decl(attributes, modifiers, start);
            let range = t.range;
            return Some(Member {
                attributes: Vec::new(),
                modifiers: Vec::new(),
                kind: MemberKind::Type(Box::new(t)),
                range,
            });
        }
        let kind = match self.kind() {
            Event => self.event(),
            Implicit | Explicit => {
                let implicit = self.bump().kind == Implicit;
                self.expect(Operator);
                let start = self.start();
                let ty = self.parse_type();
                let ty = self.nullable_before_paren(ty, start);
                let params = self.params(LParen, RParen);
                let body = self.method_body();
                MemberKind::Conversion {
                    implicit,
                    ty,
                    params,
                    body,
                }
            }
            Tilde => {
                self.bump();
                let name = self.ident();
                self.expect(LParen);
                self.expect(RParen);
                let body = self.method_body();
                MemberKind::Destructor { name, body }
            }
            Const => {
                self.bump();
                let mut modifiers = modifiers;
                modifiers.push(crate::syntax::Modifier::Const);
                let ty = self.parse_type();
                let declarators = self.declarators();
                self.expect(Semicolon);
                return done(
                    self,
                    attributes,
                    modifiers,
                    MemberKind::Field { ty, declarators },
                );
            }
            Ident if self.nth(1) == LParen && self.spelled(self.cur, type_name) => {
                self.constructor()
            }
            Ident if self.nth(1) == LParen => {
                // `Name(` in a type not so named: Roslyn's CS1520, parsed as a method.
                let r = self.range();
                self.error(Code::CS1520, r, &[]);
                self.constructor()
            }
            k if k == Ident || super::scan::is_predefined_type(k) => self.typed_member(),
            _ if self.pos == before => return None,
            _ => {
                let r = self.range();
                let t = self.cur_text();
                self.error(Code::CS1519, r, &[t]);
                MemberKind::Error
            }
        };
        done(self, attributes, modifiers, kind)
    }

    fn constructor(&mut self) -> MemberKind {
        let name = self.ident();
        let params = self.params(TokenKind::LParen, TokenKind::RParen);
        let initializer = if self.eat(TokenKind::Colon) {
            let is_base = match self.kind() {
                TokenKind::Base => true,
                TokenKind::This => false,
                _ => {
                    self.expect(TokenKind::Base);
                    true
                }
            };
            if matches!(self.kind(), TokenKind::Base | TokenKind::This) {
                self.bump();
            }
            let args = self.args(TokenKind::LParen, TokenKind::RParen);
            Some(ConstructorInitializer { is_base, args })
        } else {
            None
        };
        let body = self.method_body();
        MemberKind::Constructor {
            name,
            params,
            initializer,
            body,
        }
    }

    /// A member that starts with a type: field, method, property, indexer, operator.
    fn typed_member(&mut self) -> MemberKind {
        use TokenKind::*;
        let ty = self.parse_type();
        if self.eat(Operator) {
            return self.operator(ty);
        }
        // The member name, maybe behind an explicit interface (`I<T>.M`, `I.this`).
        let (explicit_interface, name) = self.member_name();
        let Some(name) = name else {
            let params = self.params(LBracket, RBracket);
            let (accessors, expression_body) = self.property_body(false);
            return MemberKind::Indexer {
                ty,
                explicit_interface,
                params,
                accessors,
                expression_body,
            };
        };
        match self.kind() {
            LParen | Lt => {
                let type_params = self.type_params();
                let params = self.params(LParen, RParen);
                let constraints = self.constraint_clauses();
                let body = self.method_body();
                MemberKind::Method {
                    return_type: ty,
                    explicit_interface,
                    name,
                    type_params,
                    params,
                    constraints,
                    body,
                }
            }
            LBrace | FatArrow => {
                let (accessors, expression_body) = self.property_body(false);
                let initializer = (expression_body.is_none() && self.eat(Eq)).then(|| {
                    let e = self.variable_initializer();
                    self.expect(Semicolon);
                    e
                });
                MemberKind::Property {
                    ty,
                    explicit_interface,
                    name,
                    accessors,
                    expression_body,
                    initializer,
                }
            }
            _ => {
                let mut declarators = vec![crate::syntax::VariableDeclarator {
                    name,
                    init: self.eat(Eq).then(|| self.variable_initializer()),
                }];
                if self.eat(Comma) {
                    declarators.extend(self.declarators());
                }
                self.expect(Semicolon);
                MemberKind::Field { ty, declarators }
            }
        }
    }

    /// `Name`, `I.Name`, `I<T>.Name`, `this`, `I.this`: the interface (if any) and the
    /// name (`None` for an indexer).
    fn member_name(&mut self) -> (Option<TypeSyntax>, Option<Ident>) {
        use TokenKind::*;
        if self.eat(This) {
            return (None, None);
        }
        let start = self.start();
        let mut qualifier: Option<TypeSyntax> = None;
        loop {
            let name = self.ident();
            let is_part = self.at(Dot)
                || (self.at(Lt)
                    && self
                        .scan_type_args(self.pos)
                        .is_some_and(|e| self.tok(e).kind == Dot));
            if !is_part {
                return (qualifier, Some(name));
            }
            let args = if self.at(Lt) {
                self.type_args()
            } else {
                Vec::new()
            };
            qualifier = Some(TypeSyntax {
                kind: TypeKind::Named {
                    qualifier: qualifier.map(Box::new),
                    name,
                    args,
                },
                range: self.since(start),
            });
            self.bump();
            if self.eat(This) {
                return (qualifier, None);
            }
        }
    }

    /// `{ get; private set; }` or `=> expr;`.
    fn property_body(&mut self, event: bool) -> (Vec<Accessor>, Option<crate::syntax::Expr>) {
        if self.eat(TokenKind::FatArrow) {
            let e = self.expr();
            self.expect(TokenKind::Semicolon);
            return (Vec::new(), Some(e));
        }
        let mut out = Vec::new();
        if !self.at(TokenKind::LBrace) {
            let at = self.missing_at();
            self.error(Code::CS1043, at, &[]);
            return (out, None);
        }
        self.bump();
        while !self.at(TokenKind::RBrace) && !self.at(TokenKind::Eof) {
            let attributes = self.attribute_sections();
            let modifiers = self.modifiers();
            let ok = if event {
                self.at_contextual("add") || self.at_contextual("remove")
            } else {
                self.at_contextual("get") || self.at_contextual("set")
            };
            if !ok {
                let r = self.range();
                self.error(if event { Code::CS1055 } else { Code::CS1014 }, r, &[]);
                // Skip to the end of this body.
                while !self.at(TokenKind::RBrace) && !self.at(TokenKind::Eof) {
                    if self.at(TokenKind::LBrace) {
                        self.block();
                    } else {
                        self.bump();
                    }
                }
                break;
            }
            let kind = self.ident();
            let body = self.method_body();
            out.push(Accessor {
                attributes,
                modifiers,
                kind,
                body,
            });
        }
        self.expect(TokenKind::RBrace);
        (out, None)
    }

    fn event(&mut self) -> MemberKind {
        self.bump();
        let ty = self.parse_type();
        // `event T E { add … remove … }`, or `event T I.E { … }` for an interface's event.
        let mut i = self.pos;
        while self.tok(i).kind == TokenKind::Ident && self.tok(i + 1).kind == TokenKind::Dot {
            i += 2;
        }
        if self.tok(i).kind == TokenKind::Ident && self.tok(i + 1).kind == TokenKind::LBrace {
            let (explicit_interface, name) = self.member_name();
            let (accessors, _) = self.property_body(true);
            return MemberKind::Event {
                ty,
                declarators: Vec::new(),
                explicit_interface,
                name,
                accessors,
            };
        }
        let declarators = self.declarators();
        self.expect(TokenKind::Semicolon);
        MemberKind::Event {
            ty,
            declarators,
            explicit_interface: None,
            name: None,
            accessors: Vec::new(),
        }
    }

    /// After `T operator`: the operator token(s), parameters and body.
    fn operator(&mut self, return_type: TypeSyntax) -> MemberKind {
        use TokenKind::*;
        let op = match self.kind() {
            Plus | Minus | Bang | Tilde | PlusPlus | MinusMinus | Star | Slash | Percent | Amp
            | Pipe | Caret | LtLt | EqEq | BangEq | Lt | LtEq | GtEq | True | False => {
                let t = self.bump();
                self.text_of(t).to_owned()
            }
            Gt if self.nth(1) == Gt && self.joined(0) => {
                self.bump();
                self.bump();
                ">>".to_owned()
            }
            Gt => {
                self.bump();
                ">".to_owned()
            }
            _ => {
                let r = self.range();
                self.error(Code::CS1037, r, &[]);
                std::string::String::new()
            }
        };
        let params = self.params(LParen, RParen);
        let body = self.method_body();
        MemberKind::Operator {
            return_type,
            operator: op,
            params,
            body,
        }
    }
}

/// The modifier a keyword is.
fn modifier(k: TokenKind) -> Option<Modifier> {
    use TokenKind::*;
    Some(match k {
        Public => Modifier::Public,
        Private => Modifier::Private,
        Protected => Modifier::Protected,
        Internal => Modifier::Internal,
        Static => Modifier::Static,
        Abstract => Modifier::Abstract,
        Sealed => Modifier::Sealed,
        Virtual => Modifier::Virtual,
        Override => Modifier::Override,
        Readonly => Modifier::Readonly,
        Extern => Modifier::Extern,
        New => Modifier::New,
        Unsafe => Modifier::Unsafe,
        Volatile => Modifier::Volatile,
        _ => return None,
    })
}
