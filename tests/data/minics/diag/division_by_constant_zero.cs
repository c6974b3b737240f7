// test: diag
class C {
    int M() {
        const int z = 10 / 0; //~ CS0020
        return z + 5 % 0; //~ CS0020
    }
}
