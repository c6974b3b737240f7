// test: diag
class C {
    public int Total = 0;
    int M(string s) {
        int n = s; //~ CS0029
        Totl = n; //~ CS0103
        return s.Size; //~ CS1061
    }
}
