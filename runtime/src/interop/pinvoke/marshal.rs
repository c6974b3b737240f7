//! The helpers P/Invoke wrappers call: resolution of the target (raising
//! `DllNotFoundException`/`EntryPointNotFoundException`), string and `StringBuilder`
//! marshaling, and the per-thread last error behind `Marshal.GetLastWin32Error`.
//!
//! Native copies are `malloc`ed so that native code could keep or free them as C does;
//! the wrapper frees the ones it made after the call.

use super::Import;
use super::library;
use crate::gc::object;
use crate::jit::helpers::{alloc_string, fatal, string_units};
use std::cell::Cell;

thread_local! {
    /// `errno` as the last `SetLastError = true` call left it.
    static LAST_ERROR: Cell<i32> = const { Cell::new(0) };
}

/// A new exception `ns.name` with `message`, raised in the caller.
fn raise(ns: &str, name: &str, message: &str) {
    let vm = crate::vm::Vm::current();
    let found = {
        let mut ts = vm.types.borrow_mut();
        ts.corlib_type(ns, name)
            .and_then(|t| ts.find_method(t, ".ctor", 1).map(|c| (t, c)))
    };
    let (ty, ctor) = found.unwrap_or_else(|e| fatal(&e));
    let obj = crate::jit::helpers::rt_alloc(crate::jit::helpers::mt_of(ty));
    let msg = alloc_string(&message.encode_utf16().collect::<Vec<_>>());
    let code = crate::jit::helpers::code_of(ctor);
    // SAFETY: the exception's constructor taking its message: `void (this, string)`.
    let f: extern "C" fn(usize, usize) = unsafe { std::mem::transmute(code) };
    f(obj, msg);
    crate::jit::eh::rt_throw(obj);
}

/// Resolves the import at `desc` (an [`Import`]), storing and returning its target, or
/// raises the managed exception and returns 0.
pub extern "C" fn rt_pinvoke_resolve(desc: usize) -> usize {
    // SAFETY: wrappers pass the address of a leaked `Import`, and only this thread
    // runs managed code.
    let imp = unsafe { &mut *(desc as *mut Import) };
    let Some(handle) = library::open(&imp.module) else {
        let msg = format!(
            "{} assembly:<unknown assembly> type:<unknown type> member:(null)",
            imp.module
        );
        raise("System", "DllNotFoundException", &msg);
        return 0;
    };
    let Some(target) = library::symbol(handle, &imp.entry) else {
        let msg = format!(
            "{} assembly:<unknown assembly> type:<unknown type> member:(null)",
            imp.entry
        );
        raise("System", "EntryPointNotFoundException", &msg);
        return 0;
    };
    imp.target = target;
    target
}

/// Raises `MarshalDirectiveException` with the message at `msg` (a leaked `String`):
/// the body of a wrapper whose signature cannot be marshaled.
pub extern "C" fn rt_pinvoke_refuse(msg: usize) {
    // SAFETY: the wrapper passes the address of a `String` leaked for the whole run.
    let msg = unsafe { &*(msg as *const String) };
    raise(
        "System.Runtime.InteropServices",
        "MarshalDirectiveException",
        msg,
    );
}

/// `malloc(bytes)`, never null (allocation failure ends the process, as Rust's does).
fn native_alloc(bytes: usize) -> *mut u8 {
    // SAFETY: malloc has no preconditions.
    let p = unsafe { libc::malloc(bytes.max(1)) } as *mut u8;
    if p.is_null() {
        std::alloc::handle_alloc_error(std::alloc::Layout::new::<u8>());
    }
    p
}

/// A zero-terminated native copy of `units`, UTF-16 or UTF-8, in a buffer of at least
/// `min_units + 1` units.
fn native_copy(units: &[u16], unicode: bool, min_units: usize) -> usize {
    if unicode {
        // Two terminating units: a 4-byte `wchar_t` reader of an even-length string
        // stops there too.
        let n = units.len().max(min_units) + 2;
        let p = native_alloc(n * 2) as *mut u16;
        // SAFETY: `p` holds `n >= units.len() + 2` units.
        unsafe {
            std::ptr::write_bytes(p, 0, n);
            std::ptr::copy_nonoverlapping(units.as_ptr(), p, units.len());
        }
        p as usize
    } else {
        let bytes = String::from_utf16_lossy(units).into_bytes();
        let n = bytes.len().max(min_units) + 1;
        let p = native_alloc(n);
        // SAFETY: `p` holds `n >= bytes.len() + 1` bytes.
        unsafe {
            std::ptr::write_bytes(p, 0, n);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        }
        p as usize
    }
}

/// The units of the zero-terminated native string at `p`, reading at most `max` units.
fn native_units(p: usize, unicode: bool, max: usize) -> Vec<u16> {
    if unicode {
        let p = p as *const u16;
        let mut n = 0;
        // SAFETY: `p` is a zero-terminated UTF-16 string from native code (or a buffer
        // of `max` units): reading stops at the terminator or the bound.
        while n < max && unsafe { *p.add(n) } != 0 {
            n += 1;
        }
        // SAFETY: the `n` units just read.
        unsafe { std::slice::from_raw_parts(p, n) }.to_vec()
    } else {
        let p = p as *const u8;
        let mut n = 0;
        // SAFETY: as above, for bytes.
        while n < max && unsafe { *p.add(n) } != 0 {
            n += 1;
        }
        // SAFETY: the `n` bytes just read.
        let bytes = unsafe { std::slice::from_raw_parts(p, n) };
        String::from_utf8_lossy(bytes).encode_utf16().collect()
    }
}

/// A native copy of string `obj` (0 for null).
pub extern "C" fn rt_pinvoke_string(obj: usize, unicode: i32) -> usize {
    if obj == 0 {
        return 0;
    }
    native_copy(string_units(obj), unicode != 0, 0)
}

/// Frees a copy made by the wrapper.
pub extern "C" fn rt_pinvoke_free(p: usize) {
    // SAFETY: `p` is 0 or came from `native_alloc` and is freed once.
    unsafe { libc::free(p as *mut libc::c_void) }
}

/// A managed string from the native string a function returned (null for 0). The
/// native memory is not freed: libc's results are mostly static or owned elsewhere.
pub extern "C" fn rt_pinvoke_string_from(p: usize, unicode: i32) -> usize {
    if p == 0 {
        return 0;
    }
    alloc_string(&native_units(p, unicode != 0, usize::MAX))
}

fn errno_slot() -> *mut i32 {
    // SAFETY: glibc's per-thread errno location; always valid.
    unsafe { libc::__errno_location() }
}

/// Clears `errno` before a `SetLastError` call.
pub extern "C" fn rt_pinvoke_clear_errno() {
    // SAFETY: see `errno_slot`.
    unsafe { *errno_slot() = 0 }
}

/// Saves `errno` after a `SetLastError` call.
pub extern "C" fn rt_pinvoke_save_errno() {
    // SAFETY: see `errno_slot`.
    let e = unsafe { *errno_slot() };
    LAST_ERROR.with(|l| l.set(e));
}

/// `Marshal.GetLastWin32Error()`.
pub extern "C" fn last_error() -> i32 {
    LAST_ERROR.with(Cell::get)
}

/// The `char[]` and length of StringBuilder `sb`.
///
/// # Safety
/// `sb` is a StringBuilder and the offsets are its `chars` and `length` fields'.
unsafe fn sb_parts(sb: usize, chars_off: i32, len_off: i32) -> (usize, *mut i32) {
    // SAFETY: per the contract.
    unsafe {
        let chars = *((sb + chars_off as usize) as *const usize);
        (chars, (sb + len_off as usize) as *mut i32)
    }
}

/// The capacity (array length) of a `char[]`.
fn vector_len(arr: usize) -> usize {
    if arr == 0 {
        return 0;
    }
    // SAFETY: `arr` is a vector: its length is the i32 at +8.
    unsafe { *((arr + object::ARRAY_LENGTH as usize) as *const i32) as usize }
}

/// A native buffer of StringBuilder `sb`'s capacity (+1) holding its contents.
pub extern "C" fn rt_pinvoke_sb_out(
    sb: usize,
    unicode: i32,
    chars_off: i32,
    len_off: i32,
) -> usize {
    if sb == 0 {
        return 0;
    }
    // SAFETY: the wrapper passes a StringBuilder with its field offsets.
    let (chars, len) = unsafe { sb_parts(sb, chars_off, len_off) };
    let cap = vector_len(chars);
    // SAFETY: `len` points at the builder's length, at most its capacity.
    let n = (unsafe { *len } as usize).min(cap);
    let units = if n == 0 {
        Vec::new()
    } else {
        // SAFETY: a char vector's elements start at +16 and `n <= cap` of them exist.
        unsafe {
            std::slice::from_raw_parts((chars + object::VECTOR_DATA as usize) as *const u16, n)
        }
        .to_vec()
    };
    native_copy(&units, unicode != 0, cap)
}

/// Copies the native buffer `p` back into `sb` (up to its capacity) and frees it.
pub extern "C" fn rt_pinvoke_sb_back(
    sb: usize,
    p: usize,
    unicode: i32,
    chars_off: i32,
    len_off: i32,
) {
    if sb == 0 || p == 0 {
        rt_pinvoke_free(p);
        return;
    }
    // SAFETY: the wrapper passes a StringBuilder with its field offsets.
    let (chars, len) = unsafe { sb_parts(sb, chars_off, len_off) };
    let cap = vector_len(chars);
    let max = if unicode != 0 { cap + 1 } else { usize::MAX };
    let mut units = native_units(p, unicode != 0, max);
    units.truncate(cap);
    // SAFETY: `units.len() <= cap` elements fit the vector's data at +16; `len` is the
    // builder's length field.
    unsafe {
        std::ptr::copy_nonoverlapping(
            units.as_ptr(),
            (chars + object::VECTOR_DATA as usize) as *mut u16,
            units.len(),
        );
        *len = units.len() as i32;
    }
    rt_pinvoke_free(p);
}
