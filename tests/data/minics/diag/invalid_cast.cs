// test: diag
class C {
    int M(string s) {
        return (int)s; //~ CS0030
    }
    bool N(int i) {
        return (bool)i; //~ CS0030
    }
}
