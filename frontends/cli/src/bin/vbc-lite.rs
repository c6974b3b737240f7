//! `vbc-lite`: the minivb compiler's command line (see `minivb::driver`), against the
//! bundled framework by default.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(minivb::driver::run(&args, &compilers::FRAMEWORK));
}
