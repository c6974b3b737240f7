//! The four heaps on the reading side, each a checked view: an index outside its heap or
//! a malformed entry is a `ReadError`, never a panic.
#![deny(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use super::error::ReadError;
use crate::entity::{BlobIdx, GuidIdx, StringIdx};
use crate::signature::decode::SigReader;

/// `#Strings`.
#[derive(Clone, Copy, Debug, Default)]
pub struct StringsHeap<'a>(pub &'a [u8]);

impl<'a> StringsHeap<'a> {
    /// The string at an offset.
    pub fn get(&self, idx: StringIdx) -> Result<&'a str, ReadError> {
        let bytes = self
            .0
            .get(idx.0 as usize..)
            .ok_or(ReadError::BadStringIndex(idx.0))?;
        let end = bytes
            .iter()
            .position(|&b| b == 0)
            .ok_or(ReadError::BadStringIndex(idx.0))?;
        let s = bytes.get(..end).ok_or(ReadError::BadStringIndex(idx.0))?;
        std::str::from_utf8(s).map_err(|_| ReadError::InvalidUtf8(idx.0))
    }
}

/// `#Blob`.
#[derive(Clone, Copy, Debug, Default)]
pub struct BlobsHeap<'a>(pub &'a [u8]);

impl<'a> BlobsHeap<'a> {
    /// The blob at an offset.
    pub fn get(&self, idx: BlobIdx) -> Result<&'a [u8], ReadError> {
        let err = || ReadError::BadBlobIndex(idx.0);
        let bytes = self.0.get(idx.0 as usize..).ok_or_else(err)?;
        if idx.0 == 0 && self.0.is_empty() {
            return Ok(&[]);
        }
        let mut r = SigReader::new(bytes);
        let len = r.compressed_u32().map_err(|_| err())? as usize;
        let start = bytes.len() - r.remaining();
        bytes
            .get(start..start.checked_add(len).ok_or_else(err)?)
            .ok_or_else(err)
    }
}

/// `#GUID`.
#[derive(Clone, Copy, Debug, Default)]
pub struct GuidsHeap<'a>(pub &'a [u8]);

impl GuidsHeap<'_> {
    /// The GUID at a 1-based index; index 0 is the nil GUID.
    pub fn get(&self, idx: GuidIdx) -> Result<[u8; 16], ReadError> {
        let Some(i) = idx.0.checked_sub(1) else {
            return Ok([0; 16]);
        };
        let start = (i as usize)
            .checked_mul(16)
            .ok_or(ReadError::BadGuidIndex(idx.0))?;
        self.0
            .get(start..start + 16)
            .and_then(|s| s.try_into().ok())
            .ok_or(ReadError::BadGuidIndex(idx.0))
    }

    /// Number of GUIDs.
    pub fn len(&self) -> u32 {
        (self.0.len() / 16) as u32
    }

    /// True when the heap holds no GUID.
    pub fn is_empty(&self) -> bool {
        self.0.len() < 16
    }
}

/// `#US`.
#[derive(Clone, Copy, Debug, Default)]
pub struct UserStringsHeap<'a>(pub &'a [u8]);

impl UserStringsHeap<'_> {
    /// The string at an offset (the low 24 bits of an `ldstr` token); unpaired
    /// surrogates become U+FFFD (see [`Self::get_utf16`] for the exact units).
    pub fn get(&self, offset: u32) -> Result<String, ReadError> {
        Ok(String::from_utf16_lossy(&self.get_utf16(offset)?))
    }

    /// The string at an offset as UTF-16 code units, exactly as stored.
    pub fn get_utf16(&self, offset: u32) -> Result<Vec<u16>, ReadError> {
        let err = || ReadError::BadUserStringIndex(offset);
        let bytes = self.0.get(offset as usize..).ok_or_else(err)?;
        let mut r = SigReader::new(bytes);
        let len = r.compressed_u32().map_err(|_| err())? as usize;
        let start = bytes.len() - r.remaining();
        let data = bytes
            .get(start..start.checked_add(len).ok_or_else(err)?)
            .ok_or_else(err)?;
        let units: Vec<u16> = data
            .chunks_exact(2)
            .map(|c| {
                u16::from_le_bytes([
                    c.first().copied().unwrap_or(0),
                    c.get(1).copied().unwrap_or(0),
                ])
            })
            .collect();
        Ok(units)
    }
}
