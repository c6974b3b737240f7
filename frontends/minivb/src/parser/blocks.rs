//! Blocks and their end statements. Every block statement pushes an `Opener`; the lines of
//! a block are parsed until a line that closes something (`Closer`). If the innermost open
//! block accepts it, the block's own parser takes it; if an enclosing one does, the inner
//! blocks are missing their ends and each reports that at its opening statement (Roslyn's
//! position); if none does, the line is a stray end (`End If` without `If`), reported and
//! skipped.

use super::Parser;
use crate::syntax::Stmt;
use crate::token::TokenKind;
use frontend_core::diag::Code;
use frontend_core::source::TextRange;

/// A block that is open.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Opener {
    If,
    While,
    Select,
    Try,
    Using,
    With,
    For,
    Do,
    Sub,
    Function,
    Operator,
    Property,
    Get,
    Set,
    SubLambda,
    FunctionLambda,
    Class,
    Structure,
    Module,
    Interface,
    Enum,
    Namespace,
}

/// A line that ends or continues a block rather than being a statement of its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Closer {
    EndIf,
    EndWhile,
    EndSelect,
    EndTry,
    EndUsing,
    EndWith,
    EndSub,
    EndFunction,
    EndOperator,
    EndProperty,
    EndGet,
    EndSet,
    EndClass,
    EndStructure,
    EndModule,
    EndInterface,
    EndEnum,
    EndNamespace,
    Next,
    Loop,
    Else,
    ElseIf,
    Case,
    Catch,
    Finally,
    /// A `Get`/`Set` accessor line (perhaps with an access modifier).
    Accessor,
    /// A member or type declaration, which cannot appear in a method body.
    Declaration,
}

impl Opener {
    /// Whether this block owns the line `c` (ends or continues with it).
    fn accepts(self, c: Closer) -> bool {
        use Closer as C;
        match self {
            Opener::If => matches!(c, C::EndIf | C::Else | C::ElseIf),
            Opener::While => c == C::EndWhile,
            Opener::Select => matches!(c, C::EndSelect | C::Case),
            Opener::Try => matches!(c, C::EndTry | C::Catch | C::Finally),
            Opener::Using => c == C::EndUsing,
            Opener::With => c == C::EndWith,
            Opener::For => c == C::Next,
            Opener::Do => c == C::Loop,
            Opener::Sub => matches!(c, C::EndSub | C::Declaration),
            Opener::Function => matches!(c, C::EndFunction | C::Declaration),
            Opener::Operator => matches!(c, C::EndOperator | C::Declaration),
            Opener::Get => c == C::EndGet,
            Opener::Set => c == C::EndSet,
            Opener::Property => matches!(c, C::EndProperty | C::Accessor | C::Declaration),
            Opener::SubLambda => c == C::EndSub,
            Opener::FunctionLambda => c == C::EndFunction,
            Opener::Class => c == C::EndClass,
            Opener::Structure => c == C::EndStructure,
            Opener::Module => c == C::EndModule,
            Opener::Interface => c == C::EndInterface,
            Opener::Enum => c == C::EndEnum,
            Opener::Namespace => c == C::EndNamespace,
        }
    }

    /// The error a block reports at its opening statement when its end is missing.
    pub(crate) fn missing_end(self) -> Code {
        match self {
            Opener::If => Code::BC30081,
            Opener::While => Code::BC30082,
            Opener::Select => Code::BC30095,
            Opener::Try => Code::BC30384,
            Opener::Using => Code::BC36008,
            Opener::With => Code::BC30085,
            Opener::For => Code::BC30084,
            Opener::Do => Code::BC30083,
            Opener::Sub => Code::BC30026,
            Opener::Function => Code::BC30027,
            Opener::Operator => Code::BC33005,
            Opener::Property => Code::BC30025,
            Opener::Get => Code::BC30631,
            Opener::Set => Code::BC30633,
            Opener::SubLambda => Code::BC36673,
            Opener::FunctionLambda => Code::BC36674,
            Opener::Class => Code::BC30481,
            Opener::Structure => Code::BC30624,
            Opener::Module => Code::BC30625,
            Opener::Interface => Code::BC30253,
            Opener::Enum => Code::BC30185,
            Opener::Namespace => Code::BC30626,
        }
    }
}

impl Closer {
    /// The error for this line when no open block owns it.
    fn stray(self) -> Code {
        match self {
            Closer::EndIf => Code::BC30087,
            Closer::EndWhile => Code::BC30090,
            Closer::EndSelect => Code::BC30088,
            Closer::EndTry => Code::BC30383,
            Closer::EndUsing => Code::BC36007,
            Closer::EndWith => Code::BC30093,
            Closer::EndSub => Code::BC30429,
            Closer::EndFunction => Code::BC30430,
            Closer::EndOperator => Code::BC33007,
            Closer::EndProperty => Code::BC30431,
            Closer::EndGet => Code::BC30630,
            Closer::EndSet => Code::BC30632,
            Closer::EndClass => Code::BC30460,
            Closer::EndStructure => Code::BC30621,
            Closer::EndModule => Code::BC30622,
            Closer::EndInterface => Code::BC30252,
            Closer::EndEnum => Code::BC30184,
            Closer::EndNamespace => Code::BC30623,
            Closer::Next => Code::BC30092,
            Closer::Loop => Code::BC30091,
            Closer::Else => Code::BC30086,
            Closer::ElseIf => Code::BC36005,
            Closer::Case => Code::BC30072,
            Closer::Catch => Code::BC30380,
            Closer::Finally => Code::BC30382,
            Closer::Accessor | Closer::Declaration => Code::BC30289,
        }
    }
}

impl Parser<'_> {
    /// What the line at the cursor closes, if anything.
    pub(crate) fn closer_at(&self) -> Option<Closer> {
        use TokenKind as K;
        let c = match self.kind() {
            K::End => match self.nth(1) {
                K::If => Closer::EndIf,
                K::While => Closer::EndWhile,
                K::Select => Closer::EndSelect,
                K::Try => Closer::EndTry,
                K::Using => Closer::EndUsing,
                K::With => Closer::EndWith,
                K::Sub => Closer::EndSub,
                K::Function => Closer::EndFunction,
                K::Operator => Closer::EndOperator,
                K::Property => Closer::EndProperty,
                K::Get => Closer::EndGet,
                K::Set => Closer::EndSet,
                K::Class => Closer::EndClass,
                K::Structure => Closer::EndStructure,
                K::Module => Closer::EndModule,
                K::Interface => Closer::EndInterface,
                K::Enum => Closer::EndEnum,
                K::Namespace => Closer::EndNamespace,
                _ => return None,
            },
            K::EndIf => Closer::EndIf,
            K::Wend => Closer::EndWhile,
            K::Next => Closer::Next,
            K::Loop => Closer::Loop,
            K::Else => Closer::Else,
            K::ElseIf => Closer::ElseIf,
            K::Case => Closer::Case,
            K::Catch => Closer::Catch,
            K::Finally => Closer::Finally,
            K::Get | K::Set => Closer::Accessor,
            _ if self.at_accessor() => Closer::Accessor,
            _ if self.at_declaration() => Closer::Declaration,
            _ => return None,
        };
        Some(c)
    }

    /// True at `Get`/`Set` with access modifiers or attributes before it.
    pub(crate) fn at_accessor(&self) -> bool {
        use TokenKind as K;
        let mut i = 0;
        if self.at(K::Lt) {
            i = self.skip_attributes_ahead();
        }
        while matches!(
            self.nth(i),
            K::Public | K::Private | K::Protected | K::Friend
        ) {
            i += 1;
        }
        i > 0 && matches!(self.nth(i), K::Get | K::Set)
    }

    /// The number of tokens an attribute block at the cursor spans (to its `>`).
    fn skip_attributes_ahead(&self) -> usize {
        let mut i = 0;
        while !matches!(self.nth(i), TokenKind::Newline | TokenKind::Eof) {
            if self.nth(i) == TokenKind::Gt {
                return i + 1;
            }
            i += 1;
        }
        i
    }

    /// True at a line that can only start a member or type declaration.
    pub(crate) fn at_declaration(&self) -> bool {
        use TokenKind as K;
        match self.kind() {
            K::Public
            | K::Private
            | K::Protected
            | K::Friend
            | K::Shared
            | K::Shadows
            | K::Overloads
            | K::Overridable
            | K::Overrides
            | K::MustOverride
            | K::NotOverridable
            | K::NotInheritable
            | K::MustInherit
            | K::ReadOnly
            | K::WriteOnly
            | K::Default
            | K::Partial
            | K::WithEvents
            | K::Widening
            | K::Narrowing
            | K::Sub
            | K::Function
            | K::Property
            | K::Class
            | K::Structure
            | K::Module
            | K::Interface
            | K::Enum
            | K::Namespace
            | K::Delegate
            | K::Event
            | K::Operator
            | K::Declare
            | K::Inherits
            | K::Implements
            | K::Imports
            | K::Option => true,
            K::Lt => true,
            K::Ident => {
                (self.at_contextual("Iterator") || self.at_contextual("Async"))
                    && matches!(
                        self.nth(1),
                        K::Function | K::Sub | K::Public | K::Private | K::Friend | K::Protected
                    )
            }
            _ => false,
        }
    }

    /// True when some open block owns `c`.
    pub(crate) fn owned(&self, c: Closer) -> bool {
        self.open.iter().any(|o| o.accepts(c))
    }

    /// Skips the empty statements (blank lines, stray `:`) at the cursor.
    pub(crate) fn skip_empty(&mut self) {
        while matches!(self.kind(), TokenKind::Newline | TokenKind::Colon) {
            self.bump();
        }
        self.line_error = false;
    }

    /// The lines of a block, up to a line that an open block owns (left at the cursor) or
    /// the end of the file. Stray end lines are reported and skipped.
    pub(crate) fn block_lines(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        loop {
            self.skip_empty();
            if self.at(TokenKind::Eof) {
                return out;
            }
            if let Some(c) = self.closer_at() {
                if self.owned(c) {
                    return out;
                }
                if c != Closer::Declaration && c != Closer::Accessor {
                    self.stray_line(c);
                    continue;
                }
            }
            out.push(self.statement());
        }
    }

    /// Reports a line that no open block owns and skips it.
    pub(crate) fn stray_line(&mut self, c: Closer) {
        let r = self.line_range();
        self.error(c.stray(), r, &[]);
        self.skip_line();
        self.end_of_statement();
    }

    /// Pushes a block, runs `f` for its lines, pops it.
    pub(crate) fn with_open<T>(&mut self, o: Opener, f: impl FnOnce(&mut Self) -> T) -> T {
        self.open.push(o);
        let res = f(self);
        self.open.pop();
        res
    }

    /// Consumes the end line `c` of block `o` (opened by the statement at `header`), or
    /// reports the end missing there. Returns whether the end was found.
    pub(crate) fn end_block(&mut self, o: Opener, c: Closer, header: TextRange) -> bool {
        if self.closer_at() == Some(c) {
            let first = self.bump().kind;
            if matches!(c, Closer::Next | Closer::Loop) {
                return true;
            }
            if first == TokenKind::End {
                self.bump();
            }
            self.end_of_statement();
            return true;
        }
        self.error_at_range(o.missing_end(), header);
        false
    }
}
