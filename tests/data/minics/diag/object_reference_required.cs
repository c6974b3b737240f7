// test: diag
class C {
    public int Field = 0;
    int Get() { return Field; }
    static int M() {
        return Field; //~ CS0120
    }
    static int N() {
        return Get(); //~ CS0120
    }
}
