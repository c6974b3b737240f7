//! The CIL instruction set (ECMA-335 Partition III): opcodes, encoding with labels and
//! branch-size selection, max-stack computation, decoding, and method bodies (tiny and fat
//! headers, exception clauses).
