//! Marking: roots in, transitive closure out. Ambiguous roots (stack words) may point
//! anywhere, inside an object or just past its end, and are mapped to the object that
//! contains them; exact roots (statics, interned strings, handles) and fields must be
//! object starts, and are still checked, since explicit layouts may overlap a reference
//! field with plain data. Objects are scanned precisely from their method tables: the
//! reference offsets of classes and boxed values, every element of reference arrays,
//! and the reference offsets inside every element of arrays of structs.

use super::Spaces;
use super::object;
use crate::jit::mtable::{MethodTable, flags};

/// A marking pass over `spaces`.
pub struct Marker<'a> {
    spaces: &'a mut Spaces,
    stack: Vec<usize>,
    /// Objects marked.
    pub marked: usize,
}

impl<'a> Marker<'a> {
    pub fn new(spaces: &'a mut Spaces) -> Marker<'a> {
        Marker {
            spaces,
            stack: Vec::with_capacity(1024),
            marked: 0,
        }
    }

    /// A word that may or may not refer to an object (a stack slot, a register).
    pub fn ambiguous(&mut self, word: usize) {
        if let Some(o) = self.spaces.object_containing(word) {
            self.mark(o);
        }
        // A pointer just past an object's end (an end iterator, the data of an empty
        // array) keeps that object too.
        if let Some(o) = self.spaces.object_containing(word.wrapping_sub(1)) {
            self.mark(o);
        }
    }

    /// A word that is null or an object reference.
    #[inline]
    pub fn exact(&mut self, word: usize) {
        if word != 0 && self.spaces.mark_if_object(word) {
            self.marked += 1;
            self.stack.push(word);
        }
    }

    #[inline]
    fn mark(&mut self, obj: usize) {
        if self.spaces.mark(obj) {
            self.marked += 1;
            self.stack.push(obj);
        }
    }

    /// Marks everything reachable from the roots given so far.
    pub fn trace(&mut self) {
        while let Some(o) = self.stack.pop() {
            self.scan(o);
        }
    }

    fn scan(&mut self, obj: usize) {
        // SAFETY: `obj` is an allocated object; its first word is its method table
        // (or 0 for a cell handed out whose table is not written yet, which never
        // happens while a collection runs, but costs nothing to respect).
        let mt = unsafe { *(obj as *const *const MethodTable) };
        if mt.is_null() {
            return;
        }
        // SAFETY: method tables are never freed; `ref_offsets` holds `ref_count` u32s.
        let (mt, refs) = unsafe {
            let mt = &*mt;
            let refs: &[u32] = match mt.ref_count {
                0 => &[],
                n => std::slice::from_raw_parts(mt.ref_offsets as *const u32, n as usize),
            };
            (mt, refs)
        };
        let read = |addr: usize| -> usize {
            // SAFETY: callers pass addresses inside `obj`, from its own layout.
            unsafe { *(addr as *const usize) }
        };
        if mt.flags & flags::ARRAY == 0 {
            for &off in refs {
                self.exact(read(obj + off as usize));
            }
            return;
        }
        // SAFETY: arrays keep their length at ARRAY_LENGTH.
        let len = unsafe { *((obj + object::ARRAY_LENGTH as usize) as *const i32) }.max(0) as usize;
        let data = obj + object::array_data(mt.rank) as usize;
        if mt.flags & flags::REF_ELEMENTS != 0 {
            for i in 0..len {
                self.exact(read(data + 8 * i));
            }
        } else if mt.flags & flags::STRUCT_ELEMENTS_WITH_REFS != 0 {
            let size = mt.component_size as usize;
            for i in 0..len {
                for &off in refs {
                    self.exact(read(data + i * size + off as usize));
                }
            }
        }
    }
}
