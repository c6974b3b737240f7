//! Method bodies (ECMA-335 Partition II §25.4): tiny and fat headers, exception-handling
//! data sections (small and fat), in both directions, plus the stream that lays bodies
//! out one after another for the PE writer.

use crate::entity::Token;
use std::fmt;

/// The handler kind of an exception clause.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ClauseKind {
    /// A typed handler: catches exceptions assignable to the token's type.
    Catch(Token),
    /// A filter whose code starts at the given offset.
    Filter(u32),
    Finally,
    Fault,
}

/// One exception clause, in code offsets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ExceptionClause {
    pub kind: ClauseKind,
    pub try_offset: u32,
    pub try_length: u32,
    pub handler_offset: u32,
    pub handler_length: u32,
}

impl ExceptionClause {
    fn flags(&self) -> u32 {
        match self.kind {
            ClauseKind::Catch(_) => 0,
            ClauseKind::Filter(_) => 1,
            ClauseKind::Finally => 2,
            ClauseKind::Fault => 4,
        }
    }

    fn class_or_filter(&self) -> u32 {
        match self.kind {
            ClauseKind::Catch(t) => t.0,
            ClauseKind::Filter(o) => o,
            ClauseKind::Finally | ClauseKind::Fault => 0,
        }
    }

    fn fits_small(&self) -> bool {
        self.try_offset <= 0xFFFF
            && self.try_length <= 0xFF
            && self.handler_offset <= 0xFFFF
            && self.handler_length <= 0xFF
    }
}

/// A method body: header fields, code and clauses.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct MethodBody<'a> {
    pub max_stack: u16,
    pub init_locals: bool,
    /// The StandAloneSig of the locals, or the nil token.
    pub local_var_sig: Token,
    pub code: std::borrow::Cow<'a, [u8]>,
    pub clauses: Vec<ExceptionClause>,
}

const TINY: u8 = 0x2;
const FAT: u16 = 0x3;
const MORE_SECTS: u16 = 0x8;
const INIT_LOCALS: u16 = 0x10;
const SECT_EH_TABLE: u8 = 0x1;
const SECT_FAT: u8 = 0x40;
const SECT_MORE: u8 = 0x80;

impl MethodBody<'_> {
    /// True when the tiny header can carry this body.
    pub fn fits_tiny(&self) -> bool {
        self.code.len() < 64
            && self.max_stack <= 8
            && self.local_var_sig.is_nil()
            && self.clauses.is_empty()
            && !self.init_locals
    }

    /// Appends the encoded body. A fat body must start 4-byte aligned: callers laying out
    /// several bodies use [`MethodBodyStream`], which aligns.
    pub fn encode(&self, out: &mut Vec<u8>) {
        if self.fits_tiny() {
            out.push(((self.code.len() as u8) << 2) | TINY);
            out.extend_from_slice(&self.code);
            return;
        }
        let mut flags = FAT | (3 << 12);
        if !self.clauses.is_empty() {
            flags |= MORE_SECTS;
        }
        if self.init_locals {
            flags |= INIT_LOCALS;
        }
        out.extend_from_slice(&flags.to_le_bytes());
        out.extend_from_slice(&self.max_stack.to_le_bytes());
        out.extend_from_slice(&(self.code.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.local_var_sig.0.to_le_bytes());
        out.extend_from_slice(&self.code);
        if self.clauses.is_empty() {
            return;
        }
        while out.len() % 4 != 0 {
            out.push(0);
        }
        let small =
            self.clauses.iter().all(ExceptionClause::fits_small) && self.clauses.len() <= 20;
        if small {
            let size = 4 + 12 * self.clauses.len();
            out.extend_from_slice(&[SECT_EH_TABLE, size as u8, 0, 0]);
            for c in &self.clauses {
                out.extend_from_slice(&(c.flags() as u16).to_le_bytes());
                out.extend_from_slice(&(c.try_offset as u16).to_le_bytes());
                out.push(c.try_length as u8);
                out.extend_from_slice(&(c.handler_offset as u16).to_le_bytes());
                out.push(c.handler_length as u8);
                out.extend_from_slice(&c.class_or_filter().to_le_bytes());
            }
        } else {
            let size = 4 + 24 * self.clauses.len() as u32;
            out.push(SECT_EH_TABLE | SECT_FAT);
            out.extend_from_slice(&size.to_le_bytes()[..3]);
            for c in &self.clauses {
                for v in [
                    c.flags(),
                    c.try_offset,
                    c.try_length,
                    c.handler_offset,
                    c.handler_length,
                    c.class_or_filter(),
                ] {
                    out.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
    }
}

/// Why a method body could not be decoded.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum BodyError {
    /// The bytes end before the named part.
    Truncated(&'static str),
    /// The header's low bits name neither a tiny nor a fat header.
    BadHeader(u8),
    /// The fat header's size field is not 3 (in 4-byte units).
    BadFatHeaderSize(u8),
    /// A data section's kind is not an EH table.
    BadSection(u8),
    /// An exception clause's flags are not catch, filter, finally or fault.
    BadClauseFlags(u32),
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::Truncated(what) => write!(f, "method body truncated in {what}"),
            BodyError::BadHeader(b) => write!(f, "bad method header byte {b:#04x}"),
            BodyError::BadFatHeaderSize(n) => write!(f, "fat header size {n} is not 3"),
            BodyError::BadSection(k) => write!(f, "bad method data section kind {k:#04x}"),
            BodyError::BadClauseFlags(x) => write!(f, "bad exception clause flags {x:#x}"),
        }
    }
}

impl std::error::Error for BodyError {}

fn slice<'a>(
    bytes: &'a [u8],
    at: usize,
    len: usize,
    what: &'static str,
) -> Result<&'a [u8], BodyError> {
    at.checked_add(len)
        .and_then(|end| bytes.get(at..end))
        .ok_or(BodyError::Truncated(what))
}

fn u16_at(bytes: &[u8], at: usize, what: &'static str) -> Result<u16, BodyError> {
    let s = slice(bytes, at, 2, what)?;
    Ok(u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(bytes: &[u8], at: usize, what: &'static str) -> Result<u32, BodyError> {
    let s = slice(bytes, at, 4, what)?;
    Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

impl<'a> MethodBody<'a> {
    /// Decodes a body starting at `bytes[0]`; returns it and the bytes it spans.
    pub fn parse(bytes: &'a [u8]) -> Result<(MethodBody<'a>, usize), BodyError> {
        let first = *bytes.first().ok_or(BodyError::Truncated("header"))?;
        match first & 0x3 {
            TINY => {
                let len = usize::from(first >> 2);
                let code = slice(bytes, 1, len, "code")?;
                let body = MethodBody {
                    max_stack: 8,
                    code: code.into(),
                    ..MethodBody::default()
                };
                Ok((body, 1 + len))
            }
            3 => Self::parse_fat(bytes),
            _ => Err(BodyError::BadHeader(first)),
        }
    }

    fn parse_fat(bytes: &'a [u8]) -> Result<(MethodBody<'a>, usize), BodyError> {
        let flags = u16_at(bytes, 0, "header")?;
        let header_size = (flags >> 12) as u8;
        if header_size != 3 {
            return Err(BodyError::BadFatHeaderSize(header_size));
        }
        let max_stack = u16_at(bytes, 2, "header")?;
        let code_size = u32_at(bytes, 4, "header")? as usize;
        let local_var_sig = Token(u32_at(bytes, 8, "header")?);
        let code = slice(bytes, 12, code_size, "code")?;
        let mut end = 12 + code_size;
        let mut clauses = Vec::new();
        let mut more = flags & MORE_SECTS != 0;
        while more {
            end = end
                .checked_add(3)
                .ok_or(BodyError::Truncated("data section"))?
                & !3;
            let kind = *bytes.get(end).ok_or(BodyError::Truncated("data section"))?;
            if kind & SECT_EH_TABLE == 0 {
                return Err(BodyError::BadSection(kind));
            }
            more = kind & SECT_MORE != 0;
            if kind & SECT_FAT != 0 {
                let head = slice(bytes, end, 4, "data section")?;
                let size = u32::from_le_bytes([head[1], head[2], head[3], 0]) as usize;
                let n = size.saturating_sub(4) / 24;
                for i in 0..n {
                    let at = end + 4 + i * 24;
                    let f = |k: usize| u32_at(bytes, at + 4 * k, "exception clause");
                    clauses.push(clause(f(0)?, f(1)?, f(2)?, f(3)?, f(4)?, f(5)?)?);
                }
                end += size.max(4);
            } else {
                let size = usize::from(
                    *bytes
                        .get(end + 1)
                        .ok_or(BodyError::Truncated("data section"))?,
                );
                let n = size.saturating_sub(4) / 12;
                for i in 0..n {
                    let at = end + 4 + i * 12;
                    let s = slice(bytes, at, 12, "exception clause")?;
                    clauses.push(clause(
                        u32::from(u16::from_le_bytes([s[0], s[1]])),
                        u32::from(u16::from_le_bytes([s[2], s[3]])),
                        u32::from(s[4]),
                        u32::from(u16::from_le_bytes([s[5], s[6]])),
                        u32::from(s[7]),
                        u32::from_le_bytes([s[8], s[9], s[10], s[11]]),
                    )?);
                }
                end += size.max(4);
            }
        }
        let body = MethodBody {
            max_stack,
            init_locals: flags & INIT_LOCALS != 0,
            local_var_sig,
            code: code.into(),
            clauses,
        };
        Ok((body, end))
    }
}

fn clause(
    flags: u32,
    to: u32,
    tl: u32,
    ho: u32,
    hl: u32,
    extra: u32,
) -> Result<ExceptionClause, BodyError> {
    let kind = match flags & 0x7 {
        0 => ClauseKind::Catch(Token(extra)),
        1 => ClauseKind::Filter(extra),
        2 => ClauseKind::Finally,
        4 => ClauseKind::Fault,
        _ => return Err(BodyError::BadClauseFlags(flags)),
    };
    Ok(ExceptionClause {
        kind,
        try_offset: to,
        try_length: tl,
        handler_offset: ho,
        handler_length: hl,
    })
}

/// Method bodies laid out back to back, fat ones 4-byte aligned, as the IL section of a
/// PE image holds them. Offsets are relative to the stream's start (which the PE writer
/// places 4-byte aligned).
#[derive(Clone, Debug, Default)]
pub struct MethodBodyStream {
    bytes: Vec<u8>,
}

impl MethodBodyStream {
    /// An empty stream.
    pub fn new() -> MethodBodyStream {
        MethodBodyStream::default()
    }

    /// Appends a body and returns its offset in the stream.
    pub fn add(&mut self, body: &MethodBody<'_>) -> u32 {
        if !body.fits_tiny() {
            while self.bytes.len() % 4 != 0 {
                self.bytes.push(0);
            }
        }
        let offset = self.bytes.len() as u32;
        body.encode(&mut self.bytes);
        offset
    }

    /// [`Self::add`], then `patch` edits the code where it was written (a caller whose
    /// code still holds provisional tokens writes the real ones there rather than
    /// patching a copy first).
    pub fn add_patched(&mut self, body: &MethodBody<'_>, patch: impl FnOnce(&mut [u8])) -> u32 {
        let offset = self.add(body);
        // The code follows the header: one byte for a tiny body, twelve for a fat one.
        let start = offset as usize + if body.fits_tiny() { 1 } else { 12 };
        if let Some(code) = self.bytes.get_mut(start..start + body.code.len()) {
            patch(code);
        }
        offset
    }

    /// The stream's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The stream's bytes, by value.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}
