//! The protocol side: full-text document sync, diagnostics published after every open
//! and change for the document and the open documents compiled with it (cleared on
//! close), document symbols from the outline, and hover and go to definition from what
//! a name refers to (`Analysis::symbol_at`), in both languages. The analysis
//! sits behind a mutex that is never held across an `await`.

use crate::analysis::{Analysis, Language};
use crate::convert::{LineIndex, diagnostic, document_symbol};
use std::sync::{Mutex, MutexGuard};
use tower_lsp_server::gen_lsp_types as lsp;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::{Client, LanguageServer};

/// The server: the client handle and the documents' analysis.
pub struct Backend {
    client: Client,
    analysis: Mutex<Analysis>,
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        Backend {
            client,
            analysis: Mutex::new(Analysis::new()),
        }
    }

    fn analysis(&self) -> MutexGuard<'_, Analysis> {
        // A panic while holding the lock leaves the analysis as it was: go on with it.
        self.analysis.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Computes the diagnostics of `uri` and of every open document compiled with it
    /// (an edit in one file can change another's), and sends them.
    async fn publish(&self, uri: lsp::Uri, version: Option<i32>) {
        let batches: Vec<(lsp::Uri, Vec<lsp::Diagnostic>)> = {
            let a = self.analysis();
            a.peers(&uri.0)
                .into_iter()
                .filter_map(|key| {
                    let language = a.language(&key)?;
                    let text = a.text(&key)?;
                    let index = LineIndex::new(text);
                    let doc = lsp::Uri(key.clone());
                    let found = a
                        .diagnostics(&key)
                        .iter()
                        .map(|d| diagnostic(&index, &doc, d, language.compiler()))
                        .collect();
                    Some((doc, found))
                })
                .collect()
        };
        for (doc, found) in batches {
            let v = if doc == uri { version } else { None };
            self.client.publish_diagnostics(doc, found, v).await;
        }
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, _: lsp::InitializeParams) -> Result<lsp::InitializeResult> {
        Ok(lsp::InitializeResult {
            capabilities: lsp::ServerCapabilities {
                text_document_sync: Some(lsp::TextDocumentSyncKind::Full.into()),
                document_symbol_provider: Some(true.into()),
                hover_provider: Some(true.into()),
                definition_provider: Some(true.into()),
                ..Default::default()
            },
            server_info: Some(lsp::ServerInfo {
                name: "lsp-lite".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        })
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: lsp::DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let Some(language) = Language::of(doc.language_id.as_str(), &doc.uri.0) else {
            return;
        };
        self.analysis().open(&doc.uri.0, language, doc.text);
        self.publish(doc.uri, Some(doc.version)).await;
    }

    async fn did_change(&self, params: lsp::DidChangeTextDocumentParams) {
        let version = params.text_document.version;
        let uri = params.text_document.text_document_identifier.uri;
        // Full sync: the last change holds the whole text.
        let Some(text) = params.content_changes.into_iter().last().map(|c| match c {
            lsp::TextDocumentContentChangeEvent::TextDocumentContentChangeWholeDocument(w) => {
                w.text
            }
            lsp::TextDocumentContentChangeEvent::TextDocumentContentChangePartial(p) => p.text,
        }) else {
            return;
        };
        self.analysis().change(&uri.0, text);
        self.publish(uri, Some(version)).await;
    }

    async fn did_close(&self, params: lsp::DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let peers = {
            let mut a = self.analysis();
            let peers: Vec<String> = a
                .peers(&uri.0)
                .into_iter()
                .filter(|k| *k != uri.0)
                .collect();
            a.close(&uri.0);
            peers
        };
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
        // The closed file is back to its text on disk: its project's other documents
        // may read differently.
        if let Some(first) = peers.into_iter().next() {
            self.publish(lsp::Uri(first), None).await;
        }
    }

    async fn hover(&self, params: lsp::HoverParams) -> Result<Option<lsp::Hover>> {
        let at = params.text_document_position_params;
        let a = self.analysis();
        let key = &at.text_document.uri.0;
        let Some(text) = a.text(key) else {
            return Ok(None);
        };
        let index = LineIndex::new(text);
        let Some(symbol) = a.symbol_at(key, index.offset(at.position)) else {
            return Ok(None);
        };
        let fence = match a.language(key) {
            Some(Language::VisualBasic) => "vb",
            _ => "csharp",
        };
        let contents = lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: format!("```{fence}\n{}\n```", symbol.hover),
        };
        Ok(Some(lsp::Hover {
            contents: contents.into(),
            range: Some(index.range(symbol.range)),
        }))
    }

    async fn goto_definition(
        &self,
        params: lsp::DefinitionParams,
    ) -> Result<Option<lsp::DefinitionResponse>> {
        let at = params.text_document_position_params;
        let a = self.analysis();
        let key = &at.text_document.uri.0;
        let Some(text) = a.text(key) else {
            return Ok(None);
        };
        let offset = LineIndex::new(text).offset(at.position);
        let Some(def) = a.symbol_at(key, offset).and_then(|s| s.definition) else {
            return Ok(None);
        };
        let range = LineIndex::new(&def.text).range(def.range);
        let location = lsp::Location {
            uri: lsp::Uri(def.key),
            range,
        };
        Ok(Some(lsp::Definition::from(location).into()))
    }

    async fn document_symbol(
        &self,
        params: lsp::DocumentSymbolParams,
    ) -> Result<Option<lsp::DocumentSymbolResponse>> {
        let a = self.analysis();
        let key = &params.text_document.uri.0;
        let Some(text) = a.text(key) else {
            return Ok(None);
        };
        let index = LineIndex::new(text);
        let symbols: Vec<lsp::DocumentSymbol> = a
            .outline(key)
            .iter()
            .map(|item| document_symbol(&index, item))
            .collect();
        Ok(Some(symbols.into()))
    }
}
