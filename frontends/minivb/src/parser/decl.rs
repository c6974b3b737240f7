//! The compilation unit (`Option`, `Imports`, assembly attributes), namespaces, type
//! declarations and their members, parameters and attributes.

use super::{Closer, Opener, Parser};
use crate::syntax::{
    Accessor, AttributeBlock, CompilationUnit, ImportsStmt, Member, MemberKind, MethodKind,
    Modifier, NamespaceDecl, NamespaceMember, OptionStmt, QualifiedName, Signature, TypeDecl,
    TypeDeclKind, TypeSyntax,
};
use crate::token::TokenKind as K;
use frontend_core::diag::Code;
use frontend_core::source::TextRange;

/// Where members are being parsed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Container {
    Namespace,
    Type(TypeDeclKind),
}

impl Parser<'_> {
    pub(crate) fn compilation_unit(&mut self) -> CompilationUnit {
        let start = self.start();
        let mut options = Vec::new();
        let mut imports = Vec::new();
        let mut attributes = Vec::new();
        loop {
            self.skip_empty();
            match self.kind() {
                K::Option => options.push(self.option_stmt()),
                K::Imports => imports.push(self.imports_stmt()),
                K::Lt if self.at_file_attribute() => {
                    attributes.push(self.attribute_block());
                    // `>` continues the line, so the next block may follow directly.
                    if self.at_eos() {
                        self.end_of_statement();
                    }
                }
                _ => break,
            }
        }
        let members = self.namespace_members();
        CompilationUnit {
            options,
            imports,
            attributes,
            members,
            range: TextRange::new(start.min(self.start()), self.start()),
        }
    }

    fn at_file_attribute(&self) -> bool {
        (self.nth_is_contextual(1, "Assembly") || self.nth(1) == K::Module)
            && self.nth(2) == K::Colon
    }

    fn option_stmt(&mut self) -> OptionStmt {
        let start = self.start();
        self.bump();
        let name = self.ident();
        let value = (!self.at_eos()).then(|| {
            let t = self.bump();
            super::ident_of(self.text_of(t), t.range)
        });
        let range = self.since(start);
        self.end_of_statement();
        OptionStmt { name, value, range }
    }

    fn imports_stmt(&mut self) -> ImportsStmt {
        let start = self.start();
        self.bump();
        let alias = (self.at_ident() && self.nth(1) == K::Eq).then(|| {
            let a = self.ident();
            self.bump();
            a
        });
        let target = self.type_name();
        let range = self.since(start);
        self.end_of_statement();
        ImportsStmt {
            alias,
            target,
            range,
        }
    }

    /// Namespace members up to a line an open block owns, or the end of the file.
    fn namespace_members(&mut self) -> Vec<NamespaceMember> {
        let mut out = Vec::new();
        loop {
            self.skip_empty();
            if self.at(K::Eof) {
                return out;
            }
            match self.closer_at() {
                Some(Closer::Declaration) => {}
                Some(c) if self.owned(c) => return out,
                Some(c) => {
                    self.stray_line(c);
                    continue;
                }
                None => {}
            }
            let start = self.start();
            if self.at(K::Namespace) {
                out.push(NamespaceMember::Namespace(self.namespace_decl()));
                continue;
            }
            if matches!(self.kind(), K::Option | K::Imports) {
                // Misplaced; parsed and dropped.
                if self.at(K::Option) {
                    self.option_stmt();
                } else {
                    self.imports_stmt();
                }
                out.push(NamespaceMember::Error(self.since(start)));
                continue;
            }
            if !self.at_declaration() {
                self.not_a_declaration();
                out.push(NamespaceMember::Error(self.since(start)));
                continue;
            }
            let header = self.line_range();
            let member = self.member(Container::Namespace);
            match member.kind {
                MemberKind::Type(t) => out.push(NamespaceMember::Type(t)),
                _ => {
                    self.error_at_range(Code::BC30001, header);
                    out.push(NamespaceMember::Error(member.range));
                }
            }
        }
    }

    /// A line that is not a declaration where one is expected: an executable statement
    /// (BC30689, parsed and dropped) or anything else (BC30188, skipped).
    fn not_a_declaration(&mut self) {
        let r = self.line_range();
        let executable = matches!(
            self.kind(),
            K::If
                | K::For
                | K::While
                | K::Do
                | K::Select
                | K::Try
                | K::Using
                | K::With
                | K::Return
                | K::Throw
                | K::Exit
                | K::Continue
                | K::Call
                | K::ReDim
                | K::AddHandler
                | K::RemoveHandler
                | K::RaiseEvent
                | K::GoTo
                | K::Static
        );
        if executable {
            self.error(Code::BC30689, r, &[]);
            self.statement();
        } else {
            self.error(Code::BC30188, r, &[]);
            self.skip_line();
            self.end_of_statement();
        }
    }

    fn namespace_decl(&mut self) -> NamespaceDecl {
        let start = self.start();
        self.bump();
        let name = self.qualified_name();
        let header = self.since(start);
        self.end_of_statement();
        let members = self.with_open(Opener::Namespace, |p| {
            let members = p.namespace_members();
            p.end_block(Opener::Namespace, Closer::EndNamespace, header);
            members
        });
        NamespaceDecl {
            name,
            members,
            range: self.since(start),
        }
    }

    pub(crate) fn qualified_name(&mut self) -> QualifiedName {
        let start = self.start();
        let mut parts = vec![self.ident()];
        while self.eat(K::Dot) {
            parts.push(self.ident());
        }
        QualifiedName {
            parts,
            range: self.since(start),
        }
    }

    fn modifiers(&mut self) -> Vec<Modifier> {
        let mut out = Vec::new();
        loop {
            let m = match self.kind() {
                K::Public => Modifier::Public,
                K::Private => Modifier::Private,
                K::Protected => Modifier::Protected,
                K::Friend => Modifier::Friend,
                K::Shared => Modifier::Shared,
                K::Shadows => Modifier::Shadows,
                K::Overloads => Modifier::Overloads,
                K::Overridable => Modifier::Overridable,
                K::Overrides => Modifier::Overrides,
                K::MustOverride => Modifier::MustOverride,
                K::NotOverridable => Modifier::NotOverridable,
                K::NotInheritable => Modifier::NotInheritable,
                K::MustInherit => Modifier::MustInherit,
                K::ReadOnly => Modifier::ReadOnly,
                K::WriteOnly => Modifier::WriteOnly,
                K::Default => Modifier::Default,
                K::Partial => Modifier::Partial,
                K::WithEvents => Modifier::WithEvents,
                K::Widening => Modifier::Widening,
                K::Narrowing => Modifier::Narrowing,
                K::Static => Modifier::Static,
                K::Dim => Modifier::Dim,
                K::Const => Modifier::Const,
                K::Ident if self.at_contextual("Iterator") && self.nth(1) != K::As => {
                    Modifier::Iterator
                }
                K::Ident if self.at_contextual("Async") && self.nth(1) != K::As => Modifier::Async,
                _ => return out,
            };
            self.bump();
            out.push(m);
        }
    }

    /// One member (or nested type) with its attributes and modifiers.
    fn member(&mut self, container: Container) -> Member {
        let start = self.start();
        let attributes = self.attribute_blocks();
        let modifiers = self.modifiers();
        let in_interface = container == Container::Type(TypeDeclKind::Interface);
        let kind = match self.kind() {
            K::Class | K::Structure | K::Module | K::Interface | K::Enum | K::Delegate => {
                if self.at(K::Module) && container != Container::Namespace {
                    let r = self.line_range();
                    self.error(Code::BC30617, r, &[]);
                }
                MemberKind::Type(Box::new(self.type_decl(
                    start,
                    attributes.clone(),
                    &modifiers,
                )))
            }
            K::Namespace => {
                let r = self.line_range();
                self.error(Code::BC30618, r, &[]);
                self.namespace_decl();
                MemberKind::Error
            }
            K::Sub if self.nth(1) == K::New => {
                self.bump();
                self.bump();
                let params = self.params_if_any();
                let header = self.since(start);
                self.end_of_statement();
                let body = self.method_body(Opener::Sub, Closer::EndSub, header);
                MemberKind::Constructor { params, body }
            }
            K::Sub | K::Function => {
                let signature = self.signature();
                let implements = self.implements_clause();
                let handles = self.handles_clause();
                let header = self.since(start);
                self.end_of_statement();
                let body =
                    (!in_interface && !modifiers.contains(&Modifier::MustOverride)).then(|| {
                        let (o, c) = if signature.kind == MethodKind::Sub {
                            (Opener::Sub, Closer::EndSub)
                        } else {
                            (Opener::Function, Closer::EndFunction)
                        };
                        self.method_body(o, c, header)
                    });
                MemberKind::Method {
                    signature,
                    implements,
                    handles,
                    body,
                }
            }
            K::Property => self.property(start, in_interface, &modifiers),
            K::Event => {
                self.bump();
                let name = self.ident();
                let params = self.params_if_any();
                let ty = self.eat(K::As).then(|| self.parse_type());
                let implements = self.implements_clause();
                self.end_of_statement();
                MemberKind::Event {
                    name,
                    params,
                    ty,
                    implements,
                }
            }
            K::Operator => {
                self.bump();
                let t = self.bump();
                let operator = self.text_of(t).to_owned();
                let params = self.params_if_any();
                let return_type = self.eat(K::As).then(|| {
                    self.attribute_blocks();
                    self.parse_type()
                });
                let header = self.since(start);
                self.end_of_statement();
                let body = self.method_body(Opener::Operator, Closer::EndOperator, header);
                MemberKind::Operator {
                    operator,
                    params,
                    return_type,
                    body,
                }
            }
            K::Declare => self.declare(),
            _ if self.at_ident()
                && !modifiers.is_empty()
                && container != Container::Type(TypeDeclKind::Enum) =>
            {
                let declarators = self.declarators();
                self.end_of_statement();
                MemberKind::Field { declarators }
            }
            _ if matches!(container, Container::Type(TypeDeclKind::Enum)) && self.at_ident() => {
                let name = self.ident();
                let value = self.eat(K::Eq).then(|| self.expr());
                self.end_of_statement();
                MemberKind::EnumMember { name, value }
            }
            _ => {
                let r = self.line_range();
                self.error(Code::BC30188, r, &[]);
                self.skip_line();
                self.end_of_statement();
                MemberKind::Error
            }
        };
        Member {
            attributes,
            modifiers,
            kind,
            range: self.since(start),
        }
    }

    /// The lines of a method up to its end: a declaration line ends it early (BC30289),
    /// and a missing end is reported at the header.
    fn method_body(&mut self, o: Opener, c: Closer, header: TextRange) -> Vec<crate::syntax::Stmt> {
        self.with_open(o, |p| {
            let body = p.block_lines();
            if matches!(p.closer_at(), Some(Closer::Declaration | Closer::Accessor))
                && !matches!(p.closer_at(), Some(x) if x == c)
            {
                let r = p.line_range();
                p.error(Code::BC30289, r, &[]);
                p.line_error = false;
            }
            p.end_block(o, c, header);
            body
        })
    }

    /// `Sub|Function name (Of T) (params) [As [attrs] T]`.
    fn signature(&mut self) -> Signature {
        let kind = if self.bump().kind == K::Function {
            MethodKind::Function
        } else {
            MethodKind::Sub
        };
        let name = self.ident();
        let type_params = self.type_params();
        let params = self.params_if_any();
        let mut return_attributes = Vec::new();
        let return_type = self.eat(K::As).then(|| {
            return_attributes = self.attribute_blocks();
            self.parse_type()
        });
        Signature {
            kind,
            name,
            type_params,
            params,
            return_attributes,
            return_type,
        }
    }

    fn implements_clause(&mut self) -> Vec<TypeSyntax> {
        let mut out = Vec::new();
        if self.eat(K::Implements) {
            loop {
                out.push(self.type_name());
                if !self.eat(K::Comma) {
                    break;
                }
            }
        }
        out
    }

    fn handles_clause(&mut self) -> Vec<QualifiedName> {
        let mut out = Vec::new();
        if self.eat(K::Handles) {
            loop {
                let start = self.start();
                let mut parts = Vec::new();
                if matches!(self.kind(), K::Me | K::MyBase | K::MyClass) {
                    let t = self.bump();
                    parts.push(super::ident_of(self.text_of(t), t.range));
                    self.expect(K::Dot);
                }
                parts.push(self.ident());
                while self.eat(K::Dot) {
                    parts.push(self.ident());
                }
                out.push(QualifiedName {
                    parts,
                    range: self.since(start),
                });
                if !self.eat(K::Comma) {
                    break;
                }
            }
        }
        out
    }

    fn property(&mut self, start: u32, in_interface: bool, modifiers: &[Modifier]) -> MemberKind {
        self.bump();
        let name = self.ident();
        let params = self.params_if_any();
        let mut initializer = None;
        let ty = self.eat(K::As).then(|| {
            self.attribute_blocks();
            if self.at(K::New) {
                let e = self.new_expr();
                let ty = match &e.kind {
                    crate::syntax::ExprKind::New { ty, .. } => ty.clone(),
                    _ => TypeSyntax {
                        kind: crate::syntax::TypeKind::Error,
                        range: e.range,
                    },
                };
                initializer = Some(e);
                ty
            } else {
                self.parse_type()
            }
        });
        if self.eat(K::Eq) {
            initializer = Some(self.expr());
        }
        let implements = self.implements_clause();
        let header = self.since(start);
        self.end_of_statement();
        let mut accessors = Vec::new();
        let bodiless = in_interface || modifiers.contains(&Modifier::MustOverride);
        self.skip_empty();
        if !bodiless && matches!(self.closer_at(), Some(Closer::Accessor)) {
            self.with_open(Opener::Property, |p| {
                loop {
                    p.skip_empty();
                    if p.closer_at() != Some(Closer::Accessor) {
                        break;
                    }
                    accessors.push(p.accessor());
                }
                p.end_block(Opener::Property, Closer::EndProperty, header);
            });
        }
        MemberKind::Property {
            name,
            params,
            ty,
            initializer,
            implements,
            accessors,
        }
    }

    fn accessor(&mut self) -> Accessor {
        let start = self.start();
        let attributes = self.attribute_blocks();
        let modifiers = self.modifiers();
        let is_get = self.bump().kind == K::Get;
        let params = self.params_if_any();
        let header = self.since(start);
        self.end_of_statement();
        let (o, c) = if is_get {
            (Opener::Get, Closer::EndGet)
        } else {
            (Opener::Set, Closer::EndSet)
        };
        let body = self.with_open(o, |p| {
            let body = p.block_lines();
            p.end_block(o, c, header);
            body
        });
        Accessor {
            attributes,
            modifiers,
            is_get,
            params,
            body,
            range: self.since(start),
        }
    }

    fn declare(&mut self) -> MemberKind {
        self.bump();
        let charset = (self.at_contextual("Ansi")
            || self.at_contextual("Unicode")
            || self.at_contextual("Auto"))
        .then(|| self.ident());
        if !matches!(self.kind(), K::Sub | K::Function) {
            let at = self.missing_at();
            self.error(Code::BC30215, at, &[]);
        }
        let kind = if self.eat(K::Function) {
            MethodKind::Function
        } else {
            self.eat(K::Sub);
            MethodKind::Sub
        };
        let name = self.ident();
        let mut library = String::new();
        if self.eat(K::Lib) {
            library = self.string_constant();
        } else {
            let at = self.missing_at();
            self.error(Code::BC30218, at, &[]);
        }
        let alias = self.eat(K::Alias).then(|| self.string_constant());
        let params = self.params_if_any();
        let return_type =
            (kind == MethodKind::Function && self.eat(K::As)).then(|| self.parse_type());
        self.end_of_statement();
        MemberKind::Declare {
            charset,
            signature: Signature {
                kind,
                name,
                type_params: Vec::new(),
                params,
                return_attributes: Vec::new(),
                return_type,
            },
            library,
            alias,
        }
    }

    /// A string literal's text (undecoded, without quotes), or BC30217.
    fn string_constant(&mut self) -> String {
        if self.at(K::StringLiteral) {
            let t = self.bump();
            let s = self.text_of(t);
            return s
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or(s)
                .to_owned();
        }
        let at = self.missing_at();
        self.error(Code::BC30217, at, &[]);
        String::new()
    }

    fn type_decl(
        &mut self,
        start: u32,
        attributes: Vec<AttributeBlock>,
        modifiers: &[Modifier],
    ) -> TypeDecl {
        let (kind, opener, closer) = match self.bump().kind {
            K::Class => (TypeDeclKind::Class, Opener::Class, Closer::EndClass),
            K::Structure => (
                TypeDeclKind::Structure,
                Opener::Structure,
                Closer::EndStructure,
            ),
            K::Module => (TypeDeclKind::Module, Opener::Module, Closer::EndModule),
            K::Interface => (
                TypeDeclKind::Interface,
                Opener::Interface,
                Closer::EndInterface,
            ),
            K::Enum => (TypeDeclKind::Enum, Opener::Enum, Closer::EndEnum),
            _ => return self.delegate_decl(start, attributes, modifiers),
        };
        let name = self.ident();
        let type_params = self.type_params();
        let underlying = (kind == TypeDeclKind::Enum && self.eat(K::As)).then(|| self.parse_type());
        let header = self.since(start);
        self.end_of_statement();
        let mut decl = TypeDecl {
            attributes,
            modifiers: modifiers.to_vec(),
            kind,
            name,
            type_params,
            inherits: Vec::new(),
            implements: Vec::new(),
            underlying,
            delegate: None,
            members: Vec::new(),
            range: TextRange::empty(start),
        };
        self.with_open(opener, |p| {
            p.type_body(&mut decl);
            p.end_block(opener, closer, header);
        });
        decl.range = self.since(start);
        decl
    }

    fn type_body(&mut self, decl: &mut TypeDecl) {
        let container = Container::Type(decl.kind);
        loop {
            self.skip_empty();
            if self.at(K::Eof) {
                return;
            }
            match self.closer_at() {
                Some(Closer::Declaration) => {}
                Some(c) if self.owned(c) => return,
                Some(c) => {
                    self.stray_line(c);
                    continue;
                }
                None => {}
            }
            if matches!(self.kind(), K::Inherits | K::Implements) {
                let inherits = self.bump().kind == K::Inherits;
                loop {
                    let ty = self.type_name();
                    if inherits {
                        decl.inherits.push(ty);
                    } else {
                        decl.implements.push(ty);
                    }
                    if !self.eat(K::Comma) {
                        break;
                    }
                }
                self.end_of_statement();
                continue;
            }
            let member_start = self.at_declaration()
                || matches!(self.kind(), K::Dim | K::Const)
                || (decl.kind == TypeDeclKind::Enum && self.at_ident());
            if member_start {
                decl.members.push(self.member(container));
            } else {
                let start = self.start();
                self.not_a_declaration();
                decl.members.push(Member {
                    attributes: Vec::new(),
                    modifiers: Vec::new(),
                    kind: MemberKind::Error,
                    range: self.since(start),
                });
            }
        }
    }

    fn delegate_decl(
        &mut self,
        start: u32,
        attributes: Vec<AttributeBlock>,
        modifiers: &[Modifier],
    ) -> TypeDecl {
        if !matches!(self.kind(), K::Sub | K::Function) {
            let at = self.missing_at();
            self.error(Code::BC30278, at, &[]);
            self.skip_line();
        }
        let signature = if matches!(self.kind(), K::Sub | K::Function) {
            Some(self.signature())
        } else {
            None
        };
        self.end_of_statement();
        let name = signature
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_else(|| super::ident_of("", TextRange::empty(start)));
        TypeDecl {
            attributes,
            modifiers: modifiers.to_vec(),
            kind: TypeDeclKind::Delegate,
            name,
            type_params: Vec::new(),
            inherits: Vec::new(),
            implements: Vec::new(),
            underlying: None,
            delegate: signature,
            members: Vec::new(),
            range: self.since(start),
        }
    }
}
