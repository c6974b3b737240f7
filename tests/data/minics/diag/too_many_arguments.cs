// test: diag
class C {
    static int Add(int a, int b) { return a + b; }
    int M() {
        return Add(1, 2, 3); //~ CS1501
    }
    int N(string s) {
        return s.IndexOf(); //~ CS1501
    }
}
