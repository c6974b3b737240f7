// test: diag-pending
class C {
    void M(int a) { }
    void M(int b) { } //~ CS0111
}
