//! Interop: corlib's internal calls (Rust functions standing in for `extern` methods
//! marked `[MethodImpl(MethodImplOptions.InternalCall)]`) and the number formatting
//! they use, and P/Invoke (`pinvoke`: native libraries, marshaling, the last error).

#![allow(unsafe_code)]

mod arrays;
mod custom_format;
mod enums;
pub mod format;
pub mod icalls;
mod objects;
pub mod pinvoke;
