// test: diag
class C {
    static void Inc(ref int x) { x++; }
    bool M(int a) {
        Inc(a); //~ CS1620
        int n = 0;
        return int.TryParse("1", n); //~ CS1620
    }
}
