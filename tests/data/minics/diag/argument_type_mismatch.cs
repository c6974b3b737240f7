// test: diag
class C {
    static int Twice(int a) { return a * 2; }
    int M() {
        return Twice("two"); //~ CS1503
    }
    int N(string s) {
        return Twice(s.Length) + Twice(1.5); //~ CS1503
    }
}
