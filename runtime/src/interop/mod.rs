//! Interop: corlib's internal calls (Rust functions standing in for `extern` methods
//! marked `[MethodImpl(MethodImplOptions.InternalCall)]`) and the number formatting
//! they use. P/Invoke comes in part 2.

#![allow(unsafe_code)]

pub mod format;
pub mod icalls;
mod objects;
