// test: diag
class C {
    string M() {
        return 42; //~ CS0029
    }
    void N() {
        if (true) {
            N();
    }
} //~ CS1513
