//! `lsp-lite`: one language server for minics (`.cs`) and minivb (`.vb`), on the same
//! salsa database and front-end queries as the compilers. The only crate that knows
//! about LSP and JSON.
//!
//! - `analysis`: open documents, their compilations and what the front ends say about
//!   them (diagnostics, outline), plain data in byte offsets; an edit re-runs only the
//!   queries it touches.
//! - `project`: which files a document is compiled with (`csc-lite.rsp`/`vbc-lite.rsp`).
//! - `convert`: byte offsets to LSP positions (UTF-16) and the front ends' plain data to
//!   LSP types, the only place that maps between the two.
//! - `server`: the `tower_lsp_server::LanguageServer` implementation: text sync,
//!   published diagnostics, document symbols.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod convert;
pub mod project;
pub mod server;

/// Serves the protocol on stdin/stdout until the client says `exit`.
pub fn run_stdio() {
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("lsp-lite: cannot start: {e}");
            std::process::exit(1)
        }
    };
    runtime.block_on(async {
        let (service, socket) = tower_lsp_server::LspService::new(server::Backend::new);
        tower_lsp_server::Server::new(tokio::io::stdin(), tokio::io::stdout(), socket)
            .serve(service)
            .await;
    });
}
