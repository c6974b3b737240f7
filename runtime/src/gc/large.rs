//! The large-object space: objects over `classes::SMALL_MAX` bytes, each its own zeroed
//! allocation from the system allocator (which maps big ones directly, so freeing
//! returns them to the kernel), kept in an ordered map for interior-pointer lookup.

use std::alloc::Layout;
use std::collections::BTreeMap;

const ALIGN: usize = 16;

#[derive(Debug)]
struct Large {
    size: usize,
    marked: bool,
}

/// The large-object space.
#[derive(Debug, Default)]
pub struct LargeSpace {
    objects: BTreeMap<usize, Large>,
    /// Bounds of every object (a quick rejection for conservative roots).
    lo: usize,
    hi: usize,
    /// Bytes of objects (live, or dead but not yet swept).
    pub in_use: usize,
}

impl LargeSpace {
    /// `size` zeroed bytes; `None` if the system allocator refuses.
    pub fn alloc(&mut self, size: usize) -> Option<usize> {
        let layout = Layout::from_size_align(size.max(ALIGN), ALIGN).ok()?;
        // SAFETY: the layout has a non-zero size.
        let p = unsafe { std::alloc::alloc_zeroed(layout) } as usize;
        if p == 0 {
            return None;
        }
        self.objects.insert(
            p,
            Large {
                size: layout.size(),
                marked: false,
            },
        );
        self.lo = if self.objects.len() == 1 {
            p
        } else {
            self.lo.min(p)
        };
        self.hi = self.hi.max(p + layout.size());
        self.in_use += layout.size();
        Some(p)
    }

    /// Whether `addr` is the start of a large object.
    pub fn is_object(&self, addr: usize) -> bool {
        addr >= self.lo && addr < self.hi && self.objects.contains_key(&addr)
    }

    /// The large object containing `addr`.
    pub fn object_containing(&self, addr: usize) -> Option<usize> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        let (&start, o) = self.objects.range(..=addr).next_back()?;
        (addr < start + o.size).then_some(start)
    }

    /// Marks `obj` (an object start); true if it was not marked yet.
    pub fn mark(&mut self, obj: usize) -> bool {
        match self.objects.get_mut(&obj) {
            Some(o) if !o.marked => {
                o.marked = true;
                true
            }
            _ => false,
        }
    }

    /// Frees unmarked objects and clears marks; returns the bytes that survive.
    pub fn sweep(&mut self) -> usize {
        self.objects.retain(|&p, o| {
            if o.marked {
                o.marked = false;
                return true;
            }
            // SAFETY: `p` was allocated by `alloc` with this size and alignment, and
            // nothing reachable refers to it.
            unsafe {
                std::alloc::dealloc(
                    p as *mut u8,
                    Layout::from_size_align_unchecked(o.size, ALIGN),
                )
            };
            false
        });
        self.lo = self.objects.keys().next().copied().unwrap_or(0);
        self.hi = self
            .objects
            .iter()
            .next_back()
            .map_or(0, |(&p, o)| p + o.size);
        self.in_use = self.objects.values().map(|o| o.size).sum();
        self.in_use
    }
}

impl Drop for LargeSpace {
    fn drop(&mut self) {
        for o in self.objects.values_mut() {
            o.marked = false;
        }
        self.sweep();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interior_lookup_marking_and_sweep() {
        let mut l = LargeSpace::default();
        let a = l.alloc(10_000).unwrap();
        let b = l.alloc(20_000).unwrap();
        assert!(l.is_object(a) && l.is_object(b) && !l.is_object(a + 8));
        assert_eq!(l.object_containing(a + 9_999), Some(a));
        assert_eq!(l.object_containing(b + 5), Some(b));
        assert_eq!(l.object_containing(a.wrapping_sub(1)), None);
        assert!(l.mark(b));
        assert!(!l.mark(b));
        assert_eq!(l.sweep(), 20_000);
        assert!(!l.is_object(a));
        assert_eq!(l.object_containing(a + 8), None);
        assert!(l.is_object(b));
        assert_eq!(l.sweep(), 0, "marks are cleared by a sweep");
    }
}
