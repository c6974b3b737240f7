//! Functions that compiled code calls (by absolute address, the managed calling
//! convention): the JIT itself, allocation, casts, class initialization, interface
//! dispatch and exceptions. Also the few ways Rust calls into managed code.
//!
//! Exceptions: helpers that fail raise the proper managed exception (null, bounds,
//! casts, overflow, division by zero) through `jit::eh` and return a dummy value; the
//! compiled caller sees the pending exception right after the call.

use super::mtable::{InterfaceEntry, MethodTable};
use crate::gc::object;
use crate::typesys::{MethodId, TypeError, TypeId, TypeKind};
use crate::vm::Vm;
use std::time::Instant;

/// Runtime exceptions raised by compiled code (`rt_throw_builtin`'s argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(i32)]
pub enum Builtin {
    NullReference = 0,
    IndexOutOfRange = 1,
    InvalidCast = 2,
    Overflow = 3,
    DivideByZero = 4,
    Arithmetic = 5,
    OutOfMemory = 6,
    ArrayTypeMismatch = 7,
}

impl Builtin {
    fn type_name(self) -> &'static str {
        match self {
            Builtin::NullReference => "NullReferenceException",
            Builtin::IndexOutOfRange => "IndexOutOfRangeException",
            Builtin::InvalidCast => "InvalidCastException",
            Builtin::Overflow => "OverflowException",
            Builtin::DivideByZero => "DivideByZeroException",
            Builtin::Arithmetic => "ArithmeticException",
            Builtin::OutOfMemory => "OutOfMemoryException",
            Builtin::ArrayTypeMismatch => "ArrayTypeMismatchException",
        }
    }

    fn from_i32(k: i32) -> Builtin {
        match k {
            0 => Builtin::NullReference,
            1 => Builtin::IndexOutOfRange,
            2 => Builtin::InvalidCast,
            3 => Builtin::Overflow,
            4 => Builtin::DivideByZero,
            6 => Builtin::OutOfMemory,
            7 => Builtin::ArrayTypeMismatch,
            _ => Builtin::Arithmetic,
        }
    }
}

/// Ends the process for a type-system or JIT failure, reported as the exception it is.
pub fn fatal(e: &TypeError) -> ! {
    let vm = Vm::current();
    vm.flush();
    eprintln!("Unhandled Exception:\n{}: {}", e.exception, e.message);
    eprintln!(
        "[ERROR] FATAL UNHANDLED EXCEPTION: {}: {}",
        e.exception, e.message
    );
    vm.exit(1)
}

/// Compiles method `m` (called by its stub) and returns its code address.
pub extern "C" fn rt_jit_compile(m: u32) -> usize {
    let vm = Vm::current();
    let start = Instant::now();
    let (res, pending) = {
        let mut ts = vm.types.borrow_mut();
        let mut jit = vm.jit.borrow_mut();
        let fresh = !jit.compiled.contains_key(&MethodId(m));
        let r = jit.compile(&mut ts, MethodId(m));
        if fresh && r.is_ok() {
            vm.stats
                .methods_compiled
                .set(vm.stats.methods_compiled.get() + 1);
        }
        (r, std::mem::take(&mut jit.pending_cctors))
    };
    vm.stats
        .jit_nanos
        .set(vm.stats.jit_nanos.get() + start.elapsed().as_nanos() as u64);
    let code = match res {
        Ok(code) => code,
        Err(e) => fatal(&e),
    };
    for t in pending {
        rt_class_init(t.0);
    }
    code
}

/// The code address of `m`, compiling it if needed.
pub fn code_of(m: MethodId) -> usize {
    rt_jit_compile(m.0)
}

/// The method table of `ty`.
pub fn mt_of(ty: TypeId) -> usize {
    let vm = Vm::current();
    // Built tables are final: no lookup in the type system, nothing to flush.
    if let Some(&mt) = vm.jit.borrow().mts.get(&ty) {
        return mt;
    }
    let r = {
        let mut ts = vm.types.borrow_mut();
        let mut jit = vm.jit.borrow_mut();
        jit.mt_of(&mut ts, ty)
            .and_then(|mt| jit.flush().map(|()| mt))
    };
    r.unwrap_or_else(|e| fatal(&e))
}

/// A new object of the type whose method table is `mt`.
pub extern "C" fn rt_alloc(mt: usize) -> usize {
    // SAFETY: `mt` is a method table built by `mt_of`; they are never freed.
    let size = unsafe { (*(mt as *const MethodTable)).base_size } as usize;
    let vm = Vm::current();
    crate::gc::maybe_collect(vm);
    let obj = vm.heap.alloc(size);
    // SAFETY: `obj` is a fresh, 8-aligned allocation of at least 8 bytes.
    unsafe { *(obj as *mut usize) = mt };
    obj
}

/// A new vector (`mt` an array type of rank 0) of `len` elements.
pub extern "C" fn rt_new_array(mt: usize, len: i64) -> usize {
    if len < 0 {
        return throw_builtin(Builtin::Overflow);
    }
    // SAFETY: `mt` is a method table built by `mt_of`.
    let (base, comp) = unsafe {
        let t = &*(mt as *const MethodTable);
        (t.base_size as usize, t.component_size as usize)
    };
    let Some(size) = (len as usize)
        .checked_mul(comp)
        .and_then(|n| n.checked_add(base))
    else {
        return throw_builtin(Builtin::OutOfMemory);
    };
    if len > i32::MAX as i64 || size > (1usize << 34) {
        return throw_builtin(Builtin::OutOfMemory);
    }
    let vm = Vm::current();
    crate::gc::maybe_collect(vm);
    let obj = vm.heap.alloc(size);
    // SAFETY: fresh allocation of at least `base` (≥ 16) bytes.
    unsafe {
        *(obj as *mut usize) = mt;
        *((obj + object::ARRAY_LENGTH as usize) as *mut i32) = len as i32;
    }
    obj
}

/// A new multi-dimensional array; `dims` points at `rank` i32 lengths.
pub extern "C" fn rt_new_mdarray(mt: usize, dims: usize) -> usize {
    // SAFETY: `mt` is a method table built by `mt_of`; `dims` points at `rank` i32s in
    // the caller's frame.
    let (base, comp, rank) = unsafe {
        let t = &*(mt as *const MethodTable);
        (
            t.base_size as usize,
            t.component_size as usize,
            t.rank as usize,
        )
    };
    let mut lens = Vec::with_capacity(rank);
    let mut total: usize = 1;
    for i in 0..rank {
        // SAFETY: see above.
        let d = unsafe { *((dims + 4 * i) as *const i32) };
        if d < 0 {
            return throw_builtin(Builtin::Overflow);
        }
        lens.push(d);
        total = total.saturating_mul(d as usize);
    }
    if total > i32::MAX as usize {
        return throw_builtin(Builtin::OutOfMemory);
    }
    let vm = Vm::current();
    crate::gc::maybe_collect(vm);
    let obj = vm.heap.alloc(base + total * comp);
    // SAFETY: fresh allocation of `base` + data bytes; `base` covers the dims.
    unsafe {
        *(obj as *mut usize) = mt;
        *((obj + object::ARRAY_LENGTH as usize) as *mut i32) = total as i32;
        for (i, d) in lens.iter().enumerate() {
            *((obj + object::MDARRAY_DIMS as usize + 4 * i) as *mut i32) = *d;
        }
    }
    obj
}

/// Runs the class constructor of `ty` if it has not started yet.
pub extern "C" fn rt_class_init(ty: u32) {
    let vm = Vm::current();
    let (flag, cctor) = {
        let ts = vm.types.borrow();
        let t = ts.ty(TypeId(ty));
        (t.init_flag, t.cctor)
    };
    if flag == 0 {
        return;
    }
    // SAFETY: `flag` is the type's init byte in never-freed static storage.
    unsafe {
        if *(flag as *const u8) != 0 {
            return;
        }
        *(flag as *mut u8) = 1;
    }
    if let Some(c) = cctor {
        super::eh::run_cctor(TypeId(ty), c, flag);
    }
}

/// The type id of an object.
pub fn type_of_obj(obj: usize) -> TypeId {
    // SAFETY: `obj` is a non-null object reference; its first word is its method table.
    TypeId(unsafe { (*(*(obj as *const *const MethodTable))).type_id })
}

/// `obj` if it is an instance of `ty` (or null), else 0.
pub extern "C" fn rt_isinst(obj: usize, ty: u32) -> usize {
    if obj == 0 {
        return 0;
    }
    let from = type_of_obj(obj);
    let ok = Vm::current().types.borrow().is_assignable(from, TypeId(ty));
    if ok || vector_implements(obj, ty) {
        obj
    } else {
        0
    }
}

/// Whether `obj` is a vector whose method table lists interface `ty`, or a variant
/// instantiation compatible with it (the generic interfaces vectors get from
/// `SZArrayHelper<T>`, see `mtable`).
fn vector_implements(obj: usize, ty: u32) -> bool {
    // SAFETY: objects start with their method table, which is never freed.
    let mt = unsafe { &*(*(obj as *const *const MethodTable)) };
    mt.flags & super::mtable::flags::ARRAY != 0 && iface_entry(mt, ty).is_some()
}

/// The interface entry of `mt` for `iface`: the exact one, else one whose interface is
/// a variant instantiation compatible with `iface` (`IEnumerable<string>` for
/// `IEnumerable<object>`).
fn iface_entry(mt: &MethodTable, iface: u32) -> Option<&'static InterfaceEntry> {
    // SAFETY: a method table's interface array is never freed.
    let entries: &'static [InterfaceEntry] = unsafe {
        std::slice::from_raw_parts(mt.ifaces as *const InterfaceEntry, mt.iface_len as usize)
    };
    if let Some(e) = entries.iter().find(|e| e.type_id == iface as usize) {
        return Some(e);
    }
    let ts = Vm::current().types.borrow();
    if ts.ty(TypeId(iface)).variance.is_empty() {
        return None;
    }
    entries
        .iter()
        .find(|e| ts.variant_match(TypeId(e.type_id as u32), TypeId(iface)))
}

/// `obj` if it is an instance of `ty` or null; otherwise InvalidCastException.
pub extern "C" fn rt_castclass(obj: usize, ty: u32) -> usize {
    if obj == 0 || rt_isinst(obj, ty) != 0 {
        return obj;
    }
    throw_builtin(Builtin::InvalidCast)
}

/// `stelem.ref` into array `arr` of value `obj`: ArrayTypeMismatchException unless
/// `obj` is null or fits the array's element type.
pub extern "C" fn rt_stelem_check(arr: usize, obj: usize) {
    if obj == 0 {
        return;
    }
    // SAFETY: `arr` is a non-null array; its method table records its element type.
    let elem = unsafe { (*(*(arr as *const *const MethodTable))).element_type };
    if rt_isinst(obj, elem) == 0 {
        throw_builtin(Builtin::ArrayTypeMismatch);
    }
}

/// The address of the value in boxed `obj`, checked to be a boxed `ty`.
pub extern "C" fn rt_unbox(obj: usize, ty: u32) -> usize {
    if obj == 0 {
        return throw_builtin(Builtin::NullReference);
    }
    let from = type_of_obj(obj);
    let ok = {
        let ts = Vm::current().types.borrow();
        let to = TypeId(ty);
        from == to
            || match (ts.ty(from).kind, ts.ty(to).kind) {
                (
                    TypeKind::Enum(a) | TypeKind::Primitive(a),
                    TypeKind::Enum(b) | TypeKind::Primitive(b),
                ) => a == b,
                _ => false,
            }
    };
    if !ok {
        return throw_builtin(Builtin::InvalidCast);
    }
    obj + object::HEADER
}

/// The entry cell for interface method slot `slot` of `iface` on `obj`'s type.
pub extern "C" fn rt_iface_cell(obj: usize, iface: u32, slot: u32) -> usize {
    if obj == 0 {
        return throw_builtin(Builtin::NullReference);
    }
    // SAFETY: objects start with their method table; tables and their interface and
    // cell arrays are never freed, and an entry has a cell for each of its slots.
    unsafe {
        let mt = &*(*(obj as *const *const MethodTable));
        if let Some(e) = iface_entry(mt, iface) {
            return *((e.cells as *const usize).add(slot as usize));
        }
    }
    throw_builtin(Builtin::InvalidCast)
}

/// The entry cell of the implementation of instantiated generic virtual method `m` for
/// `obj`'s type (an unboxing cell when a value type implements it), resolved on first
/// use and cached per (type, method).
pub extern "C" fn rt_gvm_cell(obj: usize, m: u32) -> usize {
    if obj == 0 {
        return throw_builtin(Builtin::NullReference);
    }
    let recv = type_of_obj(obj);
    let vm = Vm::current();
    if let Some(&cell) = vm.jit.borrow().gvm_cells.get(&(recv, MethodId(m))) {
        return cell;
    }
    let res = {
        let mut ts = vm.types.borrow_mut();
        let mut jit = vm.jit.borrow_mut();
        ts.resolve_generic_virtual(recv, MethodId(m))
            .and_then(|imp| match ts.is_value_type(ts.method(imp).owner) {
                true => jit.unboxing_cell(&mut ts, imp),
                false => jit.cell_for(&mut ts, imp),
            })
            .and_then(|cell| {
                jit.flush()?;
                jit.gvm_cells.insert((recv, MethodId(m)), cell);
                Ok(cell)
            })
    };
    res.unwrap_or_else(|e| fatal(&e))
}

/// Copies `n` bytes (struct copies too large to inline).
pub extern "C" fn rt_memmove(dst: usize, src: usize, n: usize) {
    // SAFETY: the JIT passes addresses of values of the same type, `n` bytes each.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, n) }
}

/// Raises a runtime exception (the caller then finds it pending).
pub extern "C" fn rt_throw_builtin(kind: i32) -> usize {
    throw_builtin(Builtin::from_i32(kind))
}

/// Raises a runtime exception; returns the dummy 0 failing helpers return.
pub fn throw_builtin(kind: Builtin) -> usize {
    super::eh::throw_named(kind.type_name());
    0
}

/// `localloc`: `size` zeroed bytes at a fixed address. They are the data of a `byte[]`
/// on the collected heap rather than of the frame (Cranelift has no dynamic stack
/// allocation): the collector never moves objects, and the conservative stack scan
/// keeps the array while a pointer into it is in a frame, so it lives at least as long
/// as the method, as ECMA-335 requires, and is reclaimed after.
pub extern "C" fn rt_localloc(size: i64) -> usize {
    let vm = Vm::current();
    let bytes = {
        let mut ts = vm.types.borrow_mut();
        let b = ts.well_known.prim(crate::typesys::Prim::U1);
        ts.array_of(b, 0)
    };
    let bytes = bytes.unwrap_or_else(|e| fatal(&e));
    match rt_new_array(mt_of(bytes), size) {
        0 => 0,
        arr => arr + object::VECTOR_DATA as usize,
    }
}

/// A new exception of corlib type `System.NAME`, built by its parameterless constructor.
pub fn new_exception(name: &str) -> usize {
    let vm = Vm::current();
    let found = {
        let mut ts = vm.types.borrow_mut();
        ts.corlib_type("System", name)
            .and_then(|t| ts.find_method(t, ".ctor", 0).map(|c| (t, c)))
    };
    let (ty, ctor) = found.unwrap_or_else(|e| fatal(&e));
    let obj = rt_alloc(mt_of(ty));
    let code = code_of(ctor);
    // SAFETY: an instance constructor without parameters: `void (this)`.
    let f: extern "C" fn(usize) = unsafe { std::mem::transmute(code) };
    f(obj);
    obj
}

/// Calls `obj.ToString()` through the vtable.
pub fn to_string(obj: usize) -> usize {
    let vm = Vm::current();
    let slot = {
        let mut ts = vm.types.borrow_mut();
        let object = ts.well_known.object;
        ts.find_method(object, "ToString", 0)
            .map(|m| ts.method(m).slot.unwrap_or(0))
    };
    let slot = slot.unwrap_or_else(|e| fatal(&e));
    // SAFETY: objects start with their method table; vtable entries are cell addresses;
    // ToString is `string (this)`.
    unsafe {
        let mt = &*(*(obj as *const *const MethodTable));
        let cell = *((mt.vtable as *const usize).add(slot as usize));
        let f: extern "C" fn(usize) -> usize = std::mem::transmute(*(cell as *const usize));
        f(obj)
    }
}

/// A new string object holding `units`.
pub fn alloc_string(units: &[u16]) -> usize {
    let vm = Vm::current();
    let mut mt = vm.string_mt.get();
    if mt == 0 {
        let string = vm.types.borrow().well_known.string;
        mt = mt_of(string);
        vm.string_mt.set(mt);
    }
    alloc_string_raw(mt, units)
}

/// A new string object holding `units`, given the String method table (usable while
/// the JIT's state is borrowed: the collection this may run is then put off).
pub fn alloc_string_raw(mt: usize, units: &[u16]) -> usize {
    let vm = Vm::current();
    crate::gc::maybe_collect(vm);
    let obj = vm
        .heap
        .alloc(object::STRING_DATA as usize + 2 * units.len() + 2);
    // SAFETY: fresh allocation sized for the header, length and units.
    unsafe {
        *(obj as *mut usize) = mt;
        *((obj + object::STRING_LENGTH as usize) as *mut i32) = units.len() as i32;
        std::ptr::copy_nonoverlapping(
            units.as_ptr(),
            (obj + object::STRING_DATA as usize) as *mut u16,
            units.len(),
        );
    }
    obj
}

/// The UTF-16 code units of string `obj` (empty for null).
pub fn string_units<'a>(obj: usize) -> &'a [u16] {
    if obj == 0 {
        return &[];
    }
    // SAFETY: `obj` is a string object (the JIT and corlib only pass strings here);
    // strings never move or die in part 1.
    unsafe {
        let len = *((obj + object::STRING_LENGTH as usize) as *const i32) as usize;
        std::slice::from_raw_parts((obj + object::STRING_DATA as usize) as *const u16, len)
    }
}

/// String `obj` as Rust text (lone surrogates replaced).
pub fn read_string(obj: usize) -> String {
    String::from_utf16_lossy(string_units(obj))
}

/// Runs a program's entry point: `static void/int Main()` or `Main(string[])`.
pub fn run_entry(m: MethodId, takes_args: bool, args: usize, returns_int: bool) -> i32 {
    let code = code_of(m);
    let mut rc = 0;
    // SAFETY: the entry point's signature was checked by the host: no `this`, zero
    // or one `string[]` parameter, `void` or `int` result.
    let escaped = super::eh::guarded(|| unsafe {
        rc = match (takes_args, returns_int) {
            (false, false) => {
                let f: extern "C" fn() = std::mem::transmute(code);
                f();
                Vm::current().exit_code.get()
            }
            (false, true) => {
                let f: extern "C" fn() -> i32 = std::mem::transmute(code);
                f()
            }
            (true, false) => {
                let f: extern "C" fn(usize) = std::mem::transmute(code);
                f(args);
                Vm::current().exit_code.get()
            }
            (true, true) => {
                let f: extern "C" fn(usize) -> i32 = std::mem::transmute(code);
                f(args)
            }
        }
    });
    if let Some(exc) = escaped {
        super::eh::unhandled(exc);
    }
    rc
}

/// Whether the helper at `addr` never raises an exception (its call sites then need
/// no pending-exception check).
pub fn cannot_throw(addr: usize) -> bool {
    let never: [usize; 5] = [
        rt_memmove as *const () as usize,
        rt_fmod as *const () as usize,
        rt_fmodf as *const () as usize,
        rt_alloc as *const () as usize,
        rt_isinst as *const () as usize,
    ];
    never.contains(&addr)
}

/// `rem` on `float64` (C's fmod, as the CLI specifies).
pub extern "C" fn rt_fmod(x: f64, y: f64) -> f64 {
    x % y
}

/// `rem` on `float32`.
pub extern "C" fn rt_fmodf(x: f32, y: f32) -> f32 {
    x % y
}
