//! `System.Runtime.InteropServices.Marshal`'s native memory: `AllocHGlobal`/
//! `FreeHGlobal` (`malloc`/`free`), reads and writes of bytes and ints at an address,
//! and strings to and from native memory.

use super::marshal::{rt_pinvoke_free, rt_pinvoke_string, rt_pinvoke_string_from};

/// `Marshal.AllocHGlobal`: `malloc(size)` (an `OutOfMemoryException` when it fails).
pub extern "C" fn alloc(size: i64) -> usize {
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    // SAFETY: malloc has no preconditions.
    let p = unsafe { libc::malloc(size.max(1)) } as usize;
    if p == 0 {
        crate::jit::eh::throw_named("OutOfMemoryException");
    }
    p
}

/// `Marshal.FreeHGlobal`.
pub extern "C" fn free(p: usize) {
    rt_pinvoke_free(p);
}

/// `Marshal.ReadByte(ptr, ofs)`.
pub extern "C" fn read_u8(p: usize, ofs: i32) -> i32 {
    // SAFETY: the program vouches for the address, as with Marshal on .NET.
    i32::from(unsafe { *((p as isize + ofs as isize) as *const u8) })
}

/// `Marshal.WriteByte(ptr, ofs, value)`.
pub extern "C" fn write_u8(p: usize, ofs: i32, v: i32) {
    // SAFETY: as for `read_u8`.
    unsafe { *((p as isize + ofs as isize) as *mut u8) = v as u8 }
}

/// `Marshal.ReadInt32(ptr, ofs)` (unaligned allowed).
pub extern "C" fn read_i32(p: usize, ofs: i32) -> i32 {
    // SAFETY: as for `read_u8`.
    unsafe { ((p as isize + ofs as isize) as *const i32).read_unaligned() }
}

/// `Marshal.WriteInt32(ptr, ofs, value)` (unaligned allowed).
pub extern "C" fn write_i32(p: usize, ofs: i32, v: i32) {
    // SAFETY: as for `read_u8`.
    unsafe { ((p as isize + ofs as isize) as *mut i32).write_unaligned(v) }
}

/// `Marshal.PtrToStringAnsi` (UTF-8) / `PtrToStringUni`.
pub extern "C" fn ptr_to_string(p: usize, unicode: i32) -> usize {
    rt_pinvoke_string_from(p, unicode)
}

/// `Marshal.StringToHGlobalAnsi` (UTF-8) / `StringToHGlobalUni`.
pub extern "C" fn string_to_native(s: usize, unicode: i32) -> usize {
    rt_pinvoke_string(s, unicode)
}
