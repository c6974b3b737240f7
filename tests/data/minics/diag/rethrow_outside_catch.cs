// test: diag
class C {
    void M() {
        throw; //~ CS0156
    }
}
