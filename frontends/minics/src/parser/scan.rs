//! Side-effect-free lookahead: does a type start here, and where does it end; is this `<`
//! a type argument list; is this `(` a cast or a lambda's parameter list. These are the
//! C# specification's disambiguation rules, run on token indices without building
//! anything, so the parser can commit to one reading.

use super::Parser;
use crate::token::TokenKind;

/// What a type scan may take beyond a plain name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct TypeScan {
    /// `T?` is a nullable type (not in `is T ? a : b` positions).
    pub nullable: bool,
    /// `T*` is a pointer type.
    pub pointer: bool,
}

impl TypeScan {
    pub(crate) const FULL: TypeScan = TypeScan {
        nullable: true,
        pointer: true,
    };
}

impl Parser<'_> {
    /// The token index after a type starting at `i`, if one does.
    pub(crate) fn scan_type(&self, i: usize, mode: TypeScan) -> Option<usize> {
        let mut i = self.scan_non_array_type(i)?;
        loop {
            match self.tok(i).kind {
                TokenKind::Question if mode.nullable && !self.scan_question_is_conditional(i) => {
                    i += 1
                }
                TokenKind::Star if mode.pointer => i += 1,
                TokenKind::LBracket => {
                    let mut j = i + 1;
                    while self.tok(j).kind == TokenKind::Comma {
                        j += 1;
                    }
                    if self.tok(j).kind != TokenKind::RBracket {
                        return Some(i);
                    }
                    i = j + 1;
                }
                _ => return Some(i),
            }
        }
    }

    /// A `?` after a type is the conditional operator when what follows can only start
    /// an expression (`x is T ? a : b`), not a declaration name or a closer.
    pub(crate) fn scan_question_is_conditional(&self, i: usize) -> bool {
        let next = self.tok(i + 1).kind;
        let after = self.tok(i + 2).kind;
        match next {
            // `T? x` declares; `T? x : y` (conditional) has an identifier then `:`.
            TokenKind::Ident => after == TokenKind::Colon,
            TokenKind::Gt
            | TokenKind::Comma
            | TokenKind::RParen
            | TokenKind::RBracket
            | TokenKind::LBracket
            | TokenKind::Semicolon
            | TokenKind::Eq
            | TokenKind::Star
            | TokenKind::Eof => false,
            _ => true,
        }
    }

    fn scan_non_array_type(&self, i: usize) -> Option<usize> {
        let k = self.tok(i).kind;
        if is_predefined_type(k) {
            return Some(i + 1);
        }
        if k != TokenKind::Ident {
            return None;
        }
        let mut i = i + 1;
        if self.tok(i).kind == TokenKind::ColonColon && self.tok(i + 1).kind == TokenKind::Ident {
            i += 2;
        }
        loop {
            if self.tok(i).kind == TokenKind::Lt {
                i = self.scan_type_args(i)?;
            }
            if self.tok(i).kind == TokenKind::Dot && self.tok(i + 1).kind == TokenKind::Ident {
                i += 2;
                continue;
            }
            return Some(i);
        }
    }

    /// `<` T (, T)* `>` starting at `i` (the `<`); the index after the `>`.
    pub(crate) fn scan_type_args(&self, i: usize) -> Option<usize> {
        let mut i = i + 1;
        loop {
            i = self.scan_type(i, TypeScan::FULL)?;
            match self.tok(i).kind {
                TokenKind::Comma => i += 1,
                TokenKind::Gt => return Some(i + 1),
                _ => return None,
            }
        }
    }

    /// C# §7.6.4.2: after a name, `<` starts a type argument list when the list scans and
    /// the token after the `>` is one of `( ) ] } : ; , . ? == != | ^ && || & [`.
    pub(crate) fn is_generic_args(&self, lt: usize) -> bool {
        let Some(end) = self.scan_type_args(lt) else {
            return false;
        };
        use TokenKind::*;
        matches!(
            self.tok(end).kind,
            LParen
                | RParen
                | RBracket
                | RBrace
                | Colon
                | Semicolon
                | Comma
                | Dot
                | QuestionDot
                | Question
                | EqEq
                | BangEq
                | Pipe
                | Caret
                | AmpAmp
                | PipePipe
                | Amp
                | LBracket
                | Eof
        )
    }

    /// The index of the `)` matching the `(` at `i`.
    pub(crate) fn matching_paren(&self, i: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut j = i;
        loop {
            match self.tok(j).kind {
                TokenKind::LParen => depth += 1,
                TokenKind::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                TokenKind::Eof | TokenKind::Semicolon | TokenKind::LBrace | TokenKind::RBrace => {
                    return None;
                }
                _ => {}
            }
            j += 1;
        }
    }

    /// `(` … `)` `=>` at the cursor, or `x =>`.
    pub(crate) fn at_lambda(&self) -> bool {
        match self.kind() {
            TokenKind::Ident => self.nth(1) == TokenKind::FatArrow,
            TokenKind::LParen => self
                .matching_paren(self.pos)
                .is_some_and(|j| self.tok(j + 1).kind == TokenKind::FatArrow),
            _ => false,
        }
    }

    /// C# §7.7.6: `(T)x` is a cast when `T` is a predefined type (or built on one), or when
    /// the token after `)` is `~`, `!`, `(`, an identifier, a literal, or a keyword other
    /// than `as` and `is`.
    pub(crate) fn at_cast(&self) -> bool {
        let open = self.pos;
        let Some(end) = self.scan_type(open + 1, TypeScan::FULL) else {
            return false;
        };
        if self.tok(end).kind != TokenKind::RParen {
            return false;
        }
        if is_predefined_type(self.tok(open + 1).kind) {
            return true;
        }
        let after = self.tok(end + 1).kind;
        use TokenKind::*;
        match after {
            Tilde | Bang | LParen | Ident => true,
            As | Is => false,
            k if is_literal(k) => true,
            k => k.is_keyword(),
        }
    }

    /// At a local declaration `T x` (followed by `=`, `;`, `,`, `[`, `)` or `in`) or, when
    /// `allow_function`, a local function `T F(` / `T F<`.
    pub(crate) fn at_local_decl(&self, allow_function: bool) -> DeclShape {
        let Some(end) = self.scan_type(self.pos, TypeScan::FULL) else {
            return DeclShape::None;
        };
        use TokenKind::*;
        let name = self.tok(end).kind;
        // A keyword as the name (`int class = 1;`) is a declaration with a bad name.
        if name.is_keyword() && matches!(self.tok(end + 1).kind, Eq | Semicolon | Comma) {
            return DeclShape::Variable;
        }
        if name != Ident {
            return DeclShape::None;
        }
        match self.tok(end + 1).kind {
            Eq | Semicolon | Comma | LBracket | RParen | In => DeclShape::Variable,
            LParen | Lt if allow_function => DeclShape::Function,
            _ => DeclShape::None,
        }
    }
}

/// What a statement that starts with a type declares.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DeclShape {
    None,
    Variable,
    Function,
}

/// The keywords that name predefined types.
pub(crate) fn is_predefined_type(k: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        k,
        Bool | Byte
            | Sbyte
            | Char
            | Short
            | Ushort
            | Int
            | Uint
            | Long
            | Ulong
            | Float
            | Double
            | Decimal
            | String
            | Object
            | Void
    )
}

/// Literal tokens (and `true`, `false`, `null`).
pub(crate) fn is_literal(k: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        k,
        IntLiteral
            | RealLiteral
            | CharLiteral
            | StringLiteral
            | VerbatimStringLiteral
            | InterpolatedString
            | True
            | False
            | Null
    )
}
