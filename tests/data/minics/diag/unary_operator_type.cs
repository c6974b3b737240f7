// test: diag
class C {
    string M(string s) {
        return -s; //~ CS0023
    }
    bool N(int i) {
        return !i; //~ CS0023
    }
    int O(bool b) {
        return ~b; //~ CS0023
    }
}
