//! The CIL instruction set (ECMA-335 Partition III): opcodes, encoding with labels and
//! branch-size selection, max-stack computation, decoding, and method bodies (tiny and fat
//! headers, exception clauses).

pub mod opcode;

pub use opcode::{Flow, Opcode, OperandKind};
pub mod body;
pub mod decode;
pub mod encode;

pub use body::{ClauseKind, ExceptionClause, MethodBody, MethodBodyStream};
pub use decode::{DecodedOperand, Decoder, Instruction, decode_all};
pub use encode::{EncodedIl, IlBuilder, IlError, Label, Region, RegionKind};
