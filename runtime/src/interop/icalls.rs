//! corlib's internal calls, bound by name: every `extern` method of
//! `System.RuntimeImports` maps to one Rust function here with the managed calling
//! convention's parameter types (`bool`/`char`/`int` as `i32`, `long` as `i64`,
//! references and pointers as `usize`).

use super::format;
use super::objects::*;
use crate::gc::object;
use crate::jit::helpers::{
    alloc_string, mt_of, read_string, rt_new_array, string_units, type_of_obj,
};
use crate::typesys::{MethodInfo, TResult, TypeError, TypeId};
use crate::vm::Vm;
use std::io::Write;

/// The Rust function for internal call `m`.
pub fn lookup(ts: &crate::typesys::TypeSystem, m: &MethodInfo) -> TResult<usize> {
    let owner = ts.ty(m.owner);
    let f: Option<usize> = match (owner.name.as_str(), m.name.as_str()) {
        ("RuntimeImports", name) => table(name),
        _ => None,
    };
    f.ok_or_else(|| {
        TypeError::missing_method(format!(
            "No internal call implementation for {}::{}",
            owner.full_name(),
            m.name
        ))
    })
}

macro_rules! icalls {
    ($($name:literal => $f:expr,)*) => {
        fn table(name: &str) -> Option<usize> {
            match name {
                $($name => Some($f as *const () as usize),)*
                _ => None,
            }
        }
    };
}

icalls! {
    "SameObject" => same_object as extern "C" fn(usize, usize) -> i32,
    "ObjectHashCode" => object_hash_code as extern "C" fn(usize) -> i32,
    "TypeName" => type_name as extern "C" fn(usize) -> usize,
    "TypeNamespace" => type_namespace as extern "C" fn(usize) -> usize,
    "Clone" => clone as extern "C" fn(usize) -> usize,
    "TypeFullName" => type_full_name as extern "C" fn(usize) -> usize,
    "StackTraceText" => stack_trace_text as extern "C" fn(usize, i32) -> usize,
    "EnumValue" => super::enums::enum_value as extern "C" fn(usize) -> i64,
    "CreateInstance" => create_instance as extern "C" fn(i64) -> usize,
    "ParseUInt64" => parse_uint64 as extern "C" fn(usize, usize) -> i32,
    "IsIntegerSyntax" => is_integer_syntax as extern "C" fn(usize) -> i32,
    "HandleTypeFullName" => handle_type_full_name as extern "C" fn(i64) -> usize,
    "ValueEquals" => value_equals as extern "C" fn(usize, usize) -> i32,
    "ValueHashCode" => value_hash_code as extern "C" fn(usize) -> i32,
    "EnumToString" => super::enums::enum_to_string as extern "C" fn(usize) -> usize,
    "HandleTypeName" => handle_type_name as extern "C" fn(i64) -> usize,
    "TypeHandleOf" => type_handle_of as extern "C" fn(usize) -> i64,
    "EnumNames" => super::enums::enum_names as extern "C" fn(i64) -> usize,
    "EnumValuesArray" => super::enums::enum_values_array as extern "C" fn(i64) -> usize,
    "EnumBox" => super::enums::enum_box as extern "C" fn(i64, i64) -> usize,
    "IsEnumHandle" => super::enums::is_enum_handle as extern "C" fn(i64) -> i32,
    "HandleTypeNamespace" => handle_type_namespace as extern "C" fn(i64) -> usize,
    "FastAllocateString" => fast_allocate_string as extern "C" fn(i32) -> usize,
    "StringCharAt" => string_char_at as extern "C" fn(usize, i32) -> i32,
    "StringSetChar" => string_set_char as extern "C" fn(usize, i32, i32),
    "StringLength" => string_length as extern "C" fn(usize) -> i32,
    "StringConcat" => string_concat as extern "C" fn(usize, usize) -> usize,
    "StringEquals" => string_equals as extern "C" fn(usize, usize) -> i32,
    "StringCompareOrdinal" => string_compare_ordinal as extern "C" fn(usize, usize) -> i32,
    "StringSubstring" => string_substring as extern "C" fn(usize, i32, i32) -> usize,
    "StringIndexOf" => string_index_of as extern "C" fn(usize, usize, i32) -> i32,
    "StringIndexOfChar" => string_index_of_char as extern "C" fn(usize, i32, i32) -> i32,
    "StringLastIndexOf" => string_last_index_of as extern "C" fn(usize, usize) -> i32,
    "StringReplace" => string_replace as extern "C" fn(usize, usize, usize) -> usize,
    "StringToUpper" => string_to_upper as extern "C" fn(usize) -> usize,
    "StringToLower" => string_to_lower as extern "C" fn(usize) -> usize,
    "StringHashCode" => string_hash_code as extern "C" fn(usize) -> i32,
    "StringFromChars" => string_from_chars as extern "C" fn(usize, i32, i32) -> usize,
    "FormatInt64" => format_int64 as extern "C" fn(i64, usize, i32) -> usize,
    "FormatUInt64" => format_uint64 as extern "C" fn(i64, usize, i32) -> usize,
    "FormatDouble" => format_double as extern "C" fn(f64, usize) -> usize,
    "FormatSingle" => format_single as extern "C" fn(f32, usize) -> usize,
    "ParseInt64" => parse_int64 as extern "C" fn(usize, i64, i64, usize) -> i32,
    "ParseDouble" => parse_double as extern "C" fn(usize, usize) -> i32,
    "ConsoleWrite" => console_write as extern "C" fn(i32, usize),
    "ConsoleReadLine" => console_read_line as extern "C" fn() -> usize,
    "Exit" => exit as extern "C" fn(i32),
    "GetExitCode" => get_exit_code as extern "C" fn() -> i32,
    "SetExitCode" => set_exit_code as extern "C" fn(i32),
    "GetLastWin32Error" => super::pinvoke::marshal::last_error as extern "C" fn() -> i32,
    "NativeAlloc" => super::pinvoke::memory::alloc as extern "C" fn(i64) -> usize,
    "NativeFree" => super::pinvoke::memory::free as extern "C" fn(usize),
    "NativeReadByte" => super::pinvoke::memory::read_u8 as extern "C" fn(usize, i32) -> i32,
    "NativeWriteByte" => super::pinvoke::memory::write_u8 as extern "C" fn(usize, i32, i32),
    "NativeReadInt32" => super::pinvoke::memory::read_i32 as extern "C" fn(usize, i32) -> i32,
    "NativeWriteInt32" => super::pinvoke::memory::write_i32 as extern "C" fn(usize, i32, i32),
    "NativeToString" => super::pinvoke::memory::ptr_to_string as extern "C" fn(usize, i32) -> usize,
    "StringToNative" => super::pinvoke::memory::string_to_native as extern "C" fn(usize, i32) -> usize,
    "TickCount" => tick_count as extern "C" fn() -> i32,
    "UtcNowTicks" => utc_now_ticks as extern "C" fn() -> i64,
    "CommandLineArgs" => command_line_args as extern "C" fn() -> usize,
    "GCCollect" => gc_collect as extern "C" fn(),
    "GCTotalMemory" => gc_total_memory as extern "C" fn() -> i64,
    "GCCollectionCount" => gc_collection_count as extern "C" fn() -> i32,
    "ArrayCopy" => array_copy as extern "C" fn(usize, i32, usize, i32, i32),
    "ArrayLength" => array_length as extern "C" fn(usize) -> i32,
    "ArrayRank" => array_rank as extern "C" fn(usize) -> i32,
    "ArrayDimension" => array_dimension as extern "C" fn(usize, i32) -> i32,
    "ArrayClear" => array_clear as extern "C" fn(usize, i32, i32),
    "ArrayGetValue" => super::arrays::array_get_value as extern "C" fn(usize, i32) -> usize,
    "ArraySetValue" => super::arrays::array_set_value as extern "C" fn(usize, usize, i32) -> i32,
    "InitializeArray" => initialize_array as extern "C" fn(usize, i64),
    "DoubleToInt64Bits" => double_to_int64_bits as extern "C" fn(f64) -> i64,
    "Int64BitsToDouble" => int64_bits_to_double as extern "C" fn(i64) -> f64,
    "Sqrt" => sqrt as extern "C" fn(f64) -> f64,
    "Floor" => floor as extern "C" fn(f64) -> f64,
    "Ceiling" => ceiling as extern "C" fn(f64) -> f64,
    "Round" => round as extern "C" fn(f64) -> f64,
    "Truncate" => truncate as extern "C" fn(f64) -> f64,
    "Pow" => pow as extern "C" fn(f64, f64) -> f64,
    "Exp" => exp as extern "C" fn(f64) -> f64,
    "Log" => log as extern "C" fn(f64) -> f64,
    "Log10" => log10 as extern "C" fn(f64) -> f64,
    "Sin" => sin as extern "C" fn(f64) -> f64,
    "Cos" => cos as extern "C" fn(f64) -> f64,
    "Tan" => tan as extern "C" fn(f64) -> f64,
    "Atan" => atan as extern "C" fn(f64) -> f64,
    "Atan2" => atan2 as extern "C" fn(f64, f64) -> f64,
    "Asin" => asin as extern "C" fn(f64) -> f64,
    "Acos" => acos as extern "C" fn(f64) -> f64,
}

pub(super) fn new_str(s: &str) -> usize {
    let units: Vec<u16> = s.encode_utf16().collect();
    alloc_string(&units)
}

fn opt_str(obj: usize) -> Option<String> {
    match obj {
        0 => None,
        o => Some(read_string(o)),
    }
}

extern "C" fn same_object(a: usize, b: usize) -> i32 {
    i32::from(a == b)
}

extern "C" fn object_hash_code(o: usize) -> i32 {
    // Objects never move in part 1, so the address is a stable identity.
    ((o >> 3) as u32 ^ (o >> 35) as u32) as i32 & 0x7fff_ffff
}

extern "C" fn type_name(o: usize) -> usize {
    let name = Vm::current().types.borrow().ty(type_of_obj(o)).name.clone();
    new_str(&name)
}

extern "C" fn type_namespace(o: usize) -> usize {
    handle_type_namespace(i64::from(type_of_obj(o).0))
}

extern "C" fn type_full_name(o: usize) -> usize {
    handle_type_full_name(i64::from(type_of_obj(o).0))
}

extern "C" fn type_handle_of(o: usize) -> i64 {
    i64::from(type_of_obj(o).0)
}

extern "C" fn handle_type_name(h: i64) -> usize {
    let name = Vm::current()
        .types
        .borrow()
        .ty(TypeId(h as u32))
        .name
        .clone();
    new_str(&name)
}

/// The namespace of a type's outermost enclosing type (its own if not nested), and the
/// `Outer+Inner` chain of names.
fn nesting(ts: &crate::typesys::TypeSystem, ty: TypeId) -> (String, String) {
    let t = ts.ty(ty);
    let mut names = vec![t.name.clone()];
    let mut ns = t.namespace.clone();
    if let Some((asm, mut rid)) = t.def {
        let md = &ts.loader.get(asm).image.metadata;
        while let Ok(Some(outer)) = md.enclosing_type(rid) {
            let Ok(row) = md.type_def(outer) else { break };
            names.push(md.string(row.type_name).unwrap_or_default().to_owned());
            ns = md.string(row.type_namespace).unwrap_or_default().to_owned();
            rid = outer;
        }
    }
    names.reverse();
    (ns, names.join("+"))
}

extern "C" fn handle_type_namespace(h: i64) -> usize {
    let (ns, _) = nesting(&Vm::current().types.borrow(), TypeId(h as u32));
    new_str(&ns)
}

extern "C" fn handle_type_full_name(h: i64) -> usize {
    let (ns, chain) = nesting(&Vm::current().types.borrow(), TypeId(h as u32));
    match ns.is_empty() {
        true => new_str(&chain),
        false => new_str(&format!("{ns}.{chain}")),
    }
}

fn object_size(o: usize) -> usize {
    let t = mt(o);
    let n = match t.flags & (crate::jit::mtable::flags::ARRAY | crate::jit::mtable::flags::STRING) {
        0 => 0,
        _ if t.flags & crate::jit::mtable::flags::STRING != 0 => string_units(o).len() + 1,
        _ => array_len(o),
    };
    t.base_size as usize + n * t.component_size as usize
}

extern "C" fn clone(o: usize) -> usize {
    let size = object_size(o);
    let vm = Vm::current();
    crate::gc::maybe_collect(vm);
    let copy = vm.heap.alloc(size);
    move_bytes(copy, o, size);
    copy
}

extern "C" fn value_equals(a: usize, b: usize) -> i32 {
    if b == 0 || mt(a).type_id != mt(b).type_id {
        return 0;
    }
    i32::from(boxed_bytes(a) == boxed_bytes(b))
}

extern "C" fn value_hash_code(o: usize) -> i32 {
    let mut h: u32 = 0;
    for &b in boxed_bytes(o) {
        h = h.wrapping_mul(31).wrapping_add(u32::from(b));
    }
    h as i32
}

extern "C" fn stack_trace_text(methods: usize, count: i32) -> usize {
    let mut ids = Vec::new();
    if methods != 0 {
        // SAFETY: `methods` is an `int[]` (Exception.trace_methods) holding at least
        // `count` elements, as the runtime maintains it.
        unsafe {
            let len = *((methods + object::ARRAY_LENGTH as usize) as *const i32);
            let n = count.clamp(0, len) as usize;
            let data = (methods + object::VECTOR_DATA as usize) as *const i32;
            ids.extend_from_slice(std::slice::from_raw_parts(data, n));
        }
    }
    let text = crate::jit::eh::trace_text(&ids);
    alloc_string(&text.encode_utf16().collect::<Vec<_>>())
}

/// `Activator.CreateInstance<T>()` for the type with handle `h`: null for value types
/// (the caller makes a zeroed one), else a new object built by its parameterless
/// constructor (an exception it throws is left pending for the compiled caller).
extern "C" fn create_instance(h: i64) -> usize {
    let ty = TypeId(h as u32);
    let vm = Vm::current();
    let found = {
        let mut ts = vm.types.borrow_mut();
        if ts.is_value_type(ty) {
            return 0;
        }
        ts.ensure_loaded(ty)
            .and_then(|()| ts.find_method(ty, ".ctor", 0))
    };
    let ctor = match found {
        Ok(c) => c,
        Err(_) => {
            crate::jit::eh::throw_named("MissingMethodException");
            return 0;
        }
    };
    let obj = crate::jit::helpers::rt_alloc(mt_of(ty));
    let code = crate::jit::helpers::code_of(ctor);
    // SAFETY: an instance constructor without parameters: `void (this)`.
    let f: extern "C" fn(usize) = unsafe { std::mem::transmute(code) };
    f(obj);
    obj
}

extern "C" fn fast_allocate_string(n: i32) -> usize {
    alloc_string(&vec![0u16; n.max(0) as usize])
}

extern "C" fn string_char_at(s: usize, i: i32) -> i32 {
    string_units(s)
        .get(i as usize)
        .map(|&c| i32::from(c))
        .unwrap_or(0)
}

extern "C" fn string_set_char(s: usize, i: i32, c: i32) {
    if (i as usize) < string_units(s).len() {
        set_char(s, i as usize, c as u16);
    }
}

extern "C" fn string_length(s: usize) -> i32 {
    string_units(s).len() as i32
}

extern "C" fn string_concat(a: usize, b: usize) -> usize {
    let mut v = string_units(a).to_vec();
    v.extend_from_slice(string_units(b));
    alloc_string(&v)
}

extern "C" fn string_equals(a: usize, b: usize) -> i32 {
    i32::from(string_units(a) == string_units(b))
}

extern "C" fn string_compare_ordinal(a: usize, b: usize) -> i32 {
    let (x, y) = (string_units(a), string_units(b));
    for (p, q) in x.iter().zip(y) {
        if p != q {
            return i32::from(*p) - i32::from(*q);
        }
    }
    x.len() as i32 - y.len() as i32
}

extern "C" fn string_substring(s: usize, start: i32, len: i32) -> usize {
    let u = string_units(s);
    let (a, n) = (start.max(0) as usize, len.max(0) as usize);
    alloc_string(u.get(a..a + n).unwrap_or(&[]))
}

fn find(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(from.min(hay.len()));
    }
    (from..hay.len().saturating_sub(needle.len() - 1))
        .find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

extern "C" fn string_index_of(s: usize, v: usize, start: i32) -> i32 {
    find(string_units(s), string_units(v), start.max(0) as usize).map_or(-1, |i| i as i32)
}

extern "C" fn string_index_of_char(s: usize, c: i32, start: i32) -> i32 {
    let u = string_units(s);
    (start.max(0) as usize..u.len())
        .find(|&i| i32::from(u[i]) == c)
        .map_or(-1, |i| i as i32)
}

extern "C" fn string_last_index_of(s: usize, v: usize) -> i32 {
    let (h, n) = (string_units(s), string_units(v));
    if n.len() > h.len() {
        return -1;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
        .map_or(-1, |i| i as i32)
}

extern "C" fn string_replace(s: usize, old: usize, new: usize) -> usize {
    let (h, o, n) = (string_units(s), string_units(old), string_units(new));
    let mut out = Vec::with_capacity(h.len());
    let mut i = 0;
    while i < h.len() {
        if !o.is_empty() && h.get(i..i + o.len()) == Some(o) {
            out.extend_from_slice(n);
            i += o.len();
        } else {
            out.push(h[i]);
            i += 1;
        }
    }
    alloc_string(&out)
}

extern "C" fn string_to_upper(s: usize) -> usize {
    change_case(s, u8::to_ascii_uppercase, str::to_uppercase)
}

extern "C" fn string_to_lower(s: usize) -> usize {
    change_case(s, u8::to_ascii_lowercase, str::to_lowercase)
}

/// A string's case mapped unit by unit when it is all ASCII (the common case, with no
/// round trip through UTF-8), else through Rust's Unicode mapping.
fn change_case(s: usize, ascii: fn(&u8) -> u8, unicode: fn(&str) -> String) -> usize {
    let units = string_units(s);
    if units.iter().all(|&u| u < 0x80) {
        let mapped: Vec<u16> = units
            .iter()
            .map(|&u| u16::from(ascii(&(u as u8))))
            .collect();
        return alloc_string(&mapped);
    }
    new_str(&unicode(&read_string(s)))
}

extern "C" fn string_hash_code(s: usize) -> i32 {
    let mut h: i32 = 5381;
    for &c in string_units(s) {
        h = h.wrapping_mul(33) ^ i32::from(c);
    }
    h
}

extern "C" fn string_from_chars(arr: usize, start: i32, len: i32) -> usize {
    let n = array_len(arr);
    let (a, l) = (start.max(0) as usize, len.max(0) as usize);
    if a + l > n {
        return alloc_string(&[]);
    }
    let mut v = vec![0u16; l];
    move_bytes(v.as_mut_ptr() as usize, array_data(arr) + 2 * a, 2 * l);
    alloc_string(&v)
}

extern "C" fn format_int64(v: i64, f: usize, size: i32) -> usize {
    new_str(&format::format_integer(
        i128::from(v),
        opt_str(f).as_deref(),
        size as u32,
    ))
}

extern "C" fn format_uint64(v: i64, f: usize, size: i32) -> usize {
    new_str(&format::format_integer(
        i128::from(v as u64),
        opt_str(f).as_deref(),
        size as u32,
    ))
}

extern "C" fn format_double(v: f64, f: usize) -> usize {
    new_str(&format::format_float(v, opt_str(f).as_deref(), 15))
}

extern "C" fn format_single(v: f32, f: usize) -> usize {
    new_str(&format::format_float(
        f64::from(v),
        opt_str(f).as_deref(),
        7,
    ))
}

extern "C" fn parse_int64(s: usize, min: i64, max: i64, out: usize) -> i32 {
    match format::parse_integer(&read_string(s)) {
        Some(v) if v >= i128::from(min) && v <= i128::from(max) => {
            write_i64(out, v as i64);
            1
        }
        _ => 0,
    }
}

extern "C" fn parse_uint64(s: usize, out: usize) -> i32 {
    match format::parse_integer(&read_string(s)) {
        Some(v) if v >= 0 && v <= i128::from(u64::MAX) => {
            write_i64(out, v as u64 as i64);
            1
        }
        _ => 0,
    }
}

/// Whether `s` is a well-formed integer (of any size), so a failed parse overflowed.
extern "C" fn is_integer_syntax(s: usize) -> i32 {
    let text = read_string(s);
    let t = text.trim();
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    i32::from(!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

extern "C" fn parse_double(s: usize, out: usize) -> i32 {
    match format::parse_float(&read_string(s)) {
        Some(v) => {
            write_f64(out, v);
            1
        }
        None => 0,
    }
}

extern "C" fn console_write(stream: i32, s: usize) {
    let vm = Vm::current();
    let text = read_string(s);
    if stream == 2 {
        vm.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else if let Ok(mut out) = vm.out.try_borrow_mut() {
        let _ = out.write_all(text.as_bytes());
    }
}

extern "C" fn console_read_line() -> usize {
    Vm::current().flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => 0,
        Ok(_) => {
            let t = line.strip_suffix('\n').unwrap_or(&line);
            let t = t.strip_suffix('\r').unwrap_or(t);
            new_str(t)
        }
    }
}

extern "C" fn exit(code: i32) {
    Vm::current().exit(code)
}

extern "C" fn get_exit_code() -> i32 {
    Vm::current().exit_code.get()
}

extern "C" fn set_exit_code(code: i32) {
    Vm::current().exit_code.set(code)
}

extern "C" fn tick_count() -> i32 {
    thread_local! { static START: std::time::Instant = std::time::Instant::now(); }
    START.with(|s| s.elapsed().as_millis() as i32)
}

/// `DateTime.UtcNow.Ticks`: 100-ns units since 0001-01-01.
extern "C" fn utc_now_ticks() -> i64 {
    const UNIX_EPOCH_TICKS: i64 = 621_355_968_000_000_000;
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() / 100)
        .unwrap_or(0);
    UNIX_EPOCH_TICKS + since as i64
}

extern "C" fn command_line_args() -> usize {
    let vm = Vm::current();
    new_string_array(&vm.args)
}

/// A new `string[]` of `items`.
pub fn new_string_array(items: &[String]) -> usize {
    let vm = Vm::current();
    let arr_ty = {
        let mut ts = vm.types.borrow_mut();
        let s = ts.well_known.string;
        ts.array_of(s, 0)
    };
    let arr_ty = arr_ty.unwrap_or_else(|e| crate::jit::helpers::fatal(&e));
    let arr = rt_new_array(mt_of(arr_ty), items.len() as i64);
    for (i, s) in items.iter().enumerate() {
        let o = new_str(s);
        let slot = array_data(arr) + 8 * i;
        move_bytes(slot, &o as *const usize as usize, 8);
    }
    arr
}

extern "C" fn gc_collect() {
    crate::gc::collect(Vm::current());
}

extern "C" fn gc_total_memory() -> i64 {
    Vm::current().heap.in_use() as i64
}

extern "C" fn gc_collection_count() -> i32 {
    Vm::current().heap.collections.get() as i32
}

extern "C" fn array_copy(src: usize, si: i32, dst: usize, di: i32, n: i32) {
    let size = mt(src).component_size as usize;
    if n <= 0 || size != mt(dst).component_size as usize {
        return;
    }
    let (si, di, n) = (si as usize, di as usize, n as usize);
    if si + n > array_len(src) || di + n > array_len(dst) {
        return;
    }
    move_bytes(
        array_data(dst) + di * size,
        array_data(src) + si * size,
        n * size,
    );
}

extern "C" fn array_length(a: usize) -> i32 {
    array_len(a) as i32
}

extern "C" fn array_rank(a: usize) -> i32 {
    mt(a).rank.max(1) as i32
}

extern "C" fn array_dimension(a: usize, d: i32) -> i32 {
    match mt(a).rank {
        0 => array_len(a) as i32,
        _ => read_int(
            a + object::MDARRAY_DIMS as usize + 4 * d.max(0) as usize,
            4,
            true,
        ) as i32,
    }
}

extern "C" fn array_clear(a: usize, i: i32, n: i32) {
    let size = mt(a).component_size as usize;
    let (i, n) = (i.max(0) as usize, n.max(0) as usize);
    if i + n <= array_len(a) {
        zero_bytes(array_data(a) + i * size, n * size);
    }
}

extern "C" fn initialize_array(a: usize, handle: i64) {
    let pair = handle as usize;
    let data = read_int(pair, 8, false) as usize;
    let len = read_int(pair + 8, 8, false) as usize;
    let room = array_len(a) * mt(a).component_size as usize;
    move_bytes(array_data(a), data, len.min(room));
}

extern "C" fn double_to_int64_bits(d: f64) -> i64 {
    d.to_bits() as i64
}

extern "C" fn int64_bits_to_double(l: i64) -> f64 {
    f64::from_bits(l as u64)
}

extern "C" fn sqrt(x: f64) -> f64 {
    x.sqrt()
}
extern "C" fn floor(x: f64) -> f64 {
    x.floor()
}
extern "C" fn ceiling(x: f64) -> f64 {
    x.ceil()
}
extern "C" fn round(x: f64) -> f64 {
    x.round_ties_even()
}
extern "C" fn truncate(x: f64) -> f64 {
    x.trunc()
}
extern "C" fn pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}
extern "C" fn exp(x: f64) -> f64 {
    x.exp()
}
extern "C" fn log(x: f64) -> f64 {
    x.ln()
}
extern "C" fn log10(x: f64) -> f64 {
    x.log10()
}
extern "C" fn sin(x: f64) -> f64 {
    x.sin()
}
extern "C" fn cos(x: f64) -> f64 {
    x.cos()
}
extern "C" fn tan(x: f64) -> f64 {
    x.tan()
}
extern "C" fn atan(x: f64) -> f64 {
    x.atan()
}
extern "C" fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}
extern "C" fn asin(x: f64) -> f64 {
    x.asin()
}
extern "C" fn acos(x: f64) -> f64 {
    x.acos()
}
