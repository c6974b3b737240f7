// test: diag
class C {
    Widget M() { //~ CS0246
        return null;
    }
    void N(Gadget g) { } //~ CS0246
}
