// test: diag
class C {
    static void Inc(ref int x) { x++; }
    void M(int a) {
        Inc(ref 5); //~ CS1510
    }
}
