// test: diag
class C {
    int M(int a) {
        int x = a;
        int x = a + 1; //~ CS0128
        return x;
    }
}
