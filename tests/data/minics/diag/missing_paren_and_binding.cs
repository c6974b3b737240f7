// test: diag
class C {
    int M(int x) {
        if x > 0) return 1; //~ CS1003
        return 0;
    }
    string N() {
        return 42; //~ CS0029
    }
}
