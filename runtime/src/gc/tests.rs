//! Marking and sweeping over hand-built method tables: what survives is exactly what
//! is reachable from the roots, through fields, reference arrays, arrays of structs,
//! interior and end pointers; cycles terminate; freed memory is reused.

use super::mark::Marker;
use super::{Spaces, object};
use crate::jit::mtable::{MethodTable, flags};

fn table(
    fl: u32,
    base_size: u32,
    component_size: u32,
    refs: &'static [u32],
) -> &'static MethodTable {
    Box::leak(Box::new(MethodTable {
        type_id: 0,
        flags: fl,
        base_size,
        component_size,
        parent: 0,
        vtable: 0,
        vtable_len: 0,
        iface_len: 0,
        ifaces: 0,
        ref_offsets: refs.as_ptr() as usize,
        ref_count: refs.len() as u32,
        rank: 0,
        element_type: 0,
        _pad: 0,
    }))
}

/// A class `Node { Node a; long x; Node b; }`.
fn node_mt() -> &'static MethodTable {
    table(0, 32, 0, &[8, 24])
}

fn new_obj(s: &mut Spaces, mt: &MethodTable, size: usize) -> usize {
    let o = s.alloc(size.max(16).next_multiple_of(8)).unwrap();
    set(o, 0, mt as *const MethodTable as usize);
    o
}

fn new_array(s: &mut Spaces, mt: &MethodTable, len: usize) -> usize {
    let size = mt.base_size as usize + len * mt.component_size as usize;
    let o = new_obj(s, mt, size);
    // SAFETY: a fresh array of at least 16 bytes.
    unsafe { *((o + object::ARRAY_LENGTH as usize) as *mut i32) = len as i32 };
    o
}

fn set(obj: usize, off: usize, v: usize) {
    // SAFETY: tests write inside objects they allocated.
    unsafe { *((obj + off) as *mut usize) = v }
}

fn collect(s: &mut Spaces, exact: &[usize], ambiguous: &[usize]) -> usize {
    let mut m = Marker::new(s);
    for &r in exact {
        m.exact(r);
    }
    for &r in ambiguous {
        m.ambiguous(r);
    }
    m.trace();
    let n = m.marked;
    s.sweep();
    n
}

#[test]
fn reachable_through_fields_survive_and_the_rest_is_freed() {
    let mut s = Spaces::default();
    let mt = node_mt();
    let nodes: Vec<usize> = (0..100).map(|_| new_obj(&mut s, mt, 32)).collect();
    // A chain 0 → 1 → … → 49 through `a`, and a cycle 49 → 0 through `b`.
    for i in 0..49 {
        set(nodes[i], 8, nodes[i + 1]);
    }
    set(nodes[49], 24, nodes[0]);
    // Plain data that looks like a reference is not one.
    set(nodes[10], 16, nodes[60]);
    assert_eq!(collect(&mut s, &[nodes[0]], &[]), 50);
    for (i, &n) in nodes.iter().enumerate() {
        assert_eq!(s.is_object(n), i < 50, "node {i}");
    }
    assert_eq!(s.in_use(), 50 * 32);
    // The 50 freed cells are handed out again before any new memory.
    let again: Vec<usize> = (0..50).map(|_| new_obj(&mut s, mt, 32)).collect();
    assert!(again.iter().all(|o| nodes[50..].contains(o)));
}

#[test]
fn arrays_of_references_and_of_structs_keep_their_elements() {
    let mut s = Spaces::default();
    let node = node_mt();
    let refs = table(flags::ARRAY | flags::REF_ELEMENTS, 16, 8, &[]);
    // struct { int i; Node n; } elements of 16 bytes, the reference at 8.
    let structs = table(
        flags::ARRAY | flags::STRUCT_ELEMENTS_WITH_REFS,
        16,
        16,
        &[8],
    );
    let ints = table(flags::ARRAY, 16, 8, &[]);
    let a = new_array(&mut s, refs, 3);
    let b = new_array(&mut s, structs, 2);
    let c = new_array(&mut s, ints, 2);
    let n: Vec<usize> = (0..6).map(|_| new_obj(&mut s, node, 32)).collect();
    set(a, 16 + 8 * 2, n[0]);
    set(b, 16 + 16 + 8, n[1]);
    set(b, 16 + 16, n[2]); // the int half of an element: not a reference
    set(c, 16, n[3]); // an int array's element: not a reference
    assert_eq!(collect(&mut s, &[a, b, c], &[]), 5);
    let alive: Vec<bool> = n.iter().map(|&o| s.is_object(o)).collect();
    assert_eq!(alive, [true, true, false, false, false, false]);
}

#[test]
fn ambiguous_roots_keep_the_object_they_point_into_or_just_past() {
    let mut s = Spaces::default();
    let node = node_mt();
    let ints = table(flags::ARRAY, 16, 4, &[]);
    let big = new_array(&mut s, ints, 10_000); // the large-object space
    let empty = new_array(&mut s, ints, 0);
    let inner = new_obj(&mut s, node, 32);
    let gone = new_obj(&mut s, node, 32);
    let spaces_words = [
        big + 16 + 4 * 5_000, // a byref to an element
        empty + 16,           // the data of an empty array: its end
        inner + 12,           // the middle of a field
        0x10,                 // small integers
        usize::MAX - 7,
    ];
    collect(&mut s, &[], &spaces_words);
    assert!(s.is_object(big) && s.is_object(empty) && s.is_object(inner));
    assert!(!s.is_object(gone));
    // Without the roots everything goes, large objects included.
    collect(&mut s, &[], &[]);
    assert_eq!(s.in_use(), 0);
    assert!(!s.is_object(big));
}

#[test]
fn a_free_cell_is_not_an_object_for_ambiguous_roots() {
    let mut s = Spaces::default();
    let node = node_mt();
    let a = new_obj(&mut s, node, 32);
    let b = new_obj(&mut s, node, 32);
    collect(&mut s, &[a], &[]);
    // `b`'s cell is free now (its stale contents are never scanned).
    assert_eq!(collect(&mut s, &[], &[b, b + 8, a]), 1);
    assert!(s.is_object(a) && !s.is_object(b));
}

#[test]
fn heap_windows_hand_out_consecutive_cells_and_retire_their_rest() {
    let heap = super::Heap::default();
    let a = heap.alloc(24);
    let b = heap.alloc(20);
    let big = heap.alloc(100_000);
    assert_eq!(b, a + 24, "one window, bumped");
    assert_eq!(heap.objects.get(), 3);
    let mut spaces = heap.spaces.borrow_mut();
    assert!(
        spaces.is_object(a + 48),
        "the window's unused cells count until retired"
    );
    heap.retire_windows(&mut spaces);
    assert!(spaces.is_object(a) && spaces.is_object(b) && spaces.is_object(big));
    assert!(!spaces.is_object(a + 48));
    assert_eq!(spaces.in_use(), 48 + 100_000);
    assert_eq!(
        heap.since_gc.get(),
        48 + 100_000,
        "the trigger counts what was handed out"
    );
}

#[test]
fn handles_are_reused_after_release() {
    let heap = super::Heap::default();
    let a = heap.new_handle(0x1000);
    let b = heap.new_handle(0x2000);
    assert_ne!(a, b);
    assert_eq!(heap.handle_target(b), 0x2000);
    heap.free_handle(a);
    assert_eq!(heap.handle_target(a), 0);
    assert_eq!(heap.new_handle(0x3000), a);
    assert_eq!(heap.handle_target(a), 0x3000);
    assert_eq!(heap.handle_target(99), 0, "an unknown handle is null");
}
