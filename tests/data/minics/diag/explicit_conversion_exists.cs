// test: diag
class C {
    int M(long l, double d, object o) {
        int a = l; //~ CS0266
        float f = d; //~ CS0266
        string s = o; //~ CS0266
        return a + (int)f + s.Length;
    }
}
