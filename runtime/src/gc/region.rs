//! The small-object region: one contiguous reservation of address space (mapped
//! `MAP_NORESERVE`, so untouched pages cost nothing) cut into aligned blocks of
//! [`BLOCK`] bytes. Contiguity makes "is this word a heap address" two comparisons and
//! "which block" a shift, which conservative stack scanning relies on.
//!
//! Blocks are taken from a pool of empty blocks, else from the untouched end of the
//! region. Empty blocks come back to the pool after a sweep *dirty* (zeroed again when
//! taken); blocks beyond what the next cycle can use are handed back to the kernel
//! with `MADV_DONTNEED`, which also makes them read as zeros, so resident memory
//! follows the live heap down as well as up.

/// Block size (and alignment).
pub const BLOCK: usize = 64 << 10;
/// log2(BLOCK).
pub const BLOCK_SHIFT: u32 = 16;

/// The reserved region and its block pool.
#[derive(Debug)]
pub struct Region {
    base: usize,
    /// Blocks in the reservation.
    capacity: u32,
    /// Blocks ever handed out (the rest of the reservation is untouched).
    used: u32,
    /// Empty blocks: (index, bytes that may be non-zero from the front).
    pool: Vec<(u32, u32)>,
}

impl Region {
    /// Reserves up to `bytes` of address space (less if the system refuses); `None`
    /// if not even a few blocks can be mapped.
    pub fn reserve(bytes: usize) -> Option<Region> {
        let mut len = bytes;
        while len >= 16 * BLOCK {
            // SAFETY: an anonymous private mapping at an address the kernel chooses
            // touches no existing memory.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    len + BLOCK,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                // One spare block of slack lets the base be aligned; the unaligned head
                // and the tail are simply never used.
                let base = (p as usize).next_multiple_of(BLOCK);
                return Some(Region {
                    base,
                    capacity: (len / BLOCK) as u32,
                    used: 0,
                    pool: Vec::new(),
                });
            }
            len /= 2;
        }
        None
    }

    /// Address of block `i`.
    #[inline]
    pub fn block_addr(&self, i: u32) -> usize {
        self.base + ((i as usize) << BLOCK_SHIFT)
    }

    /// The block holding `addr`, if it lies in a block ever handed out.
    #[inline]
    pub fn block_of(&self, addr: usize) -> Option<u32> {
        let off = addr.wrapping_sub(self.base);
        let i = off >> BLOCK_SHIFT;
        (i < self.used as usize).then_some(i as u32)
    }

    /// Blocks ever handed out (every block index is below this).
    #[cfg(test)]
    pub fn used(&self) -> u32 {
        self.used
    }

    /// An empty, zeroed block; `None` when the reservation is exhausted.
    pub fn take(&mut self) -> Option<u32> {
        if let Some((i, dirty)) = self.pool.pop() {
            // SAFETY: block `i` belongs to the region and is empty: nothing refers to
            // its cells any more.
            unsafe { std::ptr::write_bytes(self.block_addr(i) as *mut u8, 0, dirty as usize) };
            return Some(i);
        }
        if self.used == self.capacity {
            return None;
        }
        self.used += 1;
        Some(self.used - 1)
    }

    /// Returns empty block `i`, whose first `dirty` bytes may be non-zero.
    pub fn give_back(&mut self, i: u32, dirty: u32) {
        self.pool.push((i, dirty));
    }

    /// Bytes of empty blocks kept resident.
    pub fn pooled_bytes(&self) -> usize {
        self.pool.iter().map(|&(_, d)| d as usize).sum()
    }

    /// Hands resident empty blocks back to the kernel until at most `keep` bytes of
    /// them stay resident.
    pub fn trim(&mut self, keep: usize) {
        let mut resident = self.pooled_bytes();
        let base = self.base;
        for e in self.pool.iter_mut() {
            if resident <= keep {
                break;
            }
            if e.1 == 0 {
                continue;
            }
            // SAFETY: the block is in the region and empty; after MADV_DONTNEED an
            // anonymous private mapping reads as zeros, which `dirty = 0` records.
            let r = unsafe {
                libc::madvise(
                    (base + ((e.0 as usize) << BLOCK_SHIFT)) as *mut libc::c_void,
                    BLOCK,
                    libc::MADV_DONTNEED,
                )
            };
            if r == 0 {
                resident -= e.1 as usize;
                e.1 = 0;
            }
        }
        // Prefer clean blocks last so `take` (which pops) reuses resident ones first.
        self.pool.sort_by_key(|&(_, d)| d != 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_aligned_zeroed_and_reused() {
        let mut r = Region::reserve(64 * BLOCK).unwrap();
        let a = r.take().unwrap();
        let b = r.take().unwrap();
        assert_ne!(a, b);
        let addr = r.block_addr(a);
        assert_eq!(addr % BLOCK, 0);
        assert_eq!(r.block_of(addr + 100), Some(a));
        assert_eq!(r.block_of(r.block_addr(b) + BLOCK - 1), Some(b));
        assert_eq!(
            r.block_of(r.block_addr(b) + BLOCK),
            None,
            "never handed out"
        );
        assert_eq!(r.block_of(addr.wrapping_sub(8)), None);
        // SAFETY: block `a` is ours and BLOCK bytes long.
        unsafe { std::ptr::write_bytes(addr as *mut u8, 0xAB, 64) };
        r.give_back(a, 64);
        assert_eq!(r.pooled_bytes(), 64);
        let again = r.take().unwrap();
        assert_eq!(again, a);
        // SAFETY: as above.
        let first = unsafe { *(addr as *const u64) };
        assert_eq!(first, 0, "reused blocks come back zeroed");
        // SAFETY: as above.
        unsafe { std::ptr::write_bytes(addr as *mut u8, 0xCD, 4096) };
        r.give_back(a, 4096);
        r.trim(0);
        assert_eq!(r.pooled_bytes(), 0);
        // SAFETY: as above; MADV_DONTNEED zeroed it.
        let first = unsafe { *((addr + 4000) as *const u64) };
        assert_eq!(first, 0);
    }
}
