//! Bodies bound and generated on all cores, by chunks, for a batch compiler: a
//! language's binder gives one body's [`Outcome`] at a time, and [`run`] hands the
//! chunks out to the threads. Given a [`ModuleWriter`], the calling thread also writes
//! the module as it goes: it lays out the rows while the other threads start binding,
//! then writes each chunk (claimed in MethodDef order) as soon as it and every chunk
//! before it are done, binding chunks itself in between. That holds while every body
//! comes out generated; the first body with an error, or one lowering rewrites, stops
//! the writing, and the module is then emitted from the outcomes as usual.

use super::bodies::PregeneratedBody;
use super::module::BodySource;
use super::writer::ModuleWriter;
use crate::diag::{Diagnostic, Severity};
use crate::ir::Body;
use crate::symbols::MethodId;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

/// Fewer bodies than this are bound on the calling thread alone: a thread costs more
/// than binding a few small bodies.
pub const PARALLEL_BODIES: usize = 512;

/// Bodies a thread claims at a time: large enough that the shared counter is rarely
/// touched, small enough that the threads finish together.
pub const CHUNK: usize = 64;

/// What became of one body.
pub enum Code {
    /// No IL (abstract, extern), or bound with errors: nothing will be emitted.
    None,
    /// IR for lowering and the module.
    Ir(Arc<Body>, BodySource),
    /// Generated. Boxed, so an outcome is a few words: outcomes move through a chunk's
    /// vector and then one of every body, and a generated body inline made those
    /// vectors megabytes of fresh memory on a large program.
    Pre(Box<PregeneratedBody>),
}

/// One body's diagnostics (in file positions) and code.
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub code: Code,
}

/// Binds (with `one`, given an index into `methods`) every body of `methods` on up to
/// `threads` threads, and with a `writer` writes the module as it goes; returns each
/// body's outcome (by index) and whether the writer got every body.
pub fn run(
    methods: &[MethodId],
    one: &(dyn Fn(usize) -> Outcome + Sync),
    threads: usize,
    writer: Option<&mut ModuleWriter<'_>>,
) -> (Vec<Option<Outcome>>, bool) {
    // Bodies in MethodDef order (the order a writer takes them), as indices into
    // `methods`; bodies of methods without a row (none, in a sound world) last.
    let mut order: Vec<(u32, usize)> = (0..methods.len())
        .map(|i| {
            let rid = writer.as_ref().and_then(|w| w.method_def(&methods[i]));
            (rid.unwrap_or(u32::MAX), i)
        })
        .collect();
    if writer.is_some() {
        order.sort_unstable();
    }
    let chunks = Chunks::new(&order);
    let helpers = if threads < 2 || order.len() < PARALLEL_BODIES {
        0
    } else {
        threads - 1
    };
    let shared = &chunks;
    let written = crate::pool::with_helpers(
        helpers,
        || while shared.bind_next(one) {},
        || {
            let written = writer.is_some_and(|w| write_in_order(w, shared, one));
            while shared.bind_next(one) {}
            written
        },
    );
    (chunks.into_outcomes(), written)
}

/// Lays out `w`'s rows, then writes each chunk of bodies as soon as it and every chunk
/// before it are bound, binding chunks itself while the next is not ready; false when
/// a body cannot be written (an error, a body lowering rewrites, a generation error),
/// which ends the writing.
fn write_in_order(
    w: &mut ModuleWriter<'_>,
    chunks: &Chunks<'_>,
    one: &(dyn Fn(usize) -> Outcome + Sync),
) -> bool {
    w.lay_out();
    for c in 0..chunks.slots.len() {
        loop {
            let mut chunk = chunks.lock(c);
            if let Some(done) = chunk.as_mut() {
                let start = c * CHUNK;
                for (&(rid, _), outcome) in chunks.order[start..].iter().zip(done.iter()) {
                    match &outcome.code {
                        Code::Pre(pre)
                            if rid != u32::MAX
                                && let PregeneratedBody {
                                    generated: Ok(generated),
                                    debug_locals,
                                    source,
                                } = &**pre =>
                        {
                            w.write_body(rid, *source, generated, || debug_locals.clone());
                        }
                        // No IL is nothing to write.
                        Code::None
                            if outcome
                                .diagnostics
                                .iter()
                                .all(|d| d.severity != Severity::Error) => {}
                        _ => return false,
                    }
                }
                // Written: the code goes now, while the other threads still bind,
                // rather than all at the end.
                for outcome in done {
                    outcome.code = Code::None;
                }
                break;
            }
            drop(chunk);
            if !chunks.bind_next(one) {
                chunks.wait_for(c);
            }
        }
    }
    true
}

/// Bodies bound chunk by chunk on several threads, in `order`: each chunk's outcomes
/// once bound, and a signal each time one is.
struct Chunks<'a> {
    /// (MethodDef row, index into `methods`) of each body, in binding order.
    order: &'a [(u32, usize)],
    slots: Vec<Mutex<Option<Vec<Outcome>>>>,
    /// The next chunk to claim.
    next: AtomicUsize,
    ready: (Mutex<()>, Condvar),
    /// Set when a thread's binding panicked (a binder bug): a thread waiting for that
    /// chunk panics too instead of waiting forever.
    panicked: AtomicBool,
}

impl<'a> Chunks<'a> {
    fn new(order: &'a [(u32, usize)]) -> Chunks<'a> {
        Chunks {
            order,
            slots: (0..order.len().div_ceil(CHUNK))
                .map(|_| Mutex::new(None))
                .collect(),
            next: AtomicUsize::new(0),
            ready: (Mutex::new(()), Condvar::new()),
            panicked: AtomicBool::new(false),
        }
    }

    fn lock(&self, c: usize) -> MutexGuard<'_, Option<Vec<Outcome>>> {
        self.slots[c].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Claims and binds the next chunk with `one`; false when none is left.
    fn bind_next(&self, one: &(dyn Fn(usize) -> Outcome + Sync)) -> bool {
        let c = self.next.fetch_add(1, Ordering::Relaxed);
        if c >= self.slots.len() {
            return false;
        }
        let start = c * CHUNK;
        let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.order[start..(start + CHUNK).min(self.order.len())]
                .iter()
                .map(|&(_, i)| one(i))
                .collect()
        }));
        let done = done.unwrap_or_else(|payload| {
            self.panicked.store(true, Ordering::Relaxed);
            self.notify();
            std::panic::resume_unwind(payload)
        });
        *self.lock(c) = Some(done);
        self.notify();
        true
    }

    /// Wakes the threads waiting for a chunk.
    fn notify(&self) {
        let _guard = self.ready.0.lock().unwrap_or_else(|p| p.into_inner());
        self.ready.1.notify_all();
    }

    /// Waits until chunk `c` (claimed by another thread) is bound.
    fn wait_for(&self, c: usize) {
        let mut guard = self.ready.0.lock().unwrap_or_else(|p| p.into_inner());
        while self.lock(c).is_none() {
            assert!(
                !self.panicked.load(Ordering::Relaxed),
                "a binding thread panicked"
            );
            guard = self.ready.1.wait(guard).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// Every outcome, by index into `methods`.
    fn into_outcomes(self) -> Vec<Option<Outcome>> {
        let mut out: Vec<Option<Outcome>> = (0..self.order.len()).map(|_| None).collect();
        let bound = self
            .slots
            .into_iter()
            .flat_map(|c| c.into_inner().ok().flatten().unwrap_or_default());
        for (&(_, i), outcome) in self.order.iter().zip(bound) {
            out[i] = Some(outcome);
        }
        out
    }
}
