//! The Common Language Specification rules (ECMA-335 Partition I §11) as checks over
//! metadata only, so that any assembly, from any compiler, can be judged. Each finding
//! names its CLS rule number and the member it concerns.
#![forbid(unsafe_code)]
