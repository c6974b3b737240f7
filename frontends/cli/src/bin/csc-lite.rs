//! `csc-lite`: the minics compiler's command line (see `minics::driver`), against the
//! bundled framework by default.
//!
//! A compiler allocates millions of small tree nodes and frees few of them before it
//! exits; mimalloc serves that pattern several times faster than glibc's allocator.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(minics::driver::run(&args, &compilers::FRAMEWORK));
}
