// test: diag
class C {
    int M(int a) {
        a + 1 = 2; //~ CS0131
        M(a) = 3; //~ CS0131
        return a;
    }
}
