//! What the names of a body refer to, for the language server's hover and go to
//! definition, in both languages. A binder notes each local and parameter it reads,
//! each member, called overload and written type with its range (file positions), but
//! only inside [`recording`]: the compilers never ask, and a binder that is not
//! recording (it asks [`active`] once, when it starts) makes no note. [`innermost`]
//! picks the name at a position.

use crate::emit::module::RowSymbol;
use crate::ir::LocalId;
use crate::source::{FileId, TextRange};
use crate::symbols::{FieldId, MethodId, World};
use crate::types::{Ty, TypeId};
use std::cell::RefCell;
use std::sync::Arc;

/// A symbol a name in a body refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A local of the noting body's IR (`Body::locals`).
    Local(LocalId),
    /// A parameter by IL argument index (0 is `this` in instance methods).
    Param(u16),
    /// Members with their declaring type's type arguments.
    Field(FieldId, Arc<[Ty]>),
    Method(MethodId, Arc<[Ty]>),
    /// The n-th property of a type.
    Property(TypeId, u32, Arc<[Ty]>),
    /// The n-th event of a type.
    Event(TypeId, u32, Arc<[Ty]>),
    Type(Ty),
}

/// A name and what it refers to: where it is, the body it is in (when the binder
/// knows it), and whether the name declares it (a local).
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub file: FileId,
    pub range: TextRange,
    pub body: Option<MethodId>,
    pub target: Target,
    pub declaration: bool,
}

thread_local! {
    static NOTES: RefCell<Option<Vec<Reference>>> = const { RefCell::new(None) };
}

/// Runs `bind` (binding one body on this thread) and returns what it noted.
pub fn recording<T>(bind: impl FnOnce() -> T) -> (T, Vec<Reference>) {
    let outer = NOTES.with_borrow_mut(|n| n.replace(Vec::new()));
    let out = bind();
    let notes = NOTES.with_borrow_mut(|n| std::mem::replace(n, outer));
    (out, notes.unwrap_or_default())
}

/// Whether this thread is recording (a binder asks once, when it starts).
pub fn active() -> bool {
    NOTES.with_borrow(Option::is_some)
}

/// Notes that the name at `range` of `file` (in `body`) refers to `target` (made only
/// while recording, and only when it names something).
pub fn note(
    file: FileId,
    body: Option<MethodId>,
    range: TextRange,
    declaration: bool,
    target: impl FnOnce() -> Option<Target>,
) {
    NOTES.with_borrow_mut(|n| {
        if let Some((n, target)) = n.as_mut().and_then(|n| Some((n, target()?))) {
            n.push(Reference {
                file,
                range,
                body,
                target,
                declaration,
            });
        }
    });
}

/// Re-targets the last note inside `within` that names one of `candidates` to the
/// method overload resolution chose (a binder that notes a method group before the
/// call is resolved, with the whole call's range at hand).
pub fn choose(within: TextRange, candidates: &[MethodId], chosen: Target) {
    NOTES.with_borrow_mut(|n| {
        let last = n.as_mut().and_then(|n| {
            n.iter_mut().rev().find(|r| {
                within.start <= r.range.start
                    && r.range.end <= within.end
                    && matches!(&r.target, Target::Method(m, _) if candidates.contains(m))
            })
        });
        if let Some(r) = last {
            r.target = chosen;
        }
    });
}

/// The innermost name of `file` holding `offset`; of equal ones the last noted (a
/// call's chosen overload after its method group).
pub fn innermost(notes: &[Reference], file: FileId, offset: u32) -> Option<&Reference> {
    let holds = |r: &&Reference| r.file == file && r.range.start <= offset && offset <= r.range.end;
    let best = notes
        .iter()
        .filter(holds)
        .min_by_key(|r| r.range.end - r.range.start)?;
    notes
        .iter()
        .rev()
        .find(|r| r.file == file && r.range == best.range)
}

/// Where `r`'s local is declared: the declaring note of the same local in the same
/// body.
pub fn declaration_of<'a>(notes: &'a [Reference], r: &Reference) -> Option<&'a Reference> {
    notes
        .iter()
        .find(|d| d.declaration && d.target == r.target && d.body == r.body && d.file == r.file)
}

/// The declared name (a type's or member's own, from a compilation's row ranges) of
/// `file` holding `offset`, as a target with its range (a type as `world` normalizes
/// it: `System.Int32` is `int`); a synthesized constructor, declared at its type's name,
/// gives way to the type.
pub fn declared_at<'a>(
    world: &World,
    rows: impl IntoIterator<Item = (&'a RowSymbol, &'a (FileId, TextRange))>,
    file: FileId,
    offset: u32,
) -> Option<(Target, TextRange)> {
    let (symbol, (_, range)) = rows
        .into_iter()
        .filter(|(_, (f, r))| *f == file && r.start <= offset && offset <= r.end)
        .min_by_key(|(s, (_, r))| (r.end - r.start, !matches!(s, RowSymbol::Type(_))))?;
    let none = || std::sync::Arc::from([]);
    let target = match *symbol {
        RowSymbol::Type(id) => Target::Type(world.normalize(id, none())),
        RowSymbol::Method(id) => Target::Method(id, none()),
        RowSymbol::Field(id) => Target::Field(id, none()),
        RowSymbol::Property(t, i) => Target::Property(t, i, none()),
        RowSymbol::Event(t, i) => Target::Event(t, i, none()),
    };
    Some((target, *range))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn method(idx: u32) -> Target {
        Target::Method(
            MethodId {
                ty: TypeId { asm: 1, idx: 0 },
                idx,
            },
            Arc::from([]),
        )
    }

    fn ids(n: &[Reference]) -> Vec<Option<u32>> {
        n.iter()
            .map(|r| match &r.target {
                Target::Method(m, _) => Some(m.idx),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn notes_are_made_only_while_recording() {
        note(FileId(0), None, TextRange::new(0, 1), false, || {
            Some(method(1))
        });
        assert!(!active());
        let ((), notes) = recording(|| {
            assert!(active());
            note(FileId(0), None, TextRange::new(0, 1), false, || {
                Some(method(1))
            });
            note(FileId(0), None, TextRange::new(2, 3), false, || None);
        });
        assert_eq!(ids(&notes), [Some(1)]);
        assert!(!active());
    }

    #[test]
    fn the_innermost_name_wins_and_of_equal_ones_the_last() {
        let ((), notes) = recording(|| {
            let f = FileId(0);
            note(f, None, TextRange::new(0, 20), false, || Some(method(1)));
            note(f, None, TextRange::new(4, 7), false, || Some(method(2)));
            note(f, None, TextRange::new(4, 7), false, || Some(method(3)));
            note(FileId(1), None, TextRange::new(5, 6), false, || {
                Some(method(4))
            });
        });
        let at = |o| innermost(&notes, FileId(0), o).map(|r| ids(std::slice::from_ref(r))[0]);
        assert_eq!(at(5), Some(Some(3)));
        assert_eq!(at(10), Some(Some(1)));
        assert_eq!(at(30), None);
    }

    #[test]
    fn a_call_retargets_its_method_group() {
        let group = |idx| MethodId {
            ty: TypeId { asm: 1, idx: 0 },
            idx,
        };
        let ((), notes) = recording(|| {
            note(FileId(0), None, TextRange::new(4, 7), false, || {
                Some(method(1))
            });
            choose(TextRange::new(0, 12), &[group(1), group(2)], method(2));
            // Outside the call, or not a candidate: left alone.
            choose(TextRange::new(8, 12), &[group(1)], method(9));
            choose(TextRange::new(0, 12), &[group(5)], method(9));
        });
        assert_eq!(ids(&notes), [Some(2)]);
    }
}
