//! clr-lite, the bundled runtime: loader (image validation, assembly resolution), type
//! system, IL verifier, Cranelift JIT with patched entry stubs, native image cache,
//! garbage collector, exception handling and interop.
//!
//! Built so far: `loader`. Unsafe code will be allowed only in the `jit`, `gc` and
//! `interop` modules, each block with a `// SAFETY:` comment; everything else denies it.
#![deny(unsafe_code)]

pub mod loader;
