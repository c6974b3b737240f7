// test: diag
class C {
    void M() {
        goto done; //~ CS0159
    }
}
