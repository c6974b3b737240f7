// test: diag
class C {
    void M() {
        return 1; //~ CS0127
    }
}
