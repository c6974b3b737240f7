// test: diag
class C {
    int M(int x) {
        int r = 0;
        switch (x) {
            case 1: //~ CS0163
                r = 1;
            case 2:
                r = 2;
                break;
        }
        return r;
    }
}
