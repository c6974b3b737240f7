//! VB's flow warnings, over the shared definite-assignment analysis
//! (`frontend_core::flow`), worded and placed as Roslyn VB does:
//! - a local read before any assignment: BC42104 (BC42030 when passed `ByRef`) for
//!   reference types, BC42109 (BC42108) for structures with reference fields; locals of
//!   intrinsic value types, enums and unconstrained type parameters are never reported,
//!   as VB zero-initializes them; once per local, at the first such read;
//! - a `Function`, `Get` or `Operator` whose end (`End Function`, or an `Exit Function`)
//!   is reached without a value: BC42353/BC42355/BC42354 for intrinsic value types,
//!   BC42105/BC42107/BC42106 for reference types (and non-empty structures), at the
//!   `End …` line; conditions are never taken as constant (`While True` may end);
//! - a local declared without an initializer and never used: BC42024.
//!
//! The analysis reports a read with the statement it belongs to (the last sequence
//! point); the read's span is the first name in that statement that resolved to the
//! local outside an assignment's target and inside no nested statement.
//! Not reported: unreachable code (VB does not warn about it).

use super::BodyBinder;
use crate::bind::declare::Returner;
use frontend_core::diag::Code;
use frontend_core::flow::{self, ReadKind};
use frontend_core::ir::visit::{self, Child};
use frontend_core::ir::{LocalId, Stmt};
use frontend_core::source::TextRange;
use frontend_core::symbols::field_flags;
use frontend_core::types::Ty;
use std::collections::HashSet;

/// How VB treats a local's type for these warnings.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Track {
    /// Zero-initialized and fine to read (intrinsic value types, enums, type parameters,
    /// structures without reference fields).
    No,
    Reference,
    Structure,
}

impl BodyBinder<'_> {
    /// Reports the flow warnings of the finished body (`block` is the method's whole
    /// block, whose last line is its `End …` statement).
    pub(crate) fn flow_warnings(&mut self, block: TextRange, returner: &Returner) {
        let analysis = flow::analyze(&self.body);
        let statements = self.statement_ranges();
        let ret_local = self.ret_local.as_ref().map(|(_, l)| *l);
        let mut reported: HashSet<LocalId> = HashSet::new();
        let mut missing_return = false;
        for read in &analysis.unassigned_reads {
            if read.kind == ReadKind::Returned && Some(read.local) == ret_local {
                missing_return = true;
                continue;
            }
            if reported.contains(&read.local) {
                continue;
            }
            let Some(sym) = self.body.locals.get(read.local.0 as usize) else {
                continue;
            };
            if sym.synthesized && Some(read.local) != ret_local {
                continue;
            }
            let track = self.track(&sym.ty.clone(), 0);
            let code = match (track, read.kind) {
                (Track::No, _) | (Track::Structure, ReadKind::Receiver) => continue,
                (Track::Reference, ReadKind::ByRef) => Code::BC42030,
                (Track::Reference, _) => Code::BC42104,
                (Track::Structure, ReadKind::ByRef) => Code::BC42108,
                (Track::Structure, _) => Code::BC42109,
            };
            let Some(statement) = read.statement else {
                continue;
            };
            let Some(at) = self.read_site(read.local, statement, &statements) else {
                continue;
            };
            reported.insert(read.local);
            let name = sym.name.clone();
            self.warn(code, at, &[&name]);
        }
        if missing_return {
            self.missing_return(block, returner);
        }
        let unused: Vec<(LocalId, TextRange)> = self
            .uninit_decls
            .iter()
            .filter(|(id, _)| !self.local_refs.iter().any(|r| r.0 == *id))
            .copied()
            .collect();
        for (id, at) in unused {
            let name = self.body.locals[id.0 as usize].name.clone();
            self.warn(Code::BC42024, at, &[&name]);
        }
    }

    fn warn(&mut self, code: Code, range: TextRange, args: &[&str]) {
        self.error(code, range, args);
    }

    /// BC42105/42106/42107 or BC42353/42354/42355 at the block's `End …` line.
    fn missing_return(&mut self, block: TextRange, returner: &Returner) {
        let ret = self.method.ret.clone();
        let ty = self.world.enum_underlying(&ret).unwrap_or(ret.clone());
        let intrinsic = is_intrinsic(&ty);
        let reference = !intrinsic && self.is_reference(&ty);
        let structure = !intrinsic
            && !reference
            && !matches!(ty, Ty::Var(_) | Ty::MVar(_))
            && self.track(&ty, 0) == Track::Structure;
        let code = match (returner, intrinsic, reference || structure) {
            (Returner::Function, true, _) => Code::BC42353,
            (Returner::Property, true, _) => Code::BC42355,
            (Returner::Operator(_), true, _) => Code::BC42354,
            (Returner::Function, false, true) => Code::BC42105,
            (Returner::Property, false, true) => Code::BC42107,
            (Returner::Operator(_), false, true) if reference => Code::BC42106,
            _ => return,
        };
        let name = match returner {
            Returner::Operator(op) => op.clone(),
            _ => self
                .ret_local
                .as_ref()
                .map(|(n, _)| n.clone())
                .unwrap_or_else(|| self.method.name.clone()),
        };
        let at = last_line(self.src, block);
        self.warn(code, at, &[&name]);
    }

    /// Whether (and how) VB warns about reading `ty` unassigned.
    fn track(&self, ty: &Ty, depth: u32) -> Track {
        if is_intrinsic(ty) || ty.is_error() || depth > 8 {
            return Track::No;
        }
        if self.is_reference(ty) {
            return Track::Reference;
        }
        let Ty::Named(id, args) = ty else {
            return Track::No;
        };
        if !self.world.is_value_type(ty) || self.world.is_enum(ty) {
            return Track::No;
        }
        // Roslyn VB's tracked structure fields: instance fields not of intrinsic types
        // or unconstrained type parameters; private ones only from source or of generic
        // structures.
        let from_source = id.asm == 0;
        let details = self.world.details(*id);
        for f in &details.fields {
            if f.is_static() || f.is_literal() {
                continue;
            }
            let private = f.flags & field_flags::ACCESS_MASK == field_flags::PRIVATE;
            if private && !from_source && args.is_empty() {
                continue;
            }
            let fty = f.ty.subst(args, &[]);
            match self.track(&fty, depth + 1) {
                Track::No => {}
                _ => return Track::Structure,
            }
        }
        Track::No
    }

    /// The range of every statement (sequence point) in the body, lambdas included.
    fn statement_ranges(&self) -> Vec<TextRange> {
        fn collect(c: Child<'_>, out: &mut Vec<TextRange>) {
            match c {
                Child::Stmt(s) => {
                    if let Stmt::SeqPoint(r) = s {
                        out.push(*r);
                    }
                    visit::stmt_children_mut(s, &mut |c| collect(c, out));
                }
                Child::Expr(e) => visit::children_mut(e, &mut |c| collect(c, out)),
            }
        }
        let mut out = Vec::new();
        let mut stmts = self.body.stmts.clone();
        for s in &mut stmts {
            collect(Child::Stmt(s), &mut out);
        }
        out
    }

    /// Where a read of `local` in `statement` is: the first name that resolved to it
    /// (not as an assignment's target) whose innermost statement is `statement`, else
    /// the first after `statement` begins and before the next statement does (a `Dim`'s
    /// sequence point covers only the name, not its initializer), else the first
    /// inside `statement`.
    fn read_site(
        &self,
        local: LocalId,
        statement: TextRange,
        statements: &[TextRange],
    ) -> Option<TextRange> {
        let inside = |outer: TextRange, r: TextRange| outer.start <= r.start && r.end <= outer.end;
        let innermost = |r: TextRange| {
            statements
                .iter()
                .filter(|s| inside(**s, r))
                .min_by_key(|s| s.end - s.start)
                .copied()
        };
        let latest_before = |r: TextRange| {
            statements
                .iter()
                .filter(|s| s.start <= r.start)
                .max_by_key(|s| (s.start, std::cmp::Reverse(s.end - s.start)))
                .copied()
        };
        let mut candidates: Vec<TextRange> = self
            .local_refs
            .iter()
            .filter(|(id, r, write)| *id == local && !*write && r.start >= statement.start)
            .map(|(_, r, _)| *r)
            .collect();
        candidates.sort_by_key(|r| r.start);
        candidates
            .iter()
            .find(|r| inside(statement, **r) && innermost(**r) == Some(statement))
            .or_else(|| {
                candidates
                    .iter()
                    .find(|r| innermost(**r).is_none() && latest_before(**r) == Some(statement))
            })
            .or_else(|| candidates.iter().find(|r| inside(statement, **r)))
            .copied()
    }
}

/// VB's intrinsic value types (never reported when read unassigned).
fn is_intrinsic(ty: &Ty) -> bool {
    ty.is_numeric() || matches!(ty, Ty::Bool | Ty::Char)
}

/// The last line of `block` without its indentation: the `End …` statement.
fn last_line(src: &str, block: TextRange) -> TextRange {
    let (start, end) = (block.start as usize, block.end as usize);
    let Some(text) = src.get(start..end) else {
        return block;
    };
    let text = text.trim_end();
    let line_start = text.rfind('\n').map_or(0, |i| i + 1);
    let indent = text[line_start..].len() - text[line_start..].trim_start().len();
    TextRange {
        start: (start + line_start + indent) as u32,
        end: (start + text.len()) as u32,
    }
}
