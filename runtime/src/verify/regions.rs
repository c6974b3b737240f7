//! Exception regions (Partition I §12.4.2, Partition III §1.7.5): which protected
//! blocks, handlers and filters contain an offset, and the rules for control crossing
//! their edges: branches may not enter or leave them, `leave` may exit `try` and `catch`
//! blocks but not filters, finally or fault handlers, and nothing enters a handler or
//! filter except the exception mechanism; only a `try` may be entered, at its first
//! instruction.

use super::error::ErrorKind;
use il_emit::il::body::{ClauseKind, ExceptionClause};

/// What a region is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RegionKind {
    Try,
    /// The handler of a `catch` or of a filter.
    Catch,
    Filter,
    Finally,
    Fault,
}

/// One region: `[start, end)` in code offsets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Region {
    pub kind: RegionKind,
    pub start: u32,
    pub end: u32,
}

impl Region {
    pub fn contains(&self, off: u32) -> bool {
        self.start <= off && off < self.end
    }
}

/// Every region of a method (`try` blocks shared by several clauses appear once).
#[derive(Clone, Debug, Default)]
pub struct Regions {
    pub all: Vec<Region>,
}

impl Regions {
    pub fn new(clauses: &[ExceptionClause]) -> Regions {
        let mut all: Vec<Region> = Vec::new();
        let mut push = |r: Region| {
            if r.start < r.end && !all.contains(&r) {
                all.push(r);
            }
        };
        for c in clauses {
            push(Region {
                kind: RegionKind::Try,
                start: c.try_offset,
                end: c.try_offset.saturating_add(c.try_length),
            });
            let hend = c.handler_offset.saturating_add(c.handler_length);
            let kind = match c.kind {
                ClauseKind::Catch(_) => RegionKind::Catch,
                ClauseKind::Filter(f) => {
                    push(Region {
                        kind: RegionKind::Filter,
                        start: f,
                        end: c.handler_offset,
                    });
                    RegionKind::Catch
                }
                ClauseKind::Finally => RegionKind::Finally,
                ClauseKind::Fault => RegionKind::Fault,
            };
            push(Region {
                kind,
                start: c.handler_offset,
                end: hend,
            });
        }
        Regions { all }
    }

    /// The regions containing `off`, outermost first.
    pub fn at(&self, off: u32) -> Vec<Region> {
        let mut v: Vec<Region> = self
            .all
            .iter()
            .copied()
            .filter(|r| r.contains(off))
            .collect();
        v.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        v
    }

    /// The innermost region containing `off`.
    pub fn innermost(&self, off: u32) -> Option<Region> {
        self.at(off).last().copied()
    }

    /// The innermost region containing `off` that is not a `try`.
    pub fn innermost_handler(&self, off: u32) -> Option<Region> {
        self.at(off)
            .into_iter()
            .rev()
            .find(|r| r.kind != RegionKind::Try)
    }

    /// Checks a branch (`leave` when `leave` is set) from `from` to `to`.
    pub fn check_branch(&self, from: u32, to: u32, leave: bool) -> Option<ErrorKind> {
        let src = self.at(from);
        let dst = self.at(to);
        for r in src.iter().rev().filter(|r| !dst.contains(r)) {
            let e = match (r.kind, leave) {
                (RegionKind::Try, false) => ErrorKind::BranchOutOfTry,
                (RegionKind::Catch, false) => ErrorKind::BranchOutOfHandler,
                (RegionKind::Finally | RegionKind::Fault, false) => ErrorKind::BranchOutOfFinally,
                (RegionKind::Filter, false) => ErrorKind::BranchOutOfFilter,
                (RegionKind::Try | RegionKind::Catch, true) => continue,
                (RegionKind::Filter, true) => ErrorKind::LeaveOutOfFilter,
                (RegionKind::Finally, true) => ErrorKind::LeaveOutOfFinally,
                (RegionKind::Fault, true) => ErrorKind::LeaveOutOfFault,
            };
            return Some(e);
        }
        for r in dst.iter().filter(|r| !src.contains(r)) {
            let e = match (r.kind, leave) {
                (RegionKind::Try, _) if to == r.start => continue,
                (RegionKind::Try, false) => ErrorKind::BranchIntoTry,
                (RegionKind::Try, true) => ErrorKind::LeaveIntoTry,
                (RegionKind::Filter, false) => ErrorKind::BranchIntoFilter,
                (RegionKind::Filter, true) => ErrorKind::LeaveIntoFilter,
                (_, false) => ErrorKind::BranchIntoHandler,
                (_, true) => ErrorKind::LeaveIntoHandler,
            };
            return Some(e);
        }
        None
    }

    /// Checks falling through from the instruction at `from` into the one at `to`.
    pub fn check_fallthrough(&self, from: u32, to: u32) -> Option<ErrorKind> {
        let src = self.at(from);
        let dst = self.at(to);
        if src.iter().any(|r| !dst.contains(r)) {
            return Some(ErrorKind::FallthroughException);
        }
        for r in dst.iter().filter(|r| !src.contains(r)) {
            match r.kind {
                RegionKind::Try => {}
                RegionKind::Filter => return Some(ErrorKind::FallthroughIntoFilter),
                _ => return Some(ErrorKind::FallthroughIntoHandler),
            }
        }
        None
    }

    /// The error for `ret` at `off`, if it is inside a region.
    pub fn check_ret(&self, off: u32) -> Option<ErrorKind> {
        self.innermost(off).map(|r| match r.kind {
            RegionKind::Try => ErrorKind::ReturnFromTry,
            RegionKind::Filter => ErrorKind::ReturnFromFilter,
            _ => ErrorKind::ReturnFromHandler,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `try { [10, 20) } finally { [20, 30) }` inside `try { [5, 40) } catch { [40, 50) }`.
    fn nested() -> Regions {
        let clause = |kind, t: u32, tl: u32, h: u32, hl: u32| ExceptionClause {
            kind,
            try_offset: t,
            try_length: tl,
            handler_offset: h,
            handler_length: hl,
        };
        let catch = ClauseKind::Catch(il_emit::entity::Token(0x0100_0001));
        Regions::new(&[
            clause(ClauseKind::Finally, 10, 10, 20, 10),
            clause(catch, 5, 35, 40, 10),
        ])
    }

    #[test]
    fn leave_exits_try_and_catch_but_not_finally() {
        let r = nested();
        assert_eq!(r.check_branch(12, 60, true), None);
        assert_eq!(r.check_branch(45, 60, true), None);
        assert_eq!(
            r.check_branch(25, 60, true),
            Some(ErrorKind::LeaveOutOfFinally)
        );
        assert_eq!(
            r.check_branch(12, 60, false),
            Some(ErrorKind::BranchOutOfTry)
        );
        assert_eq!(r.check_branch(25, 27, false), None);
    }

    #[test]
    fn a_try_is_entered_only_at_its_start() {
        let r = nested();
        assert_eq!(r.check_branch(0, 5, false), None);
        assert_eq!(r.check_branch(0, 10, false), Some(ErrorKind::BranchIntoTry));
        assert_eq!(r.check_branch(6, 10, false), None);
        assert_eq!(r.check_branch(6, 12, true), Some(ErrorKind::LeaveIntoTry));
        assert_eq!(
            r.check_branch(6, 21, false),
            Some(ErrorKind::BranchIntoHandler)
        );
    }

    #[test]
    fn falling_through_region_edges() {
        let r = nested();
        assert_eq!(r.check_fallthrough(4, 5), None);
        assert_eq!(
            r.check_fallthrough(19, 20),
            Some(ErrorKind::FallthroughException)
        );
        assert_eq!(r.check_fallthrough(9, 10), None);
        assert_eq!(r.check_ret(45), Some(ErrorKind::ReturnFromHandler));
        assert_eq!(r.check_ret(12), Some(ErrorKind::ReturnFromTry));
        assert_eq!(r.check_ret(55), None);
    }
}
