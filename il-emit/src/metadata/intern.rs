//! The heaps' deduplication index: where each interned item starts in its heap, found by
//! content hash. The table holds only the hash, offset and length of each item (the
//! content is in the heap's bytes, which the caller compares against), so interning a
//! new item allocates no key and growing the table rehashes no content.

use std::hash::Hasher;

/// One interned item: its hash, where it is in the heap, its length in the heap's units.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    hash: u32,
    /// The offset plus one (0: an empty slot).
    at: u32,
    len: u32,
}

/// An open-addressing table (linear probing, at most three quarters full).
#[derive(Clone, Debug, Default)]
pub(super) struct Index {
    slots: Vec<Slot>,
    len: usize,
}

/// A content hash, folded to the table's 32 bits.
pub(super) fn hash(bytes: &[u8]) -> u32 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.write_usize(bytes.len());
    let v = h.finish();
    (v ^ (v >> 32)) as u32
}

/// [`hash`] of UTF-16 code units (by their little-endian bytes, as the heap holds them).
pub(super) fn hash_units(units: &[u16]) -> u32 {
    let mut h = rustc_hash::FxHasher::default();
    for u in units {
        h.write(&u.to_le_bytes());
    }
    h.write_usize(units.len());
    let v = h.finish();
    (v ^ (v >> 32)) as u32
}

/// The bytes a compressed length takes before a blob or user string (§II.24.2.4).
pub(super) fn prefix_size(len: u32) -> usize {
    match len {
        0..0x80 => 1,
        0x80..0x4000 => 2,
        _ => 4,
    }
}

impl Index {
    /// The offset of the item with `hash` and `len` for which `same(offset)` holds.
    pub(super) fn find(&self, hash: u32, len: u32, same: impl Fn(u32) -> bool) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let s = self.slots[i];
            if s.at == 0 {
                return None;
            }
            if s.hash == hash && s.len == len && same(s.at - 1) {
                return Some(s.at - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /// Records a new item (not already in the table).
    pub(super) fn insert(&mut self, hash: u32, len: u32, at: u32) {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        self.place(Slot {
            hash,
            at: at + 1,
            len,
        });
        self.len += 1;
    }

    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = slot.hash as usize & mask;
        while self.slots[i].at != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for s in old.into_iter().filter(|s| s.at != 0) {
            self.place(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_inserted_through_growth_and_collisions() {
        let mut ix = Index::default();
        // Every item shares one hash, so each lookup walks the collisions.
        for i in 0..200u32 {
            assert_eq!(ix.find(7, 1, |at| at == i * 10), None);
            ix.insert(7, 1, i * 10);
        }
        for i in 0..200u32 {
            assert_eq!(ix.find(7, 1, |at| at == i * 10), Some(i * 10));
            assert_eq!(ix.find(7, 2, |at| at == i * 10), None);
        }
        assert_eq!(ix.find(8, 1, |_| true), None);
    }
}
