//! `csc-lite`: the minics compiler's command line (see `minics::driver`).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(minics::driver::run(&args));
}
