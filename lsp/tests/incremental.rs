//! The language server re-does only what an edit touched: after an edit inside one
//! method body, that body alone is bound again (salsa's query log shows it).

use lsp::analysis::{Analysis, Language};

const TEXT: &str = "class C {\n    static int A(int x) { return x + 1; }\n    static int B(int y) { return y * 2; }\n    static int D(int z) { return z - 3; }\n}\n";

fn runs(log: &[String], query: &str) -> usize {
    log.iter().filter(|l| l.starts_with(query)).count()
}

#[test]
fn an_edit_in_one_body_rebinds_only_that_body() {
    let mut a = Analysis::new();
    a.open("file:///c.cs", Language::CSharp, TEXT.to_owned());
    a.db().enable_log();
    assert!(a.diagnostics("file:///c.cs").is_empty());
    let first = a.db().take_log();
    // A, B, D and the default constructor.
    assert_eq!(runs(&first, "bound_body"), 4, "{first:#?}");

    let edited = TEXT.replace("return y * 2;", "return y * 2 + undefined;");
    a.change("file:///c.cs", edited);
    let diags = a.diagnostics("file:///c.cs");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0].code.to_string(), "CS0103");
    let log = a.db().take_log();
    assert_eq!(
        runs(&log, "bound_body"),
        1,
        "only B is bound again: {log:#?}"
    );

    // The outline comes from the same cached parse.
    let outline = a.outline("file:///c.cs");
    assert_eq!(outline[0].children.len(), 3);
    assert_eq!(runs(&a.db().take_log(), "parse_file"), 0);
}

#[test]
fn a_vb_document_is_parsed_again_only_when_it_changes() {
    let mut a = Analysis::new();
    let text = "Module M\n    Function F(x As Integer) As Integer\n        Return x + 1\n    End Function\nEnd Module\n";
    a.open("file:///m.vb", Language::VisualBasic, text.to_owned());
    a.db().enable_log();
    assert!(a.diagnostics("file:///m.vb").is_empty());
    let first = a.db().take_log();
    assert_eq!(runs(&first, "parse_file"), 1, "{first:#?}");
    assert_eq!(runs(&first, "bound"), 1, "{first:#?}");

    // Asking again, and for the outline, runs nothing: both come from the cache.
    assert!(a.diagnostics("file:///m.vb").is_empty());
    assert_eq!(a.outline("file:///m.vb")[0].children.len(), 1);
    assert!(a.db().take_log().is_empty());

    a.change("file:///m.vb", text.replace("x + 1", "y + 1"));
    let diags = a.diagnostics("file:///m.vb");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0].code.to_string(), "BC30451");
    let log = a.db().take_log();
    assert_eq!(runs(&log, "parse_file"), 1, "{log:#?}");
}
