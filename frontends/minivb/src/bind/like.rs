//! The `Like` operator without Microsoft.VisualBasic.dll: when a file uses `Like`, a
//! small module written in minivb itself (`like_operator.vb`, compiled with the user's
//! files as one more unit) joins the compilation, and `a Like b` binds to its
//! `LikeString(a, b)`. It implements `Option Compare Binary` (ordinal) matching: `?` any
//! character, `*` any run of characters, `#` a digit, `[list]`/`[!list]` with `a-z`
//! ranges; `Nothing` is the empty string. vbc calls
//! `Microsoft.VisualBasic.CompilerServices.LikeOperator.LikeString` instead, which adds
//! `Option Compare Text` and throws on a malformed `[` (here it fails to match).
//!
//! The module is `Friend`, so referencing assemblies never see it, and its bodies carry
//! no sequence points (they have no file in the PDB).

use crate::parser::parse;
use crate::preprocess::Constants;
use crate::syntax::CompilationUnit;
use crate::token::TokenKind;
use frontend_core::source::FileId;

/// The helper module's name (also what the binder looks up).
pub(crate) const MODULE: &str = "VbcLiteLikeOperator";

/// The helper's source.
pub(crate) const SOURCE: &str = include_str!("like_operator.vb");

/// Whether any of `sources` has a `Like` token (comments and strings aside).
pub(crate) fn used(units: &[(FileId, &CompilationUnit)], sources: &[&str]) -> bool {
    units.iter().any(|(file, _)| {
        let text = sources.get(file.0 as usize).copied().unwrap_or("");
        text.to_ascii_lowercase().contains("like")
            && crate::lexer::lex(*file, text, &Constants::default())
                .tokens
                .iter()
                .any(|t| t.kind == TokenKind::Like)
    })
}

/// The helper as a compilation unit for file `file`.
pub(crate) fn unit(file: FileId) -> (FileId, CompilationUnit) {
    let (u, _) = parse(file, SOURCE, &Constants::default());
    (file, u)
}
