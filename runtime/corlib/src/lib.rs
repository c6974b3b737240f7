//! The bundled framework: mscorlib, System and System.Core, written in minics
//! (`runtime/corlib/<assembly>/*.cs`) and compiled by csc-lite when this crate is built.
//! Each carries the identity of its Mono counterpart (name, version 4.0.0.0, the ECMA
//! public key), so a program compiled against them runs on Mono, and `clr-lite` runs
//! programs compiled against Mono's. The compilers reference these by default and
//! `clr-lite` loads them; neither the compiler libraries nor the runtime library depend
//! on this crate's build being the one they run with.

/// `mscorlib.dll`.
pub const MSCORLIB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mscorlib.dll"));
/// `System.dll`.
pub const SYSTEM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/System.dll"));
/// `System.Core.dll`.
pub const SYSTEM_CORE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/System.Core.dll"));

/// Every bundled assembly by simple name, mscorlib first.
pub const ASSEMBLIES: &[(&str, &[u8])] = &[
    ("mscorlib", MSCORLIB),
    ("System", SYSTEM),
    ("System.Core", SYSTEM_CORE),
];
