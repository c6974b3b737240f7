//! `lsp-lite`: the language server for minics and minivb on stdin/stdout (see `lsp`).

fn main() {
    lsp::run_stdio()
}
