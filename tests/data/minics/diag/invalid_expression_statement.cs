// test: diag
class C {
    void M(int a) {
        a + 1; //~ CS0201
        a == 2; //~ CS0201
        a; //~ CS0201
    }
}
