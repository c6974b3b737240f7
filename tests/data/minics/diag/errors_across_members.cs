// test: diag
class C {
    Widget Make() { //~ CS0246
        return null;
    }
    int Count(bool b) { //~ CS0161
        if (b) return 1;
    }
    void Log() {
        return 0; //~ CS0127
    }
    public int field = 0;
    static int Read() {
        return field; //~ CS0120
    }
}
