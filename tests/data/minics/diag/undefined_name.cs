// test: diag
class C {
    public int Count = 0;
    int M(int a) {
        return missing + a; //~ CS0103
    }
    void N() {
        Count = Totl; //~ CS0103
        Helper(); //~ CS0103
    }
}
