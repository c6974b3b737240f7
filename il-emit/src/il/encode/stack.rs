//! Max-stack by flow analysis over basic blocks. Each instruction's stack effect is summed
//! into its block as the builder adds it (the depth change, the highest depth reached and
//! where it first goes deeper below the entry depth than before), so `finish` visits
//! blocks, not instructions: a block entered at depth `d` reaches `d + max`, leaves at
//! `d + delta`, and underflows at its first dip below `-d`.
//!
//! A block starts at every marked label and after every instruction that does not fall
//! through or that branches; the visit order (depth first, fall-through taken at once,
//! targets through a work list) is the one an instruction-by-instruction analysis takes,
//! so its errors are the same too.

use super::layout::Layout;
use super::{Fixup, FixupKind, IlError, Region, RegionKind};
use crate::il::opcode::Opcode;

/// How control leaves a block.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Exit {
    /// Into the next block.
    Falls,
    /// Nowhere (`ret`, `throw`, `endfinally`, …).
    Stop,
    /// To the targets of `fixups[fixup]`, and into the next block when `falls`; `clears`
    /// (`leave`) empties the stack.
    Jump {
        fixup: u32,
        falls: bool,
        clears: bool,
    },
    /// The end of the code: reaching it is falling off the end.
    End,
}

/// One basic block.
#[derive(Clone, Copy, Debug)]
struct Block {
    /// Where its first instruction starts (branches in short form).
    start: u32,
    /// The highest depth above the entry depth.
    max: i32,
    /// The depth change over the block.
    delta: i32,
    /// Its dips: `dips[first_dip..end_dip]`.
    first_dip: u32,
    end_dip: u32,
    exit: Exit,
}

/// An instruction that pops deeper below its block's entry depth than any before it.
#[derive(Clone, Copy, Debug)]
struct Dip {
    at: u32,
    op: Opcode,
    /// The depth after its pops, relative to the block's entry depth (negative).
    low: i32,
}

/// The blocks so far and the one being filled.
#[derive(Default, Debug)]
pub(super) struct Stack {
    blocks: Vec<Block>,
    dips: Vec<Dip>,
    /// Whether the last block is still being filled.
    open: bool,
    /// Instructions in the open block.
    count: u32,
    /// The open block's depth now, highest and lowest after a pop, relative to its entry.
    rel: i32,
    max: i32,
    min: i32,
    /// The flow analysis's depth per block and work list (kept with the blocks so a
    /// recycled `Stack` brings them along).
    depth: Vec<u32>,
    work: Vec<usize>,
}

impl Stack {
    pub(super) fn new() -> Stack {
        Stack {
            blocks: Vec::with_capacity(16),
            ..Stack::default()
        }
    }

    /// Empties it for another body, keeping the vectors.
    pub(super) fn clear(&mut self) {
        self.blocks.clear();
        self.dips.clear();
        self.depth.clear();
        self.work.clear();
        self.open = false;
    }

    #[inline(never)]
    fn open(&mut self, at: u32) {
        let dip = self.dips.len() as u32;
        self.blocks.push(Block {
            start: at,
            max: 0,
            delta: 0,
            first_dip: dip,
            end_dip: dip,
            exit: Exit::Falls,
        });
        self.open = true;
        self.count = 0;
        self.rel = 0;
        self.max = 0;
        self.min = 0;
    }

    /// Adds an instruction starting at `at` to the open block (opening one there if none).
    #[inline(always)]
    pub(super) fn instr(&mut self, at: u32, op: Opcode, pops: u16, pushes: u16) {
        if !self.open {
            self.open(at);
        }
        self.count += 1;
        let low = self.rel - i32::from(pops);
        if low < self.min {
            self.dip(at, op, low);
        }
        self.rel = low + i32::from(pushes);
        self.max = self.max.max(self.rel);
    }

    /// Records a dip (out of line: most instructions do not make one).
    #[inline(never)]
    fn dip(&mut self, at: u32, op: Opcode, low: i32) {
        self.min = low;
        self.dips.push(Dip { at, op, low });
    }

    /// Ends the open block, leaving it by `exit`.
    pub(super) fn close(&mut self, exit: Exit) {
        let end_dip = self.dips.len() as u32;
        if let Some(b) = self.blocks.last_mut() {
            b.max = self.max;
            b.delta = self.rel;
            b.end_dip = end_dip;
            b.exit = exit;
        }
        self.open = false;
    }

    /// A label marked at `at`, before the next instruction: the block it starts.
    pub(super) fn mark(&mut self, at: u32) -> u32 {
        if self.open && self.count > 0 {
            self.close(Exit::Falls);
        }
        if !self.open {
            self.open(at);
        }
        self.blocks.len() as u32 - 1
    }

    /// Ends the code at `at`: the last block becomes (or is followed by) the end.
    pub(super) fn end(&mut self, at: u32) {
        self.mark(at);
        self.close(Exit::End);
    }

    /// The maximum depth over the blocks reachable from the entry and the handlers
    /// (`end` must have been called).
    pub(super) fn max_stack(
        &mut self,
        label_block: &[u32],
        regions: &[Region],
        fixups: &[Fixup],
        switch_targets: &[u32],
        layout: &Layout,
    ) -> Result<u16, IlError> {
        /// A depth not yet known (real depths are far below it).
        const UNSEEN: u32 = u32::MAX;
        let blocks = &self.blocks;
        let depth = &mut self.depth;
        depth.clear();
        depth.resize(blocks.len(), UNSEEN);
        let work = &mut self.work;
        work.clear();
        // Records the depth at block `b`; true when `b` is seen for the first time.
        let first_visit = |depth: &mut [u32], b: usize, d: u32| match depth[b] {
            UNSEEN => {
                depth[b] = d;
                Ok(true)
            }
            prev if prev == d => Ok(false),
            prev => Err(IlError::StackMismatch {
                offset: layout.offset(blocks[b].start),
                first: prev,
                second: d,
            }),
        };
        let enter = |depth: &mut [u32], work: &mut Vec<usize>, b: usize, d: u32| {
            if first_visit(depth, b, d)? {
                work.push(b);
            }
            Ok::<(), IlError>(())
        };
        let block_of = |l: u32| label_block[l as usize] as usize;
        enter(depth, work, 0, 0)?;
        for r in regions {
            let handler_depth = u32::from(matches!(
                r.kind,
                RegionKind::Catch(_) | RegionKind::Filter(_)
            ));
            enter(depth, work, block_of(r.handler_start.0), handler_depth)?;
            if let RegionKind::Filter(l) = r.kind {
                enter(depth, work, block_of(l.0), 1)?;
            }
        }
        let mut max = 0u32;
        let mut next = work.pop();
        while let Some(b) = next {
            let d = depth[b];
            max = max.max(d);
            let block = &blocks[b];
            if block.exit == Exit::End {
                return Err(IlError::FallsOffEnd);
            }
            let dips = &self.dips[block.first_dip as usize..block.end_dip as usize];
            if let Some(dip) = dips
                .iter()
                .find(|dip| i64::from(d) + i64::from(dip.low) < 0)
            {
                return Err(IlError::StackUnderflow {
                    offset: layout.offset(dip.at),
                    op: layout.final_op(dip.at, dip.op).name(),
                });
            }
            max = max.max((i64::from(d) + i64::from(block.max)) as u32);
            let after = (i64::from(d) + i64::from(block.delta)) as u32;
            let falls = match block.exit {
                Exit::Falls => Some(after),
                Exit::Stop | Exit::End => None,
                Exit::Jump {
                    fixup,
                    falls,
                    clears,
                } => {
                    let after = if clears { 0 } else { after };
                    match fixups[fixup as usize].kind {
                        FixupKind::Branch(l) => {
                            enter(depth, work, block_of(l.0), after)?;
                        }
                        FixupKind::Switch { first, count } => {
                            for &l in &switch_targets[first as usize..(first + count) as usize] {
                                enter(depth, work, block_of(l), after)?;
                            }
                        }
                    }
                    falls.then_some(after)
                }
            };
            next = match falls {
                Some(after) => first_visit(depth, b + 1, after)?.then_some(b + 1),
                None => None,
            };
            if next.is_none() {
                next = work.pop();
            }
        }
        Ok(max.min(u32::from(u16::MAX)) as u16)
    }
}
