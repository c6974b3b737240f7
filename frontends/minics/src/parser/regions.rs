//! Parsing one file on several threads. Brace matching over the token stream finds the
//! places where a type declaration ends at namespace level (a `}` that closes a type's
//! body, and the `;` after it); runs of namespace members between such places are
//! *regions*, parsed ahead on every core, each by its own parser starting at the
//! region's first token with the state the serial parser has at a namespace member
//! when nothing went wrong before it (no diagnostic, no nesting, no pending statements).
//!
//! The serial parse then runs as ever, and wherever it stands at the start of a region
//! in that same state it takes the region's members and jumps to its end
//! ([`Parser::splice`]). Only a region that parsed without a diagnostic and ended
//! exactly where the next one starts is taken; any other is parsed again in place. So
//! the tree and the diagnostics are those of the serial parse whatever the threads and
//! wherever the braces are (each parser reads the whole token stream, so lookahead past
//! a region's end sees what the serial parser sees). The one difference: a region
//! interns its identifiers' text on its own, so equal names in two regions may be two
//! allocations (equal as values).

use super::Parser;
use crate::lexer::Token;
use crate::syntax::NamespaceMember;
use crate::token::TokenKind;
use frontend_core::source::FileId;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Files with fewer tokens are parsed on the calling thread alone.
const PARALLEL_TOKENS: usize = 16_384;

/// Regions are at least this many tokens (fewer costs more in hand-offs than it saves).
const MIN_REGION: usize = 1024;

/// A run of namespace members: tokens `start..end`, inside a namespace body or at the
/// top of the file (`top`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Region {
    start: usize,
    end: usize,
    top: bool,
}

/// The regions parsed ahead: each with its members when it parsed cleanly, in token
/// order, and the first not yet passed.
#[derive(Default)]
pub(super) struct Splices {
    parsed: Vec<(Region, Option<Vec<NamespaceMember>>)>,
    next: usize,
}

impl Parser<'_> {
    /// At the start of a region parsed ahead cleanly, in the state its parser started
    /// in: takes its members into `out`, moves to its end and returns true.
    pub(super) fn splice(&mut self, top: bool, out: &mut Vec<NamespaceMember>) -> bool {
        let pos = self.pos;
        let s = &mut self.splices;
        while s.parsed.get(s.next).is_some_and(|(r, _)| r.start < pos) {
            s.next += 1;
        }
        let Some((region, members)) = s.parsed.get_mut(s.next) else {
            return false;
        };
        let clean = self.diags.is_empty()
            && self.depth == 0
            && self.stmts.is_empty()
            && self.members.is_empty();
        if region.start != pos || region.top != top || !clean {
            return false;
        }
        let Some(members) = members.take() else {
            return false;
        };
        out.extend(members);
        let end = region.end;
        s.next += 1;
        self.seek(end);
        true
    }
}

/// Parses the regions of `toks` ahead on the worker threads (`frontend_core::pool`;
/// none when the file is small or one thread is asked for). A region whose parser
/// panicked is left to the serial parse, like one that did not parse cleanly.
pub(super) fn parse_regions(file: FileId, text: &str, toks: &[Token], threads: usize) -> Splices {
    if threads < 2 || toks.len() < PARALLEL_TOKENS {
        return Splices::default();
    }
    let regions = find_regions(toks, (toks.len() / (threads * 8)).max(MIN_REGION));
    if regions.len() < 2 {
        return Splices::default();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(region) = regions.get(i) else {
                break;
            };
            let parsed = std::panic::catch_unwind(|| parse_region(file, text, toks, *region));
            done.push((i, parsed.unwrap_or_default()));
        }
        done
    };
    let mut results: Vec<Option<Vec<NamespaceMember>>> = vec![None; regions.len()];
    for (i, members) in frontend_core::pool::on_each(threads, work)
        .into_iter()
        .flatten()
    {
        results[i] = members;
    }
    Splices {
        parsed: regions.into_iter().zip(results).collect(),
        next: 0,
    }
}

/// One region's members, when its parser ended exactly at its end without a diagnostic.
fn parse_region(
    file: FileId,
    text: &str,
    toks: &[Token],
    region: Region,
) -> Option<Vec<NamespaceMember>> {
    let mut p = Parser::new(file, text, toks);
    p.seek(region.start);
    let mut out = Vec::new();
    while p.pos < region.end {
        if p.at(TokenKind::Eof) || (!region.top && p.at(TokenKind::RBrace)) {
            return None;
        }
        p.namespace_member(region.top, &mut out);
        if !p.diags.is_empty() {
            return None;
        }
    }
    (p.pos == region.end).then_some(out)
}

/// The regions of a token stream, each about `size` tokens or more: cut only where a
/// type declaration ends inside a namespace body (or at the top), and ending where the
/// body does.
fn find_regions(toks: &[Token], size: usize) -> Vec<Region> {
    use TokenKind as K;
    let mut regions = Vec::new();
    // The open namespace bodies, innermost last, with the places in each where a type
    // declaration ended; and how many other braces are open inside the innermost (a
    // namespace cannot open inside them).
    let mut namespaces: Vec<Vec<usize>> = Vec::new();
    let mut others = 0usize;
    let mut top_cuts = Vec::new();
    // After `namespace` and a dotted name, the `{` opens a namespace body.
    let mut namespace_head = false;
    let mut end = toks.len().saturating_sub(1);
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            K::LBrace if namespace_head => {
                namespace_head = false;
                namespaces.push(Vec::new());
            }
            K::LBrace => others += 1,
            K::RBrace if others > 0 => {
                namespace_head = false;
                others -= 1;
                if others > 0 {
                    continue;
                }
                let mut at = i + 1;
                if toks.get(at).is_some_and(|t| t.kind == K::Semicolon) {
                    at += 1;
                }
                if !matches!(toks.get(at).map_or(K::Eof, |t| t.kind), K::RBrace | K::Eof) {
                    namespaces.last_mut().unwrap_or(&mut top_cuts).push(at);
                }
            }
            K::RBrace => {
                namespace_head = false;
                // An unbalanced `}` (none open) is the serial parse's to report.
                if let Some(cuts) = namespaces.pop() {
                    cut(&cuts, i, false, size, &mut regions);
                }
            }
            K::Namespace => namespace_head = others == 0,
            K::Eof => {
                end = i;
                break;
            }
            K::Ident | K::Dot => {}
            _ => namespace_head = false,
        }
    }
    // Unclosed namespace bodies: their cuts are dropped (the serial parse reports them).
    if namespaces.is_empty() && others == 0 {
        cut(&top_cuts, end, true, size, &mut regions);
    }
    regions.sort_by_key(|r| r.start);
    regions
}

/// Cuts a body's members from `cuts[0]` to `end` into regions of `size` tokens or more.
fn cut(cuts: &[usize], end: usize, top: bool, size: usize, out: &mut Vec<Region>) {
    let Some(&first) = cuts.first() else {
        return;
    };
    let mut start = first;
    for &c in &cuts[1..] {
        if c - start >= size && end - c >= size / 2 {
            out.push(Region { start, end: c, top });
            start = c;
        }
    }
    if start < end {
        out.push(Region { start, end, top });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lex;

    fn regions(src: &str, size: usize) -> Vec<(usize, usize, bool)> {
        let toks = lex(FileId(0), src, &Default::default()).tokens;
        find_regions(&toks, size)
            .into_iter()
            .map(|r| (r.start, r.end, r.top))
            .collect()
    }

    #[test]
    fn regions_start_after_a_type_and_end_with_the_body() {
        // class A{} class B{} class C{}: tokens 0-3 A, 4-7 B, 8-11 C, 12 Eof.
        assert_eq!(
            regions("class A{} class B{} class C{}", 1),
            [(4, 8, true), (8, 12, true)]
        );
        // namespace N { class A{} class B{}; class C{} }: the `;` stays with B.
        let r = regions("namespace N { class A{} class B{}; class C{} }", 1);
        assert_eq!(r, [(7, 12, false), (12, 16, false)]);
        // Nothing to cut after the last type, nor inside a method body.
        assert_eq!(regions("class A{ void M(){ {} {} } }", 1), []);
    }

    #[test]
    fn small_regions_merge() {
        let src = "class A{} class B{} class C{} class D{}";
        assert_eq!(regions(src, 8), [(4, 12, true), (12, 16, true)]);
        assert_eq!(regions(src, 9), [(4, 16, true)]);
    }

    #[test]
    fn every_region_of_a_clean_file_is_parsed_ahead_and_taken() {
        let mut src = String::from("using System;\nnamespace N {\n");
        for i in 0..2000 {
            src.push_str(&format!(
                "  class C{i} {{ int f; void M() {{ f = {i}; }} }}\n"
            ));
        }
        src.push_str("}\n");
        let toks = crate::parser::with_eof(lex(FileId(0), &src, &Default::default()).tokens);
        let splices = parse_regions(FileId(0), &src, &toks, 2);
        assert!(
            splices.parsed.len() >= 2,
            "{} regions",
            splices.parsed.len()
        );
        assert!(splices.parsed.iter().all(|(_, m)| m.is_some()));
        let mut p = Parser::new(FileId(0), &src, &toks);
        p.splices = splices;
        let unit = p.compilation_unit();
        assert!(
            p.splices.parsed.iter().all(|(_, m)| m.is_none()),
            "all taken"
        );
        assert_eq!(
            unit,
            crate::parser::parse_on(FileId(0), &src, &Default::default(), 1).0
        );
    }
}
