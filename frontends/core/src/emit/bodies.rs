//! Generating every body of the module, on all cores: bodies are independent once the
//! definitions are numbered, and their tokens are provisional (`deferred`), so one
//! thread per core claims chunks of bodies while the calling thread lays out the rest
//! of the rows, then hands the results, strictly in MethodDef order, to the module
//! (which resolves the tokens and writes the body).

use super::deferred::Recorder;
use super::module::EmitError;
use super::tokens::Definitions;
use crate::codegen::{self, GeneratedBody, MethodContext};
use crate::ir::Body;
use crate::symbols::{MethodId, World};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// One body to generate.
pub struct Job<'a> {
    pub method: MethodId,
    pub body: &'a Body,
}

/// Fewer bodies than this are generated on the calling thread alone.
const PARALLEL_BODIES: usize = 256;

/// Bodies a thread claims at a time.
const CHUNK: usize = 32;

/// A body generated, or why not.
pub type Generated = Result<GeneratedBody, EmitError>;

/// The threads' results: a chunk's number and its bodies.
type Results = mpsc::Receiver<(usize, Vec<Generated>)>;

/// Generates one body.
fn generate_one(rec: &mut Recorder<'_>, job: &Job<'_>) -> Generated {
    let world = rec.world;
    let sym = world.method_sym(job.method);
    let owner = world.ty(job.method.ty);
    let error = |message: String| EmitError {
        method: format!("{}::{}", owner.name, sym.name),
        message,
    };
    if job.body.iterator.is_some() {
        return Err(error(
            "an iterator body reached the emitter without iterator lowering".into(),
        ));
    }
    if job.body.has_lambdas {
        return Err(error(
            "a body with lambdas reached the emitter without closure conversion".into(),
        ));
    }
    let cx = MethodContext {
        is_static: sym.is_static(),
        this_is_byref: owner.is_value_type(),
        return_type: sym.ret.clone(),
    };
    codegen::generate(rec, &cx, job.body).map_err(|e| error(e.to_string()))
}

/// Generates chunk `c` of `jobs`.
fn generate_chunk(rec: &mut Recorder<'_>, jobs: &[Job<'_>], c: usize) -> Vec<Generated> {
    let start = c * CHUNK;
    let end = (start + CHUNK).min(jobs.len());
    jobs[start..end]
        .iter()
        .map(|j| generate_one(rec, j))
        .collect()
}

/// How many threads the compilers use by default: one per core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Bodies being generated: on threads from [`Generation::start`] on, or on the calling
/// thread as [`Generation::take_all`] asks for them.
pub struct Generation<'a> {
    world: &'a World,
    defs: &'a Definitions,
    jobs: &'a [Job<'a>],
    /// The threads' results and the chunk counter they claim from (`None`: no threads).
    threads: Option<(Results, &'a AtomicUsize)>,
}

impl<'a> Generation<'a> {
    /// Starts generating `jobs` on up to `threads` threads of `scope` (none for one
    /// thread or few bodies); `next` is the threads' shared chunk counter.
    pub fn start<'scope>(
        scope: &'scope std::thread::Scope<'scope, 'a>,
        world: &'a World,
        defs: &'a Definitions,
        jobs: &'a [Job<'a>],
        threads: usize,
        next: &'a AtomicUsize,
    ) -> Generation<'a> {
        let mut g = Generation {
            world,
            defs,
            jobs,
            threads: None,
        };
        if threads < 2 || jobs.len() < PARALLEL_BODIES {
            return g;
        }
        let chunks = jobs.len().div_ceil(CHUNK);
        let (tx, rx) = mpsc::channel::<(usize, Vec<Generated>)>();
        // As many generating threads as cores; the calling thread lays out rows, then
        // only takes results, so the system spreads the work evenly.
        for _ in 0..threads {
            let tx = tx.clone();
            scope.spawn(move || {
                let mut rec = Recorder::new(world, defs);
                loop {
                    let c = next.fetch_add(1, Ordering::Relaxed);
                    if c >= chunks || tx.send((c, generate_chunk(&mut rec, jobs, c))).is_err() {
                        break;
                    }
                }
            });
        }
        g.threads = Some((rx, next));
        g
    }

    /// Hands each body to `take` with its index, in job order; stops at the first error
    /// `take` returns (the threads stop at their next claim).
    pub fn take_all(
        self,
        mut take: impl FnMut(usize, Generated) -> Result<(), EmitError>,
    ) -> Result<(), EmitError> {
        let Some((rx, next)) = self.threads else {
            let mut rec = Recorder::new(self.world, self.defs);
            for (i, job) in self.jobs.iter().enumerate() {
                take(i, generate_one(&mut rec, job))?;
            }
            return Ok(());
        };
        let chunks = self.jobs.len().div_ceil(CHUNK);
        let mut ready: BTreeMap<usize, Vec<Generated>> = BTreeMap::new();
        let mut want = 0;
        while want < chunks {
            if let Some(done) = ready.remove(&want) {
                for (k, g) in done.into_iter().enumerate() {
                    if let Err(e) = take(want * CHUNK + k, g) {
                        next.store(chunks, Ordering::Relaxed);
                        return Err(e);
                    }
                }
                want += 1;
                continue;
            }
            match rx.recv() {
                Ok((c, done)) => {
                    ready.insert(c, done);
                }
                // Every thread is gone and chunk `want` never came: only a thread's
                // panic does that, which the scope re-raises.
                Err(_) => break,
            }
        }
        Ok(())
    }
}
