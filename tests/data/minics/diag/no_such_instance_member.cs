// test: diag
class C {
    int M(string s) {
        return s.Size; //~ CS1061
    }
    void N(C c) {
        c.Run(); //~ CS1061
    }
}
