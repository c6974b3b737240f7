// test: diag
class C {
    int M() {
        return; //~ CS0126
    }
}
