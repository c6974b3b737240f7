// test: diag
class C {
    public readonly int Limit = 1;
    void M() {
        Limit = 2; //~ CS0191
    }
}
