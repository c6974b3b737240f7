// test: diag
class C {
    int M() {
        const int big = int.MaxValue + 1; //~ CS0220
        return big;
    }
    int N() {
        return checked(2147483647 * 2); //~ CS0220
    }
    int O() {
        return unchecked(2147483647 * 2);
    }
}
