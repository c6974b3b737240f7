//! Lexer tests: token streams and lexical diagnostics as snapshots
//! (`UPDATE_EXPECT=1` blesses).

use crate::lexer::lex;
use expect_test::{Expect, expect};
use frontend_core::diag::render::{SourceMap, render_msbuild};
use std::collections::BTreeSet;

fn check(text: &str, defines: &[&str], expect: Expect) {
    let mut map = SourceMap::new();
    let file = map.add("t.cs", text);
    let defines: BTreeSet<String> = defines.iter().map(|s| s.to_string()).collect();
    let lexed = lex(file, text, &defines);
    let mut out = String::new();
    for t in &lexed.tokens {
        let slice = &text[t.range.start as usize..t.range.end as usize];
        out.push_str(&format!("{:?} {:?}\n", t.kind, slice));
    }
    out.push_str(&render_msbuild(&map, &lexed.diagnostics));
    expect.assert_eq(&out);
}

#[test]
fn keywords_identifiers_and_operators() {
    check(
        "class @class List<List<int>> x >>= 1 ?? y?.z => a::b",
        &[],
        expect![[r#"
            Class "class"
            Ident "@class"
            Ident "List"
            Lt "<"
            Ident "List"
            Lt "<"
            Int "int"
            Gt ">"
            Gt ">"
            Ident "x"
            Gt ">"
            GtEq ">="
            IntLiteral "1"
            QuestionQuestion "??"
            Ident "y"
            QuestionDot "?."
            Ident "z"
            FatArrow "=>"
            Ident "a"
            ColonColon "::"
            Ident "b"
            Eof ""
        "#]],
    );
}

#[test]
fn literals() {
    check(
        r#"0x1F 1_000UL 0b101 1.5f .5 1e-3 'a' '\n' "s\t" @"a""b" $"x{1 + f("}")}y""#,
        &[],
        expect![[r#"
            IntLiteral "0x1F"
            IntLiteral "1_000UL"
            IntLiteral "0b101"
            RealLiteral "1.5f"
            RealLiteral ".5"
            RealLiteral "1e-3"
            CharLiteral "'a'"
            CharLiteral "'\\n'"
            StringLiteral "\"s\\t\""
            VerbatimStringLiteral "@\"a\"\"b\""
            InterpolatedString "$\"x{1 + f(\"}\")}y\""
            Eof ""
        "#]],
    );
}

#[test]
fn lexical_errors_are_reported_and_lexing_goes_on() {
    check(
        "a # b \"open\nc '' 'ab' \"\\q\" 99999999999999999999 /* never",
        &[],
        expect![[r#"
            Ident "a"
            Ident "b"
            StringLiteral "\"open"
            Ident "c"
            CharLiteral "''"
            CharLiteral "'ab'"
            StringLiteral "\"\\q\""
            IntLiteral "99999999999999999999"
            Eof ""
            t.cs(1,3): error CS1056: Unexpected character '#'
            t.cs(1,7): error CS1010: Newline in constant
            t.cs(2,3): error CS1011: Empty character literal
            t.cs(2,6): error CS1012: Too many characters in character literal
            t.cs(2,12): error CS1009: Unrecognized escape sequence
            t.cs(2,16): error CS1021: Integral constant is too large
            t.cs(2,37): error CS1035: End-of-file found, '*/' expected
        "#]],
    );
}

#[test]
fn preprocessor_selects_regions() {
    check(
        "#define LOCAL\n#if DEBUG && !LOCAL\nx\n#elif LOCAL || OTHER\ny\n#else\nz\n#endif\n#pragma warning disable CS0168\n#error stop\nw\n#if A\n",
        &["DEBUG"],
        expect![[r#"
            Ident "y"
            Ident "w"
            Eof ""
            t.cs(10,1): error CS1029: #error: 'stop'
            t.cs(12,1): error CS1027: #endif directive expected
        "#]],
    );
}

#[test]
fn hash_inside_comments_and_verbatim_strings_is_not_a_directive() {
    check(
        "/*\n#if X\n*/ @\"\n#endif\n\" a @$\"\n#if Y\n\"",
        &[],
        expect![[r#"
            VerbatimStringLiteral "@\"\n#endif\n\""
            Ident "a"
            InterpolatedString "@$\"\n#if Y\n\""
            Eof ""
        "#]],
    );
}
