//! clr-lite, the bundled runtime: loader (image validation, assembly resolution), type
//! system, Cranelift JIT with patched entry stubs, a heap, and internal calls.
//!
//! Unsafe code is allowed only in the `jit`, `gc` and `interop` modules, each block with
//! a `// SAFETY:` comment; everything else denies it (the crate-wide lint is `deny`, and
//! only those modules carry `#[allow(unsafe_code)]`).

pub mod cli;
pub mod gc;
pub mod host;
pub mod interop;
pub mod jit;
pub mod loader;
pub mod typesys;
pub mod verify;
pub mod vm;
