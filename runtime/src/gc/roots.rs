//! Conservative roots: the managed thread's stack and registers. Compiled code keeps
//! references in callee-saved registers and frame slots with no maps, so every word
//! from the stack pointer at the collection point up to the top of the thread's stack
//! is a possible reference. Callee-saved registers are copied into this frame first
//! (the values callers left in them are not on the stack yet); caller-saved ones hold
//! nothing live across the call that led here, by the ABI.
//!
//! The top of the stack is the thread's own (`pthread_getattr_np`), found at the first
//! collection, so whichever thread the host runs the program on is scanned whole,
//! including the host's frames. A host on another system records it with
//! [`set_stack_base`] (without one, nothing is collected).
//!
//! The same scan covers references the runtime's Rust code holds in locals across an
//! allocation (an array being filled by an internal call, an exception being built).
//! References Rust keeps in heap memory (collections, `Box`es, statics) are not found
//! by it and need a handle (`Heap::new_handle`).

use std::cell::Cell;

thread_local! {
    static STACK_BASE: Cell<usize> = const { Cell::new(0) };
}

/// Records the top of the current thread's stack (where the system cannot tell).
pub fn set_stack_base(addr: usize) {
    STACK_BASE.with(|b| b.set(addr.next_multiple_of(8)));
}

/// The top of the current thread's stack, 0 if unknown (then no collection can run).
pub fn stack_base() -> usize {
    STACK_BASE.with(|b| {
        if b.get() == 0 {
            b.set(thread_stack_top().unwrap_or(0) & !7);
        }
        b.get()
    })
}

/// The end of the current thread's stack mapping.
#[cfg(target_os = "linux")]
fn thread_stack_top() -> Option<usize> {
    // SAFETY: `pthread_getattr_np` initializes `attr` for the calling thread (destroyed
    // below); `pthread_attr_getstack` only writes the two out-parameters.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size = 0usize;
        let r = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        (r == 0 && !addr.is_null()).then(|| addr as usize + size)
    }
}

#[cfg(not(target_os = "linux"))]
fn thread_stack_top() -> Option<usize> {
    None
}

/// The largest stack scanned; a bigger distance to the base means another stack.
const MAX_STACK: usize = 1 << 30;

/// Calls `f` with every word of the callee-saved registers and of the stack from here
/// up to `base`. `false` when this target has no register spill or the stack pointer
/// is not below `base` on the same stack (then nothing is scanned and the caller must
/// not collect).
#[inline(never)]
pub fn scan_stack(base: usize, f: &mut dyn FnMut(usize)) -> bool {
    let mut regs = [0usize; 12];
    if !spill(&mut regs) {
        return false;
    }
    let sp = regs[11];
    // Not below the recorded base (another stack: a signal's alternate stack, a thread
    // the host did not start): there is no range to scan, so no collection.
    if sp >= base || base - sp > MAX_STACK {
        return false;
    }
    for &r in &regs[..11] {
        f(r);
    }
    let mut p = sp & !7;
    while p < base {
        // SAFETY: [sp, base) is this thread's live stack, mapped and readable; slots
        // may be uninitialized padding, which only makes the scan more conservative.
        f(unsafe { std::ptr::read_volatile(p as *const usize) });
        p += 8;
    }
    std::hint::black_box(&regs);
    true
}

/// Copies the callee-saved registers into `regs[..11]` and the stack pointer into
/// `regs[11]`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn spill(regs: &mut [usize; 12]) -> bool {
    // SAFETY: only stores into `regs`, which is 12 words long.
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            "mov [{r} + 88], rsp",
            r = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
    true
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn spill(regs: &mut [usize; 12]) -> bool {
    // SAFETY: only stores into `regs`, which is 12 words long.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{r}]",
            "stp x21, x22, [{r}, #16]",
            "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]",
            "stp x27, x28, [{r}, #64]",
            "str x29, [{r}, #80]",
            "mov {t}, sp",
            "str {t}, [{r}, #88]",
            r = in(reg) regs.as_mut_ptr(),
            t = out(reg) _,
            options(nostack, preserves_flags),
        );
    }
    true
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
fn spill(_regs: &mut [usize; 12]) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[inline(never)]
    fn deeper(marker: usize, base: usize) -> bool {
        let mut seen = false;
        let held = std::hint::black_box(marker);
        let ok = scan_stack(base, &mut |w| seen |= w == marker);
        std::hint::black_box(held);
        ok && seen
    }

    #[test]
    fn the_threads_stack_top_is_found_above_this_frame() {
        let here = 0u8;
        let here = std::hint::black_box(&here) as *const u8 as usize;
        let top = stack_base();
        assert!(
            top > here && top - here < MAX_STACK,
            "{top:#x} vs {here:#x}"
        );
        let mut words = 0usize;
        assert!(scan_stack(top, &mut |_| words += 1));
        assert!(words > 0);
    }

    #[test]
    fn a_base_below_the_stack_pointer_scans_nothing() {
        let mut words = 0;
        assert!(!scan_stack(16, &mut |_| words += 1));
        assert_eq!(words, 0);
    }

    #[test]
    fn a_value_held_by_a_caller_is_seen() {
        let top = 0u8;
        // A little above this frame: still inside this thread's stack (the test
        // harness's frames), and above wherever this frame keeps `marker`.
        let base = std::hint::black_box(&top) as *const u8 as usize + 1024;
        let marker = std::hint::black_box(0x5eed_0000_1234_5678usize);
        assert!(deeper(marker, base));
    }
}
