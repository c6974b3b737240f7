// test: diag
class C {
    object M() {
        return C; //~ CS0119
    }
}
