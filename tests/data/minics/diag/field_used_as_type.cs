// test: diag
class D {
    public int Field = 0;
    void M(Field f) { } //~ CS0118
}
