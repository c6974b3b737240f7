// test: diag
class C {
    int Count() { return 1; }
    int M() {
        return Count; //~ CS0428
    }
}
