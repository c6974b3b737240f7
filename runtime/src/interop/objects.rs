//! Raw access to managed objects for internal calls: arrays' elements and method
//! tables, boxed values' bytes.

use crate::gc::object;
use crate::jit::mtable::MethodTable;

/// The method table of a non-null object.
pub(super) fn mt(obj: usize) -> &'static MethodTable {
    // SAFETY: every object starts with the address of its never-freed method table.
    unsafe { &*(*(obj as *const *const MethodTable)) }
}

/// An array's element count.
pub(super) fn array_len(arr: usize) -> usize {
    // SAFETY: `arr` is an array object; its length sits at ARRAY_LENGTH.
    unsafe { *((arr + object::ARRAY_LENGTH as usize) as *const i32) as usize }
}

/// The address of an array's first element.
pub(super) fn array_data(arr: usize) -> usize {
    arr + object::array_data(mt(arr).rank) as usize
}

/// The bytes of a boxed value.
pub(super) fn boxed_bytes(obj: usize) -> &'static [u8] {
    let size = mt(obj).base_size as usize - object::HEADER;
    // SAFETY: a boxed value holds `base_size - HEADER` bytes after the header.
    unsafe { std::slice::from_raw_parts((obj + object::HEADER) as *const u8, size) }
}

/// Reads a little-endian integer of `size` bytes at `addr` (sign-extended if `signed`).
pub(super) fn read_int(addr: usize, size: u32, signed: bool) -> i128 {
    // SAFETY: callers pass the address of a value of `size` bytes.
    unsafe {
        match (size, signed) {
            (1, true) => i128::from(*(addr as *const i8)),
            (1, false) => i128::from(*(addr as *const u8)),
            (2, true) => i128::from(*(addr as *const i16)),
            (2, false) => i128::from(*(addr as *const u16)),
            (4, true) => i128::from(*(addr as *const i32)),
            (4, false) => i128::from(*(addr as *const u32)),
            (_, true) => i128::from(*(addr as *const i64)),
            (_, false) => i128::from(*(addr as *const u64)),
        }
    }
}

/// Copies `n` bytes between (possibly overlapping) element ranges.
pub(super) fn move_bytes(dst: usize, src: usize, n: usize) {
    // SAFETY: callers checked both ranges against their arrays' lengths.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, n) }
}

/// Zeroes `n` bytes.
pub(super) fn zero_bytes(dst: usize, n: usize) {
    // SAFETY: callers checked the range against its array's length.
    unsafe { std::ptr::write_bytes(dst as *mut u8, 0, n) }
}

/// Writes one UTF-16 unit into a string under construction.
pub(super) fn set_char(s: usize, index: usize, c: u16) {
    // SAFETY: corlib only writes inside strings it has just allocated, in bounds.
    unsafe { *((s + object::STRING_DATA as usize) as *mut u16).add(index) = c }
}

/// Writes through an `out` parameter.
pub(super) fn write_i64(addr: usize, v: i64) {
    // SAFETY: `addr` is a managed pointer to an `out long`.
    unsafe { *(addr as *mut i64) = v }
}

pub(super) fn write_f64(addr: usize, v: f64) {
    // SAFETY: `addr` is a managed pointer to an `out double`.
    unsafe { *(addr as *mut f64) = v }
}
