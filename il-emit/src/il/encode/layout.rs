//! Branch forms and displacements. The builder writes every branch in its short form
//! with a placeholder displacement; here the branches that cannot reach their target
//! grow to the long form (all start short and grow to a fixed point, each round judged on
//! the previous round's offsets), and the displacements are written: in place when no
//! branch grew, which is the usual case, or into a copy of the code that widens the grown
//! ones.

use super::{Fixup, FixupKind};
use crate::il::opcode::Opcode;

/// The bytes a branch gains from its short form to its long one (all branch opcodes are
/// one byte; the displacement goes from one byte to four).
const GROWTH: u32 = 3;

/// Which branches grew: final offsets from the short-form ones.
#[derive(Debug, Default)]
pub(super) struct Layout {
    /// Where each grown branch starts (short-form offsets), in code order.
    grown: Vec<u32>,
}

impl Layout {
    /// Picks the branch forms for `fixups` (in code order) against the labels' short-form
    /// offsets.
    pub(super) fn of(fixups: &[Fixup], label_at: &[u32]) -> Layout {
        let mut layout = Layout::default();
        let mut long: Vec<bool> = Vec::new();
        loop {
            let mut grew = false;
            for (i, f) in fixups.iter().enumerate() {
                let FixupKind::Branch(l) = f.kind else {
                    continue;
                };
                if long.get(i) == Some(&true) {
                    continue;
                }
                let next = layout.offset(f.at) + f.op.size() as u32 + 1;
                let disp = i64::from(layout.offset(label_at[l.0 as usize])) - i64::from(next);
                if !(-128..=127).contains(&disp) {
                    if long.is_empty() {
                        long = vec![false; fixups.len()];
                    }
                    long[i] = true;
                    grew = true;
                }
            }
            if !grew {
                return layout;
            }
            layout.grown = (fixups.iter().zip(&long))
                .filter(|(_, l)| **l)
                .map(|(f, _)| f.at)
                .collect();
        }
    }

    /// The final offset of what starts at short-form offset `at`.
    #[inline]
    pub(super) fn offset(&self, at: u32) -> u32 {
        if self.grown.is_empty() {
            return at;
        }
        at + GROWTH * self.grown.partition_point(|&g| g < at) as u32
    }

    /// Whether the branch at `at` grew.
    fn is_grown(&self, at: u32) -> bool {
        self.grown.binary_search(&at).is_ok()
    }

    /// The final form of the instruction `op` at `at` (a branch's long form if it grew).
    pub(super) fn final_op(&self, at: u32, op: Opcode) -> Opcode {
        if self.is_grown(at) {
            op.long_form()
        } else {
            op
        }
    }

    /// The final code: `code` with the displacements written (and the grown branches
    /// widened), in a vector of exactly its size.
    pub(super) fn write(
        &self,
        code: &[u8],
        fixups: &[Fixup],
        label_at: &[u32],
        switch_targets: &[u32],
    ) -> Vec<u8> {
        let target = |l: u32| i64::from(self.offset(label_at[l as usize]));
        if self.grown.is_empty() {
            let mut code = code.to_vec();
            for f in fixups {
                let at = f.at as usize + f.op.size();
                match f.kind {
                    FixupKind::Branch(l) => {
                        let next = i64::from(f.at) + f.op.size() as i64 + 1;
                        code[at] = (target(l.0) - next) as i8 as u8;
                    }
                    FixupKind::Switch { first, count } => {
                        let next = i64::from(f.at) + f.op.size() as i64 + 4 + 4 * i64::from(count);
                        let ls = &switch_targets[first as usize..(first + count) as usize];
                        for (k, &l) in ls.iter().enumerate() {
                            let p = at + 4 + 4 * k;
                            code[p..p + 4]
                                .copy_from_slice(&((target(l) - next) as i32).to_le_bytes());
                        }
                    }
                }
            }
            return code;
        }
        let mut out = Vec::with_capacity(code.len() + GROWTH as usize * self.grown.len());
        let mut from = 0;
        for f in fixups {
            let at = f.at as usize;
            out.extend_from_slice(&code[from..at]);
            let start = i64::from(self.offset(f.at));
            match f.kind {
                FixupKind::Branch(l) if self.is_grown(f.at) => {
                    let op = f.op.long_form();
                    out.extend_from_slice(op.bytes());
                    let next = start + op.size() as i64 + 4;
                    out.extend_from_slice(&((target(l.0) - next) as i32).to_le_bytes());
                    from = at + f.op.size() + 1;
                }
                FixupKind::Branch(l) => {
                    out.extend_from_slice(f.op.bytes());
                    let next = start + f.op.size() as i64 + 1;
                    out.push((target(l.0) - next) as i8 as u8);
                    from = at + f.op.size() + 1;
                }
                FixupKind::Switch { first, count } => {
                    out.extend_from_slice(f.op.bytes());
                    out.extend_from_slice(&count.to_le_bytes());
                    let next = start + f.op.size() as i64 + 4 + 4 * i64::from(count);
                    for &l in &switch_targets[first as usize..(first + count) as usize] {
                        out.extend_from_slice(&((target(l) - next) as i32).to_le_bytes());
                    }
                    from = at + f.op.size() + 4 + 4 * count as usize;
                }
            }
        }
        out.extend_from_slice(&code[from..]);
        out
    }
}
