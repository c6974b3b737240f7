//! `vbc-lite`: the minivb compiler's command line (see `minivb::driver`).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(minivb::driver::run(&args));
}
