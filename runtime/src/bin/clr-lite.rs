//! `clr-lite`: runs a .NET program on the bundled runtime (see `runtime::cli`).

fn main() {
    runtime::cli::main(std::env::args().skip(1).collect())
}
