// test: diag
class C {
    int M(string s, int i) {
        return s - i; //~ CS0019
    }
    bool N(bool a, bool b) {
        return a < b; //~ CS0019
    }
    bool O(int i, string s) {
        return i == s; //~ CS0019
    }
}
