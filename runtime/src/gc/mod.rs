//! The managed heap. Part 1 is a bump allocator over large zeroed chunks: objects are
//! never freed or moved. Every object starts with its method-table pointer (see
//! `object` for the layout), and every method table lists the offsets of the object's
//! reference fields, so the collector of part 2 can walk the heap precisely.

pub mod object;

use std::cell::{Cell, RefCell};

const CHUNK_BYTES: usize = 16 << 20;

/// The heap: chunks of zeroed memory handed out by bumping a pointer.
#[derive(Debug, Default)]
pub struct Heap {
    cur: Cell<usize>,
    end: Cell<usize>,
    chunks: RefCell<Vec<Box<[u64]>>>,
    /// Bytes handed out so far.
    pub allocated: Cell<u64>,
    /// Objects handed out so far.
    pub objects: Cell<u64>,
}

impl Heap {
    /// `size` zeroed bytes, 8-aligned. Never fails short of the process running out of
    /// memory (which aborts, as any Rust allocation does).
    pub fn alloc(&self, size: usize) -> usize {
        let size = size.max(8).next_multiple_of(8);
        self.allocated.set(self.allocated.get() + size as u64);
        self.objects.set(self.objects.get() + 1);
        if size > CHUNK_BYTES / 4 {
            return self.new_chunk(size);
        }
        if self.cur.get() + size > self.end.get() {
            let base = self.new_chunk(CHUNK_BYTES);
            self.cur.set(base);
            self.end.set(base + CHUNK_BYTES);
        }
        let at = self.cur.get();
        self.cur.set(at + size);
        at
    }

    fn new_chunk(&self, bytes: usize) -> usize {
        let chunk = vec![0u64; bytes / 8].into_boxed_slice();
        let base = chunk.as_ptr() as usize;
        self.chunks.borrow_mut().push(chunk);
        base
    }
}
