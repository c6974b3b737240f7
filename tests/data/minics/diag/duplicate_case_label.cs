// test: diag
class C {
    int M(int x) {
        switch (x) {
            case 1: return 10;
            case 2: return 20;
            case 1: return 30; //~ CS0152
        }
        return 0;
    }
    int N(string s) {
        switch (s) {
            case "a": return 1;
            case "a": return 2; //~ CS0152
        }
        return 0;
    }
}
