// test: diag
class C {
    int M(bool b) {
        int x;
        if (b) x = 1;
        return x; //~ CS0165
    }
    string N() {
        string s;
        return s; //~ CS0165
    }
}
