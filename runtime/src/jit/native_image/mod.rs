//! Native images ("NGen"): whole assemblies compiled ahead of time into an on-disk
//! cache, so that a run installs their methods' machine code instead of compiling it.
//!
//! `clr-lite ngen APP.exe` ([`build`]) compiles every non-generic method of the
//! non-generic types of the application and of the assemblies it references with the
//! same compiler as the JIT, but with every process-specific constant emitted as a
//! relocation ([`target::RtConst`], `compile::rtconst`), and writes one file per
//! assembly ([`format`]) into the cache directory. At run time ([`load`]),
//! `JitState::compile` first looks for the method in its assembly's image: the code is
//! copied into executable memory, each relocation is resolved in this process
//! (cells, method tables, statics, strings, ids, helpers) and the side effects the
//! compiler would have had (exception clauses, class constructors to run first) are
//! replayed. Nothing there goes through Cranelift or the verifier: the image was
//! verified and compiled against the same assemblies (their MVIDs and content hashes
//! are in it) by the same binary (its build id).
//!
//! `CLR_LITE_NGEN=0` or `--no-ngen` disables the cache at run time.

pub mod build;
pub mod format;
pub mod load;
pub mod record;
pub mod target;
