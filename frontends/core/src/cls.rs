//! The CLS pass of both compilers: the emitted assembly is judged by the same engine as
//! the `cls-check` tool (metadata only, no second implementation), and each finding is
//! mapped back from its metadata row to the declaration that made it, where it is
//! reported as a warning with the language's code.

use crate::diag::{Code, Diagnostic};
use crate::emit::module::RowSymbol;
use crate::source::{FileId, TextRange};
use crate::symbols::AsmSymbols;
use il_emit::reader::Assembly;
use std::collections::HashMap;
use std::sync::Arc;

/// Judges `image` (the assembly just emitted) against its references. `rows` says what
/// each definition row stands for, `declared` where each symbol was declared, and
/// `code_of` turns the engine's C# code (`CS3001`) into the language's. Findings the
/// language has no code for, or on rows without a declaration, are not reported.
pub fn check(
    image: &[u8],
    refs: &[Arc<AsmSymbols>],
    rows: &rustc_hash::FxHashMap<u32, RowSymbol>,
    declared: &HashMap<RowSymbol, (FileId, TextRange)>,
    code_of: impl Fn(&str) -> Option<Code>,
) -> Vec<Diagnostic> {
    let Ok(ours) = Assembly::parse(image) else {
        return Vec::new();
    };
    let mut assemblies = vec![ours];
    assemblies.extend(
        refs.iter()
            .filter_map(|r| r.image.as_deref())
            .filter_map(|bytes| Assembly::parse(bytes).ok()),
    );
    let world = cls_check::World::new(assemblies);
    let mut out = Vec::new();
    for f in cls_check::check(&world) {
        let Some(code) = f.code.and_then(&code_of) else {
            continue;
        };
        let Some((file, range)) = rows.get(&f.target).and_then(|s| declared.get(s)) else {
            continue;
        };
        out.push(Diagnostic::new(code, *file, *range, &[&f.message]));
    }
    out
}
