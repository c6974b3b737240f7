// test: diag
class C {
    public int Size { get { return 1; } }
    void M(string s) {
        Size = 2; //~ CS0200
        s.Length = 3; //~ CS0200
    }
}
