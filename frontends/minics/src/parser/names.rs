//! The parser's identifier interner: each distinct identifier text once, as a shared
//! `Arc<str>`, so the many uses of a name cost no allocation after the first. Names are
//! short, so a general-purpose `HashMap<&str, _>` spends more on hashing, probing and
//! `memcmp` calls than the names are long; here a name is looked up straight from the
//! source bytes by its first and last eight bytes (loaded as two words) and its length,
//! in an open-addressing table: a name of up to eight bytes is found by comparing two
//! integers, a longer one compares its bytes only when both words and the length match.

use std::sync::Arc;

/// The interned names of one parser (the table is allocated at the first name).
#[derive(Default)]
pub(super) struct Names {
    /// The length is a power of two; `entry` 0 is an empty slot.
    slots: Vec<Slot>,
    entries: Vec<Arc<str>>,
}

/// A table slot: a name's key and its index + 1 in `entries`.
#[derive(Clone, Copy, Default)]
struct Slot {
    key: Key,
    entry: u32,
}

/// What identifies a name cheaply: its length and its first and last eight bytes
/// (zero-padded; `last` is 0 for names of up to eight bytes, which `first` holds whole).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Key {
    first: u64,
    last: u64,
    len: u32,
}

impl Key {
    /// The key of `text[start..end]`.
    #[inline]
    fn of(text: &[u8], start: usize, end: usize) -> Key {
        let len = end - start;
        let (first, last) = if len <= 8 {
            (prefix_word(text, start, len), 0)
        } else {
            (word(text, start), word(text, end - 8))
        };
        Key {
            first,
            last,
            len: len as u32,
        }
    }

    fn hash(self) -> usize {
        let h = (self.first ^ self.last.rotate_left(29) ^ u64::from(self.len))
            .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        (h >> 32) as usize
    }
}

/// The eight bytes at `at` (which must be in bounds) as a little-endian word.
#[inline]
fn word(text: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&text[at..at + 8]);
    u64::from_le_bytes(w)
}

/// The `len` (at most eight) bytes at `at` as a little-endian word, zero-padded.
#[inline]
fn prefix_word(text: &[u8], at: usize, len: usize) -> u64 {
    if len == 0 {
        return 0;
    }
    if at + 8 <= text.len() {
        // Load eight bytes and keep the name's.
        return word(text, at) & (u64::MAX >> (64 - 8 * len));
    }
    text[at..at + len]
        .iter()
        .rev()
        .fold(0, |w, &b| (w << 8) | u64::from(b))
}

impl Names {
    /// The shared text equal to `text[start..end]` (which must be a `str` range of
    /// `text`; anything else is taken as the empty name).
    #[inline]
    pub(super) fn intern(&mut self, text: &str, start: usize, end: usize) -> Arc<str> {
        let bytes = text.as_bytes();
        let Some(name) = bytes.get(start..end) else {
            return self.intern_empty();
        };
        let key = Key::of(bytes, start, end);
        if let Some(i) = self.find(key, name) {
            return i;
        }
        self.insert(key, text.get(start..end).unwrap_or(""))
    }

    /// The name with `key` and bytes `name`, if interned.
    #[inline]
    fn find(&self, key: Key, name: &[u8]) -> Option<Arc<str>> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = key.hash() & mask;
        loop {
            let slot = self.slots.get(i)?;
            if slot.entry == 0 {
                return None;
            }
            if slot.key == key {
                let found = self.entries.get(slot.entry as usize - 1)?;
                if key.len <= 8 || found.as_bytes() == name {
                    return Some(found.clone());
                }
            }
            i = (i + 1) & mask;
        }
    }

    #[cold]
    fn intern_empty(&mut self) -> Arc<str> {
        self.intern("", 0, 0)
    }

    /// Adds a name (not interned yet).
    #[cold]
    fn insert(&mut self, key: Key, s: &str) -> Arc<str> {
        let name: Arc<str> = Arc::from(s);
        self.entries.push(name.clone());
        // At most half full, so probe runs stay short.
        if self.entries.len() * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = key.hash() & mask;
        while self.slots[i].entry != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = Slot {
            key,
            entry: self.entries.len() as u32,
        };
        name
    }

    /// Doubles the table (64 slots at first).
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let mask = size - 1;
        let mut slots = vec![Slot::default(); size];
        for slot in self.slots.iter().filter(|s| s.entry != 0) {
            let mut i = slot.key.hash() & mask;
            while slots[i].entry != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = *slot;
        }
        self.slots = slots;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intern(n: &mut Names, text: &str, start: usize, end: usize) -> Arc<str> {
        let a = n.intern(text, start, end);
        assert_eq!(&*a, &text[start..end]);
        a
    }

    #[test]
    fn equal_texts_share_one_allocation_and_different_ones_stay_apart() {
        let mut n = Names::default();
        // Short and long names, names sharing their first or last eight bytes, and
        // names at the very end of the text (fewer than eight bytes after them).
        let mut words: Vec<String> = (0..1500).map(|i| format!("n{i}")).collect();
        words.extend((0..300).map(|i| format!("PropertyName{i}Value")));
        words.extend((0..300).map(|i| format!("Value{i}OfTheProperty")));
        words.extend(["a", "ab", "abcdefgh", "abcdefghi", "é", "x\u{e9}y"].map(String::from));
        let text = words.join(" ");
        let mut spans = Vec::new();
        let mut at = 0;
        for w in &words {
            spans.push((at, at + w.len()));
            at += w.len() + 1;
        }
        let first: Vec<Arc<str>> = spans
            .iter()
            .map(|&(s, e)| intern(&mut n, &text, s, e))
            .collect();
        assert_eq!(n.entries.len(), words.len());
        // Again, from another text where the names sit elsewhere.
        let other = format!("  {}", text);
        for (&(s, e), a) in spans.iter().zip(&first) {
            assert!(Arc::ptr_eq(a, &intern(&mut n, &other, s + 2, e + 2)));
        }
        assert_eq!(n.entries.len(), words.len());
        assert_eq!(&*intern(&mut n, "", 0, 0), "");
    }
}
