//! Object layout, shared by the JIT, the helpers and (later) the collector.
//!
//! ```text
//! every object   +0  method-table pointer (*const MethodTable)
//! class          +8  instance fields (inherited first), 8-aligned size
//! boxed value    +8  the value
//! string         +8  length (i32)      +12 UTF-16 code units (+ a terminating 0)
//! vector T[]     +8  length (i32, padded to 8)   +16 elements
//! array T[,..]   +8  total length      +16 rank × i32 lengths, padded to 8, elements
//! ```
//!
//! The method table (`jit::mtable::MethodTable`) gives the base size, the component
//! size of arrays and strings, and the offsets of reference fields, which is all a
//! precise mark or copy needs.

/// Offset of the first field (after the method-table pointer).
pub const HEADER: usize = 8;
/// Offset of an array's length.
pub const ARRAY_LENGTH: i32 = 8;
/// Offset of a vector's first element.
pub const VECTOR_DATA: i32 = 16;
/// Offset of a string's length.
pub const STRING_LENGTH: i32 = 8;
/// Offset of a string's first UTF-16 code unit.
pub const STRING_DATA: i32 = 12;
/// Offset of a multi-dimensional array's per-dimension lengths.
pub const MDARRAY_DIMS: i32 = 16;

/// Offset of the elements of an array of `rank` (0: vector).
pub fn array_data(rank: u32) -> i32 {
    match rank {
        0 => VECTOR_DATA,
        n => MDARRAY_DIMS + (4 * n as i32 + 7) / 8 * 8,
    }
}
