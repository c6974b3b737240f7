//! The four metadata heaps on the writing side (§24.2.2–4): `#Strings`, `#US`, `#Blob`,
//! `#GUID`, each deduplicating what it interns and handing back its index.
//!
//! Offsets are assigned in interning order, so the same sequence of calls gives the same
//! bytes: no hash-map iteration order reaches the output. Deduplication looks items up
//! in the heap's own bytes (`intern`), so interning keeps no second copy.

use super::intern::{Index, hash, hash_units, prefix_size};
use crate::entity::{BlobIdx, GuidIdx, StringIdx, UserStringIdx};
use crate::signature::encode::compressed_u32;

/// `#Strings`: NUL-terminated UTF-8, offset 0 is the empty string.
#[derive(Clone, Debug)]
pub struct StringHeap {
    bytes: Vec<u8>,
    index: Index,
}

impl Default for StringHeap {
    fn default() -> StringHeap {
        StringHeap {
            bytes: vec![0],
            index: Index::default(),
        }
    }
}

impl StringHeap {
    /// Interns a string.
    pub fn add(&mut self, s: &str) -> StringIdx {
        if s.is_empty() {
            return StringIdx(0);
        }
        let (h, len) = (hash(s.as_bytes()), s.len() as u32);
        let bytes = &self.bytes;
        let same = |at: u32| bytes.get(at as usize..at as usize + s.len()) == Some(s.as_bytes());
        if let Some(at) = self.index.find(h, len, same) {
            return StringIdx(at);
        }
        let at = self.bytes.len() as u32;
        self.bytes.extend_from_slice(s.as_bytes());
        self.bytes.push(0);
        self.index.insert(h, len, at);
        StringIdx(at)
    }

    /// The heap's bytes (unpadded).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// `#Blob`: length-prefixed byte strings, offset 0 is the empty blob.
#[derive(Clone, Debug)]
pub struct BlobHeap {
    bytes: Vec<u8>,
    index: Index,
}

impl Default for BlobHeap {
    fn default() -> BlobHeap {
        BlobHeap {
            bytes: vec![0],
            index: Index::default(),
        }
    }
}

impl BlobHeap {
    /// Interns a blob.
    pub fn add(&mut self, blob: &[u8]) -> BlobIdx {
        if blob.is_empty() {
            return BlobIdx(0);
        }
        let (h, len) = (hash(blob), blob.len() as u32);
        let bytes = &self.bytes;
        let same = |at: u32| {
            let start = at as usize + prefix_size(len);
            bytes.get(start..start + blob.len()) == Some(blob)
        };
        if let Some(at) = self.index.find(h, len, same) {
            return BlobIdx(at);
        }
        let at = self.bytes.len() as u32;
        compressed_u32(&mut self.bytes, len);
        self.bytes.extend_from_slice(blob);
        self.index.insert(h, len, at);
        BlobIdx(at)
    }

    /// The heap's bytes (unpadded).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// `#US`: length-prefixed UTF-16 strings with the trailing "has special characters" byte.
#[derive(Clone, Debug)]
pub struct UserStringHeap {
    bytes: Vec<u8>,
    index: Index,
}

impl Default for UserStringHeap {
    fn default() -> UserStringHeap {
        UserStringHeap {
            bytes: vec![0],
            index: Index::default(),
        }
    }
}

impl UserStringHeap {
    /// Interns a string literal.
    pub fn add(&mut self, s: &str) -> UserStringIdx {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.add_utf16(&units)
    }

    /// Interns a string literal given as UTF-16 code units, which may hold unpaired
    /// surrogates (legal in .NET strings, not in Rust's).
    pub fn add_utf16(&mut self, units: &[u16]) -> UserStringIdx {
        let (h, len) = (hash_units(units), units.len() as u32);
        let bytes = &self.bytes;
        let same = |at: u32| {
            let start = at as usize + prefix_size(len * 2 + 1);
            bytes
                .get(start..start + 2 * units.len())
                .is_some_and(|b| (b.chunks_exact(2).zip(units)).all(|(p, u)| p == u.to_le_bytes()))
        };
        if let Some(at) = self.index.find(h, len, same) {
            return UserStringIdx(at);
        }
        let at = self.bytes.len() as u32;
        compressed_u32(&mut self.bytes, units.len() as u32 * 2 + 1);
        let mut special = false;
        for u in units {
            self.bytes.extend_from_slice(&u.to_le_bytes());
            // §24.2.4 sets the flag for a non-zero high byte or a low byte in 0x01–0x08,
            // 0x0E–0x1F, 0x27, 0x2D or 0x7F; compilers (Roslyn, csc) set it for every
            // char from 0x7F up, which we follow so rewritten assemblies match theirs.
            special |= *u >= 0x7F || matches!(*u, 0x01..=0x08 | 0x0E..=0x1F | 0x27 | 0x2D);
        }
        self.bytes.push(u8::from(special));
        self.index.insert(h, len, at);
        UserStringIdx(at)
    }

    /// The heap's bytes (unpadded).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// `#GUID`: 16-byte GUIDs, indexed from 1.
#[derive(Clone, Debug, Default)]
pub struct GuidHeap {
    guids: Vec<[u8; 16]>,
}

impl GuidHeap {
    /// Appends a GUID (GUIDs are not deduplicated: the Module's MVID must stay unique).
    pub fn add(&mut self, guid: [u8; 16]) -> GuidIdx {
        self.guids.push(guid);
        GuidIdx(self.guids.len() as u32)
    }

    /// Overwrites a GUID already added (used to patch the content-derived MVID).
    pub fn set(&mut self, idx: GuidIdx, guid: [u8; 16]) {
        if let Some(slot) = idx
            .0
            .checked_sub(1)
            .and_then(|i| self.guids.get_mut(i as usize))
        {
            *slot = guid;
        }
    }

    /// Number of GUIDs.
    pub fn len(&self) -> usize {
        self.guids.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.guids.is_empty()
    }

    /// The heap's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        self.guids.concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_blobs_dedup_and_keep_zero_empty() {
        let mut s = StringHeap::default();
        assert_eq!(s.add(""), StringIdx(0));
        let a = s.add("Object");
        assert_eq!(s.add("Object"), a);
        assert_eq!(s.add("System"), StringIdx(8));
        assert_eq!(s.bytes(), b"\0Object\0System\0");
        let mut b = BlobHeap::default();
        assert_eq!(b.add(&[]), BlobIdx(0));
        assert_eq!(b.add(&[0x06, 0x08]), BlobIdx(1));
        assert_eq!(b.add(&[0x06, 0x08]), BlobIdx(1));
        assert_eq!(b.bytes(), [0, 2, 0x06, 0x08]);
    }

    #[test]
    fn user_strings_carry_the_special_byte() {
        let mut us = UserStringHeap::default();
        assert_eq!(us.add("Hi"), UserStringIdx(1));
        assert_eq!(us.add("it's"), UserStringIdx(7));
        assert_eq!(&us.bytes()[1..7], [5, b'H', 0, b'i', 0, 0]);
        assert_eq!(us.bytes().last(), Some(&1));
        let mut us = UserStringHeap::default();
        us.add("é€");
        assert_eq!(us.bytes(), [0, 5, 0xE9, 0x00, 0xAC, 0x20, 1]);
    }

    #[test]
    fn lone_surrogates_survive() {
        let mut us = UserStringHeap::default();
        let idx = us.add_utf16(&[0xD800, 0x41]);
        assert_eq!(us.bytes(), [0, 5, 0x00, 0xD8, 0x41, 0x00, 1]);
        let heap = crate::reader::heaps::UserStringsHeap(us.bytes());
        assert_eq!(heap.get_utf16(idx.0), Ok(vec![0xD800, 0x41]));
    }
}
