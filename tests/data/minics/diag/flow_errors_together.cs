// test: diag
class C {
    int M(int x) {
        switch (x) {
            case 1: //~ CS0163
                x++;
            case 2:
                break;
        }
        goto missing; //~ CS0159
    }
    void N() {
        break; //~ CS0139
    }
}
