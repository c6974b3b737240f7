// test: diag
class C {
    static void F(int a, long b) { }
    static void F(long a, int b) { }
    void M() {
        F(1, 2); //~ CS0121
    }
}
