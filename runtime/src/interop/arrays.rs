//! `System.Array`'s element access by index for code that does not know the element
//! type (`GetValue`/`SetValue`, the non-generic enumerator): references as they are,
//! value-type elements boxed and unboxed with the array's element type.

use super::objects::*;
use crate::gc::object;
use crate::jit::helpers::{mt_of, rt_alloc, rt_isinst, type_of_obj};
use crate::jit::mtable::flags;
use crate::typesys::TypeId;

/// Element `i` of vector `arr` as an object (the caller checked the bounds).
pub(super) extern "C" fn array_get_value(arr: usize, i: i32) -> usize {
    let t = mt(arr);
    let size = t.component_size as usize;
    let slot = array_data(arr) + i.max(0) as usize * size;
    if t.flags & flags::REF_ELEMENTS != 0 {
        return read_int(slot, 8, false) as usize;
    }
    let boxed = rt_alloc(mt_of(TypeId(t.element_type)));
    move_bytes(boxed + object::HEADER, slot, size);
    boxed
}

/// Stores `value` as element `i` of vector `arr`: 1 when stored, 0 when `value` does
/// not fit the element type (the caller throws InvalidCastException).
pub(super) extern "C" fn array_set_value(arr: usize, value: usize, i: i32) -> i32 {
    let t = mt(arr);
    let size = t.component_size as usize;
    let slot = array_data(arr) + i.max(0) as usize * size;
    if t.flags & flags::REF_ELEMENTS != 0 {
        if value != 0 && rt_isinst(value, t.element_type) == 0 {
            return 0;
        }
        move_bytes(slot, &value as *const usize as usize, 8);
        return 1;
    }
    if value == 0 {
        zero_bytes(slot, size);
        return 1;
    }
    if type_of_obj(value).0 != t.element_type {
        return 0;
    }
    move_bytes(slot, value + object::HEADER, size);
    1
}
