// test: diag
class C {
    int M(int x, int y) {
        switch (x) {
            case y: //~ CS0150
                return 1;
        }
        return 0;
    }
}
