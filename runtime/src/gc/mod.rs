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

/// The two object spaces.
#[derive(Debug, Default)]
pub struct Spaces {
    small: SmallSpace,
    large: LargeSpace,
}

impl Spaces {
    /// `size` zeroed bytes (`size` a multiple of 8, at least 16).
    #[inline]
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

/// The heap: object spaces, allocation counters, the collection trigger, handles.
#[derive(Debug, Default)]
pub struct Heap {
    spaces: RefCell<Spaces>,
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
        self.since_gc.set(self.since_gc.get() + size);
        match self.spaces.borrow_mut().alloc(size) {
            Some(p) => p,
            None => {
                eprintln!("clr-lite: out of memory allocating {size} bytes");
                std::process::exit(70)
            }
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
