//! Compile stubs as a few bytes of machine code instead of a Cranelift function each
//! (x86-64 System V; elsewhere the JIT keeps its Cranelift stubs).
//!
//! A new entry cell points at its method's stub: `mov r10d, METHOD; mov r11, THUNK;
//! jmp r11`. The one *universal thunk* saves the argument registers (six integer, eight
//! vector), calls [`helpers::rt_jit_compile`] with the method in `edi`, restores them and
//! jumps to the compiled code, so the callee sees exactly the call its caller made and
//! returns straight to it. When compiling ran a class constructor that threw (the
//! exception is then *pending*), the thunk returns zero in every return register
//! instead, as the Cranelift stub did; the caller's pending check takes it from there.
//! Being signature-independent, none of this passes through Cranelift: a hello world
//! creates about twenty stubs, which had been most of its JIT time.
//!
//! **Memory.** Code is written through a read-write mapping of a `memfd` and executed
//! through a second, read-execute mapping of the same pages, so no page is ever both
//! writable and executable and nothing already published changes protection.
//!
//! **Registers.** `r10` and `r11` carry no arguments in System V, and the thunk keeps
//! the stack 16-byte aligned at its call; it is never on the stack when the compiled
//! method runs (it jumps), so stack walks and the conservative collector see it only
//! while the JIT runs, with the arguments it saved (roots, conservatively).

use super::eh;
use super::helpers;

/// Bytes per stub (19 used).
const STUB_SIZE: usize = 32;
/// Bytes per chunk of stubs.
const CHUNK: usize = 64 * 1024;

/// Executable memory for stubs and the universal thunk.
#[derive(Debug)]
pub struct StubArena {
    thunk: usize,
    /// The chunk being filled: (write view, execute view, bytes used).
    current: (usize, usize, usize),
}

impl StubArena {
    /// The arena with its thunk, or `None` where native stubs are not available (other
    /// architectures or calling conventions, or no `memfd`): the JIT then uses
    /// Cranelift stubs.
    pub fn new(call_conv: cranelift_codegen::isa::CallConv) -> Option<StubArena> {
        if !cfg!(all(target_arch = "x86_64", target_os = "linux"))
            || call_conv != cranelift_codegen::isa::CallConv::SystemV
        {
            return None;
        }
        let mut arena = StubArena {
            thunk: 0,
            current: map_chunk()?,
        };
        let code = universal_thunk();
        arena.thunk = arena.write(&code)?;
        Some(arena)
    }

    /// A stub that compiles method `m` on its first call: its address.
    pub fn compile_stub(&mut self, m: u32) -> Option<usize> {
        let mut code = Vec::with_capacity(STUB_SIZE);
        code.extend_from_slice(&[0x41, 0xBA]); // mov r10d, imm32
        code.extend_from_slice(&m.to_le_bytes());
        code.extend_from_slice(&[0x49, 0xBB]); // mov r11, imm64
        code.extend_from_slice(&(self.thunk as u64).to_le_bytes());
        code.extend_from_slice(&[0x41, 0xFF, 0xE3]); // jmp r11
        self.write(&code)
    }

    /// Copies `code` into the arena (16-byte aligned); returns its executable address.
    pub(crate) fn write(&mut self, code: &[u8]) -> Option<usize> {
        let size = code.len().div_ceil(16) * 16;
        if size > CHUNK {
            // Too big for a chunk: a mapping of its own.
            let (w, x, _) = map(size)?;
            // SAFETY: `w` is a fresh read-write mapping of `size >= code.len()` bytes.
            unsafe {
                std::ptr::copy_nonoverlapping(code.as_ptr(), w as *mut u8, code.len());
            }
            return Some(x);
        }
        if self.current.2 + size > CHUNK {
            // The full chunk stays mapped: its stubs are published in entry cells.
            self.current = map_chunk()?;
        }
        let (w, x, used) = self.current;
        // SAFETY: `w` is the start of a CHUNK-byte read-write mapping this arena owns,
        // and `used + size <= CHUNK`, so the copy stays inside it; nothing else writes
        // there, and the bytes become visible at `x + used` through the execute view.
        unsafe {
            std::ptr::copy_nonoverlapping(code.as_ptr(), (w + used) as *mut u8, code.len());
        }
        self.current.2 += size;
        Some(x + used)
    }
}

/// A chunk mapped twice from one `memfd`: (write view, execute view, 0 bytes used).
fn map_chunk() -> Option<(usize, usize, usize)> {
    map(CHUNK)
}

/// `size` bytes mapped twice from one `memfd`: (write view, execute view, 0).
#[cfg(target_os = "linux")]
fn map(size: usize) -> Option<(usize, usize, usize)> {
    // SAFETY: plain system calls on a fresh file descriptor; every result is checked,
    // and the descriptor is closed once both views hold the pages. The mappings are
    // never unmapped: entry cells point into them for the life of the process.
    unsafe {
        let fd = libc::memfd_create(c"clr-lite-stubs".as_ptr(), libc::MFD_CLOEXEC);
        if fd < 0 {
            return None;
        }
        let views = (libc::ftruncate(fd, size as libc::off_t) == 0)
            .then(|| {
                let map =
                    |prot| libc::mmap(std::ptr::null_mut(), size, prot, libc::MAP_SHARED, fd, 0);
                let w = map(libc::PROT_READ | libc::PROT_WRITE);
                let x = map(libc::PROT_READ | libc::PROT_EXEC);
                (w != libc::MAP_FAILED && x != libc::MAP_FAILED)
                    .then_some((w as usize, x as usize, 0))
            })
            .flatten();
        libc::close(fd);
        views
    }
}

#[cfg(not(target_os = "linux"))]
fn map(_size: usize) -> Option<(usize, usize, usize)> {
    None
}

/// `movdqu [rsp+8n], xmmN` (store) or `movdqu xmmN, [rsp+16n]` (load).
fn xmm_rsp(code: &mut Vec<u8>, n: u8, store: bool) {
    let op = if store { 0x7F } else { 0x6F };
    code.extend_from_slice(&[0xF3, 0x0F, op, 0x44 | (n << 3), 0x24, n * 16]);
}

/// The universal thunk (see the module documentation).
fn universal_thunk() -> Vec<u8> {
    let mut c = Vec::with_capacity(192);
    // Entry: rsp = 8 (mod 16). push rbp; mov rbp, rsp; then six pushes and 128 bytes
    // keep rsp = 0 (mod 16) for the call.
    c.extend_from_slice(&[0x55, 0x48, 0x89, 0xE5]);
    c.extend_from_slice(&[0x57, 0x56, 0x52, 0x51, 0x41, 0x50, 0x41, 0x51]); // rdi rsi rdx rcx r8 r9
    c.extend_from_slice(&[0x48, 0x81, 0xEC, 0x80, 0, 0, 0]); // sub rsp, 128
    for n in 0..8 {
        xmm_rsp(&mut c, n, true);
    }
    c.extend_from_slice(&[0x44, 0x89, 0xD7]); // mov edi, r10d
    c.extend_from_slice(&[0x48, 0xB8]); // mov rax, rt_jit_compile
    c.extend_from_slice(&(helpers::rt_jit_compile as *const () as u64).to_le_bytes());
    c.extend_from_slice(&[0xFF, 0xD0]); // call rax
    c.extend_from_slice(&[0x48, 0xB9]); // mov rcx, &EH
    c.extend_from_slice(&(eh::state_addr() as u64).to_le_bytes());
    c.extend_from_slice(&[0x48, 0x8B, 0x49, eh::PENDING as u8]); // mov rcx, [rcx + PENDING]
    c.extend_from_slice(&[0x48, 0x85, 0xC9]); // test rcx, rcx
    let jnz = c.len();
    c.extend_from_slice(&[0x75, 0]); // jnz failed (patched below)
    for n in 0..8 {
        xmm_rsp(&mut c, n, false);
    }
    c.extend_from_slice(&[0x48, 0x81, 0xC4, 0x80, 0, 0, 0]); // add rsp, 128
    c.extend_from_slice(&[0x41, 0x59, 0x41, 0x58, 0x59, 0x5A, 0x5E, 0x5F]); // r9 r8 rcx rdx rsi rdi
    c.extend_from_slice(&[0x5D, 0xFF, 0xE0]); // pop rbp; jmp rax
    let failed = c.len();
    c[jnz + 1] = (failed - (jnz + 2)) as u8;
    c.extend_from_slice(&[0x31, 0xC0, 0x31, 0xD2]); // xor eax, eax; xor edx, edx
    c.extend_from_slice(&[0x0F, 0x57, 0xC0, 0x0F, 0x57, 0xC9]); // xorps xmm0, xmm0; xmm1
    c.extend_from_slice(&[0x48, 0x89, 0xEC, 0x5D, 0xC3]); // mov rsp, rbp; pop rbp; ret
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thunk_layout() {
        let t = universal_thunk();
        // The short jump to the failure path must fit, and the thunk ends in `ret`.
        assert!(t.len() < 200, "{} bytes", t.len());
        assert_eq!(t.last(), Some(&0xC3));
        let test_jnz = [0x48, 0x85, 0xC9, 0x75]; // test rcx, rcx; jnz
        let jnz = t.windows(4).position(|w| w == test_jnz).unwrap() + 3;
        let target = jnz + 2 + t[jnz + 1] as usize;
        assert_eq!(&t[target..target + 4], &[0x31, 0xC0, 0x31, 0xD2]);
        // The vector saves and restores address the same slots.
        let mut store = Vec::new();
        let mut load = Vec::new();
        for n in 0..8 {
            xmm_rsp(&mut store, n, true);
            xmm_rsp(&mut load, n, false);
        }
        assert_eq!(store.len(), load.len());
        assert!(t.windows(store.len()).any(|w| w == store.as_slice()));
    }

    #[test]
    fn stubs_are_aligned_and_distinct() {
        let native = cfg!(all(target_arch = "x86_64", target_os = "linux"));
        let arena = StubArena::new(cranelift_codegen::isa::CallConv::SystemV);
        assert_eq!(
            arena.is_some(),
            native,
            "native stubs exactly on x86-64 Linux"
        );
        let Some(mut a) = arena else { return };
        let s1 = a.compile_stub(1).unwrap();
        let s2 = a.compile_stub(2).unwrap();
        assert_eq!(s1 % 16, 0);
        assert_eq!(s2 - s1, STUB_SIZE);
        // SAFETY: `s1` is the execute view of 32 bytes just written.
        let bytes = unsafe { std::slice::from_raw_parts(s1 as *const u8, 6) };
        assert_eq!(bytes, &[0x41, 0xBA, 1, 0, 0, 0]);
    }
}
