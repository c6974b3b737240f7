// test: diag
class C {
    void M() {
        break; //~ CS0139
    }
    void N() {
        continue; //~ CS0139
    }
}
