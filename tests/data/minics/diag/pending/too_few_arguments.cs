// test: diag-pending
class C {
    static int Add(int a, int b) { return a + b; }
    int M() {
        return Add(1); //~ CS7036
    }
}
