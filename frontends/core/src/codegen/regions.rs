//! Where each label of a body sits among the protected regions (try bodies and
//! handlers), so a jump knows whether it leaves one (`leave`) or not (`br`). Regions
//! are numbered in the order code generation opens them, each number opened once, so
//! a place is its innermost region's number and its depth: two places are equal
//! exactly when their paths of enclosing regions are.
//!
//! Generation records the places of the labels it has passed (and of the `break` and
//! `continue` labels of the statements it is inside), so only a jump forward to a label
//! it has not reached yet walks the body ([`LabelPlaces::collect`]).

use crate::ir::{LabelId, Stmt};

/// A position among the protected regions: the innermost one (0 outside all) and how
/// many enclose it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Place {
    innermost: u32,
    depth: u32,
}

impl Place {
    /// The place of code inside `regions` (outermost first).
    pub(super) fn of(regions: &[u32]) -> Place {
        Place {
            innermost: regions.last().copied().unwrap_or(0),
            depth: regions.len() as u32,
        }
    }
}

/// Every label's place, by `LabelId`.
#[derive(Debug, Default)]
pub(super) struct LabelPlaces(Vec<Option<Place>>);

impl LabelPlaces {
    /// The places of the labels the statements define.
    pub(super) fn collect(stmts: &[Stmt], label_count: u32) -> LabelPlaces {
        let mut c = Collector {
            path: Vec::new(),
            counter: 0,
            out: LabelPlaces(vec![None; label_count as usize]),
        };
        c.stmts(stmts);
        c.out
    }

    /// A label's place (`None` for a label no statement defines).
    pub(super) fn get(&self, l: LabelId) -> Option<Place> {
        self.0.get(l.0 as usize).copied().flatten()
    }

    /// Records that `l` is defined at `place`.
    pub(super) fn define(&mut self, l: LabelId, place: Place) {
        let i = l.0 as usize;
        if self.0.len() <= i {
            self.0.resize(i + 1, None);
        }
        self.0[i] = Some(place);
    }
}

struct Collector {
    path: Vec<u32>,
    counter: u32,
    out: LabelPlaces,
}

impl Collector {
    fn define(&mut self, l: LabelId) {
        self.out.define(l, Place::of(&self.path));
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn region(&mut self, block: &[Stmt]) {
        self.counter += 1;
        self.path.push(self.counter);
        self.stmts(block);
        self.path.pop();
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Label(l) => self.define(*l),
            Stmt::Block(b) => self.stmts(b),
            Stmt::If {
                then, otherwise, ..
            } => {
                self.stmt(then);
                if let Some(o) = otherwise {
                    self.stmt(o);
                }
            }
            Stmt::Loop {
                body,
                step,
                break_label,
                continue_label,
                ..
            } => {
                self.define(*break_label);
                self.define(*continue_label);
                self.stmt(body);
                self.stmts(step);
            }
            Stmt::DoWhile {
                body,
                break_label,
                continue_label,
                ..
            } => {
                self.define(*break_label);
                self.define(*continue_label);
                self.stmt(body);
            }
            Stmt::Switch {
                body, break_label, ..
            } => {
                self.define(*break_label);
                self.stmts(body);
            }
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                // Mirrors `Gen::try_stmt`: an outer region for the finally, then the
                // try body, then each handler.
                let outer = finally.is_some() && !catches.is_empty();
                if outer {
                    self.counter += 1;
                    self.path.push(self.counter);
                }
                self.region(body);
                for c in catches {
                    self.region(&c.body);
                }
                if outer {
                    self.path.pop();
                }
                if let Some(f) = finally {
                    self.region(f);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Catch;
    use crate::types::Ty;

    fn label(n: u32) -> Stmt {
        Stmt::Label(LabelId(n))
    }

    #[test]
    fn places_follow_the_region_paths() {
        // L0; try { L1; try { L2 } finally { L3 } } catch { L4 } finally { L5 }; L6
        let inner = Stmt::Try {
            body: vec![label(2)],
            catches: Box::new([]),
            finally: Some(vec![label(3)]),
        };
        let stmts = vec![
            label(0),
            Stmt::Try {
                body: vec![label(1), inner],
                catches: Box::new([Catch {
                    ty: Ty::Object,
                    local: None,
                    filter: None,
                    body: vec![label(4)],
                }]),
                finally: Some(vec![label(5)]),
            },
            label(6),
        ];
        let p = LabelPlaces::collect(&stmts, 7);
        // Regions: 1 outer (try+catch, for the finally), 2 try body, 3 inner try,
        // 4 inner finally, 5 catch, 6 finally.
        assert_eq!(p.get(LabelId(0)), Some(Place::of(&[])));
        assert_eq!(p.get(LabelId(1)), Some(Place::of(&[1, 2])));
        assert_eq!(p.get(LabelId(2)), Some(Place::of(&[1, 2, 3])));
        assert_eq!(p.get(LabelId(3)), Some(Place::of(&[1, 2, 4])));
        assert_eq!(p.get(LabelId(4)), Some(Place::of(&[1, 5])));
        assert_eq!(p.get(LabelId(5)), Some(Place::of(&[6])));
        assert_eq!(p.get(LabelId(6)), p.get(LabelId(0)));
        assert_ne!(p.get(LabelId(1)), p.get(LabelId(4)));
        assert_eq!(p.get(LabelId(7)), None);
    }
}
