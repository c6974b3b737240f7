//! The running virtual machine: the type system, the JIT's state, the heap, the standard
//! streams and counters, installed once per thread so that helpers called from compiled
//! code can reach it. State sits behind `RefCell`s that are never held across a call
//! into managed code (helpers borrow, copy out what they need, and release).

use crate::gc::Heap;
use crate::jit::JitState;
use crate::typesys::TypeSystem;
use std::cell::{Cell, RefCell};
use std::io::{BufWriter, Stdout, Write};

/// Counters for `--stats`.
#[derive(Debug, Default)]
pub struct Stats {
    pub methods_compiled: Cell<u64>,
    pub stubs_compiled: Cell<u64>,
    pub jit_nanos: Cell<u64>,
    /// Methods installed from native images (counted in `methods_compiled` too).
    pub methods_from_image: Cell<u64>,
}

/// The VM.
pub struct Vm {
    pub types: RefCell<TypeSystem>,
    pub jit: RefCell<JitState>,
    pub heap: Heap,
    pub out: RefCell<BufWriter<Stdout>>,
    pub args: Vec<String>,
    pub stats: Stats,
    /// Print each method as it is compiled (`CLR_LITE_TRACE`).
    pub trace: bool,
    /// `Environment.ExitCode`: the process's exit code when `Main` returns `void`.
    pub exit_code: Cell<i32>,
    /// String's method table once built (0 before): every string allocation needs it.
    pub string_mt: Cell<usize>,
}

impl std::fmt::Debug for Vm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Vm")
    }
}

thread_local! {
    static CURRENT: Cell<Option<&'static Vm>> = const { Cell::new(None) };
}

#[cold]
#[inline(never)]
fn no_vm() -> ! {
    eprintln!("clr-lite: internal error: no VM installed on this thread");
    std::process::exit(70)
}

impl Vm {
    /// A VM over a loaded type system, with buffered stdout and no trace; `args` is what
    /// `Environment.GetCommandLineArgs` returns.
    pub fn new(types: TypeSystem, jit: JitState, heap: Heap, args: Vec<String>) -> Vm {
        Vm {
            types: RefCell::new(types),
            jit: RefCell::new(jit),
            heap,
            out: RefCell::new(BufWriter::with_capacity(1 << 16, std::io::stdout())),
            args,
            stats: Stats::default(),
            trace: false,
            exit_code: Cell::new(0),
            string_mt: Cell::new(0),
        }
    }

    /// Makes `vm` the current thread's VM for the rest of the process.
    pub fn install(vm: Vm) -> &'static Vm {
        let vm: &'static Vm = Box::leak(Box::new(vm));
        CURRENT.with(|c| c.set(Some(vm)));
        vm
    }

    /// The current thread's VM. Helpers are only reachable from code the VM compiled,
    /// so it is always installed when they run.
    #[inline]
    pub fn current() -> &'static Vm {
        match CURRENT.with(|c| c.get()) {
            Some(vm) => vm,
            None => no_vm(),
        }
    }

    /// Flushes standard output (at exit, and before anything goes to standard error).
    pub fn flush(&self) {
        if let Ok(mut out) = self.out.try_borrow_mut() {
            let _ = out.flush();
        }
    }

    /// Ends the process with `code`, flushing standard output first.
    pub fn exit(&self, code: i32) -> ! {
        self.flush();
        std::process::exit(code)
    }
}
