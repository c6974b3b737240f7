//! Generating bodies: their tokens are provisional (`deferred`), so a body can be
//! generated anywhere the world is known. The module generates the bodies it is given
//! as IR on all cores, one thread per core claiming chunks while the calling thread lays
//! out the rest of the rows, and hands the results, strictly in MethodDef order, to the
//! module (which resolves the tokens and writes the body). A batch compiler instead
//! generates most bodies right after binding them ([`pregenerate`]), so their IR never
//! has to be kept; only bodies that lowering still rewrites ([`needs_lowering`]) reach
//! the module as IR.

use super::deferred::Recorder;
use super::module::{BodySource, EmitError};
use crate::codegen::{self, GeneratedBody, MethodContext};
use crate::ir::Body;
use crate::symbols::{MethodId, World};
use il_emit::pdb::LocalVariable;
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

/// A body generated before the module was laid out, with what the PDB needs of its IR.
pub struct PregeneratedBody {
    pub generated: Generated,
    /// The named locals (empty when generated without debug information).
    pub debug_locals: Vec<LocalVariable>,
    pub source: BodySource,
}

/// Bodies generated before the module was laid out, by method.
pub type Pregenerated = rustc_hash::FxHashMap<MethodId, PregeneratedBody>;

/// Whether lowering (iterators, closures) still rewrites `body`, so it must reach the
/// module as IR rather than be generated at once.
pub fn needs_lowering(body: &Body) -> bool {
    body.iterator.is_some() || body.has_lambdas
}

/// Generates `body` of `method` now, against the declared world (`needs_lowering` must
/// be false: lowering only appends symbols, so every token it names stays valid).
pub fn pregenerate(
    world: &World,
    method: MethodId,
    body: &Body,
    source: BodySource,
    debug: bool,
) -> PregeneratedBody {
    let mut rec = Recorder::new(world);
    PregeneratedBody {
        generated: generate_one(&mut rec, &Job { method, body }),
        debug_locals: if debug {
            debug_locals(body)
        } else {
            Vec::new()
        },
        source,
    }
}

/// The locals the PDB names: those the source declared.
pub fn debug_locals(body: &Body) -> Vec<LocalVariable> {
    body.locals
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.synthesized)
        .map(|(i, l)| LocalVariable {
            index: i as u16,
            name: l.name.clone(),
        })
        .collect()
}

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

/// Bodies being generated: on threads from [`Generation::start`] on, or on the calling
/// thread as [`Generation::take_all`] asks for them.
pub struct Generation<'a> {
    world: &'a World,
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
        jobs: &'a [Job<'a>],
        threads: usize,
        next: &'a AtomicUsize,
    ) -> Generation<'a> {
        let mut g = Generation {
            world,
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
                let mut rec = Recorder::new(world);
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
            let mut rec = Recorder::new(self.world);
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
