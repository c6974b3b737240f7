//! The small-object space: size-segregated blocks of the [`Region`]. Each block holds
//! cells of one size class and two side bitmaps with one bit per 8-byte granule: *alloc*
//! (a live or not-yet-swept object starts here) and *mark*. Since bits are set only at
//! cell starts, "is `addr` an object" is one bit test, and "which object contains
//! `addr`" (an interior pointer from a conservative root) is a division by the cell
//! size and one bit test.
//!
//! Allocation walks a block's cells in address order from a cursor and carves the next
//! run of cells whose alloc bits are clear (dead cells, zeroed when carved, or the
//! block's never-used tail, already zero) into a *window* the heap bumps through.
//! Sweeping never touches object memory: per bitmap word, `alloc &= mark` frees the
//! dead and the marks are cleared; blocks with no survivor go back to the region. (Threading free lists through dead cells cost a
//! cache miss per dead object in the sweep and another per allocation; walking the
//! bitmap allocates in address order, which the hardware prefetcher follows.)

use super::classes::{COUNT, SIZES};
use super::region::{BLOCK, Region};

const GRANULES: usize = BLOCK / 8;
const WORDS: usize = GRANULES / 64;
const NO_CLASS: u8 = u8::MAX;
/// Address space reserved for small objects.
const RESERVE: usize = 64 << 30;

/// Per-block state.
#[derive(Clone)]
struct BlockMeta {
    class: u8,
    cell: u32,
    /// Cells in the block.
    ncells: u32,
    /// The next cell allocation looks at.
    cursor: u32,
    /// Offset of the first never-allocated cell: the tail from here is zero.
    bump: u32,
    alloc: [u64; WORDS],
    mark: [u64; WORDS],
}

impl BlockMeta {
    const EMPTY: BlockMeta = BlockMeta {
        class: NO_CLASS,
        cell: 0,
        ncells: 0,
        cursor: 0,
        bump: 0,
        alloc: [0; WORDS],
        mark: [0; WORDS],
    };
}

#[derive(Default, Clone, Debug)]
struct ClassState {
    /// The block being allocated from.
    current: Option<u32>,
    /// Other blocks of this class with free cells.
    available: Vec<u32>,
}

/// The small-object space.
#[derive(Default)]
pub struct SmallSpace {
    region: Option<Region>,
    /// Reservation failed: every object goes to the large-object space.
    unavailable: bool,
    blocks: Vec<BlockMeta>,
    classes: Vec<ClassState>,
    /// Bytes of cells holding objects (live, or dead but not yet swept).
    pub in_use: usize,
}

impl std::fmt::Debug for SmallSpace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SmallSpace({} blocks, {} bytes in use)",
            self.blocks.len(),
            self.in_use
        )
    }
}

/// Zeroes `size` bytes (rounded up to words) at `at`, inline for one small object.
///
/// # Safety
/// `at` must be 8-aligned with `size.next_multiple_of(8)` writable bytes.
#[inline(always)]
unsafe fn zero_words(at: usize, size: usize) {
    let n = size.div_ceil(8);
    if n <= 8 {
        for i in 0..n {
            // SAFETY: inside the range the caller vouches for; volatile keeps this a few
            // stores rather than a call to memset.
            unsafe { std::ptr::write_volatile((at as *mut u64).add(i), 0) };
        }
    } else {
        // SAFETY: as above.
        unsafe { std::ptr::write_bytes(at as *mut u8, 0, n * 8) };
    }
}

#[inline]
fn bit(bits: &[u64; WORDS], g: usize) -> bool {
    bits[g / 64] & (1 << (g % 64)) != 0
}

impl SmallSpace {
    /// A zeroed cell for `size` bytes (`size <= SMALL_MAX`); `None` when the region
    /// is exhausted or could not be reserved.
    #[cfg(test)]
    pub fn alloc(&mut self, size: usize) -> Option<usize> {
        self.carve(super::classes::class_of(size), 1)
            .map(|(at, _)| at)
    }

    /// A run of up to `max_cells` consecutive free cells of class `c`, zeroed and
    /// already marked allocated: an allocation window `[start, end)` the heap bumps
    /// through. Cells it does not hand out must go back through [`Self::unreserve`]
    /// before the next mark.
    pub fn carve(&mut self, c: usize, max_cells: u32) -> Option<(usize, usize)> {
        loop {
            if let Some(b) = self.classes.get(c).and_then(|s| s.current) {
                let base = self.region.as_ref()?.block_addr(b);
                let m = &mut self.blocks[b as usize];
                let cell = m.cell as usize;
                // Skip allocated cells, then take free ones up to the next allocated.
                while m.cursor < m.ncells && bit(&m.alloc, (m.cursor * m.cell) as usize / 8) {
                    m.cursor += 1;
                }
                let first = m.cursor;
                while m.cursor < m.ncells
                    && m.cursor - first < max_cells
                    && !bit(&m.alloc, (m.cursor * m.cell) as usize / 8)
                {
                    let g = (m.cursor * m.cell) as usize / 8;
                    m.alloc[g / 64] |= 1 << (g % 64);
                    m.cursor += 1;
                }
                if m.cursor > first {
                    let (from, to) = (first as usize * cell, m.cursor as usize * cell);
                    let dirty_to = to.min(m.bump as usize);
                    if from < dirty_to {
                        // SAFETY: dead cells of this block, now ours.
                        unsafe { zero_words(base + from, dirty_to - from) };
                    }
                    m.bump = m.bump.max(to as u32);
                    self.in_use += to - from;
                    return Some((base + from, base + to));
                }
            }
            let next = match self.classes.get_mut(c).and_then(|s| s.available.pop()) {
                Some(b) => b,
                None => self.new_block(c)?,
            };
            self.classes[c].current = Some(next);
        }
    }

    /// Gives back the unused cells `[start, end)` of a window (all of one block).
    pub fn unreserve(&mut self, start: usize, end: usize) {
        let Some((b, off)) = self.locate(start) else {
            return;
        };
        let m = &mut self.blocks[b];
        let mut o = off;
        while o < off + (end - start) {
            let g = o / 8;
            m.alloc[g / 64] &= !(1 << (g % 64));
            o += m.cell as usize;
        }
        self.in_use -= end - start;
    }

    fn new_block(&mut self, c: usize) -> Option<u32> {
        if self.region.is_none() {
            if self.unavailable {
                return None;
            }
            self.region = Region::reserve(RESERVE);
            self.unavailable = self.region.is_none();
            self.classes = vec![ClassState::default(); COUNT];
        }
        let b = self.region.as_mut()?.take()?;
        if self.blocks.len() <= b as usize {
            self.blocks.resize(b as usize + 1, BlockMeta::EMPTY);
        }
        let m = &mut self.blocks[b as usize];
        m.class = c as u8;
        m.cell = SIZES[c];
        m.ncells = (BLOCK / SIZES[c] as usize) as u32;
        m.cursor = 0;
        m.bump = 0;
        Some(b)
    }

    /// The block of `addr` and its offset, if `addr` lies in a block holding objects.
    #[inline]
    fn locate(&self, addr: usize) -> Option<(usize, usize)> {
        let r = self.region.as_ref()?;
        let b = r.block_of(addr)?;
        let m = self.blocks.get(b as usize)?;
        (m.class != NO_CLASS).then(|| (b as usize, addr - r.block_addr(b)))
    }

    /// Whether `addr` is the start of an object.
    #[inline]
    pub fn is_object(&self, addr: usize) -> bool {
        match self.locate(addr) {
            Some((b, off)) => off % 8 == 0 && bit(&self.blocks[b].alloc, off / 8),
            None => false,
        }
    }

    /// The object whose cell contains `addr` (interior pointers included).
    pub fn object_containing(&self, addr: usize) -> Option<usize> {
        let (b, off) = self.locate(addr)?;
        let m = &self.blocks[b];
        let start = off / m.cell as usize * m.cell as usize;
        (start < m.bump as usize && bit(&m.alloc, start / 8)).then(|| addr - (off - start))
    }

    /// Marks `word` if it is an object start (and not marked yet); `None` if `word`
    /// is not in this space at all.
    #[inline]
    pub fn mark_if_object(&mut self, word: usize) -> Option<bool> {
        let (b, off) = self.locate(word)?;
        if off % 8 != 0 {
            return Some(false);
        }
        let (w, bit) = (off / 8 / 64, 1u64 << (off / 8 % 64));
        let m = &mut self.blocks[b];
        if m.alloc[w] & bit == 0 || m.mark[w] & bit != 0 {
            return Some(false);
        }
        m.mark[w] |= bit;
        Some(true)
    }

    /// Marks object `obj` (an object start); true if it was not marked yet.
    #[inline]
    pub fn mark(&mut self, obj: usize) -> bool {
        let Some((b, off)) = self.locate(obj) else {
            return false;
        };
        let (w, m) = (off / 8 / 64, 1u64 << (off / 8 % 64));
        let bits = &mut self.blocks[b].mark;
        let fresh = bits[w] & m == 0;
        bits[w] |= m;
        fresh
    }

    /// Frees every unmarked object, clears the marks, gives empty blocks back to the
    /// region; returns the bytes of surviving cells.
    pub fn sweep(&mut self) -> usize {
        let Some(region) = self.region.as_mut() else {
            return 0;
        };
        for s in &mut self.classes {
            s.current = None;
            s.available.clear();
        }
        let mut live_bytes = 0;
        for (i, m) in self.blocks.iter_mut().enumerate() {
            if m.class == NO_CLASS {
                continue;
            }
            let mut live = 0usize;
            for w in 0..WORDS {
                let kept = m.alloc[w] & m.mark[w];
                m.alloc[w] = kept;
                m.mark[w] = 0;
                live += kept.count_ones() as usize;
            }
            if live == 0 {
                region.give_back(i as u32, m.bump);
                *m = BlockMeta::EMPTY;
                continue;
            }
            live_bytes += live * m.cell as usize;
            m.cursor = 0;
            if live < m.ncells as usize {
                self.classes[m.class as usize].available.push(i as u32);
            }
        }
        self.in_use = live_bytes;
        live_bytes
    }

    /// Lets at most `keep` bytes of empty blocks stay resident.
    pub fn trim(&mut self, keep: usize) {
        if let Some(r) = self.region.as_mut() {
            r.trim(keep);
        }
    }

    /// Bytes of blocks holding objects.
    pub fn block_bytes(&self) -> usize {
        self.blocks.iter().filter(|m| m.class != NO_CLASS).count() * BLOCK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_distinct_zeroed_and_classed() {
        let mut s = SmallSpace::default();
        let a = s.alloc(24).unwrap();
        let b = s.alloc(24).unwrap();
        let c = s.alloc(100).unwrap();
        assert_eq!(b - a, 24, "one class, consecutive cells");
        assert!(s.is_object(a) && s.is_object(b) && s.is_object(c));
        assert!(!s.is_object(a + 8), "interior is not a start");
        assert_eq!(s.object_containing(a + 8), Some(a));
        assert_eq!(s.object_containing(b + 23), Some(b));
        assert_eq!(s.object_containing(c + 99), Some(c));
        assert_eq!(
            s.object_containing(b + 24),
            None,
            "past the bump is no object"
        );
        assert_eq!(s.in_use, 24 + 24 + 104);
    }

    #[test]
    fn sweep_frees_unmarked_cells_for_reuse_zeroed() {
        let mut s = SmallSpace::default();
        let objs: Vec<usize> = (0..1000).map(|_| s.alloc(40).unwrap()).collect();
        for &o in &objs {
            // SAFETY: each cell is 40 bytes and ours.
            unsafe { std::ptr::write_bytes(o as *mut u8, 0xEE, 40) };
        }
        for &o in objs.iter().step_by(2) {
            assert!(s.mark(o));
            assert!(!s.mark(o), "second mark is not fresh");
        }
        let live = s.sweep();
        assert_eq!(live, 500 * 40);
        for (i, &o) in objs.iter().enumerate() {
            assert_eq!(s.is_object(o), i % 2 == 0);
        }
        // The 500 dead cells are reused before the block's tail.
        let mut again: Vec<usize> = (0..500).map(|_| s.alloc(40).unwrap()).collect();
        again.sort();
        let mut dead: Vec<usize> = objs.iter().skip(1).step_by(2).copied().collect();
        dead.sort();
        assert_eq!(again, dead);
        for &o in &again {
            // SAFETY: a fresh 40-byte cell.
            let bytes = unsafe { std::slice::from_raw_parts(o as *const u8, 40) };
            assert!(bytes.iter().all(|&b| b == 0), "reused cells are zeroed");
        }
    }

    #[test]
    fn windows_are_runs_of_free_cells_zeroed_and_given_back_when_unused() {
        let mut s = SmallSpace::default();
        let c = super::super::classes::class_of(32);
        let (a, end) = s.carve(c, 4).unwrap();
        assert_eq!(end - a, 4 * 32);
        assert!(
            (0..4).all(|i| s.is_object(a + 32 * i)),
            "carved cells count as allocated"
        );
        assert_eq!(s.in_use, 128);
        // Hand out two, give the other two back.
        s.unreserve(a + 64, end);
        assert_eq!(s.in_use, 64);
        assert!(s.is_object(a + 32) && !s.is_object(a + 64));
        // SAFETY: the two cells handed out are ours.
        unsafe { std::ptr::write_bytes(a as *mut u8, 0x77, 64) };
        s.mark(a);
        s.sweep();
        // The next window starts at the freed cell between the survivor and the tail
        // and runs to the end of the block, zeroed.
        let (b, end) = s.carve(c, u32::MAX).unwrap();
        assert_eq!(b, a + 32);
        assert_eq!(end - a, BLOCK / 32 * 32);
        // SAFETY: a fresh window of at least 32 bytes.
        let first = unsafe { *(b as *const u64) };
        assert_eq!(first, 0);
    }

    #[test]
    fn empty_blocks_return_to_the_region_and_memory_stays_bounded() {
        let mut s = SmallSpace::default();
        for round in 0..50 {
            let keep = s.alloc(64).unwrap();
            for _ in 0..20_000 {
                s.alloc(64).unwrap();
            }
            s.mark(keep);
            s.sweep();
            assert_eq!(s.in_use, 64, "round {round}");
            assert!(s.block_bytes() <= BLOCK);
        }
        assert!(s.region.as_ref().unwrap().used() < 60, "blocks are reused");
    }
}
