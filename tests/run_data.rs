//! Entry point of the data-driven suite: `cargo test -p testsuite --test data [-- FILTER]`.

use testsuite::{runner, tools};

fn main() {
    // `clr-lite` runs inside this binary (see `tools::clr_lite`), so the runtime the
    // fixtures run on is always the one this test build compiled.
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() == Some(tools::AS_CLR_LITE) {
        runtime::cli::main(args.collect());
    }
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    // The benchmark programs double as oracle fixtures at their small default sizes.
    let mut fixtures = runner::collect(&tools::data_dir());
    let bench = tools::repo_root().join("examples/bench");
    fixtures.extend(runner::collect(&bench).into_iter().map(|mut f| {
        f.name = format!("bench/{}", f.name);
        f
    }));
    let summary = runner::run(&fixtures, &filter);
    if !summary.failed.is_empty() {
        println!("\nfailures:");
        for (name, _) in &summary.failed {
            println!("    {name}");
        }
    }
    println!(
        "\n{} passed, {} failed",
        summary.passed,
        summary.failed.len()
    );
    if !summary.failed.is_empty() {
        std::process::exit(1);
    }
}
