// test: diag
delegate void Action0();
class C {
    void M() {
        Action0 a = new Action0(5); //~ CS0149
        a();
    }
}
