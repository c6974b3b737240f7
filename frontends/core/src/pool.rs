//! The compilers' worker threads: one pool for the process (rayon's global pool, one
//! thread per core), so that each parallel phase (regions of a file, runs of types,
//! chunks of bodies) wakes threads that are already running instead of starting its own.
//!
//! Why a pool: on the small virtual machines the compilers are measured on, a new
//! thread takes up to a few milliseconds to get a core (and is often first queued on
//! the core of the thread that started it), while a parked one wakes in tens of
//! microseconds. A phase of a few milliseconds that starts threads of its own got
//! little from the second core.

/// How many threads the compilers use by default: one per core (asked once: the
/// standard library reads the cgroup's CPU quota files on every call).
pub fn default_threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Starts the pool's threads, sized to [`default_threads`]: both compilers' drivers do
/// so first thing (through [`run`]), so the threads are up before the first parallel
/// phase. Later calls, and a pool some other code started first, leave the pool as it
/// is; code that never calls this (the language server) gets rayon's default pool.
pub fn start() {
    let threads = default_threads();
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("worker-{i}"))
        // A driver runs the whole compilation on a worker ([`run`]), and binding,
        // generating and dropping a left-deep chain (`1 + 1 + … + 1`) recurse once per
        // operand, about 2 KB a level: 256 MB of address space (touched only as deep
        // as a program goes) takes chains of 100,000 operands, where the main
        // thread's 8 MB stopped at 4,000.
        .stack_size(256 << 20)
        .build_global();
    // Building returns at once; ask the pool something so its threads are started.
    let _ = rayon::current_num_threads();
}

/// Starts the pool ([`start`]) and runs `f` on one of its threads: a driver runs the
/// whole compilation so, and each parallel phase then begins on the thread already
/// running it.
pub fn run<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    start();
    rayon::scope(|_| f())
}

/// Runs `work` once on each of the pool's threads at the same time (the calling thread
/// waits, or takes part when it is one of them) and returns what each returned, or
/// runs it once on the calling thread when `threads` is below 2. The threads share
/// the work through whatever `work` reads (an atomic counter of claimed pieces, in
/// every caller), so the result does not depend on how many there are. A panic in
/// any of them is raised again here, after all have returned.
pub fn on_each<R: Send>(threads: usize, work: impl Fn() -> R + Sync) -> Vec<R> {
    if threads < 2 || rayon::current_num_threads() < 2 {
        return vec![work()];
    }
    rayon::broadcast(|_| work())
}

/// Runs `main` on a thread of the pool while `helpers` more of its threads run
/// `helper` (each once), and returns what `main` returned once all have: for a phase
/// where one thread has a job of its own (writing a module) besides the shared work.
pub fn with_helpers<R: Send>(
    helpers: usize,
    helper: impl Fn() + Sync,
    main: impl FnOnce() -> R + Send,
) -> R {
    if helpers == 0 {
        return main();
    }
    rayon::scope(|s| {
        for _ in 0..helpers {
            s.spawn(|_| helper());
        }
        main()
    })
}
