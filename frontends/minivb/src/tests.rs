//! Lexer tests: token streams and lexical diagnostics as snapshots
//! (`UPDATE_EXPECT=1` blesses).

use crate::lexer::lex;
use crate::preprocess::parse_defines;
use expect_test::{Expect, expect};
use frontend_core::diag::render::{SourceMap, render_msbuild};

fn check(text: &str, defines: &str, expect: Expect) {
    let mut map = SourceMap::new();
    let file = map.add("t.vb", text);
    let lexed = lex(file, text, &parse_defines(defines));
    let mut out = String::new();
    for t in &lexed.tokens {
        let slice = &text[t.range.start as usize..t.range.end as usize];
        out.push_str(&format!("{:?} {:?}\n", t.kind, slice));
    }
    out.push_str(&render_msbuild(&map, &lexed.diagnostics));
    expect.assert_eq(&out);
}

#[test]
fn keywords_are_case_insensitive_and_identifiers_carry_type_characters() {
    check(
        "DIM x% = 10L : dim Name$ As String\nEnd Sub [Dim] Remove",
        "",
        expect![[r#"
            Dim "DIM"
            Ident "x%"
            Eq "="
            IntLiteral "10L"
            Colon ":"
            Dim "dim"
            Ident "Name$"
            As "As"
            String "String"
            Newline "\n"
            End "End"
            Sub "Sub"
            BracketedIdent "[Dim]"
            Ident "Remove"
            Newline ""
            Eof ""
        "#]],
    );
}

#[test]
fn literals() {
    check(
        r#"&H1F &O17 &B1010 1_000UL 3.5F 1E3 "say ""hi""" "x"c 2.0#"#,
        "",
        expect![[r#"
            IntLiteral "&H1F"
            IntLiteral "&O17"
            IntLiteral "&B1010"
            IntLiteral "1_000UL"
            RealLiteral "3.5F"
            RealLiteral "1E3"
            StringLiteral "\"say \"\"hi\"\"\""
            CharLiteral "\"x\"c"
            RealLiteral "2.0#"
            Newline ""
            Eof ""
        "#]],
    );
}

#[test]
fn comments_and_line_continuation() {
    check(
        "x = 1 ' note\nREM whole line\ny = a + _\n  b\nz = Call(1,\n  2\n)\n\n\nw",
        "",
        expect![[r#"
            Ident "x"
            Eq "="
            IntLiteral "1"
            Newline "\n"
            Ident "y"
            Eq "="
            Ident "a"
            Plus "+"
            Ident "b"
            Newline "\n"
            Ident "z"
            Eq "="
            Call "Call"
            LParen "("
            IntLiteral "1"
            Comma ","
            IntLiteral "2"
            RParen ")"
            Newline "\n"
            Ident "w"
            Newline ""
            Eof ""
        "#]],
    );
}

#[test]
fn lexical_errors() {
    // VB 14 strings may span lines, so a string is unterminated only at the end of the file.
    check(
        "a = \"open",
        "",
        expect![[r#"
            Ident "a"
            Eq "="
            StringLiteral "\"open"
            Newline ""
            Eof ""
            t.vb(1,5): error BC30648: String constants must end with a double quote.
        "#]],
    );
    check(
        "b = \"ab\"c\nc = 32768S\nd = [open\nf = 1 ` 2",
        "",
        expect![[r#"
            Ident "b"
            Eq "="
            CharLiteral "\"ab\"c"
            Newline "\n"
            Ident "c"
            Eq "="
            IntLiteral "32768S"
            Newline "\n"
            Ident "d"
            Eq "="
            BracketedIdent "[open"
            Newline "\n"
            Ident "f"
            Eq "="
            IntLiteral "1"
            IntLiteral "2"
            Newline ""
            Eof ""
            t.vb(1,5): error BC30004: Character constant must contain exactly one character.
            t.vb(2,5): error BC30036: Overflow.
            t.vb(3,5): error BC30034: Bracketed identifier is missing closing ']'.
            t.vb(4,7): error BC30037: Character is not valid.
        "#]],
    );
}

#[test]
fn preprocessor() {
    check(
        "#Const Level = 2\n#If DEBUG AndAlso Level = 2 Then\na\n#ElseIf Not DEBUG Then\nb\n#Else\nc\n#End If\n#Region \"x\"\nd\n#End Region\n#Bogus\n#If X Then\n",
        "DEBUG",
        expect![[r#"
            Ident "a"
            Newline "\n"
            Ident "d"
            Newline "\n"
            Eof ""
            t.vb(12,1): error BC30248: 'If', 'ElseIf', 'Else', 'Const', or 'Region' expected.
            t.vb(13,1): error BC30012: '#If' block must end with a matching '#End If'.
        "#]],
    );
}
