// test: diag
class C {
    int M(string s) {
        int x = "text"; //~ CS0029
        string t = 42; //~ CS0029
        bool b = 1; //~ CS0029
        return x + s.Length + t.Length + (b ? 1 : 0);
    }
}
