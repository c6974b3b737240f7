//! Hover and go to definition in VB (`minivb::ide::symbol_at`): what a name refers to,
//! VB's text for it, and where the source declares it.

use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::ide::SymbolInfo;
use frontend_core::source::FileId;
use minivb::ide::symbol_at;

const PROGRAM: &str = "Imports System
Imports System.Collections.Generic
Namespace Shop
    Public Class Cart
        Private count As Integer
        Public Property Total As Integer
        Public Function Add(price As Integer, times As Integer) As Integer
            Dim list As New List(Of Integer)()
            list.Add(price)
            Dim sum As Integer = price * times
            count += times
            Total = Total + sum
            Console.WriteLine(sum)
            Return Helper(sum) + list.Count
        End Function
        Private Shared Function Helper(x As Integer) As Integer
            Return x
        End Function
    End Class
End Namespace
";

fn at(needle: &str, nth: usize) -> SymbolInfo {
    let mut errors = Vec::new();
    let framework = frontend_core::references::Framework::default();
    let refs = minivb::driver::load_references(false, &[], &[], &framework, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    let db = CompilerDb::default();
    let file = SourceText::new(&db, "shop.vb".into(), PROGRAM.to_owned());
    let options = CompileOptions {
        checked: true,
        ..CompileOptions::default()
    };
    let comp = Compilation::new(&db, vec![file], References(refs), options);
    let offset = PROGRAM
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("no {needle} #{nth}"))
        .0 as u32
        + 1;
    symbol_at(&db, comp, FileId(0), offset).unwrap_or_else(|| panic!("nothing at {needle}"))
}

fn text(r: frontend_core::source::TextRange) -> &'static str {
    &PROGRAM[r.start as usize..r.end as usize]
}

#[test]
fn locals_parameters_and_members() {
    let sum = at("sum", 2);
    assert_eq!(sum.hover, "(local variable) sum As Integer");
    let (_, decl) = sum.definition.expect("declared by Dim");
    assert_eq!(decl.start as usize, PROGRAM.find("sum As").unwrap());

    let price = at("price", 2);
    assert_eq!(price.hover, "(parameter) price As Integer");
    let (_, decl) = price.definition.expect("declared in the signature");
    assert_eq!(decl.start as usize, PROGRAM.find("price As").unwrap());

    let count = at("count", 1);
    assert_eq!(count.hover, "(field) Shop.Cart.count As Integer");
    assert_eq!(text(count.definition.unwrap().1), "count");

    let helper = at("Helper(sum)", 0);
    assert_eq!(text(helper.range), "Helper");
    assert_eq!(
        helper.hover,
        "Function Shop.Cart.Helper(x As Integer) As Integer"
    );
    assert_eq!(
        helper.definition.unwrap().1.start as usize,
        PROGRAM.find("Helper(x").unwrap()
    );
}

#[test]
fn framework_symbols_and_declarations() {
    let add = at("Add(price)", 0);
    assert_eq!(
        add.hover,
        "Sub System.Collections.Generic.List(Of Integer).Add(item As Integer)"
    );
    assert_eq!(add.definition, None);
    assert_eq!(
        at("WriteLine", 0).hover,
        "Sub System.Console.WriteLine(value As Integer)"
    );
    let cart = at("Cart", 0);
    assert_eq!(cart.hover, "Class Shop.Cart");
    assert_eq!(text(cart.definition.unwrap().1), "Cart");
}
