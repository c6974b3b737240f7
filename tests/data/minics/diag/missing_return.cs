// test: diag
class C {
    int M(bool b) { //~ CS0161
        if (b) return 1;
    }
    string N(int x) { //~ CS0161
        while (x > 0) {
            return "positive";
        }
    }
}
