// test: diag
// A lone candidate short of arguments names the first required parameter left without
// one (optional and params parameters need none); among several candidates no one is
// to blame, and the count is reported instead.
class C {
    public C(int width, int height) { }
    static int Add(int a, int b) { return a + b; }
    static int Scale(int x, int by = 2, params int[] more) { return x * by; }
    static int Twice(int x) { return 2 * x; }
    static int Twice(int x, int y) { return 2 * x + y; }
    int M() {
        var c = new C(1); //~ CS7036
        return Add(1) //~ CS7036
            + Scale(3)
            + Scale() //~ CS7036
            + Twice(); //~ CS1501
    }
}
