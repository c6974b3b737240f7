//! Projects: a `csc-lite.rsp`/`vbc-lite.rsp` beside the sources makes the documents it
//! lists one compilation, with the files that are not open read from disk.

use lsp::analysis::{Analysis, Language};
use std::path::Path;

fn codes(a: &Analysis, key: &str) -> Vec<String> {
    a.diagnostics(key)
        .iter()
        .map(|d| d.code.to_string())
        .collect()
}

fn uri(p: &Path) -> String {
    format!("file://{}", p.display())
}

#[test]
fn a_project_compiles_its_files_together() {
    let dir = std::env::temp_dir().join(format!("lsp-project-{}", std::process::id()));
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        dir.join("csc-lite.rsp"),
        "-target:library\nsrc/shapes.cs src/use.cs\n",
    )
    .unwrap();
    let shapes = "public class Square { public int Side; }\n";
    std::fs::write(src.join("shapes.cs"), shapes).unwrap();
    let user = "class Use { int F() { return new Square().Side; } }\n";
    std::fs::write(src.join("use.cs"), user).unwrap();
    // A file of the same directory that the project does not list stays alone.
    std::fs::write(src.join("scratch.cs"), user).unwrap();

    let mut a = Analysis::new();
    let use_uri = uri(&src.join("use.cs"));
    a.open(&use_uri, Language::CSharp, user.to_owned());
    assert_eq!(
        codes(&a, &use_uri),
        Vec::<String>::new(),
        "Square comes from shapes.cs"
    );
    let scratch = uri(&src.join("scratch.cs"));
    a.open(&scratch, Language::CSharp, user.to_owned());
    assert_eq!(codes(&a, &scratch), ["CS0246"]);

    // Editing the other file (open now) changes what use.cs sees.
    let shapes_uri = uri(&src.join("shapes.cs"));
    a.open(&shapes_uri, Language::CSharp, shapes.to_owned());
    assert_eq!(a.peers(&use_uri), [shapes_uri.clone(), use_uri.clone()]);
    a.change(&shapes_uri, shapes.replace("Side", "Edge"));
    assert_eq!(codes(&a, &use_uri), ["CS1061"]);
    // Closing it goes back to the text on disk.
    a.close(&shapes_uri);
    assert_eq!(codes(&a, &use_uri), Vec::<String>::new());

    // Go to definition leads into the file that is not open: its URI and text.
    let side = a
        .symbol_at(&use_uri, user.find("Side").unwrap() as u32)
        .expect("Side is a field");
    assert_eq!(side.hover, "(field) int Square.Side");
    let def = side.definition.expect("declared in shapes.cs");
    assert_eq!(def.key, lsp::analysis::file_uri(&src.join("shapes.cs")));
    assert_eq!(
        &def.text[def.range.start as usize..def.range.end as usize],
        "Side"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_vb_project_reports_its_command_line_errors() {
    let dir = std::env::temp_dir().join(format!("lsp-vbproject-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("vbc-lite.rsp"),
        "-target:library -rootnamespace:Geo -r:Missing.dll\na.vb b.vb\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.vb"),
        "Public Class Point\n    Public X As Integer\nEnd Class\n",
    )
    .unwrap();
    let b = "Public Module Use\n    Function F(p As Point) As Integer\n        Return p.X\n    End Function\nEnd Module\n";
    std::fs::write(dir.join("b.vb"), b).unwrap();
    let mut a = Analysis::new();
    let b_uri = uri(&dir.join("b.vb"));
    a.open(&b_uri, Language::VisualBasic, b.to_owned());
    // The missing reference is reported; Point (in Geo, from a.vb) binds.
    assert_eq!(codes(&a, &b_uri), ["BC2017"]);
    std::fs::remove_dir_all(&dir).unwrap();
}
