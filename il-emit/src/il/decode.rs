//! Decoding IL code bytes into instructions, checked: a truncated operand or an unknown
//! opcode is an error value naming the offset.

use super::opcode::{Opcode, OperandKind};
use crate::entity::Token;
use std::fmt;

/// A decoded operand. Branch targets are absolute code offsets.
#[derive(Clone, PartialEq, Debug)]
pub enum DecodedOperand {
    None,
    I8(i8),
    I32(i32),
    I64(i64),
    R4(f32),
    R8(f64),
    Token(Token),
    Var(u16),
    Target(u32),
    Switch(Vec<u32>),
}

/// One decoded instruction.
#[derive(Clone, PartialEq, Debug)]
pub struct Instruction {
    pub offset: u32,
    pub opcode: Opcode,
    pub operand: DecodedOperand,
}

impl Instruction {
    /// The offset of the instruction that follows.
    pub fn next_offset(&self) -> u32 {
        let operand = match &self.operand {
            DecodedOperand::Switch(t) => 4 + 4 * t.len(),
            _ => self.opcode.operand().size().unwrap_or(0),
        };
        self.offset + (self.opcode.size() + operand) as u32
    }
}

impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.opcode.name();
        match &self.operand {
            DecodedOperand::None => write!(f, "{name}"),
            DecodedOperand::I8(v) => write!(f, "{name:<10} {v}"),
            DecodedOperand::I32(v) => write!(f, "{name:<10} {v}"),
            DecodedOperand::I64(v) => write!(f, "{name:<10} {v}"),
            DecodedOperand::R4(v) => write!(f, "{name:<10} {v:?}"),
            DecodedOperand::R8(v) => write!(f, "{name:<10} {v:?}"),
            DecodedOperand::Token(t) => write!(f, "{name:<10} {t}"),
            DecodedOperand::Var(v) => write!(f, "{name:<10} {v}"),
            DecodedOperand::Target(t) => write!(f, "{name:<10} IL_{t:04x}"),
            DecodedOperand::Switch(ts) => {
                write!(f, "{name:<10} (")?;
                for (i, t) in ts.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}IL_{t:04x}")?;
                }
                write!(f, ")")
            }
        }
    }
}

/// Why code bytes could not be decoded.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum DecodeError {
    /// No opcode has this encoding.
    UnknownOpcode { offset: u32, bytes: [u8; 2] },
    /// The code ends inside an operand.
    TruncatedOperand { offset: u32 },
    /// A branch target falls outside the code.
    TargetOutOfRange { offset: u32, target: i64 },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::UnknownOpcode { offset, bytes } => {
                write!(
                    f,
                    "IL_{offset:04x}: unknown opcode {:02x} {:02x}",
                    bytes[0], bytes[1]
                )
            }
            DecodeError::TruncatedOperand { offset } => {
                write!(f, "IL_{offset:04x}: truncated operand")
            }
            DecodeError::TargetOutOfRange { offset, target } => {
                write!(
                    f,
                    "IL_{offset:04x}: branch target {target} outside the code"
                )
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Iterates over the instructions of a code slice.
#[derive(Clone, Debug)]
pub struct Decoder<'a> {
    code: &'a [u8],
    at: usize,
    failed: bool,
}

impl<'a> Decoder<'a> {
    /// Decodes `code` from its start.
    pub fn new(code: &'a [u8]) -> Decoder<'a> {
        Decoder {
            code,
            at: 0,
            failed: false,
        }
    }

    fn take<const N: usize>(&mut self, start: u32) -> Result<[u8; N], DecodeError> {
        let s = self
            .at
            .checked_add(N)
            .and_then(|end| self.code.get(self.at..end))
            .ok_or(DecodeError::TruncatedOperand { offset: start })?;
        self.at += N;
        let mut out = [0u8; N];
        out.copy_from_slice(s);
        Ok(out)
    }

    fn target(&self, start: u32, disp: i64) -> Result<u32, DecodeError> {
        let target = self.at as i64 + disp;
        if target < 0 || target > self.code.len() as i64 {
            return Err(DecodeError::TargetOutOfRange {
                offset: start,
                target,
            });
        }
        Ok(target as u32)
    }

    fn decode_one(&mut self) -> Result<Instruction, DecodeError> {
        let start = self.at as u32;
        let [b] = self.take::<1>(start)?;
        let opcode = if b == 0xFE {
            let [b2] = self.take::<1>(start)?;
            Opcode::from_fe_byte(b2).ok_or(DecodeError::UnknownOpcode {
                offset: start,
                bytes: [b, b2],
            })?
        } else {
            Opcode::from_byte(b).ok_or(DecodeError::UnknownOpcode {
                offset: start,
                bytes: [b, 0],
            })?
        };
        let operand = match opcode.operand() {
            OperandKind::None => DecodedOperand::None,
            OperandKind::ShortI => DecodedOperand::I8(self.take::<1>(start)?[0] as i8),
            OperandKind::I => DecodedOperand::I32(i32::from_le_bytes(self.take(start)?)),
            OperandKind::I8 => DecodedOperand::I64(i64::from_le_bytes(self.take(start)?)),
            OperandKind::ShortR => DecodedOperand::R4(f32::from_le_bytes(self.take(start)?)),
            OperandKind::R => DecodedOperand::R8(f64::from_le_bytes(self.take(start)?)),
            OperandKind::Method
            | OperandKind::Field
            | OperandKind::Type
            | OperandKind::String
            | OperandKind::Sig
            | OperandKind::Tok => {
                DecodedOperand::Token(Token(u32::from_le_bytes(self.take(start)?)))
            }
            OperandKind::ShortVar => DecodedOperand::Var(u16::from(self.take::<1>(start)?[0])),
            OperandKind::Var => DecodedOperand::Var(u16::from_le_bytes(self.take(start)?)),
            OperandKind::ShortBrTarget => {
                let d = i64::from(self.take::<1>(start)?[0] as i8);
                DecodedOperand::Target(self.target(start, d)?)
            }
            OperandKind::BrTarget => {
                let d = i64::from(i32::from_le_bytes(self.take(start)?));
                DecodedOperand::Target(self.target(start, d)?)
            }
            OperandKind::Switch => {
                let n = u32::from_le_bytes(self.take(start)?) as usize;
                let table_len = n
                    .checked_mul(4)
                    .ok_or(DecodeError::TruncatedOperand { offset: start })?;
                if self.code.len() - self.at < table_len {
                    return Err(DecodeError::TruncatedOperand { offset: start });
                }
                let base = self.at + table_len;
                let mut targets = Vec::with_capacity(n);
                for _ in 0..n {
                    let d = i64::from(i32::from_le_bytes(self.take(start)?));
                    let t = base as i64 + d;
                    if t < 0 || t > self.code.len() as i64 {
                        return Err(DecodeError::TargetOutOfRange {
                            offset: start,
                            target: t,
                        });
                    }
                    targets.push(t as u32);
                }
                DecodedOperand::Switch(targets)
            }
        };
        Ok(Instruction {
            offset: start,
            opcode,
            operand,
        })
    }
}

impl Iterator for Decoder<'_> {
    type Item = Result<Instruction, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.at >= self.code.len() {
            return None;
        }
        let res = self.decode_one();
        self.failed = res.is_err();
        Some(res)
    }
}

/// Decodes a whole code slice.
pub fn decode_all(code: &[u8]) -> Result<Vec<Instruction>, DecodeError> {
    Decoder::new(code).collect()
}
