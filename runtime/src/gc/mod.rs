//! The managed heap and its collector: non-moving mark-sweep with conservative stack
//! roots and a precise heap.
//!
//! - `object`: the object layout every part of the runtime shares.
//! - `classes`, `region`, `small`: small objects (up to 4 KiB) in cells of 55 size
//!   classes, in 64 KiB blocks of one reserved region, with side alloc/mark bitmaps.
//! - `large`: larger objects, one system allocation each.
//! - `roots`: the stack base and the conservative scan of stack and registers.
//! - `mark`: the transitive closure from roots, precise through method tables.
//! - `collect`: one collection (roots: stack, statics, interned strings, handles),
//!   and the trigger policy (bytes allocated since the last collection against a
//!   threshold that grows with the live size).
//!
//! Objects never move: compiled code, internal calls and Rust locals may hold raw
//! addresses (and interior addresses) across any allocation.

#![allow(unsafe_code)]

mod classes;
mod collect;
mod large;
mod mark;
pub mod object;
mod region;
pub mod roots;
mod small;

pub use collect::{collect, maybe_collect};

use large::LargeSpace;
use small::SmallSpace;
use std::cell::{Cell, RefCell};
use std::sync::atomic::AtomicUsize;

/// The two object spaces.
#[derive(Debug, Default)]
pub struct Spaces {
    small: SmallSpace,
    large: LargeSpace,
}

impl Spaces {
    /// `size` zeroed bytes (`size` a multiple of 8, at least 16), one cell at a time.
    #[cfg(test)]
    fn alloc(&mut self, size: usize) -> Option<usize> {
        if size <= classes::SMALL_MAX {
            if let Some(p) = self.small.alloc(size) {
                return Some(p);
            }
        }
        self.large.alloc(size)
    }

    /// Whether `addr` starts an object.
    #[inline]
    pub fn is_object(&self, addr: usize) -> bool {
        self.small.is_object(addr) || self.large.is_object(addr)
    }

    /// The object containing `addr`, interior addresses included.
    pub fn object_containing(&self, addr: usize) -> Option<usize> {
        self.small
            .object_containing(addr)
            .or_else(|| self.large.object_containing(addr))
    }

    /// Marks object `obj`; true if it was unmarked.
    #[inline]
    pub fn mark(&mut self, obj: usize) -> bool {
        match self.small.is_object(obj) {
            true => self.small.mark(obj),
            false => self.large.mark(obj),
        }
    }

    /// Marks `word` if it starts an object not marked yet; true if it did.
    #[inline]
    pub fn mark_if_object(&mut self, word: usize) -> bool {
        match self.small.mark_if_object(word) {
            Some(fresh) => fresh,
            None => self.large.is_object(word) && self.large.mark(word),
        }
    }

    /// Frees unmarked objects; returns the bytes that survive.
    pub fn sweep(&mut self) -> usize {
        self.small.sweep() + self.large.sweep()
    }

    /// Bytes of objects (live, or dead and not yet swept).
    pub fn in_use(&self) -> usize {
        self.small.in_use + self.large.in_use
    }
}

/// Per size class, the allocation window `(next, end, start)`: zeroed cells already
/// marked allocated, handed out by bumping `next` (the allocation fast path). What a
/// window handed out (`next - start`) counts toward the trigger when it is replaced or
/// retired.
#[derive(Debug)]
struct Windows([Cell<(usize, usize, usize)>; classes::COUNT]);

impl Default for Windows {
    fn default() -> Windows {
        Windows(std::array::from_fn(|_| Cell::new((0, 0, 0))))
    }
}

/// The heap: object spaces, allocation counters, the collection trigger, handles.
#[derive(Debug, Default)]
pub struct Heap {
    spaces: RefCell<Spaces>,
    windows: Windows,
    /// Bytes handed out so far.
    pub allocated: Cell<u64>,
    /// Objects handed out so far.
    pub objects: Cell<u64>,
    /// Bytes handed out since the last collection.
    since_gc: Cell<usize>,
    /// Collect when `since_gc` reaches this (at least `min_trigger`).
    trigger: Cell<usize>,
    /// The smallest trigger (0: `collect::MIN_TRIGGER`).
    min_trigger: usize,
    /// Collections so far.
    pub collections: Cell<u64>,
    /// Time spent collecting.
    pub gc_nanos: Cell<u64>,
    /// Bytes that survived the last collection.
    pub live_after_gc: Cell<usize>,
    /// Print one line per collection to standard error (`CLR_LITE_GC_TRACE`).
    pub trace: bool,
    /// Objects Rust keeps outside the stack: slot per handle, 0 when free.
    handles: RefCell<Vec<usize>>,
    free_handles: RefCell<Vec<u32>>,
    /// Words in static storage that may hold a reference (exact roots).
    root_words: RefCell<Vec<&'static AtomicUsize>>,
}

impl Heap {
    /// An empty heap (nothing is reserved until the first allocation). `min_trigger`
    /// overrides the smallest allocation volume between collections (a tiny one makes
    /// every few allocations collect: a stress mode that shakes out missing roots).
    pub fn new(trace: bool, min_trigger: Option<usize>) -> Heap {
        Heap {
            trace,
            min_trigger: min_trigger.unwrap_or(0),
            ..Heap::default()
        }
    }

    /// The smallest allocation volume between collections.
    fn min_trigger(&self) -> usize {
        match self.min_trigger {
            0 => collect::MIN_TRIGGER,
            n => n,
        }
    }

    /// `size` zeroed bytes, 8-aligned. Never collects (callers may hold VM borrows;
    /// collections run at [`maybe_collect`]). Exits the process if memory runs out.
    #[inline]
    pub fn alloc(&self, size: usize) -> usize {
        let size = size.max(16).next_multiple_of(8);
        self.allocated.set(self.allocated.get() + size as u64);
        self.objects.set(self.objects.get() + 1);
        if size <= classes::SMALL_MAX {
            let c = classes::class_of(size);
            let cell = classes::SIZES[c] as usize;
            let w = &self.windows.0[c];
            let (next, end, start) = w.get();
            if end - next >= cell {
                w.set((next + cell, end, start));
                return next;
            }
            if let Some(p) = self.refill(c, cell) {
                return p;
            }
        }
        self.since_gc.set(self.since_gc.get() + size);
        match self.spaces.borrow_mut().large.alloc(size) {
            Some(p) => p,
            None => {
                eprintln!("clr-lite: out of memory allocating {size} bytes");
                std::process::exit(70)
            }
        }
    }

    /// A new window for class `c`; returns its first cell.
    #[inline(never)]
    fn refill(&self, c: usize, cell: usize) -> Option<usize> {
        let mut spaces = self.spaces.borrow_mut();
        self.retire_window(&mut spaces, c);
        let (start, end) = spaces.small.carve(c, u32::MAX)?;
        self.windows.0[c].set((start + cell, end, start));
        Some(start)
    }

    /// Gives window `c`'s unused cells back and counts what it handed out.
    fn retire_window(&self, spaces: &mut Spaces, c: usize) {
        let (next, end, start) = self.windows.0[c].replace((0, 0, 0));
        self.since_gc.set(self.since_gc.get() + (next - start));
        if next < end {
            spaces.small.unreserve(next, end);
        }
    }

    /// Gives every window's unused cells back (before a mark: they are not objects).
    fn retire_windows(&self, spaces: &mut Spaces) {
        for c in 0..classes::COUNT {
            self.retire_window(spaces, c);
        }
    }

    /// Whether enough was allocated since the last collection to run one.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.since_gc.get() >= self.trigger.get().max(self.min_trigger())
    }

    /// Bytes of objects currently allocated (live, or dead and not yet collected).
    pub fn in_use(&self) -> usize {
        self.spaces.borrow().in_use()
    }

    /// Keeps `obj` alive until [`Heap::free_handle`]; for references Rust stores
    /// where the stack scan cannot see them.
    pub fn new_handle(&self, obj: usize) -> u32 {
        let mut h = self.handles.borrow_mut();
        match self.free_handles.borrow_mut().pop() {
            Some(i) => {
                h[i as usize] = obj;
                i
            }
            None => {
                h.push(obj);
                (h.len() - 1) as u32
            }
        }
    }

    /// The object of handle `h`.
    pub fn handle_target(&self, h: u32) -> usize {
        self.handles.borrow().get(h as usize).copied().unwrap_or(0)
    }

    /// Makes `word` (static storage the runtime keeps a reference in, such as the
    /// exception being dispatched) a root for every collection from now on.
    pub fn add_root_word(&self, word: &'static AtomicUsize) {
        self.root_words.borrow_mut().push(word);
    }

    /// Releases handle `h`.
    pub fn free_handle(&self, h: u32) {
        if let Some(slot) = self.handles.borrow_mut().get_mut(h as usize) {
            *slot = 0;
            self.free_handles.borrow_mut().push(h);
        }
    }
}

#[cfg(test)]
mod tests;
