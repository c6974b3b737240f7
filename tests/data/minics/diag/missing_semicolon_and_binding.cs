// test: diag
class C {
    int M(int a) {
        int b = a + 1 //~ CS1002
        return b;
    }
    int N() {
        return undefined; //~ CS0103
    }
}
