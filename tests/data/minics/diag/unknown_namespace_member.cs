// test: diag
class C {
    System.Widget M() { //~ CS0234
        return null;
    }
    System.Text.Nothing N() { //~ CS0234
        return null;
    }
}
