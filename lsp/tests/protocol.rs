//! lsp-lite over its real transport: the binary on stdin/stdout, spoken to as an editor
//! would (initialize, open, change, document symbols, close, shutdown, exit), for a C#
//! and a VB document.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

struct Session {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
}

impl Session {
    fn start() -> Session {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lsp-lite"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("lsp-lite starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Session {
            child,
            stdin,
            stdout,
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn receive(&mut self) -> Value {
        let mut length = None;
        loop {
            let mut line = String::new();
            assert!(
                self.stdout.read_line(&mut line).unwrap() > 0,
                "server hung up"
            );
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.expect("a Content-Length header")];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.receive();
            if m["id"] == json!(id) {
                return m["result"].clone();
            }
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next diagnostics published for `uri` (other messages are skipped).
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let m = self.receive();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| {
            let start = &d["range"]["start"];
            format!(
                "{} {}:{}",
                d["code"].as_str().unwrap(),
                start["line"],
                start["character"]
            )
        })
        .collect()
}

fn symbol_names(symbols: &Value) -> Vec<String> {
    symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| match s.get("children") {
            Some(c) => format!(
                "{}[{}]",
                s["name"].as_str().unwrap(),
                symbol_names(c).join(",")
            ),
            None => s["name"].as_str().unwrap().to_owned(),
        })
        .collect()
}

#[test]
fn an_editor_session_in_both_languages() {
    let mut s = Session::start();
    let init = s.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    );
    assert_eq!(init["capabilities"]["textDocumentSync"], json!(1), "{init}");
    assert_eq!(init["serverInfo"]["name"], "lsp-lite");
    s.notify("initialized", json!({}));

    // C#: an undefined name and a type mismatch, reported with Roslyn's codes where
    // they are (line 3; and column 44 on line 5 counts UTF-16 units, where bytes would
    // give 46).
    let cs = "file:///work/Shapes.cs";
    let text = "class Shape {\n    int Area() {\n        return side;\n    }\n    void Name() { string s = \"\u{e9}t\u{e9}\"; int n = s; }\n}\n";
    s.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": cs, "languageId": "csharp", "version": 1, "text": text}}),
    );
    let diags = s.diagnostics(cs);
    assert_eq!(codes(&diags), ["CS0103 2:15", "CS0029 4:44"], "{diags:#?}");
    assert_eq!(diags[0]["source"], "csc-lite");
    assert_eq!(diags[0]["severity"], json!(1));
    assert_eq!(
        diags[0]["message"],
        "The name 'side' does not exist in the current context"
    );

    // The fix clears them.
    let fixed = text
        .replace("return side;", "return 4;")
        .replace("int n = s;", "int n = s.Length;");
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": cs, "version": 2}, "contentChanges": [{"text": fixed}]}),
    );
    assert_eq!(codes(&s.diagnostics(cs)), Vec::<String>::new());

    let symbols = s.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": cs}}),
    );
    assert_eq!(symbol_names(&symbols), ["Shape[Area,Name]"], "{symbols}");
    let area = &symbols[0]["children"][0];
    assert_eq!(
        area["selectionRange"]["start"],
        json!({"line": 1, "character": 8})
    );
    assert_eq!(area["detail"], "int Area()");

    // Hover and go to definition: `s` in `s.Length` (line 4) is the local declared
    // before it, and `Length` is the framework's (columns in UTF-16 units again).
    let line4 = fixed.lines().nth(4).unwrap();
    let col = |needle: &str| line4[..line4.find(needle).unwrap()].encode_utf16().count();
    let (use_col, decl_col) = (col("s.Length"), col("s = "));
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": cs}, "position": {"line": 4, "character": use_col}}),
    );
    assert_eq!(
        hover["contents"]["value"], "```csharp\n(local variable) string s\n```",
        "{hover}"
    );
    let def = s.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": cs}, "position": {"line": 4, "character": use_col}}),
    );
    assert_eq!(def["uri"], cs, "{def}");
    assert_eq!(
        def["range"]["start"],
        json!({"line": 4, "character": decl_col})
    );
    let length = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": cs}, "position": {"line": 4, "character": use_col + 3}}),
    );
    assert_eq!(
        length["contents"]["value"], "```csharp\n(property) int string.Length\n```",
        "{length}"
    );
    let none = s.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": cs}, "position": {"line": 4, "character": use_col + 3}}),
    );
    assert_eq!(none, json!(null));

    // VB, by extension alone: BC codes, and a module's outline.
    let vb = "file:///work/Program.vb";
    let text = "Module Program\n    Sub Main()\n        Dim x As Integer = \"text\"\n        Console.WriteLine(y)\n    End Sub\nEnd Module\n";
    s.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": vb, "languageId": "plaintext", "version": 1, "text": text}}),
    );
    let diags = s.diagnostics(vb);
    assert!(
        codes(&diags).iter().any(|c| c.starts_with("BC30451 3:")),
        "{diags:#?}"
    );
    assert!(diags.iter().all(|d| d["source"] == "vbc-lite"));
    let symbols = s.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": vb}}),
    );
    assert_eq!(symbol_names(&symbols), ["Program[Main]"]);
    // Hover on `x` where it is declared (line 2): VB's text.
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": vb}, "position": {"line": 2, "character": 12}}),
    );
    assert_eq!(
        hover["contents"]["value"], "```vb\n(local variable) x As Integer\n```",
        "{hover}"
    );

    // Closing clears what was published.
    s.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": vb}}),
    );
    assert!(s.diagnostics(vb).is_empty());

    assert_eq!(s.request("shutdown", json!(null)), json!(null));
    s.notify("exit", json!(null));
    let status = s.child.wait().unwrap();
    assert!(status.success(), "{status}");
}
