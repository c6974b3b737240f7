// test: diag
class C {
    int M(int p) {
        int total = p;
        for (int i = 0; i < p; i++) {
            int total = i; //~ CS0136
            p += total;
        }
        return total;
    }
    int N(int p) {
        {
            int p = 2; //~ CS0136
            return p;
        }
    }
}
