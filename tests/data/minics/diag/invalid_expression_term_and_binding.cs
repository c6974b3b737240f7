// test: diag
class C {
    int M(int a) {
        int b = a + ; //~ CS1525
        return b;
    }
    bool N(string s) {
        return s < 1; //~ CS0019
    }
}
