// test: diag-pending
class C {
    static int Add(int a, int b) { return a + b; }
    int M() {
        return Add(1 2); //~ CS1003
    }
    int N(C c) {
        return c.Missing; //~ CS1061
    }
}
