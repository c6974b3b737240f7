//! Exception dispatch at run time: the two passes of ECMA-335 §I.12.4.2.5 without
//! native unwinding.
//!
//! **State.** [`EH`] holds four words compiled code reads and writes by absolute
//! address: the *pending* exception (non-zero while one unwinds), the *target* frame
//! record and clause that pass 1 chose, and the *top* of the frame-record list.
//!
//! **Frame records.** A method with a `catch` or `filter` clause keeps a [`Record`] in
//! its frame, linked into the list on entry and unlinked on every return; before each
//! call it stores the call's IL offset in it. Rust code that calls managed code and
//! must stop exceptions (the entry point, class constructors, filters) links a
//! *boundary* record.
//!
//! **Pass 1** ([`raise`]) walks the records from the top: the first clause covering a
//! frame's current offset whose catch type matches, or whose filter (compiled as a
//! separate function over the frame's locals, see `compile::filter`) returns true, is
//! the target; a boundary is a target too. Nothing has unwound yet, so filters run
//! before any `finally`, as the standard requires.
//!
//! **Pass 2** is ordinary control flow: every call site checks *pending* (one load and
//! a branch) and on non-zero jumps to its dispatch block, which runs the `finally` and
//! `fault` handlers covering the site innermost first, enters the catch handler if this
//! frame and clause are the target, and otherwise returns to the caller (which checks
//! in turn). Each frame it passes adds itself to the exception's stack trace.

use super::helpers::{code_of, fatal, mt_of, read_string, rt_new_array, to_string, type_of_obj};
use crate::typesys::{MethodId, TypeId};
use crate::vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The words compiled code shares with the dispatcher.
#[repr(C)]
#[derive(Debug)]
pub struct EhState {
    /// The exception being unwound, or 0.
    pub pending: AtomicUsize,
    /// The record of the frame whose clause catches it.
    pub target: AtomicUsize,
    /// The index of that clause in its method's clause table.
    pub clause: AtomicUsize,
    /// The innermost frame record.
    pub top: AtomicUsize,
}

/// Byte offsets of [`EhState`]'s fields.
pub const PENDING: i32 = 0;
pub const TARGET: i32 = 8;
pub const CLAUSE: i32 = 16;
pub const TOP: i32 = 24;

pub static EH: EhState = EhState {
    pending: AtomicUsize::new(0),
    target: AtomicUsize::new(0),
    clause: AtomicUsize::new(0),
    top: AtomicUsize::new(0),
};

/// The address compiled code loads [`EH`]'s fields from.
pub fn state_addr() -> usize {
    &EH as *const EhState as usize
}

/// Compiled methods that call others compare the stack pointer with this on entry.
pub static STACK_LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Room left below the limit for the dispatcher, the JIT and the exception's
/// constructor once an overflow is detected.
const STACK_RESERVE: usize = 4 << 20;

/// Sets the stack-overflow limit for a stack of `size` bytes whose top is near `top`.
pub fn set_stack_bounds(top: usize, size: usize) {
    let limit = top.saturating_sub(size).saturating_add(STACK_RESERVE);
    STACK_LIMIT.store(limit, Ordering::Relaxed);
}

/// The stack check failed: StackOverflowException (which, unlike on .NET, can be caught,
/// as on Mono), created with the check disabled so the reserve is usable.
pub extern "C" fn rt_stack_overflow() {
    let limit = STACK_LIMIT.swap(0, Ordering::Relaxed);
    throw_named("StackOverflowException");
    STACK_LIMIT.store(limit, Ordering::Relaxed);
}

/// A frame record (in a managed frame or on the Rust stack for a boundary).
#[repr(C)]
#[derive(Debug)]
pub struct Record {
    pub prev: usize,
    /// The method (`MethodId`), or [`BOUNDARY`].
    pub method: usize,
    /// The IL offset of the call the frame is executing.
    pub offset: usize,
    /// The frame's locals area (methods with filters), or 0.
    pub area: usize,
}

pub const RECORD_SIZE: u32 = 32;
pub const REC_PREV: i32 = 0;
pub const REC_METHOD: i32 = 8;
pub const REC_OFFSET: i32 = 16;
pub const REC_AREA: i32 = 24;
pub const BOUNDARY: usize = usize::MAX;

/// A clause as the dispatcher sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    Catch(TypeId),
    Filter,
    Finally,
    Fault,
}

#[derive(Clone, Copy, Debug)]
pub struct Clause {
    pub try_start: u32,
    pub try_end: u32,
    pub handler: Handler,
}

impl Clause {
    pub fn covers(&self, off: u32) -> bool {
        off >= self.try_start && off < self.try_end
    }
    fn len(&self) -> u32 {
        self.try_end - self.try_start
    }
}

/// The indices of `clauses` whose `try` covers `off`, innermost first.
pub fn covering(clauses: &[Clause], off: u32) -> Vec<usize> {
    let mut v: Vec<usize> = (0..clauses.len())
        .filter(|&i| clauses[i].covers(off))
        .collect();
    v.sort_by_key(|&i| (clauses[i].len(), i));
    v
}

/// The clause to dispatch to after clause `i`: the innermost one whose `try` encloses
/// `i`'s (same-range clauses in table order).
pub fn next_clause(clauses: &[Clause], i: usize) -> Option<usize> {
    let c = clauses[i];
    (0..clauses.len())
        .filter(|&j| {
            let d = clauses[j];
            j != i
                && d.try_start <= c.try_start
                && d.try_end >= c.try_end
                && (d.len(), j) > (c.len(), i)
        })
        .min_by_key(|&j| (clauses[j].len(), j))
}

thread_local! {
    /// Clause tables of compiled methods with handlers, filled by the JIT.
    static CLAUSES: RefCell<HashMap<u32, Rc<[Clause]>>> = RefCell::new(HashMap::new());
    /// Compiled filters by (method, clause).
    static FILTERS: RefCell<HashMap<(u32, usize), usize>> = RefCell::new(HashMap::new());
    /// Types whose class constructor failed, with the exception to raise again.
    static FAILED_CCTORS: RefCell<HashMap<u32, usize>> = RefCell::new(HashMap::new());
    /// Exception.trace_methods / trace_count offsets.
    static TRACE_FIELDS: RefCell<Option<(u32, u32)>> = const { RefCell::new(None) };
}

/// Records method `m`'s clauses (the JIT calls this when it compiles `m`).
pub fn register_clauses(m: MethodId, clauses: Vec<Clause>) {
    CLAUSES.with(|c| c.borrow_mut().insert(m.0, clauses.into()));
}

fn clauses_of(m: u32) -> Option<Rc<[Clause]>> {
    CLAUSES.with(|c| c.borrow().get(&m).cloned())
}

/// Pass 1 for `obj`: finds the handler and sets the pending state for pass 2.
fn raise(obj: usize) {
    let exc_ty = type_of_obj(obj);
    let mut rec = EH.top.load(Ordering::Relaxed);
    loop {
        if rec == 0 {
            // No boundary at all (cannot happen under `run_entry`): report it now.
            unhandled(obj);
        }
        // SAFETY: records are linked by live frames (managed or Rust) and unlinked
        // before those frames return, so every record on the list is valid.
        let r = unsafe { &*(rec as *const Record) };
        if r.method == BOUNDARY {
            set_pending(obj, rec, usize::MAX);
            return;
        }
        if let Some(i) = find_handler(r, obj, exc_ty) {
            set_pending(obj, rec, i);
            return;
        }
        rec = r.prev;
    }
}

fn set_pending(obj: usize, rec: usize, clause: usize) {
    EH.target.store(rec, Ordering::Relaxed);
    EH.clause.store(clause, Ordering::Relaxed);
    EH.pending.store(obj, Ordering::Relaxed);
}

fn find_handler(r: &Record, obj: usize, exc_ty: TypeId) -> Option<usize> {
    let m = r.method as u32;
    let clauses = clauses_of(m)?;
    for i in covering(&clauses, r.offset as u32) {
        match clauses[i].handler {
            Handler::Catch(t) => {
                if Vm::current().types.borrow().is_assignable(exc_ty, t) {
                    return Some(i);
                }
            }
            Handler::Filter => {
                if run_filter(m, i, r.area, obj) {
                    return Some(i);
                }
            }
            Handler::Finally | Handler::Fault => {}
        }
    }
    None
}

/// Runs the filter of clause `i` of method `m` over the frame area `area`; an exception
/// escaping the filter counts as false.
fn run_filter(m: u32, i: usize, area: usize, obj: usize) -> bool {
    let code = match FILTERS.with(|f| f.borrow().get(&(m, i)).copied()) {
        Some(c) => c,
        None => {
            let vm = Vm::current();
            let r = {
                let mut ts = vm.types.borrow_mut();
                let mut jit = vm.jit.borrow_mut();
                jit.compile_filter(&mut ts, MethodId(m), i)
            };
            let c = r.unwrap_or_else(|e| fatal(&e));
            FILTERS.with(|f| f.borrow_mut().insert((m, i), c));
            c
        }
    };
    // SAFETY: filters are compiled as `i32 (area, exception)`.
    let f: extern "C" fn(usize, usize) -> i32 = unsafe { std::mem::transmute(code) };
    let mut result = 0;
    let escaped = guarded(|| result = f(area, obj));
    escaped.is_none() && result != 0
}

/// Runs `f` (which calls managed code) behind a boundary record; returns the exception
/// that reached the boundary, if any.
pub fn guarded(f: impl FnOnce()) -> Option<usize> {
    let b = Record {
        prev: EH.top.load(Ordering::Relaxed),
        method: BOUNDARY,
        offset: 0,
        area: 0,
    };
    let addr = &b as *const Record as usize;
    EH.top.store(addr, Ordering::Relaxed);
    f();
    EH.top.store(b.prev, Ordering::Relaxed);
    let exc = EH.pending.load(Ordering::Relaxed);
    if exc != 0 && EH.target.load(Ordering::Relaxed) == addr {
        EH.pending.store(0, Ordering::Relaxed);
        EH.target.store(0, Ordering::Relaxed);
        return Some(exc);
    }
    None
}

/// `throw`: a fresh stack trace, then pass 1.
pub extern "C" fn rt_throw(obj: usize) {
    if obj == 0 {
        return throw_named("NullReferenceException");
    }
    if let Some((arr, cnt)) = trace_fields() {
        // SAFETY: `obj` is an Exception (the verifier-level contract of `throw`; corlib
        // and both compilers only throw Exceptions), whose fields are at these offsets.
        unsafe {
            *((obj + arr as usize) as *mut usize) = 0;
            *((obj + cnt as usize) as *mut i32) = 0;
        }
    }
    raise(obj);
}

/// `rethrow`: the caught exception again, its stack trace kept.
pub extern "C" fn rt_rethrow(obj: usize) {
    raise(obj);
}

/// Raises a new corlib exception `System.NAME` (runtime faults).
pub fn throw_named(name: &str) {
    let obj = super::helpers::new_exception(name);
    rt_throw(obj);
}

/// A frame the pending exception `obj` passes through (unwinding or catching).
pub extern "C" fn rt_eh_frame(obj: usize, m: u32) {
    let Some((arr_off, cnt_off)) = trace_fields() else {
        return;
    };
    if obj == 0 {
        return;
    }
    // SAFETY: `obj` is the exception being dispatched; its trace fields are an `int[]`
    // (or null) and an `int` at the offsets corlib's layout gives.
    unsafe {
        let arr_p = (obj + arr_off as usize) as *mut usize;
        let cnt_p = (obj + cnt_off as usize) as *mut i32;
        let n = (*cnt_p).max(0) as usize;
        let mut arr = *arr_p;
        let cap = match arr {
            0 => 0,
            a => *((a + crate::gc::object::ARRAY_LENGTH as usize) as *const i32) as usize,
        };
        if n >= 4096 {
            return;
        }
        if n >= cap {
            let int_arr = {
                let vm = Vm::current();
                let mut ts = vm.types.borrow_mut();
                let i4 = ts.well_known.prim(crate::typesys::Prim::I4);
                ts.array_of(i4, 1)
            };
            let Ok(int_arr) = int_arr else { return };
            let new = rt_new_array(mt_of(int_arr), (cap * 2).max(8) as i64);
            if new == 0 {
                return;
            }
            let data = crate::gc::object::VECTOR_DATA as usize;
            if arr != 0 {
                std::ptr::copy_nonoverlapping(
                    (arr + data) as *const i32,
                    (new + data) as *mut i32,
                    n,
                );
            }
            *arr_p = new;
            arr = new;
        }
        *((arr + crate::gc::object::VECTOR_DATA as usize + 4 * n) as *mut i32) = m as i32;
        *cnt_p = (n + 1) as i32;
    }
}

fn trace_fields() -> Option<(u32, u32)> {
    if let Some(f) = TRACE_FIELDS.with(|t| *t.borrow()) {
        return Some(f);
    }
    let vm = Vm::current();
    let found = {
        let mut ts = vm.types.borrow_mut();
        let t = ts.corlib_type("System", "Exception").ok()?;
        ts.ensure_loaded(t).ok()?;
        let find = |name: &str| {
            ts.ty(t)
                .fields
                .iter()
                .map(|&f| ts.field(f))
                .find(|f| f.name == name)
                .map(|f| f.offset)
        };
        (find("trace_methods")?, find("trace_count")?)
    };
    TRACE_FIELDS.with(|t| *t.borrow_mut() = Some(found));
    Some(found)
}

/// Stack traces longer than this show their first frames and a count of the rest.
const TRACE_SHOWN: usize = 100;

/// The text of a stack trace: one `  at Type.Method ()` line per method id.
pub fn trace_text(methods: &[i32]) -> String {
    let vm = Vm::current();
    let ts = vm.types.borrow();
    let mut s = String::new();
    if methods.len() > TRACE_SHOWN {
        let rest = methods.len() - TRACE_SHOWN;
        let mut head = trace_lines(&ts, &methods[..TRACE_SHOWN]);
        head.push_str(&format!("\n  ... {rest} more frames"));
        return head;
    }
    s.push_str(&trace_lines(&ts, methods));
    s
}

fn trace_lines(ts: &crate::typesys::TypeSystem, methods: &[i32]) -> String {
    let lines: Vec<String> = methods
        .iter()
        .filter_map(|&m| {
            ts.methods
                .get(m as usize)
                .map(|_| frame_line(ts, MethodId(m as u32)))
        })
        .collect();
    lines.join("\n")
}

/// `  at Outer+Type.Method (System.Int32 n, System.String s)`, as Mono names frames
/// (without its IL offset and `in <mvid>:0` suffix).
fn frame_line(ts: &crate::typesys::TypeSystem, m: MethodId) -> String {
    let info = ts.method(m);
    let params: Vec<String> = info
        .sig
        .params
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            let ty = type_name(ts, t);
            match param_name(ts, info, i) {
                Some(n) => format!("{ty} {n}"),
                None => ty,
            }
        })
        .collect();
    format!(
        "  at {}.{} ({})",
        type_name(ts, info.owner),
        info.name,
        params.join(", ")
    )
}

/// A type's full name with nested types as `Outer+Inner`.
fn type_name(ts: &crate::typesys::TypeSystem, ty: TypeId) -> String {
    let t = ts.ty(ty);
    let Some((asm, mut rid)) = t.def else {
        return t.full_name();
    };
    let md = &ts.loader.get(asm).image.metadata;
    let mut names = vec![t.name.clone()];
    let mut ns = t.namespace.clone();
    while let Ok(Some(outer)) = md.enclosing_type(rid) {
        let Ok(row) = md.type_def(outer) else { break };
        names.push(md.string(row.type_name).unwrap_or_default().to_owned());
        ns = md.string(row.type_namespace).unwrap_or_default().to_owned();
        rid = outer;
    }
    names.reverse();
    match ns.is_empty() {
        true => names.join("+"),
        false => format!("{ns}.{}", names.join("+")),
    }
}

/// The name of parameter `i` (0-based, `this` not counted) from the Param table.
fn param_name(
    ts: &crate::typesys::TypeSystem,
    info: &crate::typesys::MethodInfo,
    i: usize,
) -> Option<String> {
    use il_emit::TableId;
    if info.rid == 0 {
        return None;
    }
    let md = &ts.loader.get(info.asm).image.metadata;
    for p in md.method_params(info.rid).ok()? {
        let seq = md.tables().cell(TableId::Param, p, 1).ok()?;
        if seq as usize == i + 1 {
            let name = md.tables().cell(TableId::Param, p, 2).ok()?;
            return md
                .string(il_emit::entity::StringIdx(name))
                .ok()
                .map(str::to_owned);
        }
    }
    None
}

/// Ends the process for an exception no handler caught, as Mono reports it.
pub fn unhandled(obj: usize) -> ! {
    let vm = Vm::current();
    let mut text = String::new();
    let escaped = guarded(|| text = read_string(to_string(obj)));
    if escaped.is_some() {
        let vm = Vm::current();
        text = vm.types.borrow().ty(type_of_obj(obj)).full_name();
    }
    vm.flush();
    eprintln!("Unhandled Exception:\n{text}");
    eprintln!("[ERROR] FATAL UNHANDLED EXCEPTION: {text}");
    vm.exit(1)
}

/// Runs a class constructor; an exception escaping it becomes a
/// TypeInitializationException raised in the caller, and again at every later use of
/// the type (its init byte `flag` goes back to 0 so compiled code keeps asking).
pub fn run_cctor(ty: TypeId, cctor: MethodId, flag: usize) {
    let reset = || {
        // SAFETY: `flag` is the type's init byte in never-freed static storage.
        unsafe { *(flag as *mut u8) = 0 }
    };
    if let Some(tie) = FAILED_CCTORS.with(|f| f.borrow().get(&ty.0).copied()) {
        reset();
        return rt_rethrow(tie);
    }
    let code = code_of(cctor);
    // SAFETY: a .cctor is `static void ()` in the managed convention (C ABI).
    let f: extern "C" fn() = unsafe { std::mem::transmute(code) };
    let Some(inner) = guarded(|| f()) else {
        return;
    };
    reset();
    let vm = Vm::current();
    let (name, found) = {
        let mut ts = vm.types.borrow_mut();
        let name = ts.ty(ty).full_name();
        let found = ts
            .corlib_type("System", "TypeInitializationException")
            .and_then(|t| ts.find_method(t, ".ctor", 2).map(|c| (t, c)));
        (name, found)
    };
    let Ok((tie, ctor)) = found else {
        keep_failed_cctor(ty, inner);
        return rt_throw(inner);
    };
    let obj = super::helpers::rt_alloc(mt_of(tie));
    let s = super::helpers::alloc_string(&name.encode_utf16().collect::<Vec<_>>());
    // SAFETY: TypeInitializationException(string, Exception): `void (this, s, e)`.
    let c: extern "C" fn(usize, usize, usize) = unsafe { std::mem::transmute(code_of(ctor)) };
    c(obj, s, inner);
    keep_failed_cctor(ty, obj);
    rt_throw(obj);
}

/// Remembers the exception a type's failed initializer raised, held by a GC handle for
/// as long as the program runs (it is raised again at every use of the type).
fn keep_failed_cctor(ty: TypeId, exception: usize) {
    Vm::current().heap.new_handle(exception);
    FAILED_CCTORS.with(|f| f.borrow_mut().insert(ty.0, exception));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cl(s: u32, e: u32, h: Handler) -> Clause {
        Clause {
            try_start: s,
            try_end: e,
            handler: h,
        }
    }

    #[test]
    fn covering_is_innermost_first_and_next_follows_nesting() {
        let t = TypeId(1);
        // try { try { .. } catch A catch B } finally
        let cs = [
            cl(10, 20, Handler::Catch(t)),
            cl(10, 20, Handler::Catch(t)),
            cl(0, 40, Handler::Finally),
            cl(50, 60, Handler::Fault),
        ];
        assert_eq!(covering(&cs, 12), vec![0, 1, 2]);
        assert_eq!(covering(&cs, 30), vec![2]);
        assert_eq!(covering(&cs, 45), Vec::<usize>::new());
        assert_eq!(next_clause(&cs, 0), Some(1));
        assert_eq!(next_clause(&cs, 1), Some(2));
        assert_eq!(next_clause(&cs, 2), None);
        assert_eq!(next_clause(&cs, 3), None);
    }
}
