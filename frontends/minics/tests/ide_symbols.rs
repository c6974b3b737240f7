//! Hover and go to definition (`minics::ide::symbol_at`): what a name in a body or a
//! declaration refers to, C#'s text for it, and where the source declares it.

use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::ide::SymbolInfo;
use frontend_core::source::FileId;
use minics::ide::symbol_at;

const PROGRAM: &str = r#"using System;
using System.Collections.Generic;
namespace Shop {
    class Cart {
        int count;
        public int Total { get; set; }
        public Cart(int start) { count = start; }
        public int Add(int price, int times) {
            var list = new List<int>();
            list.Add(price);
            int sum = price * times;
            count += times;
            Total = Total + sum;
            Console.WriteLine(sum);
            return Helper(sum) + list.Count;
        }
        static int Helper(int x) { return x; }
    }
}
"#;

fn corlib() -> References {
    let mut errors = Vec::new();
    let framework = frontend_core::references::Framework::default();
    let refs = minics::driver::load_references(false, &[], &[], &framework, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    References(refs)
}

/// What the name at the `nth` occurrence (from 0) of `needle` refers to.
fn at(needle: &str, nth: usize) -> SymbolInfo {
    let db = CompilerDb::default();
    let file = SourceText::new(&db, "shop.cs".into(), PROGRAM.to_owned());
    let comp = Compilation::new(&db, vec![file], corlib(), CompileOptions::default());
    let offset = PROGRAM
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("no {needle} #{nth}"))
        .0 as u32
        + 1;
    symbol_at(&db, comp, FileId(0), offset).unwrap_or_else(|| panic!("nothing at {needle}"))
}

/// The text a range covers.
fn text(info: &SymbolInfo) -> &'static str {
    &PROGRAM[info.range.start as usize..info.range.end as usize]
}

/// The text at the definition.
fn defined(info: &SymbolInfo) -> &'static str {
    let (file, r) = info.definition.expect("a definition in the source");
    assert_eq!(file, FileId(0));
    &PROGRAM[r.start as usize..r.end as usize]
}

fn offset_of(info: &SymbolInfo) -> usize {
    info.definition.expect("a definition").1.start as usize
}

#[test]
fn locals_and_parameters() {
    let sum = at("sum", 2);
    assert_eq!(text(&sum), "sum");
    assert_eq!(sum.hover, "(local variable) int sum");
    assert_eq!(defined(&sum), "sum");
    assert_eq!(offset_of(&sum), PROGRAM.find("sum =").unwrap());

    let price = at("price", 2);
    assert_eq!(price.hover, "(parameter) int price");
    assert_eq!(offset_of(&price), PROGRAM.find("price,").unwrap());
}

#[test]
fn members_of_the_source() {
    let count = at("count", 2);
    assert_eq!(count.hover, "(field) int Shop.Cart.count");
    assert_eq!(offset_of(&count), PROGRAM.find("count;").unwrap());

    let total = at("Total", 1);
    assert_eq!(total.hover, "(property) int Shop.Cart.Total");
    assert_eq!(defined(&total), "Total");

    let helper = at("Helper(sum)", 0);
    assert_eq!(text(&helper), "Helper");
    assert_eq!(helper.hover, "int Shop.Cart.Helper(int)");
    assert_eq!(offset_of(&helper), PROGRAM.find("Helper(int x)").unwrap());
}

#[test]
fn framework_symbols_have_no_source() {
    let add = at("Add(price)", 0);
    assert_eq!(text(&add), "Add");
    assert_eq!(
        add.hover,
        "void System.Collections.Generic.List<int>.Add(int)"
    );
    assert_eq!(add.definition, None);

    let write = at("WriteLine", 0);
    assert_eq!(write.hover, "void System.Console.WriteLine(int)");

    let list = at("List<int>()", 0);
    assert_eq!(list.hover, "class System.Collections.Generic.List<int>");
}

#[test]
fn declared_names_answer_for_themselves() {
    let cart = at("Cart {", 0);
    assert_eq!(cart.hover, "class Shop.Cart");
    assert_eq!(defined(&cart), "Cart");

    let add = at("Add(int price", 0);
    assert_eq!(add.hover, "int Shop.Cart.Add(int, int)");
}
