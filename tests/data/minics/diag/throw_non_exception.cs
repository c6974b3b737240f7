// test: diag
class C {
    void M() {
        throw 42; //~ CS0155
    }
    void N() {
        try { }
        catch (string) { } //~ CS0155
    }
}
