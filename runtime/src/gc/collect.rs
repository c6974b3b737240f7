//! One collection, and when to run one.
//!
//! Collections run only at *safe points*: allocation helpers called from compiled code
//! or internal calls ([`maybe_collect`]) and `GC.Collect`. A collection needs the type
//! system (statics) and the JIT state (interned strings); if either is borrowed (an
//! allocation made while compiling, such as an `ldstr` literal) it is put off to the
//! next safe point. Without a recorded stack base nothing runs either.
//!
//! Roots: every word of the stack and callee-saved registers (ambiguous), reference
//! statics of every loaded type, interned string literals, handles and registered
//! root words (exact).
//!
//! Policy: collect after `max(MIN_TRIGGER, live × GROWTH)` bytes were allocated since
//! the last collection, so the heap stays within about `(1 + GROWTH) × live`, plus
//! at most that trigger's worth of empty blocks kept resident for reuse.
//! `CLR_LITE_GC_TRIGGER=BYTES` fixes the volume instead (a stress mode: with a few KiB,
//! collections run every few allocations, which exposes any missing root).

use super::mark::Marker;
use super::roots;
use crate::vm::Vm;
use std::time::Instant;

/// The smallest allocation volume between collections.
pub const MIN_TRIGGER: usize = 8 << 20;
/// Allocation allowed between collections, as a fraction of the live size.
const GROWTH: f64 = 1.0;

/// Collects if enough has been allocated since the last collection.
#[inline]
pub fn maybe_collect(vm: &Vm) {
    if vm.heap.wants_collection() {
        collect(vm);
    }
}

/// Runs a full collection now; false if it had to be put off (see the module doc).
#[inline(never)]
pub fn collect(vm: &Vm) -> bool {
    let base = roots::stack_base();
    if base == 0 {
        return false;
    }
    let (Ok(ts), Ok(jit)) = (vm.types.try_borrow(), vm.jit.try_borrow()) else {
        return false;
    };
    let heap = &vm.heap;
    let start = Instant::now();
    let before = heap.in_use();
    let mut spaces = heap.spaces.borrow_mut();
    heap.retire_windows(&mut spaces);
    let mut m = Marker::new(&mut spaces);
    if !roots::scan_stack(base, &mut |w| m.ambiguous(w)) {
        // Not on the managed stack: try again after another trigger's worth.
        heap.since_gc.set(0);
        return false;
    }
    for t in &ts.types {
        if t.statics == 0 {
            continue;
        }
        for &off in &t.static_ref_offsets {
            // SAFETY: `statics` is the type's never-freed static block; the offsets
            // lie inside it.
            m.exact(unsafe { *((t.statics + off as usize) as *const usize) });
        }
    }
    for &s in jit.strings.values() {
        m.exact(s);
    }
    for &h in heap.handles.borrow().iter() {
        m.exact(h);
    }
    for w in heap.root_words.borrow().iter() {
        m.exact(w.load(std::sync::atomic::Ordering::Relaxed));
    }
    m.trace();
    let marked = m.marked;
    let live = spaces.sweep();
    let trigger = match heap.min_trigger {
        0 => ((live as f64 * GROWTH) as usize).max(MIN_TRIGGER),
        // Stress mode: a fixed small volume, whatever the live size.
        n => n,
    };
    spaces.small.trim(trigger);
    let resident = spaces.small.block_bytes();
    drop(spaces);
    heap.trigger.set(trigger);
    heap.since_gc.set(0);
    heap.live_after_gc.set(live);
    heap.collections.set(heap.collections.get() + 1);
    let nanos = start.elapsed().as_nanos() as u64;
    heap.gc_nanos.set(heap.gc_nanos.get() + nanos);
    if heap.trace {
        eprintln!(
            "[gc {}] {} KiB -> {} KiB live ({} objects), blocks {} KiB, next after {} KiB, {:.3} ms",
            heap.collections.get(),
            before >> 10,
            live >> 10,
            marked,
            resident >> 10,
            trigger >> 10,
            nanos as f64 / 1e6
        );
    }
    true
}
