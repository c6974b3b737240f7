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
use std::fmt;

/// A position in the instruction stream, bound with [`IlBuilder::mark_label`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Label(u32);

impl Label {
    /// The label's index into [`EncodedIl::label_offsets`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An instruction's inline operand, as the builder holds it.
#[derive(Clone, PartialEq, Debug)]
pub enum Operand {
    None,
    /// `ldc.i4.s`, `unaligned.`, `no.`.
    I8(i8),
    I32(i32),
    I64(i64),
    R4(f32),
    R8(f64),
    Token(Token),
    /// An argument or local index (short or long form by the opcode).
    Var(u16),
    /// A branch target; the opcode's short/long form is chosen at layout.
    Label(Label),
    Switch(Vec<Label>),
}

#[derive(Clone, Debug)]
struct Instr {
    op: Opcode,
    operand: Operand,
    pops: u16,
    pushes: u16,
    /// `leave`: empties the stack.
    clears_stack: bool,
}

impl Instr {
    /// Encoded bytes: the opcode and its inline operand.
    fn size(&self) -> u32 {
        let operand = match &self.operand {
            Operand::Switch(ls) => 4 + 4 * ls.len(),
            _ => self.op.operand().size().unwrap_or(0),
        };
        (self.op.size() + operand) as u32
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
        }
    }
}

impl std::error::Error for IlError {}

/// Each instruction's branch targets (instruction indices), flattened: instruction
/// `i`'s are `flat[ends[i - 1]..ends[i]]`; plus what layout needs, gathered in the same
/// pass over the instructions.
struct Targets {
    ends: Vec<u32>,
    flat: Vec<usize>,
    /// The instructions with a `Label` operand (the branches whose form layout picks).
    branches: Vec<usize>,
    /// Each instruction's encoded size, branches in their short form.
    sizes: Vec<u32>,
    /// How many token operands there are.
    tokens: usize,
}

impl Targets {
    fn of(&self, idx: usize) -> &[usize] {
        let start = if idx == 0 {
            0
        } else {
            self.ends[idx - 1] as usize
        };
        &self.flat[start..self.ends[idx] as usize]
    }
}

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

/// Builds one method body's IL.
#[derive(Default, Debug)]
pub struct IlBuilder {
    instrs: Vec<Instr>,
    /// Instruction index each label is bound to.
    labels: Vec<Option<usize>>,
    regions: Vec<Region>,
    /// Label operands so far (branches and switch targets): sizes `finish`'s tables.
    label_operands: usize,
    /// `Operand::Label` instructions so far.
    branch_count: usize,
}

impl IlBuilder {
    /// An empty builder (with room for a typical small body, so short methods do not
    /// grow their vectors several times).
    pub fn new() -> IlBuilder {
        IlBuilder {
            instrs: Vec::with_capacity(64),
            labels: Vec::with_capacity(32),
            regions: Vec::new(),
            label_operands: 0,
            branch_count: 0,
        }
    }

    /// A fresh, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds a label to the next instruction emitted.
    pub fn mark_label(&mut self, label: Label) -> Result<(), IlError> {
        let slot = &mut self.labels[label.0 as usize];
        if slot.is_some() {
            return Err(IlError::LabelMarkedTwice(label.0));
        }
        *slot = Some(self.instrs.len());
        Ok(())
    }

    /// Adds an exception region; regions must be added innermost first (§II.19).
    pub fn add_region(&mut self, region: Region) {
        self.regions.push(region);
    }

    /// Number of instructions emitted so far.
    pub fn len(&self) -> usize {
        self.instrs.len()
    }

    /// True when nothing has been emitted.
    pub fn is_empty(&self) -> bool {
        self.instrs.is_empty()
    }

    /// The last opcode emitted, if any.
    pub fn last_opcode(&self) -> Option<Opcode> {
        self.instrs.last().map(|i| i.op)
    }

    #[inline]
    fn push(&mut self, op: Opcode, operand: Operand, pops: u16, pushes: u16) {
        self.instrs.push(Instr {
            op,
            operand,
            pops,
            pushes,
            clears_stack: false,
        });
    }

    #[inline]
    fn fixed(&mut self, op: Opcode, operand: Operand) {
        let pops = op.pops().unwrap_or(0).into();
        let pushes = op.pushes().unwrap_or(0).into();
        self.push(op, operand, pops, pushes);
    }

    /// Emits an instruction whose operand kind is `None` and stack effect is fixed.
    pub fn op(&mut self, op: Opcode) {
        debug_assert_eq!(op.operand(), OperandKind::None, "{}", op.name());
        self.fixed(op, Operand::None);
    }

    /// Emits an instruction with a token operand and fixed stack effect
    /// (`ldfld`, `box`, `newarr`, `ldstr`, `ldtoken`, …).
    pub fn op_token(&mut self, op: Opcode, token: Token) {
        self.fixed(op, Operand::Token(token));
    }

    /// Emits a call-like instruction (`call`, `callvirt`, `newobj`, `calli`, `jmp`,
    /// `ldftn`, `ldvirtftn`) with the stack effect its signature implies.
    pub fn call(&mut self, op: Opcode, token: Token, pops: u16, pushes: u16) {
        self.push(op, Operand::Token(token), pops, pushes);
    }

    /// Emits `ret`; `has_value` when the method returns something.
    pub fn ret(&mut self, has_value: bool) {
        self.push(Opcode::Ret, Operand::None, u16::from(has_value), 0);
    }

    /// Emits a branch (`br`, `brtrue`, `beq`, `leave`, … in either form); the short or
    /// long form is chosen at layout.
    pub fn branch(&mut self, op: Opcode, target: Label) {
        let op = op.long_form();
        let pops = op.pops().unwrap_or(0).into();
        self.label_operands += 1;
        self.branch_count += 1;
        self.instrs.push(Instr {
            op,
            operand: Operand::Label(target),
            pops,
            pushes: 0,
            clears_stack: op == Opcode::Leave,
        });
    }

    /// Emits `switch` over the given targets.
    pub fn switch(&mut self, targets: Vec<Label>) {
        self.label_operands += targets.len();
        self.push(Opcode::Switch, Operand::Switch(targets), 1, 0);
    }

    /// Pushes an `int32` constant in the shortest form.
    pub fn ldc_i4(&mut self, v: i32) {
        match v {
            -1..=8 => {
                let op = Opcode::from_byte((0x16 + v) as u8).unwrap_or(Opcode::LdcI4M1);
                self.op(op);
            }
            -128..=127 => self.fixed(Opcode::LdcI4S, Operand::I8(v as i8)),
            _ => self.fixed(Opcode::LdcI4, Operand::I32(v)),
        }
    }

    /// Pushes an `int64` constant.
    pub fn ldc_i8(&mut self, v: i64) {
        self.fixed(Opcode::LdcI8, Operand::I64(v));
    }

    /// Pushes a `float32` constant.
    pub fn ldc_r4(&mut self, v: f32) {
        self.fixed(Opcode::LdcR4, Operand::R4(v));
    }

    /// Pushes a `float64` constant.
    pub fn ldc_r8(&mut self, v: f64) {
        self.fixed(Opcode::LdcR8, Operand::R8(v));
    }

    /// Emits an instruction with an immediate `int8` (`unaligned.`, `no.`).
    pub fn op_i8(&mut self, op: Opcode, v: i8) {
        self.fixed(op, Operand::I8(v));
    }

    fn var(&mut self, macro_ops: Option<[Opcode; 4]>, short: Opcode, long: Opcode, n: u16) {
        match macro_ops {
            Some(ops) if n < 4 => self.op(ops[n as usize]),
            _ if n < 256 => self.fixed(short, Operand::Var(n)),
            _ => self.fixed(long, Operand::Var(n)),
        }
    }

    /// Loads argument `n` in the shortest form.
    pub fn ldarg(&mut self, n: u16) {
        use Opcode::*;
        self.var(Some([Ldarg0, Ldarg1, Ldarg2, Ldarg3]), LdargS, Ldarg, n);
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
    pub fn ldloc(&mut self, n: u16) {
        use Opcode::*;
        self.var(Some([Ldloc0, Ldloc1, Ldloc2, Ldloc3]), LdlocS, Ldloc, n);
    }

    /// Loads the address of local `n`.
    pub fn ldloca(&mut self, n: u16) {
        self.var(None, Opcode::LdlocaS, Opcode::Ldloca, n);
    }

    /// Stores into local `n` in the shortest form.
    pub fn stloc(&mut self, n: u16) {
        use Opcode::*;
        self.var(Some([Stloc0, Stloc1, Stloc2, Stloc3]), StlocS, Stloc, n);
    }

    /// Lays out the code: resolves labels, picks branch forms, computes max stack and
    /// the exception clauses.
    pub fn finish(mut self) -> Result<EncodedIl, IlError> {
        let mut targets = self.resolve_labels()?;
        let offsets = self.layout(&mut targets);
        let max_stack = self.max_stack(&targets, &offsets)?;
        let (code, token_offsets) = self.emit_code(&offsets, targets.tokens);
        let label_offset = |l: Label| offsets[self.labels[l.0 as usize].unwrap_or(0)];
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
        let label_offsets = (0..self.labels.len())
            .map(|i| label_offset(Label(i as u32)))
            .collect();
        Ok(EncodedIl {
            code,
            max_stack,
            clauses,
            label_offsets,
            token_offsets,
        })
    }

    /// Writes the instruction bytes for a layout computed by [`Self::layout`], and where
    /// the token operands are.
    fn emit_code(&self, offsets: &[u32], targets_tokens: usize) -> (Vec<u8>, Vec<u32>) {
        let label_offset = |l: Label| offsets[self.labels[l.0 as usize].unwrap_or(0)];
        let mut code = Vec::with_capacity(*offsets.last().unwrap_or(&0) as usize);
        let mut tokens = Vec::with_capacity(targets_tokens);
        for (idx, ins) in self.instrs.iter().enumerate() {
            let next = offsets[idx + 1] as i64;
            // One or two bytes: pushed, not copied (a copy is a call per instruction).
            let code_word = ins.op as u16;
            if code_word >= 0xFE00 {
                code.push(0xFE);
            }
            code.push(code_word as u8);
            match &ins.operand {
                Operand::None => {}
                Operand::I8(v) => code.push(*v as u8),
                Operand::I32(v) => code.extend_from_slice(&v.to_le_bytes()),
                Operand::I64(v) => code.extend_from_slice(&v.to_le_bytes()),
                Operand::R4(v) => code.extend_from_slice(&v.to_le_bytes()),
                Operand::R8(v) => code.extend_from_slice(&v.to_le_bytes()),
                Operand::Token(t) => {
                    tokens.push(code.len() as u32);
                    code.extend_from_slice(&t.0.to_le_bytes());
                }
                Operand::Var(n) => match ins.op.operand() {
                    OperandKind::ShortVar => code.push(*n as u8),
                    _ => code.extend_from_slice(&n.to_le_bytes()),
                },
                Operand::Label(l) => {
                    let disp = label_offset(*l) as i64 - next;
                    if ins.op.operand() == OperandKind::ShortBrTarget {
                        code.push(disp as i8 as u8);
                    } else {
                        code.extend_from_slice(&(disp as i32).to_le_bytes());
                    }
                }
                Operand::Switch(ls) => {
                    code.extend_from_slice(&(ls.len() as u32).to_le_bytes());
                    for l in ls {
                        let disp = label_offset(*l) as i64 - next;
                        code.extend_from_slice(&(disp as i32).to_le_bytes());
                    }
                }
            }
        }
        (code, tokens)
    }

    /// Checks every used label is marked; returns each instruction's branch targets,
    /// and (one pass for all) turns branches to their short form and sizes everything.
    fn resolve_labels(&mut self) -> Result<Targets, IlError> {
        let labels = &self.labels;
        let resolve = |l: &Label| labels[l.0 as usize].ok_or(IlError::UnmarkedLabel(l.0));
        for r in &self.regions {
            for l in [r.try_start, r.try_end, r.handler_start, r.handler_end] {
                resolve(&l)?;
            }
            if let RegionKind::Filter(l) = r.kind {
                resolve(&l)?;
            }
        }
        let n = self.instrs.len();
        let mut t = Targets {
            ends: Vec::with_capacity(n),
            flat: Vec::with_capacity(self.label_operands),
            branches: Vec::with_capacity(self.branch_count),
            sizes: Vec::with_capacity(n),
            tokens: 0,
        };
        for (i, ins) in self.instrs.iter_mut().enumerate() {
            match &ins.operand {
                Operand::Label(l) => {
                    t.flat.push(resolve(l)?);
                    ins.op = ins.op.short_form();
                    t.branches.push(i);
                }
                Operand::Switch(ls) => {
                    for l in ls {
                        t.flat.push(resolve(l)?);
                    }
                }
                Operand::Token(_) => t.tokens += 1,
                _ => {}
            }
            t.ends.push(t.flat.len() as u32);
            t.sizes.push(ins.size());
        }
        Ok(t)
    }

    /// Picks branch forms (start short, grow to a fixed point) and returns each
    /// instruction's offset, plus the code size as the last element.
    fn layout(&mut self, targets: &mut Targets) -> Vec<u32> {
        // Only branches change size: everything was sized once (branches short), now
        // revisit the branches.
        let mut sizes = std::mem::take(&mut targets.sizes);
        let targets = &*targets;
        let branches = &targets.branches;
        let mut offsets = Vec::with_capacity(sizes.len() + 1);
        loop {
            offsets.clear();
            let mut at = 0u32;
            for &size in &sizes {
                offsets.push(at);
                at += size;
            }
            offsets.push(at);
            let mut grew = false;
            for &idx in branches {
                let ins = &mut self.instrs[idx];
                if ins.op.operand() != OperandKind::ShortBrTarget {
                    continue;
                }
                let Some(&target) = targets.of(idx).first() else {
                    continue;
                };
                let disp = offsets[target] as i64 - offsets[idx + 1] as i64;
                if !(-128..=127).contains(&disp) {
                    ins.op = ins.op.long_form();
                    sizes[idx] = ins.size();
                    grew = true;
                }
            }
            if !grew {
                return offsets;
            }
        }
    }

    fn max_stack(&self, targets: &Targets, offsets: &[u32]) -> Result<u16, IlError> {
        /// A depth not yet known (real depths are far below it).
        const UNSEEN: u32 = u32::MAX;
        let n = self.instrs.len();
        let mut depth: Vec<u32> = vec![UNSEEN; n + 1];
        let mut work = Vec::with_capacity(16);
        // Records the depth at `at`; true when `at` is seen for the first time.
        let first_visit = |depth: &mut [u32], at: usize, d: u32| match depth[at] {
            UNSEEN => {
                depth[at] = d;
                Ok(true)
            }
            prev if prev == d => Ok(false),
            prev => Err(IlError::StackMismatch {
                offset: offsets[at],
                first: prev,
                second: d,
            }),
        };
        let enter = |depth: &mut [u32], work: &mut Vec<usize>, at: usize, d: u32| {
            if first_visit(depth, at, d)? {
                work.push(at);
            }
            Ok::<(), IlError>(())
        };
        enter(&mut depth, &mut work, 0, 0)?;
        for r in &self.regions {
            let label_idx = |l: Label| self.labels[l.0 as usize].unwrap_or(0);
            let handler_depth = u32::from(matches!(
                r.kind,
                RegionKind::Catch(_) | RegionKind::Filter(_)
            ));
            enter(
                &mut depth,
                &mut work,
                label_idx(r.handler_start),
                handler_depth,
            )?;
            if let RegionKind::Filter(l) = r.kind {
                enter(&mut depth, &mut work, label_idx(l), 1)?;
            }
        }
        let mut max = 0u32;
        // Depth-first, last in first out; the fall-through successor, pushed last, is
        // taken straight away instead of going through the work list.
        let mut next = work.pop();
        while let Some(idx) = next {
            let d = depth[idx];
            max = max.max(d);
            if idx == n {
                return Err(IlError::FallsOffEnd);
            }
            let ins = &self.instrs[idx];
            let after_pop =
                d.checked_sub(u32::from(ins.pops))
                    .ok_or_else(|| IlError::StackUnderflow {
                        offset: offsets[idx],
                        op: ins.op.name(),
                    })?;
            let after = if ins.clears_stack {
                0
            } else {
                after_pop + u32::from(ins.pushes)
            };
            max = max.max(after);
            if matches!(ins.operand, Operand::Label(_) | Operand::Switch(_)) {
                for &t in targets.of(idx) {
                    enter(&mut depth, &mut work, t, after)?;
                }
            }
            next = match ins.op.flow() {
                Flow::Branch | Flow::Return | Flow::Throw => None,
                _ => first_visit(&mut depth, idx + 1, after)?.then_some(idx + 1),
            };
            if next.is_none() {
                next = work.pop();
            }
        }
        Ok(max.min(u32::from(u16::MAX)) as u16)
    }
}

#[cfg(test)]
mod tests;
