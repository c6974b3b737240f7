//! The IL builder the code generators use: instructions with typed operands, labels,
//! automatic short/long branch selection, exception regions by label, and max-stack
//! computed by flow analysis.
//!
//! It does not know signatures: for instructions whose stack effect depends on one
//! (`call`, `callvirt`, `newobj`, `calli`, `ret`) the caller states the effect.

#[cfg(test)]
use super::body::BodyError;
use super::body::{ClauseKind, ExceptionClause};
use super::opcode::{Flow, Opcode, OperandKind};
use crate::entity::Token;
use layout::Layout;
use stack::{Exit, Stack};
use std::cell::Cell;
use std::fmt;

mod layout;
mod stack;

/// A position in the instruction stream, bound with [`IlBuilder::mark_label`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Label(u32);

impl Label {
    /// The label's index into [`EncodedIl::label_offsets`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A protected region and its handler, by labels.
#[derive(Clone, Copy, Debug)]
pub struct Region {
    pub try_start: Label,
    pub try_end: Label,
    pub handler_start: Label,
    pub handler_end: Label,
    pub kind: RegionKind,
}

/// The handler kind of a [`Region`].
#[derive(Clone, Copy, Debug)]
pub enum RegionKind {
    /// `catch` of the given type token.
    Catch(Token),
    /// A filter starting at the label; the handler follows its `endfilter`.
    Filter(Label),
    Finally,
    Fault,
}

/// Why a method body could not be laid out.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum IlError {
    /// A label was used but never marked.
    UnmarkedLabel(u32),
    /// A label was marked twice.
    LabelMarkedTwice(u32),
    /// An instruction pops more than the stack holds.
    StackUnderflow { offset: u32, op: &'static str },
    /// Two paths reach an instruction with different stack depths.
    StackMismatch {
        offset: u32,
        first: u32,
        second: u32,
    },
    /// The operand does not fit the opcode.
    BadOperand { op: &'static str },
    /// Control falls off the end of the method.
    FallsOffEnd,
    /// A label from `IlBuilder::mark_position` is a branch target or a handler or filter
    /// start.
    PositionAsTarget(u32),
}

impl fmt::Display for IlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IlError::UnmarkedLabel(l) => write!(f, "label {l} is used but never marked"),
            IlError::LabelMarkedTwice(l) => write!(f, "label {l} is marked twice"),
            IlError::StackUnderflow { offset, op } => {
                write!(f, "IL_{offset:04x}: {op} pops more than the stack holds")
            }
            IlError::StackMismatch {
                offset,
                first,
                second,
            } => write!(
                f,
                "IL_{offset:04x}: stack depth {first} on one path and {second} on another"
            ),
            IlError::BadOperand { op } => write!(f, "operand does not fit {op}"),
            IlError::FallsOffEnd => write!(f, "control falls off the end of the method"),
            IlError::PositionAsTarget(l) => {
                write!(
                    f,
                    "label {l} marks a position but is a branch or handler target"
                )
            }
        }
    }
}

impl std::error::Error for IlError {}

/// The laid-out result: code bytes, max stack and exception clauses in offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct EncodedIl {
    pub code: Vec<u8>,
    pub max_stack: u16,
    pub clauses: Vec<ExceptionClause>,
    /// The offset each label was bound to, by [`Label::index`] (0 for unbound labels):
    /// sequence points and local scopes are recorded as labels.
    pub label_offsets: Vec<u32>,
    /// Where each token operand's four bytes start in `code`, in code order: a caller
    /// that built the body with provisional tokens rewrites them there.
    pub token_offsets: Vec<u32>,
}

/// A label not yet marked.
const UNBOUND: u32 = u32::MAX;

/// The block of a label from [`IlBuilder::mark_position`]: none.
const NO_BLOCK: u32 = u32::MAX;

/// A branch or `switch` whose displacements are written at `finish`.
#[derive(Clone, Copy, Debug)]
struct Fixup {
    /// Where the instruction starts (branches in short form).
    at: u32,
    /// A branch's short form, or `switch`.
    op: Opcode,
    kind: FixupKind,
}

#[derive(Clone, Copy, Debug)]
enum FixupKind {
    Branch(Label),
    /// The targets are `switch_targets[first..first + count]`.
    Switch {
        first: u32,
        count: u32,
    },
}

/// The vectors a builder needs only until `finish`, kept per thread for the next body:
/// a compiler builds thousands of bodies, and allocating them afresh each time is a
/// noticeable share of the work.
#[derive(Default, Debug)]
struct Scratch {
    /// The builder's code, label offsets and token offsets while it builds (`finish`
    /// hands out exact-size copies, so these never regrow after the first bodies).
    code: Vec<u8>,
    label_at: Vec<u32>,
    token_offsets: Vec<u32>,
    /// Each marked label's block (`NO_BLOCK` for a position).
    label_block: Vec<u32>,
    /// The branches and switches, in code order.
    fixups: Vec<Fixup>,
    /// The switches' targets (label indices), flattened.
    switch_targets: Vec<u32>,
    stack: Stack,
}

impl Scratch {
    fn with_room() -> Box<Scratch> {
        Box::new(Scratch {
            code: Vec::with_capacity(256),
            label_at: Vec::with_capacity(64),
            token_offsets: Vec::with_capacity(32),
            label_block: Vec::with_capacity(64),
            fixups: Vec::with_capacity(16),
            switch_targets: Vec::new(),
            stack: Stack::new(),
        })
    }

    fn clear(&mut self) {
        self.code.clear();
        self.label_at.clear();
        self.token_offsets.clear();
        self.label_block.clear();
        self.fixups.clear();
        self.switch_targets.clear();
        self.stack.clear();
    }
}

thread_local! {
    static SCRATCH: Cell<Option<Box<Scratch>>> = const { Cell::new(None) };
}

/// Builds one method body's IL: each instruction is encoded as it is added (branches in
/// their short form), its stack effect summed into its basic block (`stack`); `finish`
/// picks the branch forms and writes their displacements (`layout`) and runs the flow
/// analysis over blocks.
#[derive(Default, Debug)]
pub struct IlBuilder {
    code: Vec<u8>,
    /// Each label's offset (short-form branches), `UNBOUND` until marked.
    label_at: Vec<u32>,
    regions: Vec<Region>,
    /// Where each token operand starts (short-form branches), in code order.
    token_offsets: Vec<u32>,
    /// Boxed, so moving a builder or recycling the vectors moves a pointer.
    s: Box<Scratch>,
    /// Instructions emitted so far.
    count: usize,
    last_op: Option<Opcode>,
}

impl IlBuilder {
    /// An empty builder (with room for a typical small body, so short methods do not
    /// grow their vectors several times; the vectors only `finish` reads are the last
    /// builder's on this thread, emptied).
    pub fn new() -> IlBuilder {
        let mut s = SCRATCH.with(Cell::take).unwrap_or_else(Scratch::with_room);
        IlBuilder {
            code: std::mem::take(&mut s.code),
            label_at: std::mem::take(&mut s.label_at),
            regions: Vec::new(),
            token_offsets: std::mem::take(&mut s.token_offsets),
            s,
            count: 0,
            last_op: None,
        }
    }

    /// A fresh, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.label_at.push(UNBOUND);
        self.s.label_block.push(0);
        Label(self.label_at.len() as u32 - 1)
    }

    /// A label bound to where the next instruction will start, for a sequence point or a
    /// scope boundary. Unlike [`Self::mark_label`]'s it starts no basic block, which makes
    /// it cheaper, so it must not be a branch target nor a handler or filter start
    /// (`finish` refuses that, [`IlError::PositionAsTarget`]).
    pub fn mark_position(&mut self) -> Label {
        self.label_at.push(self.code.len() as u32);
        self.s.label_block.push(NO_BLOCK);
        Label(self.label_at.len() as u32 - 1)
    }

    /// Binds a label to the next instruction emitted.
    pub fn mark_label(&mut self, label: Label) -> Result<(), IlError> {
        let i = label.0 as usize;
        if self.label_at[i] != UNBOUND {
            return Err(IlError::LabelMarkedTwice(label.0));
        }
        let at = self.code.len() as u32;
        self.label_at[i] = at;
        self.s.label_block[i] = self.s.stack.mark(at);
        Ok(())
    }

    /// Adds an exception region; regions must be added innermost first (§II.19).
    pub fn add_region(&mut self, region: Region) {
        self.regions.push(region);
    }

    /// Number of instructions emitted so far.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when nothing has been emitted.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The last opcode emitted, if any.
    pub fn last_opcode(&self) -> Option<Opcode> {
        self.last_op
    }

    /// Writes the opcode's bytes; returns where the instruction starts.
    #[inline(always)]
    fn opcode(&mut self, op: Opcode) -> u32 {
        let at = self.code.len() as u32;
        // One or two bytes: pushed, not copied (a copy is a call per instruction).
        let code_word = op as u16;
        if code_word >= 0xFE00 {
            self.code.push(0xFE);
        }
        self.code.push(code_word as u8);
        at
    }

    /// Records the instruction at `at` with its stack effect; a block ends after it when
    /// control does not go on to the next instruction.
    #[inline(always)]
    fn effect(&mut self, at: u32, op: Opcode, pops: u16, pushes: u16) {
        self.count += 1;
        self.last_op = Some(op);
        self.s.stack.instr(at, op, pops, pushes);
        if matches!(op.flow(), Flow::Branch | Flow::Return | Flow::Throw) {
            self.s.stack.close(Exit::Stop);
        }
    }

    /// [`Self::effect`] with the opcode's fixed stack counts.
    #[inline(always)]
    fn fixed(&mut self, at: u32, op: Opcode) {
        let pops = op.pops().unwrap_or(0).into();
        let pushes = op.pushes().unwrap_or(0).into();
        self.effect(at, op, pops, pushes);
    }

    #[inline]
    fn token(&mut self, token: Token) {
        self.token_offsets.push(self.code.len() as u32);
        self.code.extend_from_slice(&token.0.to_le_bytes());
    }

    /// Emits an instruction whose operand kind is `None` and stack effect is fixed.
    #[inline]
    pub fn op(&mut self, op: Opcode) {
        debug_assert_eq!(op.operand(), OperandKind::None, "{}", op.name());
        let at = self.opcode(op);
        self.fixed(at, op);
    }

    /// Emits an instruction with a token operand and fixed stack effect
    /// (`ldfld`, `box`, `newarr`, `ldstr`, `ldtoken`, …).
    pub fn op_token(&mut self, op: Opcode, token: Token) {
        let at = self.opcode(op);
        self.token(token);
        self.fixed(at, op);
    }

    /// Emits a call-like instruction (`call`, `callvirt`, `newobj`, `calli`, `jmp`,
    /// `ldftn`, `ldvirtftn`) with the stack effect its signature implies.
    pub fn call(&mut self, op: Opcode, token: Token, pops: u16, pushes: u16) {
        let at = self.opcode(op);
        self.token(token);
        self.effect(at, op, pops, pushes);
    }

    /// Emits `ret`; `has_value` when the method returns something.
    pub fn ret(&mut self, has_value: bool) {
        let at = self.opcode(Opcode::Ret);
        self.effect(at, Opcode::Ret, u16::from(has_value), 0);
    }

    /// Emits a branch (`br`, `brtrue`, `beq`, `leave`, … in either form); the short or
    /// long form is chosen at layout.
    pub fn branch(&mut self, op: Opcode, target: Label) {
        let long = op.long_form();
        let short = long.short_form();
        let pops = long.pops().unwrap_or(0).into();
        let at = self.opcode(short);
        self.code.push(0);
        let fixup = self.s.fixups.len() as u32;
        self.s.fixups.push(Fixup {
            at,
            op: short,
            kind: FixupKind::Branch(target),
        });
        self.count += 1;
        self.last_op = Some(long);
        self.s.stack.instr(at, short, pops, 0);
        self.s.stack.close(Exit::Jump {
            fixup,
            falls: !matches!(long.flow(), Flow::Branch | Flow::Return | Flow::Throw),
            clears: long == Opcode::Leave,
        });
    }

    /// Emits `switch` over the given targets.
    pub fn switch(&mut self, targets: Vec<Label>) {
        let at = self.opcode(Opcode::Switch);
        let count = targets.len() as u32;
        self.code.extend_from_slice(&count.to_le_bytes());
        self.code.resize(self.code.len() + 4 * targets.len(), 0);
        let first = self.s.switch_targets.len() as u32;
        self.s.switch_targets.extend(targets.iter().map(|l| l.0));
        let fixup = self.s.fixups.len() as u32;
        self.s.fixups.push(Fixup {
            at,
            op: Opcode::Switch,
            kind: FixupKind::Switch { first, count },
        });
        self.count += 1;
        self.last_op = Some(Opcode::Switch);
        self.s.stack.instr(at, Opcode::Switch, 1, 0);
        self.s.stack.close(Exit::Jump {
            fixup,
            falls: true,
            clears: false,
        });
    }

    /// Pushes an `int32` constant in the shortest form.
    pub fn ldc_i4(&mut self, v: i32) {
        match v {
            -1..=8 => {
                use Opcode::*;
                const SHORT: [Opcode; 10] = [
                    LdcI4M1, LdcI40, LdcI41, LdcI42, LdcI43, LdcI44, LdcI45, LdcI46, LdcI47, LdcI48,
                ];
                self.op(SHORT[(v + 1) as usize]);
            }
            -128..=127 => self.op_i8(Opcode::LdcI4S, v as i8),
            _ => {
                let at = self.opcode(Opcode::LdcI4);
                self.code.extend_from_slice(&v.to_le_bytes());
                self.fixed(at, Opcode::LdcI4);
            }
        }
    }

    /// Pushes an `int64` constant.
    pub fn ldc_i8(&mut self, v: i64) {
        let at = self.opcode(Opcode::LdcI8);
        self.code.extend_from_slice(&v.to_le_bytes());
        self.fixed(at, Opcode::LdcI8);
    }

    /// Pushes a `float32` constant.
    pub fn ldc_r4(&mut self, v: f32) {
        let at = self.opcode(Opcode::LdcR4);
        self.code.extend_from_slice(&v.to_le_bytes());
        self.fixed(at, Opcode::LdcR4);
    }

    /// Pushes a `float64` constant.
    pub fn ldc_r8(&mut self, v: f64) {
        let at = self.opcode(Opcode::LdcR8);
        self.code.extend_from_slice(&v.to_le_bytes());
        self.fixed(at, Opcode::LdcR8);
    }

    /// Emits an instruction with an immediate `int8` (`unaligned.`, `no.`).
    pub fn op_i8(&mut self, op: Opcode, v: i8) {
        let at = self.opcode(op);
        self.code.push(v as u8);
        self.fixed(at, op);
    }

    #[inline]
    fn var(&mut self, macro_ops: Option<&[Opcode; 4]>, short: Opcode, long: Opcode, n: u16) {
        match macro_ops {
            Some(ops) if n < 4 => self.op(ops[n as usize]),
            _ if n < 256 => {
                let at = self.opcode(short);
                self.code.push(n as u8);
                self.fixed(at, short);
            }
            _ => {
                let at = self.opcode(long);
                self.code.extend_from_slice(&n.to_le_bytes());
                self.fixed(at, long);
            }
        }
    }

    /// Loads argument `n` in the shortest form.
    #[inline]
    pub fn ldarg(&mut self, n: u16) {
        use Opcode::*;
        self.var(Some(&[Ldarg0, Ldarg1, Ldarg2, Ldarg3]), LdargS, Ldarg, n);
    }

    /// Loads the address of argument `n`.
    pub fn ldarga(&mut self, n: u16) {
        self.var(None, Opcode::LdargaS, Opcode::Ldarga, n);
    }

    /// Stores into argument `n`.
    pub fn starg(&mut self, n: u16) {
        self.var(None, Opcode::StargS, Opcode::Starg, n);
    }

    /// Loads local `n` in the shortest form.
    #[inline]
    pub fn ldloc(&mut self, n: u16) {
        use Opcode::*;
        self.var(Some(&[Ldloc0, Ldloc1, Ldloc2, Ldloc3]), LdlocS, Ldloc, n);
    }

    /// Loads the address of local `n`.
    pub fn ldloca(&mut self, n: u16) {
        self.var(None, Opcode::LdlocaS, Opcode::Ldloca, n);
    }

    /// Stores into local `n` in the shortest form.
    #[inline]
    pub fn stloc(&mut self, n: u16) {
        use Opcode::*;
        self.var(Some(&[Stloc0, Stloc1, Stloc2, Stloc3]), StlocS, Stloc, n);
    }

    /// Lays out the code: checks the labels, picks branch forms and writes their
    /// displacements, computes max stack and the exception clauses.
    pub fn finish(mut self) -> Result<EncodedIl, IlError> {
        self.s.stack.end(self.code.len() as u32);
        self.check_labels()?;
        let layout = Layout::of(&self.s.fixups, &self.label_at);
        let max_stack = self.s.stack.max_stack(
            &self.s.label_block,
            &self.regions,
            &self.s.fixups,
            &self.s.switch_targets,
            &layout,
        )?;
        let code = layout.write(
            &self.code,
            &self.s.fixups,
            &self.label_at,
            &self.s.switch_targets,
        );
        // An unbound label reads as the first instruction's offset, 0.
        let label_offsets: Vec<u32> = (self.label_at.iter())
            .map(|&at| if at == UNBOUND { 0 } else { layout.offset(at) })
            .collect();
        let token_offsets = (self.token_offsets.iter())
            .map(|&at| layout.offset(at))
            .collect();
        let label_offset = |l: Label| label_offsets[l.0 as usize];
        let clauses = self
            .regions
            .iter()
            .map(|r| {
                let try_offset = label_offset(r.try_start);
                let handler_offset = label_offset(r.handler_start);
                ExceptionClause {
                    kind: match r.kind {
                        RegionKind::Catch(t) => ClauseKind::Catch(t),
                        RegionKind::Filter(l) => ClauseKind::Filter(label_offset(l)),
                        RegionKind::Finally => ClauseKind::Finally,
                        RegionKind::Fault => ClauseKind::Fault,
                    },
                    try_offset,
                    try_length: label_offset(r.try_end) - try_offset,
                    handler_offset,
                    handler_length: label_offset(r.handler_end) - handler_offset,
                }
            })
            .collect();
        // The vectors only `finish` reads go, emptied, to the next builder on this thread.
        let mut scratch = self.s;
        scratch.code = self.code;
        scratch.label_at = self.label_at;
        scratch.token_offsets = self.token_offsets;
        scratch.clear();
        SCRATCH.with(|c| c.set(Some(scratch)));
        Ok(EncodedIl {
            code,
            max_stack,
            clauses,
            label_offsets,
            token_offsets,
        })
    }

    /// Checks that every label a region or an instruction uses is marked (regions first,
    /// then the instructions in code order), and that a block starts wherever control
    /// enters (not a position).
    fn check_labels(&self) -> Result<(), IlError> {
        let check = |l: u32, entered: bool| {
            if self.label_at[l as usize] == UNBOUND {
                Err(IlError::UnmarkedLabel(l))
            } else if entered && self.s.label_block[l as usize] == NO_BLOCK {
                Err(IlError::PositionAsTarget(l))
            } else {
                Ok(())
            }
        };
        for r in &self.regions {
            check(r.try_start.0, false)?;
            check(r.try_end.0, false)?;
            check(r.handler_start.0, true)?;
            check(r.handler_end.0, false)?;
            if let RegionKind::Filter(l) = r.kind {
                check(l.0, true)?;
            }
        }
        for f in &self.s.fixups {
            match f.kind {
                FixupKind::Branch(l) => check(l.0, true)?,
                FixupKind::Switch { first, count } => {
                    for &l in &self.s.switch_targets[first as usize..(first + count) as usize] {
                        check(l, true)?;
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
